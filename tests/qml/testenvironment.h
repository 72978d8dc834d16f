// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "security/keychain.h"
#include "vault/vault.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

class QQmlEngine;

namespace mycelium {

class Database;
class LedgerController;
class UserActivityFilter;
class VaultController;
class VaultSession;

// Everything the window needs, wired as main.cpp does, but with a vault in
// a temporary folder, a clock that stands still, a keychain service of its
// own and the fast Argon2id preset. Exposed to QML tests as TestVault, so
// that a test can set up the situation it needs without going through the
// wizard each time.
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString vaultPath READ vaultPath NOTIFY vaultPathChanged)

public:
    explicit TestEnvironment(QObject *parent = nullptr);
    ~TestEnvironment() override;

    // Settings and keychain entries of tests never mix with the user's.
    static void isolateSettings(const QString &folder);
    static QDate today() { return {2026, 3, 14}; }

    // Builds a new session and controller (registered as the QML
    // singleton's instance) for a vault path that does not exist yet.
    void reset();
    VaultSession *session() const { return m_session.get(); }
    VaultController *controller() const { return m_controller.get(); }
    LedgerController *ledger() const { return m_ledger.get(); }
    FixedClock &clock() { return m_clock; }
    QString vaultPath() const;

    // A fresh, empty folder and session: the first-run situation.
    Q_INVOKABLE void freshVault();
    // Creates a vault at the current path directly with the core, then
    // starts the session: the later-start situation (Locked).
    Q_INVOKABLE bool createVault(const QString &communityName, const QString &passphrase);
    // Takes the vault's lock file as another program would.
    Q_INVOKABLE bool holdVaultElsewhere();
    Q_INVOKABLE void releaseVault();

    // A vault of a community with members and `days` days of trading up
    // to today(), created with the core, then claimed (Locked), as
    // createVault does. The members (see kMembers in the .cpp):
    //   1 Ana Benítez (PIN 2468), 2 Ben Okafor (PIN 1357), 3 Chloé Martin,
    //   4 Dario Rossi, 5 Bjørn Ødegaard (PIN 9999), 6 Émile Durand,
    //   7 Fatima Zahra, 8 Grace Liu, 9 Hugo Schäfer, 10 Ingrid Sørensen,
    //   11 Jamal Carter, 12 Kim Nguyen (suspended).
    // Trades are between members 1–11, several a day, never over a credit
    // line; the same every time.
    Q_INVOKABLE bool createLedgerVault(const QString &communityName, const QString &passphrase, int days);
    // Records `count` more trades on the open vault, dated today, and tells
    // the ledger screens. Returns how many were recorded.
    Q_INVOKABLE int addTrades(int count);
    // The demurrage rate in force on a day (YYYY-MM-DD), in ppm, as the
    // open vault's schedule says; -1 while locked.
    Q_INVOKABLE qint64 demurragePpmOn(const QString &day) const;
    // The clock moves on (the undo minute, a new day).
    Q_INVOKABLE void advanceClock(int seconds);
    Q_INVOKABLE void resetClock();

    // Tool library desk
    // A tool library on the open vault of createLedgerVault, the same every
    // time (today() is 14 Mar 2026), and the screens told:
    //   DR-001 Cordless drill: in; 7 days, late fee 2.00 a day
    //   LD-002 Step ladder: out with Ben Okafor (2), due 11 Mar: 3 days late at 1.50
    //   PW-003 Pressure washer: under maintenance since 10 Mar ("Leaking hose")
    //   SM-004 Sewing machine: out with Chloé Martin (3), due 20 Mar
    //   CS-005 Chainsaw: in; needs a training sign-off for Chainsaws
    //   JS-006 Old jigsaw: retired
    //   HT-007 Hedge trimmer: in; due for maintenance (every 2 loans, lent twice)
    //   WS-008 Wallpaper steamer: out with Dario Rossi (4), due 27 Feb: 15 days late at 0.50
    //   TC-009 Tile cutter: in; held for Fatima Zahra (7) until 16 Mar
    Q_INVOKABLE bool seedToolLibrary();
    // One more item (amounts in minor units), in and lendable.
    Q_INVOKABLE bool addToolItem(const QString &assetTag, const QString &name, int loanDays, qint64 lateFeePerDay);
    // Lends an item to a member, dated `daysAgo` days before the clock's day.
    Q_INVOKABLE bool lendTool(const QString &assetTag, qint64 member, int daysAgo);
    // A kit: a deposit (minor units) held while it is out, and its components.
    Q_INVOKABLE bool addToolKit(const QString &assetTag, const QString &name, qint64 deposit, const QStringList &components);
    // What a member can spend now: balance + credit line − held deposits.
    Q_INVOKABLE qint64 availableToSpend(qint64 member);

Q_SIGNALS:
    void vaultPathChanged();

private:
    // Records `count` random trades dated on the clock's day and returns
    // how many the core accepted (one over a credit line is refused).
    int recordRandomTrades(Database &db, int count);

    FixedClock m_clock{today()};
    quint32 m_random = 2026; // the trades' dice: the same every run
    Keychain m_keychain;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<VaultController> m_controller;
    std::unique_ptr<LedgerController> m_ledger;
    std::unique_ptr<UserActivityFilter> m_activityFilter;
    std::optional<Vault::Claim> m_otherProgramsClaim;

    // Tool library catalogue
public:
    // Adds a small tool library to the open vault, with
    // createLedgerVault's members, dated up to today(); returns how many
    // items it added (0 while locked). Thirteen items in eight categories:
    //   PT-001 Cordless drill: on loan to Ana (1) until in four days, Ben
    //     (2) waiting; lent three times before, once returned late, once
    //     maintained;
    //   CL-001 Pressure washer: on loan to Chloé (3), five days overdue;
    //   SE-001 Sewing machine: in, held for Dario (4);
    //   GA-002 Hedge trimmer: under maintenance ("Blade blunt");
    //   LA-003 Old wooden ladder: retired;
    //   PT-003, PT-004, CL-002, GA-002, KI-001: never lent;
    //   PT-002, LA-001, GA-001, CA-001: in, each lent once before.
    Q_INVOKABLE int addToolLibrary();

    // Assembly report
public:
    // The commons demo (three resources, four indicators, two years ending
    // today()) on the open vault of createLedgerVault, and the screens
    // told; false while locked.
    Q_INVOKABLE bool reportAddCommons();
    // A file name in the test's temporary folder.
    Q_INVOKABLE QString reportTempPath(const QString &name) const;
    // The pages of a PDF as pdfinfo counts them; -1 when missing or not a PDF.
    Q_INVOKABLE int reportPdfPages(const QString &path) const;
    // Ecological balance and assembly
public:
    // Commons on the open vault of createLedgerVault (today() is 14 Mar
    // 2026), the same every time, and the screens told:
    //   Forest (t, a year's yield 100 t in 1,000 permits; a tree planted
    //     earns a permit): Ana (1) planted 10 trees in March 2025 and 5 in
    //     January 2026; in February 2026 Ana planted 20 (+20 points), Ben
    //     (2) took 3 t (30 permits, −30), Chloé (3) planted 2 and took
    //     0.5 t (−3); green.
    //   Well (m³, a month's yield 10 m³ in 100 permits): Ben took 8 m³ on
    //     2 Mar 2026 (80 %, amber).
    //   Dario's (4) first trade as payer in February 2026 carries 50 kg CO2e
    //     (−5 points for Dario); ecoBalanceImpactTrade() is its id.
    //   Carbon footprint (t CO2e, threshold 10, lower is better): a daily
    //     measurement from 14 Jan to 14 Mar 2026, rising from 9 to 12: red.
    // So February 2026 has four members with a balance: +20, −30, −3, −5.
    Q_INVOKABLE bool ecoBalanceSeed();
    Q_INVOKABLE qint64 ecoBalanceImpactTrade() const { return m_ecoBalanceImpactTrade; }
    // A member's ecological multiplier as the vault says; -1 while locked.
    Q_INVOKABLE int ecoBalanceMultiplier(qint64 member);

private:
    qint64 m_ecoBalanceImpactTrade = 0;

    // Commons dashboard
public:
    // Commons on the open vault of createLedgerVault, the same every time
    // (today() is 14 Mar 2026), and the screens told. Lights, worst first:
    //   red:   Carbon emissions (latest 12 t CO2e, threshold 10; lower is better)
    //          Village well (250 m³ of a 200 m³ safe threshold used in March
    //          by members 1-5, 120 m³ in February; yield 300 m³ a month in
    //          300 permits; free)
    //   amber: Village forest (80 t of 100 t in 2026, all taken today by
    //          members 1-8; 1,000 permits a year, base price 0.10 per permit,
    //          elasticity 2; Chloé (3) planted 4 trees today, each earning
    //          5 permits and 1.00)
    //          Bird species (latest 50 species, threshold 40; higher is better)
    //   grey:  Air quality (last measured 100 days ago; stale after 45)
    //          Groundwater level (no measurement)
    //   green: Solar array (100 kWh of 1,000 kWh in March)
    // Returns the number of lights (7), or 0 when something failed.
    Q_INVOKABLE int commonsSeed();
    // commons::generateDemo on the open vault (needs the ledger's members).
    Q_INVOKABLE bool commonsDemo(int resources, int indicators, int years);
    // Writes a file in the test's folder and returns its URL.
    Q_INVOKABLE QUrl commonsWriteFile(const QString &name, const QString &content);
    // How many extractions a resource has (every period).
    Q_INVOKABLE int commonsExtractionCount(const QString &resource);
    // Skills exchange
public:
    // Offers, wants, sessions and confirmations on the open vault of
    // createLedgerVault (today() is 14 Mar 2026), the same every time, and
    // the screens told. Tags: welding (synonym metalwork, curated), bike
    // repair, childcare, guitar, bookkeeping, coding.
    //   offers: Ana (1) welding, Mon+Wed, expert, mentoring, 12.00 an hour;
    //           Ben (2) metalwork, bike repair, any day; Chloé (3) childcare,
    //           Mon-Fri; Dario (4) guitar, intermediate, mentoring; Émile
    //           (6) bookkeeping; Bjørn (5) welding, Saturdays.
    //   wants:  Fatima (7) welding, Mon ("Fix the garden gate's hinge");
    //           Grace (8) guitar, beginner, mentoring; Hugo (9) bike repair;
    //           Ingrid (10) coding, mentoring.
    //   sessions: done today: Ana → Jamal (11) 2 h welding (Jamal thanked
    //           her), then Ben → Hugo 1.5 h bike repair (Hugo thanked him); planned: Dario → Grace 1 h guitar (mentoring)
    //           in two days, Chloé → Hugo 3 h childcare today.
    //   Ana's welding verified by the coordinator; Ben's bike repair
    //   vouched for by Hugo (one of two).
    // Returns the number of listings (10), or 0 when something failed.
    Q_INVOKABLE int skillsSeed();
    // A listing's id by its description; 0 when none.
    Q_INVOKABLE qint64 skillsListingId(const QString &description);
    // How many trades the ledger holds in the category "skills".
    Q_INVOKABLE int skillsTradeCount();

    // Trust screens
public:
    // Two more members on the open vault of createLedgerVault, 13 Luz
    // Moreno and 14 Mateo Silva (joined 10 Jan 2025), who paid each other
    // four times each today and trade with nobody else: the back-and-forth
    // ring the alert checks look for. The screens are told.
    Q_INVOKABLE bool trustSeedRing();
    // The review queue with something in each list, the same every time
    // (today() is 14 Mar 2026): the ring above, scanned; concerns about
    // Dario (4) raised by Ben (2) and by the coordinator, one about Émile (6)
    // resolved; Dario under a reduced credit line (warning on 1 Feb, reduced
    // on 1 Mar, review 1 Apr), Grace (8) warned on 14 Feb (review 14 Mar)
    // and Hugo (9) suspended (review 30 Apr).
    Q_INVOKABLE bool trustSeedReview();
    // Ten skill sessions completed today (the ledger dates trades from
    // today on), each thanked by its receiver with a note dated over the
    // last five months (the gratitude chart); Dario (4) gave four of them,
    // one three days late, Grace (8) three (her warning's redemption is
    // earned); Dario's welding vouched for by Ana (1) and Ben (2).
    // trustSeedReview calls it first.
    Q_INVOKABLE bool trustSeedSessions();
    // A member's sanction now (Member::sanctionName); empty while locked.
    Q_INVOKABLE QString trustSanctionOf(qint64 member) const;
    // Open concerns about a member; -1 while locked.
    Q_INVOKABLE int trustOpenFlags(qint64 member) const;
};

} // namespace mycelium
