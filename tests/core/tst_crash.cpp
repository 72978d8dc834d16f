// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process that records trades (SIGKILL) at random moments, 50 times,
// and checks after each that every trade it reported is in the vault and
// that the vault verifies: synchronous=FULL and one transaction per trade
// must make a reported trade durable and a half-written one invisible.
#include "common/clock.h"
#include "ledger/ledger.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace mycelium;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
}

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedRecorderLosesNothingReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.vault"));
        const SystemClock clock;
        {
            auto vault = Vault::create(path, QStringLiteral("Crash Commons"), kPassphrase, clock, KdfParams::fastForTests());
            QVERIFY(vault);
            for (const char *name : {"Ana", "Ben", "Chen", "Dora"}) {
                // Generous lines so that no trade is refused for credit.
                auto m = members::add((*vault)->database(), {QString::fromLatin1(name), std::nullopt, {}, clock.today(), {}}, clock.now());
                QVERIFY(m);
            }
        }
        QRandomGenerator random(424242);
        std::int64_t highestReported = 0;
        for (int round = 0; round < 50; ++round) {
            QProcess recorder;
            recorder.start(QStringLiteral(MYCELIUM_CRASH_RECORDER), {path, kPassphrase});
            QVERIFY(recorder.waitForStarted());
            QByteArray out;
            while (!out.contains("ready\n")) {
                QVERIFY2(recorder.waitForReadyRead(10000), recorder.readAllStandardError().constData());
                out += recorder.readAllStandardOutput();
            }
            QTest::qWait(random.bounded(5, 60));
            ::kill(pid_t(recorder.processId()), SIGKILL);
            QVERIFY(recorder.waitForFinished(10000));
            out += recorder.readAllStandardOutput();
            QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);

            QList<std::int64_t> reported;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("recorded "))
                    reported << line.mid(9).toLongLong();
            }
            auto vault = Vault::openWithPassphrase(path, kPassphrase, clock);
            QVERIFY2(vault.ok(), qPrintable(vault ? QString() : vault.error().message));
            const std::int64_t stored = *(*vault)->database().scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM trade"));
            for (std::int64_t id : reported)
                QVERIFY2(ledger::trade((*vault)->database(), id).ok(), qPrintable(QStringLiteral("round %1: trade %2 was reported but is missing").arg(round).arg(id)));
            QVERIFY(stored >= (reported.isEmpty() ? highestReported : reported.last()));
            highestReported = stored;
            const auto problems = (*vault)->verify();
            QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        }
        QVERIFY(highestReported > 50);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
