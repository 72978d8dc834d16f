// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/membersearch.h"

#include <QRegularExpression>

#include <algorithm>

namespace mycelium {

namespace {

// Letters that Unicode does not decompose into a base letter and an accent.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x0111: // đ
        return QStringLiteral("d");
    case 0x00FE: // þ
        return QStringLiteral("th");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

bool isDigits(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The letters of `word` in order in `name`, the first one at the start of
// a word of the name. Returns 0 for no match; more when the letters are
// initials or close together.
int subsequenceScore(const QString &name, const QString &word)
{
    const auto atWordStart = [&name](qsizetype i) { return i == 0 || !name.at(i - 1).isLetterOrNumber(); };
    int best = 0;
    for (qsizetype start = 0; start < name.size(); ++start) {
        if (name.at(start) != word.at(0) || !atWordStart(start))
            continue;
        qsizetype position = start;
        int gaps = 0;
        int initials = 1;
        bool matched = true;
        for (qsizetype k = 1; k < word.size(); ++k) {
            const qsizetype found = name.indexOf(word.at(k), position + 1);
            if (found < 0) {
                matched = false;
                break;
            }
            gaps += int(found - position - 1);
            if (atWordStart(found))
                ++initials;
            position = found;
        }
        if (!matched)
            continue;
        const int score = initials == word.size() ? 250 : std::max(20, 200 - 5 * gaps);
        best = std::max(best, score);
    }
    return best;
}

} // namespace

QString MemberSearch::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toCaseFolded();
        if (const QString spelled = spelledOut(lower); !spelled.isEmpty())
            folded += spelled;
        else
            folded += lower;
    }
    return folded;
}

QStringList MemberSearch::words(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;·#]+"));
    return fold(query).split(separators, Qt::SkipEmptyParts);
}

int MemberSearch::scoreWord(const QString &foldedName, const QStringList &nameWords, std::int64_t number, const QString &word)
{
    if (isDigits(word)) {
        const QString digits = QString::number(number);
        if (digits == word)
            return 1000;
        if (digits.startsWith(word))
            return 600 - 10 * int(std::min<qsizetype>(digits.size() - word.size(), 20));
        // A name may hold digits too ("Hall 2"): fall through.
    }
    if (foldedName.startsWith(word))
        return 500;
    for (const QString &nameWord : nameWords) {
        if (nameWord.startsWith(word))
            return 400;
    }
    if (const qsizetype at = foldedName.indexOf(word); at >= 0)
        return 300 - int(std::min<qsizetype>(at, 50));
    return subsequenceScore(foldedName, word);
}

int MemberSearch::score(const Candidate &candidate, const QString &query)
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty())
        return 0;
    const QString foldedName = fold(candidate.name);
    static const QRegularExpression nonLetters(QStringLiteral("[^\\w]+"));
    const QStringList nameWords = foldedName.split(nonLetters, Qt::SkipEmptyParts);
    int total = 0;
    for (const QString &word : queryWords) {
        const int s = scoreWord(foldedName, nameWords, candidate.number, word);
        if (s == 0)
            return 0;
        total += s;
    }
    // "ana ben" typed as the name starts: better than the words elsewhere.
    const QString joined = queryWords.join(QLatin1Char(' '));
    if (queryWords.size() > 1 && foldedName.startsWith(joined))
        total += 100;
    return total;
}

QList<int> MemberSearch::rank(const QList<Candidate> &candidates, const QString &query, int limit)
{
    QList<int> order;
    if (words(query).isEmpty()) {
        for (int i = 0; i < candidates.size(); ++i)
            order.append(i);
    } else {
        QList<int> scores(candidates.size(), 0);
        for (int i = 0; i < candidates.size(); ++i) {
            scores[i] = score(candidates.at(i), query);
            if (scores[i] > 0)
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if (scores[a] != scores[b])
                return scores[a] > scores[b];
            if (candidates[a].active != candidates[b].active)
                return candidates[a].active;
            return candidates[a].number < candidates[b].number;
        });
    }
    if (limit > 0 && order.size() > limit)
        order.resize(limit);
    return order;
}

} // namespace mycelium
