// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mycelium-cli on the skills exchange's commands: listings,
// search, matching, the vocabulary, the community's rate, vouching,
// sessions and their trades, feedback and the gratitude wall, the import of
// listings, a member's own tool and the demo; what they print, their exit
// codes and what the vault holds afterwards.
#include "clifixture.h"

#include "ledger/ledger.h"
#include "members/members.h"
#include "skills/skills.h"
#include "storage/database.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace mycelium;
using namespace mycelium::test;

class TestCliSkills : public QObject, public CliFixture
{
    Q_OBJECT

    QString ok(const QStringList &arguments)
    {
        const CliRun result = run(arguments);
        if (result.exitCode != 0 || !result.err.isEmpty())
            qWarning("%s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode, qPrintable(result.err));
        return result.exitCode == 0 ? result.out : QString();
    }
    QJsonObject json(const QStringList &arguments) { return parseObject(ok(arguments + L({"--json"}))); }
    void verifyVault()
    {
        auto vault = openVault();
        QVERIFY(vault);
        const auto problems = runIntegrityChecks(vault->database());
        QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    }

private Q_SLOTS:
    void initTestCase() { makeTemplates(); }
    void init() { startTest(); }
    void cleanup() { endTest(); }

    void offerWantSearchAndList()
    {
        useTemplate(QStringLiteral("people.vault"));
        QVERIFY(ok(L({"skill", "tag", "Welding", "--synonyms", "metalwork,metal work"})).contains(QLatin1String("Curated the tag welding")));
        QVERIFY(ok(L({"skill", "offer", "--member", "1", "--tags", "metalwork,painting", "--text", "Gates and railings", "--rate", "12.50", "--days",
                      "mon,wed", "--note", "evenings", "--level", "expert", "--mentor", "--expires", "2026-06-01"}))
                    .contains(QLatin1String("Listed offer 1")));
        QVERIFY(!ok(L({"skill", "want", "--member", "2", "--tags", "welding", "--text", "A gate fixed", "--days", "wed"})).isEmpty());
        QVERIFY(!ok(L({"skill", "want", "--member", "3", "--tags", "welding", "--text", "Learn to weld", "--level", "beginner", "--learn"})).isEmpty());
        const QJsonArray found = json(L({"skill", "search", "metal"})).value(QLatin1String("listings")).toArray();
        QCOMPARE(found.size(), 3);
        const QJsonArray offers = json(L({"skill", "search", "weld", "--kind", "offer"})).value(QLatin1String("listings")).toArray();
        QCOMPARE(offers.size(), 1);
        const QJsonObject offer = offers.first().toObject();
        QCOMPARE(offer.value(QLatin1String("tags")).toArray().size(), 2);
        QCOMPARE(offer.value(QLatin1String("rate")).toString(), QStringLiteral("12.50"));
        QCOMPARE(offer.value(QLatin1String("days")).toString(), QStringLiteral("Mon, Wed"));
        QCOMPARE(offer.value(QLatin1String("level")).toString(), QStringLiteral("expert"));
        QVERIFY(offer.value(QLatin1String("mentoring")).toBool());
        QCOMPARE(json(L({"skill", "search", "", "--tag", "metalwork"})).value(QLatin1String("listings")).toArray().size(), 3);
        // Hostile input is only words.
        for (const char *text : {"\"", "c++", "x-y", "(", "NEAR", "a OR b", "*"}) {
            const CliRun r = run(L({"skill", "search", text}));
            QCOMPARE(r.exitCode, 0);
        }
        QCOMPARE(json(L({"skill", "list", "--member", "2"})).value(QLatin1String("listings")).toArray().size(), 1);
        QVERIFY(ok(L({"skill", "withdraw", "2"})).contains(QLatin1String("Withdrew")));
        QCOMPARE(json(L({"skill", "list", "--member", "2"})).value(QLatin1String("listings")).toArray().size(), 0);
        QCOMPARE(run(L({"skill", "withdraw", "2"})).exitCode, 4);
        const QJsonArray tags = json(L({"skill", "tags"})).value(QLatin1String("tags")).toArray();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("welding"));
        QCOMPARE(tags.at(1).toObject().value(QLatin1String("synonyms")).toArray().size(), 2);
        QVERIFY(ok(L({"skill", "tags"})).contains(QLatin1String("metalwork")));
        QVERIFY(ok(L({"skill", "search", "nothing-like-this"})).contains(QLatin1String("No listings")));
        verifyVault();
    }

    void matchExplainsItself()
    {
        useTemplate(QStringLiteral("people.vault"));
        ok(L({"skill", "offer", "--member", "1", "--tags", "sewing", "--text", "Hems", "--days", "mon"}));
        ok(L({"skill", "offer", "--member", "3", "--tags", "sewing", "--text", "Mending"}));
        ok(L({"skill", "want", "--member", "2", "--tags", "sewing", "--text", "Trousers", "--days", "mon,tue"}));
        const QJsonArray matches = json(L({"skill", "match", "3"})).value(QLatin1String("matches")).toArray();
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).toObject().value(QLatin1String("member")).toInt(), 3); // two shared days
        QVERIFY(matches.at(0).toObject().value(QLatin1String("reason")).toString().contains(QLatin1String("both tagged sewing")));
        QVERIFY(ok(L({"skill", "match", "3"})).contains(QLatin1String("both tagged sewing")));
        verifyUsageError(run(L({"skill", "match", "99"})), QStringLiteral("no skill listing 99"));
    }

    void sessionsRecordTheirTrade()
    {
        useTemplate(QStringLiteral("people.vault"));
        QVERIFY(ok(L({"skill", "rate"})).contains(QLatin1String("10")));
        QVERIFY(ok(L({"skill", "rate", "12"})).contains(QLatin1String("12")));
        QVERIFY(ok(L({"session", "add", "--provider", "1", "--receiver", "2", "--hours", "1:30", "--text", "Fixing a gate"}))
                    .contains(QLatin1String("Session 1 planned")));
        QVERIFY(!ok(L({"session", "add", "--provider", "3", "--receiver", "2", "--hours", "2", "--text", "Sewing", "--rate", "5", "--on", "2026-01-05",
                       "--mentoring"}))
                     .isEmpty());
        QVERIFY(!ok(L({"session", "add", "--provider", "3", "--receiver", "1", "--hours", "0.5", "--text", "Tea"})).isEmpty());
        const QJsonArray planned = json(L({"session", "list", "--state", "planned"})).value(QLatin1String("sessions")).toArray();
        QCOMPARE(planned.size(), 3);
        QVERIFY(ok(L({"session", "complete", "1", "--feedback", "Great", "--thanks", "Thank you Ada!"})).contains(QLatin1String("Completed session 1")));
        QCOMPARE(run(L({"session", "complete", "1"})).exitCode, 4);
        QVERIFY(ok(L({"session", "cancel", "2", "--by", "receiver"})).contains(QLatin1String("Cancelled session 2")));
        QCOMPARE(run(L({"session", "complete", "2"})).exitCode, 4);
        QVERIFY(!ok(L({"session", "feedback", "1", "--member", "1", "--thanks", "Thanks for the tea, Bob"})).isEmpty());
        QCOMPARE(run(L({"session", "feedback", "1", "--member", "3", "--feedback", "x"})).exitCode, 4);
        const QJsonArray mine = json(L({"session", "list", "--member", "2"})).value(QLatin1String("sessions")).toArray();
        QCOMPARE(mine.size(), 2);
        const QJsonArray completed = json(L({"session", "list", "--state", "completed"})).value(QLatin1String("sessions")).toArray();
        QCOMPARE(completed.size(), 1);
        QCOMPARE(completed.first().toObject().value(QLatin1String("amount")).toString(), QStringLiteral("18.00"));
        const QJsonArray wall = json(L({"gratitude"})).value(QLatin1String("notes")).toArray();
        QCOMPARE(wall.size(), 2);
        QCOMPARE(json(L({"gratitude", "--member", "3"})).value(QLatin1String("notes")).toArray().size(), 0);
        QVERIFY(ok(L({"gratitude"})).contains(QLatin1String("Thank you Ada!")));
        auto vault = openVault();
        auto balance = ledger::balance(vault->database(), 1);
        QCOMPARE(*balance, std::int64_t(1800));
        QCOMPARE(*ledger::balance(vault->database(), 2), std::int64_t(-1800));
        vault.reset();
        verifyVault();
    }

    void vouchingAndOwnTools()
    {
        useTemplate(QStringLiteral("people.vault"));
        QVERIFY(ok(L({"skill", "verify", "--member", "1", "--tag", "welding", "--by", "2"})).contains(QLatin1String("1 of 2 vouches")));
        QCOMPARE(run(L({"skill", "verify", "--member", "1", "--tag", "welding", "--by", "2"})).exitCode, 4);
        QCOMPARE(run(L({"skill", "verify", "--member", "1", "--tag", "welding", "--by", "1"})).exitCode, 4);
        QVERIFY(ok(L({"skill", "verify", "--member", "1", "--tag", "welding", "--by", "3"})).contains(QLatin1String("is verified")));
        QVERIFY(ok(L({"skill", "verify", "--member", "2", "--tag", "sewing", "--by", "coordinator"})).contains(QLatin1String("is verified")));
        QVERIFY(!ok(L({"tool", "add", "Drill", "--tag", "D-1", "--owner", "3"})).isEmpty());
        verifyUsageError(run(L({"tool", "add", "Saw", "--tag", "S-1", "--owner", "9"})), QStringLiteral("member number 9"));
        auto vault = openVault();
        QCOMPARE(members::byNumber(vault->database(), 1)->verifiedSkills, 1);
        QCOMPARE(members::byNumber(vault->database(), 2)->verifiedSkills, 1);
        QCOMPARE(members::byNumber(vault->database(), 3)->lendableTools, 1);
    }

    void importSkills()
    {
        useTemplate(QStringLiteral("people.vault"));
        const QString bad = writeFile(QStringLiteral("bad.csv"), "kind,member,tags,description\noffer,1,welding,Gates\nwant,9,sewing,Hems\n");
        const CliRun refused = run(L({"import", "skills"}) + QStringList{bad});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QLatin1String("line 3, field member")), qPrintable(refused.err));
        QCOMPARE(json(L({"skill", "search", ""})).value(QLatin1String("listings")).toArray().size(), 0);
        const QString good = writeFile(QStringLiteral("good.csv"), "kind,member,tags,description,availability\noffer,1,welding;paint,Gates,mon-fri\nwant,2,sewing,Hems,\n");
        QVERIFY(ok(L({"import", "skills"}) + QStringList{good}).contains(QLatin1String("Added 2 listings")));
        QCOMPARE(json(L({"skill", "search", ""})).value(QLatin1String("listings")).toArray().size(), 2);
        verifyUsageError(run(L({"import", "skills", "/nonexistent/file.csv"})), QStringLiteral("file.csv"));
    }

    void demoWithSkills()
    {
        useTemplate(QStringLiteral("people.vault"));
        const CliRun demo = run(L({"demo", "--skills"}));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QLatin1String("skills demo")));
        QVERIFY(json(L({"skill", "tags"})).value(QLatin1String("tags")).toArray().size() >= 40);
        QVERIFY(!json(L({"skill", "search", ""})).value(QLatin1String("listings")).toArray().isEmpty());
        verifyVault();
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("offer without tags") << L({"skill", "offer", "--member", "1", "--text", "x"}) << QStringLiteral("--tags");
        QTest::newRow("offer without text") << L({"skill", "offer", "--member", "1", "--tags", "a"}) << QStringLiteral("--text");
        QTest::newRow("offer without member") << L({"skill", "offer", "--tags", "a", "--text", "x"}) << QStringLiteral("--member");
        QTest::newRow("bad days") << L({"skill", "offer", "--member", "1", "--tags", "a", "--text", "x", "--days", "someday"}) << QStringLiteral("--days");
        QTest::newRow("bad level") << L({"skill", "want", "--member", "1", "--tags", "a", "--text", "x", "--level", "guru"}) << QStringLiteral("--level");
        QTest::newRow("bad rate") << L({"skill", "offer", "--member", "1", "--tags", "a", "--text", "x", "--rate", "-1"}) << QStringLiteral("--rate");
        QTest::newRow("bad expiry") << L({"skill", "offer", "--member", "1", "--tags", "a", "--text", "x", "--expires", "2026-02-30"}) << QStringLiteral("--expires");
        QTest::newRow("mentor on want") << L({"skill", "want", "--member", "1", "--tags", "a", "--text", "x", "--mentor"}) << QStringLiteral("--mentor");
        QTest::newRow("unknown member") << L({"skill", "offer", "--member", "9", "--tags", "a", "--text", "x"}) << QStringLiteral("member number 9");
        QTest::newRow("bad kind") << L({"skill", "search", "x", "--kind", "swap"}) << QStringLiteral("--kind");
        QTest::newRow("match no id") << L({"skill", "match", "abc"}) << QStringLiteral("abc");
        QTest::newRow("list without member") << L({"skill", "list"}) << QStringLiteral("--member");
        QTest::newRow("withdraw unknown") << L({"skill", "withdraw", "5"}) << QStringLiteral("listing 5");
        QTest::newRow("rate zero") << L({"skill", "rate", "0"}) << QStringLiteral("skill rate");
        QTest::newRow("verify bad by") << L({"skill", "verify", "--member", "1", "--tag", "a", "--by", "someone"}) << QStringLiteral("--by");
        QTest::newRow("verify no tag") << L({"skill", "verify", "--member", "1", "--by", "2"}) << QStringLiteral("--tag");
        QTest::newRow("session same member") << L({"session", "add", "--provider", "1", "--receiver", "1", "--hours", "1", "--text", "x"})
                                             << QStringLiteral("--receiver");
        QTest::newRow("session bad hours") << L({"session", "add", "--provider", "1", "--receiver", "2", "--hours", "1:75", "--text", "x"})
                                           << QStringLiteral("--hours");
        QTest::newRow("session too long") << L({"session", "add", "--provider", "1", "--receiver", "2", "--hours", "25", "--text", "x"})
                                          << QStringLiteral("--hours");
        QTest::newRow("session no text") << L({"session", "add", "--provider", "1", "--receiver", "2", "--hours", "1"}) << QStringLiteral("--text");
        QTest::newRow("session unknown member") << L({"session", "add", "--provider", "1", "--receiver", "9", "--hours", "1", "--text", "x"})
                                                << QStringLiteral("member number 9");
        QTest::newRow("cancel bad by") << L({"session", "cancel", "1", "--by", "nobody"}) << QStringLiteral("--by");
        QTest::newRow("complete unknown") << L({"session", "complete", "7"}) << QStringLiteral("session 7");
        QTest::newRow("feedback nothing") << L({"session", "feedback", "1", "--member", "1"}) << QStringLiteral("--feedback");
        QTest::newRow("list bad state") << L({"session", "list", "--state", "done"}) << QStringLiteral("--state");
        QTest::newRow("unknown subcommand") << L({"skill", "juggle"}) << QStringLiteral("juggle");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        useTemplate(QStringLiteral("people.vault"));
        verifyUsageError(run(arguments), named);
        QCOMPARE(json(L({"skill", "search", ""})).value(QLatin1String("listings")).toArray().size(), 0);
    }

    void refusalsAreExitFour()
    {
        useTemplate(QStringLiteral("people.vault"));
        // A rate of zero makes the session worth nothing.
        const CliRun zero = run(L({"session", "add", "--provider", "1", "--receiver", "2", "--hours", "1", "--text", "x", "--rate", "0"}));
        QCOMPARE(zero.exitCode, 4);
        verifyOneLineError(zero);
        ok(L({"member", "suspend", "2", "--reason", "test"}));
        QCOMPARE(run(L({"skill", "offer", "--member", "2", "--tags", "a", "--text", "x"})).exitCode, 4);
        QCOMPARE(run(L({"skill", "tag", "a", "--synonyms", "a"})).exitCode, 0);
        ok(L({"skill", "tag", "b"}));
        QCOMPARE(run(L({"skill", "tag", "a", "--synonyms", "b"})).exitCode, 4);
    }

    void helpListsTheCommands()
    {
        const CliRun help = run(L({"--help"}));
        for (const char *c : {"skill offer", "skill want", "skill search", "skill match", "skill list", "skill withdraw", "skill tags", "skill tag NAME",
                              "skill rate", "skill verify", "session add", "session complete", "session cancel", "session feedback", "session list",
                              "import skills", "gratitude", "--skills", "--owner"})
            QVERIFY2(help.out.contains(QLatin1String(c)), c);
    }
};

QTEST_GUILESS_MAIN(TestCliSkills)
#include "tst_cli_skills.moc"
