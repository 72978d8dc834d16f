// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "ledger/demo.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

Q_DECLARE_METATYPE(mycelium::DemoSpec)

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");

// Every row of a one-column query, for comparing two vaults.
QStringList rows(Database &db, const QString &sql)
{
    QStringList out;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return {stmt.error().message};
    while (stmt->next())
        out << stmt->text(0);
    return out;
}

QString problems(Vault &vault)
{
    QStringList out;
    for (const IntegrityProblem &p : vault.verify())
        out << p.check + QStringLiteral(": ") + p.message;
    return out.join(QLatin1Char('\n'));
}

DemoSpec spec(int members, int trades, int years, quint64 seed, DemoSpec::Writer writer = DemoSpec::Writer::Bulk)
{
    DemoSpec s;
    s.members = members;
    s.trades = trades;
    s.years = years;
    s.seed = seed;
    s.writer = writer;
    return s;
}

// The whole content that the ledger owns, row by row. PIN hashes are salted,
// so only their presence is compared.
const QStringList kContent = {
    QStringLiteral("SELECT seq || '|' || at || '|' || kind || '|' || hex(body) || '|' || hex(prev_hash) || '|' || hex(hash) FROM journal ORDER BY seq"),
    QStringLiteral("SELECT journal_seq || '|' || account || '|' || day || '|' || amount || '|' || balance_after FROM posting ORDER BY journal_seq, account"),
    QStringLiteral("SELECT id || '|' || journal_seq || '|' || payer || '|' || payee || '|' || amount || '|' || memo || '|' || category || '|' || "
                   "trade_date || '|' || recorded_by || '|' || confirmation || '|' || coalesce(reverses, '') FROM trade ORDER BY id"),
    QStringLiteral("SELECT journal_seq || '|' || account || '|' || first_day || '|' || last_day || '|' || balance_before || '|' || amount "
                   "FROM demurrage_charge ORDER BY journal_seq"),
    QStringLiteral("SELECT id || '|' || kind || '|' || coalesce(member_id, '') || '|' || balance || '|' || coalesce(demurrage_through, '') "
                   "FROM account ORDER BY id"),
    QStringLiteral("SELECT id || '|' || number || '|' || name || '|' || contact || '|' || joined_on || '|' || status || '|' || "
                   "(pin_hash IS NOT NULL) || '|' || pc_skills || '|' || pc_time || '|' || pc_tools || '|' || pc_resources || '|' || "
                   "pc_ecological FROM member ORDER BY id"),
    QStringLiteral("SELECT effective_from || '|' || ppm_per_day || '|' || exempt FROM demurrage_rate ORDER BY effective_from"),
    QStringLiteral("SELECT type || '|' || name || '|' || tbl_name || '|' || coalesce(sql, '') FROM sqlite_master ORDER BY name"),
};
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    int m_counter = 0;

    std::unique_ptr<Vault> newVault()
    {
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("d%1.vault").arg(++m_counter)), QStringLiteral("Riverside"), kPassphrase, m_clock,
                                   KdfParams::fastForTests());
        if (!vault)
            qFatal("%s", qPrintable(vault.error().message));
        return std::move(*vault);
    }

    static QByteArray head(Database &db)
    {
        auto stmt = db.prepare(QStringLiteral("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1"));
        return stmt && stmt->next() ? stmt->blob(0) : QByteArray();
    }

private Q_SLOTS:
    // The bulk path writes exactly what the ledger's own calls write: every
    // journal entry (hash chain included), posting, trade, demurrage charge,
    // account and member row. So the ledger would have refused none of the
    // planned trades, and verify passes.
    void bulkEqualsLedgerCalls_data()
    {
        QTest::addColumn<DemoSpec>("demo");
        QTest::addColumn<bool>("ceiling");
        QTest::newRow("default shape") << spec(30, 800, 2, 7) << false;
        QTest::newRow("few members, many trades: credit lines bite") << spec(3, 3000, 1, 3) << false;
        QTest::newRow("long and sparse") << spec(25, 300, 6, 11) << false;
        QTest::newRow("with an accumulation ceiling") << spec(8, 900, 1, 5) << true;
        // Large enough for the bulk writer to build the ordinary indexes at the end.
        QTest::newRow("indexes built at the end") << spec(40, 6000, 2, 13) << false;
    }

    void bulkEqualsLedgerCalls()
    {
        QFETCH(DemoSpec, demo);
        QFETCH(bool, ceiling);
        auto calls = newVault();
        auto bulk = newVault();
        for (Vault *v : {calls.get(), bulk.get()}) {
            if (ceiling)
                QVERIFY(ledger::setAccumulationCeiling(v->database(), 30000, m_clock.now().addYears(-3)).ok());
        }
        DemoSpec reference = demo;
        reference.writer = DemoSpec::Writer::LedgerCalls;
        const Status slow = generateDemo(calls->database(), reference, m_clock.now());
        QVERIFY2(slow.ok(), qPrintable(slow ? QString() : slow.error().message));
        const Status fast = generateDemo(bulk->database(), demo, m_clock.now());
        QVERIFY2(fast.ok(), qPrintable(fast ? QString() : fast.error().message));

        QCOMPARE(problems(*calls), QString());
        QCOMPARE(problems(*bulk), QString());
        for (const QString &sql : kContent) {
            const QStringList expected = rows(calls->database(), sql);
            const QStringList actual = rows(bulk->database(), sql);
            QCOMPARE(actual.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i)
                QCOMPARE(actual.at(i), expected.at(i));
        }
        QCOMPARE(head(bulk->database()), head(calls->database()));
        // A large run goes through a rollback journal; the vault is back in WAL mode after it.
        QCOMPARE(rows(bulk->database(), QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
        QCOMPARE(*countTradesOf(bulk->database()), std::int64_t(demo.trades));
    }

    void looksLikeACommunity()
    {
        auto vault = newVault();
        Database &db = vault->database();
        const DemoSpec demo; // 50 members, 2,000 trades, 2 years
        QVERIFY(generateDemo(db, demo, m_clock.now()).ok());
        QCOMPARE(problems(*vault), QString());
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM member")), 50);
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM trade")), 2000);
        // Dated over the last two years, in date order, up to today.
        const QDate today = m_clock.today();
        QCOMPARE(rows(db, QStringLiteral("SELECT max(trade_date) FROM trade")), QStringList{today.toString(Qt::ISODate)});
        const QDate first = QDate::fromString(rows(db, QStringLiteral("SELECT min(trade_date) FROM trade")).value(0), Qt::ISODate);
        QVERIFY(first >= today.addYears(-2));
        QVERIFY(first <= today.addYears(-2).addDays(14));
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM trade a JOIN trade b ON b.id = a.id + 1 WHERE b.trade_date < a.trade_date")), 0);
        // Reversals, several categories, memos, the commons fund, status changes, PINs, rates.
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(*) FROM trade WHERE reverses IS NOT NULL")) >= 1);
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(DISTINCT category) FROM trade")) >= 8);
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(*) FROM trade WHERE memo LIKE '% hours of %'")) > 0);
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(*) FROM trade WHERE payer = 1 OR payee = 1")) > 0);
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE kind = 'member_status'")) >= 1);
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM member WHERE pin_hash IS NOT NULL")), 2);
        QVERIFY(members::checkPin(db, 1, QStringLiteral("0001")).ok());
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM demurrage_rate")), 2);
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(*) FROM member WHERE joined_on > (SELECT min(joined_on) FROM member)")) > 20);
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(DISTINCT name) FROM member")) == 50);
        // Amounts: mostly 5 to 80 credits, some larger.
        const auto small = *db.scalar(QStringLiteral("SELECT count(*) FROM trade WHERE amount BETWEEN 500 AND 8000"));
        QVERIFY2(small > 1500, qPrintable(QString::number(small)));
        QVERIFY(*db.scalar(QStringLiteral("SELECT count(*) FROM trade WHERE amount > 20000")) > 10);
        // Demurrage is settled through yesterday for everyone.
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM account WHERE demurrage_through < date('2026-11-20')")), 0);
        QVERIFY(*ledger::balance(db, kCommonsFund) != 0);
        // Nobody below the credit line except by a reversal.
        const auto below = *db.scalar(QStringLiteral("SELECT count(*) FROM account a WHERE a.balance < -100000 - 500000"));
        QCOMPARE(below, 0);
    }

    void sameSeedSameCommunity()
    {
        auto a = newVault();
        auto b = newVault();
        auto c = newVault();
        QVERIFY(generateDemo(a->database(), spec(20, 400, 1, 42), m_clock.now()).ok());
        QVERIFY(generateDemo(b->database(), spec(20, 400, 1, 42), m_clock.now()).ok());
        QVERIFY(generateDemo(c->database(), spec(20, 400, 1, 43), m_clock.now()).ok());
        QCOMPARE(head(a->database()), head(b->database()));
        QVERIFY(head(a->database()) != head(c->database()));
    }

    void cancellingLeavesNothing()
    {
        auto vault = newVault();
        const QStringList schema = rows(vault->database(), QStringLiteral("SELECT name || ' ' || sql FROM sqlite_master ORDER BY name"));
        int calls = 0;
        const Status s = generateDemo(vault->database(), spec(20, 5000, 1, 1), m_clock.now(), [&](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Cancelled);
        QVERIFY(calls > 1);
        for (const char *table : {"member", "trade", "journal", "posting", "demurrage_charge", "demurrage_rate"})
            QCOMPARE(*vault->database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
        // The indexes set aside for the run are back.
        QCOMPARE(rows(vault->database(), QStringLiteral("SELECT name || ' ' || sql FROM sqlite_master ORDER BY name")), schema);
        QCOMPARE(*vault->database().scalar(QStringLiteral("PRAGMA cache_size")), -2000);
        QCOMPARE(rows(vault->database(), QStringLiteral("PRAGMA journal_mode")), QStringList{QStringLiteral("wal")});
        // And the vault still works, the page cache included.
        QVERIFY(generateDemo(vault->database(), spec(5, 50, 1, 1), m_clock.now()).ok());
        QCOMPARE(problems(*vault), QString());
    }

    void progressCountsTrades()
    {
        auto vault = newVault();
        QList<int> seen;
        QVERIFY(generateDemo(vault->database(), spec(10, 3000, 1, 2), m_clock.now(), [&](int done, int total) {
                    if (total != 3000)
                        return false;
                    seen << done;
                    return true;
                }).ok());
        QCOMPARE(seen.first(), 0);
        QCOMPARE(seen.last(), 3000);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

    void refusesAVaultInUseAndBadSpecs()
    {
        auto vault = newVault();
        QVERIFY(members::add(vault->database(), {QStringLiteral("Ana"), std::nullopt, {}, m_clock.today(), {}}, m_clock.now()).ok());
        const Status used = generateDemo(vault->database(), DemoSpec(), m_clock.now());
        QVERIFY(!used.ok());
        QCOMPARE(used.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(*vault->database().scalar(QStringLiteral("SELECT count(*) FROM member")), 1);

        auto empty = newVault();
        QVERIFY(!generateDemo(empty->database(), spec(1, 10, 1, 1), m_clock.now()).ok());
        QVERIFY(!generateDemo(empty->database(), spec(10, 10, 0, 1), m_clock.now()).ok());
        QVERIFY(!generateDemo(empty->database(), spec(-1, 10, 1, 1), m_clock.now()).ok());
        QVERIFY(generateDemo(empty->database(), spec(3, 0, 1, 1), m_clock.now()).ok());
        QCOMPARE(*empty->database().scalar(QStringLiteral("SELECT count(*) FROM member")), 3);
        QCOMPARE(problems(*empty), QString());
    }

private:
    static Result<std::int64_t> countTradesOf(Database &db) { return ledger::countTrades(db, {}); }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
