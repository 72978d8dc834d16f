// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/cataloguecontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The catalogue's list: the items matching the search text and the
// filters, in tools::search's order, a page at a time (canFetchMore /
// fetchMore), each with its availability in words. Setting the text or a
// filter searches again at once: a search takes a few milliseconds even
// in a library of 10,000 items.
class CatalogueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::CatalogueController *catalogue READ catalogue WRITE setCatalogue NOTIFY catalogueChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged) // empty: all
    // CatalogueEntry::stateName ("in", "on_loan", …); empty: any.
    Q_PROPERTY(QString availability READ availability WRITE setAvailability NOTIFY filterChanged)
    Q_PROPERTY(
        QString condition READ condition WRITE setCondition NOTIFY filterChanged) // ToolItem::conditionName; empty: any
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged) // rows loaded
    Q_PROPERTY(int matches READ matches NOTIFY countChanged) // items matching, loaded or not
    Q_PROPERTY(bool moreMatches READ moreMatches NOTIFY countChanged) // more than `matches` match
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    enum Role {
        AssetTagRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        LocationRole,
        ConditionRole, // ToolItem::conditionName
        ConditionTextRole,
        // Named "availability…" in QML, where an Item's "state" is taken.
        StateRole, // CatalogueEntry::stateName
        StateTextRole, // "In", "On loan", "Overdue", "Held", …
        StateDetailRole, // "to Ana Benítez (1), due 28/11/2026"
        OverdueRole,
        MemberNumberRole, // the borrower, or the member it is held for; 0: none
        MemberNameRole,
        WaitingRole,
        ReplacementValueRole,
        ReplacementValueTextRole,
        // The row in one sentence, for screen readers.
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    static constexpr int kCountUpTo = 500;

    explicit CatalogueModel(QObject *parent = nullptr);

    CatalogueController *catalogue() const { return m_catalogue; }
    void setCatalogue(CatalogueController *catalogue);
    QString searchText() const { return m_query.text; }
    void setSearchText(const QString &text);
    QString category() const { return m_query.category; }
    void setCategory(const QString &category);
    QString availability() const;
    void setAvailability(const QString &state);
    QString condition() const;
    void setCondition(const QString &condition);
    bool filtered() const;
    int pageSize() const { return m_query.limit; }
    void setPageSize(int size);
    int count() const { return int(m_entries.size()); }
    int matches() const { return m_matches; }
    bool moreMatches() const { return m_moreMatches; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The asset tag of a row; empty outside.
    Q_INVOKABLE QString tagAt(int row) const;
    Q_INVOKABLE int rowOfTag(const QString &assetTag) const;
    Q_INVOKABLE void clearFilters();
    // Every item the search and filters match (not only the loaded pages),
    // in list order, up to `limit`: the items a sheet of labels is for.
    Q_INVOKABLE QStringList matchingTags(int limit = 5000) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void catalogueChanged();
    void filterChanged();
    void pageSizeChanged();
    void countChanged();

private:
    void changeFilter();

    QPointer<CatalogueController> m_catalogue;
    CatalogueQuery m_query;
    QList<CatalogueEntry> m_entries;
    int m_matches = 0;
    bool m_moreMatches = false;
    bool m_atEnd = true; // every match is loaded
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace mycelium
