// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mycelium-cli executable on the ledger's commands (member,
// trade, reverse, balance, statement, demurrage, export, import, demo,
// signals, circulation-target, tool) and checks
// what it prints, its exit codes and what the vault holds afterwards. The
// vaults come from CliFixture: made once, copied for each test.
#include "clifixture.h"
#include "common/clock.h"
#include "ledger/ledger.h"
#include "ledger/ledgerexport.h"
#include "ledger/money.h"
#include "members/members.h"
#include "security/keyfile.h"
#include "testfiles.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

using namespace mycelium;
using namespace mycelium::test;

namespace {

// number -> balance text, from `balance --json`.
QMap<qint64, QString> balancesByNumber(const QJsonObject &balance)
{
    QMap<qint64, QString> result;
    for (const QJsonValue &row : balance.value(QLatin1String("accounts")).toArray())
        result.insert(row.toObject().value(QLatin1String("number")).toInteger(-1), row.toObject().value(QLatin1String("balance")).toString());
    return result;
}

qint64 minor(const QString &plainAmount)
{
    const auto money = Money::parsePlain(plainAmount);
    return money ? money->minor() : std::numeric_limits<qint64>::min();
}

} // namespace

class TestCliLedger : public QObject, public test::CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void memberAddPrintsNumbers();
    void memberEditChangesNameAndContact();
    void tradeMovesBalances();
    void overTheCreditLineIsRefused();
    void suspendedAndDepartedMembersCannotTrade();
    void reverseOnlyOnce();
    void tradeWithPin();
    void datesOutsideTheOpenWindow();
    void demurrageFlowsToTheCommonsFund();
    void balanceAtAPastDay();
    void exportLedgerMatchesLedgerCli();
    void csvExportReadsBack();
    void demoCommunity();
    void signalsAndCirculationTarget();
    void badInputs_data();
    void badInputs();
    void helpListsLedgerCommands();
    void toolLibraryAtTheDesk();
    void toolHoldsRenewalsOverdueAndMaintenance();
    void toolBadInputs_data();
    void toolBadInputs();

private:
    // Expects a trade to be recorded: exit 0 and its id alone on stdout.
    qint64 trade(const QStringList &arguments, const QString &today = kDay1);
    QJsonObject balanceJson(const QString &today, const QStringList &more = {});
};

qint64 TestCliLedger::trade(const QStringList &arguments, const QString &today)
{
    const CliRun result = run(QStringList{QStringLiteral("trade")} + arguments, today);
    if (result.exitCode != 0 || !result.err.isEmpty()) {
        qWarning("trade %s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))), result.exitCode, qPrintable(result.err));
        return -1;
    }
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("^([1-9][0-9]*)\n$")).match(result.out);
    if (!id.hasMatch()) {
        qWarning("trade printed %s", qPrintable(result.out));
        return -1;
    }
    return id.captured(1).toLongLong();
}

QJsonObject TestCliLedger::balanceJson(const QString &today, const QStringList &more)
{
    const CliRun result = run(QStringList{QStringLiteral("balance"), QStringLiteral("--json")} + more, today);
    if (result.exitCode != 0)
        qWarning("balance: exit %d: %s", result.exitCode, qPrintable(result.err));
    return parseObject(result.out);
}

void TestCliLedger::initTestCase()
{
    makeTemplates();
}

void TestCliLedger::init()
{
    startTest();
}

void TestCliLedger::cleanup()
{
    endTest();
}

void TestCliLedger::memberAddPrintsNumbers()
{
    useTemplate(QStringLiteral("empty.vault"));
    CliRun r = run(L({"member", "add", "Ada Lovelace"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("1\n"));
    QVERIFY(r.err.isEmpty());
    r = run(L({"member", "add", "Bob", "--contact", "bob@example.org", "--joined", "2025-12-01"}));
    QCOMPARE(r.out, QStringLiteral("2\n"));
    r = run(L({"member", "add", "Cleo", "--number", "7"}));
    QCOMPARE(r.out, QStringLiteral("7\n"));
    r = run(L({"member", "add", "Dan"}));
    QCOMPARE(r.out, QStringLiteral("8\n"));

    // A number already taken: refused by the ledger, nothing added.
    r = run(L({"member", "add", "Eve", "--number", "7"}));
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("7")) && r.err.contains(QLatin1String("Cleo")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    r = run(L({"member", "list", "--json"}));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = parseObject(r.out).value(QLatin1String("members")).toArray();
    QCOMPARE(list.size(), 4);
    QList<qint64> numbers;
    for (const QJsonValue &value : list) {
        const QJsonObject m = value.toObject();
        numbers.append(m.value(QLatin1String("number")).toInteger());
        QVERIFY(m.value(QLatin1String("name")).isString());
        QCOMPARE(m.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        // Amounts are strings with two decimals, never JSON numbers.
        QCOMPARE(m.value(QLatin1String("balance")).toString(), QStringLiteral("0.00"));
        QCOMPARE(m.value(QLatin1String("creditLine")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(m.value(QLatin1String("available")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(m.value(QLatin1String("pinSet")).toBool(true), false);
    }
    QCOMPARE(numbers, (QList<qint64>{1, 2, 7, 8}));
    QCOMPARE(list.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ada Lovelace"));

    r = run(L({"member", "show", "2", "--json"}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject bob = parseObject(r.out);
    QCOMPARE(bob.value(QLatin1String("number")).toInteger(), 2);
    QCOMPARE(bob.value(QLatin1String("name")).toString(), QStringLiteral("Bob"));
    QCOMPARE(bob.value(QLatin1String("contact")).toString(), QStringLiteral("bob@example.org"));
    QCOMPARE(bob.value(QLatin1String("joinedOn")).toString(), QStringLiteral("2025-12-01"));
    QCOMPARE(bob.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(bob.value(QLatin1String("pinSet")).toBool(true), false);
    QCOMPARE(bob.value(QLatin1String("balance")).toString(), QStringLiteral("0.00"));
    QCOMPARE(bob.value(QLatin1String("creditLine")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(bob.value(QLatin1String("creditLineStarter")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(bob.value(QLatin1String("creditLineExtension")).toString(), QStringLiteral("0.00"));
    QCOMPARE(bob.value(QLatin1String("available")).toString(), QStringLiteral("1000.00"));

    // The default joining date is --today.
    auto vault = openVault();
    QVERIFY(vault);
    auto ada = members::byNumber(vault->database(), 1);
    QVERIFY(ada);
    QCOMPARE(ada->joinedOn, QDate(2026, 1, 1));
}

void TestCliLedger::memberEditChangesNameAndContact()
{
    useTemplate(QStringLiteral("people.vault"));
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "5", "--memo", "Eggs"})), 1);
    CliRun r = run(L({"member", "edit", "2", "--name", "  Bob   Marley ", "--contact", " bob@example.org "}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Bob Marley")), qPrintable(r.out));
    QJsonObject bob = parseObject(run(L({"member", "show", "2", "--json"})).out);
    QCOMPARE(bob.value(QLatin1String("name")).toString(), QStringLiteral("Bob Marley"));
    QCOMPARE(bob.value(QLatin1String("contact")).toString(), QStringLiteral("bob@example.org"));
    QCOMPARE(bob.value(QLatin1String("balance")).toString(), QStringLiteral("-5.00"));

    // Only what is given changes; an empty contact removes it.
    r = run(L({"member", "edit", "2", "--contact", ""}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    bob = parseObject(run(L({"member", "show", "2", "--json"})).out);
    QCOMPARE(bob.value(QLatin1String("name")).toString(), QStringLiteral("Bob Marley"));
    QCOMPARE(bob.value(QLatin1String("contact")).toString(), QString());
    r = run(L({"member", "edit", "2", "--name", "Bob Marley"}));
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("nothing changed")), qPrintable(r.out + r.err));

    // The statement of his trading partner names him anew.
    r = run(L({"statement", "1", "--json"}));
    QCOMPARE(parseObject(r.out).value(QLatin1String("lines")).toArray().at(0).toObject().value(QLatin1String("counterpartyName")).toString(),
             QStringLiteral("Bob Marley"));

    r = run(L({"member", "edit", "9", "--name", "Nobody"}));
    QCOMPARE(r.exitCode, 2);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("9")), qPrintable(r.err));

    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(vault->verify().isEmpty());
    auto entries = vault->database().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'member_details'"));
    QCOMPARE(*entries, 2); // the first edit and the removed contact; "nothing changed" wrote nothing
}

void TestCliLedger::tradeMovesBalances()
{
    useTemplate(QStringLiteral("people.vault"));
    QCOMPARE(trade(L({"--from", "1", "--to", "2", "--amount", "40", "--memo", "3 hours of carpentry", "--category", "carpentry"})), 1);
    QCOMPARE(trade(L({"--from", "0", "--to", "3", "--amount", "12.50", "--memo", "Seeds for the commons garden"})), 2);

    const QJsonObject balance = balanceJson(kDay1);
    QCOMPARE(balance.value(QLatin1String("asOf")).toString(), kDay1);
    const QJsonArray accounts = balance.value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 4);
    // The commons fund is its own row, first, number 0.
    QCOMPARE(accounts.at(0).toObject().value(QLatin1String("number")).toInteger(-1), 0);
    QCOMPARE(accounts.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Commons fund"));
    qint64 sum = 0;
    for (const QJsonValue &row : accounts) {
        QVERIFY(row.toObject().value(QLatin1String("balance")).isString());
        sum += minor(row.toObject().value(QLatin1String("balance")).toString());
    }
    QCOMPARE(sum, 0);
    QCOMPARE(balance.value(QLatin1String("total")).toString(), QStringLiteral("0.00"));
    QCOMPARE(balancesByNumber(balance),
             (QMap<qint64, QString>{{0, QStringLiteral("-12.50")}, {1, QStringLiteral("-40.00")}, {2, QStringLiteral("40.00")}, {3, QStringLiteral("12.50")}}));

    const CliRun show = run(L({"member", "show", "1", "--json"}));
    const QJsonObject ada = parseObject(show.out);
    QCOMPARE(ada.value(QLatin1String("balance")).toString(), QStringLiteral("-40.00"));
    QCOMPARE(ada.value(QLatin1String("available")).toString(), QStringLiteral("960.00"));
    QCOMPARE(ada.value(QLatin1String("pinSet")).toBool(), true);

    // Recorded as the CLI, confirmed by the coordinator (no --pin-file).
    auto vault = openVault();
    QVERIFY(vault);
    auto first = ledger::trade(vault->database(), 1);
    QVERIFY(first);
    QCOMPARE(first->recordedBy, QStringLiteral("cli"));
    QCOMPARE(first->confirmation, TradeRequest::Confirmation::Coordinator);
    QCOMPARE(first->memo, QStringLiteral("3 hours of carpentry"));
    QCOMPARE(first->category, QStringLiteral("carpentry"));
    QCOMPARE(first->amount, 4000);
}

void TestCliLedger::overTheCreditLineIsRefused()
{
    useTemplate(QStringLiteral("people.vault"));
    // The starter line is 1,000 credits: one minor unit more is refused.
    const CliRun r = run(L({"trade", "--from", "2", "--to", "1", "--amount", "1000.01", "--memo", "A whole roof"}));
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("1000.00")), qPrintable(r.err)); // what Bob can still spend
    QVERIFY2(r.err.contains(QLatin1String("Bob")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(!ledger::trade(vault->database(), 1));
    auto balances = ledger::balances(vault->database());
    QVERIFY(balances);
    for (const AccountBalance &b : std::as_const(*balances))
        QCOMPARE(b.balance, 0);
}

void TestCliLedger::suspendedAndDepartedMembersCannotTrade()
{
    useTemplate(QStringLiteral("people.vault"));
    CliRun r = run(L({"member", "suspend", "2", "--reason", "Unpaid hall rent"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    for (const QStringList &arguments : {L({"trade", "--from", "2", "--to", "1", "--amount", "5", "--memo", "Eggs"}),
                                         L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", "Eggs"})}) {
        r = run(arguments);
        QCOMPARE(r.exitCode, 4);
        verifyOneLineError(r);
        QVERIFY2(r.err.contains(QLatin1String("suspended")) && r.err.contains(QLatin1String("Bob")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    r = run(L({"member", "reinstate", "2"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "5", "--memo", "Eggs"})), 1);

    r = run(L({"member", "leave", "3", "--reason", "Moved away"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(L({"member", "show", "3", "--json"}));
    QCOMPARE(parseObject(r.out).value(QLatin1String("status")).toString(), QStringLiteral("left"));
    r = run(L({"trade", "--from", "1", "--to", "3", "--amount", "5", "--memo", "Eggs"}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("left")), qPrintable(r.err));
}

void TestCliLedger::reverseOnlyOnce()
{
    useTemplate(QStringLiteral("people.vault"));
    QCOMPARE(trade(L({"--from", "1", "--to", "2", "--amount", "25", "--memo", "Bicycle repair"})), 1);
    CliRun r = run(L({"reverse", "1"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("2\n"));

    r = run(L({"reverse", "1"}));
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("already reversed")), qPrintable(r.err));
    r = run(L({"reverse", "2"})); // a reversal is not reversed
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY(r.out.isEmpty());

    const QJsonObject balance = balanceJson(kDay1);
    for (const QString &amount : balancesByNumber(balance))
        QCOMPARE(amount, QStringLiteral("0.00"));
    auto vault = openVault();
    QVERIFY(vault);
    auto reversal = ledger::trade(vault->database(), 2);
    QVERIFY(reversal);
    QCOMPARE(reversal->reverses, 1);
    QCOMPARE(reversal->recordedBy, QStringLiteral("cli"));
    QVERIFY(!ledger::trade(vault->database(), 3));
}

void TestCliLedger::tradeWithPin()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString right = writeFile(QStringLiteral("right.pin"), kAdaPin.toUtf8() + "\n");
    const QString wrong = writeFile(QStringLiteral("wrong.pin"), "1357\n");

    QCOMPARE(trade(L({"--from", "1", "--to", "2", "--amount", "10", "--memo", "Bread", "--pin-file"}) << right), 1);

    CliRun r = run(L({"trade", "--from", "1", "--to", "2", "--amount", "10", "--memo", "Bread", "--pin-file"}) << wrong);
    QCOMPARE(r.exitCode, 3);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("PIN")) && r.err.contains(wrong), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    // Bob has no PIN yet: a PIN cannot confirm for him.
    r = run(L({"trade", "--from", "2", "--to", "1", "--amount", "10", "--memo", "Bread", "--pin-file"}) << right);
    QCOMPARE(r.exitCode, 3);
    verifyOneLineError(r);

    r = run(L({"member", "pin", "2", "--pin-file"}) << wrong);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "3", "--memo", "Butter", "--pin-file"}) << wrong), 2);
    r = run(L({"member", "pin", "2", "--remove"}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(L({"member", "show", "2", "--json"}));
    QCOMPARE(parseObject(r.out).value(QLatin1String("pinSet")).toBool(true), false);

    auto vault = openVault();
    QVERIFY(vault);
    Database &db = vault->database();
    QCOMPARE(ledger::trade(db, 1)->confirmation, TradeRequest::Confirmation::Pin);
    QCOMPARE(ledger::trade(db, 2)->confirmation, TradeRequest::Confirmation::Pin);
    QVERIFY(!ledger::trade(db, 3)); // the refused ones left nothing
    QCOMPARE(*ledger::balance(db, 1), -700); // -10.00 + 3.00
}

void TestCliLedger::datesOutsideTheOpenWindow()
{
    useTemplate(QStringLiteral("people.vault"));
    // A trade dated after --today.
    CliRun r = run(L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", "Eggs", "--date", "2026-01-02"}));
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("2026-01-02")), qPrintable(r.err));

    // Showing balances on the 5th settles demurrage through the 4th: the
    // 3rd is closed.
    r = run(L({"balance"}), QStringLiteral("2026-01-05"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", "Eggs", "--date", "2026-01-03"}), QStringLiteral("2026-01-05"));
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("settled")) && r.err.contains(QLatin1String("2026-01-05")), qPrintable(r.err));

    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(!ledger::trade(vault->database(), 1));
}

void TestCliLedger::demurrageFlowsToTheCommonsFund()
{
    useTemplate(QStringLiteral("people.vault"));
    // Bob pays Ada 500 credits (50,000 minor units) on 2026-01-01.
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "500", "--memo", "A garden shed"})), 1);

    // Default rate: 1,000 ppm per day, no exemption. At the end of each day
    // Ada pays floor(balance * 1000 / 1,000,000) = floor(balance / 1000):
    //   01-01  50000 -> 50   (49950)
    //   01-02  49950 -> 49   (49901)
    //   01-03 .. 01-10: 49 each day (49852, 49803, 49754, 49705, 49656,
    //                   49607, 49558, 49509)
    // Ten days through 01-10: 50 + 9 * 49 = 491 minor units = 4.91 credits.
    // Bob's balance is negative and pays nothing. On 01-11 balances are
    // settled through 01-10.
    QJsonObject balance = balanceJson(QStringLiteral("2026-01-11"));
    QCOMPARE(balancesByNumber(balance), (QMap<qint64, QString>{{0, QStringLiteral("4.91")},
                                                                {1, QStringLiteral("495.09")},
                                                                {2, QStringLiteral("-500.00")},
                                                                {3, QStringLiteral("0.00")}}));
    QCOMPARE(balance.value(QLatin1String("total")).toString(), QStringLiteral("0.00"));

    // A new rate from 01-11: 2,000 ppm above an exemption of 100 credits.
    CliRun r = run(L({"demurrage", "rate", "--ppm", "2000", "--from", "2026-01-11", "--exempt", "100"}), QStringLiteral("2026-01-11"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Not on a day already past.
    r = run(L({"demurrage", "rate", "--ppm", "500", "--from", "2026-01-10"}), QStringLiteral("2026-01-11"));
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    r = run(L({"demurrage", "show", "--json"}), QStringLiteral("2026-01-11"));
    const QJsonArray rates = parseObject(r.out).value(QLatin1String("rates")).toArray();
    QCOMPARE(rates.size(), 2);
    QVERIFY(rates.at(0).toObject().value(QLatin1String("from")).isNull()); // the built-in default
    QCOMPARE(rates.at(0).toObject().value(QLatin1String("ppmPerDay")).toInteger(), 1000);
    QCOMPARE(rates.at(1).toObject().value(QLatin1String("from")).toString(), QStringLiteral("2026-01-11"));
    QCOMPARE(rates.at(1).toObject().value(QLatin1String("ppmPerDay")).toInteger(), 2000);
    QCOMPARE(rates.at(1).toObject().value(QLatin1String("exempt")).toString(), QStringLiteral("100.00"));

    // 01-11: floor((49509 - 10000) * 2000 / 1,000,000) = floor(79.018) = 79 (49430)
    // 01-12: floor((49430 - 10000) * 2000 / 1,000,000) = floor(78.86)  = 78 (49352)
    // The commons fund: 491 + 157 = 648 minor units.
    balance = balanceJson(QStringLiteral("2026-01-13"));
    QCOMPARE(balancesByNumber(balance).value(0), QStringLiteral("6.48"));
    QCOMPARE(balancesByNumber(balance).value(1), QStringLiteral("493.52"));

    r = run(L({"statement", "1", "--json"}), QStringLiteral("2026-01-13"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject statement = parseObject(r.out);
    QCOMPARE(statement.value(QLatin1String("number")).toInteger(), 1);
    QCOMPARE(statement.value(QLatin1String("name")).toString(), QStringLiteral("Ada Lovelace"));
    const QJsonArray lines = statement.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = lines.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("trade"));
    QCOMPARE(first.value(QLatin1String("tradeId")).toInteger(), 1);
    QCOMPARE(first.value(QLatin1String("counterparty")).toInteger(), 2);
    QCOMPARE(first.value(QLatin1String("counterpartyName")).toString(), QStringLiteral("Bob"));
    QCOMPARE(first.value(QLatin1String("amount")).toString(), QStringLiteral("500.00"));
    QCOMPARE(first.value(QLatin1String("balance")).toString(), QStringLiteral("500.00"));
    const QJsonObject demurrage = lines.at(1).toObject();
    QCOMPARE(demurrage.value(QLatin1String("kind")).toString(), QStringLiteral("demurrage"));
    QVERIFY(demurrage.value(QLatin1String("tradeId")).isNull());
    QCOMPARE(demurrage.value(QLatin1String("counterparty")).toInteger(-1), 0);
    QCOMPARE(demurrage.value(QLatin1String("date")).toString(), QStringLiteral("2026-01-10"));
    QCOMPARE(demurrage.value(QLatin1String("amount")).toString(), QStringLiteral("-4.91"));
    QCOMPARE(demurrage.value(QLatin1String("balance")).toString(), QStringLiteral("495.09"));
    QCOMPARE(lines.at(2).toObject().value(QLatin1String("amount")).toString(), QStringLiteral("-1.57"));
    QCOMPARE(lines.at(2).toObject().value(QLatin1String("balance")).toString(), QStringLiteral("493.52"));

    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(vault->verify().isEmpty());
}

void TestCliLedger::balanceAtAPastDay()
{
    useTemplate(QStringLiteral("people.vault"));
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "100", "--memo", "Firewood"})), 1);
    QCOMPARE(trade(L({"--from", "3", "--to", "2", "--amount", "30", "--memo", "Jam"}), QStringLiteral("2026-01-05")), 2);

    // At the end of 01-03: the first trade, and Ada's demurrage for 01-01
    // and 01-02: floor(10000 / 1000) = 10, then floor(9990 / 1000) = 9.
    const QJsonObject at = balanceJson(QStringLiteral("2026-01-06"), L({"--at", "2026-01-03"}));
    QCOMPARE(at.value(QLatin1String("asOf")).toString(), QStringLiteral("2026-01-03"));
    QCOMPARE(balancesByNumber(at), (QMap<qint64, QString>{{0, QStringLiteral("0.19")},
                                                           {1, QStringLiteral("99.81")},
                                                           {2, QStringLiteral("-100.00")},
                                                           {3, QStringLiteral("0.00")}}));
    QCOMPARE(at.value(QLatin1String("total")).toString(), QStringLiteral("0.00"));

    // Bob's statement from 01-02 to 01-05: the jam only, with a running
    // balance that includes the firewood before the period.
    const CliRun r = run(L({"statement", "2", "--from", "2026-01-02", "--to", "2026-01-05", "--json"}), QStringLiteral("2026-01-06"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject statement = parseObject(r.out);
    QCOMPARE(statement.value(QLatin1String("from")).toString(), QStringLiteral("2026-01-02"));
    QCOMPARE(statement.value(QLatin1String("to")).toString(), QStringLiteral("2026-01-05"));
    const QJsonArray lines = statement.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("tradeId")).toInteger(), 2);
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("amount")).toString(), QStringLiteral("30.00"));
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("balance")).toString(), QStringLiteral("-70.00"));
}

void TestCliLedger::exportLedgerMatchesLedgerCli()
{
    const QString ledgerProgram = QStandardPaths::findExecutable(QStringLiteral("ledger"));
    if (ledgerProgram.isEmpty())
        QSKIP("The ledger program (Debian package ledger) is not installed.");
    useTemplate(QStringLiteral("people.vault"));
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "300", "--memo", "Roof: tiles; labour (two days)"})), 1);
    QCOMPARE(trade(L({"--from", "0", "--to", "3", "--amount", "25.50", "--memo", "Seeds"})), 2);
    const QString day3 = QStringLiteral("2026-01-03");
    QCOMPARE(trade(L({"--from", "1", "--to", "3", "--amount", "40", "--memo", "Lessons"}), day3), 3);
    const CliRun reversed = run(L({"reverse", "2"}), day3);
    QCOMPARE(reversed.out, QStringLiteral("4\n"));

    const QString today = QStringLiteral("2026-01-08"); // demurrage to settle
    const QJsonObject balance = balanceJson(today);
    const QString file = m_dir->filePath(QStringLiteral("out/community.ledger"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    const CliRun exported = run(L({"export", "ledger"}) << file, today);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(test::fileMode(file), 0600);
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files), QStringList{QStringLiteral("community.ledger")});

    QProcess ledgerCli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // no ~/.ledgerrc
    env.remove(QStringLiteral("LEDGER_FILE"));
    ledgerCli.setProcessEnvironment(env);
    ledgerCli.start(ledgerProgram, {QStringLiteral("-f"), file, QStringLiteral("balance"), QStringLiteral("--flat"), QStringLiteral("--no-total"),
                                    QStringLiteral("--empty")});
    QVERIFY(ledgerCli.waitForFinished(60000));
    const QString output = QString::fromUtf8(ledgerCli.readAllStandardOutput());
    QVERIFY2(ledgerCli.exitCode() == 0, qPrintable(QString::fromUtf8(ledgerCli.readAllStandardError())));

    // "          -25.50 CR  Members:0002 Bob"; a zero balance shows as "0".
    QMap<QString, qint64> fromLedger;
    const QRegularExpression row(QStringLiteral("^\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)(?: CR)?\\s{2,}(\\S.*)$"));
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = row.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QString amount = m.captured(1).remove(QLatin1Char(','));
        fromLedger.insert(m.captured(2).trimmed(), minor(amount));
    }
    QVERIFY(!fromLedger.isEmpty());
    const QJsonArray accounts = balance.value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        const QString name = ledgerAccountName(account.value(QLatin1String("number")).toInteger(), account.value(QLatin1String("name")).toString());
        const qint64 ours = minor(account.value(QLatin1String("balance")).toString());
        QVERIFY2(fromLedger.contains(name) || ours == 0, qPrintable(name + QStringLiteral(" missing from:\n") + output));
        QCOMPARE(fromLedger.value(name, 0), ours);
        fromLedger.remove(name);
    }
    QVERIFY2(fromLedger.isEmpty(), qPrintable(output)); // no account we do not know
    // Demurrage was in the books: the commons fund received some.
    QVERIFY(minor(balancesByNumber(balance).value(0)) > 0);
}

void TestCliLedger::csvExportReadsBack()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString day3 = QStringLiteral("2026-01-03");
    const QString today = QStringLiteral("2026-01-05");
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "120", "--memo", "Plumbing, \"urgent\"", "--category", "repairs"})), 1);
    QCOMPARE(trade(L({"--from", "1", "--to", "3", "--amount", "7.25", "--memo", "Honey"}), day3), 2);
    const QString dir = m_dir->filePath(QStringLiteral("csv"));
    CliRun r = run(L({"export", "csv"}) << dir, today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char *name : {"members.csv", "trades.csv", "balances.csv", "demurrage.csv"})
        QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(name)), name);
    const QJsonObject original = balanceJson(today);

    // Into a new vault: the same members, the same trades, the same balances.
    const QString copy = m_dir->filePath(QStringLiteral("copy.vault"));
    QVERIFY(QFile::copy(m_templateDir.filePath(QStringLiteral("empty.vault")), copy));
    QVERIFY(QFile::copy(m_templateDir.filePath(QStringLiteral("empty.vault.key")), copy + QStringLiteral(".key")));
    r = runOn(copy, L({"import", "members"}) << dir + QStringLiteral("/members.csv"), today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("3")), qPrintable(r.out));
    r = runOn(copy, L({"import", "trades"}) << dir + QStringLiteral("/trades.csv"), today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runOn(copy, L({"balance", "--json"}), today);
    QCOMPARE(balancesByNumber(parseObject(r.out)), balancesByNumber(original));

    // A bad line: exit 4, the file's line named, nothing imported.
    const QString bad = writeFile(QStringLiteral("bad.csv"), "date,payer_number,payee_number,amount,memo\n"
                                                             "2026-01-05,1,2,3.00,Eggs\n"
                                                             "2026-01-05,1,2,12;5,Milk\n");
    r = run(L({"import", "trades"}) << bad, today);
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
    QVERIFY2(r.err.contains(QLatin1String("line 3")) && r.err.contains(bad), qPrintable(r.err));
    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(!ledger::trade(vault->database(), 3));
}

void TestCliLedger::demoCommunity()
{
    useTemplate(QStringLiteral("empty.vault"));
    const QString today = QStringLiteral("2026-03-01");
    CliRun r = run(L({"demo", "--members", "12", "--trades", "150", "--years", "1", "--seed", "7"}), today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // No progress when standard error is not a terminal.
    QVERIFY2(!r.err.contains(QLatin1String("of 150 trades")), qPrintable(r.err));

    r = run(L({"member", "list", "--json"}), today);
    QCOMPARE(parseObject(r.out).value(QLatin1String("members")).toArray().size(), 12);
    const QJsonObject balance = balanceJson(today);
    QCOMPARE(balance.value(QLatin1String("total")).toString(), QStringLiteral("0.00"));
    QVERIFY(balancesByNumber(balance).contains(0));

    // The same seed on another empty vault: the same community.
    const QString other = m_dir->filePath(QStringLiteral("other.vault"));
    QVERIFY(QFile::copy(m_templateDir.filePath(QStringLiteral("empty.vault")), other));
    QVERIFY(QFile::copy(m_templateDir.filePath(QStringLiteral("empty.vault.key")), other + QStringLiteral(".key")));
    r = runOn(other, L({"demo", "--members", "12", "--trades", "150", "--years", "1", "--seed", "7"}), today);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runOn(other, L({"balance", "--json"}), today);
    QCOMPARE(parseObject(r.out), balance);

    // Only into an empty vault.
    r = run(L({"demo", "--members", "5", "--trades", "0"}), today);
    QCOMPARE(r.exitCode, 4);
    verifyOneLineError(r);
}

void TestCliLedger::signalsAndCirculationTarget()
{
    useTemplate(QStringLiteral("people.vault"));
    const QString day = QStringLiteral("2026-02-10");
    // Bob goes near his floor (-950 of a 1,000 line); Ada holds everything.
    QCOMPARE(trade(L({"--from", "2", "--to", "1", "--amount", "950", "--memo", "A garden shed"})), 1);
    QCOMPARE(trade(L({"--from", "3", "--to", "1", "--amount", "50", "--memo", "Eggs"}), QStringLiteral("2026-01-05")), 2);

    CliRun r = run(L({"signals", "--json"}), day);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject s = parseObject(r.out);
    QCOMPARE(s.value(QLatin1String("asOf")).toString(), day);
    // Demurrage moves Ada's credit into the commons fund; both are positive,
    // so the money in circulation stays 1,000 credits.
    QCOMPARE(s.value(QLatin1String("circulation")).toString(), QStringLiteral("1000.00"));
    QVERIFY(minor(s.value(QLatin1String("commonsFund")).toString()) > 0);
    QCOMPARE(s.value(QLatin1String("activeMembers")).toInt(), 3);
    QCOMPARE(s.value(QLatin1String("nearFloor")).toInt(), 1);
    QCOMPARE(s.value(QLatin1String("nearCeiling")).toInt(), 0);
    QVERIFY(s.value(QLatin1String("ceiling")).isNull());
    QVERIFY(s.value(QLatin1String("target")).isNull());
    QVERIFY(s.value(QLatin1String("suggestion")).isNull());
    QVERIFY(s.value(QLatin1String("scheduledRate")).isNull());
    QCOMPARE(s.value(QLatin1String("velocityPermille")).toInteger(), 1000); // January's trades moved the whole circulation once
    const QJsonArray months = s.value(QLatin1String("months")).toArray();
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.at(0).toObject().value(QLatin1String("month")).toString(), QStringLiteral("2025-03"));
    const QJsonObject january = months.at(10).toObject();
    QCOMPARE(january.value(QLatin1String("month")).toString(), QStringLiteral("2026-01"));
    QCOMPARE(january.value(QLatin1String("trades")).toInteger(), 2);
    QCOMPARE(january.value(QLatin1String("volume")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(january.value(QLatin1String("circulation")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(months.at(11).toObject().value(QLatin1String("volume")).toString(), QStringLiteral("0.00"));
    QCOMPARE(months.at(0).toObject().value(QLatin1String("circulation")).toString(), QStringLiteral("0.00"));

    r = run(L({"circulation-target", "--low", "200", "--high", "600"}), day);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("200")) && r.out.contains(QLatin1String("600")), qPrintable(r.out));
    s = parseObject(run(L({"signals", "--json"}), day).out);
    const QJsonObject target = s.value(QLatin1String("target")).toObject();
    QCOMPARE(target.value(QLatin1String("low")).toString(), QStringLiteral("200.00"));
    QCOMPARE(target.value(QLatin1String("high")).toString(), QStringLiteral("600.00"));
    const QJsonObject suggestion = s.value(QLatin1String("suggestion")).toObject();
    QCOMPARE(suggestion.value(QLatin1String("currentPpm")).toInteger(), 1000);
    QCOMPARE(suggestion.value(QLatin1String("suggestedPpm")).toInteger(), 2000); // 1000 × 1000 / 400, kept at double
    QCOMPARE(suggestion.value(QLatin1String("from")).toString(), QStringLiteral("2026-02-11"));
    QVERIFY(!suggestion.value(QLatin1String("reason")).toString().isEmpty());

    // In words, with the command that would accept it; nothing is applied.
    r = run(L({"signals"}), day);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char *words : {"Money in circulation", "Commons fund", "1 of 3 active members", "2026-01", "Suggestion",
                              "demurrage rate --ppm 2000 --from 2026-02-11"})
        QVERIFY2(r.out.contains(QLatin1String(words)), words);
    r = run(L({"demurrage", "show", "--json"}), day);
    QCOMPARE(parseObject(r.out).value(QLatin1String("rates")).toArray().size(), 1);

    // Accepted: scheduled for tomorrow, and no new suggestion until then.
    r = run(L({"demurrage", "rate", "--ppm", "2000", "--from", "2026-02-11"}), day);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    s = parseObject(run(L({"signals", "--json"}), day).out);
    QVERIFY(s.value(QLatin1String("suggestion")).isNull());
    const QJsonObject scheduled = s.value(QLatin1String("scheduledRate")).toObject();
    QCOMPARE(scheduled.value(QLatin1String("from")).toString(), QStringLiteral("2026-02-11"));
    QCOMPARE(scheduled.value(QLatin1String("ppmPerDay")).toInteger(), 2000);
    QCOMPARE(scheduled.value(QLatin1String("exempt")).toString(), QStringLiteral("0.00"));

    r = run(L({"circulation-target", "--none"}), day);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    s = parseObject(run(L({"signals", "--json"}), day).out);
    QVERIFY(s.value(QLatin1String("target")).isNull());
    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(vault->verify().isEmpty());
}

void TestCliLedger::badInputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // the message must name this

    const auto trade = [](const char *from, const char *to, const char *amount) {
        return L({"trade", "--from", from, "--to", to, "--amount", amount, "--memo", "Eggs"});
    };
    QTest::newRow("decimal comma") << trade("1", "2", "12,5") << QStringLiteral("12,5");
    QTest::newRow("negative amount") << trade("1", "2", "-3") << QStringLiteral("-3");
    QTest::newRow("zero amount") << trade("1", "2", "0") << QStringLiteral("'0'");
    QTest::newRow("not an amount") << trade("1", "2", "abc") << QStringLiteral("abc");
    QTest::newRow("three decimals") << trade("1", "2", "1.005") << QStringLiteral("1.005");
    QTest::newRow("no such payer") << trade("999", "2", "5") << QStringLiteral("999");
    QTest::newRow("no such payee") << trade("1", "999", "5") << QStringLiteral("999");
    QTest::newRow("not a member number") << trade("one", "2", "5") << QStringLiteral("one");
    QTest::newRow("same account") << trade("2", "2", "5") << QStringLiteral("2");
    QTest::newRow("missing memo") << L({"trade", "--from", "1", "--to", "2", "--amount", "5"}) << QStringLiteral("--memo");
    QTest::newRow("empty memo") << L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", " "}) << QStringLiteral("--memo");
    QTest::newRow("missing amount") << L({"trade", "--from", "1", "--to", "2", "--memo", "Eggs"}) << QStringLiteral("--amount");
    QTest::newRow("bad trade date") << L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", "Eggs", "--date", "2026-02-30"})
                                    << QStringLiteral("2026-02-30");
    QTest::newRow("missing PIN file") << L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", "Eggs", "--pin-file", "/nowhere/pin"})
                                      << QStringLiteral("/nowhere/pin");
    QTest::newRow("json for trade") << L({"trade", "--from", "1", "--to", "2", "--amount", "5", "--memo", "Eggs", "--json"})
                                    << QStringLiteral("--json");
    QTest::newRow("no such member") << L({"member", "show", "999"}) << QStringLiteral("999");
    QTest::newRow("member zero") << L({"member", "suspend", "0", "--reason", "x"}) << QStringLiteral("'0'");
    QTest::newRow("suspend without reason") << L({"member", "suspend", "2"}) << QStringLiteral("--reason");
    QTest::newRow("member without subcommand") << L({"member"}) << QStringLiteral("add");
    QTest::newRow("unknown member subcommand") << L({"member", "delete", "2"}) << QStringLiteral("member delete");
    QTest::newRow("add without name") << L({"member", "add"}) << QStringLiteral("NAME");
    QTest::newRow("edit without a change") << L({"member", "edit", "2"}) << QStringLiteral("--name");
    QTest::newRow("edit to an empty name") << L({"member", "edit", "2", "--name", " "}) << QStringLiteral("--name");
    QTest::newRow("edit nobody") << L({"member", "edit", "0", "--name", "X"}) << QStringLiteral("'0'");
    QTest::newRow("name for member add") << L({"member", "add", "Eve", "--name", "Eva"}) << QStringLiteral("--name");
    QTest::newRow("taken number not a number") << L({"member", "add", "Eve", "--number", "-4"}) << QStringLiteral("-4");
    QTest::newRow("statement of nobody") << L({"statement", "999"}) << QStringLiteral("999");
    QTest::newRow("reverse no trade") << L({"reverse", "99"}) << QStringLiteral("99");
    QTest::newRow("reverse not an id") << L({"reverse", "abc"}) << QStringLiteral("abc");
    QTest::newRow("balance in the future") << L({"balance", "--at", "2026-01-02"}) << QStringLiteral("2026-01-02");
    QTest::newRow("rate out of range") << L({"demurrage", "rate", "--ppm", "1000001", "--from", "2026-02-01"}) << QStringLiteral("1000001");
    QTest::newRow("negative exemption") << L({"demurrage", "rate", "--ppm", "10", "--from", "2026-02-01", "--exempt", "-1"})
                                        << QStringLiteral("-1");
    QTest::newRow("demo of no years") << L({"demo", "--years", "0"}) << QStringLiteral("--years");
    QTest::newRow("demo of one member") << L({"demo", "--members", "1"}) << QStringLiteral("1");
    QTest::newRow("import missing file") << L({"import", "members", "/nowhere/members.csv"}) << QStringLiteral("/nowhere/members.csv");
    QTest::newRow("target without a band") << L({"circulation-target"}) << QStringLiteral("--low");
    QTest::newRow("target with low only") << L({"circulation-target", "--low", "10"}) << QStringLiteral("--high");
    QTest::newRow("target upside down") << L({"circulation-target", "--low", "600", "--high", "200"}) << QStringLiteral("--high");
    QTest::newRow("target and none") << L({"circulation-target", "--low", "1", "--high", "2", "--none"}) << QStringLiteral("--none");
    QTest::newRow("negative target") << L({"circulation-target", "--low", "-5", "--high", "3"}) << QStringLiteral("-5");
    QTest::newRow("target with a comma") << L({"circulation-target", "--low", "1,5", "--high", "3"}) << QStringLiteral("1,5");
    QTest::newRow("signals with a memo") << L({"signals", "--memo", "x"}) << QStringLiteral("--memo");
}

void TestCliLedger::badInputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    useTemplate(QStringLiteral("people.vault"));
    verifyUsageError(run(arguments), named);
}

void TestCliLedger::helpListsLedgerCommands()
{
    const CliRun help = runOn(m_dir->filePath(QStringLiteral("none.vault")), L({"--help"}), kDay1);
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"member add", "member list", "member show", "member edit N [--name NAME] [--contact TEXT]", "member suspend", "member reinstate", "member leave", "member pin",
                             "trade --from", "reverse TRADE_ID", "balance [--at", "statement N", "demurrage rate", "demurrage show",
                             "export ledger", "export csv", "import members", "import trades", "demo [--members", "--seed", "--pin-file", "--memo", "--category",
                             "signals [--json]", "circulation-target --low X --high X | --none", "velocityPermille",
                             "--number", "--contact", "--joined", "--reason", "--remove", "--exempt", "--ppm", "\"40.00\"",
                             "credit line", "tool add NAME --tag TAG", "tool list [--json]", "tool show TAG", "tool checkout TAG --member N",
                             "tool return TAG [--condition C]", "--late-fee", "tool renew TAG", "tool hold TAG --member N",
                             "tool overdue [--json]", "tool maintenance TAG --done TEXT", "feeSoFar", "\"lateFeePerDay\""})
        QVERIFY2(help.out.contains(QLatin1String(word)), word);
    QVERIFY(QRegularExpression(QStringLiteral("^\\s+4\\s+[^\\n]*(\\n\\s{3,}[^\\n]*)*refused"), QRegularExpression::MultilineOption)
                .match(help.out)
                .hasMatch());
}

void TestCliLedger::toolLibraryAtTheDesk()
{
    useTemplate(QStringLiteral("people.vault"));
    CliRun added = run(L({"tool", "add", "Cordless drill", "--tag", "D-001", "--category", "Power tools", "--value", "120", "--deposit",
                          "20", "--loan-days", "7", "--late-fee", "1.50"}));
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, QStringLiteral("D-001\n"));
    QVERIFY(added.err.isEmpty());
    // A second item with the same tag is refused by the library (exit 4), naming the tag.
    CliRun twice = run(L({"tool", "add", "Ladder", "--tag", "d-001"}));
    QCOMPARE(twice.exitCode, 4);
    verifyOneLineError(twice);
    QVERIFY2(twice.err.contains(QLatin1String("D-001")), qPrintable(twice.err));
    QCOMPARE(run(L({"tool", "add", "Ladder", "--tag", "L-1"})).exitCode, 0);

    CliRun lent = run(L({"tool", "checkout", "D-001", "--member", "2"}));
    QCOMPARE(lent.exitCode, 0);
    QVERIFY2(lent.out.contains(QLatin1String("Bob")) && lent.out.contains(QLatin1String("2026-01-08")), qPrintable(lent.out));
    CliRun taken = run(L({"tool", "checkout", "D-001", "--member", "3"}));
    QCOMPARE(taken.exitCode, 4);
    verifyOneLineError(taken);
    QVERIFY2(taken.err.contains(QLatin1String("Bob")) && taken.err.contains(QLatin1String("2026-01-08")), qPrintable(taken.err));

    const QJsonObject list = parseObject(run(L({"tool", "list", "--json"})).out);
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("tag")).toString(), QStringLiteral("D-001"));
    QCOMPARE(items.at(0).toObject().value(QLatin1String("borrower")).toInteger(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("dueOn")).toString(), QStringLiteral("2026-01-08"));
    QVERIFY(items.at(1).toObject().value(QLatin1String("borrower")).isNull());

    // Back eleven days later, across nothing but days: 3 days late × 1.50.
    CliRun back = run(L({"tool", "return", "D-001", "--condition", "needs_repair", "--date", "2026-01-11"}), QStringLiteral("2026-01-11"));
    QCOMPARE(back.exitCode, 0);
    QVERIFY2(back.out.contains(QLatin1String("Days late: 3;")) && back.out.contains(QLatin1String("4.50")), qPrintable(back.out));
    CliRun broken = run(L({"tool", "checkout", "D-001", "--member", "3"}), QStringLiteral("2026-01-11"));
    QCOMPARE(broken.exitCode, 4);
    QVERIFY2(broken.err.contains(QLatin1String("maintenance")), qPrintable(broken.err));

    const QJsonObject shown = parseObject(run(L({"tool", "show", "D-001", "--json"}), QStringLiteral("2026-01-11")).out);
    QCOMPARE(shown.value(QLatin1String("condition")).toString(), QStringLiteral("needs_repair"));
    QCOMPARE(shown.value(QLatin1String("lateFeePerDay")).toString(), QStringLiteral("1.50"));
    QCOMPARE(shown.value(QLatin1String("lendable")).toBool(), false);
    QVERIFY(shown.value(QLatin1String("loan")).isNull());
    QCOMPARE(shown.value(QLatin1String("history")).toArray().size(), 1);
    QCOMPARE(shown.value(QLatin1String("history")).toArray().at(0).toObject().value(QLatin1String("returnedOn")).toString(),
             QStringLiteral("2026-01-11"));
    CliRun text = run(L({"tool", "show", "L-1"}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QLatin1String("Ladder")));

    auto vault = openVault();
    QVERIFY(vault);
    QVERIFY(vault->verify().isEmpty());
    QCOMPARE(*vault->database().scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind LIKE 'tool%'")), 5);
}

void TestCliLedger::toolHoldsRenewalsOverdueAndMaintenance()
{
    useTemplate(QStringLiteral("people.vault"));
    QCOMPARE(run(L({"tool", "add", "Cordless drill", "--tag", "D-001", "--loan-days", "7", "--late-fee", "2"})).exitCode, 0);
    QCOMPARE(run(L({"tool", "checkout", "D-001", "--member", "1"})).exitCode, 0); // due 2026-01-08
    CliRun renewed = run(L({"tool", "renew", "D-001"}), QStringLiteral("2026-01-05"));
    QCOMPARE(renewed.exitCode, 0);
    QVERIFY2(renewed.out.contains(QLatin1String("2026-01-15")), qPrintable(renewed.out));

    CliRun held = run(L({"tool", "hold", "D-001", "--member", "3"}), QStringLiteral("2026-01-06"));
    QCOMPARE(held.exitCode, 0);
    QVERIFY2(held.out.contains(QLatin1String("number 1")), qPrintable(held.out));
    QVERIFY(run(L({"tool", "hold", "D-001", "--member", "2"}), QStringLiteral("2026-01-06")).out.contains(QLatin1String("number 2")));
    CliRun refused = run(L({"tool", "renew", "D-001"}), QStringLiteral("2026-01-07"));
    QCOMPARE(refused.exitCode, 4);
    verifyOneLineError(refused);
    QVERIFY2(refused.err.contains(QLatin1String("Cleo")), qPrintable(refused.err));

    // Overdue on 2026-02-02: 15 Jan → 2 Feb is 18 days, 36 credits so far.
    CliRun overdue = run(L({"tool", "overdue", "--json"}), QStringLiteral("2026-02-02"));
    QCOMPARE(overdue.exitCode, 0);
    const QJsonArray loans = parseObject(overdue.out).value(QLatin1String("loans")).toArray();
    QCOMPARE(loans.size(), 1);
    QCOMPARE(loans.at(0).toObject().value(QLatin1String("daysLate")).toInt(), 18);
    QCOMPARE(loans.at(0).toObject().value(QLatin1String("feeSoFar")).toString(), QStringLiteral("36.00"));
    QCOMPARE(loans.at(0).toObject().value(QLatin1String("contact")).toString(), QStringLiteral("ada@example.org"));
    QVERIFY(run(L({"tool", "overdue"}), QStringLiteral("2026-01-10")).out.contains(QLatin1String("Nothing is overdue")));

    QCOMPARE(run(L({"tool", "return", "D-001", "--condition", "needs_repair"}), QStringLiteral("2026-02-02")).exitCode, 0);
    CliRun fixed = run(L({"tool", "maintenance", "D-001", "--done", "new battery", "--cost", "35"}), QStringLiteral("2026-02-03"));
    QCOMPARE(fixed.exitCode, 0);
    QVERIFY2(fixed.out.contains(QLatin1String("2026-02-03")), qPrintable(fixed.out));
    // Bob is second in the queue: Cleo comes first.
    CliRun notBob = run(L({"tool", "checkout", "D-001", "--member", "2"}), QStringLiteral("2026-02-03"));
    QCOMPARE(notBob.exitCode, 4);
    QVERIFY2(notBob.err.contains(QLatin1String("Cleo")), qPrintable(notBob.err));
    QCOMPARE(run(L({"tool", "checkout", "D-001", "--member", "3"}), QStringLiteral("2026-02-03")).exitCode, 0);
}

void TestCliLedger::toolBadInputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("no tag") << L({"tool", "add", "Drill"}) << QStringLiteral("--tag");
    QTest::newRow("negative deposit") << L({"tool", "add", "Drill", "--tag", "D", "--deposit", "-1"}) << QStringLiteral("-1");
    QTest::newRow("zero loan days") << L({"tool", "add", "Drill", "--tag", "D", "--loan-days", "0"}) << QStringLiteral("'0'");
    QTest::newRow("no member") << L({"tool", "checkout", "D"}) << QStringLiteral("--member");
    QTest::newRow("unknown tag") << L({"tool", "checkout", "X-9", "--member", "1"}) << QStringLiteral("X-9");
    QTest::newRow("bad condition") << L({"tool", "return", "D", "--condition", "broken"}) << QStringLiteral("broken");
    QTest::newRow("hold without member") << L({"tool", "hold", "D"}) << QStringLiteral("--member");
    QTest::newRow("maintenance without work") << L({"tool", "maintenance", "D"}) << QStringLiteral("--done");
    QTest::newRow("negative cost") << L({"tool", "maintenance", "D", "--done", "oiled", "--cost", "-2"}) << QStringLiteral("-2");
    QTest::newRow("unknown tool command") << L({"tool", "lend"}) << QStringLiteral("tool lend");
}

void TestCliLedger::toolBadInputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    useTemplate(QStringLiteral("people.vault"));
    verifyUsageError(run(arguments), named);
}

QTEST_GUILESS_MAIN(TestCliLedger)
#include "tst_cli_ledger.moc"
