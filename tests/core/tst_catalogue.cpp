// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tool library's catalogue: search as typed, its filters and order,
// categories, editing an item, and an item's figures.
#include "common/clock.h"
#include "members/members.h"
#include "storage/database.h"
#include "tools/catalogue.h"
#include "tools/tools.h"
#include "vault/vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery staple");
constexpr std::int64_t credits(std::int64_t whole)
{
    return whole * 100;
}
using State = CatalogueEntry::State;
} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0)) };
    int m_counter = 0;
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    QDate today() const { return m_clock.today(); }

    std::int64_t addMember(const QString &name)
    {
        auto member = members::add(db(), { name, std::nullopt, {}, today().addYears(-1), {} }, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return member->number;
    }

    NewToolItem fields(
        const QString &tag, const QString &name, const QString &category = {}, const QString &description = {})
    {
        NewToolItem item;
        item.assetTag = tag;
        item.name = name;
        item.category = category;
        item.description = description;
        item.replacementValue = credits(100);
        item.createdOn = today().addYears(-1);
        return item;
    }

    ToolItem add(const NewToolItem &item)
    {
        auto added = tools::addItem(db(), item, m_clock.now());
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return *added;
    }

    ToolItem add(const QString &tag, const QString &name, const QString &category = {}, const QString &description = {})
    {
        return add(fields(tag, name, category, description));
    }

    void lend(const QString &tag, std::int64_t member, QDate date)
    {
        CheckoutRequest request;
        request.assetTag = tag;
        request.memberNumber = member;
        request.date = date;
        auto loan = tools::checkout(db(), request, m_clock.now());
        if (!loan)
            qFatal("%s", qPrintable(loan.error().message));
    }

    CatalogueResult search(const QString &text, CatalogueQuery query = {})
    {
        query.text = text;
        query.today = today();
        auto result = tools::search(db(), query);
        if (!result)
            qFatal("%s", qPrintable(result.error().message));
        return *result;
    }

    QStringList tags(const CatalogueResult &result)
    {
        QStringList list;
        for (const CatalogueEntry &entry : result.entries)
            list.append(entry.assetTag);
        return list;
    }

    QStringList found(const QString &text, const CatalogueQuery &query = {}) { return tags(search(text, query)); }

    std::int64_t journalEntries() { return *db().scalar(QStringLiteral("SELECT count(*) FROM journal")); }

    // A small library: two drills, a ladder, a sewing machine, a Kärcher.
    void addLibrary()
    {
        add(QStringLiteral("D-001"), QStringLiteral("Cordless drill Makita"), QStringLiteral("Power tools"),
            QStringLiteral("18 V, two batteries and a charger."));
        add(QStringLiteral("D-002"), QStringLiteral("Hammer drill"), QStringLiteral("Power tools"),
            QStringLiteral("SDS-plus chuck for concrete."));
        add(QStringLiteral("L-1"), QStringLiteral("Ladder 3 m"), QStringLiteral("Ladders"),
            QStringLiteral("Aluminium, three sections."));
        add(QStringLiteral("S-1"), QStringLiteral("Sewing machine"), QStringLiteral("Sewing"),
            QStringLiteral("Straight and zigzag stitch."));
        add(QStringLiteral("K-1"), QStringLiteral("Kärcher pressure washer"), QStringLiteral("Cleaning"),
            QStringLiteral("130 bar, patio cleaner."));
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("c%1.vault").arg(++m_counter)),
            QStringLiteral("Riverside"), kPassphrase, m_clock, KdfParams::fastForTests());
        QVERIFY(vault);
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void everyWordMustMatchSomewhere()
    {
        addLibrary();
        QCOMPARE(found(QStringLiteral("drill")), (QStringList { QStringLiteral("D-001"), QStringLiteral("D-002") }));
        // Any case; words may match different fields, in any order.
        QCOMPARE(found(QStringLiteral("MAKITA drill")), QStringList { QStringLiteral("D-001") });
        QCOMPARE(found(QStringLiteral("drill concrete")), QStringList { QStringLiteral("D-002") });
        QCOMPARE(
            found(QStringLiteral("power drill")), (QStringList { QStringLiteral("D-001"), QStringLiteral("D-002") }));
        QVERIFY(found(QStringLiteral("power ladder")).isEmpty());
        // The description and the category are searched as well as the name and tag.
        QCOMPARE(found(QStringLiteral("zigzag")), QStringList { QStringLiteral("S-1") });
        QCOMPARE(found(QStringLiteral("ladders")), QStringList { QStringLiteral("L-1") });
        QCOMPARE(found(QStringLiteral("s-1")), QStringList { QStringLiteral("S-1") });
        // A part of a word is enough: as typed.
        QCOMPARE(found(QStringLiteral("dri")), (QStringList { QStringLiteral("D-001"), QStringLiteral("D-002") }));
        // Letters beyond ASCII are compared without case too.
        QCOMPARE(found(QStringLiteral("KÄRCHER")), QStringList { QStringLiteral("K-1") });
        QCOMPARE(found(QStringLiteral("kärcher washer")), QStringList { QStringLiteral("K-1") });
        QVERIFY(found(QStringLiteral("kärcher drill")).isEmpty());
        // Spaces around and between words do not matter.
        QCOMPARE(found(QStringLiteral("  hammer   DRILL ")), QStringList { QStringLiteral("D-002") });
    }

    void wildcardsAreTakenLiterally()
    {
        add(QStringLiteral("T-1"), QStringLiteral("Tent"), QStringLiteral("Camping"),
            QStringLiteral("100% cotton, sleeps_four"));
        add(QStringLiteral("T-2"), QStringLiteral("Tarp"), QStringLiteral("Camping"),
            QStringLiteral("1000 mm waterproof"));
        add(QStringLiteral("T-3"), QStringLiteral("Säge [japanisch]"), QStringLiteral("Hand tools"),
            QStringLiteral("Zugsäge*"));
        QCOMPARE(found(QStringLiteral("100%")), QStringList { QStringLiteral("T-1") });
        QCOMPARE(found(QStringLiteral("s_eeps")), QStringList());
        QCOMPARE(found(QStringLiteral("sleeps_")), QStringList { QStringLiteral("T-1") });
        // The GLOB path (a letter beyond ASCII) keeps *, ? and [ literal too.
        QCOMPARE(found(QStringLiteral("SÄGE*")), QStringList { QStringLiteral("T-3") });
        QCOMPARE(found(QStringLiteral("säge?")), QStringList());
        QCOMPARE(found(QStringLiteral("säge [japanisch]")), QStringList { QStringLiteral("T-3") });
        QCOMPARE(found(QStringLiteral("ä[j")), QStringList());
    }

    void tagMatchesComeFirstThenByName()
    {
        add(QStringLiteral("L-1"), QStringLiteral("Step ladder"));
        add(QStringLiteral("LADDER-9"), QStringLiteral("Aluminium ladder"));
        add(QStringLiteral("ladder"), QStringLiteral("Roof ladder"));
        add(QStringLiteral("X-4"), QStringLiteral("apple ladder"));
        add(QStringLiteral("X-5"), QStringLiteral("Bunk bed ladder"));
        // The exact tag, then tags starting with the word, then by name (any case).
        QCOMPARE(found(QStringLiteral("Ladder")),
            (QStringList { QStringLiteral("ladder"), QStringLiteral("LADDER-9"), QStringLiteral("X-4"),
                QStringLiteral("X-5"), QStringLiteral("L-1") }));
        // Without words: all, by name.
        QCOMPARE(found({}),
            (QStringList { QStringLiteral("LADDER-9"), QStringLiteral("X-4"), QStringLiteral("X-5"),
                QStringLiteral("ladder"), QStringLiteral("L-1") }));
    }

    void pagesAndCounts()
    {
        for (int i = 1; i <= 7; ++i)
            add(QStringLiteral("B-%1").arg(i), QStringLiteral("Bucket %1").arg(i));
        add(QStringLiteral("Z-1"), QStringLiteral("Zither"));
        CatalogueQuery page;
        page.limit = 3;
        page.offset = 3;
        const CatalogueResult result = search(QStringLiteral("bucket"), page);
        QCOMPARE(result.matches, 7);
        QCOMPARE(tags(result), (QStringList { QStringLiteral("B-4"), QStringLiteral("B-5"), QStringLiteral("B-6") }));
        page.offset = 6;
        QCOMPARE(found(QStringLiteral("bucket"), page), QStringList { QStringLiteral("B-7") });
        // Counting may stop early; the page is the same.
        page.offset = 0;
        page.countUpTo = 5;
        const CatalogueResult capped = search(QStringLiteral("bucket"), page);
        QCOMPARE(capped.matches, 5);
        QVERIFY(capped.moreMatches);
        QCOMPARE(tags(capped), (QStringList { QStringLiteral("B-1"), QStringLiteral("B-2"), QStringLiteral("B-3") }));
        page.countUpTo = 7;
        QCOMPARE(search(QStringLiteral("bucket"), page).matches, 7);
        QVERIFY(!search(QStringLiteral("bucket"), page).moreMatches);
        // Without words or filters every item is counted, whatever the limit.
        page.countUpTo = 2;
        const CatalogueResult everything = search({}, page);
        QCOMPARE(everything.matches, 8);
        QVERIFY(!everything.moreMatches);
        QCOMPARE(search(QStringLiteral("nothing like it"), page).matches, 0);
        page.countUpTo = 0;
        page.limit = 0;
        const CatalogueResult all = search({}, page);
        QCOMPARE(all.entries.size(), 8);
        QCOMPARE(all.matches, 8);
    }

    void pagesRunOnFromTagMatchesToTheRest()
    {
        add(QStringLiteral("LAD-1"), QStringLiteral("Zeta ladder"));
        add(QStringLiteral("LAD-2"), QStringLiteral("Alpha ladder"));
        add(QStringLiteral("LAD-3"), QStringLiteral("Mid ladder"));
        add(QStringLiteral("Y-2"), QStringLiteral("ladder deluxe"));
        add(QStringLiteral("X-1"), QStringLiteral("Ladder basic"));
        add(QStringLiteral("Z-9"), QStringLiteral("Bucket"));
        QStringList pages;
        for (int offset = 0; offset < 8; offset += 2) {
            CatalogueQuery page;
            page.limit = 2;
            page.offset = offset;
            const CatalogueResult result = search(QStringLiteral("lad"), page);
            QCOMPARE(result.matches, 5);
            pages.append(tags(result).join(QLatin1Char(' ')));
        }
        QCOMPARE(pages,
            (QStringList {
                QStringLiteral("LAD-1 LAD-2"), QStringLiteral("LAD-3 X-1"), QStringLiteral("Y-2"), QString() }));
    }

    // A few matches are sorted in C++, many are read from the indexes: both
    // give the same order, page by page.
    void fewAndManyMatchesAreListedAlike()
    {
        const QStringList names { QStringLiteral("apple ladder"), QStringLiteral("Apple ladder"),
            QStringLiteral("Äpfelpflücker"), QStringLiteral("zebra"), QStringLiteral("Zebra 2"),
            QStringLiteral("éclair mould"), QStringLiteral("Eclair mould"), QStringLiteral("_under"),
            QStringLiteral("[bracket]"), QStringLiteral("apple ladder"), QStringLiteral("Axe"), QStringLiteral("axe") };
        const QStringList tagList { QStringLiteral("A-1"), QStringLiteral("a-10"), QStringLiteral("A-2"),
            QStringLiteral("ä-1"), QStringLiteral("B-1"), QStringLiteral("b-2"), QStringLiteral("AX"),
            QStringLiteral("Q-7"), QStringLiteral("R-1"), QStringLiteral("A-20"), QStringLiteral("ax-1"),
            QStringLiteral("X") };
        for (qsizetype i = 0; i < names.size(); ++i)
            add(tagList.at(i), names.at(i), QStringLiteral("Stuff"), QStringLiteral("a thing"));
        for (const QString &text :
            { QString(), QStringLiteral("a"), QStringLiteral("ax"), QStringLiteral("thing"), QStringLiteral("e") }) {
            CatalogueQuery few;
            few.limit = 0;
            CatalogueQuery many = few;
            many.countUpTo = 1; // more than one match: read from the indexes
            const QStringList sorted = found(text, few);
            QCOMPARE(found(text, many), sorted);
            // And page by page.
            QStringList paged;
            for (int offset = 0; offset < sorted.size(); offset += 5) {
                many.limit = 5;
                many.offset = offset;
                paged += found(text, many);
            }
            QCOMPARE(paged, sorted);
        }
        // Tags starting with the first word first, by tag; the rest by name.
        CatalogueQuery all;
        all.limit = 0;
        QCOMPARE(
            found(QStringLiteral("ax"), all).mid(0, 2), (QStringList { QStringLiteral("AX"), QStringLiteral("ax-1") }));
    }

    void statesAreShownAndFiltered()
    {
        const std::int64_t ana = addMember(QStringLiteral("Ana Benítez"));
        const std::int64_t ben = addMember(QStringLiteral("Ben Okafor"));
        add(QStringLiteral("IN-1"), QStringLiteral("Spade"), QStringLiteral("Garden"));
        add(QStringLiteral("OUT-1"), QStringLiteral("Cordless drill"), QStringLiteral("Power tools"));
        add(QStringLiteral("HELD-1"), QStringLiteral("Pressure washer"), QStringLiteral("Cleaning"));
        add(QStringLiteral("FIX-1"), QStringLiteral("Lawn mower"), QStringLiteral("Garden"));
        NewToolItem broken = fields(QStringLiteral("FIX-2"), QStringLiteral("Hedge trimmer"), QStringLiteral("Garden"));
        broken.condition = ToolItem::Condition::NeedsRepair;
        add(broken);
        NewToolItem due = fields(QStringLiteral("DUE-1"), QStringLiteral("Chainsaw"), QStringLiteral("Garden"));
        due.maintenanceEveryDays = 180; // added a year ago, never serviced
        add(due);
        NewToolItem old = fields(QStringLiteral("OLD-1"), QStringLiteral("Old ladder"), QStringLiteral("Ladders"));
        old.condition = ToolItem::Condition::Retired;
        add(old);

        lend(QStringLiteral("OUT-1"), ana, today().addDays(-10)); // due 7 days later: overdue now
        QVERIFY(tools::placeHold(db(), QStringLiteral("OUT-1"), ben, m_clock.now()));
        QVERIFY(tools::placeHold(db(), QStringLiteral("HELD-1"), ben, m_clock.now()));
        QVERIFY(tools::placeHold(db(), QStringLiteral("HELD-1"), ana, m_clock.now()));
        QVERIFY(tools::openMaintenance(
            db(), QStringLiteral("FIX-1"), today(), QStringLiteral("Blade blunt"), m_clock.now()));

        QHash<QString, CatalogueEntry> byTag;
        for (const CatalogueEntry &entry : search({}).entries)
            byTag.insert(entry.assetTag, entry);
        QCOMPARE(byTag.size(), 7);
        QCOMPARE(byTag[QStringLiteral("IN-1")].state, State::In);
        const CatalogueEntry out = byTag[QStringLiteral("OUT-1")];
        QCOMPARE(out.state, State::OnLoan);
        QCOMPARE(out.memberNumber, ana);
        QCOMPARE(out.memberName, QStringLiteral("Ana Benítez"));
        QCOMPARE(out.dueOn, today().addDays(-3));
        QCOMPARE(out.waiting, 1);
        const CatalogueEntry held = byTag[QStringLiteral("HELD-1")];
        QCOMPARE(held.state, State::Held);
        QCOMPARE(held.memberNumber, ben); // first come
        QCOMPARE(held.memberName, QStringLiteral("Ben Okafor"));
        QCOMPARE(held.waiting, 2);
        QCOMPARE(byTag[QStringLiteral("FIX-1")].state, State::Maintenance);
        QVERIFY(!byTag[QStringLiteral("FIX-1")].maintenanceDue);
        QCOMPARE(byTag[QStringLiteral("FIX-2")].state, State::Maintenance);
        QCOMPARE(byTag[QStringLiteral("DUE-1")].state, State::Maintenance);
        QVERIFY(byTag[QStringLiteral("DUE-1")].maintenanceDue);
        QCOMPARE(byTag[QStringLiteral("OLD-1")].state, State::Retired);
        // One item alone reads the same as in the list.
        for (const CatalogueEntry &entry : std::as_const(byTag)) {
            const CatalogueEntry alone = *tools::catalogueEntry(db(), entry.assetTag.toLower(), today());
            QCOMPARE(alone.assetTag, entry.assetTag);
            QCOMPARE(alone.state, entry.state);
            QCOMPARE(alone.memberNumber, entry.memberNumber);
            QCOMPARE(alone.waiting, entry.waiting);
        }
        QVERIFY(!tools::catalogueEntry(db(), QStringLiteral("NOPE"), today()));
        // The states agree with what the desk is told (a held item goes to
        // the member first in the queue).
        for (const CatalogueEntry &entry : std::as_const(byTag))
            QCOMPARE(tools::availability(db(), entry.assetTag, today())->lendable,
                entry.state == State::In || entry.state == State::Held);

        // Each filter gives exactly the items shown in that state.
        for (State state : { State::In, State::OnLoan, State::Held, State::Maintenance, State::Retired }) {
            CatalogueQuery query;
            query.state = state;
            QStringList expected;
            for (const CatalogueEntry &entry : search({}).entries) {
                if (entry.state == state)
                    expected.append(entry.assetTag);
            }
            const CatalogueResult filtered = search({}, query);
            QCOMPARE(tags(filtered), expected);
            QCOMPARE(filtered.matches, expected.size());
        }

        // Filters combine with each other and with words.
        CatalogueQuery garden;
        garden.category = QStringLiteral("GARDEN");
        QCOMPARE(found({}, garden),
            (QStringList {
                QStringLiteral("DUE-1"), QStringLiteral("FIX-2"), QStringLiteral("FIX-1"), QStringLiteral("IN-1") }));
        garden.state = State::Maintenance;
        QCOMPARE(found(QStringLiteral("mower"), garden), QStringList { QStringLiteral("FIX-1") });
        CatalogueQuery needsRepair;
        needsRepair.condition = ToolItem::Condition::NeedsRepair;
        QCOMPARE(found({}, needsRepair), QStringList { QStringLiteral("FIX-2") });
        garden.state = State::OnLoan;
        QVERIFY(found({}, garden).isEmpty());

        // Back from maintenance and from loan, the states follow.
        QVERIFY(tools::closeMaintenance(db(), QStringLiteral("FIX-1"), today(), QStringLiteral("Sharpened"), 0,
            QStringLiteral("Dario"), m_clock.now()));
        QVERIFY(
            tools::returnItem(db(), QStringLiteral("OUT-1"), ToolItem::Condition::Good, today(), {}, m_clock.now()));
        CatalogueQuery in;
        in.state = State::In;
        QCOMPARE(found({}, in), (QStringList { QStringLiteral("FIX-1"), QStringLiteral("IN-1") }));
        CatalogueQuery heldOnly;
        heldOnly.state = State::Held;
        QCOMPARE(found({}, heldOnly), (QStringList { QStringLiteral("OUT-1"), QStringLiteral("HELD-1") }));
    }

    void statesFromNames()
    {
        for (State state : { State::In, State::OnLoan, State::Held, State::Maintenance, State::Retired })
            QCOMPARE(CatalogueEntry::stateFromName(CatalogueEntry::stateName(state)), state);
        QVERIFY(!CatalogueEntry::stateFromName(QStringLiteral("lost")));
    }

    void categoriesAreListedOnce()
    {
        QCOMPARE(tools::categories(db())->size(), 0);
        add(QStringLiteral("A"), QStringLiteral("Spade"), QStringLiteral("Garden"));
        add(QStringLiteral("B"), QStringLiteral("Rake"), QStringLiteral("garden"));
        add(QStringLiteral("C"), QStringLiteral("Drill"), QStringLiteral("Power tools"));
        add(QStringLiteral("D"), QStringLiteral("Bucket"));
        add(QStringLiteral("E"), QStringLiteral("Tent"), QStringLiteral("  Camping  "));
        const QStringList categories = *tools::categories(db());
        QCOMPARE(categories.size(), 3);
        QCOMPARE(categories.at(0), QStringLiteral("Camping"));
        QCOMPARE(categories.at(1).toLower(), QStringLiteral("garden"));
        QCOMPARE(categories.at(2), QStringLiteral("Power tools"));
    }

    void anItemIsEditedAndJournaled()
    {
        const std::int64_t ana = addMember(QStringLiteral("Ana"));
        add(QStringLiteral("D-001"), QStringLiteral("Cordless drill"), QStringLiteral("Power tools"));
        lend(QStringLiteral("D-001"), ana, today().addDays(-2));
        const std::int64_t before = journalEntries();

        NewToolItem changed = fields(QStringLiteral(" PT-7 "), QStringLiteral("  Cordless   drill, 18 V "),
            QStringLiteral("Power tools"), QStringLiteral("Two batteries."));
        changed.condition = ToolItem::Condition::Worn;
        changed.location = QStringLiteral("Shelf B2");
        changed.replacementValue = credits(140);
        changed.deposit = credits(25);
        changed.loanDays = 10;
        changed.lateFeePerDay = credits(3);
        changed.safetyNotes = QStringLiteral("Eye protection");
        changed.needsTraining = true;
        changed.maintenanceEveryLoans = 20;
        changed.maintenanceEveryDays = 365;
        auto updated = tools::updateItem(db(), QStringLiteral("d-001"), changed, m_clock.now());
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated->assetTag, QStringLiteral("PT-7"));
        QCOMPARE(updated->name, QStringLiteral("Cordless drill, 18 V"));
        QCOMPARE(updated->condition, ToolItem::Condition::Worn);
        QCOMPARE(updated->location, QStringLiteral("Shelf B2"));
        QCOMPARE(updated->replacementValue, credits(140));
        QCOMPARE(updated->deposit, credits(25));
        QCOMPARE(updated->loanDays, 10);
        QCOMPARE(updated->lateFeePerDay, credits(3));
        QCOMPARE(updated->safetyNotes, QStringLiteral("Eye protection"));
        QVERIFY(updated->needsTraining);
        QCOMPARE(updated->maintenanceEveryLoans, 20);
        QCOMPARE(updated->maintenanceEveryDays, 365);
        QCOMPARE(journalEntries(), before + 1);
        auto last = db().prepare(QStringLiteral("SELECT kind, body FROM journal ORDER BY seq DESC LIMIT 1"));
        QVERIFY(last->next());
        QCOMPARE(last->text(0), QStringLiteral("tool_updated"));
        QVERIFY(last->blob(1).contains("D-001"));
        QVERIFY(last->blob(1).contains("PT-7"));
        (void)last->reset();
        // The loan follows the item to its new tag; the old tag is free.
        QCOMPARE(tools::openLoan(db(), QStringLiteral("PT-7"))->value().memberNumber, ana);
        QVERIFY(!tools::itemByTag(db(), QStringLiteral("D-001")));
        QCOMPARE(found(QStringLiteral("pt-7")), QStringList { QStringLiteral("PT-7") });

        // Saving the same again changes nothing and journals nothing.
        QVERIFY(tools::updateItem(db(), QStringLiteral("PT-7"), changed, m_clock.now()));
        QCOMPARE(journalEntries(), before + 1);
        // Only the case of its own tag: allowed.
        changed.assetTag = QStringLiteral("pt-7");
        QCOMPARE(
            tools::updateItem(db(), QStringLiteral("PT-7"), changed, m_clock.now())->assetTag, QStringLiteral("pt-7"));
        // Intervals back to none.
        changed.maintenanceEveryLoans = 0;
        changed.maintenanceEveryDays = 0;
        QCOMPARE(tools::updateItem(db(), QStringLiteral("pt-7"), changed, m_clock.now())->maintenanceEveryDays, 0);
        QCOMPARE(
            *db().scalar(QStringLiteral("SELECT count(*) FROM tool_item WHERE maintenance_every_days IS NULL")), 1);
        QVERIFY(m_vault->verify().isEmpty());
    }

    void badEditsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("loanDays");
        QTest::addColumn<qint64>("deposit");
        QTest::addColumn<qint64>("lateFee");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("everyLoans");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty tag") << "  "
                                   << "Drill" << 7 << 0LL << 0LL << 0LL << 0 << int(ToolItemField::AssetTag)
                                   << "asset tag";
        QTest::newRow("tag of another item")
            << "l-1"
            << "Drill" << 7 << 0LL << 0LL << 0LL << 0 << int(ToolItemField::AssetTag) << "Ladder";
        QTest::newRow("empty name") << "D-001"
                                    << "   " << 7 << 0LL << 0LL << 0LL << 0 << int(ToolItemField::Name)
                                    << "needs a name";
        QTest::newRow("no loan period") << "D-001"
                                        << "Drill" << 0 << 0LL << 0LL << 0LL << 0 << int(ToolItemField::LoanDays)
                                        << "loan period";
        QTest::newRow("negative deposit")
            << "D-001"
            << "Drill" << 7 << -1LL << 0LL << 0LL << 0 << int(ToolItemField::Deposit) << "deposit";
        QTest::newRow("negative late fee")
            << "D-001"
            << "Drill" << 7 << 0LL << -5LL << 0LL << 0 << int(ToolItemField::LateFeePerDay) << "late fee";
        QTest::newRow("negative value") << "D-001"
                                        << "Drill" << 7 << 0LL << 0LL << -100LL << 0
                                        << int(ToolItemField::ReplacementValue) << "replacement value";
        QTest::newRow("negative interval")
            << "D-001"
            << "Drill" << 7 << 0LL << 0LL << 0LL << -1 << int(ToolItemField::MaintenanceEveryLoans) << "in loans";
    }

    void badEditsAreRefusedNamingTheField()
    {
        QFETCH(QString, tag);
        QFETCH(QString, name);
        QFETCH(int, loanDays);
        QFETCH(qint64, deposit);
        QFETCH(qint64, lateFee);
        QFETCH(qint64, value);
        QFETCH(int, everyLoans);
        QFETCH(int, field);
        QFETCH(QString, words);
        add(QStringLiteral("D-001"), QStringLiteral("Cordless drill"), QStringLiteral("Power tools"));
        add(QStringLiteral("L-1"), QStringLiteral("Ladder"));
        const ToolItem before = *tools::itemByTag(db(), QStringLiteral("D-001"));
        const std::int64_t entries = journalEntries();

        NewToolItem edit = fields(tag, name, QStringLiteral("Hand tools"));
        edit.loanDays = loanDays;
        edit.deposit = deposit;
        edit.lateFeePerDay = lateFee;
        edit.replacementValue = value;
        edit.maintenanceEveryLoans = everyLoans;
        auto problems = tools::itemProblems(db(), edit, QStringLiteral("D-001"));
        QVERIFY(problems);
        QCOMPARE(problems->size(), 1);
        QCOMPARE(int(problems->first().field), field);
        QVERIFY2(problems->first().message.contains(words), qPrintable(problems->first().message));

        auto refused = tools::updateItem(db(), QStringLiteral("D-001"), edit, m_clock.now());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(refused.error().message, problems->first().message);
        // Nothing half-applied.
        const ToolItem after = *tools::itemByTag(db(), QStringLiteral("D-001"));
        QCOMPARE(after.category, before.category);
        QCOMPARE(after.name, before.name);
        QCOMPARE(journalEntries(), entries);
    }

    void everyProblemIsListedAtOnce()
    {
        NewToolItem bad = fields({}, {});
        bad.loanDays = 0;
        bad.deposit = -1;
        bad.createdOn = {};
        const QList<ToolItemProblem> problems = *tools::itemProblems(db(), bad);
        QList<ToolItemField> problemFields;
        for (const ToolItemProblem &p : problems)
            problemFields.append(p.field);
        QCOMPARE(problemFields,
            (QList<ToolItemField> { ToolItemField::AssetTag, ToolItemField::Name, ToolItemField::Deposit,
                ToolItemField::LoanDays, ToolItemField::CreatedOn }));
        QVERIFY(tools::itemProblems(db(), fields(QStringLiteral("N-1"), QStringLiteral("New")))->isEmpty());
        // Editing an item that is not there is an error, not a list of problems.
        QVERIFY(
            !tools::itemProblems(db(), fields(QStringLiteral("N-1"), QStringLiteral("New")), QStringLiteral("NOPE")));
        QVERIFY(!tools::updateItem(
            db(), QStringLiteral("NOPE"), fields(QStringLiteral("N-1"), QStringLiteral("New")), m_clock.now()));
    }

    void anItemOnLoanIsNotRetired()
    {
        const std::int64_t ana = addMember(QStringLiteral("Ana"));
        add(QStringLiteral("D-001"), QStringLiteral("Cordless drill"));
        lend(QStringLiteral("D-001"), ana, today());
        NewToolItem retire = fields(QStringLiteral("D-001"), QStringLiteral("Cordless drill"));
        retire.condition = ToolItem::Condition::Retired;
        auto refused = tools::updateItem(db(), QStringLiteral("D-001"), retire, m_clock.now());
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.contains(QLatin1String("on loan to Ana")), qPrintable(refused.error().message));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("D-001"))->condition, ToolItem::Condition::Good);
        QVERIFY(
            tools::returnItem(db(), QStringLiteral("D-001"), ToolItem::Condition::Good, today(), {}, m_clock.now()));
        auto saved = tools::updateItem(db(), QStringLiteral("D-001"), retire, m_clock.now());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->condition, ToolItem::Condition::Retired);
        CatalogueQuery retired;
        retired.state = State::Retired;
        QCOMPARE(found({}, retired), QStringList { QStringLiteral("D-001") });
    }

    void itemFigures()
    {
        const std::int64_t ana = addMember(QStringLiteral("Ana"));
        const std::int64_t ben = addMember(QStringLiteral("Ben"));
        add(QStringLiteral("D-001"), QStringLiteral("Cordless drill")); // 100 credits, 7 days, added a year ago
        add(QStringLiteral("N-1"), QStringLiteral("Never lent"));
        // 1–5 Nov (4 days, on time), 10–20 Nov (10 days, due the 17th: late), out again since 20 Nov (1 day so far).
        lend(QStringLiteral("D-001"), ana, QDate(2026, 11, 1));
        QVERIFY(tools::returnItem(
            db(), QStringLiteral("D-001"), ToolItem::Condition::Good, QDate(2026, 11, 5), {}, m_clock.now()));
        lend(QStringLiteral("D-001"), ben, QDate(2026, 11, 10));
        QVERIFY(tools::returnItem(
            db(), QStringLiteral("D-001"), ToolItem::Condition::Good, QDate(2026, 11, 20), {}, m_clock.now()));
        lend(QStringLiteral("D-001"), ana, QDate(2026, 11, 20));
        QVERIFY(tools::placeHold(db(), QStringLiteral("D-001"), ben, m_clock.now()));
        const ToolItemStatistics stats = *tools::itemStatistics(db(), QStringLiteral("D-001"), today());
        QCOMPARE(stats.loans, 3);
        QCOMPARE(stats.avoidedSpending, credits(300));
        QCOMPARE(stats.daysOnLoan, 4 + 10 + 1);
        QCOMPARE(stats.lateReturns, 1);
        QCOMPARE(stats.waiting, 1);
        QCOMPARE(stats.daysInCatalogue, 365);
        const ToolItemStatistics none = *tools::itemStatistics(db(), QStringLiteral("N-1"), today());
        QCOMPARE(none.loans, 0);
        QCOMPARE(none.avoidedSpending, 0);
        QCOMPARE(none.daysOnLoan, 0);
        QVERIFY(!tools::itemStatistics(db(), QStringLiteral("NOPE"), today()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
