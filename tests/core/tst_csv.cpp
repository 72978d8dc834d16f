// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "ledger/csv.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "testfiles.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr std::int64_t credits(std::int64_t whole)
{
    return whole * 100;
}

QString errorOf(const Result<int> &result)
{
    return result ? QStringLiteral("(no error: %1)").arg(*result) : result.error().message;
}
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 1), QTime(10, 0))};
    int m_counter = 0;
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }

    std::unique_ptr<Vault> newVault()
    {
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("c%1.vault").arg(++m_counter)), QStringLiteral("Riverside"), kPassphrase, m_clock,
                                   KdfParams::fastForTests());
        if (!vault)
            qFatal("%s", qPrintable(vault.error().message));
        return std::move(*vault);
    }

    Member addMember(Database &d, const QString &name, QDate joined = {})
    {
        auto member = members::add(d, {name, std::nullopt, {}, joined.isValid() ? joined : m_clock.today(), {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    Result<Trade> pay(Database &d, std::int64_t from, std::int64_t to, std::int64_t amount, const QString &memo = QStringLiteral("3 hours of carpentry"))
    {
        TradeRequest request;
        request.payer = from;
        request.payee = to;
        request.amount = amount;
        request.memo = memo;
        request.category = QStringLiteral("repairs");
        request.date = m_clock.today();
        request.recordedBy = QStringLiteral("hall desk");
        return ledger::recordTrade(d, request, m_clock.now());
    }

    Result<int> importMembersFrom(QByteArray bytes)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return importMembers(db(), buffer, m_clock.now());
    }

    Result<int> importTradesFrom(QByteArray bytes)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return importTrades(db(), buffer, m_clock.now());
    }

    // Everything an import could touch, for "nothing changed".
    QString fingerprint(Database &d)
    {
        QStringList parts;
        for (const char *table : {"member", "account", "journal", "posting", "trade", "demurrage_charge", "demurrage_rate"})
            parts << QString::number(*d.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        auto head = d.prepare(QStringLiteral("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1"));
        parts << (head && head->next() ? QString::fromLatin1(head->blob(0).toHex()) : QStringLiteral("empty"));
        parts << QString::number(*d.scalar(QStringLiteral("SELECT coalesce(sum(abs(balance)), 0) FROM account")));
        return parts.join(QLatin1Char('/'));
    }

    // Three members (1, 2, 3) who joined a year ago, for trade imports.
    void threeMembers()
    {
        for (const char *name : {"Ana", "Ben", "Chen"})
            addMember(db(), QString::fromUtf8(name), m_clock.today().addYears(-1));
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 1), QTime(10, 0)));
        m_vault = newVault();
    }

    void cleanup() { m_vault.reset(); }

    // ---- The format ---------------------------------------------------------

    void quotesOnlyWhenNeeded()
    {
        QCOMPARE(csv::field(QStringLiteral("plain text")), QByteArray("plain text"));
        QCOMPARE(csv::field(QString()), QByteArray());
        QCOMPARE(csv::field(QStringLiteral("Okafor, Ben")), QByteArray("\"Okafor, Ben\""));
        QCOMPARE(csv::field(QStringLiteral("Ana \"the baker\" Lima")), QByteArray("\"Ana \"\"the baker\"\" Lima\""));
        QCOMPARE(csv::field(QStringLiteral("two\nlines")), QByteArray("\"two\nlines\""));
        QCOMPARE(csv::field(QStringLiteral("cr\rhere")), QByteArray("\"cr\rhere\""));
        QCOMPARE(csv::field(QStringLiteral("Zoë Ünal 李小龍")), QStringLiteral("Zoë Ünal 李小龍").toUtf8());
        QCOMPARE(csv::field(QStringLiteral(" spaces ")), QByteArray(" spaces "));
        QCOMPARE(csv::record({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QByteArray("a,\"b,c\",\n"));
    }

    void readsWhatItWrites()
    {
        const QList<QStringList> records = {
            {QStringLiteral("Okafor, Ben"), QStringLiteral("Ana \"the baker\" Lima"), QStringLiteral("two\nlines")},
            {QString(), QStringLiteral("Zoë Ünal 李小龍"), QStringLiteral("\"")},
            {QStringLiteral(","), QStringLiteral("\n\n"), QStringLiteral(" x ")},
        };
        QByteArray bytes;
        for (const QStringList &r : records)
            bytes += csv::record(r);
        csv::Reader reader(bytes);
        QList<int> lines;
        for (const QStringList &expected : records) {
            QVERIFY(reader.next());
            QCOMPARE(reader.fields(), expected);
            lines << reader.line();
        }
        QVERIFY(!reader.next());
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(lines, (QList<int>{1, 3, 4})); // a record with a line break in a field takes two lines
    }

    void acceptsCrlfBomBlankLinesAndNoFinalNewline()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" "name,number\r\n\r\nAna,1\r\n\"Ben\r\nOkafor\",2\r\n\nChen,3";
        csv::Reader reader(bytes);
        QVERIFY(reader.next());
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("name"), QStringLiteral("number")}));
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 3);
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("Ana"), QStringLiteral("1")}));
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 4);
        QCOMPARE(reader.fields().first(), QStringLiteral("Ben\nOkafor")); // CRLF inside quotes reads as LF
        QVERIFY(reader.next());
        QCOMPARE(reader.line(), 7);
        QCOMPARE(reader.fields(), (QStringList{QStringLiteral("Chen"), QStringLiteral("3")}));
        QVERIFY(!reader.next());
        QVERIFY(reader.error().isEmpty());
    }

    void malformedRecordsNameTheirLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"four\n5,6\n")
                                        << QStringLiteral("line 3, column 2: a quoted field is not closed; the closing double quote is missing.");
        QTest::newRow("text after the closing quote") << QByteArray("a,b\n1,\"two\"x\n") << QStringLiteral("line 2, column 2: text follows the closing");
        QTest::newRow("quote inside an unquoted field") << QByteArray("a,b\n1,2\n3,fo\"ur\n")
                                                        << QStringLiteral("line 3, column 2: a double quote inside a field that does not start with one");
    }

    void malformedRecordsNameTheirLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        csv::Reader reader(bytes);
        while (reader.next()) { }
        QVERIFY2(reader.error().startsWith(error), qPrintable(reader.error()));
    }

    void invalidUtf8IsFoundOnItsLine()
    {
        QVERIFY(csv::checkUtf8("\xEF\xBB\xBFname\nZo\xC3\xAB\n").isEmpty());
        QVERIFY(csv::checkUtf8("a\nb\nc\xFF\n").startsWith(QLatin1String("line 3:")));
        QVERIFY(csv::checkUtf8("a\n\xC0\xAF\n").startsWith(QLatin1String("line 2:"))); // overlong '/'
        QVERIFY(csv::checkUtf8("\xED\xA0\x80").startsWith(QLatin1String("line 1:"))); // a surrogate
        QVERIFY(csv::checkUtf8("ok\n\xE2\x82").startsWith(QLatin1String("line 2:"))); // cut short
    }

    // ---- Export and import round trip --------------------------------------

    void exportThenImportGivesTheSameCommunity()
    {
        // A small community with awkward names and memos, a few weeks of
        // trades, a reversal, the commons fund and demurrage.
        const QDate start = m_clock.today().addDays(-40);
        m_clock.set(QDateTime(start, QTime(9, 0)));
        const QStringList names = {QStringLiteral("Okafor, Ben"), QStringLiteral("Ana \"the baker\" Lima"), QStringLiteral("Zoë Ünal"),
                                   QStringLiteral("李小龍"), QStringLiteral("Siobhán O'Brien")};
        for (const QString &name : names)
            addMember(db(), name);
        QVERIFY(members::add(db(), {QStringLiteral("Dmitri Petrov"), 42, QStringLiteral("dmitri@example.org, or the hall\nphone"), start, {}},
                             m_clock.now())
                    .ok());
        QVERIFY(members::setStatus(db(), 42, Member::Status::Suspended, QStringLiteral("mediation"), m_clock.now()).ok());
        const QStringList memos = {QStringLiteral("Bread, eggs and jam"), QStringLiteral("The \"big\" repair"), QStringLiteral("two\nlines"),
                                   QStringLiteral("Ünterricht 数学"), QStringLiteral("plain")};
        std::int64_t toReverse = 0;
        for (int day = 0; day < 30; ++day) {
            for (int k = 0; k < 3; ++k) {
                const std::int64_t from = (day + k) % 6; // 0 is the commons fund
                const std::int64_t to = (day * 7 + k + 1) % 6;
                if (from == to)
                    continue;
                auto t = pay(db(), from, to, credits(5 + (day * 13 + k * 7) % 90) + (k == 1 ? 50 : 0), memos.at((day + k) % memos.size()));
                QVERIFY2(t.ok(), qPrintable(t ? QString() : t.error().message));
                if (day == 3)
                    toReverse = t->id;
            }
            if (day == 10)
                QVERIFY(ledger::reverse(db(), toReverse, QStringLiteral("coordinator"), m_clock.today(), m_clock.now()).ok());
            m_clock.advanceDays(1);
        }
        QVERIFY(*db().scalar(QStringLiteral("SELECT count(*) FROM demurrage_charge")) > 0);

        const QString out = m_dir.filePath(QStringLiteral("export-a"));
        QVERIFY(exportCsv(db(), out).ok());
        const QByteArray membersCsv = test::readFile(out + QStringLiteral("/members.csv"));
        const QByteArray tradesCsv = test::readFile(out + QStringLiteral("/trades.csv"));
        QVERIFY(membersCsv.startsWith("number,name,contact,joined_on,status,balance,credit_line\n"));
        QVERIFY(membersCsv.contains("\"Okafor, Ben\""));
        QVERIFY(membersCsv.contains("\"Ana \"\"the baker\"\" Lima\""));
        QVERIFY(membersCsv.contains(QStringLiteral("李小龍").toUtf8()));
        QVERIFY(tradesCsv.startsWith("id,date,payer_number,payee_number,amount,memo,category,recorded_by,confirmation,reverses\n"));
        QVERIFY(tradesCsv.contains("\"two\nlines\""));
        QVERIFY(test::readFile(out + QStringLiteral("/balances.csv")).startsWith("number,name,balance\n0,"));
        QVERIFY(test::readFile(out + QStringLiteral("/demurrage.csv")).startsWith("journal_seq,number,first_day,last_day,balance_before,amount\n"));
        QVERIFY(!membersCsv.contains('\r'));

        // A fresh vault reads it back and ends up with the same files.
        auto copy = newVault();
        {
            QBuffer m;
            m.setData(membersCsv);
            m.open(QIODevice::ReadOnly);
            auto added = importMembers(copy->database(), m, m_clock.now());
            QVERIFY2(added.ok(), qPrintable(errorOf(added)));
            QCOMPARE(*added, 6);
            QBuffer t;
            t.setData(tradesCsv);
            t.open(QIODevice::ReadOnly);
            // Dmitri is suspended in both, and never traded.
            auto recorded = importTrades(copy->database(), t, m_clock.now());
            QVERIFY2(recorded.ok(), qPrintable(errorOf(recorded)));
            QCOMPARE(*recorded, *db().scalar(QStringLiteral("SELECT count(*) FROM trade")));
        }
        for (Database *d : {&db(), &copy->database()})
            QVERIFY(ledger::settleDemurrage(*d, m_clock.today().addDays(-1), m_clock.now()).ok());
        QVERIFY(exportCsv(db(), out).ok());
        const QString back = m_dir.filePath(QStringLiteral("export-b"));
        QVERIFY(exportCsv(copy->database(), back).ok());
        for (const char *file : {"members.csv", "trades.csv", "balances.csv", "demurrage.csv"}) {
            const QString name = QLatin1String("/") + QLatin1String(file);
            QCOMPARE(test::readFile(back + name), test::readFile(out + name));
        }
        QVERIFY(copy->verify().isEmpty());
        QCOMPARE(ledger::balances(copy->database())->size(), 7);
        QCOMPARE(members::byNumber(copy->database(), 42)->contact, QStringLiteral("dmitri@example.org, or the hall\nphone"));
        QCOMPARE(members::byNumber(copy->database(), 42)->status, Member::Status::Suspended);
    }

    // ---- Members ------------------------------------------------------------

    void importsMembersInAnyColumnOrder()
    {
        addMember(db(), QStringLiteral("Already here")); // number 1
        QVERIFY(members::add(db(), {QStringLiteral("Seven"), 7, {}, m_clock.today(), {}}, m_clock.now()).ok());
        const QByteArray file = "\xEF\xBB\xBF" "contact,name,joined_on,number,pin,status\r\n"
                                "ana@example.org,Ana,2025-03-01,5,,\r\n"
                                ",  Ben   Okafor ,,,4711,active\r\n"
                                "\"Zoë, at the bakery\",Zoë Ünal,2024-12-31,3,,left\r\n"
                                ",Chen,,,,suspended\r\n";
        auto added = importMembersFrom(file);
        QVERIFY2(added.ok(), qPrintable(errorOf(added)));
        QCOMPARE(*added, 4);
        const Member ana = *members::byNumber(db(), 5);
        QCOMPARE(ana.name, QStringLiteral("Ana"));
        QCOMPARE(ana.contact, QStringLiteral("ana@example.org"));
        QCOMPARE(ana.joinedOn, QDate(2025, 3, 1));
        // Without a number: above the highest in the vault (7) and the file (5).
        const Member ben = *members::byNumber(db(), 8);
        QCOMPARE(ben.name, QStringLiteral("Ben Okafor"));
        QCOMPARE(ben.joinedOn, m_clock.today());
        QVERIFY(ben.hasPin);
        QVERIFY(members::checkPin(db(), 8, QStringLiteral("4711")).ok());
        const Member zoe = *members::byNumber(db(), 3);
        QCOMPARE(zoe.contact, QStringLiteral("Zoë, at the bakery"));
        QCOMPARE(zoe.status, Member::Status::Left);
        QCOMPARE(members::byNumber(db(), 9)->status, Member::Status::Suspended);
        QVERIFY(m_vault->verify().isEmpty());
    }

    void exportedBalanceAndCreditLineAreAcceptedAndIgnored()
    {
        auto added = importMembersFrom("number,name,contact,joined_on,status,balance,credit_line\n4,Ana,,2026-01-01,active,-12.50,1000.00\n");
        QVERIFY2(added.ok(), qPrintable(errorOf(added)));
        QCOMPARE(*ledger::balance(db(), 4), 0);
    }

    void memberErrorsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("The file is empty");
        QTest::newRow("unknown column") << QByteArray("name,nmber\nAna,1\n") << QStringLiteral("line 1, field nmber: \"nmber\" is not a column");
        QTest::newRow("column without a name") << QByteArray("name,number,\nAna,1,\n") << QStringLiteral("line 1, column 3: the column has no name");
        QTest::newRow("column twice") << QByteArray("name,number,name\n") << QStringLiteral("line 1, field name: the column appears twice.");
        QTest::newRow("no name column") << QByteArray("number,contact\n1,x\n") << QStringLiteral("line 1: the column \"name\" is missing");
        QTest::newRow("blank name") << QByteArray("name,number\nAna,2\n   ,3\n") << QStringLiteral("line 3, field name: a member needs a name.");
        QTest::newRow("not a number") << QByteArray("name,number\nAna,2\nBen,2b\n") << QStringLiteral("line 3, field number: \"2b\" is not a member number");
        QTest::newRow("number zero") << QByteArray("name,number\nAna,0\n") << QStringLiteral("line 2, field number: \"0\" is not a member number");
        QTest::newRow("negative number") << QByteArray("name,number\nAna,-4\n") << QStringLiteral("line 2, field number: \"-4\" is not a member number");
        QTest::newRow("number twice in the file") << QByteArray("name,number\nAna,4\nBen,5\nChen,4\n")
                                                  << QStringLiteral("line 4, field number: member number 4 is also given on line 2.");
        QTest::newRow("number taken in the vault") << QByteArray("name,number\nAna,1\n")
                                                   << QStringLiteral("line 2, field number: member number 1 is already taken in the vault (Already here).");
        QTest::newRow("not a date") << QByteArray("name,joined_on\nAna,2026-02-30\n") << QStringLiteral("line 2, field joined_on: \"2026-02-30\" is not a date");
        QTest::newRow("date in another format") << QByteArray("name,joined_on\nAna,01/02/2026\n")
                                                << QStringLiteral("line 2, field joined_on: \"01/02/2026\" is not a date");
        QTest::newRow("short PIN") << QByteArray("name,pin\nAna,123\n") << QStringLiteral("line 2, field pin: a PIN needs at least 4 characters.");
        QTest::newRow("unknown status") << QByteArray("name,status\nAna,gone\n") << QStringLiteral("line 2, field status: \"gone\" is not a status");
        QTest::newRow("too many fields") << QByteArray("name,contact\nAna,x\nOkafor, Ben,y\n")
                                         << QStringLiteral("line 3: 3 fields where the first line names 2 columns");
        QTest::newRow("unclosed quote") << QByteArray("name,contact\nAna,\"x\n") << QStringLiteral("line 2, column 2: a quoted field is not closed");
        QTest::newRow("not UTF-8") << QByteArray("name\nAna\nZo\xEB\n") << QStringLiteral("line 3: the text is not valid UTF-8");
    }

    void memberErrorsNameLineAndField()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        addMember(db(), QStringLiteral("Already here"));
        const QString before = fingerprint(db());
        auto result = importMembersFrom(file);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.startsWith(error), qPrintable(result.error().message));
        QCOMPARE(fingerprint(db()), before);
    }

    void aBadMemberOnLine500AddsNobody()
    {
        QByteArray file = "name,number,pin\n";
        for (int i = 2; i <= 600; ++i)
            file += QStringLiteral("Member %1,%2,%3\n").arg(i).arg(i == 500 ? 17 : i).arg(i == 3 ? QStringLiteral("2468") : QString()).toUtf8();
        const QString before = fingerprint(db());
        auto result = importMembersFrom(file);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(QLatin1String("line 500, field number: member number 17 is also given on line 17.")),
                 qPrintable(result.error().message));
        QCOMPARE(fingerprint(db()), before);
    }

    // ---- Trades -------------------------------------------------------------

    void importsTradesInFileOrder()
    {
        threeMembers();
        const QDate today = m_clock.today();
        const QByteArray file = QStringLiteral("memo,amount,payee_number,payer_number,date,category,recorded_by,confirmation\n"
                                               "\"3 hours of gardening, with tools\",40,2,1,%1,gardening,hall desk,pin\n"
                                               "Bread,2.5,3,2,%1,food,,\n"
                                               "Hall rental,12.05,0,3,%2,commons,coordinator,coordinator\n"
                                               "\"Ünterricht \"\"Mathe\"\"\",7.00,1,0,%2,,,none\n")
                                    .arg(today.addDays(-3).toString(Qt::ISODate), today.toString(Qt::ISODate))
                                    .toUtf8();
        auto recorded = importTradesFrom(file);
        QVERIFY2(recorded.ok(), qPrintable(errorOf(recorded)));
        QCOMPARE(*recorded, 4);
        const Trade first = *ledger::trade(db(), 1);
        QCOMPARE(first.memo, QStringLiteral("3 hours of gardening, with tools"));
        QCOMPARE(first.amount, credits(40));
        QCOMPARE(first.payer, 1);
        QCOMPARE(first.payee, 2);
        QCOMPARE(first.category, QStringLiteral("gardening"));
        QCOMPARE(first.confirmation, TradeRequest::Confirmation::Pin);
        QCOMPARE(ledger::trade(db(), 2)->amount, 250);
        QCOMPARE(ledger::trade(db(), 3)->payee, kCommonsFund);
        QCOMPARE(ledger::trade(db(), 4)->memo, QStringLiteral("Ünterricht \"Mathe\""));
        QCOMPARE(ledger::trade(db(), 4)->payer, kCommonsFund);
        QVERIFY(m_vault->verify().isEmpty());
    }

    void tradeErrorsNameLineAndField_data()
    {
        QTest::addColumn<QString>("file"); // %1 yesterday, %2 today, %3 tomorrow, %4 two years ago
        QTest::addColumn<QString>("error");
        const QString head = QStringLiteral("date,payer_number,payee_number,amount,memo\n");
        const QString ok = QStringLiteral("%1,1,2,5.00,fine\n");
        QTest::newRow("unknown column") << QStringLiteral("date,payer,payee_number,amount,memo\n")
                                        << QStringLiteral("line 1, field payer: \"payer\" is not a column this import knows");
        QTest::newRow("missing column") << QStringLiteral("date,payer_number,payee_number,amount\n")
                                        << QStringLiteral("line 1: the column \"memo\" is missing");
        QTest::newRow("not a date") << head + ok + QStringLiteral("2026-13-01,1,2,5.00,x\n")
                                    << QStringLiteral("line 3, field date: \"2026-13-01\" is not a date");
        QTest::newRow("in the future") << head + QStringLiteral("%3,1,2,5.00,x\n") << QStringLiteral("line 2, field date: %3 is in the future; today is %2.");
        QTest::newRow("out of date order") << head + QStringLiteral("%2,1,2,5.00,x\n%1,2,1,5.00,y\n")
                                           << QStringLiteral("line 3, field date: %1 is earlier than %2 on line 2. Trades must be in date order, "
                                                             "oldest first, because demurrage settles each account's days in order");
        QTest::newRow("not a member number") << head + ok + QStringLiteral("%2,one,2,5.00,x\n")
                                             << QStringLiteral("line 3, field payer_number: \"one\" is not a member number");
        QTest::newRow("no such member") << head + ok + QStringLiteral("%2,1,9,5.00,x\n")
                                        << QStringLiteral("line 3, field payee_number: there is no member number 9 in the vault");
        QTest::newRow("payer is payee") << head + QStringLiteral("%2,2,2,5.00,x\n") << QStringLiteral("line 2, field payee_number: the payee is the payer (2)");
        QTest::newRow("suspended") << head + ok + QStringLiteral("%2,3,1,5.00,x\n")
                                   << QStringLiteral("line 3, field payer_number: Chen (member 3) is suspended and cannot trade.");
        QTest::newRow("left") << head + QStringLiteral("%2,1,4,5.00,x\n")
                              << QStringLiteral("line 2, field payee_number: Dora (member 4) has left the community and cannot trade.");
        QTest::newRow("before joining") << head + QStringLiteral("%4,1,2,5.00,x\n") << QStringLiteral("line 2, field date: Ana (member 1) joined on");
        QTest::newRow("settled day") << head + QStringLiteral("%5,1,2,5.00,x\n")
                                     << QStringLiteral("line 2, field date: demurrage for Ana (member 1) is settled up to %6");
        QTest::newRow("decimal comma") << head + ok + QStringLiteral("%2,1,2,\"5,00\",x\n")
                                       << QStringLiteral("line 3, field amount: \"5,00\" is not an amount; write it with a point");
        QTest::newRow("three decimals") << head + QStringLiteral("%2,1,2,5.001,x\n") << QStringLiteral("line 2, field amount: \"5.001\" is not an amount");
        QTest::newRow("zero") << head + QStringLiteral("%2,1,2,0.00,x\n") << QStringLiteral("line 2, field amount: the amount must be more than zero, not 0.00.");
        QTest::newRow("negative") << head + QStringLiteral("%2,1,2,-5,x\n") << QStringLiteral("line 2, field amount: the amount must be more than zero, not -5.00.");
        QTest::newRow("bad confirmation") << QStringLiteral("date,payer_number,payee_number,amount,memo,confirmation\n%2,1,2,5,x,fingerprint\n")
                                          << QStringLiteral("line 2, field confirmation: \"fingerprint\" is not a confirmation");
        QTest::newRow("wrong number of fields") << head + QStringLiteral("%2,1,2,5.00,x,y\n")
                                                << QStringLiteral("line 2: 6 fields where the first line names 5 columns");
        QTest::newRow("reverses without ids") << QStringLiteral("date,payer_number,payee_number,amount,memo,reverses\n")
                                              << QStringLiteral("line 1: the column \"reverses\" names trades by their id");
        const QString withIds = QStringLiteral("id,date,payer_number,payee_number,amount,memo,reverses\n");
        QTest::newRow("id twice") << withIds + QStringLiteral("1,%2,1,2,5,x,\n1,%2,1,2,5,x,\n") << QStringLiteral("line 3, field id: trade id 1 is also on line 2.");
        QTest::newRow("reverses a later line") << withIds + QStringLiteral("1,%2,1,2,5,x,2\n2,%2,2,1,5,x,\n")
                                               << QStringLiteral("line 2, field reverses: no earlier line has the id 2");
        QTest::newRow("reverses twice") << withIds + QStringLiteral("1,%2,1,2,5,x,\n2,%2,2,1,5,x,1\n3,%2,2,1,5,x,1\n")
                                        << QStringLiteral("line 4, field reverses: the trade on line 2 is already reversed on line 3.");
        QTest::newRow("reverses a reversal") << withIds + QStringLiteral("1,%2,1,2,5,x,\n2,%2,2,1,5,x,1\n3,%2,1,2,5,x,2\n")
                                             << QStringLiteral("line 4, field reverses: the trade on line 3 is itself a reversal");
        QTest::newRow("reversal does not mirror") << withIds + QStringLiteral("1,%2,1,2,5,x,\n2,%2,2,1,6,x,1\n")
                                                  << QStringLiteral("line 3, field reverses: the reversal of the trade on line 2 must move 5.00 from member 2 back to member 1.");
        QTest::newRow("over the credit line") << head + QStringLiteral("%2,1,2,600,x\n%2,1,2,400,y\n%2,1,2,0.01,z\n")
                                              << QStringLiteral("line 4, field amount: Ana (member 1) can spend at most 0.00 credits now");
    }

    void tradeErrorsNameLineAndField()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        threeMembers();
        addMember(db(), QStringLiteral("Dora"), m_clock.today().addYears(-1));
        QVERIFY(members::setStatus(db(), 3, Member::Status::Suspended, QStringLiteral("mediation"), m_clock.now()).ok());
        QVERIFY(members::setStatus(db(), 4, Member::Status::Left, QStringLiteral("moved"), m_clock.now()).ok());
        const QDate today = m_clock.today();
        const QDate settled = today.addDays(-10);
        QVERIFY(ledger::settleDemurrage(db(), settled, m_clock.now()).ok());
        const QStringList dates = {today.addDays(-1).toString(Qt::ISODate), today.toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate),
                                   today.addYears(-2).toString(Qt::ISODate), settled.addDays(-1).toString(Qt::ISODate),
                                   settled.toString(Qt::ISODate)};
        auto fill = [&](QString text) {
            for (int i = 0; i < dates.size(); ++i)
                text.replace(QStringLiteral("%%1").arg(i + 1), dates.at(i));
            return text;
        };
        const QString before = fingerprint(db());
        auto result = importTradesFrom(fill(file).toUtf8());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.startsWith(fill(error)), qPrintable(result.error().message));
        QCOMPARE(fingerprint(db()), before);
    }

    void reversalsReadBack()
    {
        threeMembers();
        const QString today = m_clock.today().toString(Qt::ISODate);
        const QByteArray file = QStringLiteral("id,date,payer_number,payee_number,amount,memo,category,recorded_by,confirmation,reverses\n"
                                               "10,%1,1,2,40.00,Carpentry,repairs,hall desk,pin,\n"
                                               "11,%1,2,3,5.00,Bread,food,hall desk,none,\n"
                                               "12,%1,2,1,40.00,Reversal of trade 10,repairs,coordinator,coordinator,10\n")
                                    .arg(today)
                                    .toUtf8();
        auto recorded = importTradesFrom(file);
        QVERIFY2(recorded.ok(), qPrintable(errorOf(recorded)));
        QCOMPARE(*recorded, 3);
        const Trade reversal = *ledger::trade(db(), 3);
        QCOMPARE(reversal.reverses, 1); // the file's id 10 is trade 1 in this vault
        QCOMPARE(reversal.recordedBy, QStringLiteral("coordinator"));
        QCOMPARE(*ledger::balance(db(), 1), 0);
        QCOMPARE(*ledger::balance(db(), 2), -credits(5));
        QVERIFY(m_vault->verify().isEmpty());
    }

    // The guarantee: line 500 of 600 is bad, and the vault is exactly as it
    // was, whether the ledger refuses the line or the check before does.
    void aBadTradeOnLine500RecordsNothing_data()
    {
        QTest::addColumn<QString>("line500");
        QTest::addColumn<QString>("error");
        QTest::newRow("refused by the ledger: credit line") << QStringLiteral("%1,1,2,2000.00,too much")
                                                            << QStringLiteral("line 500, field amount: Ana (member 1) can spend at most");
        QTest::newRow("refused by the check: bad amount") << QStringLiteral("%1,1,2,12.345,typo")
                                                          << QStringLiteral("line 500, field amount: \"12.345\" is not an amount");
        QTest::newRow("refused by the check: unknown member") << QStringLiteral("%1,1,77,1.00,who")
                                                              << QStringLiteral("line 500, field payee_number: there is no member number 77");
    }

    void aBadTradeOnLine500RecordsNothing()
    {
        QFETCH(QString, line500);
        QFETCH(QString, error);
        threeMembers();
        // Some history first, so that the vault has a journal to keep. It is
        // dated before the file's first day: a trade settles the days before
        // its own, and the file must not start on a settled day.
        const QDateTime now = m_clock.now();
        m_clock.set(now.addDays(-40));
        for (int i = 0; i < 5; ++i)
            QVERIFY(pay(db(), 1 + i % 3, 1 + (i + 1) % 3, credits(3)).ok());
        m_clock.set(now);
        const QString before = fingerprint(db());
        const QDate today = m_clock.today();
        QByteArray file = "date,payer_number,payee_number,amount,memo,category\n";
        for (int line = 2; line <= 600; ++line) {
            const QString date = today.addDays(-30 + (line * 30) / 600).toString(Qt::ISODate);
            if (line == 500)
                file += line500.arg(date).toUtf8() + ",\n";
            else
                file += QStringLiteral("%1,%2,%3,1.%4,trade on line %5,food\n")
                            .arg(date)
                            .arg(1 + line % 3)
                            .arg(1 + (line + 1) % 3)
                            .arg(line % 100, 2, 10, QLatin1Char('0'))
                            .arg(line)
                            .toUtf8();
        }
        auto result = importTradesFrom(file);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(error), qPrintable(result.error().message));
        if (error.contains(QLatin1String("can spend"))) // found while recording, after 498 lines went in
            QVERIFY(result.error().message.endsWith(QLatin1String("Nothing was imported.")));
        QCOMPARE(fingerprint(db()), before);
        QVERIFY(m_vault->verify().isEmpty());

        // The same file without the bad line goes in whole.
        QList<QByteArray> rows = file.split('\n');
        rows.removeAt(499); // rows[0] is line 1
        auto fixed = importTradesFrom(rows.join('\n'));
        QVERIFY2(fixed.ok(), qPrintable(errorOf(fixed)));
        QCOMPARE(*fixed, 598);
    }

    void exportWritesAtomicallyAndFailsCleanly()
    {
        threeMembers();
        QVERIFY(pay(db(), 1, 2, credits(10)).ok());
        const QString out = m_dir.filePath(QStringLiteral("atomic"));
        QVERIFY(exportCsv(db(), out).ok());
        const QByteArray first = test::readFile(out + QStringLiteral("/trades.csv"));
        QVERIFY(pay(db(), 2, 3, credits(4)).ok());
        QVERIFY(exportCsv(db(), out).ok());
        QVERIFY(test::readFile(out + QStringLiteral("/trades.csv")).size() > first.size());
        QCOMPARE(QDir(out).entryList(QDir::Files).size(), 4); // no temporary files left behind
        // A folder that cannot be made is an I/O error, not a crash.
        test::writeFile(m_dir.filePath(QStringLiteral("a-file")), "x");
        const Status blocked = exportCsv(db(), m_dir.filePath(QStringLiteral("a-file/sub")));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, ErrorCode::IoError);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
