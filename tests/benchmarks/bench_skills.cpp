// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the skills exchange's figures for a large community: 5,000 members
// and 50,000 offers and wants, a few thousand completed sessions:
//  1. building the vault (members, listings, sessions, each in one transaction);
//  2. search as you type: every prefix of a few words ("weld", "childc",
//     "guitar lessons", ...), a page of 50 — median, p95 and worst ms
//     (target: under 10 ms a keystroke);
//  3. the best 20 matches for 200 different wants — median and worst ms
//     (target: under 20 ms).
//
// Usage: bench_skills [--members N] [--listings N] [--sessions N]
#include "common/clock.h"
#include "ledger/ledger.h"
#include "members/members.h"
#include "skills/skills.h"
#include "storage/database.h"
#include "vault/vault.h"

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <random>

using namespace mycelium;
using namespace mycelium::bench;

namespace {

struct Tag {
    const char *name;
    const char *synonyms;
};
const Tag kTags[] = {
    {"welding", "metalwork"}, {"childcare", "babysitting"}, {"coding", "programming"}, {"tutoring", "teaching"},
    {"bookkeeping", "accounting"}, {"music", "guitar lessons;piano lessons"}, {"carpentry", "woodwork"}, {"gardening", "horticulture"},
    {"sewing", "mending"}, {"cooking", "catering"}, {"bike repair", "cycle repair"}, {"plumbing", "pipes"}, {"first aid", "emergency care"},
    {"translation", "interpreting"}, {"electrics", "wiring"}, {"painting", "decorating"}, {"baking", "bread making"}, {"elder care", "caregiving"},
    {"dog walking", "pet sitting"}, {"photography", "photos"}, {"knitting", "crochet"}, {"language lessons", "spanish lessons"},
    {"computer help", "tech support"}, {"moving help", "removals"}, {"cleaning", "housekeeping"}, {"hairdressing", "haircuts"},
    {"massage", "bodywork"}, {"yoga", "stretching"}, {"car repair", "mechanics"}, {"roofing", "gutters"}, {"tiling", "grouting"},
    {"beekeeping", "apiculture"}, {"preserving", "jam making"}, {"writing", "proofreading"}, {"graphic design", "logos"},
    {"upholstery", "reupholstering"}, {"composting", "compost"}, {"tax forms", "tax returns"}, {"legal advice", "paperwork"}, {"driving", "lifts"},
};
const char *const kWords[] = {"help", "repair", "lessons", "weekend", "evening", "small", "garden", "house", "children", "school", "kitchen",
                              "bathroom", "community", "friendly", "patient", "experienced", "beginner", "advice", "quick", "careful"};

struct Figures {
    double median = 0, p95 = 0, worst = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    f.median = ms.at(ms.size() / 2);
    f.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    f.worst = ms.last();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("members"), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption listingsOption(QStringLiteral("listings"), QStringLiteral("listings"), QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("completed sessions"), QStringLiteral("N"), QStringLiteral("3000"));
    parser.addOptions({membersOption, listingsOption, sessionsOption});
    parser.process(app);
    const int memberCount = std::max(10, parser.value(membersOption).toInt());
    const int listingCount = std::max(100, parser.value(listingsOption).toInt());
    const int sessionCount = std::max(10, parser.value(sessionsOption).toInt());
    if (sodium_init() < 0)
        return 1;

    QTemporaryDir temporary;
    const QDateTime now(QDate(2026, 11, 21), QTime(18, 0));
    FixedClock clock(now);
    const QDate today = now.date();
    sayMachine(QStringLiteral("bench_skills"));
    say(QStringLiteral("workload: %1 members, %2 listings, %3 completed sessions").arg(memberCount).arg(listingCount).arg(sessionCount));

    auto vault = must(Vault::create(QDir(temporary.path()).filePath(QStringLiteral("skills.vault")), QStringLiteral("Bench skills"),
                                    QStringLiteral("correct horse battery staple"), clock, KdfParams::fastForTests()),
                      QStringLiteral("Vault::create"));
    Database &db = vault->database();
    std::mt19937_64 random(5);
    auto below = [&](int n) { return int(random() % std::uint64_t(n)); };
    const int tagCount = int(std::size(kTags));

    QElapsedTimer build;
    build.start();
    {
        Transaction tx(db);
        for (const Tag &t : kTags)
            must(skills::curateTag(db, QString::fromUtf8(t.name), QString::fromUtf8(t.synonyms).split(QLatin1Char(';')), today, now),
                 QStringLiteral("curateTag"));
        for (int i = 1; i <= memberCount; ++i)
            must(members::add(db, {QStringLiteral("Member %1").arg(i), std::nullopt, {}, QDate(2020, 1, 1), {}}, now), QStringLiteral("members::add"));
        must(tx.commit(), QStringLiteral("commit members"));
    }
    say(QStringLiteral("members: %1 ms").arg(build.restart()));
    QList<std::int64_t> wants;
    {
        Transaction tx(db);
        for (int i = 0; i < listingCount; ++i) {
            NewSkillListing l;
            l.kind = below(2) ? SkillListing::Kind::Offer : SkillListing::Kind::Want;
            l.memberNumber = 1 + below(memberCount);
            l.tags = {QString::fromUtf8(kTags[below(tagCount)].name)};
            if (below(3) == 0)
                l.tags.append(QString::fromUtf8(kTags[below(tagCount)].name));
            QStringList words;
            for (int w = 0; w < 6; ++w)
                words.append(QString::fromUtf8(kWords[below(int(std::size(kWords)))]));
            l.description = words.join(QLatin1Char(' '));
            static const int kDays[] = {0, 5, 10, 112, 31, 96, 20};
            l.availability = kDays[below(int(std::size(kDays)))];
            if (below(5) == 0) {
                l.mentoring = true;
                l.level = l.kind == SkillListing::Kind::Offer ? 2 + below(2) : below(2);
            }
            l.createdOn = today.addDays(-below(365));
            auto added = must(skills::addListing(db, l, now), QStringLiteral("addListing"));
            if (added.kind == SkillListing::Kind::Want && wants.size() < 200 && below(50) == 0)
                wants.append(added.id);
        }
        must(tx.commit(), QStringLiteral("commit listings"));
    }
    say(QStringLiteral("listings: %1 ms").arg(build.restart()));
    {
        Transaction tx(db);
        int done = 0;
        for (int i = 0; done < sessionCount && i < sessionCount * 3; ++i) {
            NewSkillSession s;
            s.providerNumber = 1 + below(memberCount);
            s.receiverNumber = 1 + below(memberCount);
            if (s.providerNumber == s.receiverNumber)
                continue;
            s.description = QStringLiteral("Session");
            s.minutes = 30 * (1 + below(4));
            s.createdOn = today;
            s.plannedOn = today.addDays(below(3) - 1);
            auto added = must(skills::addSession(db, s, now), QStringLiteral("addSession"));
            if (below(10) == 0) {
                must(skills::cancelSession(db, added.id, SkillSession::Party::Provider, today, now), QStringLiteral("cancel"));
                continue;
            }
            if (skills::completeSession(db, added.id, today, QStringLiteral("bench"), now))
                ++done;
        }
        must(tx.commit(), QStringLiteral("commit sessions"));
    }
    say(QStringLiteral("sessions: %1 ms").arg(build.restart()));

    // Search as you type.
    QList<double> typing;
    const QStringList phrases = {QStringLiteral("weld"), QStringLiteral("childc"), QStringLiteral("guitar lessons"), QStringLiteral("metalw"),
                                 QStringLiteral("bike rep"), QStringLiteral("friendly garden"), QStringLiteral("c++ prog")};
    for (int round = 0; round < 3; ++round)
        for (const QString &phrase : phrases)
            for (int n = 1; n <= phrase.size(); ++n) {
                SkillSearch q;
                q.text = phrase.left(n);
                q.today = today;
                q.limit = 50;
                QElapsedTimer t;
                t.start();
                auto found = must(skills::search(db, q), QStringLiteral("search"));
                typing.append(double(t.nsecsElapsed()) / 1e6);
                Q_UNUSED(found);
            }
    const Figures s = figures(typing);
    say(QStringLiteral("search as you type (%1 keystrokes, a page of 50): median %2 ms, p95 %3 ms, worst %4 ms")
            .arg(typing.size())
            .arg(s.median, 0, 'f', 2)
            .arg(s.p95, 0, 'f', 2)
            .arg(s.worst, 0, 'f', 2));

    QList<double> matching;
    std::int64_t found = 0;
    for (std::int64_t id : std::as_const(wants)) {
        QElapsedTimer t;
        t.start();
        auto m = must(skills::match(db, id, today, 20), QStringLiteral("match"));
        matching.append(double(t.nsecsElapsed()) / 1e6);
        found += m.size();
    }
    const Figures m = figures(matching);
    say(QStringLiteral("best 20 matches (%1 wants, %2 suggestions on average): median %3 ms, p95 %4 ms, worst %5 ms")
            .arg(matching.size())
            .arg(double(found) / std::max<qsizetype>(1, matching.size()), 0, 'f', 1)
            .arg(m.median, 0, 'f', 2)
            .arg(m.p95, 0, 'f', 2)
            .arg(m.worst, 0, 'f', 2));
    return 0;
}
