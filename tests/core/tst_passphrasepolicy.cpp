// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/passphrasepolicy.h"

#include <QTest>

using namespace mycelium;

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grades_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("strength");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << int(PassphraseVerdict::TooShort) << false;
        QTest::newRow("short") << QStringLiteral("Tr0ub4d!") << int(PassphraseVerdict::TooShort) << false;
        QTest::newRow("sequence") << QStringLiteral("abcdefghijkl") << int(PassphraseVerdict::Weak) << false;
        QTest::newRow("repeat") << QStringLiteral("aaaaaaaaaaaaaaaa") << int(PassphraseVerdict::Weak) << false;
        QTest::newRow("common") << QStringLiteral("Password123") << int(PassphraseVerdict::Weak) << false;
        QTest::newRow("digits") << QStringLiteral("4829175036") << int(PassphraseVerdict::Weak) << false;
        QTest::newRow("one long word") << QStringLiteral("gardenhouse") << int(PassphraseVerdict::Fair) << true;
        QTest::newRow("two words") << QStringLiteral("garden ladder") << int(PassphraseVerdict::Strong) << true;
        QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << int(PassphraseVerdict::VeryStrong) << true;
    }

    void grades()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, strength);
        QFETCH(bool, acceptable);
        const PassphraseVerdict verdict = assessPassphrase(passphrase);
        QCOMPARE(int(verdict.strength), strength);
        QCOMPARE(verdict.acceptable, acceptable);
        QVERIFY(!verdict.hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
