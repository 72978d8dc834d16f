// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commonscontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// Every warning light of the commons as of today, worst first (red, amber,
// grey, green, then by name): one per resource (its use in the current
// period against the safe threshold) and one per ecological indicator (its
// latest measurement against its threshold). Reloads on the controller's
// changed().
class CommonsLightsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::CommonsController *commons READ commons WRITE setCommons NOTIFY commonsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // How many lights are in each state, for a one-line summary.
    Q_PROPERTY(int redCount READ redCount NOTIFY countChanged)
    Q_PROPERTY(int amberCount READ amberCount NOTIFY countChanged)
    Q_PROPERTY(int greyCount READ greyCount NOTIFY countChanged)
    Q_PROPERTY(int greenCount READ greenCount NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        SubjectRole = Qt::UserRole + 1, // "resource" | "indicator"
        IdRole,
        NameRole,
        UnitRole,
        StateRole, // "green" | "amber" | "red" | "grey" (read as model.state in QML)
        WordRole, // "Over the limit"
        SymbolRole, // ✓ ! ✕ ?
        ValueTextRole, // "12.5 t", or "No data"
        ThresholdTextRole, // "100 t"
        PercentRole,
        TrendRole, // lights::trendName
        TrendWordRole,
        SummaryRole, // the core's sentence
        RecentRole, // the last periods' values in the unit, oldest first
        DirectionRole, // lights::directionName
        PeriodRole, // the resource's period, or the measurement's month
        AccessibleTextRole, // the tile in one sentence
    };
    Q_ENUM(Role)

    explicit CommonsLightsModel(QObject *parent = nullptr);

    CommonsController *commons() const { return m_commons; }
    void setCommons(CommonsController *commons);
    int count() const { return int(m_lights.size()); }
    int redCount() const { return countOf(LightState::Red); }
    int amberCount() const { return countOf(LightState::Amber); }
    int greyCount() const { return countOf(LightState::Grey); }
    int greenCount() const { return countOf(LightState::Green); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a resource's or an indicator's light; -1 when none.
    Q_INVOKABLE int rowOf(const QString &subject, qint64 id) const;
    // A row's roles as a map (empty outside).
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE void reload();

    static QString subjectName(CommonsLight::Subject subject);

Q_SIGNALS:
    void commonsChanged();
    void countChanged();

private:
    int countOf(LightState state) const;

    QPointer<CommonsController> m_commons;
    QList<CommonsLight> m_lights;
    QString m_error;
};

} // namespace mycelium
