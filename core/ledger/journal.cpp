// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/journal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QtEndian>

#include <charconv>

#include <sodium.h>

namespace mycelium {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::journal", text);
}
} // namespace

CanonicalWriter::CanonicalWriter(QByteArrayView kindUtf8)
{
    m_bytes = QByteArrayLiteral("mycelium-journal-1");
    m_bytes.reserve(256);
    add(kindUtf8);
}

CanonicalWriter &CanonicalWriter::add(QByteArrayView utf8)
{
    char length[4];
    qToBigEndian<quint32>(quint32(utf8.size()), length);
    m_bytes.append(length, 4);
    m_bytes.append(utf8.data(), utf8.size());
    return *this;
}

CanonicalWriter &CanonicalWriter::add(std::int64_t number)
{
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    return add(QByteArrayView(digits, end - digits));
}

namespace journal {

QByteArray hashOf(const QByteArray &previousHash, const QByteArray &body)
{
    QByteArray hash(kHashSize, '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kHashSize);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(previousHash.constData()), size_t(previousHash.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(body.constData()), size_t(body.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(hash.data()), kHashSize);
    return hash;
}

Result<std::int64_t> append(Database &db, const QDateTime &at, const QString &kind, const QByteArray &body, const QList<Posting> &postings,
                            QDate day)
{
    if (!postings.isEmpty() && !day.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A journal entry that moves credit needs the day it counts from."));
    std::int64_t sum = 0;
    for (const Posting &p : postings) {
        if (__builtin_add_overflow(sum, p.amount, &sum))
            return Error::make(ErrorCode::InvalidArgument, tr("The amounts of a journal entry are too large."));
    }
    if (sum != 0)
        return Error::make(ErrorCode::IntegrityViolation, tr("The postings of a journal entry do not sum to zero."));

    QByteArray previous(kHashSize, '\0');
    std::int64_t seq = 1;
    {
        auto last = db.prepare(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.error();
        if (last->next()) {
            seq = last->int64(0) + 1;
            previous = last->blob(1);
        }
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO journal (seq, at, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto s = insert->bind(1, seq).bind(2, at.toString(Qt::ISODate)).bind(3, kind).bind(4, body).bind(5, previous).bind(6, hashOf(previous, body)).exec(); !s)
        return s.error();

    if (postings.isEmpty())
        return seq;
    auto current = db.prepare(QStringLiteral("SELECT balance FROM account WHERE id = ?"));
    auto posting = db.prepare(QStringLiteral("INSERT INTO posting (journal_seq, account, day, amount, balance_after) VALUES (?, ?, ?, ?, ?)"));
    auto balance = db.prepare(QStringLiteral("UPDATE account SET balance = ? WHERE id = ?"));
    if (!current)
        return current.error();
    if (!posting)
        return posting.error();
    if (!balance)
        return balance.error();
    const QString dayText = day.toString(Qt::ISODate);
    for (const Posting &p : postings) {
        current->bind(1, p.account);
        if (!current->next())
            return current->error().value_or(Error::make(ErrorCode::IntegrityViolation, tr("Account %1 is missing.").arg(p.account)));
        std::int64_t after = 0;
        if (__builtin_add_overflow(current->int64(0), p.amount, &after))
            return Error::make(ErrorCode::InvalidArgument, tr("The balance of account %1 would overflow.").arg(p.account));
        (void)current->reset();
        if (auto s = posting->bind(1, seq).bind(2, p.account).bind(3, dayText).bind(4, p.amount).bind(5, after).exec(); !s)
            return s.error();
        (void)posting->reset();
        if (auto s = balance->bind(1, after).bind(2, p.account).exec(); !s)
            return s.error();
        (void)balance->reset();
    }
    return seq;
}

QString verifyChain(Database &db)
{
    auto entries = db.prepare(QStringLiteral("SELECT seq, body, prev_hash, hash FROM journal ORDER BY seq"));
    if (!entries)
        return entries.error().message;
    QByteArray previous(kHashSize, '\0');
    std::int64_t expectedSeq = 1;
    while (entries->next()) {
        const std::int64_t seq = entries->int64(0);
        if (seq != expectedSeq)
            return tr("Journal entry %1 is missing.").arg(expectedSeq);
        if (entries->blob(2) != previous)
            return tr("Journal entry %1 does not follow entry %2: the chain is broken.").arg(seq).arg(seq - 1);
        const QByteArray hash = hashOf(previous, entries->blob(1));
        if (entries->blob(3) != hash)
            return tr("Journal entry %1 was altered: its hash does not match its contents.").arg(seq);
        previous = hash;
        ++expectedSeq;
    }
    if (entries->error())
        return entries->error()->message;
    return {};
}

} // namespace journal
} // namespace mycelium
