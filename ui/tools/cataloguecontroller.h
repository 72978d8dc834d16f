// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "tools/catalogue.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The tool library's catalogue as its screens see it: the categories in
// use, the figures of the statistics strip, and the changes made from the
// catalogue (adding and editing items, holds, starting maintenance). The
// catalogue's models (CatalogueModel, ToolItemDetails and the item page's
// lists) take it as their `catalogue` property and reload on changed().
//
// Operations answer through operationFinished(operation, ok, message,
// assetTag) and return false when refused before anything was written.
class CatalogueController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    // Changes whenever a photo is stored or removed: part of the photo URLs.
    Q_PROPERTY(int photoRevision READ photoRevision NOTIFY photoRevisionChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    // {value, text} pairs for the filters and the item form.
    Q_PROPERTY(QVariantList conditionOptions READ conditionOptions CONSTANT)
    Q_PROPERTY(QVariantList availabilityOptions READ availabilityOptions CONSTANT)
    // The statistics strip, read on the worker thread.
    Q_PROPERTY(bool statisticsLoaded READ statisticsLoaded NOTIFY statisticsChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY statisticsChanged)
    Q_PROPERTY(int loanCount READ loanCount NOTIFY statisticsChanged)
    Q_PROPERTY(QString avoidedSpendingText READ avoidedSpendingText NOTIFY statisticsChanged)
    Q_PROPERTY(int neverBorrowedCount READ neverBorrowedCount NOTIFY statisticsChanged)
    // Share of item-days on loan over the last 365 days, as "12.5 %".
    Q_PROPERTY(QString utilisationText READ utilisationText NOTIFY statisticsChanged)
    // The most requested items as "Name (TAG)", most first, at most three.
    Q_PROPERTY(QStringList mostRequested READ mostRequested NOTIFY statisticsChanged)
    // After a refused save: a message per field key of the item form
    // ("assetTag", "name", "replacementValue", …).
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)

public:
    explicit CatalogueController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    bool ready() const { return database() != nullptr; }
    QStringList categories() const { return m_categories; }
    static QVariantList conditionOptions();
    static QVariantList availabilityOptions();
    bool statisticsLoaded() const { return m_statisticsLoaded; }
    int itemCount() const { return m_statistics.items; }
    int loanCount() const { return m_statistics.loans; }
    QString avoidedSpendingText() const;
    int neverBorrowedCount() const { return int(m_statistics.neverBorrowed.size()); }
    QString utilisationText() const;
    QStringList mostRequested() const { return m_mostRequested; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    // For the models: the open vault, or null while locked.
    Database *database() const;
    QDate today() const;
    QString formatMoney(qint64 minor) const;
    QString formatDate(QDate date) const;

    static QString conditionText(ToolItem::Condition condition);
    static QString stateText(CatalogueEntry::State state, bool maintenanceDue = false);
    // Who has it and until when, who it is held for; empty for the rest.
    QString stateDetail(const CatalogueEntry &entry) const;
    // The field key of the item form for a field of NewToolItem.
    static QString fieldKey(ToolItemField field);

    // Reads everything again: after a change made elsewhere (the desk).
    Q_INVOKABLE void refresh();

    // The item's fields as the item form shows them (amounts and the date
    // in the locale), under the form's field keys; a new item's defaults
    // for an empty tag.
    Q_INVOKABLE QVariantMap itemFields(const QString &assetTag) const;
    // Adds an item (originalTag empty) or saves the item now tagged
    // originalTag, from the form's texts under its field keys. Every
    // problem is kept in fieldErrors. Answers as "addToolItem" or
    // "editToolItem", with the item's tag.
    Q_INVOKABLE bool saveItem(const QString &originalTag, const QVariantMap &fields);
    Q_INVOKABLE void clearFieldErrors();
    // Answers as "placeHold".
    Q_INVOKABLE bool placeHold(const QString &assetTag, qint64 memberNumber);
    // Opens a maintenance record dated today; answers as "openMaintenance".
    Q_INVOKABLE bool openMaintenance(const QString &assetTag, const QString &reason);
    // Books the item for a member from one day to another (dates as typed in
    // the locale, or YYYY-MM-DD); answers as "reserve".
    Q_INVOKABLE bool reserve(const QString &assetTag, qint64 memberNumber, const QString &from, const QString &to, const QString &note);
    // Answers as "cancelReservation".
    Q_INVOKABLE bool cancelReservation(const QString &assetTag, qint64 reservationId);
    // The item's active bookings, soonest first: [{id, memberLabel, fromText, toText, note, text}].
    Q_INVOKABLE QVariantList reservations(const QString &assetTag) const;
    // The item's photo from an image file (scaled down to keep), or none;
    // answer as "photo".
    Q_INVOKABLE bool setPhotoFromFile(const QString &assetTag, const QUrl &file);
    Q_INVOKABLE bool removePhoto(const QString &assetTag);
    Q_INVOKABLE bool hasPhoto(const QString &assetTag) const;
    // image://toolphoto/… for the item, or an empty URL when it has no photo.
    Q_INVOKABLE QUrl photoUrl(const QString &assetTag) const;
    int photoRevision() const { return m_photoRevision; }

Q_SIGNALS:
    void ledgerChanged();
    void changed();
    void statisticsChanged();
    void fieldErrorsChanged();
    void photoRevisionChanged();
    void operationFinished(const QString &operation, bool ok, const QString &message, const QString &assetTag);

private:
    void reload();
    void loadStatistics();
    bool refuse(const QString &operation, const QString &message);
    void setFieldErrors(const QVariantMap &errors);
    void finishChange(const QString &operation, const QString &message, const QString &assetTag);

    QPointer<LedgerController> m_ledger;
    int m_photoRevision = 0;
    double m_utilisation = 0; // percent, last 365 days
    QStringList m_categories;
    ToolStatistics m_statistics;
    QStringList m_mostRequested;
    bool m_statisticsLoaded = false;
    bool m_statisticsLoading = false;
    bool m_statisticsStale = false; // changed while they were being read
    QVariantMap m_fieldErrors;
};

// Points a model of the catalogue at another controller (a property set
// from QML): it reloads on the new one's changed(). False when it is the
// same one, so that the caller skips its reload.
template<typename Model>
bool rebindCatalogue(Model *model, QPointer<CatalogueController> &current, CatalogueController *next)
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, model, nullptr);
    current = next;
    if (current)
        QObject::connect(current, &CatalogueController::changed, model, &Model::reload);
    return true;
}

} // namespace mycelium
