// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace mycelium {

// Finding a member at the hall from what someone types: a member number or
// a part of a name, instantly, forgiving case and accents.
//
// The query is cut into words; a member matches when every word matches:
//  - a word of digits matches the member number it starts (12 finds 12,
//    120, 1234; the exact number ranks first);
//  - any other word is compared with the name after folding both (case,
//    accents and the letters ø, æ, œ, ß, ł, đ, þ spelled out: "bjorn"
//    finds "Bjørn", "benitez" finds "Benítez"), and matches, best first,
//    as the start of the name, the start of one of its words, a part of
//    it, or its letters in order starting at a word (a subsequence: "abz"
//    finds "Ana Benítez", "ab" her initials).
// Ties go to active members, then to the lower number.
class MemberSearch
{
public:
    struct Candidate {
        std::int64_t number = 0;
        QString name;
        bool active = true;
    };

    // Lower case, without accents, ø→o, æ→ae and so on.
    static QString fold(const QString &text);
    // 0 when the candidate does not match; higher is better.
    static int score(const Candidate &candidate, const QString &query);
    // The indexes of the matching candidates, best first; all of them (in
    // the given order) for an empty query. limit <= 0: no limit.
    static QList<int> rank(const QList<Candidate> &candidates, const QString &query, int limit = 0);

private:
    static QStringList words(const QString &query);
    static int scoreWord(const QString &foldedName, const QStringList &nameWords, std::int64_t number, const QString &word);
};

} // namespace mycelium
