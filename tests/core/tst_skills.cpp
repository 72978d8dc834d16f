// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "skills/skills.h"
#include "tools/catalogue.h"
#include "tools/tools.h"
#include "storage/database.h"
#include "testvaults.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QBuffer>
#include <QTest>

using namespace mycelium;

class TestSkills : public QObject
{
    Q_OBJECT
    FixedClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    test::TestVaults m_vaults{m_clock};
    std::unique_ptr<Vault> m_vault;

    Database &db() { return m_vault->database(); }
    QDate today() const { return m_clock.today(); }

    Member addMember(const QString &name)
    {
        auto member = members::add(db(), {name, std::nullopt, {}, QDate(2020, 1, 1), {}}, m_clock.now());
        if (!member)
            qFatal("%s", qPrintable(member.error().message));
        return *member;
    }

    Result<SkillListing> list(SkillListing::Kind kind, std::int64_t member, const QStringList &tags, const QString &text, int days = 0,
                              QDate created = {})
    {
        NewSkillListing l;
        l.kind = kind;
        l.memberNumber = member;
        l.tags = tags;
        l.description = text;
        l.availability = days;
        l.createdOn = created.isValid() ? created : today();
        return skills::addListing(db(), l, m_clock.now());
    }

    SkillListing offer(std::int64_t member, const QStringList &tags, const QString &text, int days = 0, QDate created = {})
    {
        auto l = list(SkillListing::Kind::Offer, member, tags, text, days, created);
        if (!l)
            qFatal("%s", qPrintable(l.error().message));
        return *l;
    }

    SkillListing want(std::int64_t member, const QStringList &tags, const QString &text, int days = 0, QDate created = {})
    {
        auto l = list(SkillListing::Kind::Want, member, tags, text, days, created);
        if (!l)
            qFatal("%s", qPrintable(l.error().message));
        return *l;
    }

    Result<SkillSession> plan(std::int64_t provider, std::int64_t receiver, int minutes, std::optional<std::int64_t> rate = std::nullopt,
                              QDate planned = {})
    {
        NewSkillSession s;
        s.providerNumber = provider;
        s.receiverNumber = receiver;
        s.description = QStringLiteral("Fixing a gate");
        s.minutes = minutes;
        s.rate = rate;
        s.plannedOn = planned.isValid() ? planned : today();
        s.createdOn = today();
        return skills::addSession(db(), s, m_clock.now());
    }

    QStringList ids(const QList<SkillListing> &listings)
    {
        QStringList out;
        for (const auto &l : listings)
            out.append(QString::number(l.id));
        return out;
    }

    std::int64_t balanceSum()
    {
        auto all = ledger::balances(db());
        std::int64_t sum = 0;
        for (const auto &b : *all)
            sum += b.balance;
        return sum;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
        auto vault = m_vaults.create();
        QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
        m_vault = std::move(*vault);
    }

    void cleanup() { m_vault.reset(); }

    void weekdaysParseAndPrint()
    {
        QCOMPARE(weekdays::fromText(QStringLiteral("mon,wed")), std::optional<int>(1 | 4));
        QCOMPARE(weekdays::fromText(QStringLiteral("Mon-Fri")), std::optional<int>(31));
        QCOMPARE(weekdays::fromText(QStringLiteral("weekends")), std::optional<int>(96));
        QCOMPARE(weekdays::fromText(QStringLiteral("any")), std::optional<int>(0));
        QVERIFY(!weekdays::fromText(QStringLiteral("someday")));
        QCOMPARE(weekdays::text(1 | 4), QStringLiteral("Mon, Wed"));
        QCOMPARE(weekdays::text(0), QStringLiteral("any day"));
        QCOMPARE(weekdays::sharedDays(0, 1 | 4), 2);
        QCOMPARE(weekdays::sharedDays(1 | 2, 2 | 4), 1);
        QCOMPARE(weekdays::sharedDays(0, 0), 7);
    }

    void vocabularyResolvesSynonymsWithoutCase()
    {
        auto welding = skills::curateTag(db(), QStringLiteral("  Welding "), {QStringLiteral("Metalwork"), QStringLiteral("metal  work")}, today(),
                                         m_clock.now());
        QVERIFY2(welding.ok(), welding.ok() ? "" : qPrintable(welding.error().message));
        QCOMPARE(welding->name, QStringLiteral("welding"));
        QVERIFY(welding->curated);
        QCOMPARE(welding->synonyms, (QStringList{QStringLiteral("metal work"), QStringLiteral("metalwork")}));
        auto resolved = skills::resolveTag(db(), QStringLiteral("METALWORK"));
        QVERIFY(resolved.ok() && resolved->has_value());
        QCOMPARE((*resolved)->name, QStringLiteral("welding"));
        // A synonym may not collide with a tag or another synonym.
        QVERIFY(skills::curateTag(db(), QStringLiteral("sewing"), {}, today(), m_clock.now()).ok());
        auto clash = skills::addSynonym(db(), QStringLiteral("welding"), QStringLiteral("Sewing"), m_clock.now());
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(QStringLiteral("tag of its own")));
        auto clash2 = skills::addSynonym(db(), QStringLiteral("sewing"), QStringLiteral("metalwork"), m_clock.now());
        QVERIFY(!clash2.ok());
        QVERIFY(clash2.error().message.contains(QStringLiteral("synonym of welding")));
        QVERIFY(!skills::curateTag(db(), QStringLiteral("metalwork"), {}, today(), m_clock.now()).ok());
        // Unknown words on a listing become uncurated tags; synonyms resolve.
        const Member ana = addMember(QStringLiteral("Ana"));
        auto l = list(SkillListing::Kind::Offer, ana.number, {QStringLiteral("metalwork"), QStringLiteral("Knitting")}, QStringLiteral("Gates"));
        QVERIFY(l.ok());
        QCOMPARE(l->tags, (QStringList{QStringLiteral("knitting"), QStringLiteral("welding")}));
        auto all = skills::tags(db());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).name, QStringLiteral("knitting"));
        QVERIFY(!all->at(0).curated);
        // A synonym added later is searchable on existing listings.
        QVERIFY(skills::addSynonym(db(), QStringLiteral("knitting"), QStringLiteral("wool craft"), m_clock.now()).ok());
        auto found = skills::search(db(), SkillSearch{QStringLiteral("wool"), {}, {}, false, 0, false, today(), 100});
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }

    void listingsAreValidated()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        QVERIFY(!list(SkillListing::Kind::Offer, ana.number, {}, QStringLiteral("x")).ok());
        QVERIFY(!list(SkillListing::Kind::Offer, ana.number, {QStringLiteral("  ")}, QStringLiteral("x")).ok());
        QVERIFY(!list(SkillListing::Kind::Offer, ana.number, {QStringLiteral("sewing")}, QStringLiteral("  ")).ok());
        QVERIFY(!list(SkillListing::Kind::Offer, 999, {QStringLiteral("sewing")}, QStringLiteral("x")).ok());
        NewSkillListing bad;
        bad.memberNumber = ana.number;
        bad.tags = {QStringLiteral("sewing")};
        bad.description = QStringLiteral("Hems");
        bad.createdOn = today();
        bad.level = 4;
        QVERIFY(!skills::addListing(db(), bad, m_clock.now()).ok());
        bad.level = 1;
        bad.rate = -1;
        QVERIFY(!skills::addListing(db(), bad, m_clock.now()).ok());
        bad.rate = 500;
        bad.expiresOn = today().addDays(-1);
        QVERIFY(!skills::addListing(db(), bad, m_clock.now()).ok());
        bad.expiresOn = today();
        QVERIFY(skills::addListing(db(), bad, m_clock.now()).ok());
        QVERIFY(members::setStatus(db(), ana.number, Member::Status::Suspended, QStringLiteral("test"), m_clock.now()).ok());
        QVERIFY(!skills::addListing(db(), bad, m_clock.now()).ok());
        QVERIFY(skills::checkSessions(db()).isEmpty());
    }

    void searchIsPrefixedAndSafe()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        QVERIFY(skills::curateTag(db(), QStringLiteral("childcare"), {QStringLiteral("babysitting")}, today(), m_clock.now()).ok());
        const auto a = offer(ana.number, {QStringLiteral("childcare")}, QStringLiteral("Evenings with small children"), 0, today().addDays(-2));
        const auto b = offer(ana.number, {QStringLiteral("coding")}, QStringLiteral("C++ and Python help"), 0, today().addDays(-1));
        const auto c = want(ana.number, {QStringLiteral("welding")}, QStringLiteral("A gate fixed"));
        auto s = [&](const QString &text) {
            SkillSearch q;
            q.text = text;
            q.today = today();
            auto r = skills::search(db(), q);
            if (!r)
                qFatal("search %s: %s", qPrintable(text), qPrintable(r.error().message));
            return ids(*r);
        };
        QCOMPARE(s(QStringLiteral("chi")), QStringList{QString::number(a.id)});
        QCOMPARE(s(QStringLiteral("baby")), QStringList{QString::number(a.id)});
        QCOMPARE(s(QStringLiteral("c")), (QStringList{QString::number(b.id), QString::number(a.id)}));
        QCOMPARE(s(QStringLiteral("")), (QStringList{QString::number(c.id), QString::number(b.id), QString::number(a.id)}));
        for (const QString &hostile : {QStringLiteral("\""), QStringLiteral("c++"), QStringLiteral("-weld"), QStringLiteral("*"), QStringLiteral("tags:"),
                                       QStringLiteral("(weld"), QStringLiteral("weld OR"), QStringLiteral("NEAR weld"), QStringLiteral("AND"),
                                       QStringLiteral("NOT x"), QStringLiteral("^'%_\\")})
            (void)s(hostile);
        QCOMPARE(s(QStringLiteral("c++")), (QStringList{QString::number(b.id), QString::number(a.id)}));
        QCOMPARE(s(QStringLiteral("\"weld")), QStringList{QString::number(c.id)});
        SkillSearch q;
        q.kind = SkillListing::Kind::Offer;
        q.today = today();
        QCOMPARE(ids(*skills::search(db(), q)), (QStringList{QString::number(b.id), QString::number(a.id)}));
        q.tag = QStringLiteral("Babysitting");
        QCOMPARE(ids(*skills::search(db(), q)), QStringList{QString::number(a.id)});
        QCOMPARE(*skills::countListings(db(), q), 1);
        q.tag = QStringLiteral("unknown");
        QCOMPARE(skills::search(db(), q)->size(), 0);
        QVERIFY(skills::withdrawListing(db(), a.id, today(), m_clock.now()).ok());
        QVERIFY(s(QStringLiteral("baby")).isEmpty());
        q.tag = QStringLiteral("childcare");
        q.includeInactive = true;
        QCOMPARE(skills::search(db(), q)->size(), 1);
        QVERIFY(!skills::withdrawListing(db(), a.id, today(), m_clock.now()).ok());
    }

    void completingASessionRecordsOneTrade()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(!plan(ana.number, ana.number, 60).ok());
        QVERIFY(!plan(ana.number, ben.number, 0).ok());
        QVERIFY(!plan(ana.number, ben.number, skills::kMaximumMinutes + 1).ok());
        QVERIFY(!plan(ana.number, ben.number, 60, 0).ok()); // worth nothing
        QVERIFY(!plan(ana.number, 999, 60).ok());
        auto s = plan(ana.number, ben.number, 90, 1001);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->amount(), std::int64_t(1502)); // 1501.5 rounds half up
        auto done = skills::completeSession(db(), s->id, today(), QStringLiteral("test"), m_clock.now());
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->state, SkillSession::State::Completed);
        auto trade = ledger::trade(db(), done->tradeId);
        QVERIFY(trade.ok());
        QCOMPARE(trade->amount, std::int64_t(1502));
        QCOMPARE(trade->payer, ben.number);
        QCOMPARE(trade->payee, ana.number);
        QCOMPARE(trade->category, QStringLiteral("skills"));
        QCOMPARE(trade->memo, QStringLiteral("Session %1: Fixing a gate").arg(s->id));
        QCOMPARE(*ledger::balance(db(), ana.number), std::int64_t(1502));
        QCOMPARE(balanceSum(), std::int64_t(0));
        QCOMPARE(*ledger::countTrades(db(), ledger::TradeFilter{}), std::int64_t(1));
        QVERIFY(!skills::completeSession(db(), s->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        QVERIFY(!skills::cancelSession(db(), s->id, SkillSession::Party::Provider, today(), m_clock.now()).ok());
        QCOMPARE(*ledger::countTrades(db(), ledger::TradeFilter{}), std::int64_t(1));
        QVERIFY(skills::checkSessions(db()).isEmpty());
        // The community's rate applies when none is given.
        auto community = plan(ana.number, ben.number, 60);
        QCOMPARE(community->rate, skills::kDefaultHourRate);
        QVERIFY(skills::setHourRate(db(), 1500, m_clock.now()).ok());
        QVERIFY(!skills::setHourRate(db(), -1, m_clock.now()).ok());
        QCOMPARE(*skills::hourRate(db()), std::int64_t(1500));
        QCOMPARE(plan(ana.number, ben.number, 60)->rate, std::int64_t(1500));
        // A listing's rate applies before the community's.
        NewSkillListing l;
        l.memberNumber = ana.number;
        l.tags = {QStringLiteral("welding")};
        l.description = QStringLiteral("Gates");
        l.rate = 2000;
        l.createdOn = today();
        auto listed = skills::addListing(db(), l, m_clock.now());
        NewSkillSession fromListing;
        fromListing.providerNumber = ana.number;
        fromListing.receiverNumber = ben.number;
        fromListing.listingId = listed->id;
        fromListing.description = QStringLiteral("Gate");
        fromListing.minutes = 30;
        fromListing.createdOn = today();
        QCOMPARE(skills::addSession(db(), fromListing, m_clock.now())->rate, std::int64_t(2000));
    }

    void aRefusedTradeLeavesTheSessionPlanned()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        QVERIFY(ledger::setStarterLine(db(), 0, m_clock.now()).ok());
        auto s = plan(ana.number, ben.number, 60);
        QVERIFY(s.ok());
        auto refused = skills::completeSession(db(), s->id, today(), QStringLiteral("test"), m_clock.now());
        QVERIFY(!refused.ok());
        QCOMPARE(skills::session(db(), s->id)->state, SkillSession::State::Planned);
        QCOMPARE(*ledger::countTrades(db(), ledger::TradeFilter{}), std::int64_t(0));
        QVERIFY(skills::cancelSession(db(), s->id, SkillSession::Party::Receiver, today(), m_clock.now()).ok());
        auto cancelled = skills::session(db(), s->id);
        QCOMPARE(cancelled->state, SkillSession::State::Cancelled);
        QCOMPARE(cancelled->cancelledBy, std::optional<SkillSession::Party>(SkillSession::Party::Receiver));
        QVERIFY(!skills::completeSession(db(), s->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        QVERIFY(!skills::cancelSession(db(), s->id, SkillSession::Party::Provider, today(), m_clock.now()).ok());
        SessionFilter f;
        f.state = SkillSession::State::Cancelled;
        QCOMPARE(skills::sessions(db(), f)->size(), 1);
        f.memberNumber = ana.number;
        f.state = SkillSession::State::Planned;
        QCOMPARE(skills::sessions(db(), f)->size(), 0);
    }

    void feedbackAndTheGratitudeWall()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member cai = addMember(QStringLiteral("Cai"));
        auto s = plan(ana.number, ben.number, 60);
        QVERIFY(!skills::leaveFeedback(db(), s->id, ben.number, QStringLiteral("Good"), {}, today(), m_clock.now()).ok()); // not completed
        QVERIFY(skills::completeSession(db(), s->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        QVERIFY(!skills::leaveFeedback(db(), s->id, cai.number, QStringLiteral("Good"), {}, today(), m_clock.now()).ok());
        QVERIFY(!skills::leaveFeedback(db(), s->id, ben.number, {}, {}, today(), m_clock.now()).ok());
        QVERIFY(skills::leaveFeedback(db(), s->id, ben.number, QStringLiteral("Good"), QStringLiteral("Thanks Ana!"), today(), m_clock.now()).ok());
        QVERIFY(skills::leaveFeedback(db(), s->id, ben.number, QStringLiteral("Very good"), QStringLiteral("Thank you, Ana!"), today(), m_clock.now()).ok());
        QVERIFY(skills::leaveFeedback(db(), s->id, ana.number, QStringLiteral("Nice tea"), {}, today(), m_clock.now()).ok());
        auto fb = skills::feedback(db(), s->id);
        QCOMPARE(fb->size(), 2);
        QCOMPARE(fb->at(1).feedback, QStringLiteral("Very good"));
        auto s2 = plan(cai.number, ana.number, 30);
        QVERIFY(skills::completeSession(db(), s2->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        QVERIFY(skills::leaveFeedback(db(), s2->id, ana.number, {}, QStringLiteral("Thanks Cai"), today(), m_clock.now()).ok());
        auto wall = skills::gratitudeWall(db());
        QCOMPARE(wall->size(), 2);
        QCOMPARE(wall->at(0).text, QStringLiteral("Thanks Cai"));
        QCOMPARE(wall->at(0).toNumber, cai.number);
        QCOMPARE(wall->at(1).text, QStringLiteral("Thank you, Ana!"));
        QCOMPARE(wall->at(1).fromNumber, ben.number);
        QCOMPARE(wall->at(1).toNumber, ana.number);
        QCOMPARE(skills::gratitudeWall(db(), 200, ben.number)->size(), 1);
        QCOMPARE(skills::gratitudeWall(db(), 200, ana.number)->size(), 2);
    }
    void matchingRanksByTagsDaysReliabilityAndReciprocity()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member cai = addMember(QStringLiteral("Cai"));
        const Member dee = addMember(QStringLiteral("Dee"));
        const Member eli = addMember(QStringLiteral("Eli"));
        const Member fay = addMember(QStringLiteral("Fay"));
        QVERIFY(skills::curateTag(db(), QStringLiteral("welding"), {QStringLiteral("metalwork")}, today(), m_clock.now()).ok());
        const int monWed = 1 | 4;
        const auto need = want(ana.number, {QStringLiteral("metalwork"), QStringLiteral("painting")}, QStringLiteral("A gate"), monWed);
        const auto both = offer(ben.number, {QStringLiteral("welding"), QStringLiteral("painting")}, QStringLiteral("Gates and paint"), 4,
                                today().addDays(-1));
        const auto noDay = offer(cai.number, {QStringLiteral("welding")}, QStringLiteral("Welding"), 64, today().addDays(-5));
        const auto older = offer(dee.number, {QStringLiteral("welding")}, QStringLiteral("Welding"), monWed, today().addDays(-9));
        const auto giver = offer(eli.number, {QStringLiteral("welding")}, QStringLiteral("Welding"), monWed, today().addDays(-1));
        const auto suspended = offer(fay.number, {QStringLiteral("welding")}, QStringLiteral("Welding"), monWed);
        const auto own = offer(ana.number, {QStringLiteral("welding")}, QStringLiteral("My own"));
        const auto withdrawn = offer(cai.number, {QStringLiteral("welding")}, QStringLiteral("Withdrawn"), monWed);
        QVERIFY(skills::withdrawListing(db(), withdrawn.id, today(), m_clock.now()).ok());
        NewSkillListing expiring;
        expiring.kind = SkillListing::Kind::Offer;
        expiring.memberNumber = cai.number;
        expiring.tags = {QStringLiteral("welding")};
        expiring.description = QStringLiteral("Expires");
        expiring.createdOn = today().addDays(-10);
        expiring.expiresOn = today().addDays(-1);
        QVERIFY(skills::addListing(db(), expiring, m_clock.now()).ok());
        QVERIFY(members::setStatus(db(), fay.number, Member::Status::Suspended, QStringLiteral("test"), m_clock.now()).ok());
        // Eli gave an hour to Ben: Eli's reciprocity +60, Ben's -60; Dee has none.
        auto s = plan(eli.number, ben.number, 60);
        QVERIFY(skills::completeSession(db(), s->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        auto matches = skills::match(db(), need.id, today());
        QVERIFY2(matches.ok(), matches.ok() ? "" : qPrintable(matches.error().message));
        QStringList order;
        for (const auto &m : *matches)
            order.append(QString::number(m.listing.id));
        // Ben shares two tags; Eli is reliable (on time, 1000 ‰) and Dee has no history;
        // Cai shares no day; Fay, Ana's own, withdrawn and expired listings are left out.
        QCOMPARE(order, (QStringList{QString::number(both.id), QString::number(giver.id), QString::number(older.id), QString::number(noDay.id)}));
        Q_UNUSED(suspended);
        Q_UNUSED(own);
        QCOMPARE(matches->at(0).sharedTags, (QStringList{QStringLiteral("painting"), QStringLiteral("welding")}));
        QCOMPARE(matches->at(0).viaSynonyms, QStringList{QStringLiteral("metalwork")});
        QCOMPARE(matches->at(0).sharedDays, 1);
        QCOMPARE(matches->at(1).reliabilityPermille, 1000);
        QCOMPARE(matches->at(1).minutesGiven, std::int64_t(60));
        QCOMPARE(matches->at(2).reliabilityPermille, -1);
        QCOMPARE(matches->at(3).sharedDays, 0);
        QVERIFY2(matches->at(1).reason.contains(QStringLiteral("both tagged welding (metalwork)")), qPrintable(matches->at(1).reason));
        QVERIFY2(matches->at(1).reason.contains(QStringLiteral("available Mon, Wed")), qPrintable(matches->at(1).reason));
        QVERIFY2(matches->at(1).reason.contains(QStringLiteral("Eli has delivered 1 sessions, 1 on time")), qPrintable(matches->at(1).reason));
        QVERIFY2(matches->at(1).reason.contains(QStringLiteral("gave 1 h, received 0 h")), qPrintable(matches->at(1).reason));
        QVERIFY(matches->at(3).reason.contains(QStringLiteral("no day in common")));
        // Reciprocity breaks a tie: Dee gives two hours to Ben, receives one from Eli.
        auto g = plan(dee.number, ben.number, 120);
        QVERIFY(skills::completeSession(db(), g->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        auto r = plan(eli.number, dee.number, 60, std::nullopt, today().addDays(-1)); // late: Eli's reliability drops
        QVERIFY(skills::completeSession(db(), r->id, today(), QStringLiteral("test"), m_clock.now()).ok());
        matches = skills::match(db(), need.id, today());
        QCOMPARE(matches->at(1).listing.id, older.id); // Dee: 1000 ‰
        QCOMPARE(matches->at(2).listing.id, giver.id); // Eli: 500 ‰
        // The other way: an offer finds the wants.
        auto wants = skills::match(db(), older.id, today());
        QCOMPARE(wants->size(), 1);
        QCOMPARE(wants->at(0).listing.id, need.id);
    }

    void reciprocityBreaksTies()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member cai = addMember(QStringLiteral("Cai"));
        const auto need = want(ana.number, {QStringLiteral("sewing")}, QStringLiteral("Hems"));
        const auto first = offer(ben.number, {QStringLiteral("sewing")}, QStringLiteral("Sewing"), 0, today().addDays(-3));
        const auto second = offer(cai.number, {QStringLiteral("sewing")}, QStringLiteral("Sewing"), 0, today().addDays(-1));
        // Both on time once; Cai gave more than received.
        auto a = plan(ben.number, cai.number, 60);
        QVERIFY(skills::completeSession(db(), a->id, today(), QStringLiteral("t"), m_clock.now()).ok());
        auto b = plan(cai.number, ben.number, 180);
        QVERIFY(skills::completeSession(db(), b->id, today(), QStringLiteral("t"), m_clock.now()).ok());
        auto m = skills::match(db(), need.id, today());
        QCOMPARE(m->at(0).listing.id, second.id);
        QCOMPARE(m->at(1).listing.id, first.id);
        QCOMPARE(m->at(0).minutesGiven - m->at(0).minutesReceived, std::int64_t(120));
    }

    void mentorsTeachAboveTheLearnersLevel()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member cai = addMember(QStringLiteral("Cai"));
        const Member dee = addMember(QStringLiteral("Dee"));
        auto mk = [&](SkillListing::Kind kind, std::int64_t member, int level, bool mentoring) {
            NewSkillListing l;
            l.kind = kind;
            l.memberNumber = member;
            l.tags = {QStringLiteral("guitar")};
            l.description = QStringLiteral("Guitar");
            l.level = level;
            l.mentoring = mentoring;
            l.createdOn = today();
            return *skills::addListing(db(), l, m_clock.now());
        };
        const auto learner = mk(SkillListing::Kind::Want, ana.number, SkillListing::Intermediate, true);
        const auto expert = mk(SkillListing::Kind::Offer, ben.number, SkillListing::Expert, true);
        mk(SkillListing::Kind::Offer, cai.number, SkillListing::Intermediate, true); // not above
        mk(SkillListing::Kind::Offer, dee.number, SkillListing::NoLevel, false); // not a mentor
        auto m = skills::match(db(), learner.id, today());
        QCOMPARE(m->size(), 1);
        QCOMPARE(m->at(0).listing.id, expert.id);
        QVERIFY(m->at(0).mentorship);
        QVERIFY(m->at(0).reason.contains(QStringLiteral("teaches at expert level")));
        const auto beginner = mk(SkillListing::Kind::Want, dee.number, SkillListing::NoLevel, true);
        QCOMPARE(skills::match(db(), beginner.id, today())->size(), 2); // any mentor for a learner without a level
        auto learners = skills::match(db(), expert.id, today());
        QCOMPARE(learners->size(), 2);
    }

    void vouchingVerifiesAndFeedsTheCreditLine()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        const Member ben = addMember(QStringLiteral("Ben"));
        const Member cai = addMember(QStringLiteral("Cai"));
        const Member dee = addMember(QStringLiteral("Dee"));
        ProductiveCapacity pc;
        pc.time = 100;
        pc.resources = 100;
        pc.tools = 100;
        QVERIFY(members::setProductiveCapacity(db(), ana.number, pc, m_clock.now()).ok());
        const std::int64_t before = members::byNumber(db(), ana.number)->creditExtension;
        QCOMPARE(before, std::int64_t(0));
        QVERIFY(!skills::verify(db(), ana.number, QStringLiteral("welding"), ana.number, today(), m_clock.now()).ok());
        auto one = skills::verify(db(), ana.number, QStringLiteral("welding"), ben.number, today(), m_clock.now());
        QVERIFY(one.ok());
        QVERIFY(!one->isVerified());
        QVERIFY(!skills::verify(db(), ana.number, QStringLiteral("Welding"), ben.number, today(), m_clock.now()).ok());
        QCOMPARE(members::byNumber(db(), ana.number)->verifiedSkills, 0);
        QVERIFY(members::setStatus(db(), dee.number, Member::Status::Suspended, QStringLiteral("t"), m_clock.now()).ok());
        QVERIFY(!skills::verify(db(), ana.number, QStringLiteral("welding"), dee.number, today(), m_clock.now()).ok());
        auto two = skills::verify(db(), ana.number, QStringLiteral("welding"), cai.number, today(), m_clock.now());
        QVERIFY(two.ok());
        QVERIFY(two->isVerified());
        QCOMPARE(two->vouchers, (QList<std::int64_t>{ben.number, cai.number}));
        const Member after = *members::byNumber(db(), ana.number);
        QCOMPARE(after.verifiedSkills, 1);
        QVERIFY(after.creditExtension > before);
        QCOMPARE(ledger::creditLine(db(), after)->extension, after.creditExtension);
        // The coordinator alone verifies.
        auto coord = skills::verify(db(), ben.number, QStringLiteral("sewing"), std::nullopt, today(), m_clock.now());
        QVERIFY(coord.ok());
        QVERIFY(coord->isVerified());
        QVERIFY(coord->byCoordinator);
        QVERIFY(!skills::verify(db(), ben.number, QStringLiteral("sewing"), std::nullopt, today(), m_clock.now()).ok());
        auto list = skills::verifications(db(), ana.number);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).tag, QStringLiteral("welding"));
    }

    void ownedToolsFeedTheCreditLine()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        ProductiveCapacity pc;
        pc.time = 100;
        pc.resources = 100;
        pc.skills = 100;
        QVERIFY(members::setProductiveCapacity(db(), ana.number, pc, m_clock.now()).ok());
        QCOMPARE(members::byNumber(db(), ana.number)->creditExtension, std::int64_t(0));
        NewToolItem drill;
        drill.assetTag = QStringLiteral("D-1");
        drill.name = QStringLiteral("Drill");
        drill.createdOn = today();
        drill.ownerNumber = ana.number;
        auto added = tools::addItem(db(), drill, m_clock.now());
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->ownerNumber, ana.number);
        const Member owner = *members::byNumber(db(), ana.number);
        QCOMPARE(owner.lendableTools, 1);
        QVERIFY(owner.creditExtension > 0);
        QCOMPARE(ledger::creditLine(db(), owner)->extension, owner.creditExtension);
        drill.condition = ToolItem::Condition::Retired;
        auto retired = tools::updateItem(db(), QStringLiteral("D-1"), drill, m_clock.now());
        QVERIFY2(retired.ok(), retired.ok() ? "" : qPrintable(retired.error().message));
        QCOMPARE(members::byNumber(db(), ana.number)->lendableTools, 0);
        QCOMPARE(members::byNumber(db(), ana.number)->creditExtension, std::int64_t(0));
        drill.ownerNumber = 999;
        QVERIFY(!tools::updateItem(db(), QStringLiteral("D-1"), drill, m_clock.now()).ok());
    }

    void importIsAllOrNothing()
    {
        const Member ana = addMember(QStringLiteral("Ana"));
        auto run = [&](const QByteArray &text) {
            QBuffer buffer;
            buffer.setData(text);
            buffer.open(QIODevice::ReadOnly);
            return skills::importListings(db(), buffer, m_clock.now());
        };
        auto bad = run(QByteArray("kind,member,tags,description,availability,level\n"
                                  "offer,1,welding;painting,Gates,mon,expert\n"
                                  "want,1,sewing,Hems,someday,\n"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("line 3, field availability")), qPrintable(bad.error().message));
        QCOMPARE(skills::search(db(), SkillSearch{})->size(), 0);
        QCOMPARE(skills::tags(db())->size(), 0);
        auto noMember = run(QByteArray("kind,member,tags,description\noffer,7,welding,Gates\n"));
        QVERIFY(noMember.error().message.contains(QStringLiteral("line 2, field member")));
        auto badKind = run(QByteArray("kind,member,tags,description\nswap,1,welding,Gates\n"));
        QVERIFY(badKind.error().message.contains(QStringLiteral("line 2, field kind")));
        auto noTags = run(QByteArray("kind,member,tags,description\noffer,1, ; ,Gates\n"));
        QVERIFY(noTags.error().message.contains(QStringLiteral("line 2, field tags")));
        auto badRate = run(QByteArray("kind,member,tags,description,rate\noffer,1,welding,Gates,ten\n"));
        QVERIFY(badRate.error().message.contains(QStringLiteral("line 2, field rate")));
        auto good = run(QByteArray("kind,member,tags,description,availability,level,mentoring,rate,expires_on\n"
                                   "offer,1,welding;painting,Gates,mon,expert,yes,12.50,2027-01-01\n"
                                   "want,1,sewing,Hems,,,,,\n"));
        QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().message));
        QCOMPARE(*good, 2);
        auto listed = skills::listingsOf(db(), ana.number, false, today());
        QCOMPARE(listed->size(), 2);
        const SkillListing &o = listed->at(0).kind == SkillListing::Kind::Offer ? listed->at(0) : listed->at(1);
        QCOMPARE(o.rate, std::optional<std::int64_t>(1250));
        QCOMPARE(o.level, int(SkillListing::Expert));
        QVERIFY(o.mentoring);
        QCOMPARE(o.availability, 1);
        QVERIFY(skills::checkSessions(db()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSkills)
#include "tst_skills.moc"
