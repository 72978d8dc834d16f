// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mycelium-cli on the tool library's commands beyond the desk
// basics: tool labels (the PDF read back with poppler-utils and zbarimg),
// import tools, tool checkout --override-reason, tool train, tool hold-days,
// tool loans, tool stats, deposits and late fees, tool lost, bookings,
// kits and photos; what they print, their exit codes and what the
// vault holds afterwards.
#include "clifixture.h"
#include "pdfcheck.h"
#include "testfiles.h"

#include "storage/database.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include <QFile>
#include <QRectF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mycelium;
using namespace mycelium::test;

namespace {

// Three items: a drill, a ladder that is retired, and a chainsaw that needs
// training; quoted fields, CRLF and a byte order mark as a spreadsheet
// writes them.
const QByteArray kItemsCsv = "\xEF\xBB\xBF"
                             "tag,name,category,value,deposit,loan_days,late_fee,condition,needs_training\r\n"
                             "D-001,Cordless drill,Power tools,120,20,7,1.50,,\r\n"
                             "L-7,\"Ladder, 3 m\",Access,80,,14,,retired,no\r\n"
                             "CS-1,Chainsaw,Chainsaws,450,100,3,5,good,yes\r\n";

} // namespace

class TestCliTools : public QObject, public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { startTest(); }
    void cleanup() { endTest(); }

    void importToolsFromASpreadsheet();
    void importToolsRefusals_data();
    void importToolsRefusals();
    void labelsOfEveryItemInUse();
    void labelsOfChosenTagsFromAPosition();
    void labelsRefusals_data();
    void labelsRefusals();
    void labelsOfAnEmptyLibrary();
    void overdueMemberBorrowsOnlyWithAReason();
    void trainingSignOff();
    void trainingRefusals_data();
    void trainingRefusals();
    void holdDaysShownAndSet();
    void memberLoans();
    void statistics();
    void helpListsTheNewCommands();
    void depositsAndLateFeesGoThroughTheLedger();
    void lostItemNeedsTheCoordinator();
    void bookingsBlockOverlappingLoans();
    void kitComponentsAndPhotos();

private:
    // The people vault with the three items of kItemsCsv.
    void useLibrary();
    // Runs a command that must succeed, and returns what it printed.
    QString ok(const QStringList &arguments, const QString &today = kDay1);
    QString pdf(const QString &name = QStringLiteral("labels.pdf")) const { return m_dir->filePath(name); }
};

void TestCliTools::initTestCase()
{
    makeTemplates();
    const QString missing = missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestCliTools::useLibrary()
{
    useTemplate(QStringLiteral("people.vault"));
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("tools"), writeFile(QStringLiteral("items.csv"), kItemsCsv)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

QString TestCliTools::ok(const QStringList &arguments, const QString &today)
{
    const CliRun result = run(arguments, today);
    if (result.exitCode != 0 || !result.err.isEmpty())
        qWarning("%s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode, qPrintable(result.err));
    return result.exitCode == 0 ? result.out : QString();
}

void TestCliTools::importToolsFromASpreadsheet()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString file = writeFile(QStringLiteral("items.csv"), kItemsCsv);
    const CliRun imported = run({QStringLiteral("import"), QStringLiteral("tools"), file});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.err.isEmpty());
    QCOMPARE(imported.out, QStringLiteral("Added 3 items from %1.\n").arg(file));

    const QJsonObject ladder = parseObject(ok(L({"tool", "show", "l-7", "--json"})));
    QCOMPARE(ladder.value(QLatin1String("name")).toString(), QStringLiteral("Ladder, 3 m"));
    QCOMPARE(ladder.value(QLatin1String("condition")).toString(), QStringLiteral("retired"));
    QCOMPARE(ladder.value(QLatin1String("loanDays")).toInt(), 14);
    QCOMPARE(ladder.value(QLatin1String("replacementValue")).toString(), QStringLiteral("80.00"));
    const QJsonObject drill = parseObject(ok(L({"tool", "show", "D-001", "--json"})));
    QCOMPARE(drill.value(QLatin1String("lateFeePerDay")).toString(), QStringLiteral("1.50"));
    QCOMPARE(drill.value(QLatin1String("deposit")).toString(), QStringLiteral("20.00"));
    QCOMPARE(drill.value(QLatin1String("condition")).toString(), QStringLiteral("good"));

    auto vault = openVault();
    QVERIFY(vault);
    auto saw = tools::itemByTag(vault->database(), QStringLiteral("CS-1"));
    QVERIFY(saw);
    QVERIFY(saw->needsTraining);
    QCOMPARE(saw->category, QStringLiteral("Chainsaws"));
    QVERIFY(vault->verify().isEmpty());
    vault.reset();

    // The same file again: every tag is taken now; nothing more is added.
    const CliRun again = run({QStringLiteral("import"), QStringLiteral("tools"), file});
    QCOMPARE(again.exitCode, 4);
    verifyOneLineError(again);
    QVERIFY2(again.err.contains(QLatin1String("line 2, field tag")) && again.err.contains(QLatin1String("Nothing was imported")), qPrintable(again.err));
    QCOMPARE(parseObject(ok(L({"tool", "list", "--json"}))).value(QLatin1String("items")).toArray().size(), 3);
}

void TestCliTools::importToolsRefusals_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("named");
    QTest::newRow("late fee not an amount") << QByteArray("tag,name,late_fee\nA-1,Drill,1\nB-2,Saw,abc\n")
                                            << QStringLiteral("line 3, field late_fee: \"abc\" is not an amount");
    QTest::newRow("tag twice") << QByteArray("tag,name\nA-1,Drill\r\nB-2,Saw\r\na-1,Drill again\r\n") << QStringLiteral("line 4, field tag");
    QTest::newRow("no tag column") << QByteArray("name\nDrill\n") << QStringLiteral("\"tag\" is missing");
    QTest::newRow("bad condition") << QByteArray("tag,name,condition\nA-1,Drill,shiny\n") << QStringLiteral("line 2, field condition");
    QTest::newRow("unclosed quote") << QByteArray("tag,name\nA-1,\"Drill\n") << QStringLiteral("line 2");
}

void TestCliTools::importToolsRefusals()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, named);
    useTemplate(QStringLiteral("people.vault"));
    const QString file = writeFile(QStringLiteral("bad.csv"), csv);
    const CliRun result = run({QStringLiteral("import"), QStringLiteral("tools"), file});
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(file) && result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(parseObject(ok(L({"tool", "list", "--json"}))).value(QLatin1String("items")).toArray().size(), 0);
}

void TestCliTools::labelsOfEveryItemInUse()
{
    useLibrary();
    const CliRun result = run({QStringLiteral("tool"), QStringLiteral("labels"), pdf()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QCOMPARE(result.out, QStringLiteral("Labels for the sheet L7160 from position 1 (labels: 2, pages: 1) written to %1.\n").arg(pdf()));
    QCOMPARE(pdfPageCount(pdf()), 1);
    const QString text = pdfText(pdf());
    // The retired ladder gets no label.
    for (const char *word : {"D-001", "Cordless drill", "CS-1", "Chainsaw"})
        QVERIFY2(text.contains(QLatin1String(word)), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("L-7")) && !text.contains(QLatin1String("Ladder")), qPrintable(text));
    QCOMPARE(pdfQrCodes(pdf(), 1), (QStringList{QStringLiteral("CS-1"), QStringLiteral("D-001")}));
}

void TestCliTools::labelsOfChosenTagsFromAPosition()
{
    useLibrary();
    // Tags as typed in any case; a retired item named by its tag is printed.
    const CliRun result = run({QStringLiteral("tool"), QStringLiteral("labels"), pdf(), QStringLiteral("l-7"), QStringLiteral("d-001"),
                               QStringLiteral("CS-1"), QStringLiteral("--sheet"), QStringLiteral("l7163"), QStringLiteral("--start"),
                               QStringLiteral("13")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Labels for the sheet L7163 from position 13 (labels: 3, pages: 2) written to %1.\n").arg(pdf()));
    QCOMPARE(pdfPageCount(pdf()), 2);
    // Position 13 of L7163: the left label of the last row, in millimetres.
    const QRectF position13(4.65, 15.15 + 6 * 38.1, 99.1, 38.1);
    QCOMPARE(pdfQrCodes(pdf(), 1, {position13}), QList<QStringList>{{QStringLiteral("L-7")}});
    QCOMPARE(pdfQrCodes(pdf(), 1), (QStringList{QStringLiteral("D-001"), QStringLiteral("L-7")}));
    QCOMPARE(pdfQrCodes(pdf(), 2), QStringList{QStringLiteral("CS-1")});
    QVERIFY2(pdfText(pdf()).contains(QLatin1String("Ladder, 3 m")), qPrintable(pdfText(pdf())));
}

void TestCliTools::labelsRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown tag") << L({"D-001", "X-99"}) << 2 << QStringLiteral("X-99");
    QTest::newRow("unknown sheet") << L({"--sheet", "L9999"}) << 2 << QStringLiteral("L7160, L7163");
    QTest::newRow("start past the sheet") << L({"--start", "22"}) << 2 << QStringLiteral("1 to 21");
    QTest::newRow("start past a small sheet") << L({"--sheet", "L7163", "--start", "15"}) << 2 << QStringLiteral("1 to 14");
    QTest::newRow("start 0") << L({"--start", "0"}) << 2 << QStringLiteral("'0'");
    QTest::newRow("start not a number") << L({"--start", "top"}) << 2 << QStringLiteral("'top'");
    QTest::newRow("empty tag") << L({"D-001", " "}) << 2 << QStringLiteral("empty");
}

// A refused command writes no file, and leaves one already there alone.
void TestCliTools::labelsRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    useLibrary();
    writeFile(QStringLiteral("labels.pdf"), "last week's sheet");
    CliRun result = run(QStringList{QStringLiteral("tool"), QStringLiteral("labels"), pdf()} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(readFile(pdf()), QByteArray("last week's sheet"));
    result = run(QStringList{QStringLiteral("tool"), QStringLiteral("labels"), pdf(QStringLiteral("new.pdf"))} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!QFile::exists(pdf(QStringLiteral("new.pdf"))));
}

void TestCliTools::labelsOfAnEmptyLibrary()
{
    useTemplate(QStringLiteral("people.vault"));
    CliRun result = run({QStringLiteral("tool"), QStringLiteral("labels"), pdf()});
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("no items")), qPrintable(result.err));
    QVERIFY(!QFile::exists(pdf()));

    // Not a PDF file name: a usage error, before the vault is opened.
    writeFile(QStringLiteral("items.csv"), kItemsCsv);
    result = run({QStringLiteral("tool"), QStringLiteral("labels"), m_dir->filePath(QStringLiteral("items.csv"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String(".pdf")), qPrintable(result.err));
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("items.csv"))), kItemsCsv);
    result = run(L({"tool", "labels"}));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("tool labels FILE.pdf")), qPrintable(result.err));

    // A folder that does not exist: the file cannot be written (exit 4).
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("tools"), m_dir->filePath(QStringLiteral("items.csv"))}).exitCode, 0);
    result = run({QStringLiteral("tool"), QStringLiteral("labels"), m_dir->filePath(QStringLiteral("no/such/labels.pdf"))});
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("no/such/labels.pdf")), qPrintable(result.err));
}

void TestCliTools::overdueMemberBorrowsOnlyWithAReason()
{
    useLibrary();
    QVERIFY(!ok(L({"tool", "add", "Sander", "--tag", "S-1"})).isEmpty());
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "2"})).isEmpty()); // due 2026-01-08
    CliRun refused = run(L({"tool", "checkout", "S-1", "--member", "2"}), QStringLiteral("2026-01-10"));
    QCOMPARE(refused.exitCode, 4);
    verifyOneLineError(refused);
    QVERIFY2(refused.err.contains(QLatin1String("overdue")) && refused.err.contains(QLatin1String("D-001")), qPrintable(refused.err));

    const CliRun empty = run(L({"tool", "checkout", "S-1", "--member", "2", "--override-reason", "  "}), QStringLiteral("2026-01-10"));
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QLatin1String("--override-reason")), qPrintable(empty.err));
    const CliRun wrongCommand = run(L({"tool", "renew", "D-001", "--override-reason", "urgent"}), QStringLiteral("2026-01-10"));
    QCOMPARE(wrongCommand.exitCode, 2);

    const QString lent = ok(L({"tool", "checkout", "S-1", "--member", "2", "--override-reason", "roof   leak, urgent"}), QStringLiteral("2026-01-10"));
    QVERIFY2(lent.contains(QLatin1String("S-1 lent to Bob")) && lent.contains(QLatin1String("roof leak, urgent")), qPrintable(lent));
    const QJsonArray loans = parseObject(ok(L({"tool", "loans", "--member", "2", "--json"}), QStringLiteral("2026-01-10")))
                                 .value(QLatin1String("loans"))
                                 .toArray();
    QCOMPARE(loans.size(), 2);
    QCOMPARE(loans.at(1).toObject().value(QLatin1String("tag")).toString(), QStringLiteral("S-1"));
    QVERIFY(loans.at(1).toObject().value(QLatin1String("notes")).toString().contains(QLatin1String("roof leak, urgent")));

    // A member with nothing overdue needs no reason, and none is recorded.
    QVERIFY(!ok(L({"tool", "add", "Rake", "--tag", "R-1"})).isEmpty());
    const QString plain = ok(L({"tool", "checkout", "R-1", "--member", "3", "--override-reason", "just in case"}), QStringLiteral("2026-01-10"));
    QVERIFY2(!plain.contains(QLatin1String("just in case")), qPrintable(plain));
}

void TestCliTools::trainingSignOff()
{
    useLibrary();
    CliRun refused = run(L({"tool", "checkout", "CS-1", "--member", "1"}));
    QCOMPARE(refused.exitCode, 4);
    verifyOneLineError(refused);
    QVERIFY2(refused.err.contains(QLatin1String("training")) && refused.err.contains(QLatin1String("Chainsaws")), qPrintable(refused.err));

    const QString signedOff = ok(L({"tool", "train", "1", "--category", "Chainsaws", "--date", "2025-12-30", "--by", "Dee  Smith"}));
    QVERIFY2(signedOff.contains(QLatin1String("Ada Lovelace (member 1)")) && signedOff.contains(QLatin1String("2025-12-30"))
                 && signedOff.contains(QLatin1String("Dee Smith")),
             qPrintable(signedOff));
    QVERIFY(ok(L({"tool", "checkout", "CS-1", "--member", "1"})).contains(QLatin1String("2026-01-04")));
    // Another category is another sign-off.
    QVERIFY(!ok(L({"tool", "train", "2", "--category", "Power tools"})).isEmpty());
    QCOMPARE(run(L({"tool", "return", "CS-1"}), QStringLiteral("2026-01-02")).exitCode, 0);
    QCOMPARE(run(L({"tool", "checkout", "CS-1", "--member", "2"}), QStringLiteral("2026-01-02")).exitCode, 4);

    auto vault = openVault();
    QVERIFY(vault);
    auto signedBy = vault->database().prepare(QStringLiteral("SELECT signed_by, signed_on FROM tool_training t JOIN member m ON m.id = t.member "
                                                              "WHERE m.number = 1 AND t.category = 'Chainsaws'"));
    QVERIFY(signedBy && signedBy->next());
    QCOMPARE(signedBy->text(0), QStringLiteral("Dee Smith"));
    QCOMPARE(signedBy->text(1), QStringLiteral("2025-12-30"));
    QCOMPARE(*vault->database().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'tool_training'")), 2);
}

void TestCliTools::trainingRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no category") << L({"tool", "train", "1"}) << QStringLiteral("--category");
    QTest::newRow("empty category") << L({"tool", "train", "1", "--category", " "}) << QStringLiteral("--category");
    QTest::newRow("no member") << L({"tool", "train", "--category", "Chainsaws"}) << QStringLiteral("member number N");
    QTest::newRow("member not a number") << L({"tool", "train", "Ada", "--category", "Chainsaws"}) << QStringLiteral("'Ada'");
    QTest::newRow("unknown member") << L({"tool", "train", "9", "--category", "Chainsaws"}) << QStringLiteral("no member number 9");
    QTest::newRow("bad date") << L({"tool", "train", "1", "--category", "Chainsaws", "--date", "2026-02-30"}) << QStringLiteral("2026-02-30");
    QTest::newRow("empty signer") << L({"tool", "train", "1", "--category", "Chainsaws", "--by", ""}) << QStringLiteral("--by");
}

void TestCliTools::trainingRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    useTemplate(QStringLiteral("people.vault"));
    verifyUsageError(run(arguments), named);
    auto vault = openVault();
    QVERIFY(vault);
    QCOMPARE(*vault->database().scalar(QStringLiteral("SELECT count(*) FROM tool_training")), 0);
}

void TestCliTools::holdDaysShownAndSet()
{
    useTemplate(QStringLiteral("people.vault"));
    QVERIFY2(ok(L({"tool", "hold-days"})).contains(QLatin1String(" 3 days")), "the default is 3 days");
    QVERIFY(ok(L({"tool", "hold-days", "5"})).contains(QLatin1String("now kept for 5 days")));
    QVERIFY(ok(L({"tool", "hold-days"})).contains(QLatin1String(" 5 days")));
    for (const char *bad : {"0", "-1", "three", "3651"}) {
        const CliRun result = run({QStringLiteral("tool"), QStringLiteral("hold-days"), QLatin1String(bad)});
        QCOMPARE(result.exitCode, 2);
        verifyOneLineError(result);
    }
    QCOMPARE(run(L({"tool", "hold-days", "4", "6"})).exitCode, 2);
    auto vault = openVault();
    QVERIFY(vault);
    QCOMPARE(*tools::holdDays(vault->database()), 5);
}

void TestCliTools::memberLoans()
{
    useLibrary();
    QVERIFY(!ok(L({"tool", "add", "Sander", "--tag", "S-1", "--loan-days", "2", "--late-fee", "0.75"})).isEmpty());
    // Ada: the drill out and back four days late (1.50 a day), then the sander
    // out and past due.
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "1"})).isEmpty()); // due 2026-01-08
    QVERIFY(!ok(L({"tool", "return", "D-001", "--condition", "worn"}), QStringLiteral("2026-01-12")).isEmpty());
    QVERIFY(!ok(L({"tool", "checkout", "S-1", "--member", "1"}), QStringLiteral("2026-01-12")).isEmpty()); // due 2026-01-14

    const QJsonObject json = parseObject(ok(L({"tool", "loans", "--member", "1", "--json"}), QStringLiteral("2026-01-20")));
    QCOMPARE(json.value(QLatin1String("member")).toInteger(), 1);
    QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(json.value(QLatin1String("asOf")).toString(), QStringLiteral("2026-01-20"));
    const QJsonArray loans = json.value(QLatin1String("loans")).toArray();
    QCOMPARE(loans.size(), 2);
    // The one out first, late by today's count: 6 days × 0.75.
    const QJsonObject out = loans.at(0).toObject();
    QCOMPARE(out.value(QLatin1String("tag")).toString(), QStringLiteral("S-1"));
    QCOMPARE(out.value(QLatin1String("name")).toString(), QStringLiteral("Sander"));
    QCOMPARE(out.value(QLatin1String("dueOn")).toString(), QStringLiteral("2026-01-14"));
    QVERIFY(out.value(QLatin1String("returnedOn")).isNull());
    QVERIFY(out.value(QLatin1String("condition")).isNull());
    QCOMPARE(out.value(QLatin1String("daysLate")).toInt(), 6);
    QCOMPARE(out.value(QLatin1String("lateFee")).toString(), QStringLiteral("4.50"));
    const QJsonObject back = loans.at(1).toObject();
    QCOMPARE(back.value(QLatin1String("tag")).toString(), QStringLiteral("D-001"));
    QCOMPARE(back.value(QLatin1String("outOn")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(back.value(QLatin1String("returnedOn")).toString(), QStringLiteral("2026-01-12"));
    QCOMPARE(back.value(QLatin1String("condition")).toString(), QStringLiteral("worn"));
    QCOMPARE(back.value(QLatin1String("daysLate")).toInt(), 4);
    QCOMPARE(back.value(QLatin1String("lateFee")).toString(), QStringLiteral("6.00"));

    // Before the sander is due, it is not late.
    const QJsonArray early = parseObject(ok(L({"tool", "loans", "--member", "1", "--json"}), QStringLiteral("2026-01-13")))
                                 .value(QLatin1String("loans"))
                                 .toArray();
    QCOMPARE(early.at(0).toObject().value(QLatin1String("daysLate")).toInt(), 0);
    QCOMPARE(early.at(0).toObject().value(QLatin1String("lateFee")).toString(), QStringLiteral("0.00"));

    const QString text = ok(L({"tool", "loans", "--member", "1"}), QStringLiteral("2026-01-20"));
    QVERIFY2(text.contains(QLatin1String("Ada Lovelace (member 1)")) && text.contains(QLatin1String("S-1")) && text.contains(QLatin1String("out"))
                 && text.contains(QLatin1String("2026-01-12")),
             qPrintable(text));
    QVERIFY(ok(L({"tool", "loans", "--member", "3"})).contains(QLatin1String("Cleo (member 3) has borrowed nothing yet")));
    QCOMPARE(parseObject(ok(L({"tool", "loans", "--member", "3", "--json"}))).value(QLatin1String("loans")).toArray().size(), 0);

    for (const QStringList &bad : {L({"tool", "loans"}), L({"tool", "loans", "--member", "9"}), L({"tool", "loans", "--member", "x"}),
                                   L({"tool", "loans", "1"})}) {
        const CliRun result = run(bad);
        QCOMPARE(result.exitCode, 2);
        verifyOneLineError(result);
    }
}

void TestCliTools::statistics()
{
    useLibrary();
    QVERIFY(!ok(L({"tool", "add", "Sander", "--tag", "S-1", "--value", "60"})).isEmpty());
    // The drill twice, the sander once; Cleo waits for the drill.
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "1"})).isEmpty());
    QVERIFY(!ok(L({"tool", "return", "D-001"}), QStringLiteral("2026-01-03")).isEmpty());
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "2"}), QStringLiteral("2026-01-03")).isEmpty());
    QVERIFY(!ok(L({"tool", "hold", "D-001", "--member", "3"}), QStringLiteral("2026-01-03")).isEmpty());
    QVERIFY(!ok(L({"tool", "checkout", "S-1", "--member", "1"}), QStringLiteral("2026-01-03")).isEmpty());

    const QJsonObject stats = parseObject(ok(L({"tool", "stats", "--json"}), QStringLiteral("2026-01-04")));
    QCOMPARE(stats.value(QLatin1String("items")).toInt(), 3); // the retired ladder does not count
    QCOMPARE(stats.value(QLatin1String("loans")).toInt(), 3);
    QCOMPARE(stats.value(QLatin1String("avoidedSpending")).toString(), QStringLiteral("300.00")); // 2 × 120 + 60
    const QJsonArray requested = stats.value(QLatin1String("mostRequested")).toArray();
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).toObject().value(QLatin1String("tag")).toString(), QStringLiteral("D-001"));
    QCOMPARE(requested.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Cordless drill"));
    QCOMPARE(requested.at(0).toObject().value(QLatin1String("requests")).toInt(), 3); // two loans and a hold
    QCOMPARE(requested.at(1).toObject().value(QLatin1String("tag")).toString(), QStringLiteral("S-1"));
    QCOMPARE(requested.at(1).toObject().value(QLatin1String("requests")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("neverBorrowed")).toArray(), QJsonArray{QStringLiteral("CS-1")});

    const QString text = ok(L({"tool", "stats"}), QStringLiteral("2026-01-04"));
    QVERIFY2(text.contains(QLatin1String("300.00")) && text.contains(QLatin1String("CS-1")) && text.contains(QLatin1String("Cordless drill")),
             qPrintable(text));
    QCOMPARE(run(L({"tool", "stats", "--member", "1"})).exitCode, 2);
}

void TestCliTools::helpListsTheNewCommands()
{
    const CliRun help = run(L({"--help"}));
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"import tools FILE", "late_fee", "maintenance_every_days", "tool labels FILE.pdf [TAG...] [--sheet NAME] [--start N]",
                             "L7651", "--override-reason TEXT", "tool train N --category C", "tool hold-days [N]", "tool loans --member N [--json]",
                             "tool stats [--json]", "\"avoidedSpending\"", "\"neverBorrowed\"", "\"lateFee\""})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
}


void TestCliTools::depositsAndLateFeesGoThroughTheLedger()
{
    useLibrary(); // D-001: deposit 20, 7 days, 1.50 a day
    const QString lent = ok(L({"tool", "checkout", "D-001", "--member", "2"}));
    QVERIFY2(lent.contains(QLatin1String("Deposit 20.00 held")), qPrintable(lent));
    // Returned 3 days late (due 2026-01-08), the fee charged to the commons fund.
    const QString back = ok(L({"tool", "return", "D-001"}), QStringLiteral("2026-01-11"));
    QVERIFY2(back.contains(QLatin1String("Days late: 3; late fee 4.50 charged")) && back.contains(QLatin1String("Deposit 20.00 released")),
             qPrintable(back));
    const QJsonObject statement = parseObject(ok(L({"statement", "2", "--json"}), QStringLiteral("2026-01-11")));
    QVERIFY2(QJsonDocument(statement).toJson().contains("\"-4.50\""), QJsonDocument(statement).toJson().constData());

    // Waived with a reason: nothing charged, the reason kept.
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "2"}), QStringLiteral("2026-01-11")).isEmpty());
    const CliRun noReason = run(L({"tool", "return", "D-001", "--waive", " "}), QStringLiteral("2026-01-20"));
    QCOMPARE(noReason.exitCode, 2);
    const QString waived = ok(L({"tool", "return", "D-001", "--waive", "hospital stay"}), QStringLiteral("2026-01-20"));
    QVERIFY2(waived.contains(QLatin1String("late fee 3.00 waived (hospital stay)")), qPrintable(waived));
    const QJsonArray history = parseObject(ok(L({"tool", "show", "D-001", "--json"}), QStringLiteral("2026-01-20"))).value(QLatin1String("history")).toArray();
    QCOMPARE(history.first().toObject().value(QLatin1String("waiverReason")).toString(), QStringLiteral("hospital stay"));
    QCOMPARE(history.last().toObject().value(QLatin1String("lateFeeCharged")).toString(), QStringLiteral("4.50"));

    // Keeping the deposit for damage needs the coordinator.
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "2"}), QStringLiteral("2026-01-20")).isEmpty());
    const CliRun unconfirmed = run(L({"tool", "return", "D-001", "--condition", "needs_repair", "--charge-deposit"}), QStringLiteral("2026-01-21"));
    QCOMPARE(unconfirmed.exitCode, 2);
    verifyOneLineError(unconfirmed);
    QVERIFY(unconfirmed.err.contains(QLatin1String("--coordinator")));
    const QString kept = ok(L({"tool", "return", "D-001", "--condition", "needs_repair", "--charge-deposit", "--coordinator", "--notes", "bent chuck"}),
                            QStringLiteral("2026-01-21"));
    QVERIFY2(kept.contains(QLatin1String("Deposit 20.00 kept for damage")), qPrintable(kept));
    const QString verified = ok(L({"verify"}), QStringLiteral("2026-01-21"));
    QVERIFY2(verified.contains(QLatin1String("tools.loans")) && !verified.contains(QLatin1String("PROBLEM")), qPrintable(verified));
}

void TestCliTools::lostItemNeedsTheCoordinator()
{
    useLibrary();
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "2"})).isEmpty());
    const CliRun refused = run(L({"tool", "lost", "D-001"}));
    QCOMPARE(refused.exitCode, 2);
    verifyOneLineError(refused);
    const QString lost = ok(L({"tool", "lost", "D-001", "--coordinator", "--notes", "stolen from a van"}));
    QVERIFY2(lost.contains(QLatin1String("retired")) && lost.contains(QLatin1String("Deposit 20.00 paid")), qPrintable(lost));
    const QJsonObject shown = parseObject(ok(L({"tool", "show", "D-001", "--json"})));
    QCOMPARE(shown.value(QLatin1String("condition")).toString(), QStringLiteral("retired"));
    QVERIFY(shown.value(QLatin1String("history")).toArray().first().toObject().value(QLatin1String("lost")).toBool());
    QCOMPARE(run(L({"tool", "lost", "D-001", "--coordinator"})).exitCode, 4); // not on loan
}

void TestCliTools::bookingsBlockOverlappingLoans()
{
    useLibrary();
    const QString booked = ok(L({"tool", "reserve", "D-001", "--member", "3", "--from", "2026-01-05", "--to", "2026-01-06"}));
    QVERIFY2(booked.contains(QLatin1String("booking 1")), qPrintable(booked));
    QCOMPARE(run(L({"tool", "reserve", "D-001", "--member", "2", "--from", "2026-01-06"})).exitCode, 2); // --to missing
    const CliRun overlap = run(L({"tool", "reserve", "D-001", "--member", "2", "--from", "2026-01-06", "--to", "2026-01-09"}));
    QCOMPARE(overlap.exitCode, 4);
    const CliRun blocked = run(L({"tool", "checkout", "D-001", "--member", "2"})); // due the 8th: overlaps
    QCOMPARE(blocked.exitCode, 4);
    QVERIFY2(blocked.err.contains(QLatin1String("booked")), qPrintable(blocked.err));
    QVERIFY(parseObject(ok(L({"tool", "show", "D-001", "--json"}))).value(QLatin1String("bookings")).toArray().size() == 1);
    QVERIFY(ok(L({"tool", "unreserve", "1", "--reason", "plans changed"})).contains(QLatin1String("Booking 1 cancelled")));
    QCOMPARE(run(L({"tool", "unreserve", "1"})).exitCode, 4);
    QCOMPARE(run(L({"tool", "unreserve", "x"})).exitCode, 2);
    QVERIFY(!ok(L({"tool", "checkout", "D-001", "--member", "2"})).isEmpty());
}

void TestCliTools::kitComponentsAndPhotos()
{
    useLibrary();
    QVERIFY(ok(L({"tool", "components", "D-001"})).contains(QLatin1String("no components")));
    QVERIFY(ok(L({"tool", "components", "D-001", "Drill", "Charger", "Battery"})).contains(QLatin1String("Drill, Charger, Battery")));
    QCOMPARE(run(L({"tool", "components", "D-001", "Case", "--clear"})).exitCode, 2);
    QCOMPARE(run(L({"tool", "components", "D-001", "Case", "case"})).exitCode, 4);
    const QString lent = ok(L({"tool", "checkout", "D-001", "--member", "2", "--missing", "Battery"}));
    QVERIFY2(lent.contains(QLatin1String("Missing as it went out: Battery")), qPrintable(lent));
    QCOMPARE(run(L({"tool", "return", "D-001", "--missing", "Hammer"})).exitCode, 4); // not a component: nothing recorded
    const QString back = ok(L({"tool", "return", "D-001", "--missing", "charger"}));
    QVERIFY2(back.contains(QLatin1String("Missing: Charger")), qPrintable(back));
    QVERIFY(!parseObject(ok(L({"tool", "show", "D-001", "--json"}))).value(QLatin1String("lendable")).toBool());

    const QString png = writeFile(QStringLiteral("drill.png"), QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, 'p'));
    const QString stored = ok(L({"tool", "photo", "D-001"}) << png);
    QVERIFY2(stored.contains(QLatin1String("kept in the vault")), qPrintable(stored));
    const QString text = writeFile(QStringLiteral("notes.txt"), "not a picture");
    QCOMPARE(run(L({"tool", "photo", "D-001"}) << text).exitCode, 4);
    QCOMPARE(run(L({"tool", "photo", "D-001"})).exitCode, 2);
    QCOMPARE(run(L({"tool", "photo", "D-001", "--remove"}) << png).exitCode, 2);
    {
        auto vault = openVault();
        QCOMPARE((*tools::photo(vault->database(), QStringLiteral("D-001")))->mediaType, QStringLiteral("image/png"));
    }
    QVERIFY(ok(L({"tool", "photo", "D-001", "--remove"})).contains(QLatin1String("removed")));
}
QTEST_GUILESS_MAIN(TestCliTools)
#include "tst_cli_tools.moc"
