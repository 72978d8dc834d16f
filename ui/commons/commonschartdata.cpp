// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commonschartdata.h"

#include "commons/quantity.h"
#include "storage/database.h"

#include <QDateTime>
#include <QPointF>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <limits>

namespace mycelium {

namespace {

qreal msecsOf(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

qreal unitsOf(std::int64_t thousandths)
{
    return qreal(thousandths) / qreal(quantity::kScale);
}

QVariantMap answer(QDate from, QDate to, const QList<QPointF> &points)
{
    qreal low = std::numeric_limits<qreal>::max();
    qreal high = std::numeric_limits<qreal>::lowest();
    for (const QPointF &p : points) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    if (points.isEmpty())
        low = high = 0;
    if (!from.isValid() || from >= to)
        from = to.addDays(-1);
    return {
        { QStringLiteral("from"), from.startOfDay() },
        { QStringLiteral("to"), to.startOfDay() },
        { QStringLiteral("minimum"), low },
        { QStringLiteral("maximum"), high },
        { QStringLiteral("points"), int(points.size()) },
        { QStringLiteral("spanDays"), qint64(from.daysTo(to)) },
        { QStringLiteral("rangeText"), CommonsController::tr("%1 to %2").arg(QLocale().toString(from, QLocale::ShortFormat),
                                           QLocale().toString(to, QLocale::ShortFormat)) },
    };
}

QXYSeries *xySeries(QObject *series, const char *caller)
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy)
        qWarning("CommonsChartData::%s needs a LineSeries, not %s", caller, series ? series->metaObject()->className() : "null");
    return xy;
}

} // namespace

CommonsChartData::CommonsChartData(QObject *parent) : QObject(parent) { }

void CommonsChartData::setCommons(CommonsController *commons)
{
    if (commons == m_commons)
        return;
    m_commons = commons;
    Q_EMIT commonsChanged();
}

void CommonsChartData::setMaxPoints(int points)
{
    points = std::clamp(points, 2, 10000);
    if (points == m_maxPoints)
        return;
    m_maxPoints = points;
    Q_EMIT maxPointsChanged();
}

QDate CommonsChartData::rangeStart(const QString &range, QDate today)
{
    if (range == QLatin1String("5y"))
        return today.addYears(-5).addDays(1);
    if (range == QLatin1String("10y"))
        return today.addYears(-10).addDays(1);
    if (range == QLatin1String("all"))
        return {};
    return today.addYears(-1).addDays(1);
}

QVariantMap CommonsChartData::plotIndicator(QObject *series, qint64 indicatorId, const QString &range) const
{
    QXYSeries *xy = xySeries(series, "plotIndicator");
    const QDate today = m_commons ? m_commons->today() : QDate::currentDate();
    QDate from = rangeStart(range, today);
    QList<QPointF> points;
    Database *db = m_commons ? m_commons->database() : nullptr;
    if (db && indicatorId > 0) {
        if (!from.isValid()) {
            // "All": from the first measurement.
            if (auto indicator = indicators::byId(*db, indicatorId))
                from = indicator->createdOn;
            if (auto first = indicators::series(*db, indicatorId, {}, today, 1); first && !first->isEmpty())
                from = std::min(from.isValid() ? from : today, first->first().day);
            if (!from.isValid())
                from = today.addYears(-1).addDays(1);
        }
        if (auto drawn = indicators::series(*db, indicatorId, from, today, m_maxPoints)) {
            points.reserve(drawn->size());
            for (const MeasurementPoint &p : std::as_const(*drawn))
                points.append(QPointF(msecsOf(p.day), unitsOf(p.value)));
        } else {
            qWarning("Reading an indicator's series failed: %s", qPrintable(drawn.error().message));
        }
    }
    if (xy)
        xy->replace(points);
    return answer(from, today, points);
}

QVariantMap CommonsChartData::plotResource(QObject *series, qint64 resourceId, const QString &range) const
{
    QXYSeries *xy = xySeries(series, "plotResource");
    const QDate today = m_commons ? m_commons->today() : QDate::currentDate();
    QDate from = rangeStart(range, today);
    QDate to = today;
    QList<QPointF> points;
    Database *db = m_commons ? m_commons->database() : nullptr;
    if (db && resourceId > 0) {
        if (!from.isValid()) {
            if (auto resource = commons::resourceById(*db, resourceId); resource && resource->createdOn.isValid())
                from = std::min(resource->createdOn, today.addYears(-1).addDays(1));
            else
                from = today.addYears(-10).addDays(1);
        }
        if (auto periods = commons::useByPeriod(*db, resourceId, from, today)) {
            // A step per period: its use from its first day to its last.
            points.reserve(periods->size() * 2);
            for (const CommonsPeriodUse &u : std::as_const(*periods)) {
                points.append(QPointF(msecsOf(u.period.first), unitsOf(u.extracted)));
                points.append(QPointF(msecsOf(u.period.last), unitsOf(u.extracted)));
            }
            if (!periods->isEmpty()) {
                from = std::min(from, periods->first().period.first);
                to = std::max(to, periods->last().period.last);
            }
        } else {
            qWarning("Reading a resource's use failed: %s", qPrintable(periods.error().message));
        }
    }
    if (xy)
        xy->replace(points);
    return answer(from, to, points);
}

} // namespace mycelium
