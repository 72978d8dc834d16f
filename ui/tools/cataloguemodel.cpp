// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/cataloguemodel.h"

#include "storage/database.h"

namespace mycelium {

CatalogueModel::CatalogueModel(QObject *parent) : QAbstractListModel(parent)
{
    // "More than 500 items match" says enough, and keeps a search as
    // broad as one letter as quick as a narrow one.
    m_query.countUpTo = kCountUpTo;
}

void CatalogueModel::setCatalogue(CatalogueController *catalogue)
{
    if (!rebindCatalogue(this, m_catalogue, catalogue))
        return;
    reload();
    Q_EMIT catalogueChanged();
}

void CatalogueModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    changeFilter();
}

void CatalogueModel::setCategory(const QString &category)
{
    if (category == m_query.category)
        return;
    m_query.category = category;
    changeFilter();
}

QString CatalogueModel::availability() const
{
    return m_query.state ? CatalogueEntry::stateName(*m_query.state) : QString();
}

void CatalogueModel::setAvailability(const QString &state)
{
    const auto parsed = CatalogueEntry::stateFromName(state);
    if (parsed == m_query.state)
        return;
    m_query.state = parsed;
    changeFilter();
}

QString CatalogueModel::condition() const
{
    return m_query.condition ? ToolItem::conditionName(*m_query.condition) : QString();
}

void CatalogueModel::setCondition(const QString &condition)
{
    const auto parsed = ToolItem::conditionFromName(condition);
    if (parsed == m_query.condition)
        return;
    m_query.condition = parsed;
    changeFilter();
}

bool CatalogueModel::filtered() const
{
    return !m_query.text.trimmed().isEmpty() || !m_query.category.isEmpty() || m_query.state || m_query.condition;
}

void CatalogueModel::setPageSize(int size)
{
    size = std::max(1, size);
    if (size == m_query.limit)
        return;
    m_query.limit = size;
    reload();
    Q_EMIT pageSizeChanged();
}

void CatalogueModel::clearFilters()
{
    if (!filtered())
        return;
    m_query.text.clear();
    m_query.category.clear();
    m_query.state.reset();
    m_query.condition.reset();
    changeFilter();
}

void CatalogueModel::changeFilter()
{
    reload();
    Q_EMIT filterChanged();
}

void CatalogueModel::reload()
{
    QList<CatalogueEntry> entries;
    CatalogueResult counted;
    QString error;
    Database *db = m_catalogue ? m_catalogue->database() : nullptr;
    if (db) {
        CatalogueQuery query = m_query;
        query.today = m_catalogue->today();
        query.offset = 0;
        if (auto result = tools::search(*db, query))
            counted = *result;
        else
            error = result.error().message;
    }
    m_resetting = true;
    beginResetModel();
    m_entries = counted.entries;
    m_matches = counted.matches;
    m_moreMatches = counted.moreMatches;
    m_atEnd = m_entries.size() >= m_matches && !m_moreMatches;
    m_error = error;
    endResetModel();
    m_resetting = false;
    Q_EMIT countChanged();
}

QStringList CatalogueModel::matchingTags(int limit) const
{
    QStringList tags;
    Database *db = m_catalogue ? m_catalogue->database() : nullptr;
    if (!db)
        return tags;
    CatalogueQuery query = m_query;
    query.today = m_catalogue->today();
    query.offset = 0;
    query.limit = limit;
    if (auto result = tools::search(*db, query)) {
        for (const CatalogueEntry &entry : std::as_const(result->entries))
            tags.append(entry.assetTag);
    }
    return tags;
}

bool CatalogueModel::canFetchMore(const QModelIndex &parent) const
{
    // Not again while a change is being announced: views and testers ask
    // from inside the model's signals.
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching;
}

void CatalogueModel::fetchMore(const QModelIndex &parent)
{
    Database *db = m_catalogue ? m_catalogue->database() : nullptr;
    if (!db || !canFetchMore(parent))
        return;
    CatalogueQuery query = m_query;
    query.today = m_catalogue->today();
    query.offset = int(m_entries.size());
    auto result = tools::search(*db, query);
    if (!result) {
        m_error = result.error().message;
        m_atEnd = true;
        Q_EMIT countChanged();
        return;
    }
    if (!result->entries.isEmpty()) {
        m_fetching = true;
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + result->entries.size()) - 1);
        m_entries += result->entries;
        endInsertRows();
        m_fetching = false;
    }
    // Past the counted ones, or fewer than counted (changed meanwhile): the
    // last page tells how many there are.
    if (result->entries.size() < m_query.limit) {
        m_atEnd = true;
        m_matches = int(m_entries.size());
        m_moreMatches = false;
    } else if (!m_moreMatches && m_entries.size() >= m_matches) {
        m_atEnd = true;
    }
    Q_EMIT countChanged();
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_catalogue)
        return {};
    const CatalogueEntry &e = m_entries.at(index.row());
    const bool overdue = e.state == CatalogueEntry::State::OnLoan && e.dueOn < m_catalogue->today();
    const QString stateText
        = overdue ? CatalogueController::tr("Overdue") : CatalogueController::stateText(e.state, e.maintenanceDue);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case AssetTagRole:
        return e.assetTag;
    case CategoryRole:
        return e.category;
    case LocationRole:
        return e.location;
    case ConditionRole:
        return ToolItem::conditionName(e.condition);
    case ConditionTextRole:
        return CatalogueController::conditionText(e.condition);
    case StateRole:
        return CatalogueEntry::stateName(e.state);
    case StateTextRole:
        return stateText;
    case StateDetailRole:
        return m_catalogue->stateDetail(e);
    case OverdueRole:
        return overdue;
    case MemberNumberRole:
        return qint64(e.memberNumber);
    case MemberNameRole:
        return e.memberName;
    case WaitingRole:
        return e.waiting;
    case ReplacementValueRole:
        return qint64(e.replacementValue);
    case ReplacementValueTextRole:
        return m_catalogue->formatMoney(e.replacementValue);
    case AccessibleTextRole: {
        QStringList parts { e.assetTag, e.name };
        if (!e.category.isEmpty())
            parts.append(e.category);
        if (!e.location.isEmpty())
            parts.append(e.location);
        const QString detail = m_catalogue->stateDetail(e);
        parts.append(detail.isEmpty() ? stateText : tr("%1 %2").arg(stateText, detail));
        parts.append(tr("condition %1").arg(CatalogueController::conditionText(e.condition).toLower()));
        parts.append(tr("replacement value %1").arg(m_catalogue->formatMoney(e.replacementValue)));
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogueModel::roleNames() const
{
    return {
        { AssetTagRole, "assetTag" },
        { NameRole, "name" },
        { CategoryRole, "category" },
        { LocationRole, "location" },
        { ConditionRole, "condition" },
        { ConditionTextRole, "conditionText" },
        { StateRole, "availability" },
        { StateTextRole, "availabilityText" },
        { StateDetailRole, "availabilityDetail" },
        { OverdueRole, "overdue" },
        { MemberNumberRole, "memberNumber" },
        { MemberNameRole, "memberName" },
        { WaitingRole, "waiting" },
        { ReplacementValueRole, "replacementValue" },
        { ReplacementValueTextRole, "replacementValueText" },
        { AccessibleTextRole, "accessibleText" },
    };
}

QString CatalogueModel::tagAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).assetTag : QString();
}

int CatalogueModel::rowOfTag(const QString &assetTag) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).assetTag.compare(assetTag.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

} // namespace mycelium
