// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "ledger/signals.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <utility>

namespace mycelium {

// How a model reads on the ledger's worker only while its page is shown
// (LedgerSignalsModel, EcoBalanceController). With no open ledger (`ready`
// false) an answer still on its way is dropped and `clear()` runs; while
// hidden the model is only marked stale; while a read is under way it reads
// again when that one is done. `read` runs on the worker, `apply(status)`
// on the GUI thread for the latest request only.
template<typename Model, typename Clear, typename Read, typename Apply>
void reloadInBackground(Model *model, bool ready, Clear clear, Read read, Apply apply)
{
    if (!ready) {
        ++model->m_request;
        model->m_reloadWhenDone = false;
        model->setLoading(false);
        model->m_stale = true;
        clear();
        return;
    }
    if (!model->m_active) {
        model->m_stale = true;
        return;
    }
    if (model->m_loading) {
        model->m_reloadWhenDone = true;
        return;
    }
    model->m_stale = false;
    const quint64 request = ++model->m_request;
    model->setLoading(true);
    const bool started = model->m_ledger->runInBackground(model, std::move(read), [model, request, apply](const Status &status) {
        if (request != model->m_request)
            return;
        model->setLoading(false);
        apply(status);
        if (std::exchange(model->m_reloadWhenDone, false))
            model->reload();
    });
    if (!started) {
        model->setLoading(false);
        model->m_stale = true;
    }
}

// The ledger's self-regulation signals (ledger::signals) as the overview
// shows them: money in circulation, the commons fund, the share of members
// near their credit floor or the ceiling, trade volume and velocity month
// by month, the circulation target and a suggested demurrage rate.
//
// The signals only inform. A suggested rate is recorded by accept(), which
// the page calls after a person has confirmed it; reject() hides that
// suggestion until the vault is locked (the page, and this object with it,
// is made anew at each unlock).
//
// Reading the signals touches a year of trades, so it runs on the worker
// and only while `active` (the page is shown): a change to the ledger while
// the overview is hidden marks the signals stale, and they are read again
// when it is shown. That keeps the worker free for PIN checks at the hall.
class LedgerSignalsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

    Q_PROPERTY(qint64 circulation READ circulation NOTIFY changed)
    Q_PROPERTY(QString circulationText READ circulationText NOTIFY changed)
    Q_PROPERTY(qint64 commonsFund READ commonsFund NOTIFY changed)
    Q_PROPERTY(QString commonsFundText READ commonsFundText NOTIFY changed)
    Q_PROPERTY(int activeMembers READ activeMembers NOTIFY changed)
    Q_PROPERTY(int nearFloor READ nearFloor NOTIFY changed)
    Q_PROPERTY(int nearCeiling READ nearCeiling NOTIFY changed)
    Q_PROPERTY(bool hasCeiling READ hasCeiling NOTIFY changed)
    // "18 %" and "2 of 11 active members"; the ceiling's say when there is none.
    Q_PROPERTY(QString nearFloorShareText READ nearFloorShareText NOTIFY changed)
    Q_PROPERTY(QString nearFloorDetail READ nearFloorDetail NOTIFY changed)
    Q_PROPERTY(QString nearCeilingShareText READ nearCeilingShareText NOTIFY changed)
    Q_PROPERTY(QString nearCeilingDetail READ nearCeilingDetail NOTIFY changed)

    // The months, oldest first, the current one last: labels for the chart
    // axis, and the values in credits and as ratios (display only; the
    // ledger's amounts stay integer minor units).
    Q_PROPERTY(QStringList monthLabels READ monthLabels NOTIFY changed)
    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    Q_PROPERTY(bool hasActivity READ hasActivity NOTIFY changed)
    Q_PROPERTY(double volumeMaximum READ volumeMaximum NOTIFY changed)
    Q_PROPERTY(double velocityMaximum READ velocityMaximum NOTIFY changed)
    Q_PROPERTY(QString volumeSummary READ volumeSummary NOTIFY changed)
    Q_PROPERTY(qint64 velocityPermille READ velocityPermille NOTIFY changed)
    Q_PROPERTY(QString velocityText READ velocityText NOTIFY changed)
    Q_PROPERTY(QString velocitySummary READ velocitySummary NOTIFY changed)

    Q_PROPERTY(bool hasTarget READ hasTarget NOTIFY changed)
    Q_PROPERTY(QString targetText READ targetText NOTIFY changed)
    // Whether circulation is within, below or above the band, in words.
    Q_PROPERTY(QString targetStatusText READ targetStatusText NOTIFY changed)
    // The band as a person types it, to fill the form.
    Q_PROPERTY(QString targetLowInput READ targetLowInput NOTIFY changed)
    Q_PROPERTY(QString targetHighInput READ targetHighInput NOTIFY changed)

    // A suggestion not rejected in this session.
    Q_PROPERTY(bool hasSuggestion READ hasSuggestion NOTIFY changed)
    Q_PROPERTY(qint64 suggestedPpm READ suggestedPpm NOTIFY changed)
    Q_PROPERTY(qint64 currentPpm READ currentPpm NOTIFY changed)
    Q_PROPERTY(QString suggestionText READ suggestionText NOTIFY changed)
    Q_PROPERTY(QString suggestionReason READ suggestionReason NOTIFY changed)
    // The reason, both rates in words and the day it would start.
    Q_PROPERTY(QString suggestionDetail READ suggestionDetail NOTIFY changed)
    // The day an accepted rate takes effect: tomorrow.
    Q_PROPERTY(QDate suggestionEffectiveFrom READ suggestionEffectiveFrom NOTIFY changed)
    Q_PROPERTY(QString confirmationText READ confirmationText NOTIFY changed)
    // A rate recorded to take effect after today, in words; empty when none.
    Q_PROPERTY(QString scheduledRateText READ scheduledRateText NOTIFY changed)

public:
    explicit LedgerSignalsModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    bool active() const { return m_active; }
    void setActive(bool active);

    bool loading() const { return m_loading; }
    bool loaded() const { return m_signals.has_value(); }
    QString error() const { return m_error; }

    qint64 circulation() const { return m_signals ? m_signals->circulation : 0; }
    QString circulationText() const;
    qint64 commonsFund() const { return m_signals ? m_signals->commonsFund : 0; }
    QString commonsFundText() const;
    int activeMembers() const { return m_signals ? m_signals->activeMembers : 0; }
    int nearFloor() const { return m_signals ? m_signals->nearFloor : 0; }
    int nearCeiling() const { return m_signals ? m_signals->nearCeiling : 0; }
    bool hasCeiling() const { return m_signals && m_signals->ceiling; }
    QString nearFloorShareText() const;
    QString nearFloorDetail() const;
    QString nearCeilingShareText() const;
    QString nearCeilingDetail() const;

    QStringList monthLabels() const;
    QString periodText() const;
    bool hasActivity() const;
    double volumeMaximum() const;
    double velocityMaximum() const;
    QString volumeSummary() const;
    qint64 velocityPermille() const { return m_signals ? m_signals->velocityPermille : 0; }
    QString velocityText() const;
    QString velocitySummary() const;

    bool hasTarget() const { return m_signals && m_signals->targetLow && m_signals->targetHigh; }
    QString targetText() const;
    QString targetStatusText() const;
    QString targetLowInput() const;
    QString targetHighInput() const;

    bool hasSuggestion() const;
    qint64 suggestedPpm() const { return hasSuggestion() ? m_signals->suggestion->suggestedPpm : 0; }
    qint64 currentPpm() const { return hasSuggestion() ? m_signals->suggestion->currentPpm : 0; }
    QString suggestionText() const;
    QString suggestionReason() const { return hasSuggestion() ? m_signals->suggestion->reason : QString(); }
    QString suggestionDetail() const;
    QDate suggestionEffectiveFrom() const;
    QString confirmationText() const;
    QString scheduledRateText() const;

    // A rate for people: "2,000 parts per million a day (0.2 % a day,
    // about 52 % a year)".
    static QString rateText(qint64 ppmPerDay);

    // Fill Qt Charts series in one go: a BarSet with each month's volume in
    // credits, a LineSeries with each month's velocity (x: the month's
    // index, y: the ratio).
    Q_INVOKABLE void plotVolume(QObject *barSet) const;
    Q_INVOKABLE void plotVelocity(QObject *series) const;

    // Records the suggested rate from suggestionEffectiveFrom (through
    // LedgerController::setDemurrageRate); false when there is none.
    Q_INVOKABLE bool accept();
    // Hides the suggestion shown now until the vault is locked.
    Q_INVOKABLE void reject();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void activeChanged();
    void loadingChanged();
    void changed();

private:
    template<typename Model, typename Clear, typename Read, typename Apply>
    friend void reloadInBackground(Model *model, bool ready, Clear clear, Read read, Apply apply);
    void markStale();
    void setLoading(bool loading);
    QString money(qint64 minor) const;
    QString monthName(const MonthActivity &month, bool withYear) const;

    QPointer<LedgerController> m_ledger;
    bool m_active = true;
    bool m_stale = true;
    bool m_loading = false;
    bool m_reloadWhenDone = false;
    quint64 m_request = 0;
    std::optional<LedgerSignals> m_signals;
    QDate m_today; // the day the signals were read for
    QString m_error;
    // The suggestion a person rejected: (today's rate, suggested rate).
    std::optional<std::pair<qint64, qint64>> m_rejected;
};

} // namespace mycelium
