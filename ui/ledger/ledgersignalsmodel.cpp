// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledgersignalsmodel.h"
#include "ledger/ledgerbinding.h"

#include "ledger/money.h"

#include <QLocale>
#include <QtCharts/QBarSet>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <cmath>
#include <memory>

namespace mycelium {

namespace {

// Whole percent of a count, rounded half up: 2 of 11 is 18 %.
int percentOf(int part, int whole)
{
    return whole > 0 ? (part * 200 + whole) / (2 * whole) : 0;
}

// Display only: a velocity of 420 permille is 0.42.
double ratio(std::int64_t permille)
{
    return double(permille) / 1000.0;
}

} // namespace

LedgerSignalsModel::LedgerSignalsModel(QObject *parent)
    : QObject(parent)
{
}

void LedgerSignalsModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &LedgerSignalsModel::markStale);
        connect(controller, &LedgerController::tradesRecorded, this, &LedgerSignalsModel::markStale);
    }))
        return;
    markStale();
    Q_EMIT ledgerChanged();
}

void LedgerSignalsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        reload();
    Q_EMIT activeChanged();
}

void LedgerSignalsModel::markStale()
{
    m_stale = true;
    if (m_active || !m_ledger || !m_ledger->database())
        reload();
}

void LedgerSignalsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void LedgerSignalsModel::reload()
{
    // Locked: nothing read from the vault stays, and an answer still on its
    // way is dropped.
    const bool ready = m_ledger && m_ledger->database();
    const QDate today = ready ? m_ledger->today() : QDate();
    auto read = std::make_shared<LedgerSignals>();
    reloadInBackground(
        this, ready,
        [this] {
            if (m_signals || !m_error.isEmpty()) {
                m_signals.reset();
                m_error.clear();
                Q_EMIT changed();
            }
        },
        [today, read](Database &db) -> Status {
            auto s = ledger::signals(db, today);
            if (!s)
                return s.error();
            *read = std::move(*s);
            return {};
        },
        [this, today, read](const Status &status) {
            if (status.ok()) {
                m_signals = *read;
                m_today = today;
                m_error.clear();
            } else {
                m_signals.reset();
                m_error = status.error().message;
            }
            Q_EMIT changed();
        });
}

QString LedgerSignalsModel::money(qint64 minor) const
{
    return Money::fromMinor(minor).toString(QLocale());
}

QString LedgerSignalsModel::monthName(const MonthActivity &month, bool withYear) const
{
    const QLocale locale;
    return withYear ? tr("%1 %2").arg(locale.standaloneMonthName(month.month, QLocale::LongFormat)).arg(month.year)
                    : locale.standaloneMonthName(month.month, QLocale::ShortFormat);
}

QString LedgerSignalsModel::circulationText() const
{
    return m_signals ? money(m_signals->circulation) : QString();
}

QString LedgerSignalsModel::commonsFundText() const
{
    return m_signals ? money(m_signals->commonsFund) : QString();
}

QString LedgerSignalsModel::nearFloorShareText() const
{
    if (!m_signals || m_signals->activeMembers == 0)
        return m_signals ? tr("–") : QString();
    return tr("%1 %").arg(percentOf(m_signals->nearFloor, m_signals->activeMembers));
}

QString LedgerSignalsModel::nearFloorDetail() const
{
    if (!m_signals)
        return {};
    if (m_signals->activeMembers == 0)
        return tr("No active members yet.");
    return tr("%1 of %2 active members are within 10 % of the bottom of their credit line.").arg(m_signals->nearFloor).arg(m_signals->activeMembers);
}

QString LedgerSignalsModel::nearCeilingShareText() const
{
    if (!m_signals)
        return {};
    if (!m_signals->ceiling || m_signals->activeMembers == 0)
        return tr("–");
    return tr("%1 %").arg(percentOf(m_signals->nearCeiling, m_signals->activeMembers));
}

QString LedgerSignalsModel::nearCeilingDetail() const
{
    if (!m_signals)
        return {};
    if (!m_signals->ceiling)
        return tr("No accumulation ceiling is set, so nobody can be near it.");
    if (m_signals->activeMembers == 0)
        return tr("No active members yet.");
    return tr("%1 of %2 active members are within 10 % of the ceiling of %3.")
        .arg(m_signals->nearCeiling)
        .arg(m_signals->activeMembers)
        .arg(money(*m_signals->ceiling));
}

QStringList LedgerSignalsModel::monthLabels() const
{
    QStringList labels;
    if (m_signals) {
        for (const MonthActivity &month : m_signals->months)
            labels.append(monthName(month, false));
    }
    return labels;
}

QString LedgerSignalsModel::periodText() const
{
    if (!m_signals || m_signals->months.isEmpty())
        return {};
    return tr("%1 to %2 (this month so far)").arg(monthName(m_signals->months.constFirst(), true), monthName(m_signals->months.constLast(), true));
}

bool LedgerSignalsModel::hasActivity() const
{
    return m_signals && std::any_of(m_signals->months.cbegin(), m_signals->months.cend(), [](const MonthActivity &m) { return m.trades > 0; });
}

double LedgerSignalsModel::volumeMaximum() const
{
    std::int64_t highest = 0;
    if (m_signals) {
        for (const MonthActivity &month : m_signals->months)
            highest = std::max(highest, month.volume);
    }
    return double(highest) / double(Money::kMinorPerCredit);
}

double LedgerSignalsModel::velocityMaximum() const
{
    std::int64_t highest = 0;
    if (m_signals) {
        for (const MonthActivity &month : m_signals->months)
            highest = std::max(highest, month.velocityPermille);
    }
    return ratio(highest);
}

QString LedgerSignalsModel::volumeSummary() const
{
    if (!m_signals)
        return {};
    QStringList parts;
    for (const MonthActivity &month : m_signals->months)
        parts.append(month.trades == 1 ? tr("%1: %2 credits in 1 trade").arg(monthName(month, true), money(month.volume))
                                       : tr("%1: %2 credits in %3 trades").arg(monthName(month, true), money(month.volume)).arg(month.trades));
    return parts.join(QStringLiteral("; "));
}

QString LedgerSignalsModel::velocityText() const
{
    return m_signals ? QLocale().toString(ratio(m_signals->velocityPermille), 'f', 2) : QString();
}

QString LedgerSignalsModel::velocitySummary() const
{
    if (!m_signals)
        return {};
    QStringList parts;
    for (const MonthActivity &month : m_signals->months)
        parts.append(tr("%1: %2").arg(monthName(month, true), QLocale().toString(ratio(month.velocityPermille), 'f', 2)));
    return parts.join(QStringLiteral("; "));
}

QString LedgerSignalsModel::targetText() const
{
    if (!m_signals)
        return {};
    if (!hasTarget())
        return tr("No target set");
    return tr("%1 to %2 credits").arg(money(*m_signals->targetLow), money(*m_signals->targetHigh));
}

QString LedgerSignalsModel::targetStatusText() const
{
    if (!hasTarget())
        return {};
    if (m_signals->circulation < *m_signals->targetLow)
        return tr("Money in circulation is below the target band.");
    if (m_signals->circulation > *m_signals->targetHigh)
        return tr("Money in circulation is above the target band.");
    return tr("Money in circulation is within the target band.");
}

QString LedgerSignalsModel::targetLowInput() const
{
    return hasTarget() ? money(*m_signals->targetLow) : QString();
}

QString LedgerSignalsModel::targetHighInput() const
{
    return hasTarget() ? money(*m_signals->targetHigh) : QString();
}

bool LedgerSignalsModel::hasSuggestion() const
{
    if (!m_signals || !m_signals->suggestion)
        return false;
    const auto shown = std::pair<qint64, qint64>(m_signals->suggestion->currentPpm, m_signals->suggestion->suggestedPpm);
    return !m_rejected || *m_rejected != shown;
}

QString LedgerSignalsModel::rateText(qint64 ppmPerDay)
{
    const QLocale locale;
    // Display only: the charge itself is the integer rule in demurrage.h.
    const double perDay = double(ppmPerDay) / double(kDemurragePpmDenominator);
    const double perYear = 1.0 - std::pow(1.0 - perDay, 365.0);
    return tr("%1 parts per million a day (%2 % a day, about %3 % a year)")
        .arg(locale.toString(ppmPerDay), locale.toString(perDay * 100.0, 'f', QLocale::FloatingPointShortest),
             locale.toString(std::lround(perYear * 100.0)));
}

QString LedgerSignalsModel::suggestionText() const
{
    if (!hasSuggestion())
        return {};
    const RateSuggestion &s = *m_signals->suggestion;
    return (s.suggestedPpm > s.currentPpm ? tr("Raise the demurrage rate from %1 to %2 parts per million a day.")
                                          : tr("Lower the demurrage rate from %1 to %2 parts per million a day."))
        .arg(QLocale().toString(s.currentPpm), QLocale().toString(s.suggestedPpm));
}

QString LedgerSignalsModel::suggestionDetail() const
{
    if (!hasSuggestion() || !m_ledger)
        return {};
    const RateSuggestion &s = *m_signals->suggestion;
    return tr("%1 Today: %2. Suggested from %3: %4. Nothing changes unless you accept.")
        .arg(s.reason, rateText(s.currentPpm), m_ledger->formatDate(suggestionEffectiveFrom()), rateText(s.suggestedPpm));
}

QDate LedgerSignalsModel::suggestionEffectiveFrom() const
{
    // From tomorrow: the rules of a day already begun do not change.
    return m_ledger && hasSuggestion() ? m_ledger->today().addDays(1) : QDate();
}

QString LedgerSignalsModel::confirmationText() const
{
    if (!hasSuggestion() || !m_ledger)
        return {};
    const RateSuggestion &s = *m_signals->suggestion;
    return tr("From %1, balances above the exemption pay %2 to the commons fund, instead of %3 today. The change goes into the journal and "
              "applies to every member; it can be changed again later, but not undone for days already past.")
        .arg(m_ledger->formatDate(suggestionEffectiveFrom()), rateText(s.suggestedPpm), rateText(s.currentPpm));
}

QString LedgerSignalsModel::scheduledRateText() const
{
    if (!m_signals || !m_signals->scheduledRate || !m_ledger)
        return {};
    return tr("From %1 the demurrage rate will be %2. No new rate is suggested until then.")
        .arg(m_ledger->formatDate(m_signals->scheduledRate->effectiveFrom), rateText(m_signals->scheduledRate->ppmPerDay));
}

void LedgerSignalsModel::plotVolume(QObject *barSet) const
{
    auto *set = qobject_cast<QBarSet *>(barSet);
    if (!set) {
        qWarning("LedgerSignalsModel::plotVolume needs a BarSet, not %s", barSet ? barSet->metaObject()->className() : "null");
        return;
    }
    QList<qreal> values;
    if (m_signals) {
        for (const MonthActivity &month : m_signals->months)
            values.append(qreal(month.volume) / qreal(Money::kMinorPerCredit));
    }
    set->remove(0, set->count());
    set->append(values);
}

void LedgerSignalsModel::plotVelocity(QObject *series) const
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy) {
        qWarning("LedgerSignalsModel::plotVelocity needs a LineSeries, not %s", series ? series->metaObject()->className() : "null");
        return;
    }
    QList<QPointF> points;
    if (m_signals) {
        for (qsizetype i = 0; i < m_signals->months.size(); ++i)
            points.append(QPointF(qreal(i), ratio(m_signals->months.at(i).velocityPermille)));
    }
    xy->replace(points);
}

bool LedgerSignalsModel::accept()
{
    if (!hasSuggestion() || !m_ledger)
        return false;
    return m_ledger->setDemurrageRate(suggestedPpm(), suggestionEffectiveFrom());
}

void LedgerSignalsModel::reject()
{
    if (!hasSuggestion())
        return;
    m_rejected = std::pair<qint64, qint64>(m_signals->suggestion->currentPpm, m_signals->suggestion->suggestedPpm);
    Q_EMIT changed();
}

} // namespace mycelium
