// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "ledger/ledger.h"
#include "ledger/ledgercontroller.h"
#include "members/members.h"
#include "session/useractivityfilter.h"
#include "session/vaultcontroller.h"
#include "session/vaultsession.h"
#include "tools/tools.h"
#include "commons/commons.h"
#include "commons/ecobalance.h"
#include "commons/indicators.h"
#include "skills/skills.h"
#include "trust/trust.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>
#include <array>

namespace mycelium {

namespace {

struct SeedMember {
    const char *name;
    const char *contact;
    const char *pin;
};

const std::array<SeedMember, 12> kMembers{{
    {"Ana Benítez", "ana@example.org", "2468"},
    {"Ben Okafor", "0171 555 0102", "1357"},
    {"Chloé Martin", "chloe@example.org", ""},
    {"Dario Rossi", "", ""},
    {"Bjørn Ødegaard", "bjorn@example.org", "9999"},
    {"Émile Durand", "", ""},
    {"Fatima Zahra", "fatima@example.org", ""},
    {"Grace Liu", "", ""},
    {"Hugo Schäfer", "hugo@example.org", ""},
    {"Ingrid Sørensen", "", ""},
    {"Jamal Carter", "", ""},
    {"Kim Nguyen", "", ""},
}};
constexpr int kTradingMembers = 11; // Kim (12) is suspended at the end

const std::array<std::pair<const char *, const char *>, 8> kTrades{{
    {"Repairs", "Fixed a bicycle"},
    {"Food", "Two loaves and a jar of honey"},
    {"Childcare", "Afternoon with the kids"},
    {"Lessons", "Guitar lesson"},
    {"Garden", "3 hours of weeding"},
    {"Repairs", "3 hours of carpentry"},
    {"Transport", "Lift to the station"},
    {"Food", "Vegetable box"},
}};

} // namespace

TestEnvironment::TestEnvironment(QObject *parent)
    : QObject(parent)
{
    m_keychain.setService(QStringLiteral("Mycelium test %1").arg(QCoreApplication::applicationPid()));
    reset();
}

TestEnvironment::~TestEnvironment()
{
    if (m_activityFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    m_otherProgramsClaim.reset();
    m_ledger.reset();
    m_controller.reset();
    m_session.reset();
}

void TestEnvironment::isolateSettings(const QString &folder)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mycelium test %1").arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(QStringLiteral("mycelium-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
}

void TestEnvironment::reset()
{
    if (m_activityFilter)
        QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    m_activityFilter.reset();
    m_otherProgramsClaim.reset();
    if (VaultController::instance() == m_controller.get())
        VaultController::setInstance(nullptr);
    if (LedgerController::instance() == m_ledger.get())
        LedgerController::setInstance(nullptr);
    m_ledger.reset();
    m_controller.reset();
    m_session.reset();

    m_folder = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<VaultSession>(m_clock, &m_keychain);
    m_session->setKdfParams(KdfParams::fastForTests());
    m_session->setVaultPath(m_folder->filePath(QStringLiteral("community.vault")));
    m_controller = std::make_unique<VaultController>(m_session.get());
    VaultController::setInstance(m_controller.get());
    m_ledger = std::make_unique<LedgerController>(m_session.get(), m_clock);
    LedgerController::setInstance(m_ledger.get());
    m_activityFilter = std::make_unique<UserActivityFilter>(m_session->idleLock());
    QCoreApplication::instance()->installEventFilter(m_activityFilter.get());
    Q_EMIT vaultPathChanged();
}

QString TestEnvironment::vaultPath() const
{
    return m_session->vaultPath();
}

void TestEnvironment::freshVault()
{
    m_otherProgramsClaim.reset();
    // Moving the session away lets go of the old vault's lock file before
    // its folder is removed.
    auto folder = std::make_unique<QTemporaryDir>();
    m_session->setVaultPath(folder->filePath(QStringLiteral("community.vault")));
    m_folder = std::move(folder);
    // A test may have shortened the idle timeout; start from the setting.
    m_session->idleLock()->setTimeout(m_controller->idleMinutes() * 60 * 1000);
    m_session->start();
    Q_EMIT vaultPathChanged();
}

bool TestEnvironment::createVault(const QString &communityName, const QString &passphrase)
{
    freshVault();
    {
        auto created = Vault::create(vaultPath(), communityName, passphrase, m_clock, KdfParams::fastForTests());
        if (!created) {
            qWarning("createVault: %s", qPrintable(created.error().message));
            return false;
        }
    } // closed and unlocked again here, as after quitting the program
    m_session->start();
    return m_session->state() == VaultSession::State::Locked;
}

bool TestEnvironment::holdVaultElsewhere()
{
    m_session->lock();
    // The session keeps its claim while locked; let go of it first, as a
    // program that was closed would.
    m_session->setVaultPath(QString());
    m_session->setVaultPath(m_folder->filePath(QStringLiteral("community.vault")));
    auto claim = Vault::claim(vaultPath());
    if (!claim) {
        qWarning("holdVaultElsewhere: %s", qPrintable(claim.error().message));
        return false;
    }
    m_otherProgramsClaim = std::move(*claim);
    return true;
}

void TestEnvironment::releaseVault()
{
    m_otherProgramsClaim.reset();
}

bool TestEnvironment::createLedgerVault(const QString &communityName, const QString &passphrase, int days)
{
    freshVault();
    m_random = 2026;
    const QDate start = today().addDays(-std::max(0, days));
    m_clock.set(QDateTime(start, QTime(9, 0)));
    {
        auto created = Vault::create(vaultPath(), communityName, passphrase, m_clock, KdfParams::fastForTests());
        if (!created) {
            qWarning("createLedgerVault: %s", qPrintable(created.error().message));
            resetClock();
            return false;
        }
        Database &db = (*created)->database();
        // One transaction: a few hundred trades commit at once.
        Transaction tx(db);
        bool ok = tx.began().ok();
        for (std::size_t i = 0; ok && i < kMembers.size(); ++i) {
            NewMember member;
            member.name = QString::fromUtf8(kMembers[i].name);
            member.contact = QString::fromUtf8(kMembers[i].contact);
            member.pin = QString::fromUtf8(kMembers[i].pin);
            member.number = std::int64_t(i + 1);
            member.joinedOn = start;
            if (auto added = members::add(db, member, m_clock.now()); !added) {
                qWarning("createLedgerVault: %s", qPrintable(added.error().message));
                ok = false;
            }
        }
        for (int day = 0; ok && day <= days; ++day) {
            m_clock.set(QDateTime(start.addDays(day), QTime(10, 0)));
            recordRandomTrades(db, 3);
        }
        if (ok)
            ok = members::setStatus(db, 12, Member::Status::Suspended, QStringLiteral("Did not come to the last three assemblies"), m_clock.now()).ok();
        if (ok)
            ok = tx.commit().ok();
        if (!ok) {
            resetClock();
            return false;
        }
    } // closed, as after quitting the program
    resetClock();
    m_session->start();
    return m_session->state() == VaultSession::State::Locked;
}

int TestEnvironment::recordRandomTrades(Database &db, int count)
{
    const auto roll = [this](quint32 sides) {
        m_random = m_random * 1664525u + 1013904223u;
        return (m_random >> 8) % sides;
    };
    int recorded = 0;
    for (int i = 0; i < count; ++i) {
        TradeRequest request;
        request.payer = 1 + roll(kTradingMembers);
        request.payee = 1 + (request.payer + roll(kTradingMembers - 1)) % kTradingMembers;
        request.amount = std::int64_t(5 + roll(56)) * 100 + (roll(4) == 0 ? 50 : 0);
        const auto &[category, memo] = kTrades[roll(quint32(kTrades.size()))];
        request.category = QString::fromUtf8(category);
        request.memo = QString::fromUtf8(memo);
        request.date = m_clock.today();
        request.recordedBy = QStringLiteral("coordinator");
        request.confirmation = TradeRequest::Confirmation::Coordinator;
        // A trade over the payer's line is refused, as at the hall: skip it.
        if (ledger::recordTrade(db, request, m_clock.now()))
            ++recorded;
    }
    return recorded;
}

int TestEnvironment::addTrades(int count)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return 0;
    Database &db = vault->database();
    Transaction tx(db);
    if (!tx.began())
        return 0;
    const int recorded = recordRandomTrades(db, count);
    if (!tx.commit())
        return 0;
    m_ledger->notifyChanged();
    return recorded;
}

qint64 TestEnvironment::demurragePpmOn(const QString &day) const
{
    Vault *vault = m_session->vault();
    if (!vault)
        return -1;
    auto schedule = ledger::demurrageSchedule(vault->database());
    return schedule ? schedule->rateOn(QDate::fromString(day, Qt::ISODate)).ppmPerDay : -1;
}

void TestEnvironment::advanceClock(int seconds)
{
    m_clock.set(m_clock.now().addSecs(seconds));
}

void TestEnvironment::resetClock()
{
    m_clock.set(today().startOfDay());
}

// Tool library desk

namespace {

struct SeedItem {
    const char *tag;
    const char *name;
    const char *category;
    int loanDays;
    std::int64_t lateFeePerDay;
    ToolItem::Condition condition = ToolItem::Condition::Good;
    bool needsTraining = false;
    int maintenanceEveryLoans = 0;
};

const std::array<SeedItem, 9> kToolItems{{
    {"DR-001", "Cordless drill", "Power tools", 7, 200},
    {"LD-002", "Step ladder", "Ladders", 14, 150},
    {"PW-003", "Pressure washer", "Cleaning", 7, 300},
    {"SM-004", "Sewing machine", "Sewing", 7, 100},
    {"CS-005", "Chainsaw", "Chainsaws", 3, 500, ToolItem::Condition::Good, true},
    {"JS-006", "Old jigsaw", "Power tools", 7, 100, ToolItem::Condition::Retired},
    {"HT-007", "Hedge trimmer", "Garden", 7, 100, ToolItem::Condition::Good, false, 2},
    {"WS-008", "Wallpaper steamer", "Decorating", 7, 50},
    {"TC-009", "Tile cutter", "Decorating", 7, 100},
}};

} // namespace

bool TestEnvironment::seedToolLibrary()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    const QDate today = m_clock.today();
    const QDateTime now = m_clock.now();
    const auto failed = [](const Error &error) {
        qWarning("seedToolLibrary: %s", qPrintable(error.message));
        return false;
    };
    Transaction tx(db);
    if (!tx.began())
        return failed(tx.began().error());
    for (std::size_t i = 0; i < kToolItems.size(); ++i) {
        const SeedItem &seed = kToolItems[i];
        NewToolItem item;
        item.assetTag = QString::fromUtf8(seed.tag);
        item.name = QString::fromUtf8(seed.name);
        item.category = QString::fromUtf8(seed.category);
        item.location = QStringLiteral("Shelf %1").arg(QLatin1Char(char('A' + i % 4)));
        item.replacementValue = 8000;
        item.loanDays = seed.loanDays;
        item.lateFeePerDay = seed.lateFeePerDay;
        item.condition = seed.condition;
        item.needsTraining = seed.needsTraining;
        item.maintenanceEveryLoans = seed.maintenanceEveryLoans;
        item.createdOn = today.addDays(-60);
        if (auto added = tools::addItem(db, item, now); !added)
            return failed(added.error());
    }
    const auto lend = [&](const char *tag, std::int64_t member, int daysAgo) -> Status {
        CheckoutRequest request;
        request.assetTag = QString::fromUtf8(tag);
        request.memberNumber = member;
        request.date = today.addDays(-daysAgo);
        request.recordedBy = QStringLiteral("desk");
        if (auto loan = tools::checkout(db, request, now); !loan)
            return loan.error();
        return {};
    };
    const auto giveBack = [&](const char *tag, int daysAgo) -> Status {
        if (auto loan = tools::returnItem(db, QString::fromUtf8(tag), ToolItem::Condition::Good, today.addDays(-daysAgo), {}, now); !loan)
            return loan.error();
        return {};
    };
    // The hedge trimmer twice, so that its interval has come round.
    for (const Status &step : {lend("HT-007", 8, 30), giveBack("HT-007", 25), lend("HT-007", 9, 20), giveBack("HT-007", 15),
                               lend("WS-008", 4, 22), lend("LD-002", 2, 17), lend("SM-004", 3, 1)}) {
        if (!step)
            return failed(step.error());
    }
    if (auto opened = tools::openMaintenance(db, QStringLiteral("PW-003"), today.addDays(-4), QStringLiteral("Leaking hose"), now); !opened)
        return failed(opened.error());
    if (auto hold = tools::placeHold(db, QStringLiteral("TC-009"), 7, now); !hold)
        return failed(hold.error());
    if (auto s = tx.commit(); !s)
        return failed(s.error());
    m_ledger->notifyChanged();
    return true;
}

bool TestEnvironment::addToolItem(const QString &assetTag, const QString &name, int loanDays, qint64 lateFeePerDay)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    NewToolItem item;
    item.assetTag = assetTag;
    item.name = name;
    item.loanDays = loanDays;
    item.lateFeePerDay = lateFeePerDay;
    item.createdOn = m_clock.today().addDays(-60);
    auto added = tools::addItem(vault->database(), item, m_clock.now());
    if (!added)
        qWarning("addToolItem: %s", qPrintable(added.error().message));
    return added.ok();
}

bool TestEnvironment::addToolKit(const QString &assetTag, const QString &name, qint64 deposit, const QStringList &components)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    NewToolItem item;
    item.assetTag = assetTag;
    item.name = name;
    item.deposit = deposit;
    item.lateFeePerDay = 100;
    item.components = components;
    item.createdOn = m_clock.today().addDays(-60);
    auto added = tools::addItem(vault->database(), item, m_clock.now());
    if (!added)
        qWarning("addToolKit: %s", qPrintable(added.error().message));
    return added.ok();
}

qint64 TestEnvironment::availableToSpend(qint64 member)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return -1;
    auto available = ledger::availableToSpend(vault->database(), member);
    return available ? *available : -1;
}

bool TestEnvironment::lendTool(const QString &assetTag, qint64 member, int daysAgo)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    CheckoutRequest request;
    request.assetTag = assetTag;
    request.memberNumber = member;
    request.date = m_clock.today().addDays(-daysAgo);
    request.recordedBy = QStringLiteral("desk");
    auto loan = tools::checkout(vault->database(), request, m_clock.now());
    if (!loan)
        qWarning("lendTool: %s", qPrintable(loan.error().message));
    return loan.ok();
}

} // namespace mycelium

// Tool library catalogue

namespace mycelium {

namespace {

struct CatalogueSeedItem {
    const char *tag;
    const char *name;
    const char *category;
    const char *location;
    int value; // credits
    const char *description;
};

const std::array<CatalogueSeedItem, 13> kCatalogueItems{{
    {"PT-001", "Cordless drill", "Power tools", "Shelf A1", 120, "18 V with two batteries and a charger in the case."},
    {"PT-002", "Hammer drill", "Power tools", "Shelf A1", 180, "SDS-plus chuck for concrete and brick."},
    {"PT-003", "Circular saw", "Power tools", "Shelf A2", 150, "190 mm blade with a guide rail."},
    {"PT-004", "Orbital sander", "Power tools", "Shelf A2", 70, "Dust bag and sanding sheets, grits 80 to 240."},
    {"LA-001", "Step ladder 3 m", "Ladders", "Back wall", 90, "Aluminium, three sections."},
    {"LA-003", "Old wooden ladder", "Ladders", "Back wall", 20, ""},
    {"CL-001", "Pressure washer", "Cleaning", "Shelf B1", 220, "130 bar with a patio cleaner."},
    {"CL-002", "Carpet cleaner", "Cleaning", "Shelf B1", 180, "Empty and dry the tank before returning."},
    {"GA-001", "Lawn mower", "Garden", "Shed", 300, "Petrol, 46 cm cut, grass box."},
    {"GA-002", "Hedge trimmer", "Garden", "Shed", 110, "Battery, 55 cm blade."},
    {"SE-001", "Sewing machine", "Sewing", "Shelf C3", 250, "Straight and zigzag stitch, buttonhole foot."},
    {"CA-001", "Tent for four", "Camping", "Shelf C1", 200, "Two rooms; dry it before returning."},
    {"KI-001", "Pasta machine", "Kitchen", "Shelf C2", 45, "Cutters for tagliatelle and spaghetti."},
}};

struct SeedLoan {
    const char *tag;
    std::int64_t member;
    int outDaysAgo;
    int backDaysAgo; // -1: still out
    ToolItem::Condition back;
};

const std::array<SeedLoan, 9> kToolLoans{{
    {"PT-001", 8, 60, 55, ToolItem::Condition::Good},
    {"PT-001", 2, 40, 30, ToolItem::Condition::Worn}, // three days late
    {"PT-001", 1, 3, -1, ToolItem::Condition::Good},
    {"PT-002", 9, 20, 15, ToolItem::Condition::Good},
    {"LA-001", 5, 30, 28, ToolItem::Condition::Good},
    {"GA-001", 6, 50, 45, ToolItem::Condition::Worn},
    {"CA-001", 11, 100, 90, ToolItem::Condition::Good},
    {"CL-001", 3, 12, -1, ToolItem::Condition::Good}, // five days overdue
    {"SE-001", 7, 25, 18, ToolItem::Condition::Good},
}};

} // namespace

int TestEnvironment::addToolLibrary()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return 0;
    Database &db = vault->database();
    const QDate day = m_clock.today();
    const QDateTime now = m_clock.now();
    Transaction tx(db);
    bool ok = tx.began().ok();
    const auto check = [&ok](const auto &result) {
        if (ok && !result) {
            qWarning("addToolLibrary: %s", qPrintable(result.error().message));
            ok = false;
        }
    };
    for (const CatalogueSeedItem &seed : kCatalogueItems) {
        NewToolItem item;
        item.assetTag = QString::fromUtf8(seed.tag);
        item.name = QString::fromUtf8(seed.name);
        item.category = QString::fromUtf8(seed.category);
        item.location = QString::fromUtf8(seed.location);
        item.description = QString::fromUtf8(seed.description);
        item.replacementValue = std::int64_t(seed.value) * 100;
        item.deposit = item.replacementValue / 5;
        item.lateFeePerDay = 100;
        item.loanDays = item.assetTag == QLatin1String("CA-001") ? 14 : 7;
        item.condition = item.assetTag == QLatin1String("LA-003") ? ToolItem::Condition::Retired
            : item.assetTag == QLatin1String("GA-001")            ? ToolItem::Condition::Worn
                                                                  : ToolItem::Condition::Good;
        item.needsTraining = item.assetTag == QLatin1String("PT-003");
        item.safetyNotes = item.needsTraining ? QStringLiteral("Eye and ear protection.") : QString();
        item.maintenanceEveryLoans = item.assetTag == QLatin1String("PT-001") ? 30 : 0;
        item.createdOn = day.addDays(-200);
        check(tools::addItem(db, item, now));
    }
    for (const SeedLoan &seed : kToolLoans) {
        CheckoutRequest request;
        request.assetTag = QString::fromUtf8(seed.tag);
        request.memberNumber = seed.member;
        request.date = day.addDays(-seed.outDaysAgo);
        request.recordedBy = QStringLiteral("desk");
        check(tools::checkout(db, request, now));
        if (seed.backDaysAgo >= 0)
            check(tools::returnItem(db, request.assetTag, seed.back, day.addDays(-seed.backDaysAgo), {}, now));
    }
    check(tools::closeMaintenance(db, QStringLiteral("PT-001"), day.addDays(-29), QStringLiteral("Cleaned and oiled the chuck"), 500,
                                  QStringLiteral("Dario"), now));
    check(tools::placeHold(db, QStringLiteral("PT-001"), 2, now));
    check(tools::placeHold(db, QStringLiteral("SE-001"), 4, now));
    check(tools::openMaintenance(db, QStringLiteral("GA-002"), day.addDays(-2), QStringLiteral("Blade blunt"), now));
    if (ok)
        ok = tx.commit().ok();
    if (!ok)
        return 0;
    m_ledger->notifyChanged();
    return int(kCatalogueItems.size());
}

} // namespace mycelium

// Assembly report

#include "commons/commonsdemo.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace mycelium {

namespace {

// Small enough for a quick test, with every light and the override.
CommonsDemoSpec reportDemoSpec()
{
    CommonsDemoSpec spec;
    spec.resources = 3;
    spec.indicators = 4;
    spec.years = 2;
    spec.seed = 5;
    return spec;
}

} // namespace

bool TestEnvironment::reportAddCommons()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    const Status made = commons::generateDemo(vault->database(), reportDemoSpec(), m_clock.today(), m_clock.now());
    if (!made) {
        qWarning("reportAddCommons: %s", qPrintable(made.error().message));
        return false;
    }
    m_ledger->notifyChanged();
    return true;
}

QString TestEnvironment::reportTempPath(const QString &name) const
{
    return m_folder ? m_folder->filePath(name) : QString();
}

int TestEnvironment::reportPdfPages(const QString &path) const
{
    if (!QFile::exists(path))
        return -1;
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    if (!pdfinfo.waitForFinished(10000) || pdfinfo.exitCode() != 0)
        return -1;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace mycelium

// Ecological balance and assembly

namespace mycelium {

namespace {

bool ecoBalanceCheck(const Status &status, const char *what)
{
    if (!status.ok())
        qWarning("ecoBalanceSeed: %s: %s", what, qPrintable(status.error().message));
    return status.ok();
}

template<typename T>
bool ecoBalanceCheck(const Result<T> &result, const char *what)
{
    if (!result.ok())
        qWarning("ecoBalanceSeed: %s: %s", what, qPrintable(result.error().message));
    return result.ok();
}

} // namespace

bool TestEnvironment::ecoBalanceSeed()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    const QDateTime now = m_clock.now();
    Transaction tx(db);
    if (!tx.began())
        return false;
    const QString coordinator = QStringLiteral("coordinator");

    NewCommonsResource forest;
    forest.name = QStringLiteral("Forest");
    forest.unit = QStringLiteral("t");
    forest.period = CommonsResource::Period::Year;
    forest.yieldPerPeriod = 100'000;
    forest.permitsPerPeriod = 1000;
    forest.regenerationUnit = QStringLiteral("trees");
    forest.permitsPerRegenerationUnit = 1000;
    forest.createdOn = QDate(2025, 1, 1);
    NewCommonsResource well;
    well.name = QStringLiteral("Well");
    well.unit = QStringLiteral("m³");
    well.period = CommonsResource::Period::Month;
    well.yieldPerPeriod = 10'000;
    well.permitsPerPeriod = 100;
    well.createdOn = QDate(2025, 1, 1);
    if (!ecoBalanceCheck(commons::addResource(db, forest, now), "Forest") || !ecoBalanceCheck(commons::addResource(db, well, now), "Well"))
        return false;

    const auto plant = [&](qint64 member, int trees, QDate date) {
        RegenerationRequest request;
        request.resource = QStringLiteral("Forest");
        request.memberNumber = member;
        request.quantity = trees * 1000;
        request.action = QStringLiteral("planted %1 oaks").arg(trees);
        request.verifiedBy = QStringLiteral("Grace Liu");
        request.date = date;
        request.recordedBy = coordinator;
        return ecoBalanceCheck(commons::regenerate(db, request, now), "regenerate");
    };
    const auto take = [&](const char *resource, qint64 member, std::int64_t quantity, QDate date) {
        ExtractionRequest request;
        request.resource = QString::fromUtf8(resource);
        request.memberNumber = member;
        request.quantity = quantity;
        request.date = date;
        request.recordedBy = coordinator;
        return ecoBalanceCheck(commons::extract(db, request, now), "extract");
    };
    bool ok = plant(1, 10, QDate(2025, 3, 10)) && plant(1, 5, QDate(2026, 1, 20)) && plant(1, 20, QDate(2026, 2, 10))
        && take("Forest", 2, 3000, QDate(2026, 2, 11)) && plant(3, 2, QDate(2026, 2, 12)) && take("Forest", 3, 500, QDate(2026, 2, 13))
        && take("Well", 2, 8000, QDate(2026, 3, 2));
    if (!ok)
        return false;

    // Dario's first trade as payer in February (createLedgerVault's).
    ledger::TradeFilter february;
    february.member = 4;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    auto listed = ledger::trades(db, february, 200);
    if (!ecoBalanceCheck(listed, "trades"))
        return false;
    const auto found = std::find_if(listed->cbegin(), listed->cend(), [](const Trade &t) { return t.payer == 4 && t.reverses == 0; });
    if (found == listed->cend()) {
        qWarning("ecoBalanceSeed: no trade paid by Dario in February");
        return false;
    }
    const auto recorded = &*found;
    m_ecoBalanceImpactTrade = recorded->id;
    if (!ecoBalanceCheck(ecobalance::setImpacts(db, recorded->id, {TradeImpact{ImpactKind::Carbon, 50'000}}, now), "impacts"))
        return false;

    NewIndicator carbon;
    carbon.name = QStringLiteral("Carbon footprint");
    carbon.unit = QStringLiteral("t CO2e");
    carbon.boundary = QStringLiteral("climate change");
    carbon.threshold = 10'000;
    carbon.createdOn = QDate(2025, 1, 1);
    if (!ecoBalanceCheck(indicators::add(db, carbon, now), "indicator"))
        return false;
    const QDate first = today().addDays(-59);
    for (int day = 0; day < 60; ++day) {
        const std::int64_t value = 9000 + day * 3000 / 59;
        if (!ecoBalanceCheck(indicators::record(db, carbon.name, first.addDays(day), value, QStringLiteral("hand"), now), "measurement"))
            return false;
    }
    if (!tx.commit())
        return false;
    m_ledger->notifyChanged();
    return true;
}

int TestEnvironment::ecoBalanceMultiplier(qint64 member)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return -1;
    auto found = members::byNumber(vault->database(), member);
    return found ? found->capacity.ecological : -1;
}

} // namespace mycelium

// Commons dashboard

#include "commons/commons.h"
#include "commons/commonsdemo.h"
#include "commons/indicators.h"

#include <QFile>

namespace mycelium {

namespace {

constexpr std::int64_t commonsUnits(std::int64_t units)
{
    return units * 1000;
}

NewCommonsResource commonsResource(const char *name, const char *unit, CommonsResource::Period period, std::int64_t yield,
                                   std::int64_t permits, QDate createdOn)
{
    NewCommonsResource r;
    r.name = QString::fromUtf8(name);
    r.unit = QString::fromUtf8(unit);
    r.period = period;
    r.yieldPerPeriod = commonsUnits(yield);
    r.permitsPerPeriod = permits;
    r.createdOn = createdOn;
    return r;
}

NewIndicator commonsIndicator(const char *name, const char *unit, std::int64_t threshold, Direction direction, QDate createdOn)
{
    NewIndicator i;
    i.name = QString::fromUtf8(name);
    i.unit = QString::fromUtf8(unit);
    i.threshold = commonsUnits(threshold);
    i.direction = direction;
    i.createdOn = createdOn;
    return i;
}

} // namespace

int TestEnvironment::commonsSeed()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return 0;
    Database &db = vault->database();
    const QDate day = m_clock.today();
    const QDateTime now = m_clock.now();
    const QDate created = day.addYears(-2);
    bool ok = true;
    const auto check = [&ok](const auto &result) {
        if (ok && !result) {
            qWarning("commonsSeed: %s", qPrintable(result.error().message));
            ok = false;
        }
    };

    NewCommonsResource forest
        = commonsResource("Village forest", "t", CommonsResource::Period::Year, 100, 1000, created);
    forest.description = QStringLiteral("The oak and beech wood above the village.");
    forest.basePrice = 10;
    forest.regenerationUnit = QStringLiteral("trees");
    forest.permitsPerRegenerationUnit = 5000;
    forest.creditsPerRegenerationUnit = 100;
    check(commons::addResource(db, forest, now));
    NewCommonsResource well = commonsResource("Village well", "m³", CommonsResource::Period::Month, 300, 300, created);
    well.threshold = commonsUnits(200);
    check(commons::addResource(db, well, now));
    check(commons::addResource(db, commonsResource("Solar array", "kWh", CommonsResource::Period::Month, 1000, 100, created), now));

    const auto take = [&](const char *resource, std::int64_t member, std::int64_t quantity, QDate date) {
        ExtractionRequest request;
        request.resource = QString::fromUtf8(resource);
        request.memberNumber = member;
        request.quantity = commonsUnits(quantity);
        request.date = date;
        request.recordedBy = QStringLiteral("coordinator");
        check(commons::extract(db, request, now));
    };
    // The forest: 80 t today, by eight members, 10 t each (its price is a
    // trade, and trades before today would come before the settled demurrage).
    for (std::int64_t member = 1; member <= 8 && ok; ++member)
        take("Village forest", member, 10, day);
    // The well: 250 m³ in March, and some in February.
    for (std::int64_t member = 1; member <= 5 && ok; ++member)
        take("Village well", member, 50, day.addDays(-int(member)));
    take("Village well", 6, 120, QDate(2026, 2, 10));
    take("Solar array", 2, 100, day.addDays(-2));

    RegenerationRequest planting;
    planting.resource = QStringLiteral("Village forest");
    planting.memberNumber = 3;
    planting.quantity = commonsUnits(4);
    planting.action = QStringLiteral("planted 4 oaks by the stream");
    planting.verifiedBy = QStringLiteral("Ingrid Sørensen");
    planting.date = day;
    planting.recordedBy = QStringLiteral("coordinator");
    check(commons::regenerate(db, planting, now));

    check(indicators::add(db, commonsIndicator("Carbon emissions", "t CO2e", 10, Direction::LowerIsBetter, created), now));
    NewIndicator birds = commonsIndicator("Bird species", "species", 40, Direction::HigherIsBetter, created);
    birds.boundary = QStringLiteral("biosphere integrity");
    check(indicators::add(db, birds, now));
    check(indicators::add(db, commonsIndicator("Air quality", "µg/m³", 25, Direction::LowerIsBetter, created), now));
    check(indicators::add(db, commonsIndicator("Groundwater level", "m", 12, Direction::HigherIsBetter, created), now));
    // Carbon: a measurement a week for a year, rising from 6 to 12 t.
    for (int week = 52; week >= 0 && ok; --week)
        check(indicators::record(db, QStringLiteral("Carbon emissions"), day.addDays(-7 * week),
                                 commonsUnits(12) - week * 115, QStringLiteral("hand"), now));
    for (int month = 6; month >= 0 && ok; --month)
        check(indicators::record(db, QStringLiteral("Bird species"), day.addMonths(-month), commonsUnits(50 + month),
                                 QStringLiteral("hand"), now));
    check(indicators::record(db, QStringLiteral("Air quality"), day.addDays(-100), commonsUnits(18), QStringLiteral("hand"), now));
    if (!ok)
        return 0;
    m_ledger->notifyChanged();
    return 7;
}

bool TestEnvironment::commonsDemo(int resources, int indicators, int years)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    CommonsDemoSpec spec;
    spec.resources = resources;
    spec.indicators = indicators;
    spec.years = years;
    const Status made = commons::generateDemo(vault->database(), spec, m_clock.today(), m_clock.now());
    if (!made) {
        qWarning("commonsDemo: %s", qPrintable(made.error().message));
        return false;
    }
    m_ledger->notifyChanged();
    return true;
}

QUrl TestEnvironment::commonsWriteFile(const QString &name, const QString &content)
{
    const QString path = m_folder->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content.toUtf8()) < 0)
        return {};
    return QUrl::fromLocalFile(path);
}

int TestEnvironment::commonsExtractionCount(const QString &resource)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return -1;
    auto found = commons::resource(vault->database(), resource);
    if (!found)
        return -1;
    auto list = commons::extractions(vault->database(), found->id, {}, {}, 0);
    return list ? int(list->size()) : -1;
}

// Trust screens

bool TestEnvironment::trustSeedRing()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    Transaction tx(db);
    if (!tx.began())
        return false;
    for (const auto &[number, name] : {std::pair<int, const char *>{13, "Luz Moreno"}, {14, "Mateo Silva"}}) {
        NewMember member;
        member.name = QString::fromUtf8(name);
        member.number = number;
        member.joinedOn = QDate(2025, 1, 10);
        if (!members::add(db, member, m_clock.now()))
            return false;
    }
    for (int i = 0; i < 8; ++i) {
        TradeRequest request;
        request.payer = i % 2 ? 14 : 13;
        request.payee = i % 2 ? 13 : 14;
        request.amount = (12 + i) * 100;
        request.category = QStringLiteral("Repairs");
        request.memo = QStringLiteral("Bike repair");
        request.date = m_clock.today();
        request.recordedBy = QStringLiteral("coordinator");
        request.confirmation = TradeRequest::Confirmation::Coordinator;
        if (!ledger::recordTrade(db, request, m_clock.now()))
            return false;
    }
    if (!tx.commit())
        return false;
    m_ledger->notifyChanged();
    return true;
}

bool TestEnvironment::trustSeedSessions()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return false;
    Database &db = vault->database();
    const QDateTime now = m_clock.now();
    struct Given {
        int provider;
        int receiver;
        int daysAgo;
        int lateDays;
        const char *what;
        const char *thanks;
    };
    static constexpr Given kGiven[] = {
        {4, 1, 150, 0, "Welded a gate hinge", "The gate swings again, thank you!"},
        {1, 3, 130, 0, "Tutoring in maths", "Lea passed her exam."},
        {3, 2, 110, 0, "Sewing curtains", "Beautiful work."},
        {4, 5, 95, 3, "Welded a trailer frame", "Solid as a rock."},
        {2, 6, 80, 0, "Bookkeeping for the bakery", "Our books finally add up."},
        {4, 7, 60, 0, "Bike repair", "Thanks for the quick fix."},
        {8, 5, 45, 0, "Guitar lesson", "Great first lesson!"},
        {8, 9, 30, 0, "Guitar lesson", "The kids loved it."},
        {4, 10, 12, 0, "Welded a garden bench", "We sit on it every evening."},
        {8, 11, 5, 0, "Song writing", "Our first song, thank you."},
    };
    bool ok = true;
    for (const Given &g : kGiven) {
        NewSkillSession session;
        session.providerNumber = g.provider;
        session.receiverNumber = g.receiver;
        session.description = QString::fromUtf8(g.what);
        session.minutes = 90;
        // The ledger takes trades dated from today on (demurrage is
        // settled up to yesterday): each is completed today, and the notes
        // are dated over the months for the gratitude chart.
        session.plannedOn = today().addDays(-g.lateDays);
        session.createdOn = today().addDays(-g.daysAgo);
        auto added = skills::addSession(db, session, now);
        auto completed = added ? skills::completeSession(db, added->id, today(), QStringLiteral("coordinator"), now) : Result<SkillSession>(added.error());
        if (!completed) {
            qWarning("trustSeedSessions: %s", qPrintable(completed.error().message));
            ok = false;
            continue;
        }
        if (auto thanked = skills::leaveFeedback(db, completed->id, g.receiver, QString(), QString::fromUtf8(g.thanks), today().addDays(-g.daysAgo), now);
            !thanked) {
            qWarning("trustSeedSessions: %s", qPrintable(thanked.error().message));
            ok = false;
        }
    }
    for (std::int64_t voucher : {1, 2}) {
        if (auto vouched = skills::verify(db, 4, QStringLiteral("welding"), voucher, today(), now); !vouched) {
            qWarning("trustSeedSessions: %s", qPrintable(vouched.error().message));
            ok = false;
        }
    }
    m_ledger->notifyChanged();
    return ok;
}

bool TestEnvironment::trustSeedReview()
{
    if (!trustSeedSessions()) {
        qWarning("trustSeedReview: the sessions were not all recorded");
        return false;
    }
    if (!trustSeedRing())
        return false;
    Database &db = m_session->vault()->database();
    const QDateTime now = m_clock.now();
    const QString by = QStringLiteral("coordinator");
    const auto day = [](int month, int d) { return QDate(2026, month, d); };
    bool ok = trust::scanAlerts(db, today(), now).ok();
    ok = ok && trust::raiseFlag(db, 4, 2, QStringLiteral("Asked to be paid twice for one repair"), day(3, 2), now).ok();
    ok = ok && trust::raiseFlag(db, 4, std::nullopt, QStringLiteral("Two borrowed tools came back broken"), day(3, 10), now).ok();
    auto resolved = trust::raiseFlag(db, 6, 7, QStringLiteral("Did not turn up for a session"), day(2, 20), now);
    ok = ok && resolved && trust::resolveFlag(db, resolved->id, QStringLiteral("Was ill; rescheduled and delivered"), day(2, 25), now).ok();
    ok = ok
        && trust::applySanction(db, 4, Member::Sanction::Warning, QStringLiteral("Paid twice for one repair, after a talk"), day(3, 1), by, day(2, 1), now)
               .ok();
    ok = ok
        && trust::applySanction(db, 4, Member::Sanction::Reduced, QStringLiteral("Broken tools not reported, after the warning"), day(4, 1), by,
                                day(3, 1), now)
               .ok();
    ok = ok && trust::applySanction(db, 8, Member::Sanction::Warning, QStringLiteral("Missed three sessions without a word"), day(3, 14), by, day(2, 14), now).ok();
    ok = ok && trust::applySanction(db, 9, Member::Sanction::Suspended, QStringLiteral("Threatened a member at the hall"), day(4, 30), by, day(3, 12), now).ok();
    m_ledger->notifyChanged();
    return ok;
}

QString TestEnvironment::trustSanctionOf(qint64 member) const
{
    Vault *vault = m_session->vault();
    if (!vault)
        return {};
    auto found = members::byNumber(vault->database(), member);
    return found ? Member::sanctionName(found->sanction) : QString();
}

int TestEnvironment::trustOpenFlags(qint64 member) const
{
    Vault *vault = m_session->vault();
    if (!vault)
        return -1;
    auto open = trust::flags(vault->database(), true, member);
    return open ? int(open->size()) : -1;
}

} // namespace mycelium

// Skills exchange
#include "skills/skills.h"

namespace mycelium {

int TestEnvironment::skillsSeed()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return 0;
    Database &db = vault->database();
    const QDate day = m_clock.today();
    const QDateTime now = m_clock.now();
    bool ok = true;
    const auto check = [&ok](const auto &result) {
        if (ok && !result) {
            qWarning("skillsSeed: %s", qPrintable(result.error().message));
            ok = false;
        }
        return bool(result);
    };
    check(skills::curateTag(db, QStringLiteral("welding"), { QStringLiteral("metalwork") }, day.addDays(-40), now));
    for (const char *tag : { "bike repair", "childcare", "guitar", "bookkeeping", "coding" })
        check(skills::curateTag(db, QString::fromUtf8(tag), {}, day.addDays(-40), now));

    const int monWed = weekdays::bitOf(1) | weekdays::bitOf(3);
    const int monFri = weekdays::bitOf(1) | weekdays::bitOf(2) | weekdays::bitOf(3) | weekdays::bitOf(4) | weekdays::bitOf(5);
    int listings = 0;
    const auto list = [&](SkillListing::Kind kind, std::int64_t member, QStringList tags, const char *text, int days, int level,
                          bool mentoring, std::optional<std::int64_t> rate = {}) -> qint64 {
        NewSkillListing l;
        l.kind = kind;
        l.memberNumber = member;
        l.tags = tags;
        l.description = QString::fromUtf8(text);
        l.availability = days;
        l.level = level;
        l.mentoring = mentoring;
        l.rate = rate;
        l.createdOn = day.addDays(-30 + listings);
        auto added = skills::addListing(db, l, now);
        if (!check(added))
            return 0;
        ++listings;
        return added->id;
    };
    using K = SkillListing::Kind;
    const qint64 anaWelding = list(K::Offer, 1, { QStringLiteral("welding") }, "Welding and small metal repairs", monWed,
        SkillListing::Expert, true, 1200);
    const qint64 benBikes = list(K::Offer, 2, { QStringLiteral("metalwork"), QStringLiteral("bike repair") },
        "Bike frames, wheels and welding jobs", weekdays::kAnyDay, SkillListing::NoLevel, false);
    const qint64 chloeChildcare
        = list(K::Offer, 3, { QStringLiteral("childcare") }, "Afternoon childcare", monFri, SkillListing::NoLevel, false);
    const qint64 darioGuitar = list(K::Offer, 4, { QStringLiteral("guitar") }, "Guitar lessons for beginners", weekdays::kAnyDay,
        SkillListing::Intermediate, true);
    list(K::Offer, 6, { QStringLiteral("bookkeeping") }, "Help with the accounts of a small club", weekdays::kAnyDay,
        SkillListing::NoLevel, false);
    list(K::Offer, 5, { QStringLiteral("welding") }, "Welding in my workshop", weekdays::bitOf(6), SkillListing::NoLevel, false);
    list(K::Want, 7, { QStringLiteral("welding") }, "Fix the garden gate's hinge", weekdays::bitOf(1), SkillListing::NoLevel, false);
    list(K::Want, 8, { QStringLiteral("guitar") }, "Learn to play the guitar", weekdays::kAnyDay, SkillListing::Beginner, true);
    list(K::Want, 9, { QStringLiteral("bike repair") }, "Repair a bike's back wheel", weekdays::kAnyDay, SkillListing::NoLevel, false);
    list(K::Want, 10, { QStringLiteral("coding") }, "Learn to build a small website", weekdays::kAnyDay, SkillListing::Beginner, true);

    const auto session = [&](std::int64_t provider, std::int64_t receiver, qint64 listing, const char *text, int minutes,
                             QDate planned, bool mentoring) -> qint64 {
        NewSkillSession s;
        s.providerNumber = provider;
        s.receiverNumber = receiver;
        s.listingId = listing;
        s.description = QString::fromUtf8(text);
        s.minutes = minutes;
        s.mentoring = mentoring;
        s.plannedOn = planned;
        s.createdOn = std::min(planned, day);
        auto added = skills::addSession(db, s, now);
        return check(added) ? added->id : 0;
    };
        // The ledger takes trades dated today only (demurrage is settled up to yesterday).
    const qint64 gate = session(1, 11, anaWelding, "Weld the broken garden chair", 120, day, false);
    if (gate && check(skills::completeSession(db, gate, day, QStringLiteral("coordinator"), now))) {
        check(skills::leaveFeedback(db, gate, 11, QStringLiteral("Quick and careful."), QStringLiteral("Thank you, the chair holds again!"),
            day, now));
    }
    const qint64 wheel = session(2, 9, benBikes, "True the front wheel", 90, day, false);
    if (wheel && check(skills::completeSession(db, wheel, day, QStringLiteral("coordinator"), now))) {
        check(skills::leaveFeedback(db, wheel, 9, QString(), QStringLiteral("Rides like new, thanks Ben."), day, now));
    }
    session(4, 8, darioGuitar, "First chords", 60, day.addDays(2), true);
    session(3, 9, chloeChildcare, "Look after the twins", 180, day, false);

    check(skills::verify(db, 1, QStringLiteral("welding"), std::nullopt, day.addDays(-5), now));
    check(skills::verify(db, 2, QStringLiteral("bike repair"), std::int64_t(9), day.addDays(-2), now));

    m_ledger->notifyChanged();
    return ok ? listings : 0;
}

qint64 TestEnvironment::skillsListingId(const QString &description)
{
    Vault *vault = m_session->vault();
    if (!vault)
        return 0;
    SkillSearch search;
    search.includeInactive = true;
    search.today = m_clock.today();
    search.limit = 10000;
    auto found = skills::search(vault->database(), search);
    if (!found)
        return 0;
    for (const SkillListing &l : std::as_const(*found)) {
        if (l.description == description)
            return l.id;
    }
    return 0;
}

int TestEnvironment::skillsTradeCount()
{
    Vault *vault = m_session->vault();
    if (!vault)
        return -1;
    ledger::TradeFilter filter;
    filter.category = QStringLiteral("skills");
    auto counted = ledger::countTrades(vault->database(), filter);
    return counted ? int(*counted) : -1;
}

} // namespace mycelium
