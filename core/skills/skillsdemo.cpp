// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Demonstration data for the skills exchange, deterministic for a seed.
#include "skills/skillsdemo.h"
#include "skills/skills.h"
#include "skills/skillsupport.h"

#include "members/members.h"
#include "storage/database.h"

#include <random>

namespace mycelium::skills {

namespace {

struct DemoTag {
    const char *name;
    const char *synonyms; // separated by ;
    const char *offer;
    const char *want;
};

// About forty curated tags with their synonyms, and words for listings.
const DemoTag kTags[] = {
    {"welding", "metalwork", "Welding and small metal repairs: gates, railings, trailers", "A broken gate hinge welded"},
    {"childcare", "babysitting", "Babysitting evenings and weekends, first aid trained", "Someone to look after two children on Saturdays"},
    {"coding", "programming", "Help with websites, spreadsheets and small programs", "Help setting up a website for the bakery"},
    {"tutoring", "teaching", "Maths and science tutoring for school children", "Homework help for a 12-year-old"},
    {"bookkeeping", "accounting", "Bookkeeping for small associations and households", "Help sorting out the association's accounts"},
    {"music", "guitar lessons;piano lessons", "Guitar and piano lessons for beginners", "Learning to play the guitar"},
    {"carpentry", "woodwork;joinery", "Shelves, doors, small furniture repairs", "A wobbly table and a door that sticks"},
    {"gardening", "garden work;horticulture", "Pruning, planting, vegetable beds", "Help digging a vegetable bed"},
    {"sewing", "mending;tailoring", "Mending, hems, alterations", "Trousers to shorten, a coat to mend"},
    {"cooking", "catering", "Cooking for events and batch meals", "Meals for a family event"},
    {"bike repair", "cycle repair;bicycle repair", "Bicycle repairs and tune-ups", "A bike with a buckled wheel"},
    {"plumbing", "pipes", "Leaks, taps and toilets fixed", "A dripping tap and a slow drain"},
    {"first aid", "emergency care", "First aid courses for small groups", "A first aid course for the youth club"},
    {"translation", "interpreting", "Translation between English, Spanish and Portuguese", "A letter translated from German"},
    {"electrics", "electrical work", "Sockets, lights and small electrical jobs", "A ceiling light installed"},
    {"painting", "decorating", "Painting rooms and fences", "A bedroom painted"},
    {"baking", "bread making", "Sourdough bread and cakes", "A birthday cake"},
    {"elder care", "caregiving", "Company and help for elderly neighbours", "Someone to visit my mother twice a week"},
    {"dog walking", "pet sitting", "Dog walking and pet sitting", "Dog walks while I am at work"},
    {"photography", "photos", "Photos for events and portraits", "Photos of the community festival"},
    {"knitting", "crochet", "Knitting and crochet lessons", "Learning to knit socks"},
    {"language lessons", "english lessons;spanish lessons", "Conversation lessons in English or Spanish", "Spanish conversation practice"},
    {"computer help", "it support;tech support", "Fixing computers and phones, setting up printers", "A laptop that will not start"},
    {"moving help", "removals", "Help carrying furniture on moving day", "Help moving house"},
    {"cleaning", "housekeeping", "House cleaning", "A deep clean after building work"},
    {"hairdressing", "haircuts", "Haircuts at home", "A haircut for a wedding"},
    {"massage", "bodywork", "Relaxing massage", "A massage for back pain"},
    {"yoga", "stretching", "Yoga classes in the park", "Learning yoga"},
    {"car repair", "mechanics", "Car servicing and small repairs", "Brakes checked"},
    {"roofing", "gutters", "Gutters cleaned and tiles replaced", "A leaking roof"},
    {"tiling", "grouting", "Tiling kitchens and bathrooms", "Bathroom tiles replaced"},
    {"beekeeping", "apiculture", "Beekeeping advice and honey harvest help", "Learning to keep bees"},
    {"preserving", "canning;jam making", "Jams, pickles and preserves", "Learning to make jam"},
    {"writing", "editing;proofreading", "Editing letters, CVs and grant applications", "A grant application proofread"},
    {"graphic design", "design;logos", "Posters, flyers and logos", "A poster for the repair café"},
    {"upholstery", "reupholstering", "Chairs and sofas re-covered", "An armchair re-covered"},
    {"composting", "compost", "Setting up compost bins", "Help starting a compost heap"},
    {"tax forms", "tax returns", "Help filling in tax forms", "Help with my tax return"},
    {"legal advice", "paperwork", "Help with forms and official letters", "Help writing to the council"},
    {"driving", "lifts;transport", "Lifts to appointments and the market", "A lift to the hospital"},
};

} // namespace

Status generateDemo(Database &db, const SkillsDemoOptions &options, const QDateTime &now)
{
    auto all = members::list(db);
    if (!all)
        return all.error();
    QList<Member> traders;
    for (const Member &m : std::as_const(*all))
        if (m.mayTrade())
            traders.append(m);
    if (traders.size() < 2)
        return detail::invalid(detail::tr("The skills demo needs at least two members who may trade; make the ledger demo first (mycelium-cli demo)."));
    std::mt19937_64 random(options.seed);
    auto below = [&](int n) { return int(random() % std::uint64_t(n)); };
    const QDate today = now.date();
    const int tagCount = int(std::size(kTags));

    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    for (const DemoTag &t : kTags)
        if (auto c = curateTag(db, QString::fromUtf8(t.name), QString::fromUtf8(t.synonyms).split(QLatin1Char(';'), Qt::SkipEmptyParts), today, now); !c)
            return c.error();

    // Each member's skills: two or three tags, for offers and vouches.
    QHash<std::int64_t, QList<int>> skillsOf;
    QList<std::int64_t> offerIds;
    for (const Member &m : std::as_const(traders)) {
        QList<int> mine;
        const int count = 2 + below(2);
        while (mine.size() < count) {
            const int t = below(tagCount);
            if (!mine.contains(t))
                mine.append(t);
        }
        skillsOf.insert(m.number, mine);
        for (int i = 0; i < options.listingsPerMember; ++i) {
            const bool isOffer = i < options.listingsPerMember - 1 || below(3) == 0;
            const int t = isOffer ? mine.at(i % mine.size()) : below(tagCount);
            NewSkillListing l;
            l.kind = isOffer ? SkillListing::Kind::Offer : SkillListing::Kind::Want;
            l.memberNumber = m.number;
            l.tags = {QString::fromUtf8(kTags[t].name)};
            if (below(4) == 0)
                l.tags.append(QString::fromUtf8(kTags[below(tagCount)].name));
            l.description = QString::fromUtf8(isOffer ? kTags[t].offer : kTags[t].want);
            static const int kDays[] = {0, 1 | 4, 2 | 8, 16 | 32 | 64, 31, 96, 4 | 16, 0};
            l.availability = kDays[below(int(std::size(kDays)))];
            if (below(3) == 0)
                l.availabilityNote = below(2) ? QStringLiteral("evenings") : QStringLiteral("after 4 pm");
            if (below(4) == 0) {
                l.mentoring = true;
                l.level = isOffer ? 2 + below(2) : below(2);
            }
            if (isOffer && below(5) == 0)
                l.rate = 800 + 100 * below(8);
            l.createdOn = today.addDays(-below(120));
            if (below(6) == 0)
                l.expiresOn = today.addDays(30 + below(90));
            auto added = addListing(db, l, now);
            if (!added)
                return added.error();
            if (isOffer)
                offerIds.append(added->id);
        }
    }

    // Vouches: about one member in three gets two, some only one.
    for (const Member &m : std::as_const(traders)) {
        if (below(3) != 0)
            continue;
        const QString tag = QString::fromUtf8(kTags[skillsOf.value(m.number).first()].name);
        const int vouches = 1 + below(2);
        QList<std::int64_t> done;
        while (done.size() < vouches) {
            const Member &v = traders.at(below(int(traders.size())));
            if (v.number == m.number || done.contains(v.number))
                continue;
            done.append(v.number);
            if (auto r = verify(db, m.number, tag, v.number, today.addDays(-below(60)), now); !r)
                return r.error();
        }
    }
    if (auto r = verify(db, traders.first().number, QString::fromUtf8(kTags[skillsOf.value(traders.first().number).first()].name), std::nullopt, today, now);
        !r)
        return r.error();

    // Sessions: most completed today (past days are closed by the ledger
    // demo), planned earlier (on time) or later (late) … and a few planned
    // or cancelled.
    QList<std::int64_t> completed;
    for (int i = 0; i < options.sessions; ++i) {
        const Member &provider = traders.at(below(int(traders.size())));
        const Member *receiver = &traders.at(below(int(traders.size())));
        if (receiver->number == provider.number)
            continue;
        const QList<int> mine = skillsOf.value(provider.number);
        const DemoTag &t = kTags[mine.at(below(int(mine.size())))];
        NewSkillSession s;
        s.providerNumber = provider.number;
        s.receiverNumber = receiver->number;
        s.description = QString::fromUtf8(t.offer).section(QLatin1Char(','), 0, 0).section(QLatin1Char(':'), 0, 0);
        s.minutes = 30 * (1 + below(6));
        s.mentoring = below(5) == 0;
        s.createdOn = today.addDays(-below(20));
        const int fate = below(10);
        s.plannedOn = fate < 6 ? today.addDays(below(3)) : fate < 8 ? today.addDays(-1 - below(5)) : today.addDays(1 + below(14));
        auto added = addSession(db, s, now);
        if (!added)
            return added.error();
        if (fate < 8) {
            // completed today: on time when planned today or later, late otherwise
            auto done = completeSession(db, added->id, today, QStringLiteral("demo"), now);
            if (done)
                completed.append(added->id);
            // a trade the ledger refuses (credit line) leaves the session planned
        } else if (fate == 9) {
            if (auto c = cancelSession(db, added->id, below(2) ? SkillSession::Party::Provider : SkillSession::Party::Receiver, today, now); !c)
                return c;
        }
    }
    static const char *const kThanks[] = {"Thank you so much, it works perfectly now!", "Lovely afternoon, thanks for your patience.",
                                           "Thanks, you saved my weekend.", "Very kind and very skilled — thank you!",
                                           "Thanks for teaching me, I can do it myself next time."};
    static const char *const kFeedback[] = {"On time and well prepared.", "Great work.", "Friendly and clear.", "Took a bit longer than planned, but done well."};
    for (std::int64_t id : std::as_const(completed)) {
        auto s = session(db, id);
        if (!s)
            return s.error();
        if (below(3) != 0) {
            if (auto f = leaveFeedback(db, id, s->receiverNumber, QString::fromUtf8(kFeedback[below(int(std::size(kFeedback)))]),
                                       below(2) ? QString::fromUtf8(kThanks[below(int(std::size(kThanks)))]) : QString(), today, now);
                !f)
                return f;
        }
        if (below(4) == 0)
            if (auto f = leaveFeedback(db, id, s->providerNumber, QStringLiteral("A pleasure."), QStringLiteral("Thanks for the tea!"), today, now); !f)
                return f;
    }
    return tx.commit();
}

} // namespace mycelium::skills
