// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/ecobalancecontroller.h"

#include "ledger/ledgerbinding.h"
#include "ledger/ledgersignalsmodel.h"

#include "commons/lights.h"
#include "commons/quantity.h"
#include "ledger/money.h"
#include "storage/database.h"

#include <QLocale>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QLineSeries>

#include <algorithm>
#include <memory>

namespace mycelium {

namespace {

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

qreal points(std::int64_t thousandths)
{
    return qreal(thousandths) / qreal(quantity::kScale);
}

qreal msecs(QDate day)
{
    return qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QString money(std::int64_t minor)
{
    return Money::fromMinor(minor).toString(QLocale());
}

} // namespace

EcoBalanceController::EcoBalanceController(QObject *parent) : QObject(parent) { }

void EcoBalanceController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &EcoBalanceController::reload);
            connect(controller, &LedgerController::tradesRecorded, this, &EcoBalanceController::reload);
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void EcoBalanceController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    // Shown again: read again, since impacts set on the ledger page change
    // the months without a change to the ledger's lists.
    if (m_active)
        reload();
}

void EcoBalanceController::setRangeYears(int years)
{
    years = years <= 1 ? 1 : years <= 5 ? 5 : kLongestRangeYears;
    if (years == m_rangeYears)
        return;
    m_rangeYears = years;
    Q_EMIT rangeChanged();
}

void EcoBalanceController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void EcoBalanceController::reload()
{
    const bool ready = m_ledger && m_ledger->ready();
    const QDate today = ready ? m_ledger->today() : QDate();
    auto read = std::make_shared<Snapshot>();
    reloadInBackground(
        this, ready,
        [this] {
            if (m_loaded || !m_error.isEmpty()) {
                m_loaded = false;
                m_error.clear();
                m_months.clear();
                m_bins.clear();
                m_pledges.clear();
                Q_EMIT changed();
                Q_EMIT rangeChanged();
            }
        },
        [today, read](Database &db) -> Status {
            const QDate thisMonth = firstOfMonth(today);
            const QDate settle = thisMonth.addMonths(-1);
            auto months = ecobalance::communityHistory(db, thisMonth.addMonths(-(kLongestRangeYears * 12 - 1)), thisMonth);
            if (!months)
                return months.error();
            auto bins = ecobalance::distribution(db, settle, kDistributionBins);
            if (!bins)
                return bins.error();
            auto pledges = ecobalance::pledges(db, false);
            if (!pledges)
                return pledges.error();
            auto settled = ecobalance::isSettled(db, settle);
            if (!settled)
                return settled.error();
            read->months = std::move(*months);
            read->bins = std::move(*bins);
            for (const RestorationPledge &pledge : std::as_const(*pledges)) {
                if (firstOfMonth(pledge.month) == settle)
                    read->pledges.append(pledge);
            }
            read->settled = *settled;
            return {};
        },
        [this, read](const Status &status) {
            if (status.ok()) {
                m_months = std::move(read->months);
                m_bins = std::move(read->bins);
                m_pledges = std::move(read->pledges);
                m_settled = read->settled;
                m_error.clear();
                m_loaded = true;
            } else {
                m_loaded = false;
                m_error = status.error().message;
            }
            Q_EMIT changed();
            Q_EMIT rangeChanged();
        });
}

QList<EcoBalance> EcoBalanceController::lastMonths(int count) const
{
    if (count >= m_months.size())
        return m_months;
    return m_months.mid(m_months.size() - count);
}

QList<EcoBalance> EcoBalanceController::rangeMonths() const
{
    return lastMonths(m_rangeYears * 12);
}

QString EcoBalanceController::monthText(QDate month)
{
    if (!month.isValid())
        return {};
    const QLocale locale;
    return tr("%1 %2").arg(locale.standaloneMonthName(month.month(), QLocale::LongFormat)).arg(month.year());
}

QString EcoBalanceController::signedPoints(std::int64_t thousandths)
{
    const QString magnitude = quantity::toDisplayString(thousandths < 0 ? -thousandths : thousandths);
    if (thousandths > 0)
        return QStringLiteral("+") + magnitude;
    if (thousandths < 0)
        return QStringLiteral("\u2212") + magnitude;
    return magnitude;
}

// A band's edge in whole points (rounded half away from zero): the bands
// are equal slices between the month's lowest and highest balance, and
// their thousandths only crowd the chart's axis.
static QString bandEdge(std::int64_t thousandths)
{
    const std::int64_t half = quantity::kScale / 2;
    const std::int64_t whole = thousandths >= 0 ? (thousandths + half) / quantity::kScale : -((-thousandths + half) / quantity::kScale);
    return EcoBalanceController::signedPoints(whole * quantity::kScale);
}

QString EcoBalanceController::pointsText(std::int64_t thousandths)
{
    const std::int64_t magnitude = thousandths < 0 ? -thousandths : thousandths;
    return magnitude == quantity::kScale ? tr("%1 point").arg(signedPoints(thousandths)) : tr("%1 points").arg(signedPoints(thousandths));
}

QString EcoBalanceController::periodText() const
{
    const QList<EcoBalance> months = rangeMonths();
    if (months.isEmpty())
        return {};
    return tr("%1 to %2 (this month so far)").arg(monthText(months.constFirst().month), monthText(months.constLast().month));
}

QDateTime EcoBalanceController::rangeStart() const
{
    const QList<EcoBalance> months = rangeMonths();
    return months.isEmpty() ? QDateTime() : months.constFirst().month.startOfDay(Qt::UTC);
}

QDateTime EcoBalanceController::rangeEnd() const
{
    const QList<EcoBalance> months = rangeMonths();
    return months.isEmpty() ? QDateTime() : months.constLast().month.addMonths(1).startOfDay(Qt::UTC);
}

double EcoBalanceController::chartMaximum() const
{
    return balanceRange(rangeMonths()).second;
}

double EcoBalanceController::chartMinimum() const
{
    return balanceRange(rangeMonths()).first;
}

bool EcoBalanceController::hasActivity() const
{
    const QList<EcoBalance> months = rangeMonths();
    return std::any_of(months.cbegin(), months.cend(),
                       [](const EcoBalance &month) { return month.regeneration != 0 || month.extraction != 0 || month.impacts != 0; });
}

QString EcoBalanceController::chartSummary() const
{
    std::int64_t regeneration = 0, extraction = 0, impacts = 0;
    const QList<EcoBalance> months = rangeMonths();
    for (const EcoBalance &month : months) {
        regeneration += month.regeneration;
        extraction += month.extraction;
        impacts += month.impacts;
    }
    return tr("%1: regeneration %2, extraction %3, trade impacts %4, net %5.")
        .arg(periodText(), pointsText(regeneration), pointsText(-extraction), pointsText(-impacts),
             pointsText(regeneration - extraction - impacts));
}

QVariantList EcoBalanceController::trendFigures() const
{
    QVariantList figures;
    if (!m_loaded)
        return figures;
    // The first month with anything in it: a trend compares periods with
    // data, not the empty years before the community started counting.
    qsizetype firstActive = m_months.size();
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const EcoBalance &month = m_months.at(i);
        if (month.regeneration != 0 || month.extraction != 0 || month.impacts != 0) {
            firstActive = i;
            break;
        }
    }
    struct Row {
        int years;
        int partMonths;
        QString label;
        QString basis;
    };
    const Row rows[] = {
        {1, 3, tr("Last 12 months"), tr("the last quarter against the three before")},
        {5, 12, tr("Last 5 years"), tr("the last year against the three before")},
        {10, 24, tr("Last 10 years"), tr("the last two years against the six before")},
    };
    for (const Row &row : rows) {
        const int count = row.years * 12;
        const qsizetype start = std::max<qsizetype>(0, m_months.size() - count);
        std::int64_t regeneration = 0, extraction = 0, impacts = 0;
        for (qsizetype i = start; i < m_months.size(); ++i) {
            regeneration += m_months.at(i).regeneration;
            extraction += m_months.at(i).extraction;
            impacts += m_months.at(i).impacts;
        }
        // Whole parts from the end, none before the first active month.
        QList<std::int64_t> parts;
        for (qsizetype end = m_months.size(); end - row.partMonths >= std::max(start, firstActive) && parts.size() < 4; end -= row.partMonths) {
            std::int64_t net = 0;
            for (qsizetype i = end - row.partMonths; i < end; ++i)
                net += m_months.at(i).net();
            parts.prepend(net);
        }
        const Trend trend = lights::trendOf(parts, Direction::HigherIsBetter);
        const std::int64_t net = regeneration - extraction - impacts;
        const qsizetype active = std::max<qsizetype>(1, m_months.size() - std::max(start, firstActive));
        figures.append(QVariantMap{
            {QStringLiteral("key"), row.years},
            {QStringLiteral("label"), row.label},
            {QStringLiteral("regenerationText"), signedPoints(regeneration)},
            {QStringLiteral("extractionText"), signedPoints(-extraction)},
            {QStringLiteral("impactsText"), signedPoints(-impacts)},
            {QStringLiteral("netText"), signedPoints(net)},
            {QStringLiteral("net"), points(net)},
            {QStringLiteral("averageText"), firstActive >= m_months.size() ? QString() : pointsText(net / active)},
            {QStringLiteral("trend"), lights::trendName(trend)},
            {QStringLiteral("trendWord"), lights::trendWord(trend)},
            {QStringLiteral("trendBasis"), trend == Trend::Unknown ? QString() : row.basis},
        });
    }
    return figures;
}

QDate EcoBalanceController::settleMonth() const
{
    const QDate today = m_ledger ? m_ledger->today() : QDate();
    return today.isValid() ? firstOfMonth(today).addMonths(-1) : QDate();
}

QString EcoBalanceController::settleMonthSummary() const
{
    if (!m_loaded)
        return {};
    const QDate month = settleMonth();
    for (const EcoBalance &balance : m_months) {
        if (balance.month == month) {
            // Every member with activity falls in exactly one band.
            const int members = distributionMembers();
            return tr("%1: net %2 (regeneration %3, extraction %4, impacts %5); %n members with activity.", nullptr, members)
                .arg(monthText(month), pointsText(balance.net()), signedPoints(balance.regeneration), signedPoints(-balance.extraction),
                     signedPoints(-balance.impacts));
        }
    }
    return {};
}

QVariantList EcoBalanceController::settleMonthPledges() const
{
    QVariantList list;
    for (const RestorationPledge &pledge : m_pledges) {
        list.append(QVariantMap{
            {QStringLiteral("id"), qint64(pledge.id)},
            {QStringLiteral("memberText"), tr("%1 (%2)").arg(pledge.memberName).arg(pledge.memberNumber)},
            {QStringLiteral("work"), pledge.work},
            {QStringLiteral("fulfilled"), pledge.fulfilled},
        });
    }
    return list;
}

QStringList EcoBalanceController::distributionLabels() const
{
    QStringList labels;
    for (const BalanceBin &bin : m_bins)
        labels.append(tr("%1 to %2").arg(bandEdge(bin.from), bandEdge(bin.to)));
    return labels;
}

QVariantList EcoBalanceController::distribution() const
{
    QVariantList list;
    for (const BalanceBin &bin : m_bins) {
        list.append(QVariantMap{
            {QStringLiteral("label"), tr("%1 to %2").arg(bandEdge(bin.from), bandEdge(bin.to))},
            {QStringLiteral("fromText"), signedPoints(bin.from)},
            {QStringLiteral("toText"), signedPoints(bin.to)},
            {QStringLiteral("members"), bin.members},
        });
    }
    return list;
}

int EcoBalanceController::distributionMembers() const
{
    int members = 0;
    for (const BalanceBin &bin : m_bins)
        members += bin.members;
    return members;
}

double EcoBalanceController::distributionMaximum() const
{
    int most = 0;
    for (const BalanceBin &bin : m_bins)
        most = std::max(most, bin.members);
    return std::max(1, most);
}

QString EcoBalanceController::distributionSummary() const
{
    QStringList parts;
    for (const BalanceBin &bin : m_bins) {
        if (bin.members > 0)
            parts.append(tr("%n members from %1 to %2 points", nullptr, bin.members).arg(signedPoints(bin.from), signedPoints(bin.to)));
    }
    if (parts.isEmpty())
        return tr("No member had a balance in %1.").arg(settleMonthText());
    return tr("%1: %2.").arg(settleMonthText(), parts.join(QStringLiteral("; ")));
}

void EcoBalanceController::plotMonths(QObject *regeneration, QObject *extraction, QObject *impacts, QObject *net) const
{
    plotBalance(rangeMonths(), regeneration, extraction, impacts, net);
}

std::pair<double, double> EcoBalanceController::balanceRange(const QList<EcoBalance> &months)
{
    std::int64_t lowest = 0, highest = 0;
    for (const EcoBalance &month : months) {
        highest = std::max(highest, month.regeneration);
        lowest = std::min(lowest, -(month.extraction + month.impacts));
    }
    return {std::min(-1.0, points(lowest) * 1.1), std::max(1.0, points(highest) * 1.1)};
}

void EcoBalanceController::plotBalance(const QList<EcoBalance> &months, QObject *regeneration, QObject *extraction, QObject *impacts,
                                       QObject *net)
{
    auto *regenerationArea = qobject_cast<QAreaSeries *>(regeneration);
    auto *extractionArea = qobject_cast<QAreaSeries *>(extraction);
    auto *impactsArea = qobject_cast<QAreaSeries *>(impacts);
    auto *netLine = qobject_cast<QXYSeries *>(net);
    if (!regenerationArea || !extractionArea || !impactsArea || !netLine || !regenerationArea->lowerSeries()
        || !extractionArea->lowerSeries() || !impactsArea->lowerSeries()) {
        qWarning("EcoBalanceController::plotMonths needs three AreaSeries with upper and lower series and a LineSeries");
        return;
    }
    QList<QPointF> zero, regenerationUpper, extractionLower, impactsLower, netPoints;
    const qsizetype steps = months.size() * 2;
    for (QList<QPointF> *list : {&zero, &regenerationUpper, &extractionLower, &impactsLower})
        list->reserve(steps);
    netPoints.reserve(months.size());
    for (const EcoBalance &month : months) {
        const qreal from = msecs(month.month);
        const qreal to = msecs(month.month.addMonths(1));
        const qreal up = points(month.regeneration);
        const qreal down = -points(month.extraction);
        const qreal further = -points(month.extraction + month.impacts);
        for (qreal x : {from, to}) {
            zero.append(QPointF(x, 0));
            regenerationUpper.append(QPointF(x, up));
            extractionLower.append(QPointF(x, down));
            impactsLower.append(QPointF(x, further));
        }
        netPoints.append(QPointF((from + to) / 2, points(month.net())));
    }
    regenerationArea->upperSeries()->replace(regenerationUpper);
    regenerationArea->lowerSeries()->replace(zero);
    extractionArea->upperSeries()->replace(zero);
    extractionArea->lowerSeries()->replace(extractionLower);
    impactsArea->upperSeries()->replace(extractionLower);
    impactsArea->lowerSeries()->replace(impactsLower);
    netLine->replace(netPoints);
}

void EcoBalanceController::plotDistribution(QObject *barSet) const
{
    auto *set = qobject_cast<QBarSet *>(barSet);
    if (!set) {
        qWarning("EcoBalanceController::plotDistribution needs a BarSet");
        return;
    }
    QList<qreal> values;
    values.reserve(m_bins.size());
    for (const BalanceBin &bin : m_bins)
        values.append(bin.members);
    set->remove(0, set->count());
    set->append(values);
}

QString EcoBalanceController::settlementLineText(const EcoSettlementLine &line) const
{
    if (line.credits > 0)
        return tr("receives %1 credits of regeneration credits; multiplier %2 %").arg(money(line.credits)).arg(line.multiplier);
    if (line.pledged)
        return tr("owes the restoration work pledged instead of a fee; multiplier %1 %").arg(line.multiplier);
    if (line.fee > 0)
        return tr("pays a restoration fee of %1 credits; multiplier %2 %").arg(money(line.fee)).arg(line.multiplier);
    return tr("nothing to pay or charge; multiplier %1 %").arg(line.multiplier);
}

QVariantMap EcoBalanceController::settlementPreview() const
{
    QVariantMap preview;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db) {
        preview.insert(QStringLiteral("ok"), false);
        preview.insert(QStringLiteral("error"), tr("The vault is locked."));
        return preview;
    }
    const QDate month = settleMonth();
    Result<QList<EcoSettlementLine>> lines = Error::make(ErrorCode::IoError, QString());
    {
        // Settled for real, then rolled back: the core's own answer.
        Transaction trial(*db);
        if (!trial.began().ok()) {
            preview.insert(QStringLiteral("ok"), false);
            preview.insert(QStringLiteral("error"), trial.began().error().message);
            return preview;
        }
        lines = ecobalance::settleMonth(*db, month, m_ledger->now());
    }
    if (!lines) {
        preview.insert(QStringLiteral("ok"), false);
        preview.insert(QStringLiteral("error"), lines.error().message);
        return preview;
    }
    QVariantList rows;
    std::int64_t credits = 0, fees = 0;
    int paid = 0, charged = 0, pledged = 0;
    for (const EcoSettlementLine &line : std::as_const(*lines)) {
        credits += line.credits;
        fees += line.fee;
        paid += line.credits > 0 ? 1 : 0;
        charged += line.fee > 0 ? 1 : 0;
        pledged += line.pledged ? 1 : 0;
        rows.append(QVariantMap{
            {QStringLiteral("memberText"), tr("%1 (%2)").arg(line.memberName).arg(line.memberNumber)},
            {QStringLiteral("netText"), pointsText(line.net)},
            {QStringLiteral("outcomeText"), settlementLineText(line)},
            {QStringLiteral("credits"), qint64(line.credits)},
            {QStringLiteral("fee"), qint64(line.fee)},
            {QStringLiteral("pledged"), line.pledged},
        });
    }
    preview.insert(QStringLiteral("ok"), true);
    preview.insert(QStringLiteral("lines"), rows);
    preview.insert(QStringLiteral("summaryText"),
                   lines->isEmpty() ? tr("No member had a balance in %1: settling only marks the month as settled.").arg(monthText(month))
                                    : tr("The commons fund pays %1 credits to %2 and charges %3 credits to %4; %5 pledged work instead of a fee. Each member's ecological multiplier is set from their last twelve months.")
                                          .arg(money(credits), tr("%n members", nullptr, paid), money(fees), tr("%n members", nullptr, charged),
                                               tr("%n members", nullptr, pledged)));
    return preview;
}

bool EcoBalanceController::refuse(const QString &operation, const QString &message)
{
    Q_EMIT operationFinished(operation, false, message);
    return false;
}

bool EcoBalanceController::settle()
{
    const QString operation = QStringLiteral("settle");
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(operation, tr("The vault is locked."));
    const QDate month = settleMonth();
    auto lines = ecobalance::settleMonth(*db, month, m_ledger->now());
    if (!lines)
        return refuse(operation, lines.error().message);
    std::int64_t credits = 0, fees = 0;
    for (const EcoSettlementLine &line : std::as_const(*lines)) {
        credits += line.credits;
        fees += line.fee;
    }
    // Balances, credit lines and the statements changed.
    m_ledger->notifyChanged();
    Q_EMIT operationFinished(operation, true,
                             tr("%1 is settled: %2 credits paid in regeneration credits, %3 credits charged in restoration fees.")
                                 .arg(monthText(month), money(credits), money(fees)));
    return true;
}

bool EcoBalanceController::recordPledge(qint64 memberNumber, const QString &work)
{
    const QString operation = QStringLiteral("pledge");
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(operation, tr("The vault is locked."));
    if (memberNumber <= 0)
        return refuse(operation, tr("Choose the member who pledges the work."));
    const QDate month = settleMonth();
    auto pledge = ecobalance::pledge(*db, memberNumber, month, work.simplified(), m_ledger->now());
    if (!pledge)
        return refuse(operation, pledge.error().message);
    reload();
    Q_EMIT operationFinished(operation, true,
                             tr("%1 (%2) pledged “%3” for %4.").arg(pledge->memberName).arg(pledge->memberNumber).arg(pledge->work, monthText(month)));
    return true;
}

} // namespace mycelium
