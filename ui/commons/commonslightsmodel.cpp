// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commonslightsmodel.h"

#include "storage/database.h"

#include <algorithm>

namespace mycelium {

CommonsLightsModel::CommonsLightsModel(QObject *parent) : QAbstractListModel(parent) { }

void CommonsLightsModel::setCommons(CommonsController *commons)
{
    if (!rebindCommons(this, m_commons, commons))
        return;
    reload();
    Q_EMIT commonsChanged();
}

QString CommonsLightsModel::subjectName(CommonsLight::Subject subject)
{
    return subject == CommonsLight::Subject::Resource ? QStringLiteral("resource") : QStringLiteral("indicator");
}

void CommonsLightsModel::reload()
{
    QList<CommonsLight> lights;
    QString error;
    if (Database *db = m_commons ? m_commons->database() : nullptr) {
        if (auto status = commons::status(*db, m_commons->today()))
            lights = *status;
        else
            error = status.error().message;
    }
    // The core sorts worst first; keep it so even if a caller's list is not.
    std::stable_sort(lights.begin(), lights.end(), [](const CommonsLight &a, const CommonsLight &b) {
        return lights::severityRank(a.state) < lights::severityRank(b.state);
    });
    beginResetModel();
    m_lights = lights;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

int CommonsLightsModel::countOf(LightState state) const
{
    return int(std::count_if(m_lights.cbegin(), m_lights.cend(), [state](const CommonsLight &l) { return l.state == state; }));
}

int CommonsLightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lights.size());
}

QVariant CommonsLightsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommonsLight &l = m_lights.at(index.row());
    const QString valueText = l.value ? CommonsController::formatQuantity(*l.value, l.unit) : CommonsController::tr("No data");
    const QString thresholdText = CommonsController::formatQuantity(l.threshold, l.unit);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return l.name;
    case SubjectRole:
        return subjectName(l.subject);
    case IdRole:
        return qint64(l.id);
    case UnitRole:
        return l.unit;
    case StateRole:
        return lights::stateName(l.state);
    case WordRole:
        return lights::stateWord(l.state);
    case SymbolRole:
        return lights::stateSymbol(l.state);
    case ValueTextRole:
        return valueText;
    case ThresholdTextRole:
        return thresholdText;
    case PercentRole:
        return l.percent;
    case TrendRole:
        return lights::trendName(l.trend);
    case TrendWordRole:
        return lights::trendWord(l.trend);
    case SummaryRole:
        return l.summary;
    case RecentRole: {
        QVariantList values;
        for (std::int64_t v : l.recent)
            values.append(double(v) / 1000.0);
        return values;
    }
    case DirectionRole:
        return lights::directionName(l.direction);
    case PeriodRole:
        return l.periodLabel;
    case AccessibleTextRole:
        return CommonsController::tr("%1: %2. %3 of %4. Trend: %5.")
            .arg(l.name, lights::stateWord(l.state), valueText, thresholdText, lights::trendWord(l.trend));
    }
    return {};
}

QHash<int, QByteArray> CommonsLightsModel::roleNames() const
{
    return {
        { SubjectRole, "subject" },
        { IdRole, "id" },
        { NameRole, "name" },
        { UnitRole, "unit" },
        { StateRole, "state" },
        { WordRole, "word" },
        { SymbolRole, "symbol" },
        { ValueTextRole, "valueText" },
        { ThresholdTextRole, "thresholdText" },
        { PercentRole, "percent" },
        { TrendRole, "trend" },
        { TrendWordRole, "trendWord" },
        { SummaryRole, "summary" },
        { RecentRole, "recent" },
        { DirectionRole, "direction" },
        { PeriodRole, "period" },
        { AccessibleTextRole, "accessibleText" },
    };
}

int CommonsLightsModel::rowOf(const QString &subject, qint64 id) const
{
    for (qsizetype i = 0; i < m_lights.size(); ++i) {
        if (m_lights.at(i).id == id && subjectName(m_lights.at(i).subject) == subject)
            return int(i);
    }
    return -1;
}

QVariantMap CommonsLightsModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_lights.size())
        return map;
    const QModelIndex i = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromUtf8(it.value()), data(i, it.key()));
    return map;
}

} // namespace mycelium
