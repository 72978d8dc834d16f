// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/demo.h"
#include "ledger/demurrage.h"
#include "ledger/journal.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "storage/database.h"
#include "storage/sqlcipher.h"

#include <QCoreApplication>
#include <QList>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <memory>
#include <vector>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::demo", text);
}

// ---- Deterministic randomness ----------------------------------------------

// xoshiro256** seeded through splitmix64, with an unbiased bounded draw:
// the same numbers on every platform and Qt version, which neither
// QRandomGenerator::bounded nor the std distributions promise.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n), n > 0: rejection keeps it unbiased.
    std::int64_t below(std::int64_t n)
    {
        const quint64 bound = quint64(n);
        const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
        quint64 r = next();
        while (r >= limit)
            r = next();
        return std::int64_t(r % bound);
    }
    std::int64_t between(std::int64_t low, std::int64_t high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    bool perMille(int p) { return below(1000) < p; }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(std::int64_t(N))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

// ---- What the community looks like -----------------------------------------

const char *const kFirstNames[] = {
    "Amara", "Ana", "Aroha", "Ben", "Björn", "Chen", "Chiara", "Dagny", "Dmitri", "Dolores", "Dörte", "Emeka", "Elif", "Ewa",
    "Fatima", "Finn", "Giulia", "Grace", "Hamid", "Hana", "Ingrid", "Isaac", "Jamal", "Jun", "Kalani", "Kofi", "Kwame", "Lakshmi",
    "Lars", "Leila", "Linh", "Luca", "Mai", "Malik", "María", "Mateo", "Mei", "Nadia", "Niamh", "Noor", "Oluwaseun", "Omar",
    "Paulo", "Priya", "Quentin", "Rahel", "Ravi", "Rosa", "Sakura", "Samir", "Sara", "Siobhan", "Tariq", "Tereza", "Thandiwe",
    "Tomás", "Uma", "Valentina", "Wei", "Yara", "Yusuf", "Zanele", "Zofia", "Anh", "Bilal", "Carmen", "Declan", "Esperanza",
};
const char *const kFamilyNames[] = {
    "Abebe", "Ahmadi", "Andersen", "Begay", "Bianchi", "Chávez", "Cohen", "Costa", "Delacroix", "Dlamini", "Dubois", "Eriksen",
    "Fernández", "Fitzgerald", "García", "Goldberg", "Haddad", "Hernández", "Horvat", "Ibrahim", "Ivanova", "Jovanović",
    "Kariuki", "Kaur", "Kim", "Kowalski", "Lindqvist", "López", "MacLeod", "Mensah", "Müller", "Mwangi", "Nakamura", "Nguyen",
    "Novak", "Nowak", "O'Brien", "Okafor", "Ortiz", "Papadopoulos", "Park", "Petrov", "Quispe", "Rahman", "Rossi", "Sato",
    "Schmidt", "Silva", "Singh", "Takahashi", "Tanaka", "Ueda", "Ünal", "Varga", "Wójcik", "Xu", "Yamamoto", "Yılmaz", "Zhang",
};

struct Category {
    const char *name;
    // Memos: "%1" is a number of hours or items (2 or more) where it appears.
    const char *memos[4];
};

const Category kCategories[] = {
    {QT_TRANSLATE_NOOP("mycelium::demo", "food"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "Bread and eggs"), QT_TRANSLATE_NOOP("mycelium::demo", "A box of vegetables"),
      QT_TRANSLATE_NOOP("mycelium::demo", "%1 jars of jam"), QT_TRANSLATE_NOOP("mycelium::demo", "Soup for the week")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "childcare"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of childcare"), QT_TRANSLATE_NOOP("mycelium::demo", "Babysitting on Friday evening"),
      QT_TRANSLATE_NOOP("mycelium::demo", "School pick-up for a week"), QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of babysitting")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "repairs"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of carpentry"), QT_TRANSLATE_NOOP("mycelium::demo", "Fixed a leaking tap"),
      QT_TRANSLATE_NOOP("mycelium::demo", "Bicycle repair"), QT_TRANSLATE_NOOP("mycelium::demo", "Mended the garden fence")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "tutoring"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of maths tutoring"), QT_TRANSLATE_NOOP("mycelium::demo", "Guitar lesson"),
      QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of language exchange"), QT_TRANSLATE_NOOP("mycelium::demo", "Help with a job application")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "transport"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "Lift to the hospital"), QT_TRANSLATE_NOOP("mycelium::demo", "Lift to the station"),
      QT_TRANSLATE_NOOP("mycelium::demo", "Moving help with the van"), QT_TRANSLATE_NOOP("mycelium::demo", "%1 trips to the recycling centre")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "crafts"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "Knitted scarf"), QT_TRANSLATE_NOOP("mycelium::demo", "%1 hand-thrown bowls"),
      QT_TRANSLATE_NOOP("mycelium::demo", "Sewing repairs"), QT_TRANSLATE_NOOP("mycelium::demo", "Wooden toy for a birthday")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "gardening"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of gardening"), QT_TRANSLATE_NOOP("mycelium::demo", "Pruned the apple trees"),
      QT_TRANSLATE_NOOP("mycelium::demo", "%1 trays of seedlings"), QT_TRANSLATE_NOOP("mycelium::demo", "Mowed the lawn")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "tools"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "Borrowed the ladder"), QT_TRANSLATE_NOOP("mycelium::demo", "Drill for a weekend"),
      QT_TRANSLATE_NOOP("mycelium::demo", "Lawnmower for %1 days"), QT_TRANSLATE_NOOP("mycelium::demo", "Sharpened %1 knives")}},
    {QT_TRANSLATE_NOOP("mycelium::demo", "care"),
     {QT_TRANSLATE_NOOP("mycelium::demo", "Shopping for an elder neighbour"), QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of company and tea"),
      QT_TRANSLATE_NOOP("mycelium::demo", "Dog walking for a week"), QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours of cleaning")}},
};

// Trades with the commons fund: it pays for work on the commons and is paid
// for the use of them.
const char *const kCommonsCategory = QT_TRANSLATE_NOOP("mycelium::demo", "commons");
const char *const kCommonsPays[] = {QT_TRANSLATE_NOOP("mycelium::demo", "Work day at the community garden"),
                                    QT_TRANSLATE_NOOP("mycelium::demo", "Repaired the hall roof"),
                                    QT_TRANSLATE_NOOP("mycelium::demo", "%1 hours at the tool library desk")};
const char *const kCommonsPaid[] = {QT_TRANSLATE_NOOP("mycelium::demo", "Hall rental for a party"),
                                    QT_TRANSLATE_NOOP("mycelium::demo", "Seeds from the seed bank"),
                                    QT_TRANSLATE_NOOP("mycelium::demo", "Firewood from the community wood")};
const char *const kRecorders[] = {QT_TRANSLATE_NOOP("mycelium::demo", "hall desk"), QT_TRANSLATE_NOOP("mycelium::demo", "hall desk"),
                                  QT_TRANSLATE_NOOP("mycelium::demo", "hall desk"), QT_TRANSLATE_NOOP("mycelium::demo", "coordinator")};

QString memoText(const char *templ, std::int64_t amountMinor)
{
    const QString text = tr(templ);
    if (!text.contains(QLatin1String("%1")))
        return text;
    // Roughly one hour (or item) per 15 credits, at least two.
    return text.arg(std::max<std::int64_t>(2, amountMinor / 1500));
}

// Mostly 5 to 80 credits, some up to 300, a few up to 1,000; mostly whole
// credits. In minor units.
std::int64_t drawAmount(Rng &rng)
{
    const std::int64_t u = rng.below(10001); // 0..10000
    const int band = int(rng.below(100));
    std::int64_t credits;
    if (band < 85)
        credits = 5 + 75 * u * u / 100'000'000;
    else if (band < 97)
        credits = 80 + 220 * u * u / 100'000'000;
    else
        credits = 300 + 700 * u / 10'000;
    std::int64_t minor = credits * 100;
    const int cents = int(rng.below(10));
    if (cents < 2)
        minor += 50;
    else if (cents == 2)
        minor += rng.between(1, 99);
    return minor;
}

QString emailPart(const QString &name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out.append(c);
        else if (c == QLatin1Char(' '))
            out.append(QLatin1Char('.'));
    }
    return out;
}

// ---- The plan --------------------------------------------------------------

struct Person {
    std::int64_t number = 0;
    std::int64_t account = 0; // known once added
    QString name;
    QString contact;
    QString pin;
    QDate joined;
    int weight = 1; // how much they trade, relative to others
    ProductiveCapacity capacity;
    bool hasCapacity = false;
    Member::Status status = Member::Status::Active;
    int offers[2] = {0, 0}; // categories they are known for
};

struct Event {
    enum Kind { Join, Capacity, Rate, Status };
    QDate day;
    Kind kind = Join;
    int person = -1;
    Member::Status status = Member::Status::Active;
    QString reason;
    DemurrageRate rate;
};

// One planned trade row, in the ledger's terms.
struct PlannedTrade {
    QDate date;
    std::int64_t payer = 0; // member numbers; 0 the commons fund
    std::int64_t payee = 0;
    std::int64_t payerAccount = 1;
    std::int64_t payeeAccount = 1;
    std::int64_t amount = 0;
    QString memo;
    QString category;
    QString recordedBy;
    TradeRequest::Confirmation confirmation = TradeRequest::Confirmation::None;
    std::int64_t reverses = 0;
};

// A realized demurrage charge: what realizeAccount() in ledger.cpp writes.
struct Charge {
    std::int64_t account = 0;
    QDate firstDay;
    QDate lastDay;
    std::int64_t before = 0;
    std::int64_t total = 0;
};

// The accounts as the vault holds them, kept in step with every row written,
// so that the plan knows each payer's available credit and the bulk writer
// knows what to write.
class Mirror
{
public:
    struct Account {
        std::int64_t balance = 0;
        QDate through; // null: pays no demurrage (the commons fund)
        bool dirty = false;
        bool exists = false;
    };

    DemurrageSchedule schedule;
    std::optional<std::int64_t> ceiling;
    std::int64_t starter = 0;

    Account &at(std::int64_t id)
    {
        if (id >= std::int64_t(m_accounts.size()))
            m_accounts.resize(size_t(id) + 1);
        return m_accounts[size_t(id)];
    }
    std::vector<Account> &accounts() { return m_accounts; }

    // The balance after realizing demurrage through `throughDay`, without
    // realizing it.
    std::int64_t balanceThrough(std::int64_t id, QDate throughDay)
    {
        const Account &a = at(id);
        if (a.through.isNull() || a.through >= throughDay)
            return a.balance;
        return a.balance - chargeDays(a.balance, a.through.addDays(1), throughDay, schedule).total;
    }

    // As realizeAccount() in ledger.cpp: the days after the settled one
    // through `throughDay` become one charge (when it is above zero), and
    // the account is settled through that day either way.
    std::optional<Charge> realize(std::int64_t id, QDate throughDay)
    {
        Account &a = at(id);
        if (a.through.isNull() || a.through >= throughDay)
            return std::nullopt;
        const QDate firstDay = a.through.addDays(1);
        const DemurrageCharge c = chargeDays(a.balance, firstDay, throughDay, schedule);
        std::optional<Charge> result;
        if (c.total > 0) {
            result = Charge{id, firstDay, throughDay, a.balance, c.total};
            a.balance -= c.total;
            at(1).balance += c.total;
            at(1).dirty = true;
        }
        a.through = throughDay;
        a.dirty = true;
        return result;
    }

    void move(std::int64_t from, std::int64_t to, std::int64_t amount)
    {
        at(from).balance -= amount;
        at(from).dirty = true;
        at(to).balance += amount;
        at(to).dirty = true;
    }

private:
    std::vector<Account> m_accounts;
};

// ---- Writers ---------------------------------------------------------------

class Writer
{
public:
    virtual ~Writer() = default;
    virtual Status begin() { return {}; }
    virtual Result<Member> addMember(const NewMember &member, const QDateTime &at) = 0;
    virtual Status setCapacity(std::int64_t number, const ProductiveCapacity &capacity, const QDateTime &at) = 0;
    virtual Status setStatus(std::int64_t number, Member::Status status, const QString &reason, const QDateTime &at) = 0;
    virtual Status setRate(const DemurrageRate &rate, const QDateTime &at) = 0;
    // Writes the charges (realized in that order just before) and the trade
    // with the given id.
    virtual Status trade(std::int64_t id, const PlannedTrade &t, const QList<Charge> &charges, const QDateTime &at) = 0;
    virtual Status settle(QDate throughDay, const QList<Charge> &charges, const QDateTime &at) = 0;
    virtual Status finish() { return {}; }
};

// The reference: one ledger call per operation.
class LedgerCallsWriter final : public Writer
{
public:
    explicit LedgerCallsWriter(Database &db) : m_db(db) { }

    Result<Member> addMember(const NewMember &member, const QDateTime &at) override { return members::add(m_db, member, at); }
    Status setCapacity(std::int64_t number, const ProductiveCapacity &capacity, const QDateTime &at) override
    {
        return members::setProductiveCapacity(m_db, number, capacity, at);
    }
    Status setStatus(std::int64_t number, Member::Status status, const QString &reason, const QDateTime &at) override
    {
        return members::setStatus(m_db, number, status, reason, at);
    }
    Status setRate(const DemurrageRate &rate, const QDateTime &at) override { return ledger::setDemurrageRate(m_db, rate, at); }

    Status trade(std::int64_t id, const PlannedTrade &t, const QList<Charge> &, const QDateTime &at) override
    {
        Result<Trade> recorded = Error::make(ErrorCode::InvalidArgument, QString());
        if (t.reverses) {
            recorded = ledger::reverse(m_db, t.reverses, t.recordedBy, t.date, at);
        } else {
            TradeRequest request;
            request.payer = t.payer;
            request.payee = t.payee;
            request.amount = t.amount;
            request.memo = t.memo;
            request.category = t.category;
            request.date = t.date;
            request.recordedBy = t.recordedBy;
            request.confirmation = t.confirmation;
            recorded = ledger::recordTrade(m_db, request, at);
        }
        if (!recorded)
            return Error::make(ErrorCode::IntegrityViolation, tr("The demo planned a trade that the ledger refused: %1").arg(recorded.error().message));
        if (recorded->id != id)
            return Error::make(ErrorCode::IntegrityViolation, tr("The demo expected trade %1 but the ledger recorded trade %2.").arg(id).arg(recorded->id));
        return {};
    }

    Status settle(QDate throughDay, const QList<Charge> &, const QDateTime &at) override { return ledger::settleDemurrage(m_db, throughDay, at); }

private:
    Database &m_db;
};

// A prepared statement kept for the whole run, bound without copying.
class CachedStatement
{
public:
    CachedStatement() = default;
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    ~CachedStatement() { sqlite3_finalize(m_stmt); }

    Status prepare(Database &db, const char *sql)
    {
        m_db = &db;
        if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            return db.lastError(ErrorCode::VaultDamaged, tr("Cannot prepare a query"));
        return {};
    }
    CachedStatement &bind(int i, std::int64_t v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    // The bytes must stay alive until run().
    CachedStatement &text(int i, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        return *this;
    }
    CachedStatement &blob(int i, const void *data, int size)
    {
        sqlite3_bind_blob(m_stmt, i, data, size, SQLITE_STATIC);
        return *this;
    }
    CachedStatement &null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    Status run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return {};
        return m_db->lastError(rc == SQLITE_CONSTRAINT ? ErrorCode::IntegrityViolation : ErrorCode::VaultDamaged, tr("Writing to the vault failed"));
    }

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

QByteArray isoDate(QDate day)
{
    return day.toString(Qt::ISODate).toLatin1();
}

// Writes the rows the ledger would write, with statements prepared once.
// Member, capacity, status and rate changes are rare and still go through
// their ledger calls (PIN hashing included); before each, the cached
// balances are written back, and after it the chain's head is read again.
//
// Duplicated from core/ledger/ledger.cpp, which keeps them private:
// tradeBody(), realizeAccount() and insertTrade(). tst_demo proves that both
// paths produce the same journal, hash for hash.
class BulkWriter final : public Writer
{
public:
    BulkWriter(Database &db, Mirror &mirror, qint64 expectedTrades) : m_db(db), m_mirror(mirror), m_expectedTrades(expectedTrades) { }

    Status begin() override
    {
        // Any failure here ends the run and rolls everything back, so a
        // statement need not be able to undo itself: OR FAIL and deferred
        // foreign keys (still checked, at commit) spare SQLite the statement
        // journal, which SQLCipher would encrypt page by page. (Before the
        // statements are prepared: SQLite decides when it compiles them. The
        // setting ends with the outermost transaction.)
        if (auto s = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
        if (m_expectedTrades >= kDeferIndexesFrom) {
            if (auto s = dropIndexes(); !s)
                return s;
        }
        if (auto s = m_journal.prepare(m_db, "INSERT OR FAIL INTO journal (seq, at, kind, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?)"); !s)
            return s;
        if (auto s = m_posting.prepare(m_db, "INSERT OR FAIL INTO posting (journal_seq, account, day, amount, balance_after) VALUES (?, ?, ?, ?, ?)"); !s)
            return s;
        if (auto s = readRunningBalances(); !s)
            return s;
        if (auto s = m_trade.prepare(m_db, "INSERT OR FAIL INTO trade (id, journal_seq, payer, payee, amount, memo, category, trade_date, recorded_by, "
                                           "confirmation, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            !s)
            return s;
        if (auto s = m_charge.prepare(m_db, "INSERT OR FAIL INTO demurrage_charge (journal_seq, account, first_day, last_day, balance_before, amount) "
                                            "VALUES (?, ?, ?, ?, ?, ?)");
            !s)
            return s;
        if (auto s = m_account.prepare(m_db, "UPDATE OR FAIL account SET balance = ?, demurrage_through = ? WHERE id = ?"); !s)
            return s;
        // A large run touches every index page many times: let them stay in
        // memory (the vault grows by about 1.3 KiB per trade; 16 MiB to
        // 2 GiB, allocated only as pages are used) rather than
        // spilling encrypted pages to the WAL and reading them back.
        const qint64 cacheKiB = std::clamp<qint64>(m_expectedTrades * 3 / 2, 16 * 1024, 2 * 1024 * 1024);
        auto schemas = m_db.prepare(QStringLiteral("PRAGMA database_list"));
        if (!schemas)
            return schemas.error();
        while (schemas->next()) {
            const QString schema = schemas->text(1);
            if (schema == QLatin1String("temp"))
                continue;
            auto size = m_db.scalar(QStringLiteral("PRAGMA \"%1\".cache_size").arg(schema));
            if (!size)
                return size.error();
            m_cacheSizes.append({schema, *size});
            if (auto s = m_db.exec(QStringLiteral("PRAGMA \"%1\".cache_size = %2").arg(schema).arg(-cacheKiB)); !s)
                return s;
        }
        return readHead();
    }

    Result<Member> addMember(const NewMember &member, const QDateTime &at) override
    {
        if (auto s = flush(); !s)
            return s.error();
        auto added = members::add(m_db, member, at);
        if (auto s = readHead(); !s)
            return s.error();
        return added;
    }
    Status setCapacity(std::int64_t number, const ProductiveCapacity &capacity, const QDateTime &at) override
    {
        return viaLedger([&] { return members::setProductiveCapacity(m_db, number, capacity, at); });
    }
    Status setStatus(std::int64_t number, Member::Status status, const QString &reason, const QDateTime &at) override
    {
        return viaLedger([&] { return members::setStatus(m_db, number, status, reason, at); });
    }
    Status setRate(const DemurrageRate &rate, const QDateTime &at) override
    {
        return viaLedger([&] { return ledger::setDemurrageRate(m_db, rate, at); });
    }

    Status trade(std::int64_t id, const PlannedTrade &t, const QList<Charge> &charges, const QDateTime &at) override
    {
        useTime(at);
        for (const Charge &c : charges) {
            if (auto s = writeCharge(c); !s)
                return s;
        }
        // tradeBody() and insertTrade() in ledger.cpp.
        const char *kind = t.reverses ? "reversal" : "trade";
        const QByteArray memo = t.memo.trimmed().toUtf8();
        const QByteArray category = t.category.trimmed().toUtf8();
        const QByteArray recordedBy = t.recordedBy.toUtf8();
        const QByteArray date = dayText(t.date);
        static const QByteArray kConfirmations[] = {QByteArrayLiteral("none"), QByteArrayLiteral("pin"), QByteArrayLiteral("coordinator")};
        const QByteArray &confirmation = kConfirmations[int(t.confirmation)];
        CanonicalWriter body{QByteArrayView(kind)};
        body.add(id).add(t.payer).add(t.payee).add(t.amount).add(memo).add(category).add(date).add(recordedBy).add(confirmation).add(t.reverses);
        const std::int64_t seq = m_seq + 1;
        if (auto s = append(kind, body.bytes(), t.payerAccount, t.payeeAccount, t.amount, date); !s)
            return s;
        m_trade.bind(1, id).bind(2, seq).bind(3, t.payerAccount).bind(4, t.payeeAccount).bind(5, t.amount);
        m_trade.text(6, memo).text(7, category).text(8, date).text(9, recordedBy).text(10, confirmation);
        if (t.reverses)
            m_trade.bind(11, t.reverses);
        else
            m_trade.null(11);
        return m_trade.run();
    }

    Status settle(QDate, const QList<Charge> &charges, const QDateTime &at) override
    {
        useTime(at);
        for (const Charge &c : charges) {
            if (auto s = writeCharge(c); !s)
                return s;
        }
        return {};
    }

    Status finish() override
    {
        if (auto s = flush(); !s)
            return s;
        // The same statements that made them, so the schema reads the same.
        // Sorting for them may use helper threads.
        auto threads = m_db.scalar(QStringLiteral("PRAGMA threads"));
        if (!m_droppedIndexes.isEmpty() && threads)
            (void)m_db.exec(QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
        const auto restoreThreads = qScopeGuard([&] {
            if (threads)
                (void)m_db.exec(QStringLiteral("PRAGMA threads = %1").arg(*threads));
        });
        for (const auto &[schema, sql] : std::as_const(m_droppedIndexes)) {
            // An index of an attached database is named with its schema.
            QString statement = sql;
            if (schema != QLatin1String("main") && statement.startsWith(QLatin1String("CREATE INDEX ")))
                statement.insert(13, QStringLiteral("\"%1\".").arg(schema));
            if (auto s = m_db.exec(statement); !s)
                return s;
        }
        m_droppedIndexes.clear();
        return {};
    }

    ~BulkWriter() override
    {
        // The page cache goes back to its usual size, whether the run
        // finished or not.
        for (const auto &[schema, size] : std::as_const(m_cacheSizes))
            (void)m_db.exec(QStringLiteral("PRAGMA \"%1\".cache_size = %2").arg(schema).arg(size));
    }

private:
    // From this many trades on, the ordinary (not UNIQUE) indexes of the
    // ledger's tables are dropped for the run and built again at the end,
    // which sorts once instead of inserting entry by entry. All inside the
    // run's transaction: a cancelled run gets them back by rolling back.
    static constexpr qint64 kDeferIndexesFrom = 5000;

    Status dropIndexes()
    {
        // The schema that holds the ledger (main, unless it is attached).
        QString schema;
        auto schemas = m_db.prepare(QStringLiteral("PRAGMA database_list"));
        if (!schemas)
            return schemas.error();
        QStringList names;
        while (schemas->next())
            names << schemas->text(1);
        for (const QString &name : std::as_const(names)) {
            auto found = m_db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\".sqlite_master WHERE type = 'table' AND name = 'trade'").arg(name));
            if (found && *found > 0) {
                schema = name;
                break;
            }
        }
        if (schema.isEmpty())
            return Error::make(ErrorCode::VaultDamaged, tr("The vault has no table of trades."));
        auto indexes = m_db.prepare(QStringLiteral("SELECT name, sql FROM \"%1\".sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                                   "AND tbl_name IN ('posting', 'trade', 'demurrage_charge') ORDER BY rowid")
                                        .arg(schema));
        if (!indexes)
            return indexes.error();
        QList<std::pair<QString, QString>> found;
        while (indexes->next())
            found.append({indexes->text(0), indexes->text(1)});
        if (indexes->error())
            return *indexes->error();
        for (const auto &[name, sql] : std::as_const(found)) {
            if (auto s = m_db.exec(QStringLiteral("DROP INDEX \"%1\".\"%2\"").arg(schema, name)); !s)
                return s;
            m_droppedIndexes.append({schema, sql});
        }
        return {};
    }

    template<typename Call>
    Status viaLedger(Call call)
    {
        if (auto s = flush(); !s)
            return s;
        if (auto s = call(); !s)
            return s;
        return readHead();
    }

    Status readHead()
    {
        auto last = m_db.prepare(QStringLiteral("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.error();
        m_seq = 0;
        std::fill(std::begin(m_hash), std::end(m_hash), 0);
        if (last->next()) {
            m_seq = last->int64(0);
            const QByteArray hash = last->blob(1);
            if (hash.size() != journal::kHashSize)
                return Error::make(ErrorCode::VaultDamaged, tr("Journal entry %1 has a damaged hash.").arg(m_seq));
            std::copy(hash.cbegin(), hash.cend(), m_hash);
        }
        return {};
    }

    // Balances and settled days go back to the account rows.
    Status flush()
    {
        auto &accounts = m_mirror.accounts();
        for (size_t id = 0; id < accounts.size(); ++id) {
            Mirror::Account &a = accounts[id];
            if (!a.dirty)
                continue;
            const QByteArray through = a.through.isNull() ? QByteArray() : isoDate(a.through);
            m_account.bind(1, a.balance);
            if (a.through.isNull())
                m_account.null(2);
            else
                m_account.text(2, through);
            if (auto s = m_account.bind(3, std::int64_t(id)).run(); !s)
                return s;
            a.dirty = false;
        }
        return {};
    }

    void useTime(const QDateTime &at)
    {
        if (at != m_at) {
            m_at = at;
            m_atText = at.toString(Qt::ISODate).toUtf8();
        }
    }

    const QByteArray &dayText(QDate day)
    {
        if (day != m_day) {
            m_day = day;
            m_dayText = isoDate(day);
        }
        return m_dayText;
    }

    // journal::append(): the entry, chained to the previous one, and its two
    // postings. Cached balances are the mirror's, written back by flush().
    Status append(const char *kind, const QByteArray &body, std::int64_t from, std::int64_t to, std::int64_t amount, const QByteArray &day)
    {
        unsigned char hash[journal::kHashSize];
        crypto_generichash_state state;
        crypto_generichash_init(&state, nullptr, 0, journal::kHashSize);
        crypto_generichash_update(&state, m_hash, journal::kHashSize);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(body.constData()), size_t(body.size()));
        crypto_generichash_final(&state, hash, journal::kHashSize);
        const std::int64_t seq = m_seq + 1;
        const QByteArray kindText = QByteArray::fromRawData(kind, qsizetype(strlen(kind)));
        m_journal.bind(1, seq).text(2, m_atText).text(3, kindText).blob(4, body.constData(), int(body.size()));
        m_journal.blob(5, m_hash, journal::kHashSize).blob(6, hash, journal::kHashSize);
        if (auto s = m_journal.run(); !s)
            return s;
        // One row per statement: a statement writing two rows would need a
        // statement journal again.
        if (auto s = m_posting.bind(1, seq).bind(2, from).text(3, day).bind(4, -amount).bind(5, running(from) -= amount).run(); !s)
            return s;
        if (auto s = m_posting.bind(1, seq).bind(2, to).text(3, day).bind(4, amount).bind(5, running(to) += amount).run(); !s)
            return s;
        m_seq = seq;
        std::copy(std::begin(hash), std::end(hash), m_hash);
        return {};
    }

    // realizeAccount(): one entry and one demurrage_charge row.
    Status writeCharge(const Charge &c)
    {
        const QByteArray first = isoDate(c.firstDay);
        const QByteArray last = isoDate(c.lastDay);
        CanonicalWriter body{QByteArrayView("demurrage")};
        body.add(c.account).add(first).add(last).add(c.before).add(c.total);
        if (auto s = append("demurrage", body.bytes(), c.account, 1, c.total, isoDate(c.lastDay.addDays(1))); !s)
            return s;
        return m_charge.bind(1, m_seq).bind(2, c.account).text(3, first).text(4, last).bind(5, c.before).bind(6, c.total).run();
    }

    // Each posting carries its account's balance after it; the mirror's
    // balances are already past the charges of the trade being written.
    Status readRunningBalances()
    {
        auto accounts = m_db.prepare(QStringLiteral("SELECT id, balance FROM account"));
        if (!accounts)
            return accounts.error();
        while (accounts->next())
            running(accounts->int64(0)) = accounts->int64(1);
        return {};
    }
    std::int64_t &running(std::int64_t account)
    {
        if (account >= std::int64_t(m_running.size()))
            m_running.resize(size_t(account) + 1, 0);
        return m_running[size_t(account)];
    }

    Database &m_db;
    Mirror &m_mirror;
    qint64 m_expectedTrades = 0;
    std::vector<std::int64_t> m_running;
    CachedStatement m_journal, m_posting, m_trade, m_charge, m_account;
    QList<std::pair<QString, std::int64_t>> m_cacheSizes;
    QList<std::pair<QString, QString>> m_droppedIndexes; // schema, CREATE INDEX statement
    std::int64_t m_seq = 0;
    unsigned char m_hash[journal::kHashSize] = {};
    QDateTime m_at;
    QByteArray m_atText;
    QDate m_day;
    QByteArray m_dayText;
};

// ---- The generator ---------------------------------------------------------

// From this many trades on, a bulk run switches the vault to a rollback
// journal for its transaction (see Generator::run).
constexpr int kRollbackJournalFrom = 5000;

// Sets the journal mode of every schema of the connection where it can, and
// puts the previous ones back when destroyed.
class JournalMode
{
public:
    explicit JournalMode(Database &db) : m_db(db) { }
    JournalMode(const JournalMode &) = delete;
    JournalMode &operator=(const JournalMode &) = delete;
    ~JournalMode()
    {
        for (const auto &[schema, mode] : std::as_const(m_previous))
            (void)change(schema, mode);
    }

    Status set(const QString &mode)
    {
        auto schemas = m_db.prepare(QStringLiteral("PRAGMA database_list"));
        if (!schemas)
            return schemas.error();
        QStringList names;
        while (schemas->next()) {
            if (schemas->text(1) != QLatin1String("temp"))
                names << schemas->text(1);
        }
        for (const QString &schema : std::as_const(names)) {
            auto current = change(schema, QString());
            if (!current)
                return current.error();
            if (*current == mode)
                continue;
            // Another connection keeps WAL in place: then the run simply
            // goes through the WAL.
            auto changed = change(schema, mode);
            if (changed && *changed == mode)
                m_previous.append({schema, *current});
        }
        return {};
    }

private:
    // Reads the mode, or sets it when one is given; returns the mode in force.
    Result<QString> change(const QString &schema, const QString &mode)
    {
        auto stmt = m_db.prepare(mode.isEmpty() ? QStringLiteral("PRAGMA \"%1\".journal_mode").arg(schema)
                                                : QStringLiteral("PRAGMA \"%1\".journal_mode = %2").arg(schema, mode));
        if (!stmt)
            return stmt.error();
        if (!stmt->next())
            return stmt->error().value_or(Error::make(ErrorCode::VaultDamaged, tr("The vault's journal mode cannot be read.")));
        return stmt->text(0).toLower();
    }

    Database &m_db;
    QList<std::pair<QString, QString>> m_previous;
};

class Generator
{
public:
    Generator(Database &db, const DemoSpec &spec, const QDateTime &now, const std::function<bool(int, int)> &progress)
        : m_db(db), m_spec(spec), m_now(now), m_progress(progress), m_rng(spec.seed)
    {
    }

    Status run();

private:
    Status loadVault();
    void planMembers();
    void planEvents();
    QList<int> planTradesPerDay();
    Status applyEvent(const Event &e, const QDateTime &at);
    Status oneTrade(QDate day, const QDateTime &at);
    Status reversal(QDate day, const QDateTime &at);
    Status record(PlannedTrade t, const QDateTime &at);
    std::int64_t available(int person, QDate throughDay);
    std::int64_t room(int person, QDate throughDay);
    int pickActive(int exceptPerson = -1);
    void rebuildActive();
    QDateTime moment(QDate day) const;

    Database &m_db;
    const DemoSpec m_spec;
    const QDateTime m_now;
    const std::function<bool(int, int)> &m_progress;
    Rng m_rng;
    Mirror m_mirror;
    std::unique_ptr<Writer> m_writer;

    QDate m_first;
    QDate m_last;
    std::vector<Person> m_people;
    QList<Event> m_events;
    std::vector<int> m_active; // indexes into m_people
    std::vector<std::int64_t> m_activeWeights; // running sums of their weights
    std::int64_t m_nextTradeId = 1;
    int m_done = 0;

    struct Recent {
        std::int64_t id = 0;
        int payer = -1; // person index, -1 for the commons fund
        int payee = -1;
        PlannedTrade trade;
    };
    QList<Recent> m_recent; // latest ordinary trades, candidates for a reversal
};

QDateTime Generator::moment(QDate day) const
{
    if (day >= m_now.date())
        return m_now;
    QDateTime at = m_now;
    at.setDate(day);
    at.setTime(QTime(12, 0));
    return at;
}

Status Generator::loadVault()
{
    auto used = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM member) + (SELECT count(*) FROM trade)"));
    if (!used)
        return used.error();
    if (*used != 0)
        return Error::make(ErrorCode::InvalidArgument, tr("The demo community needs an empty vault, and this one already has members or trades."));
    auto schedule = ledger::demurrageSchedule(m_db);
    if (!schedule)
        return schedule.error();
    m_mirror.schedule = *schedule;
    auto starter = ledger::starterLine(m_db);
    if (!starter)
        return starter.error();
    m_mirror.starter = *starter;
    auto ceiling = ledger::accumulationCeiling(m_db);
    if (!ceiling)
        return ceiling.error();
    m_mirror.ceiling = *ceiling;
    auto accounts = m_db.prepare(QStringLiteral("SELECT id, balance, demurrage_through FROM account"));
    if (!accounts)
        return accounts.error();
    while (accounts->next()) {
        Mirror::Account &a = m_mirror.at(accounts->int64(0));
        a.exists = true;
        a.balance = accounts->int64(1);
        a.through = accounts->isNull(2) ? QDate() : QDate::fromString(accounts->text(2), Qt::ISODate);
    }
    if (accounts->error())
        return *accounts->error();
    if (!m_mirror.at(1).exists)
        return Error::make(ErrorCode::VaultDamaged, tr("The commons fund's account is missing."));
    return {};
}

void Generator::planMembers()
{
    const int count = m_spec.members;
    const qint64 days = m_first.daysTo(m_last) + 1;
    const int founders = std::min(count, std::max(2, count * 3 / 10));
    const int withPin = count == 0 ? 0 : std::min(5, std::max(1, count / 20));
    QList<QDate> joined;
    for (int i = 0; i < count; ++i)
        joined.append(i < founders ? m_first : m_first.addDays(m_rng.below(std::max<qint64>(1, days * 85 / 100))));
    std::sort(joined.begin(), joined.end());

    QSet<QString> names;
    for (int i = 0; i < count; ++i) {
        Person p;
        p.number = i + 1;
        p.joined = joined.at(i);
        for (int attempt = 0; attempt < 20; ++attempt) {
            p.name = QString::fromUtf8(m_rng.pick(kFirstNames)) + QLatin1Char(' ') + QString::fromUtf8(m_rng.pick(kFamilyNames));
            if (!names.contains(p.name))
                break;
        }
        names.insert(p.name);
        const int contact = int(m_rng.below(10));
        if (contact < 6)
            p.contact = emailPart(p.name) + QStringLiteral("@example.org");
        else if (contact < 9)
            p.contact = QStringLiteral("+44 7700 900%1").arg(m_rng.below(1000), 3, 10, QLatin1Char('0'));
        if (i < withPin)
            p.pin = QStringLiteral("%1").arg(p.number, 4, 10, QLatin1Char('0'));
        // A few trade a lot, most now and then.
        const int w = int(m_rng.below(100));
        p.weight = w < 60 ? 1 : w < 85 ? 2 : w < 95 ? 4 : 8;
        p.offers[0] = int(m_rng.below(std::size(kCategories)));
        p.offers[1] = int(m_rng.below(std::size(kCategories)));
        if (m_rng.percent(25)) {
            p.hasCapacity = true;
            p.capacity = {int(m_rng.between(60, 100)), int(m_rng.between(40, 100)), int(m_rng.between(50, 100)), int(m_rng.between(50, 100)),
                          int(m_rng.between(80, 130))};
        }
        m_people.push_back(p);
    }
}

void Generator::planEvents()
{
    const qint64 days = m_first.daysTo(m_last) + 1;
    for (int i = 0; i < int(m_people.size()); ++i) {
        const Person &p = m_people[size_t(i)];
        m_events.append({p.joined, Event::Join, i, {}, {}, {}});
        if (p.hasCapacity)
            m_events.append({p.joined, Event::Capacity, i, {}, {}, {}});
        // The first two members stay, so that someone can always trade.
        if (i < 2)
            continue;
        const qint64 left = p.joined.daysTo(m_last);
        const int fate = int(m_rng.below(100));
        if (fate < 6 && left > 180) {
            m_events.append({p.joined.addDays(m_rng.between(120, left)), Event::Status, i, Member::Status::Left,
                             tr("Moved away"), {}});
        } else if (fate < 10 && left > 120) {
            const QDate from = p.joined.addDays(m_rng.between(60, left - 30));
            m_events.append({from, Event::Status, i, Member::Status::Suspended, tr("Mediation under way"), {}});
            const QDate until = from.addDays(m_rng.between(14, 90));
            if (until <= m_last)
                m_events.append({until, Event::Status, i, Member::Status::Active, tr("Reinstated after mediation"), {}});
        }
    }
    // The assembly changes the demurrage rate twice.
    if (days >= 90) {
        const DemurrageRate rates[] = {{m_first.addDays(days / 3), 800, 5000}, {m_first.addDays(2 * days / 3), 500, 10000}};
        for (const DemurrageRate &r : rates) {
            bool taken = false;
            for (const DemurrageRate &existing : m_mirror.schedule.rates())
                taken = taken || existing.effectiveFrom == r.effectiveFrom;
            if (!taken)
                m_events.append({r.effectiveFrom, Event::Rate, -1, {}, {}, r});
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        if (a.day != b.day)
            return a.day < b.day;
        return a.kind < b.kind;
    });
}

// Trades per day: more as the community grows, more on Saturdays (market
// day), some noise; exactly spec.trades in all, at least one today.
QList<int> Generator::planTradesPerDay()
{
    const int days = int(m_first.daysTo(m_last) + 1);
    QList<std::int64_t> active(days + 1, 0);
    // Who can trade on each day, from the planned joins and status changes.
    {
        QList<std::int64_t> delta(days + 1, 0);
        std::vector<Member::Status> status(m_people.size(), Member::Status::Active);
        std::vector<QDate> since(m_people.size());
        auto add = [&](QDate from, QDate until, int w) {
            const int a = int(m_first.daysTo(from));
            const int b = until.isValid() ? int(m_first.daysTo(until)) : days;
            delta[a] += w;
            delta[b] -= w;
        };
        std::vector<QDate> activeFrom(m_people.size());
        for (const Event &e : std::as_const(m_events)) {
            if (e.kind == Event::Join) {
                activeFrom[size_t(e.person)] = e.day;
            } else if (e.kind == Event::Status) {
                const Person &p = m_people[size_t(e.person)];
                if (e.status == Member::Status::Active) {
                    activeFrom[size_t(e.person)] = e.day;
                } else if (activeFrom[size_t(e.person)].isValid()) {
                    add(activeFrom[size_t(e.person)], e.day, p.weight);
                    activeFrom[size_t(e.person)] = QDate();
                }
            }
        }
        for (size_t i = 0; i < m_people.size(); ++i) {
            if (activeFrom[i].isValid())
                add(activeFrom[i], {}, m_people[i].weight);
        }
        std::int64_t running = 0;
        for (int d = 0; d < days; ++d) {
            running += delta[d];
            active[d] = running;
        }
    }
    QList<std::int64_t> weight(days, 0);
    std::int64_t total = 0;
    for (int d = 0; d < days; ++d) {
        const int weekday = m_first.addDays(d).dayOfWeek();
        const std::int64_t busy = weekday == 6 ? 18 : weekday == 7 ? 6 : 10;
        weight[d] = active[d] * busy * m_rng.between(7, 13);
        total += weight[d];
    }
    QList<int> counts(days, 0);
    const std::int64_t spread = std::max(0, m_spec.trades - 1);
    std::int64_t cumulative = 0, placed = 0;
    for (int d = 0; d < days; ++d) {
        cumulative += weight[d];
        const std::int64_t upTo = total > 0 ? spread * cumulative / total : (d == days - 1 ? spread : 0);
        counts[d] = int(upTo - placed);
        placed = upTo;
    }
    if (m_spec.trades > 0)
        counts[days - 1] += 1;
    return counts;
}

void Generator::rebuildActive()
{
    m_active.clear();
    m_activeWeights.clear();
    std::int64_t sum = 0;
    for (size_t i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people[i];
        if (p.account && p.status == Member::Status::Active) {
            sum += p.weight;
            m_active.push_back(int(i));
            m_activeWeights.push_back(sum);
        }
    }
}

int Generator::pickActive(int exceptPerson)
{
    if (m_active.empty() || (m_active.size() == 1 && m_active.front() == exceptPerson))
        return -1;
    while (true) {
        const std::int64_t r = m_rng.below(m_activeWeights.back());
        const auto it = std::upper_bound(m_activeWeights.begin(), m_activeWeights.end(), r);
        const int person = m_active[size_t(it - m_activeWeights.begin())];
        if (person != exceptPerson)
            return person;
    }
}

Status Generator::applyEvent(const Event &e, const QDateTime &at)
{
    switch (e.kind) {
    case Event::Join: {
        Person &p = m_people[size_t(e.person)];
        auto added = m_writer->addMember({p.name, p.number, p.contact, p.joined, p.pin}, at);
        if (!added)
            return added.error();
        p.account = added->accountId;
        Mirror::Account &a = m_mirror.at(p.account);
        a.exists = true;
        a.balance = 0;
        a.through = p.joined.addDays(-1); // as members::add writes it
        a.dirty = false;
        break;
    }
    case Event::Capacity: {
        const Person &p = m_people[size_t(e.person)];
        if (auto s = m_writer->setCapacity(p.number, p.capacity, at); !s)
            return s;
        break;
    }
    case Event::Status: {
        Person &p = m_people[size_t(e.person)];
        if (p.status == Member::Status::Left || p.status == e.status)
            break;
        if (auto s = m_writer->setStatus(p.number, e.status, e.reason, at); !s)
            return s;
        p.status = e.status;
        break;
    }
    case Event::Rate:
        if (auto s = m_writer->setRate(e.rate, at); !s)
            return s;
        if (auto s = m_mirror.schedule.add(e.rate); !s)
            return s;
        break;
    }
    return {};
}

// Realizes demurrage as the ledger does before a trade (payer first), then
// writes the trade and moves the credit.
Status Generator::record(PlannedTrade t, const QDateTime &at)
{
    QList<Charge> charges;
    for (std::int64_t account : {t.payerAccount, t.payeeAccount}) {
        if (auto c = m_mirror.realize(account, t.date.addDays(-1)))
            charges.append(*c);
    }
    const std::int64_t id = m_nextTradeId++;
    if (t.reverses) {
        // What ledger::reverse() writes for memo and confirmation.
        t.memo = QCoreApplication::translate("mycelium::ledger", "Reversal of trade %1").arg(t.reverses);
        t.confirmation = TradeRequest::Confirmation::Coordinator;
    }
    if (auto s = m_writer->trade(id, t, charges, at); !s)
        return s;
    m_mirror.move(t.payerAccount, t.payeeAccount, t.amount);
    if (!t.reverses) {
        auto personOf = [](std::int64_t number) { return number == kCommonsFund ? -1 : int(number - 1); };
        t.memo.clear();
        m_recent.append({id, personOf(t.payer), personOf(t.payee), t});
        if (m_recent.size() > 64)
            m_recent.removeFirst();
    }
    return {};
}

std::int64_t Generator::available(int person, QDate throughDay)
{
    const Person &p = m_people[size_t(person)];
    return m_mirror.balanceThrough(p.account, throughDay) + m_mirror.starter + p.capacity.extension();
}

std::int64_t Generator::room(int person, QDate throughDay)
{
    if (!m_mirror.ceiling)
        return std::numeric_limits<std::int64_t>::max();
    return *m_mirror.ceiling - m_mirror.balanceThrough(m_people[size_t(person)].account, throughDay);
}

Status Generator::oneTrade(QDate day, const QDateTime &at)
{
    const QDate yesterday = day.addDays(-1);
    PlannedTrade t;
    t.date = day;
    t.recordedBy = tr(m_rng.pick(kRecorders));
    t.amount = drawAmount(m_rng);
    const int kind = int(m_rng.below(100));
    int payer = -1, payee = -1; // -1: the commons fund
    const bool commonsPays = kind < 3;
    const bool commonsPaid = kind >= 3 && kind < 5;
    if (!commonsPaid)
        payee = pickActive();
    if (!commonsPays) {
        // A payer with enough credit for the amount; failing that, one who
        // can pay something, for what they can still afford.
        int fallback = -1;
        std::int64_t fallbackAvailable = 0;
        for (int attempt = 0; attempt < 8 && payer < 0; ++attempt) {
            const int candidate = pickActive(payee);
            if (candidate < 0)
                break;
            const std::int64_t can = available(candidate, yesterday);
            if (can >= t.amount)
                payer = candidate;
            else if (can >= 500 && can > fallbackAvailable)
                fallback = candidate, fallbackAvailable = can;
        }
        if (payer < 0 && fallback >= 0) {
            payer = fallback;
            t.amount = fallbackAvailable / 100 * 100;
        }
        // Nobody could pay: the commons fund pays instead.
        if (payer < 0 && payee < 0)
            payee = pickActive();
    }
    if (payee >= 0 && t.amount > room(payee, yesterday)) {
        // An accumulation ceiling: a member pays the commons fund instead;
        // the commons fund pays someone with room, or pays what fits.
        if (payer >= 0) {
            payee = -1;
        } else {
            int best = payee;
            for (int person : m_active) {
                if (room(person, yesterday) > room(best, yesterday))
                    best = person;
            }
            payee = best;
            t.amount = std::min(t.amount, room(payee, yesterday) / 100 * 100);
            if (t.amount <= 0) {
                // Everyone sits at the ceiling: someone pays into the commons fund.
                payer = payee;
                payee = -1;
                t.amount = std::min(drawAmount(m_rng), available(payer, yesterday));
            }
        }
    }
    t.payer = payer < 0 ? kCommonsFund : m_people[size_t(payer)].number;
    t.payerAccount = payer < 0 ? 1 : m_people[size_t(payer)].account;
    t.payee = payee < 0 ? kCommonsFund : m_people[size_t(payee)].number;
    t.payeeAccount = payee < 0 ? 1 : m_people[size_t(payee)].account;
    if (payer < 0) {
        t.category = tr(kCommonsCategory);
        t.memo = memoText(m_rng.pick(kCommonsPays), t.amount);
        t.confirmation = TradeRequest::Confirmation::Coordinator;
    } else {
        if (payee < 0) {
            t.category = tr(kCommonsCategory);
            t.memo = memoText(m_rng.pick(kCommonsPaid), t.amount);
        } else {
            const Category &c = kCategories[m_people[size_t(payee)].offers[m_rng.below(2)]];
            t.category = tr(c.name);
            t.memo = memoText(m_rng.pick(c.memos), t.amount);
        }
        if (!m_people[size_t(payer)].pin.isEmpty())
            t.confirmation = TradeRequest::Confirmation::Pin;
        else
            t.confirmation = m_rng.percent(70) ? TradeRequest::Confirmation::Coordinator : TradeRequest::Confirmation::None;
    }
    return record(t, at);
}

// A recent trade between members who still trade, corrected by the
// coordinator. A reversal may take the original payee below their credit
// line; the ledger allows that, and the plan simply reads the balances.
Status Generator::reversal(QDate day, const QDateTime &at)
{
    const Recent r = m_recent.takeAt(m_rng.below(m_recent.size()));
    auto trading = [&](int person) { return person < 0 || m_people[size_t(person)].status == Member::Status::Active; };
    if (!trading(r.payer) || !trading(r.payee))
        return oneTrade(day, at);
    PlannedTrade t;
    t.date = day;
    t.payer = r.trade.payee;
    t.payerAccount = r.trade.payeeAccount;
    t.payee = r.trade.payer;
    t.payeeAccount = r.trade.payerAccount;
    t.amount = r.trade.amount;
    t.category = r.trade.category;
    t.recordedBy = tr("coordinator");
    t.reverses = r.id;
    return record(t, at);
}

Status Generator::run()
{
    if (m_spec.members < 0 || m_spec.members > 100'000 || m_spec.trades < 0 || m_spec.years < 1 || m_spec.years > 100)
        return Error::make(ErrorCode::InvalidArgument,
                           tr("A demo community has 0 to 100,000 members, zero or more trades and spans 1 to 100 years."));
    if (m_spec.trades > 0 && m_spec.members < 2)
        return Error::make(ErrorCode::InvalidArgument, tr("Trades need at least two members."));
    if (!m_now.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("The demo needs today's date."));
    if (auto s = loadVault(); !s)
        return s;
    m_last = m_now.date();
    m_first = m_last.addYears(-m_spec.years).addDays(1);
    planMembers();
    planEvents();
    const QList<int> perDay = planTradesPerDay();

    // A large bulk run that is a transaction of its own goes through a
    // rollback journal: in WAL mode every page would be written twice, to
    // the WAL and then by the checkpoint into the vault. The journal mode
    // comes back however the run ends (after the writer's statements are
    // gone, and after the transaction: the order of these declarations).
    JournalMode journalMode(m_db);
    if (m_spec.writer == DemoSpec::Writer::Bulk && m_spec.trades >= kRollbackJournalFrom && !m_db.inTransaction()) {
        if (auto s = journalMode.set(QStringLiteral("delete")); !s)
            return s;
    }
    const auto dropWriter = qScopeGuard([this] { m_writer.reset(); });
    Transaction tx(m_db);
    if (!tx.began())
        return tx.began();
    if (m_spec.writer == DemoSpec::Writer::Bulk)
        m_writer = std::make_unique<BulkWriter>(m_db, m_mirror, m_spec.trades);
    else
        m_writer = std::make_unique<LedgerCallsWriter>(m_db);
    if (auto s = m_writer->begin(); !s)
        return s;
    const Error cancelled = Error::make(ErrorCode::Cancelled, tr("The demo community was cancelled; nothing was written."));
    if (m_progress && !m_progress(0, m_spec.trades))
        return cancelled;

    qsizetype nextEvent = 0;
    for (int d = 0; d < perDay.size(); ++d) {
        const QDate day = m_first.addDays(d);
        const QDateTime at = moment(day);
        bool changed = false;
        while (nextEvent < m_events.size() && m_events.at(nextEvent).day == day) {
            if (auto s = applyEvent(m_events.at(nextEvent), at); !s)
                return s;
            changed = true;
            ++nextEvent;
        }
        if (changed)
            rebuildActive();
        for (int k = 0; k < perDay.at(d); ++k) {
            const bool reverse = !m_recent.isEmpty() && m_rng.perMille(5);
            if (auto s = reverse ? reversal(day, at) : oneTrade(day, at); !s)
                return s;
            ++m_done;
            if (m_done % 1024 == 0 && m_progress && !m_progress(m_done, m_spec.trades))
                return cancelled;
        }
    }

    // Settle through yesterday, as ledger::settleDemurrage does: by account id.
    const QDate yesterday = m_last.addDays(-1);
    QList<Charge> charges;
    for (size_t id = 0; id < m_mirror.accounts().size(); ++id) {
        const Mirror::Account &a = m_mirror.accounts()[id];
        if (!a.exists || a.through.isNull() || a.through >= yesterday)
            continue;
        if (auto c = m_mirror.realize(std::int64_t(id), yesterday))
            charges.append(*c);
    }
    if (auto s = m_writer->settle(yesterday, charges, moment(m_last)); !s)
        return s;
    if (auto s = m_writer->finish(); !s)
        return s;
    if (m_progress && !m_progress(m_done, m_spec.trades))
        return cancelled;
    return tx.commit();
}

} // namespace

Status generateDemo(Database &db, const DemoSpec &spec, const QDateTime &now, const std::function<bool(int done, int total)> &progress)
{
    Generator generator(db, spec, now, progress);
    return generator.run();
}

} // namespace mycelium
