// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/depthmetricsmodel.h"

#include "ledger/ledgerbinding.h"
#include "ledger/ledgersignalsmodel.h"
#include "trust/trustcontroller.h"

#include <QLocale>
#include <QtCharts/QBarSet>

#include <algorithm>
#include <memory>

namespace mycelium {

namespace {

QString monthName(QDate month, bool withYear)
{
    const QLocale locale;
    return withYear ? DepthMetricsModel::tr("%1 %2").arg(locale.standaloneMonthName(month.month(), QLocale::LongFormat)).arg(month.year())
                    : locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
}

QString ratioText(int permille)
{
    return QLocale().toString(permille / 1000.0, 'f', 2);
}

} // namespace

DepthMetricsModel::DepthMetricsModel(QObject *parent) : QObject(parent)
{
    // Concerns raised and resolved count in the metrics.
    connect(TrustChanges::instance(), &TrustChanges::changed, this, &DepthMetricsModel::markStale);
}

void DepthMetricsModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &DepthMetricsModel::markStale);
            connect(controller, &LedgerController::tradesRecorded, this, &DepthMetricsModel::markStale);
        }))
        return;
    markStale();
    Q_EMIT ledgerChanged();
}

void DepthMetricsModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_stale)
        reload();
    Q_EMIT activeChanged();
}

void DepthMetricsModel::markStale()
{
    m_stale = true;
    if (m_active || !m_ledger || !m_ledger->database())
        reload();
}

void DepthMetricsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void DepthMetricsModel::reload()
{
    const bool ready = m_ledger && m_ledger->database();
    const QDate today = ready ? m_ledger->today() : QDate();
    auto read = std::make_shared<DepthMetrics>();
    reloadInBackground(
        this, ready,
        [this] {
            if (m_metrics || !m_error.isEmpty()) {
                m_metrics.reset();
                m_error.clear();
                Q_EMIT changed();
            }
        },
        [today, read](Database &db) -> Status {
            auto metrics = trust::depthMetrics(db, today);
            if (!metrics)
                return metrics.error();
            *read = std::move(*metrics);
            return {};
        },
        [this, read](const Status &status) {
            if (status.ok()) {
                m_metrics = *read;
                m_error.clear();
            } else {
                m_metrics.reset();
                m_error = status.error().message;
            }
            Q_EMIT changed();
        });
}

QString DepthMetricsModel::periodText() const
{
    if (!m_metrics)
        return {};
    return tr("%1 to %2").arg(m_ledger ? m_ledger->formatDate(m_metrics->from) : m_metrics->from.toString(Qt::ISODate),
                              m_ledger ? m_ledger->formatDate(m_metrics->to) : m_metrics->to.toString(Qt::ISODate));
}

QString DepthMetricsModel::reciprocityText() const
{
    if (!m_metrics)
        return {};
    return m_metrics->reciprocityPermille < 0 ? tr("–") : tr("%1 %").arg(QLocale().toString(m_metrics->reciprocityPermille / 10.0, 'f', 0));
}

QString DepthMetricsModel::reciprocityDetail() const
{
    if (!m_metrics)
        return {};
    if (m_metrics->reciprocityPermille < 0)
        return tr("No trades in the period.");
    return (m_metrics->tradingMembers == 1 ? tr("How evenly the %n trading member gave and received, on average (100 %: as much given as received).", nullptr, m_metrics->tradingMembers) : tr("How evenly the %n trading members gave and received, on average (100 %: as much given as received).", nullptr, m_metrics->tradingMembers));
}

QString DepthMetricsModel::pairsText() const
{
    return m_metrics ? ratioText(m_metrics->pairsPerMemberPermille) : QString();
}

QString DepthMetricsModel::pairsDetail() const
{
    if (!m_metrics)
        return {};
    return (m_metrics->tradingMembers == 1 ? tr("%1 distinct pairs traded among %n trading member.", nullptr, m_metrics->tradingMembers) : tr("%1 distinct pairs traded among %n trading members.", nullptr, m_metrics->tradingMembers)).arg(m_metrics->distinctPairs);
}

QString DepthMetricsModel::resolutionText() const
{
    if (!m_metrics)
        return {};
    return m_metrics->resolutionPermille < 0 ? tr("–") : tr("%1 %").arg(QLocale().toString(m_metrics->resolutionPermille / 10.0, 'f', 0));
}

QString DepthMetricsModel::resolutionDetail() const
{
    if (!m_metrics)
        return {};
    if (m_metrics->concernsRaised == 0)
        return tr("No concerns raised in the period.");
    return (m_metrics->concernsRaised == 1 ? tr("%1 of %n concern raised was resolved.", nullptr, m_metrics->concernsRaised) : tr("%1 of %n concerns raised were resolved.", nullptr, m_metrics->concernsRaised)).arg(m_metrics->concernsResolved);
}

int DepthMetricsModel::gratitudeTotal() const
{
    int total = 0;
    if (m_metrics) {
        for (const auto &month : m_metrics->gratitude)
            total += month.gratitudeNotes;
    }
    return total;
}

QString DepthMetricsModel::gratitudeDetail() const
{
    if (!m_metrics)
        return {};
    const int total = gratitudeTotal();
    if (total == 0)
        return tr("No thank-you notes yet: they are left when a session is completed.");
    return (total == 1 ? tr("%n thank-you note in the period.", nullptr, total) : tr("%n thank-you notes in the period.", nullptr, total));
}

int DepthMetricsModel::gratitudeMaximum() const
{
    int highest = 0;
    if (m_metrics) {
        for (const auto &month : m_metrics->gratitude)
            highest = std::max(highest, month.gratitudeNotes);
    }
    return highest;
}

QStringList DepthMetricsModel::monthLabels() const
{
    QStringList labels;
    if (m_metrics) {
        for (const auto &month : m_metrics->gratitude)
            labels.append(monthName(month.month, false));
    }
    return labels;
}

QString DepthMetricsModel::gratitudeSummary() const
{
    if (!m_metrics)
        return {};
    QStringList parts;
    for (const auto &month : m_metrics->gratitude)
        parts.append(tr("%1: %2").arg(monthName(month.month, true)).arg(month.gratitudeNotes));
    return parts.join(QStringLiteral("; "));
}

void DepthMetricsModel::plotGratitude(QObject *barSet) const
{
    auto *set = qobject_cast<QBarSet *>(barSet);
    if (!set) {
        qWarning("DepthMetricsModel::plotGratitude needs a BarSet, not %s", barSet ? barSet->metaObject()->className() : "null");
        return;
    }
    QList<qreal> values;
    if (m_metrics) {
        for (const auto &month : m_metrics->gratitude)
            values.append(month.gratitudeNotes);
    }
    set->remove(0, set->count());
    set->append(values);
}

} // namespace mycelium
