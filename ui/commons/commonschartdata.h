// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commonscontroller.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// Fills a chart's line from C++ in one go (QXYSeries::replace), so that a
// ten-year daily series switches range without QML touching a point:
// an indicator's measurements (indicators::series, at most maxPoints
// means of equal runs of days) or a resource's extraction per period
// (commons::useByPeriod). Each plot answers with what the axes need:
//   {from, to (dates), minimum, maximum (in the unit), points, spanDays,
//    rangeText}
// Ranges: "1y", "5y", "10y" (ending today) and "all".
class CommonsChartData : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::CommonsController *commons READ commons WRITE setCommons NOTIFY commonsChanged)
    Q_PROPERTY(int maxPoints READ maxPoints WRITE setMaxPoints NOTIFY maxPointsChanged)

public:
    static constexpr int kDefaultMaxPoints = 600;

    explicit CommonsChartData(QObject *parent = nullptr);

    CommonsController *commons() const { return m_commons; }
    void setCommons(CommonsController *commons);
    int maxPoints() const { return m_maxPoints; }
    void setMaxPoints(int points);

    Q_INVOKABLE QVariantMap plotIndicator(QObject *series, qint64 indicatorId, const QString &range) const;
    Q_INVOKABLE QVariantMap plotResource(QObject *series, qint64 resourceId, const QString &range) const;

    // The first day of a range ending on `today`; a null date for "all".
    static QDate rangeStart(const QString &range, QDate today);

Q_SIGNALS:
    void commonsChanged();
    void maxPointsChanged();

private:
    QPointer<CommonsController> m_commons;
    int m_maxPoints = kDefaultMaxPoints;
};

} // namespace mycelium
