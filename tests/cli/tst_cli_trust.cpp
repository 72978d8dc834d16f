// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mycelium-cli on trust's commands: a member's profile, the
// community's depth, pattern alerts and their review, concerns, and the
// graduated sanctions with their effect on trades and redemption; what
// they print, their exit codes and what the vault holds afterwards.
#include "clifixture.h"

#include "storage/database.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mycelium;
using namespace mycelium::test;

namespace {
const QString kMarch = QStringLiteral("2026-03-01");
}

class TestCliTrust : public QObject, public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { makeTemplates(); }
    void init()
    {
        startTest();
        useTemplate(QStringLiteral("people.vault"));
    }
    void cleanup() { endTest(); }

    void trustShow();
    void flags();
    void alerts();
    void sanctionsAndTheLedger();
    void redemption();
    void depth();
    void badArguments_data();
    void badArguments();
    void refusals();
    void helpListsTheCommands();

private:
    QString ok(const QStringList &arguments, const QString &today = kMarch)
    {
        const CliRun result = run(arguments, today);
        if (result.exitCode != 0 || !result.err.isEmpty())
            qWarning("%s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode, qPrintable(result.err));
        return result.exitCode == 0 ? result.out : QString();
    }
    QJsonObject json(const QStringList &arguments, const QString &today = kMarch) { return parseObject(ok(arguments + L({"--json"}), today)); }
    void trade(const char *from, const char *to, const char *amount, const char *date)
    {
        QVERIFY(!ok(L({"trade", "--from", from, "--to", to, "--amount", amount, "--memo", "help", "--date", date})).isEmpty());
    }
    std::int64_t count(const QString &sql)
    {
        auto vault = openVault();
        return *vault->database().scalar(sql);
    }
};

void TestCliTrust::trustShow()
{
    trade("1", "2", "10", "2026-02-01");
    trade("2", "1", "5", "2026-02-02");
    const QString text = ok(L({"trust", "show", "1"}));
    QVERIFY2(text.contains(QStringLiteral("Trust profile of Ada Lovelace (member 1), as of 2026-03-01")), qPrintable(text));
    for (const char *section : {"Contribution", "Reliability", "Reciprocity", "Ecological impact", "Longevity", "Vouching", "Score 1.016 = success 1.000 × ecological 1.000 × longevity 1.016"})
        QVERIFY2(text.contains(QString::fromUtf8(section)), section);
    QVERIFY(text.contains(QStringLiteral("50.0 %"))); // gave 10, received 5
    const QJsonObject p = json(L({"trust", "show", "1"}));
    QCOMPARE(p.value(QLatin1String("number")).toInt(), 1);
    const QJsonObject score = p.value(QLatin1String("score")).toObject();
    QCOMPARE(score.value(QLatin1String("successPermille")).toInt(), 1000);
    QCOMPARE(score.value(QLatin1String("scorePermille")).toInt(), 1016); // two months a member
    QCOMPARE(score.value(QLatin1String("total")).toInt(), 2);
    QCOMPARE(p.value(QLatin1String("reciprocity")).toObject().value(QLatin1String("creditsGiven")).toString(), QStringLiteral("10.00"));
    QCOMPARE(p.value(QLatin1String("reliability")).toObject().value(QLatin1String("trades")).toInt(), 2);
    // Cleo has no history: no score, said in words.
    QVERIFY(ok(L({"trust", "show", "3"})).contains(QStringLiteral("No score yet")));
    QVERIFY(json(L({"trust", "show", "3"})).value(QLatin1String("score")).toObject().value(QLatin1String("scorePermille")).isNull());
    verifyUsageError(run(L({"trust", "show", "9"}), kMarch), QStringLiteral("no member number 9"));
}

void TestCliTrust::flags()
{
    QVERIFY(ok(L({"flag", "--member", "2", "--reason", "Kept the ladder for weeks", "--by", "1"})).contains(QStringLiteral("Concern 1 about Bob")));
    QVERIFY(ok(L({"flag", "--member", "3", "--reason", "Rude at the hall"})).contains(QStringLiteral("the coordinator")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'trust_flag'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE instr(body, CAST('ladder' AS BLOB)) > 0")), 0);
    const QString list = ok(L({"flag", "list"}));
    QVERIFY(list.contains(QStringLiteral("Kept the ladder for weeks")));
    QJsonArray open = json(L({"flag", "list"})).value(QLatin1String("flags")).toArray();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.first().toObject().value(QLatin1String("reporter")).toInt(), 1);
    QVERIFY(open.last().toObject().value(QLatin1String("reporter")).isNull());
    QVERIFY(ok(L({"flag", "resolve", "1", "--resolution", "Returned it after a talk"})).contains(QStringLiteral("Concern 1 resolved")));
    QCOMPARE(json(L({"flag", "list"})).value(QLatin1String("flags")).toArray().size(), 1);
    QCOMPARE(json(L({"flag", "list", "--all"})).value(QLatin1String("flags")).toArray().size(), 2);
    QVERIFY(ok(L({"flag", "list", "--all"})).contains(QStringLiteral("Returned it after a talk")));
    const CliRun again = run(L({"flag", "resolve", "1", "--resolution", "again"}), kMarch);
    QCOMPARE(again.exitCode, 4);
    verifyOneLineError(again);
    verifyUsageError(run(L({"flag", "resolve", "7", "--resolution", "x"}), kMarch), QStringLiteral("no concern 7"));
    verifyUsageError(run(L({"flag", "--member", "9", "--reason", "x"}), kMarch), QStringLiteral("no member number 9"));
    verifyUsageError(run(L({"flag", "--member", "2", "--reason", "x", "--by", "9"}), kMarch), QStringLiteral("no member number 9"));
    const CliRun self = run(L({"flag", "--member", "2", "--reason", "x", "--by", "2"}), kMarch);
    QCOMPARE(self.exitCode, 4);
}

void TestCliTrust::alerts()
{
    for (int i = 0; i < 4; ++i) {
        const QByteArray day = QStringLiteral("2026-02-%1").arg(10 + i).toLatin1();
        trade("1", "2", "10", day.constData());
        trade("2", "1", "10", day.constData());
    }
    const QString text = ok(L({"trust", "alerts"}));
    QVERIFY2(text.contains(QStringLiteral("The scan raised 1 new alerts.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ring")));
    const QJsonArray listed = json(L({"trust", "alerts"})).value(QLatin1String("alerts")).toArray();
    QCOMPARE(listed.size(), 1);
    const QJsonObject ring = listed.first().toObject();
    QCOMPARE(ring.value(QLatin1String("kind")).toString(), QStringLiteral("ring"));
    QCOMPARE(ring.value(QLatin1String("member")).toInt(), 1);
    QCOMPARE(ring.value(QLatin1String("other")).toInt(), 2);
    QVERIFY(ok(L({"alert", "review", "1", "--text", "Sharing a car; fine"})).contains(QStringLiteral("Alert 1 reviewed")));
    QCOMPARE(ok(L({"trust", "alerts"})), QStringLiteral("No open alerts.\n"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM trust_alert")), 1);
    QCOMPARE(run(L({"alert", "review", "1", "--text", "again"}), kMarch).exitCode, 4);
    verifyUsageError(run(L({"alert", "review", "5", "--text", "x"}), kMarch), QStringLiteral("no alert 5"));
}

void TestCliTrust::sanctionsAndTheLedger()
{
    const QString applied = ok(L({"sanction", "--member", "2", "--level", "reduced", "--reason", "Unpaid debts", "--review", "2026-04-01"}));
    QVERIFY2(applied.contains(QStringLiteral("Bob (member 2): reduced (was none), review on 2026-04-01")), qPrintable(applied));
    // The line is 1,000 credits, halved: 600 is refused, 500 accepted.
    const CliRun refused = run(L({"trade", "--from", "2", "--to", "1", "--amount", "600", "--memo", "x"}), kMarch);
    QCOMPARE(refused.exitCode, 4);
    trade("2", "1", "500", "2026-03-01");
    QVERIFY(ok(L({"sanction", "--member", "3", "--level", "suspended", "--reason", "Mediation needed", "--review", "2026-05-01"})).contains(QStringLiteral("suspended")));
    QCOMPARE(run(L({"trade", "--from", "1", "--to", "3", "--amount", "1", "--memo", "x"}), kMarch).exitCode, 4);
    const QJsonArray queue = json(L({"sanction", "list"})).value(QLatin1String("sanctions")).toArray();
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue.first().toObject().value(QLatin1String("member")).toInt(), 2); // the earlier review first
    QCOMPARE(queue.first().toObject().value(QLatin1String("redemptionEarned")).toBool(), false);
    QVERIFY(ok(L({"sanction", "list"})).contains(QStringLiteral("Mediation needed")));
    QVERIFY(ok(L({"sanction", "--member", "3", "--level", "none", "--reason", "Mediation done"})).contains(QStringLiteral("sanction lifted")));
    trade("1", "3", "1", "2026-03-01");
    const QJsonObject history = json(L({"sanction", "history", "3"}));
    QCOMPARE(history.value(QLatin1String("current")).toString(), QStringLiteral("none"));
    const QJsonArray steps = history.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.last().toObject().value(QLatin1String("previous")).toString(), QStringLiteral("suspended"));
    QVERIFY(steps.last().toObject().value(QLatin1String("reviewOn")).isNull());
    QVERIFY(ok(L({"sanction", "history", "3"})).contains(QStringLiteral("suspended → none")));
    QVERIFY(ok(L({"sanction", "history", "1"})).contains(QStringLiteral("never been sanctioned")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'sanction'")), 3);
    QVERIFY(ok(L({"verify"})).contains(QStringLiteral("trust.sanctions")));
}

void TestCliTrust::redemption()
{
    QVERIFY(!ok(L({"sanction", "--member", "2", "--level", "reduced", "--reason", "Late returns", "--review", "2026-04-01"})).isEmpty());
    QVERIFY(!ok(L({"tool", "add", "Drill", "--tag", "D1"})).isEmpty());
    for (const char *day : {"2026-03-02", "2026-03-10", "2026-03-20"}) {
        QVERIFY(!ok(L({"tool", "checkout", "D1", "--member", "2", "--date", day}), QStringLiteral("2026-03-30")).isEmpty());
        QVERIFY(!ok(L({"tool", "return", "D1", "--date", day}), QStringLiteral("2026-03-30")).isEmpty());
    }
    QCOMPARE(ok(L({"sanction", "redeem"}), QStringLiteral("2026-03-31")), QStringLiteral("No sanction is redeemed today.\n"));
    const QString redeemed = ok(L({"sanction", "redeem"}), QStringLiteral("2026-04-01"));
    QVERIFY2(redeemed.contains(QStringLiteral("Bob (member 2): reduced → warning (Redemption: 3 contributions since 2026-03-01), review on 2026-05-01.")),
             qPrintable(redeemed));
    QCOMPARE(json(L({"sanction", "history", "2"}), QStringLiteral("2026-04-01")).value(QLatin1String("steps")).toArray().last().toObject().value(
                 QLatin1String("appliedBy")).toString(),
             QStringLiteral("redemption"));
}

void TestCliTrust::depth()
{
    trade("1", "2", "10", "2026-02-01");
    trade("2", "1", "10", "2026-02-02");
    trade("3", "1", "10", "2026-02-03");
    QVERIFY(!ok(L({"flag", "--member", "2", "--reason", "x"})).isEmpty());
    const QJsonObject d = json(L({"trust", "depth"}));
    QCOMPARE(d.value(QLatin1String("from")).toString(), QStringLiteral("2025-04-01"));
    QCOMPARE(d.value(QLatin1String("tradingMembers")).toInt(), 3);
    QCOMPARE(d.value(QLatin1String("distinctPairs")).toInt(), 2);
    QCOMPARE(d.value(QLatin1String("concernsRaised")).toInt(), 1);
    QCOMPARE(d.value(QLatin1String("resolutionPermille")).toInt(), 0);
    QCOMPARE(d.value(QLatin1String("gratitude")).toArray().size(), 12);
    const QString text = ok(L({"trust", "depth"}));
    QVERIFY2(text.contains(QStringLiteral("Depth from 2025-04-01 to 2026-03-01")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Gratitude notes")));
}

void TestCliTrust::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("show without member") << L({"trust", "show"}) << QStringLiteral("member number");
    QTest::newRow("show not a number") << L({"trust", "show", "x"}) << QStringLiteral("'x'");
    QTest::newRow("trust alone") << L({"trust"}) << QStringLiteral("trust");
    QTest::newRow("unknown trust word") << L({"trust", "score"}) << QStringLiteral("trust score");
    QTest::newRow("flag without reason") << L({"flag", "--member", "2"}) << QStringLiteral("--reason");
    QTest::newRow("flag without member") << L({"flag", "--reason", "x"}) << QStringLiteral("--member");
    QTest::newRow("flag empty reason") << L({"flag", "--member", "2", "--reason", " "}) << QStringLiteral("--reason");
    QTest::newRow("flag bad by") << L({"flag", "--member", "2", "--reason", "x", "--by", "Ann"}) << QStringLiteral("--by");
    QTest::newRow("flag stray word") << L({"flag", "2"}) << QStringLiteral("flag 2");
    QTest::newRow("resolve without resolution") << L({"flag", "resolve", "1"}) << QStringLiteral("--resolution");
    QTest::newRow("review without text") << L({"alert", "review", "1"}) << QStringLiteral("--text");
    QTest::newRow("review bad id") << L({"alert", "review", "x", "--text", "y"}) << QStringLiteral("'x'");
    QTest::newRow("bad level") << L({"sanction", "--member", "2", "--level", "banned", "--reason", "x", "--review", "2026-04-01"})
                               << QStringLiteral("--level");
    QTest::newRow("no level") << L({"sanction", "--member", "2", "--reason", "x"}) << QStringLiteral("--level");
    QTest::newRow("no reason") << L({"sanction", "--member", "2", "--level", "warning", "--review", "2026-04-01"}) << QStringLiteral("--reason");
    QTest::newRow("no review") << L({"sanction", "--member", "2", "--level", "warning", "--reason", "x"}) << QStringLiteral("review date");
    QTest::newRow("review for none") << L({"sanction", "--member", "2", "--level", "none", "--reason", "x", "--review", "2026-04-01"})
                                     << QStringLiteral("no review date");
    QTest::newRow("bad review day") << L({"sanction", "--member", "2", "--level", "warning", "--reason", "x", "--review", "2026-02-30"})
                                    << QStringLiteral("--review");
    QTest::newRow("unknown member") << L({"sanction", "--member", "9", "--level", "warning", "--reason", "x", "--review", "2026-04-01"})
                                    << QStringLiteral("no member number 9");
    QTest::newRow("history unknown member") << L({"sanction", "history", "9"}) << QStringLiteral("no member number 9");
    QTest::newRow("all elsewhere") << L({"sanction", "list", "--all"}) << QStringLiteral("--all");
}

void TestCliTrust::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    verifyUsageError(run(arguments, kMarch), named);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM member_sanction")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM trust_flag")), 0);
}

void TestCliTrust::refusals()
{
    // A review date that is not after today; the level the member is at.
    const CliRun past = run(L({"sanction", "--member", "2", "--level", "warning", "--reason", "x", "--review", "2026-02-01"}), kMarch);
    QCOMPARE(past.exitCode, 4);
    verifyOneLineError(past);
    QVERIFY(past.err.contains(QStringLiteral("review date after 2026-03-01")));
    const CliRun lifted = run(L({"sanction", "--member", "2", "--level", "none", "--reason", "x"}), kMarch);
    QCOMPARE(lifted.exitCode, 4);
    QVERIFY(lifted.err.contains(QStringLiteral("already")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM member_sanction")), 0);
}

void TestCliTrust::helpListsTheCommands()
{
    const QString help = ok(L({"--help"}));
    for (const char *command : {"trust show N", "trust depth", "trust alerts", "alert review ID", "flag --member N", "flag list", "flag resolve ID",
                                "sanction --member N", "sanction list", "sanction history N", "sanction redeem"})
        QVERIFY2(help.contains(QLatin1String(command)), command);
}

QTEST_GUILESS_MAIN(TestCliTrust)
#include "tst_cli_trust.moc"
