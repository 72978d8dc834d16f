// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trust's commands: a member's profile (trust show), the community's depth
// (trust depth), the pattern alerts (trust alerts, alert review), concerns
// (flag, flag list, flag resolve) and the graduated sanctions (sanction,
// sanction list, history, redeem). Exit codes as in ledgercommands.cpp: a
// malformed argument or a member, alert or concern that does not exist is
// a usage error (2); what the core then refuses (a review date not after
// today, a step to the level the member is at, a concern resolved already)
// is a rule saying no: exit 4.
#include "trustcommands.h"
#include "clioutput.h"
#include "clisupport.h"

#include "common/clock.h"
#include "members/members.h"
#include "storage/database.h"
#include "trust/trust.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mycelium::cli {

namespace {

using Command = CliArguments::Command;

// Thousandths as a factor: 1250 → "1.250".
QString factor(std::int64_t permille)
{
    const QString sign = permille < 0 ? QStringLiteral("-") : QString();
    const std::int64_t magnitude = permille < 0 ? -permille : permille;
    return sign + QString::number(magnitude / 1000) + QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 1000, 3, 10, QLatin1Char('0'));
}

QString percentOrNone(int permille)
{
    return permille < 0 ? tr("none yet") : tr("%1 %").arg(factor(permille * 100).chopped(2));
}

QJsonValue permilleOrNull(int permille)
{
    return permille < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(permille);
}

QJsonObject stepJson(const SanctionStep &s)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(s.id)},
        {QStringLiteral("member"), qint64(s.memberNumber)},
        {QStringLiteral("name"), s.memberName},
        {QStringLiteral("level"), Member::sanctionName(s.level)},
        {QStringLiteral("previous"), Member::sanctionName(s.previous)},
        {QStringLiteral("reason"), s.reason},
        {QStringLiteral("appliedBy"), s.appliedBy},
        {QStringLiteral("appliedOn"), jsonDay(s.appliedOn)},
        {QStringLiteral("reviewOn"), jsonDay(s.reviewOn)},
        {QStringLiteral("journalSeq"), qint64(s.journalSeq)},
    };
}

QString memberText(std::int64_t number, const QString &name)
{
    return tr("%1 (member %2)").arg(name).arg(number);
}

class TrustSession : public CliSession
{
public:
    TrustSession(const CliArguments &args, Database &db, const Clock &clock) : CliSession(args, db, clock) { }

    int trustShow();
    int trustDepth();
    int trustAlerts();
    int alertReview();
    int flag();
    int flagList();
    int flagResolve();
    int sanction();
    int sanctionList();
    int sanctionHistory();
    int sanctionRedeem();
};

int TrustSession::trustShow()
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    auto found = trust::profile(m_db, member->number, today());
    if (!found)
        return fail(found.error());
    const TrustProfile &p = *found;
    if (m_args.json) {
        printJson(QJsonObject{
            {QStringLiteral("number"), qint64(p.memberNumber)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("asOf"), jsonDay(p.asOf)},
            {QStringLiteral("contribution"),
             QJsonObject{{QStringLiteral("sessionsGiven"), p.sessionsGiven},
                         {QStringLiteral("minutesGiven"), qint64(p.minutesGiven)},
                         {QStringLiteral("ownToolLoans"), p.ownToolLoans},
                         {QStringLiteral("regenerations"), p.regenerations},
                         {QStringLiteral("creditsEarned"), plain(p.creditsEarned)}}},
            {QStringLiteral("reliability"),
             QJsonObject{{QStringLiteral("sessionsDelivered"), p.sessionsDelivered},
                         {QStringLiteral("sessionsOnTime"), p.sessionsOnTime},
                         {QStringLiteral("sessionsCancelledByThem"), p.sessionsCancelledByThem},
                         {QStringLiteral("loansReturned"), p.loansReturned},
                         {QStringLiteral("loansOnTime"), p.loansOnTime},
                         {QStringLiteral("trades"), p.trades},
                         {QStringLiteral("tradesReversed"), p.tradesReversed}}},
            {QStringLiteral("reciprocity"),
             QJsonObject{{QStringLiteral("creditsGiven"), plain(p.creditsGiven)},
                         {QStringLiteral("creditsReceived"), plain(p.creditsReceived)},
                         {QStringLiteral("minutesGiven"), qint64(p.minutesGiven)},
                         {QStringLiteral("minutesReceived"), qint64(p.minutesReceived)},
                         {QStringLiteral("permille"), permilleOrNull(p.reciprocityPermille)}}},
            {QStringLiteral("ecological"),
             QJsonObject{{QStringLiteral("multiplier"), p.ecologicalMultiplier},
                         {QStringLiteral("netLast12Months"),
                          p.ecologicalNetLast12Months ? QJsonValue(qint64(*p.ecologicalNetLast12Months)) : QJsonValue(QJsonValue::Null)}}},
            {QStringLiteral("longevity"), QJsonObject{{QStringLiteral("joinedOn"), jsonDay(p.joinedOn)}, {QStringLiteral("months"), p.monthsMember}}},
            {QStringLiteral("vouching"),
             QJsonObject{{QStringLiteral("vouchers"), p.vouchers},
                         {QStringLiteral("vouchesGiven"), p.vouchesGiven},
                         {QStringLiteral("verifiedSkills"), p.verifiedSkills}}},
            {QStringLiteral("score"),
             QJsonObject{{QStringLiteral("successful"), qint64(p.successful)},
                         {QStringLiteral("total"), qint64(p.total)},
                         {QStringLiteral("successPermille"), permilleOrNull(p.successPermille)},
                         {QStringLiteral("ecologicalPermille"), p.ecologicalPermille},
                         {QStringLiteral("longevityPermille"), p.longevityPermille},
                         {QStringLiteral("vouchingPermille"), p.vouchingPermille},
                         {QStringLiteral("scorePermille"), p.scorePermille ? QJsonValue(*p.scorePermille) : QJsonValue(QJsonValue::Null)}}},
            {QStringLiteral("sanction"), Member::sanctionName(p.sanction)},
            {QStringLiteral("openFlags"), p.openFlags},
        });
        return ExitOk;
    }
    const QString indent = QStringLiteral("  ");
    QString out = tr("Trust profile of %1, as of %2\n").arg(memberText(p.memberNumber, p.name), isoDay(p.asOf));
    if (p.scorePermille)
        out += tr("Score %1 = success %2 × ecological %3 × longevity %4 × vouching %5 (at most %6)\n")
                   .arg(factor(*p.scorePermille), factor(p.successPermille), factor(p.ecologicalPermille), factor(p.longevityPermille),
                        factor(p.vouchingPermille), factor(1000LL * 1500 * 1500 * 1500 / 1'000'000'000));
    else
        out += tr("No score yet: no sessions, loans or trades to judge by (ecological %1, longevity %2, vouching %3).\n")
                   .arg(factor(p.ecologicalPermille), factor(p.longevityPermille), factor(p.vouchingPermille));
    out += tr("Success: %1 of %2 commitments kept (sessions on time %3, loans on time %4, trades not reversed %5).\n")
               .arg(p.successful)
               .arg(p.total)
               .arg(p.sessionsOnTime)
               .arg(p.loansOnTime)
               .arg(p.trades - p.tradesReversed);
    out += tr("\nContribution\n")
           + alignedLines({{tr("Sessions given"), tr("%1 (%2 minutes)").arg(p.sessionsGiven).arg(p.minutesGiven)},
                           {tr("Own tools lent"), QString::number(p.ownToolLoans)},
                           {tr("Regenerations"), QString::number(p.regenerations)},
                           {tr("Credits earned"), human(p.creditsEarned)}},
                          indent);
    out += tr("\nReliability\n")
           + alignedLines({{tr("Sessions delivered"), tr("%1, %2 on time").arg(p.sessionsDelivered).arg(p.sessionsOnTime)},
                           {tr("Sessions they cancelled"), QString::number(p.sessionsCancelledByThem)},
                           {tr("Loans returned"), tr("%1, %2 on time").arg(p.loansReturned).arg(p.loansOnTime)},
                           {tr("Trades"), tr("%1, %2 reversed").arg(p.trades).arg(p.tradesReversed)}},
                          indent);
    out += tr("\nReciprocity\n")
           + alignedLines({{tr("Credits given"), human(p.creditsGiven)},
                           {tr("Credits received"), human(p.creditsReceived)},
                           {tr("Minutes given / received"), tr("%1 / %2").arg(p.minutesGiven).arg(p.minutesReceived)},
                           {tr("Balance of the two"), percentOrNone(p.reciprocityPermille)}},
                          indent);
    out += tr("\nEcological impact\n")
           + alignedLines({{tr("Multiplier"), tr("%1 (factor %2)").arg(p.ecologicalMultiplier).arg(factor(p.ecologicalPermille))},
                           {tr("Net, last 12 months"),
                            p.ecologicalNetLast12Months ? QString::number(*p.ecologicalNetLast12Months) : tr("never settled")}},
                          indent);
    out += tr("\nLongevity\n")
           + alignedLines({{tr("Joined"), tr("%1, %2 whole months ago (factor %3)").arg(isoDay(p.joinedOn)).arg(p.monthsMember).arg(factor(p.longevityPermille))}},
                          indent);
    out += tr("\nVouching\n")
           + alignedLines({{tr("Members who vouched"), tr("%1 (factor %2)").arg(p.vouchers).arg(factor(p.vouchingPermille))},
                           {tr("Vouches given"), QString::number(p.vouchesGiven)},
                           {tr("Verified skills"), QString::number(p.verifiedSkills)}},
                          indent);
    out += tr("\nFor coordinators\n")
           + alignedLines({{tr("Sanction"), Member::sanctionName(p.sanction)}, {tr("Open concerns"), QString::number(p.openFlags)}}, indent);
    printOut(out);
    return ExitOk;
}

int TrustSession::trustDepth()
{
    auto d = trust::depthMetrics(m_db, today());
    if (!d)
        return fail(d.error());
    if (m_args.json) {
        QJsonArray months;
        for (const auto &m : d->gratitude)
            months.append(QJsonObject{{QStringLiteral("month"), m.month.toString(QStringLiteral("yyyy-MM"))},
                                      {QStringLiteral("gratitudeNotes"), m.gratitudeNotes}});
        printJson(QJsonObject{
            {QStringLiteral("from"), jsonDay(d->from)},
            {QStringLiteral("to"), jsonDay(d->to)},
            {QStringLiteral("tradingMembers"), d->tradingMembers},
            {QStringLiteral("reciprocityPermille"), permilleOrNull(d->reciprocityPermille)},
            {QStringLiteral("distinctPairs"), d->distinctPairs},
            {QStringLiteral("pairsPerMemberPermille"), d->pairsPerMemberPermille},
            {QStringLiteral("concernsRaised"), d->concernsRaised},
            {QStringLiteral("concernsResolved"), d->concernsResolved},
            {QStringLiteral("resolutionPermille"), permilleOrNull(d->resolutionPermille)},
            {QStringLiteral("gratitude"), months},
        });
        return ExitOk;
    }
    QString out = tr("Depth from %1 to %2\n").arg(isoDay(d->from), isoDay(d->to));
    out += alignedLines({{tr("Trading members"), QString::number(d->tradingMembers)},
                         {tr("Reciprocity (mean)"), percentOrNone(d->reciprocityPermille)},
                         {tr("Distinct trading pairs"), tr("%1 (%2 per member)").arg(d->distinctPairs).arg(factor(d->pairsPerMemberPermille))},
                         {tr("Concerns resolved"),
                          tr("%1 of %2 (%3)").arg(d->concernsResolved).arg(d->concernsRaised).arg(percentOrNone(d->resolutionPermille))}},
                        QStringLiteral("  "));
    QList<QStringList> rows;
    for (const auto &m : d->gratitude)
        rows.append({m.month.toString(QStringLiteral("yyyy-MM")), QString::number(m.gratitudeNotes)});
    out += tr("\nGratitude notes\n") + table({tr("Month"), tr("Notes")}, rows, {1});
    printOut(out);
    return ExitOk;
}

int TrustSession::trustAlerts()
{
    auto added = trust::scanAlerts(m_db, today(), now());
    if (!added)
        return failNothingRecorded(added.error());
    auto open = trust::alerts(m_db, true);
    if (!open)
        return fail(open.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const TrustAlert &a : std::as_const(*open)) {
        json.append(QJsonObject{
            {QStringLiteral("id"), qint64(a.id)},
            {QStringLiteral("kind"), TrustAlert::kindName(a.kind)},
            {QStringLiteral("member"), qint64(a.memberNumber)},
            {QStringLiteral("name"), a.memberName},
            {QStringLiteral("other"), a.otherNumber ? QJsonValue(qint64(*a.otherNumber)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("otherName"), a.otherNumber ? QJsonValue(a.otherName) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("detail"), a.detail},
            {QStringLiteral("raisedOn"), jsonDay(a.raisedOn)},
        });
        rows.append({QString::number(a.id), TrustAlert::kindName(a.kind), isoDay(a.raisedOn), memberText(a.memberNumber, a.memberName),
                     a.otherNumber ? memberText(*a.otherNumber, a.otherName) : QString(), a.detail});
    }
    if (!m_args.json && *added > 0)
        printOut(tr("The scan raised %1 new alerts.\n").arg(*added));
    return printListing(m_args.json, QStringLiteral("alerts"), json, tr("No open alerts.\n"),
                        {tr("Id"), tr("Kind"), tr("Raised"), tr("Member"), tr("With"), tr("Detail")}, rows, {0});
}

int TrustSession::alertReview()
{
    auto all = trust::alerts(m_db, false);
    if (!all)
        return fail(all.error());
    if (std::none_of(all->cbegin(), all->cend(), [&](const TrustAlert &a) { return a.id == m_args.recordId; }))
        return fail(usage(tr("There is no alert %1; 'mycelium-cli trust alerts' lists the open ones.").arg(m_args.recordId)));
    if (auto s = trust::reviewAlert(m_db, m_args.recordId, m_args.text, today(), now()); !s)
        return failNothingRecorded(s.error());
    printOut(tr("Alert %1 reviewed on %2.\n").arg(m_args.recordId).arg(isoDay(today())));
    return ExitOk;
}

int TrustSession::flag()
{
    auto member = existingMember(*m_args.commonsMember);
    if (!member)
        return fail(member.error());
    if (m_args.reporter) {
        if (auto reporter = existingMember(*m_args.reporter); !reporter)
            return fail(reporter.error());
    }
    auto raised = trust::raiseFlag(m_db, member->number, m_args.reporter, m_args.reason, today(), now());
    if (!raised)
        return failNothingRecorded(raised.error());
    printOut(tr("Concern %1 about %2 recorded, raised by %3.\n")
                 .arg(raised->id)
                 .arg(describe(*member))
                 .arg(raised->reporterNumber ? memberText(*raised->reporterNumber, raised->reporterName) : tr("the coordinator")));
    return ExitOk;
}

int TrustSession::flagList()
{
    auto found = trust::flags(m_db, !m_args.all);
    if (!found)
        return fail(found.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const TrustFlag &f : std::as_const(*found)) {
        json.append(QJsonObject{
            {QStringLiteral("id"), qint64(f.id)},
            {QStringLiteral("member"), qint64(f.memberNumber)},
            {QStringLiteral("name"), f.memberName},
            {QStringLiteral("reporter"), f.reporterNumber ? QJsonValue(qint64(*f.reporterNumber)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reporterName"), f.reporterNumber ? QJsonValue(f.reporterName) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reason"), f.reason},
            {QStringLiteral("raisedOn"), jsonDay(f.raisedOn)},
            {QStringLiteral("resolvedOn"), jsonDay(f.resolvedOn)},
            {QStringLiteral("resolution"), f.resolvedOn.isValid() ? QJsonValue(f.resolution) : QJsonValue(QJsonValue::Null)},
        });
        QStringList row{QString::number(f.id), isoDay(f.raisedOn), memberText(f.memberNumber, f.memberName),
                        f.reporterNumber ? memberText(*f.reporterNumber, f.reporterName) : tr("coordinator"), f.reason};
        if (m_args.all)
            row.append(f.resolvedOn.isValid() ? tr("%1: %2").arg(isoDay(f.resolvedOn), f.resolution) : tr("open"));
        rows.append(row);
    }
    QStringList header{tr("Id"), tr("Raised"), tr("About"), tr("By"), tr("Reason")};
    if (m_args.all)
        header.append(tr("Resolved"));
    return printListing(m_args.json, QStringLiteral("flags"), json, m_args.all ? tr("No concerns raised.\n") : tr("No open concerns.\n"), header,
                        rows, {0});
}

int TrustSession::flagResolve()
{
    auto all = trust::flags(m_db, false);
    if (!all)
        return fail(all.error());
    if (std::none_of(all->cbegin(), all->cend(), [&](const TrustFlag &f) { return f.id == m_args.recordId; }))
        return fail(usage(tr("There is no concern %1; 'mycelium-cli flag list --all' lists them.").arg(m_args.recordId)));
    if (auto s = trust::resolveFlag(m_db, m_args.recordId, m_args.resolution, today(), now()); !s)
        return failNothingRecorded(s.error());
    printOut(tr("Concern %1 resolved on %2.\n").arg(m_args.recordId).arg(isoDay(today())));
    return ExitOk;
}

int TrustSession::sanction()
{
    auto member = existingMember(*m_args.commonsMember);
    if (!member)
        return fail(member.error());
    auto step = trust::applySanction(m_db, member->number, *m_args.sanctionLevel, m_args.reason, m_args.reviewOn.value_or(QDate()),
                                     kRecordedBy, today(), now());
    if (!step)
        return failNothingRecorded(step.error());
    if (step->level == Member::Sanction::None)
        printOut(tr("%1: sanction lifted (was %2).\n").arg(describe(*member), Member::sanctionName(step->previous)));
    else
        printOut(tr("%1: %2 (was %3), review on %4.\n")
                     .arg(describe(*member), Member::sanctionName(step->level), Member::sanctionName(step->previous), isoDay(step->reviewOn)));
    return ExitOk;
}

int TrustSession::sanctionList()
{
    auto queue = trust::sanctionsUnderReview(m_db, today());
    if (!queue)
        return fail(queue.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const SanctionUnderReview &r : std::as_const(*queue)) {
        QJsonObject o = stepJson(r.current);
        o.insert(QStringLiteral("contributionsSince"), r.contributionsSince);
        o.insert(QStringLiteral("redemptionEarned"), r.redemptionEarned);
        json.append(o);
        rows.append({memberText(r.current.memberNumber, r.current.memberName), Member::sanctionName(r.current.level),
                     isoDay(r.current.appliedOn), isoDay(r.current.reviewOn), QString::number(r.contributionsSince),
                     r.redemptionEarned ? tr("earned") : QString(), r.current.reason});
    }
    return printListing(m_args.json, QStringLiteral("sanctions"), json, tr("No member is under a sanction.\n"),
                        {tr("Member"), tr("Level"), tr("Applied"), tr("Review"), tr("Contributions"), tr("Redemption"), tr("Reason")}, rows, {4});
}

int TrustSession::sanctionHistory()
{
    auto member = existingMember(m_args.member);
    if (!member)
        return fail(member.error());
    auto history = trust::sanctionHistory(m_db, member->number);
    if (!history)
        return fail(history.error());
    if (m_args.json) {
        QJsonArray steps;
        for (const SanctionStep &s : std::as_const(*history))
            steps.append(stepJson(s));
        printJson(QJsonObject{{QStringLiteral("number"), qint64(member->number)},
                              {QStringLiteral("name"), member->name},
                              {QStringLiteral("current"), Member::sanctionName(member->sanction)},
                              {QStringLiteral("steps"), steps}});
        return ExitOk;
    }
    if (history->isEmpty()) {
        printOut(tr("%1 has never been sanctioned.\n").arg(describe(*member)));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const SanctionStep &s : std::as_const(*history))
        rows.append({isoDay(s.appliedOn), tr("%1 → %2").arg(Member::sanctionName(s.previous), Member::sanctionName(s.level)),
                     s.reviewOn.isValid() ? isoDay(s.reviewOn) : QString(), s.appliedBy, s.reason});
    printOut(tr("Sanctions of %1, now %2\n").arg(describe(*member), Member::sanctionName(member->sanction))
             + table({tr("Applied"), tr("Step"), tr("Review"), tr("By"), tr("Reason")}, rows));
    return ExitOk;
}

int TrustSession::sanctionRedeem()
{
    auto steps = trust::redeem(m_db, today(), now());
    if (!steps)
        return failNothingRecorded(steps.error());
    if (steps->isEmpty()) {
        printOut(tr("No sanction is redeemed today.\n"));
        return ExitOk;
    }
    for (const SanctionStep &s : std::as_const(*steps))
        printOut(tr("%1: %2 → %3 (%4)%5.\n")
                     .arg(memberText(s.memberNumber, s.memberName), Member::sanctionName(s.previous), Member::sanctionName(s.level), s.reason,
                          s.reviewOn.isValid() ? tr(", review on %1").arg(isoDay(s.reviewOn)) : QString()));
    return ExitOk;
}

} // namespace

bool isTrustCommand(CliArguments::Command command)
{
    switch (command) {
    case Command::TrustShow:
    case Command::TrustDepth:
    case Command::TrustAlerts:
    case Command::AlertReview:
    case Command::Flag:
    case Command::FlagList:
    case Command::FlagResolve:
    case Command::Sanction:
    case Command::SanctionList:
    case Command::SanctionHistory:
    case Command::SanctionRedeem:
        return true;
    default:
        return false;
    }
}

int runTrustCommand(const CliArguments &args, Vault &vault, const Clock &clock)
{
    TrustSession session(args, vault.database(), clock);
    switch (args.command) {
    case Command::TrustShow:
        return session.trustShow();
    case Command::TrustDepth:
        return session.trustDepth();
    case Command::TrustAlerts:
        return session.trustAlerts();
    case Command::AlertReview:
        return session.alertReview();
    case Command::Flag:
        return session.flag();
    case Command::FlagList:
        return session.flagList();
    case Command::FlagResolve:
        return session.flagResolve();
    case Command::Sanction:
        return session.sanction();
    case Command::SanctionList:
        return session.sanctionList();
    case Command::SanctionHistory:
        return session.sanctionHistory();
    case Command::SanctionRedeem:
        return session.sanctionRedeem();
    default:
        break;
    }
    return fail(Error::make(ErrorCode::InvalidArgument, tr("Not a trust command.")), ExitFailure);
}

} // namespace mycelium::cli
