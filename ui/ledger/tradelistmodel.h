// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// Every trade, newest first, filtered by member, date range and category.
// Loads lazily: a page of `pageSize` trades at a time through
// canFetchMore()/fetchMore(), with ledger::trades' keyset paging, so that
// the millionth trade costs what the first does. The total is counted on
// the worker thread and arrives a moment later (totalCount is -1 until then).
//
// Memory stays flat however far the list is scrolled: rows live in a small
// cache of blocks of 200, and a block scrolled back into view is read again
// from the key (date and id) of the row before it, the only thing kept of
// each block passed.
class TradeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    // A member number; 0 the commons fund; -1 everyone.
    Q_PROPERTY(qint64 member READ member WRITE setMember NOTIFY filterChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    // The dates as typed (LedgerController::parseDate): an empty text clears
    // the date; a text that is not a date leaves the filter as it was and
    // says so in dateError.
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY filterChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY filterChanged)
    Q_PROPERTY(QString dateError READ dateError NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)

public:
    static constexpr int kDefaultPageSize = 200;

    enum Role {
        TradeIdRole = Qt::UserRole + 1,
        DateRole,
        DateTextRole,
        PayerRole,
        PayerNameRole,
        PayeeRole,
        PayeeNameRole,
        AmountRole,
        AmountTextRole,
        MemoRole,
        CategoryRole,
        ConfirmationTextRole,
        ReversesRole, // the trade this one reverses, 0 when none
        IsReversalRole,
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit TradeListModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    qint64 member() const { return m_filter.member; }
    void setMember(qint64 member);
    QDate from() const { return m_filter.from; }
    void setFrom(QDate from);
    QDate to() const { return m_filter.to; }
    void setTo(QDate to);
    QString category() const { return m_filter.category; }
    void setCategory(const QString &category);
    bool filtered() const;
    QString fromText() const { return m_fromText; }
    void setFromText(const QString &text);
    QString toText() const { return m_toText; }
    void setToText(const QString &text);
    QString dateError() const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    int count() const { return m_rows; }
    qint64 totalCount() const { return m_total; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearFilter();
    Q_INVOKABLE qint64 tradeIdAt(int row) const;
    // Every role of a row by its name, for scripts and tests.
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void ledgerChanged();
    void filterChanged();
    void pageSizeChanged();
    void countChanged();
    void totalCountChanged();

private:
    QString nameOf(std::int64_t number) const;
    void filterEdited();
    void startCount();
    // One loaded trade, kept small: a list scrolled to its end holds every
    // trade of the ledger. Memos and categories repeat, so each text is
    // kept once and shared.
    struct Row {
        std::int64_t id = 0;
        std::int64_t amount = 0;
        std::int64_t reverses = 0;
        QString memo;
        QDate date;
        std::int32_t payer = 0;
        std::int32_t payee = 0;
        std::uint16_t category = 0; // index into m_categories
        TradeRequest::Confirmation confirmation = TradeRequest::Confirmation::None;
    };
    struct Key {
        QDate date;
        std::int64_t id = 0;
    };
    static constexpr int kBlockSize = 200;
    static constexpr int kCachedBlocks = 24;
    // Up to `limit` rows after the cursor (null: from the newest).
    QList<Row> loadAfter(Database &db, ledger::TradeCursor after, int limit) const;
    // Counts rows arriving at the end and keeps the keys paging needs.
    void appendKeys(const QList<Row> &rows);
    // The row, from the cache or read with its block; null when unreadable.
    const Row *rowAt(int row) const;
    void cacheBlock(int block, QList<Row> rows) const;
    Row compact(const Trade &trade) const;
    bool parseDateText(const QString &text, QDate *date, QString *error) const;

    QPointer<LedgerController> m_ledger;
    ledger::TradeFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    int m_rows = 0; // loaded so far
    QList<Key> m_blockEnds; // the last row of each whole block
    Key m_lastKey; // the last row loaded
    mutable QHash<int, QList<Row>> m_blocks; // rows of the blocks read lately
    mutable QList<int> m_blockUse; // least recently used first
    mutable QStringList m_categories{QString()};
    mutable QHash<QString, std::uint16_t> m_categoryIndex{{QString(), 0}};
    bool m_atEnd = true;
    bool m_resetting = false;
    bool m_fetching = false;
    mutable QString m_error;
    qint64 m_total = -1;
    quint64 m_countRequest = 0;
    QHash<std::int64_t, QString> m_names;
    QString m_fromText;
    QString m_toText;
    QString m_fromError;
    QString m_toError;
};

} // namespace mycelium
