// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/tradelistmodel.h"
#include "ledger/ledgerbinding.h"

#include "members/members.h"

#include <memory>

namespace mycelium {

TradeListModel::TradeListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TradeListModel::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::ledgerChanged, this, &TradeListModel::reload);
        connect(controller, &LedgerController::tradesRecorded, this, &TradeListModel::reload);
    }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void TradeListModel::setMember(qint64 member)
{
    member = std::max<qint64>(-1, member);
    if (member == m_filter.member)
        return;
    m_filter.member = member;
    filterEdited();
}

void TradeListModel::setFrom(QDate from)
{
    if (from == m_filter.from)
        return;
    m_filter.from = from;
    filterEdited();
}

void TradeListModel::setTo(QDate to)
{
    if (to == m_filter.to)
        return;
    m_filter.to = to;
    filterEdited();
}

void TradeListModel::setCategory(const QString &category)
{
    if (category == m_filter.category)
        return;
    m_filter.category = category;
    filterEdited();
}

bool TradeListModel::parseDateText(const QString &text, QDate *date, QString *error) const
{
    error->clear();
    if (text.trimmed().isEmpty()) {
        *date = {};
        return true;
    }
    const QDate parsed = m_ledger ? m_ledger->parseDate(text) : QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid()) {
        *error = tr("“%1” is not a date: type it %2.").arg(text.trimmed(), m_ledger ? m_ledger->dateFormatHint() : QStringLiteral("2026-03-14"));
        return false;
    }
    *date = parsed;
    return true;
}

void TradeListModel::setFromText(const QString &text)
{
    if (text == m_fromText)
        return;
    m_fromText = text;
    QDate date = m_filter.from;
    parseDateText(text, &date, &m_fromError);
    if (date != m_filter.from) {
        m_filter.from = date;
        filterEdited();
    } else {
        Q_EMIT filterChanged();
    }
}

void TradeListModel::setToText(const QString &text)
{
    if (text == m_toText)
        return;
    m_toText = text;
    QDate date = m_filter.to;
    parseDateText(text, &date, &m_toError);
    if (date != m_filter.to) {
        m_filter.to = date;
        filterEdited();
    } else {
        Q_EMIT filterChanged();
    }
}

QString TradeListModel::dateError() const
{
    if (!m_fromError.isEmpty())
        return m_fromError;
    if (!m_toError.isEmpty())
        return m_toError;
    if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.from > m_filter.to)
        return tr("The first day comes after the last day: no trade can match.");
    return {};
}

bool TradeListModel::filtered() const
{
    return m_filter.member >= 0 || m_filter.from.isValid() || m_filter.to.isValid() || !m_filter.category.isEmpty();
}

void TradeListModel::clearFilter()
{
    if (!filtered() && m_fromText.isEmpty() && m_toText.isEmpty())
        return;
    m_filter = {};
    m_fromText.clear();
    m_toText.clear();
    m_fromError.clear();
    m_toError.clear();
    filterEdited();
}

void TradeListModel::filterEdited()
{
    Q_EMIT filterChanged();
    reload();
}

void TradeListModel::setPageSize(int size)
{
    size = std::clamp(size, 1, 10000);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    Q_EMIT pageSizeChanged();
}

void TradeListModel::reload()
{
    m_names.clear();
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db) {
        if (auto list = members::list(*db)) {
            for (const Member &m : *list)
                m_names.insert(m.number, m.name);
        }
    }
    // Out with the old rows, in with the first page of the new ones (rather
    // than a reset, which Qt 6.4's ListView answers with warnings while it
    // is still making rows). Views and testers ask for more from inside
    // these signals; they get it when they scroll, not from in here.
    m_resetting = true;
    if (m_rows > 0) {
        beginRemoveRows({}, 0, m_rows - 1);
        m_rows = 0;
        m_blockEnds.clear();
        m_lastKey = {};
        m_blocks.clear();
        m_blockUse.clear();
        endRemoveRows();
    }
    m_error.clear();
    m_atEnd = db == nullptr;
    if (db) {
        QList<Row> page = loadAfter(*db, {}, m_pageSize);
        if (page.size() < m_pageSize)
            m_atEnd = true;
        if (!page.isEmpty()) {
            beginInsertRows({}, 0, int(page.size()) - 1);
            appendKeys(page);
            cacheBlock(0, page.mid(0, kBlockSize));
            endInsertRows();
        }
    }
    m_resetting = false;
    Q_EMIT countChanged();
    startCount();
}

void TradeListModel::startCount()
{
    const quint64 request = ++m_countRequest;
    const qint64 before = m_total;
    m_total = -1;
    if (before != -1)
        Q_EMIT totalCountChanged();
    if (!m_ledger || !m_ledger->database())
        return;
    // Counting a million rows takes a while: on the worker.
    auto total = std::make_shared<std::int64_t>(0);
    m_ledger->runInBackground(
        this,
        [filter = m_filter, total](Database &db) -> Status {
            auto counted = ledger::countTrades(db, filter);
            if (!counted)
                return counted.error();
            *total = *counted;
            return {};
        },
        [this, request, total](const Status &status) {
            if (request != m_countRequest || !status.ok())
                return;
            m_total = *total;
            Q_EMIT totalCountChanged();
        });
}

bool TradeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting && !m_fetching;
}

TradeListModel::Row TradeListModel::compact(const Trade &trade) const
{
    Row row;
    row.id = trade.id;
    row.amount = trade.amount;
    row.reverses = trade.reverses;
    row.date = trade.date;
    row.payer = std::int32_t(trade.payer);
    row.payee = std::int32_t(trade.payee);
    row.confirmation = trade.confirmation;
    row.memo = trade.memo;
    auto category = m_categoryIndex.constFind(trade.category);
    if (category == m_categoryIndex.cend() && m_categories.size() < 0xffff) {
        category = m_categoryIndex.insert(trade.category, std::uint16_t(m_categories.size()));
        m_categories.append(trade.category);
    }
    row.category = category == m_categoryIndex.cend() ? 0 : category.value();
    return row;
}

void TradeListModel::appendKeys(const QList<Row> &rows)
{
    for (const Row &row : rows) {
        if (++m_rows % kBlockSize == 0)
            m_blockEnds.append({row.date, row.id});
        m_lastKey = {row.date, row.id};
    }
}

QList<TradeListModel::Row> TradeListModel::loadAfter(Database &db, ledger::TradeCursor after, int limit) const
{
    auto page = ledger::trades(db, m_filter, limit, after);
    if (!page) {
        m_error = page.error().message;
        return {};
    }
    QList<Row> rows;
    rows.reserve(page->size());
    for (const Trade &trade : std::as_const(*page))
        rows.append(compact(trade));
    return rows;
}

void TradeListModel::cacheBlock(int block, QList<Row> rows) const
{
    m_blocks.insert(block, std::move(rows));
    m_blockUse.removeOne(block);
    m_blockUse.append(block);
    while (m_blockUse.size() > kCachedBlocks)
        m_blocks.remove(m_blockUse.takeFirst());
}

const TradeListModel::Row *TradeListModel::rowAt(int row) const
{
    const int block = row / kBlockSize;
    const qsizetype offset = row - qsizetype(block) * kBlockSize;
    auto cached = m_blocks.constFind(block);
    if (cached == m_blocks.cend() || offset >= cached->size()) {
        Database *db = m_ledger ? m_ledger->database() : nullptr;
        if (!db)
            return nullptr;
        const int first = block * kBlockSize;
        ledger::TradeCursor after;
        if (block > 0)
            after = {m_blockEnds.at(block - 1).date, m_blockEnds.at(block - 1).id};
        const int size = std::min(kBlockSize, m_rows - first);
        QList<Row> rows = loadAfter(*db, after, size);
        // The vault changed under the list: it reloads on the change itself.
        const Key expectedLast = block < m_blockEnds.size() ? m_blockEnds.at(block) : m_lastKey;
        if (rows.size() != size || rows.constLast().id != expectedLast.id)
            return nullptr;
        cacheBlock(block, std::move(rows));
        cached = m_blocks.constFind(block);
    } else if (m_blockUse.constLast() != block) {
        m_blockUse.removeOne(block);
        m_blockUse.append(block);
    }
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

void TradeListModel::fetchMore(const QModelIndex &parent)
{
    // Not again while a page is being announced: views and testers ask
    // from inside the insertion signals.
    if (parent.isValid() || m_atEnd || m_resetting || m_fetching)
        return;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db) {
        m_atEnd = true;
        return;
    }
    const int first = m_rows;
    QList<Row> page = loadAfter(*db, first > 0 ? ledger::TradeCursor{m_lastKey.date, m_lastKey.id} : ledger::TradeCursor{}, m_pageSize);
    if (page.size() < m_pageSize)
        m_atEnd = true;
    if (!page.isEmpty()) {
        m_fetching = true;
        beginInsertRows({}, first, first + int(page.size()) - 1);
        appendKeys(page);
        // Whole blocks of this page go to the cache; the rest is read when shown.
        for (int block = (first + kBlockSize - 1) / kBlockSize; (block + 1) * kBlockSize <= first + page.size(); ++block)
            cacheBlock(block, page.mid(block * kBlockSize - first, kBlockSize));
        endInsertRows();
        m_fetching = false;
    }
    Q_EMIT countChanged();
}

QString TradeListModel::nameOf(std::int64_t number) const
{
    if (number == kCommonsFund)
        return tr("Commons fund");
    return m_names.value(number, tr("Member %1").arg(number));
}

qint64 TradeListModel::tradeIdAt(int row) const
{
    const Row *found = row >= 0 && row < m_rows ? rowAt(row) : nullptr;
    return found ? found->id : -1;
}

QVariantMap TradeListModel::get(int row) const
{
    QVariantMap values;
    const QModelIndex at = index(row, 0);
    if (!at.isValid())
        return values;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return values;
}

int TradeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant TradeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_ledger)
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const Row &t = *row;
    switch (role) {
    case TradeIdRole:
        return qint64(t.id);
    case DateRole:
        return t.date;
    case DateTextRole:
        return m_ledger->formatDate(t.date);
    case PayerRole:
        return qint64(t.payer);
    case PayerNameRole:
        return nameOf(t.payer);
    case PayeeRole:
        return qint64(t.payee);
    case PayeeNameRole:
        return nameOf(t.payee);
    case AmountRole:
        return qint64(t.amount);
    case AmountTextRole:
        return m_ledger->formatMoney(t.amount);
    case Qt::DisplayRole:
    case MemoRole:
        return t.memo;
    case CategoryRole:
        return m_categories.at(t.category);
    case ConfirmationTextRole:
        switch (t.confirmation) {
        case TradeRequest::Confirmation::Pin:
            return tr("PIN");
        case TradeRequest::Confirmation::Coordinator:
            return tr("Coordinator");
        case TradeRequest::Confirmation::None:
            return tr("None");
        }
        return {};
    case ReversesRole:
        return qint64(t.reverses);
    case IsReversalRole:
        return t.reverses != 0;
    case AccessibleTextRole:
        return tr("Trade %1 on %2: %3 paid %4 %5 credits. %6 %7")
            .arg(QString::number(t.id), m_ledger->formatDate(t.date), nameOf(t.payer), nameOf(t.payee), m_ledger->formatMoney(t.amount),
                 m_categories.at(t.category), t.memo)
            .trimmed();
    default:
        return {};
    }
}

QHash<int, QByteArray> TradeListModel::roleNames() const
{
    return {
        {TradeIdRole, "tradeId"},
        {DateRole, "date"},
        {DateTextRole, "dateText"},
        {PayerRole, "payer"},
        {PayerNameRole, "payerName"},
        {PayeeRole, "payee"},
        {PayeeNameRole, "payeeName"},
        {AmountRole, "amount"},
        {AmountTextRole, "amountText"},
        {MemoRole, "memo"},
        {CategoryRole, "category"},
        {ConfirmationTextRole, "confirmationText"},
        {ReversesRole, "reverses"},
        {IsReversalRole, "isReversal"},
        {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace mycelium
