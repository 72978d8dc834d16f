// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/passphrasepolicy.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::PassphrasePolicy", text);
}

// Characters that follow the previous one by +1/-1 ("abc", "321") or repeat
// it ("aaa") add almost nothing; count them at one bit.
int predictableCharacters(const QString &text)
{
    int count = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const int step = text.at(i).unicode() - text.at(i - 1).unicode();
        if (step == 0 || step == 1 || step == -1)
            ++count;
    }
    return count;
}

bool isCommon(const QString &lower)
{
    static const QSet<QString> common = {
        QStringLiteral("password"), QStringLiteral("passwort"), QStringLiteral("motdepasse"), QStringLiteral("contraseña"),
        QStringLiteral("qwertyuiop"), QStringLiteral("azertyuiop"), QStringLiteral("1234567890"), QStringLiteral("0987654321"),
        QStringLiteral("letmein"), QStringLiteral("iloveyou"), QStringLiteral("community"), QStringLiteral("mycelium"),
        QStringLiteral("welcome"), QStringLiteral("admin"), QStringLiteral("trustno1"), QStringLiteral("football"),
    };
    for (const QString &word : common) {
        if (lower.contains(word) && word.size() * 2 >= lower.size())
            return true;
    }
    return false;
}

} // namespace

PassphraseVerdict assessPassphrase(const QString &passphrase)
{
    PassphraseVerdict verdict;
    const QString text = passphrase;
    const int length = int(text.size());

    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : text) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const int predictable = predictableCharacters(text);
    const double perChar = pool > 1 ? std::log2(double(pool)) : 1.0;
    double bits = (length - predictable) * perChar + predictable;
    if (isCommon(text.toLower()))
        bits = std::min(bits, 20.0);
    verdict.estimatedBits = int(bits);

    if (length < kMinimumPassphraseLength) {
        verdict.strength = PassphraseVerdict::TooShort;
        verdict.hint = tr("Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.").arg(kMinimumPassphraseLength);
    } else if (bits < 45) {
        verdict.strength = PassphraseVerdict::Weak;
        verdict.hint = tr("Too easy to guess: avoid common words, repeats and sequences; add another unrelated word.");
    } else if (bits < 60) {
        verdict.strength = PassphraseVerdict::Fair;
        verdict.hint = tr("Fair. Another word or two would make it strong.");
    } else if (bits < 80) {
        verdict.strength = PassphraseVerdict::Strong;
        verdict.hint = tr("Strong.");
    } else {
        verdict.strength = PassphraseVerdict::VeryStrong;
        verdict.hint = tr("Very strong.");
    }
    verdict.acceptable = verdict.strength >= PassphraseVerdict::Fair;
    return verdict;
}

} // namespace mycelium
