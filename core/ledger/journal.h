// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace mycelium {

class Database;

// The canonical bytes of a journal entry: a format tag, the entry kind and
// then each field as a 4-byte big-endian length followed by its UTF-8 bytes.
// Integers are written in decimal. Nothing is ambiguous, so equal bytes mean
// equal entries and any neighbour can recompute the hash.
class CanonicalWriter
{
public:
    explicit CanonicalWriter(QByteArrayView kindUtf8);
    explicit CanonicalWriter(const QString &kind) : CanonicalWriter(QByteArrayView(kind.toUtf8())) { }
    CanonicalWriter &add(const QString &text) { return add(QByteArrayView(text.toUtf8())); }
    CanonicalWriter &add(QByteArrayView utf8); // text already in UTF-8 (the bulk writer's)
    CanonicalWriter &add(const QByteArray &utf8) { return add(QByteArrayView(utf8)); }
    CanonicalWriter &add(std::int64_t number);
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct Posting {
    std::int64_t account = 0;
    std::int64_t amount = 0; // minor units; the postings of one entry sum to zero
};

// The append-only journal. hash = BLAKE2b-256(prev_hash || body); the first
// entry's prev_hash is 32 zero bytes.
namespace journal {

inline constexpr int kHashSize = 32;

// Appends one entry with its postings, and moves the cached balances. Must
// run inside the caller's transaction. Returns the new sequence number.
// `day` is the first day whose balances include the postings (required
// when there are postings).
Result<std::int64_t> append(Database &db, const QDateTime &at, const QString &kind, const QByteArray &body,
                            const QList<Posting> &postings, QDate day = {});

QByteArray hashOf(const QByteArray &previousHash, const QByteArray &body);

// Recomputes the chain from the first entry. Empty when intact; otherwise
// names the first entry that does not match.
QString verifyChain(Database &db);

} // namespace journal
} // namespace mycelium
