// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commons.h"
#include "commons/indicators.h"
#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The commons as their screens see them: the emergency overrides of the
// current period, and every change made from the dashboard and the detail
// pages (resources and indicators added or edited, extractions with their
// live quote, regenerations, emergency overrides, measurements typed or
// imported from CSV). The commons' models (CommonsLightsModel, the detail
// objects, CommonsChartData) take it as their `commons` property and reload
// on changed().
//
// Operations answer through operationFinished(operation, ok, message, id)
// and return false when refused; `lastError` keeps the refusal's sentence
// (the core's own) for the dialog that asked.
class CommonsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    // The emergency overrides dated in the current month, newest first:
    // [{id, resource, memberText, quantityText, reason, dateText, text}].
    Q_PROPERTY(QVariantList currentOverrides READ currentOverrides NOTIFY changed)
    Q_PROPERTY(QString overridesPeriodText READ overridesPeriodText NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // {value, text} pairs for the forms.
    Q_PROPERTY(QVariantList periodOptions READ periodOptions CONSTANT)
    Q_PROPERTY(QVariantList directionOptions READ directionOptions CONSTANT)
    // [{id, name, unit}] by name, for pickers.
    Q_PROPERTY(QVariantList resourceOptions READ resourceOptions NOTIFY changed)
    Q_PROPERTY(QVariantList indicatorOptions READ indicatorOptions NOTIFY changed)
    // The columns a measurements CSV file may have.
    Q_PROPERTY(QString importColumnsText READ importColumnsText CONSTANT)

public:
    explicit CommonsController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    bool ready() const { return database() != nullptr; }
    QVariantList currentOverrides() const { return m_overrides; }
    QString overridesPeriodText() const { return m_overridesPeriod; }
    QString lastError() const { return m_lastError; }
    static QVariantList periodOptions();
    static QVariantList directionOptions();
    QVariantList resourceOptions() const { return m_resourceOptions; }
    QVariantList indicatorOptions() const { return m_indicatorOptions; }
    static QString importColumnsText();

    // For the models: the open vault, or null while locked.
    Database *database() const;
    QDate today() const;
    QString formatMoney(qint64 minor) const;
    QString formatDate(QDate date) const;
    // "12.5 t"; the unit left out when empty.
    static QString formatQuantity(std::int64_t thousandths, const QString &unit);
    // A day typed in the locale's short format or as YYYY-MM-DD; today when empty.
    QDate parseDay(const QString &text) const;

    // Reads everything again: after a change made elsewhere.
    Q_INVOKABLE void refresh();

    // A resource's settings as the form shows them (quantities and amounts
    // in the locale); a new resource's defaults for id 0. Keys: name, unit,
    // description, stock, period ("month"|"year"), yield, permits,
    // threshold, basePrice, elasticity, regenerationUnit,
    // permitsPerRegenerationUnit, creditsPerRegenerationUnit,
    // amberFromPercent, redAbovePercent.
    Q_INVOKABLE QVariantMap resourceFields(qint64 id) const;
    // Adds (id 0) or saves a resource; answers as "saveResource" with its id.
    Q_INVOKABLE bool saveResource(qint64 id, const QVariantMap &fields);
    // Keys: name, unit, boundary, threshold, direction ("lower-is-better"|
    // "higher-is-better"), amberFromPercent, redAbovePercent, staleAfterDays.
    Q_INVOKABLE QVariantMap indicatorFields(qint64 id) const;
    // Answers as "saveIndicator" with its id.
    Q_INVOKABLE bool saveIndicator(qint64 id, const QVariantMap &fields);
    // The seed's Regional_Budget = Global_Safe_Space × (Population_Share +
    // Ecosystem_Service_Share) / 2, for the indicator form's threshold, from
    // the three fields as typed: {ok, value (for the threshold field), text,
    // error (which field and why)}.
    Q_INVOKABLE QVariantMap regionalBudget(const QString &globalText, const QString &populationShareText,
                                           const QString &ecosystemShareText) const;

    // What an extraction would take and cost, read again at every key:
    // {ok, error, permitsNeeded, fromDrawingRights, fromShared, beyondPermits,
    //  permitsLeft, priceText, chargeText, refusal, text}. `error` is a typing
    // problem (no member, a quantity that is not a number); `refusal` is the
    // core's sentence when permits run out.
    Q_INVOKABLE QVariantMap quoteExtraction(qint64 resourceId, qint64 memberNumber, const QString &quantityText,
                                            const QString &dateText, const QString &overrideReason) const;
    // Answers as "extract" with the extraction's id. A non-empty reason
    // records an emergency override (answers as "override").
    Q_INVOKABLE bool extract(qint64 resourceId, qint64 memberNumber, const QString &quantityText, const QString &dateText,
                             const QString &overrideReason);
    // An emergency override: the reason is required.
    Q_INVOKABLE bool extractWithOverride(qint64 resourceId, qint64 memberNumber, const QString &quantityText,
                                         const QString &dateText, const QString &reason);
    // Answers as "regenerate" with its id.
    Q_INVOKABLE bool regenerate(qint64 resourceId, qint64 memberNumber, const QString &quantityText, const QString &action,
                                const QString &verifiedBy, const QString &dateText);
    // Answers as "recordMeasurement" with the indicator's id.
    Q_INVOKABLE bool recordMeasurement(qint64 indicatorId, const QString &dateText, const QString &valueText);
    // Every row checked first, all or nothing; the error names the line and
    // the field. Answers as "importMeasurements" with the number recorded.
    Q_INVOKABLE bool importMeasurements(const QUrl &file);

Q_SIGNALS:
    void ledgerChanged();
    void changed();
    void lastErrorChanged();
    void operationFinished(const QString &operation, bool ok, const QString &message, qint64 id);

private:
    void reload();
    bool refuse(const QString &operation, const QString &message);
    void finishChange(const QString &operation, const QString &message, qint64 id);
    void finishLedgerChange(const QString &operation, const QString &message, qint64 id, qint64 member);
    void setLastError(const QString &message);
    Result<ExtractionRequest> extractionRequest(qint64 resourceId, qint64 memberNumber, const QString &quantityText,
                                                const QString &dateText, const QString &overrideReason) const;

    QPointer<LedgerController> m_ledger;
    QVariantList m_overrides;
    QString m_overridesPeriod;
    QVariantList m_resourceOptions;
    QVariantList m_indicatorOptions;
    QString m_lastError;
};

// Points a model of the commons at another controller (a property set from
// QML): it reloads on the new one's changed(). False when it is the same.
template<typename Model>
bool rebindCommons(Model *model, QPointer<CommonsController> &current, CommonsController *next)
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, model, nullptr);
    current = next;
    if (current)
        QObject::connect(current, &CommonsController::changed, model, &Model::reload);
    return true;
}

} // namespace mycelium
