// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The wrong-PIN limit: five wrong PINs in a row pause a member's PIN for
// five minutes; a right PIN, or the end of the pause, starts the count again.
#include "common/clock.h"
#include "members/members.h"
#include "members/pinattempts.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kAnaPin = QStringLiteral("2468");
const QString kBenPin = QStringLiteral("1357");
const QString kWrong = QStringLiteral("0000");
} // namespace

class TestPinAttempts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(10, 0))};
    std::unique_ptr<Vault> m_vault;
    int m_counter = 0;

    Database &db() { return m_vault->database(); }
    Status check(PinAttempts &attempts, std::int64_t number, const QString &pin)
    {
        return attempts.check(db(), number, pin, m_clock.now());
    }
    void wait(int seconds) { m_clock.set(m_clock.now().addSecs(seconds)); }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 3, 14), QTime(10, 0)));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("p%1.vault").arg(++m_counter)), QStringLiteral("Riverside"), kPassphrase,
                                   m_clock, KdfParams::fastForTests());
        QVERIFY(vault);
        m_vault = std::move(*vault);
        for (const auto &[name, pin] : {std::pair{QStringLiteral("Ana"), kAnaPin}, std::pair{QStringLiteral("Ben"), kBenPin},
                                        std::pair{QStringLiteral("Chen"), QString()}})
            QVERIFY(members::add(db(), {name, std::nullopt, {}, m_clock.today(), pin}, m_clock.now()));
    }

    void cleanup() { m_vault.reset(); }

    void fiveWrongPinsPauseTheMemberForFiveMinutes()
    {
        PinAttempts attempts;
        for (int i = 1; i < PinAttempts::kWrongInARow; ++i) {
            const Status wrong = check(attempts, 1, kWrong);
            QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
            QCOMPARE(wrong.error().message, QStringLiteral("The PIN is wrong."));
            QCOMPARE(attempts.triesLeft(1, m_clock.now()), PinAttempts::kWrongInARow - i);
        }
        QCOMPARE(attempts.secondsLocked(1, m_clock.now()), 0);
        const Status fifth = check(attempts, 1, kWrong);
        QCOMPARE(fifth.error().code, ErrorCode::WrongPassphrase);
        QVERIFY2(fifth.error().message.contains(QLatin1String("refused for 5 minutes")), qPrintable(fifth.error().message));
        QVERIFY2(fifth.error().message.contains(QLatin1String("Try again in 5 minutes")), qPrintable(fifth.error().message));
        QCOMPARE(attempts.secondsLocked(1, m_clock.now()), PinAttempts::kPauseSeconds);
        QCOMPARE(attempts.triesLeft(1, m_clock.now()), 0);

        // Even the right PIN is refused during the pause, with the time left.
        wait(4 * 60 + 20);
        const Status paused = check(attempts, 1, kAnaPin);
        QVERIFY(!paused);
        QVERIFY2(paused.error().message.contains(QLatin1String("Try again in 40 seconds")), qPrintable(paused.error().message));
        wait(39);
        QCOMPARE(attempts.secondsLocked(1, m_clock.now()), 1);
        QVERIFY(!check(attempts, 1, kAnaPin));
        // Another member is not paused.
        QVERIFY(check(attempts, 2, kBenPin));

        // Five minutes on: the PIN works, and five more tries are allowed.
        wait(1);
        QCOMPARE(attempts.secondsLocked(1, m_clock.now()), 0);
        QCOMPARE(attempts.triesLeft(1, m_clock.now()), PinAttempts::kWrongInARow);
        QVERIFY(check(attempts, 1, kAnaPin));
    }

    void aRightPinStartsTheCountAgain()
    {
        PinAttempts attempts;
        for (int i = 0; i < PinAttempts::kWrongInARow - 1; ++i)
            QVERIFY(!check(attempts, 1, kWrong));
        QVERIFY(check(attempts, 1, kAnaPin));
        QCOMPARE(attempts.triesLeft(1, m_clock.now()), PinAttempts::kWrongInARow);
        for (int i = 0; i < PinAttempts::kWrongInARow - 1; ++i)
            QVERIFY(!check(attempts, 1, kWrong));
        QCOMPARE(attempts.secondsLocked(1, m_clock.now()), 0);

        // After a pause has ended, the count starts from nothing as well.
        QVERIFY(!check(attempts, 1, kWrong));
        QVERIFY(attempts.secondsLocked(1, m_clock.now()) > 0);
        wait(PinAttempts::kPauseSeconds);
        for (int i = 0; i < PinAttempts::kWrongInARow - 1; ++i)
            QVERIFY(!check(attempts, 1, kWrong));
        QCOMPARE(attempts.secondsLocked(1, m_clock.now()), 0);
        attempts.forget(1);
        QCOMPARE(attempts.triesLeft(1, m_clock.now()), PinAttempts::kWrongInARow);
    }

    void onlyWrongPinsCount()
    {
        PinAttempts attempts;
        // Chen has no PIN and there is no member 9: refused, not counted.
        for (int i = 0; i < 2 * PinAttempts::kWrongInARow; ++i) {
            QCOMPARE(check(attempts, 3, kWrong).error().code, ErrorCode::WrongPassphrase);
            QCOMPARE(check(attempts, 9, kWrong).error().code, ErrorCode::InvalidArgument);
        }
        QCOMPARE(attempts.secondsLocked(3, m_clock.now()), 0);
        QCOMPARE(attempts.triesLeft(3, m_clock.now()), PinAttempts::kWrongInARow);
        QVERIFY(check(attempts, 3, kWrong).error().message.contains(QLatin1String("no PIN")));
    }

    void waitsInWords_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("words");
        QTest::newRow("five minutes") << 300 << QStringLiteral("5 minutes");
        QTest::newRow("rounded up") << 61 << QStringLiteral("2 minutes");
        QTest::newRow("one minute") << 60 << QStringLiteral("1 minute");
        QTest::newRow("seconds") << 59 << QStringLiteral("59 seconds");
        QTest::newRow("one second") << 1 << QStringLiteral("1 second");
    }

    void waitsInWords()
    {
        QFETCH(int, seconds);
        QFETCH(QString, words);
        QCOMPARE(PinAttempts::waitText(seconds), words);
    }
};

QTEST_GUILESS_MAIN(TestPinAttempts)
#include "tst_pinattempts.moc"
