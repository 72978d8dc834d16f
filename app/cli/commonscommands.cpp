// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The commons' commands: resources and their permits (commons add, list,
// show, extract, regenerate), the warning lights (commons status), the
// ecological balance (commons balance, settle, pledge), indicators and their
// measurements (indicator ..., import measurements), a trade's impacts
// (impact, trade --impact) and the assembly's PDF report. Exit codes as in
// ledgercommands.cpp: a malformed argument or a resource, indicator, member
// or trade that does not exist is a usage error (2), checked here before the
// core is asked; what the core then refuses (an extraction beyond the
// permits left, a month already settled, a CSV file with a bad line) is a
// rule saying no: exit 4 through failRefused().
#include "commonscommands.h"
#include "clioutput.h"
#include "clisupport.h"

#include "common/clock.h"
#include "commons/commons.h"
#include "commons/commonsdemo.h"
#include "commons/indicators.h"
#include "commons/lights.h"
#include "commons/quantity.h"
#include "members/members.h"
#include "reports/assemblyreport.h"
#include "reports/assemblyreportpdf.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace mycelium::cli {

namespace {

using Command = CliArguments::Command;

// How many extractions and regenerations commons show lists.
constexpr int kRecentRecords = 10;

// JSON: "12.5".
QString plainQuantity(std::int64_t thousandths)
{
    return quantity::toPlainString(thousandths);
}

QJsonValue jsonQuantity(const std::optional<std::int64_t> &thousandths)
{
    return thousandths ? QJsonValue(plainQuantity(*thousandths)) : QJsonValue(QJsonValue::Null);
}

// People: "12.5 t".
QString withUnit(std::int64_t thousandths, const QString &unit)
{
    const QString number = quantity::toDisplayString(thousandths);
    return unit.isEmpty() ? number : tr("%1 %2").arg(number, unit);
}

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString perPeriod(CommonsResource::Period period)
{
    return period == CommonsResource::Period::Month ? tr("a month") : tr("a year");
}

QString lightText(LightState state)
{
    return tr("%1 %2").arg(lights::stateSymbol(state), lights::stateWord(state));
}

QJsonObject resourceJson(const CommonsResource &r)
{
    return QJsonObject{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("unit"), r.unit},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("stock"), jsonQuantity(r.stock)},
        {QStringLiteral("period"), CommonsResource::periodName(r.period)},
        {QStringLiteral("yield"), plainQuantity(r.yieldPerPeriod)},
        {QStringLiteral("permits"), qint64(r.permitsPerPeriod)},
        {QStringLiteral("threshold"), plainQuantity(r.threshold)},
        {QStringLiteral("basePrice"), plain(r.basePrice)},
        {QStringLiteral("elasticity"), r.elasticity},
        {QStringLiteral("regenerationUnit"), r.regenerationUnitOrUnit()},
        {QStringLiteral("regenerationPermits"), plainQuantity(r.permitsPerRegenerationUnit)},
        {QStringLiteral("regenerationCredits"), plain(r.creditsPerRegenerationUnit)},
        {QStringLiteral("amber"), r.bands.amberFromPercent},
        {QStringLiteral("red"), r.bands.redAbovePercent},
        {QStringLiteral("createdOn"), jsonDay(r.createdOn)},
    };
}

QJsonObject lightJson(const CommonsLight &light)
{
    return QJsonObject{
        {QStringLiteral("state"), lights::stateName(light.state)},
        {QStringLiteral("symbol"), lights::stateSymbol(light.state)},
        {QStringLiteral("word"), lights::stateWord(light.state)},
        {QStringLiteral("subject"), light.subject == CommonsLight::Subject::Resource ? QStringLiteral("resource") : QStringLiteral("indicator")},
        {QStringLiteral("name"), light.name},
        {QStringLiteral("unit"), light.unit},
        {QStringLiteral("value"), jsonQuantity(light.value)},
        {QStringLiteral("threshold"), plainQuantity(light.threshold)},
        {QStringLiteral("percent"), light.percent},
        {QStringLiteral("trend"), lights::trendName(light.trend)},
        {QStringLiteral("asOf"), jsonDay(light.asOf)},
        {QStringLiteral("summary"), light.summary},
    };
}

QJsonObject extractionJson(const Extraction &e)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(e.id)},
        {QStringLiteral("date"), jsonDay(e.date)},
        {QStringLiteral("member"), qint64(e.memberNumber)},
        {QStringLiteral("name"), e.memberName},
        {QStringLiteral("quantity"), plainQuantity(e.quantity)},
        {QStringLiteral("permits"), qint64(e.permitsShared + e.permitsEarned + e.permitsBeyond)},
        {QStringLiteral("permitsBeyond"), qint64(e.permitsBeyond)},
        {QStringLiteral("pricePerPermit"), plain(e.pricePerPermit)},
        {QStringLiteral("charge"), plain(e.charge)},
        {QStringLiteral("tradeId"), e.tradeId > 0 ? QJsonValue(qint64(e.tradeId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("override"), e.overrideReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.overrideReason)},
    };
}

QJsonObject regenerationJson(const Regeneration &r)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(r.id)},
        {QStringLiteral("date"), jsonDay(r.date)},
        {QStringLiteral("member"), qint64(r.memberNumber)},
        {QStringLiteral("name"), r.memberName},
        {QStringLiteral("quantity"), plainQuantity(r.quantity)},
        {QStringLiteral("action"), r.action},
        {QStringLiteral("verifiedBy"), r.verifiedBy},
        {QStringLiteral("permitsEarned"), qint64(r.permitsEarned)},
        {QStringLiteral("credits"), plain(r.credits)},
        {QStringLiteral("tradeId"), r.tradeId > 0 ? QJsonValue(qint64(r.tradeId)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject balanceJson(const EcoBalance &b)
{
    return QJsonObject{
        {QStringLiteral("regeneration"), plainQuantity(b.regeneration)},
        {QStringLiteral("extraction"), plainQuantity(b.extraction)},
        {QStringLiteral("impacts"), plainQuantity(b.impacts)},
        {QStringLiteral("net"), plainQuantity(b.net())},
    };
}

class CommonsSession : public CliSession
{
public:
    CommonsSession(const CliArguments &args, Database &db, const Clock &clock)
        : CliSession(args, db, clock)
    {
    }

    int commonsAdd();
    int commonsList();
    int commonsShow();
    int commonsExtract();
    int commonsRegenerate();
    int commonsStatus();
    int commonsBalance();
    int commonsSettle();
    int commonsPledge();
    int commonsRates();
    int indicatorAdd();
    int indicatorList();
    int indicatorRecord();
    int importMeasurements();
    int impact();
    int reportAssembly();

private:
    // --month, or this month: its first day.
    QDate month() const { return m_args.month.isValid() ? m_args.month : QDate(today().year(), today().month(), 1); }
    // Usage errors (exit 2) when there is none such.
    Result<CommonsResource> existingResource(const QString &name);
    Result<Indicator> existingIndicator(const QString &name);
    // --resource and --member of extract and regenerate, both existing.
    Result<std::pair<CommonsResource, Member>> resourceAndMember();
};

Result<CommonsResource> CommonsSession::existingResource(const QString &name)
{
    return orUsage(commons::resource(m_db, name), tr("There is no resource named %1; 'mycelium-cli commons list' shows them all.").arg(name));
}

Result<Indicator> CommonsSession::existingIndicator(const QString &name)
{
    return orUsage(indicators::byName(m_db, name), tr("There is no indicator named %1; 'mycelium-cli indicator list' shows them all.").arg(name));
}

Result<std::pair<CommonsResource, Member>> CommonsSession::resourceAndMember()
{
    auto r = existingResource(m_args.resourceName);
    if (!r)
        return r.error();
    auto member = existingMember(*m_args.commonsMember);
    if (!member)
        return member.error();
    return std::pair{*r, *member};
}

int CommonsSession::commonsAdd()
{
    NewCommonsResource request = m_args.resource;
    request.createdOn = today();
    auto added = commons::addResource(m_db, request, now());
    if (!added)
        return failNothingRecorded(added.error());
    printOut(tr("Added the resource %1: a sustainable yield of %2 %3 in %4 permits; safe use %5 %3.\n")
                 .arg(added->name, withUnit(added->yieldPerPeriod, added->unit), perPeriod(added->period))
                 .arg(added->permitsPerPeriod)
                 .arg(withUnit(added->threshold, added->unit)));
    return ExitOk;
}

int CommonsSession::commonsList()
{
    auto all = commons::resources(m_db);
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const CommonsResource &r : std::as_const(*all)) {
        json.append(resourceJson(r));
        rows.append({r.name, r.unit, CommonsResource::periodName(r.period), quantity::toDisplayString(r.yieldPerPeriod),
                     QString::number(r.permitsPerPeriod), quantity::toDisplayString(r.threshold), human(r.basePrice)});
    }
    return printListing(m_args.json, QStringLiteral("resources"), json,
                        tr("No resources yet; add one with 'mycelium-cli commons add NAME --unit U --yield X --period month|year --permits N'.\n"),
                        {tr("Name"), tr("Unit"), tr("Period"), tr("Yield"), tr("Permits"), tr("Threshold"), tr("Base price")}, rows, {3, 4, 5, 6});
}

int CommonsSession::commonsShow()
{
    auto r = existingResource(m_args.resourceName);
    if (!r)
        return fail(r.error());
    std::optional<Member> member;
    std::int64_t rights = 0;
    if (m_args.commonsMember) {
        auto found = existingMember(*m_args.commonsMember);
        if (!found)
            return fail(found.error());
        member = *found;
        auto drawing = commons::drawingRights(m_db, r->id, member->number);
        if (!drawing)
            return fail(drawing.error());
        rights = *drawing;
    }
    auto account = commons::permitAccount(m_db, r->id, today());
    if (!account)
        return fail(account.error());
    auto light = commons::resourceLight(m_db, *r, today());
    if (!light)
        return fail(light.error());
    auto extracted = commons::extractions(m_db, r->id, {}, {}, kRecentRecords);
    if (!extracted)
        return fail(extracted.error());
    auto regenerated = commons::regenerations(m_db, r->id, {}, {}, kRecentRecords);
    if (!regenerated)
        return fail(regenerated.error());
    auto allOverrides = commons::overrides(m_db, account->period.first, account->period.last);
    if (!allOverrides)
        return fail(allOverrides.error());
    QList<Extraction> overrides;
    for (const Extraction &e : std::as_const(*allOverrides)) {
        if (e.resourceId == r->id)
            overrides.append(e);
    }

    if (m_args.json) {
        QJsonObject root = resourceJson(*r);
        root.insert(QStringLiteral("account"),
                    QJsonObject{
                        {QStringLiteral("from"), jsonDay(account->period.first)},
                        {QStringLiteral("to"), jsonDay(account->period.last)},
                        {QStringLiteral("label"), account->period.label},
                        {QStringLiteral("permits"), qint64(account->permits)},
                        {QStringLiteral("sharedUsed"), qint64(account->sharedUsed)},
                        {QStringLiteral("sharedLeft"), qint64(account->sharedLeft)},
                        {QStringLiteral("earnedInPeriod"), qint64(account->earnedInPeriod)},
                        {QStringLiteral("earnedUsed"), qint64(account->earnedUsed)},
                        {QStringLiteral("drawingRightsLeft"), qint64(account->drawingRightsLeft)},
                        {QStringLiteral("beyondPermits"), qint64(account->beyondPermits)},
                        {QStringLiteral("extracted"), plainQuantity(account->extracted)},
                        {QStringLiteral("regenerated"), plainQuantity(account->regenerated)},
                        {QStringLiteral("overrides"), account->overrides},
                        {QStringLiteral("pricePerPermit"), plain(account->pricePerPermit)},
                    });
        root.insert(QStringLiteral("light"), lightJson(*light));
        root.insert(QStringLiteral("member"), member ? QJsonValue(QJsonObject{{QStringLiteral("number"), qint64(member->number)},
                                                                              {QStringLiteral("name"), member->name},
                                                                              {QStringLiteral("drawingRights"), qint64(rights)}})
                                                     : QJsonValue(QJsonValue::Null));
        QJsonArray jsonExtractions;
        for (const Extraction &e : std::as_const(*extracted))
            jsonExtractions.append(extractionJson(e));
        QJsonArray jsonRegenerations;
        for (const Regeneration &g : std::as_const(*regenerated))
            jsonRegenerations.append(regenerationJson(g));
        QJsonArray jsonOverrides;
        for (const Extraction &e : std::as_const(overrides))
            jsonOverrides.append(extractionJson(e));
        root.insert(QStringLiteral("extractions"), jsonExtractions);
        root.insert(QStringLiteral("regenerations"), jsonRegenerations);
        root.insert(QStringLiteral("overrides"), jsonOverrides);
        printJson(root);
        return ExitOk;
    }

    const QString regenUnit = r->regenerationUnitOrUnit();
    QList<std::pair<QString, QString>> lines{{tr("Name"), r->name}, {tr("Unit"), r->unit}};
    if (!r->description.isEmpty())
        lines.append({tr("Description"), r->description});
    if (r->stock)
        lines.append({tr("Stock or capacity"), withUnit(*r->stock, r->unit)});
    lines.append({tr("Sustainable yield"),
                  tr("%1 %2 in %3 permits").arg(withUnit(r->yieldPerPeriod, r->unit), perPeriod(r->period)).arg(r->permitsPerPeriod)});
    lines.append({tr("Safe threshold"), tr("%1 %2").arg(withUnit(r->threshold, r->unit), perPeriod(r->period))});
    lines.append({tr("Base price"), r->basePrice > 0 ? tr("%1 a permit at the threshold, elasticity %2").arg(human(r->basePrice)).arg(r->elasticity)
                                                     : tr("none: extraction is free")});
    lines.append({tr("Regeneration earns"), tr("%1 permits and %2 credits per unit (%3)")
                                                .arg(quantity::toDisplayString(r->permitsPerRegenerationUnit), human(r->creditsPerRegenerationUnit),
                                                     regenUnit)});
    lines.append({tr("Light bands"), tr("amber from %1 %, red above %2 %").arg(r->bands.amberFromPercent).arg(r->bands.redAbovePercent)});
    lines.append({tr("Period"), tr("%1 (%2 to %3)").arg(account->period.label, isoDay(account->period.first), isoDay(account->period.last))});
    lines.append({tr("Shared permits"),
                  tr("%1 used of %2; %3 left").arg(account->sharedUsed).arg(account->permits).arg(account->sharedLeft)});
    lines.append({tr("Drawing rights"), tr("%1 earned this period, %2 used; %3 unspent in all")
                                            .arg(account->earnedInPeriod)
                                            .arg(account->earnedUsed)
                                            .arg(account->drawingRightsLeft)});
    if (member)
        lines.append({tr("Drawing rights of %1").arg(describe(*member)), QString::number(rights)});
    lines.append({tr("Extracted"), withUnit(account->extracted, r->unit)});
    lines.append({tr("Regenerated"), withUnit(account->regenerated, regenUnit)});
    lines.append({tr("Emergency overrides"), tr("%1 (%2 permits beyond those left)").arg(account->overrides).arg(account->beyondPermits)});
    lines.append({tr("Price of a permit now"), human(account->pricePerPermit)});
    lines.append({tr("Light"), tr("%1: %2").arg(lightText(light->state), light->summary)});
    printOut(alignedLines(lines));

    if (!extracted->isEmpty()) {
        QList<QStringList> rows;
        for (const Extraction &e : std::as_const(*extracted))
            rows.append({isoDay(e.date), tr("%1 (%2)").arg(e.memberName).arg(e.memberNumber), withUnit(e.quantity, e.unit),
                         QString::number(e.permitsShared + e.permitsEarned + e.permitsBeyond), human(e.charge), e.overrideReason});
        printOut(tr("\nRecent extractions:\n"));
        printOut(table({tr("Date"), tr("Member"), tr("Quantity"), tr("Permits"), tr("Charge"), tr("Override")}, rows, {2, 3, 4}));
    }
    if (!regenerated->isEmpty()) {
        QList<QStringList> rows;
        for (const Regeneration &g : std::as_const(*regenerated))
            rows.append({isoDay(g.date), tr("%1 (%2)").arg(g.memberName).arg(g.memberNumber), withUnit(g.quantity, g.unit), g.action,
                         g.verifiedBy, QString::number(g.permitsEarned), human(g.credits)});
        printOut(tr("\nRecent regenerations:\n"));
        printOut(table({tr("Date"), tr("Member"), tr("Quantity"), tr("Action"), tr("Verified by"), tr("Permits"), tr("Credits")}, rows, {2, 5, 6}));
    }
    if (!overrides.isEmpty()) {
        printOut(tr("\nEmergency overrides in %1:\n").arg(account->period.label));
        for (const Extraction &e : std::as_const(overrides))
            printOut(tr("  %1  %2 (%3): %4, %5 permits beyond those left. Reason: %6\n")
                         .arg(isoDay(e.date), e.memberName)
                         .arg(e.memberNumber)
                         .arg(withUnit(e.quantity, e.unit))
                         .arg(e.permitsBeyond)
                         .arg(e.overrideReason));
    }
    return ExitOk;
}

int CommonsSession::commonsExtract()
{
    auto found = resourceAndMember();
    if (!found)
        return fail(found.error());
    const auto &[r, member] = *found;
    ExtractionRequest request;
    request.resource = r.name;
    request.memberNumber = member.number;
    request.quantity = m_args.quantity;
    request.date = m_args.date.value_or(today());
    request.recordedBy = kRecordedBy;
    request.overrideReason = m_args.emergencyReason;
    auto extraction = commons::extract(m_db, request, now());
    if (!extraction)
        return failNothingRecorded(extraction.error());
    auto account = commons::permitAccount(m_db, r.id, extraction->date);
    if (!account)
        return fail(account.error());
    auto rights = commons::drawingRights(m_db, r.id, member.number);
    if (!rights)
        return fail(rights.error());

    const std::int64_t taken = extraction->permitsShared + extraction->permitsEarned + extraction->permitsBeyond;
    QString text = tr("%1 of %2 taken by %3 on %4: %5 permits (%6 from the member's drawing rights, %7 shared).\n")
                       .arg(withUnit(extraction->quantity, r.unit), r.name, describe(member), isoDay(extraction->date))
                       .arg(taken)
                       .arg(extraction->permitsEarned)
                       .arg(extraction->permitsShared);
    if (!extraction->overrideReason.isEmpty())
        text += tr("Emergency override: %1 permits beyond those left. Reason: %2\n").arg(extraction->permitsBeyond).arg(extraction->overrideReason);
    if (extraction->charge > 0)
        text += tr("Charge: %1 (%2 a permit), paid to the commons fund (trade %3).\n")
                    .arg(human(extraction->charge), human(extraction->pricePerPermit))
                    .arg(extraction->tradeId);
    else
        text += tr("Charge: none.\n");
    text += tr("Permits left: %1 (%2 shared in %3, %4 of the member's drawing rights).\n")
                .arg(account->sharedLeft + *rights)
                .arg(account->sharedLeft)
                .arg(account->period.label)
                .arg(*rights);
    printOut(text);
    return ExitOk;
}

int CommonsSession::commonsRegenerate()
{
    auto found = resourceAndMember();
    if (!found)
        return fail(found.error());
    const auto &[r, member] = *found;
    RegenerationRequest request;
    request.resource = r.name;
    request.memberNumber = member.number;
    request.quantity = m_args.quantity;
    request.action = m_args.action;
    request.verifiedBy = m_args.verifiedBy;
    request.date = m_args.date.value_or(today());
    request.recordedBy = kRecordedBy;
    auto regeneration = commons::regenerate(m_db, request, now());
    if (!regeneration)
        return failNothingRecorded(regeneration.error());
    auto rights = commons::drawingRights(m_db, r.id, member.number);
    if (!rights)
        return fail(rights.error());
    QString text = tr("%1 by %2 on %3 for %4, verified by %5.\n")
                       .arg(withUnit(regeneration->quantity, r.regenerationUnitOrUnit()), describe(member), isoDay(regeneration->date), r.name,
                            regeneration->verifiedBy);
    text += tr("Action: %1\n").arg(regeneration->action);
    text += tr("Permits earned: %1 (the member's drawing rights now %2).\n").arg(regeneration->permitsEarned).arg(*rights);
    if (regeneration->credits > 0)
        text += tr("Credits paid by the commons fund: %1 (trade %2).\n").arg(human(regeneration->credits)).arg(regeneration->tradeId);
    else
        text += tr("Credits paid: none.\n");
    printOut(text);
    return ExitOk;
}

int CommonsSession::commonsStatus()
{
    auto all = commons::status(m_db, today());
    if (!all)
        return fail(all.error());
    if (m_args.json) {
        QJsonArray json;
        for (const CommonsLight &light : std::as_const(*all))
            json.append(lightJson(light));
        printJson(QJsonObject{{QStringLiteral("asOf"), isoDay(today())}, {QStringLiteral("lights"), json}});
        return ExitOk;
    }
    if (all->isEmpty()) {
        printOut(tr("No warning lights yet; add a resource with 'mycelium-cli commons add' or an indicator with 'mycelium-cli indicator add'.\n"));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const CommonsLight &light : std::as_const(*all)) {
        const QString kind = light.subject == CommonsLight::Subject::Resource ? tr("resource") : tr("indicator");
        rows.append({lightText(light.state), light.name, kind, light.value ? withUnit(*light.value, light.unit) : tr("no data"),
                     withUnit(light.threshold, light.unit), light.value ? tr("%1 %").arg(light.percent) : QString(),
                     lights::trendWord(light.trend), light.asOf.isValid() ? isoDay(light.asOf) : QString()});
    }
    printOut(tr("Warning lights on %1, worst first:\n").arg(isoDay(today())));
    printOut(table({tr("State"), tr("Name"), tr("Kind"), tr("Value"), tr("Threshold"), tr("Use"), tr("Trend"), tr("As of")}, rows, {3, 4, 5}));
    return ExitOk;
}

int CommonsSession::commonsBalance()
{
    const QDate first = month();
    std::optional<Member> member;
    if (m_args.commonsMember) {
        auto found = existingMember(*m_args.commonsMember);
        if (!found)
            return fail(found.error());
        member = *found;
    }
    auto community = ecobalance::communityBalance(m_db, first);
    if (!community)
        return fail(community.error());
    QList<EcoBalance> people;
    if (member) {
        auto history = ecobalance::memberHistory(m_db, member->number, first, first);
        if (!history)
            return fail(history.error());
        EcoBalance b = history->isEmpty() ? EcoBalance{} : history->first();
        b.memberNumber = member->number;
        b.memberName = member->name;
        b.month = first;
        people.append(b);
    } else {
        auto all = ecobalance::memberBalances(m_db, first);
        if (!all)
            return fail(all.error());
        people = *all;
    }
    auto settled = ecobalance::isSettled(m_db, first);
    if (!settled)
        return fail(settled.error());

    if (m_args.json) {
        QJsonArray json;
        for (const EcoBalance &b : std::as_const(people)) {
            QJsonObject line = balanceJson(b);
            line.insert(QStringLiteral("number"), qint64(b.memberNumber));
            line.insert(QStringLiteral("name"), b.memberName);
            json.append(line);
        }
        printJson(QJsonObject{{QStringLiteral("month"), monthText(first)},
                              {QStringLiteral("settled"), *settled},
                              {QStringLiteral("community"), balanceJson(*community)},
                              {QStringLiteral("members"), json}});
        return ExitOk;
    }
    const auto row = [](const QString &number, const QString &name, const EcoBalance &b) {
        return QStringList{number,
                           name,
                           quantity::toDisplayString(b.regeneration),
                           quantity::toDisplayString(b.extraction),
                           quantity::toDisplayString(b.impacts),
                           quantity::toDisplayString(b.net())};
    };
    QList<QStringList> rows{row(QString(), tr("Community"), *community)};
    for (const EcoBalance &b : std::as_const(people))
        rows.append(row(QString::number(b.memberNumber), b.memberName, b));
    printOut((*settled ? tr("Ecological balance of %1 in points (settled):\n") : tr("Ecological balance of %1 in points (not settled):\n"))
                 .arg(monthText(first)));
    printOut(table({tr("No."), tr("Name"), tr("Regeneration"), tr("Extraction"), tr("Impacts"), tr("Net")}, rows, {0, 2, 3, 4, 5}));
    return ExitOk;
}

int CommonsSession::commonsSettle()
{
    auto lines = ecobalance::settleMonth(m_db, m_args.month, now());
    if (!lines)
        return failNothingRecorded(lines.error());
    std::int64_t paid = 0;
    std::int64_t charged = 0;
    QList<QStringList> rows;
    for (const EcoSettlementLine &line : std::as_const(*lines)) {
        paid += line.credits;
        charged += line.fee;
        rows.append({QString::number(line.memberNumber), line.memberName, quantity::toDisplayString(line.net), human(line.credits),
                     line.pledged ? tr("pledged work") : human(line.fee), QString::number(line.multiplier)});
    }
    if (!rows.isEmpty())
        printOut(table({tr("No."), tr("Name"), tr("Net points"), tr("Credits paid"), tr("Fee"), tr("Multiplier")}, rows, {0, 2, 3, 4, 5}));
    printOut(tr("Settled %1: %2 members with a balance; %3 paid in regeneration credits, %4 charged in restoration fees.\n")
                 .arg(monthText(m_args.month))
                 .arg(lines->size())
                 .arg(human(paid), human(charged)));
    return ExitOk;
}

int CommonsSession::commonsPledge()
{
    auto member = existingMember(*m_args.commonsMember);
    if (!member)
        return fail(member.error());
    auto pledge = ecobalance::pledge(m_db, member->number, m_args.month, m_args.pledgedWork, now());
    if (!pledge)
        return failNothingRecorded(pledge.error());
    printOut(tr("%1 pledged restoration work for %2 instead of the fee: %3 (pledge %4).\n")
                 .arg(describe(*member), monthText(pledge->month), pledge->work)
                 .arg(pledge->id));
    return ExitOk;
}

int CommonsSession::commonsRates()
{
    auto rules = ecobalance::settlementRules(m_db);
    if (!rules)
        return fail(rules.error());
    auto weights = ecobalance::weights(m_db);
    if (!weights)
        return fail(weights.error());
    const bool changing = m_args.creditsPerPoint || m_args.feePerPoint || !m_args.impactWeights.isEmpty();
    if (changing) {
        if (m_args.creditsPerPoint)
            rules->creditsPerPoint = *m_args.creditsPerPoint;
        if (m_args.feePerPoint)
            rules->feePerPoint = *m_args.feePerPoint;
        for (const auto &[kind, points] : m_args.impactWeights)
            weights->pointsPerUnit[std::size_t(kind)] = points;
        // Both or neither.
        Transaction tx(m_db);
        Status saved = tx.began();
        if (saved)
            saved = ecobalance::setSettlementRules(m_db, *rules, now());
        if (saved)
            saved = ecobalance::setWeights(m_db, *weights, now());
        if (saved)
            saved = tx.commit();
        if (!saved)
            return failNothingRecorded(saved.error());
    }
    if (m_args.json) {
        QJsonObject perUnit;
        for (int i = 0; i < kImpactKinds; ++i)
            perUnit.insert(ecobalance::kindName(ImpactKind(i)), quantity::toPlainString(weights->pointsPerUnit[std::size_t(i)]));
        printJson(QJsonObject{{QStringLiteral("creditsPerPoint"), plain(rules->creditsPerPoint)},
                              {QStringLiteral("feePerPoint"), plain(rules->feePerPoint)},
                              {QStringLiteral("pointsPerUnit"), perUnit}});
        return ExitOk;
    }
    if (changing)
        printOut(tr("The ecological rates are saved; they apply to months settled from now on.\n"));
    printOut(tr("A positive monthly balance is paid %1 a point; a negative one owes a restoration fee of %2 a point.\n")
                 .arg(human(rules->creditsPerPoint), human(rules->feePerPoint)));
    QList<QStringList> rows;
    for (int i = 0; i < kImpactKinds; ++i) {
        const auto kind = ImpactKind(i);
        rows.append({ecobalance::kindName(kind), quantity::toPlainString(weights->pointsPerUnit[std::size_t(i)]), ecobalance::kindUnit(kind)});
    }
    printOut(table({tr("Impact"), tr("Points"), tr("Per")}, rows, {1}));
    return ExitOk;
}

int CommonsSession::indicatorAdd()
{
    NewIndicator request = m_args.indicator;
    request.createdOn = today();
    auto added = indicators::add(m_db, request, now());
    if (!added)
        return failNothingRecorded(added.error());
    printOut(tr("Added the indicator %1: threshold %2, %3.\n")
                 .arg(added->name, withUnit(added->threshold, added->unit),
                      added->direction == Direction::HigherIsBetter ? tr("higher is better") : tr("lower is better")));
    return ExitOk;
}

int CommonsSession::indicatorList()
{
    auto all = indicators::list(m_db);
    if (!all)
        return fail(all.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const Indicator &i : std::as_const(*all)) {
        auto latest = indicators::latest(m_db, i.id);
        if (!latest)
            return fail(latest.error());
        const std::optional<Measurement> &m = *latest;
        json.append(QJsonObject{
            {QStringLiteral("name"), i.name},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("boundary"), i.boundary},
            {QStringLiteral("threshold"), plainQuantity(i.threshold)},
            {QStringLiteral("direction"), lights::directionName(i.direction)},
            {QStringLiteral("amber"), i.bands.amberFromPercent},
            {QStringLiteral("red"), i.bands.redAbovePercent},
            {QStringLiteral("staleDays"), i.staleAfterDays},
            {QStringLiteral("latest"), m ? QJsonValue(QJsonObject{{QStringLiteral("date"), jsonDay(m->day)}, {QStringLiteral("value"), plainQuantity(m->value)}})
                                         : QJsonValue(QJsonValue::Null)},
        });
        rows.append({i.name, i.unit, quantity::toDisplayString(i.threshold),
                     i.direction == Direction::HigherIsBetter ? tr("higher is better") : tr("lower is better"),
                     m ? tr("%1 on %2").arg(quantity::toDisplayString(m->value), isoDay(m->day)) : tr("none"), i.boundary});
    }
    return printListing(m_args.json, QStringLiteral("indicators"), json,
                        tr("No indicators yet; add one with 'mycelium-cli indicator add NAME --unit U --threshold X'.\n"),
                        {tr("Name"), tr("Unit"), tr("Threshold"), tr("Direction"), tr("Latest"), tr("Boundary")}, rows, {2});
}

int CommonsSession::indicatorRecord()
{
    auto indicator = existingIndicator(m_args.indicatorName);
    if (!indicator)
        return fail(indicator.error());
    auto recorded = indicators::record(m_db, indicator->name, m_args.date.value_or(today()), m_args.measurement, QStringLiteral("hand"), now());
    if (!recorded)
        return failNothingRecorded(recorded.error());
    auto light = indicators::light(m_db, *indicator, today());
    if (!light)
        return fail(light.error());
    printOut(tr("%1 on %2: %3. Light: %4.\n")
                 .arg(indicator->name, isoDay(recorded->day), withUnit(recorded->value, indicator->unit), lightText(light->state)));
    return ExitOk;
}

// Like the ledger's imports: a missing file is a usage error, a bad line a
// data error (exit 4) naming the file, line and field.
int CommonsSession::importMeasurements()
{
    const QString source = QFileInfo(m_args.path).fileName();
    return importFile([this, &source](QIODevice &in) { return indicators::importMeasurements(m_db, in, source, now()); },
                      tr("Recorded %1 measurements from %2.\n"));
}

int CommonsSession::impact()
{
    if (auto trade = existingTrade(m_args.tradeId); !trade)
        return fail(trade.error());
    if (!m_args.impacts.isEmpty() || m_args.clearImpacts) {
        if (auto s = ecobalance::setImpacts(m_db, m_args.tradeId, m_args.impacts, now()); !s)
            return failNothingRecorded(s.error());
    }
    auto impacts = ecobalance::impacts(m_db, m_args.tradeId);
    if (!impacts)
        return fail(impacts.error());
    if (impacts->isEmpty()) {
        printOut(tr("Trade %1 carries no ecological impacts.\n").arg(m_args.tradeId));
        return ExitOk;
    }
    QStringList parts;
    for (const TradeImpact &i : std::as_const(*impacts))
        parts.append(tr("%1 %2").arg(ecobalance::kindName(i.kind), withUnit(i.quantity, ecobalance::kindUnit(i.kind))));
    printOut(tr("Trade %1 carries: %2.\n").arg(m_args.tradeId).arg(parts.join(QStringLiteral(", "))));
    return ExitOk;
}

int CommonsSession::reportAssembly()
{
    auto data = reports::gatherAssemblyReport(m_db, *m_args.from, *m_args.to);
    if (!data)
        return failRefused(data.error());
    data->generatedOn = today(); // --today, like every other date the CLI writes
    // Progress only where a person watches.
    StderrProgress progress("pages");
    const Status written = reports::writeAssemblyReportPdf(*data, m_args.path, progress.callback());
    progress.finish();
    if (!written)
        return failRefused(Error::make(written.error().code, written.error().message + QLatin1Char(' ') + tr("No file was written.")));
    // The path last: what .arg() puts in is searched by the next .arg().
    printOut(tr("The assembly report from %1 to %2 (pages: %3) written to %4.\n")
                 .arg(isoDay(*m_args.from), isoDay(*m_args.to))
                 .arg(progress.total())
                 .arg(m_args.path));
    return ExitOk;
}

} // namespace

bool isCommonsCommand(CliArguments::Command command)
{
    switch (command) {
    case Command::CommonsAdd:
    case Command::CommonsList:
    case Command::CommonsShow:
    case Command::CommonsExtract:
    case Command::CommonsRegenerate:
    case Command::CommonsStatus:
    case Command::CommonsBalance:
    case Command::CommonsSettle:
    case Command::CommonsPledge:
    case Command::CommonsRates:
    case Command::IndicatorAdd:
    case Command::IndicatorList:
    case Command::IndicatorRecord:
    case Command::ImportMeasurements:
    case Command::Impact:
    case Command::ReportAssembly:
        return true;
    default:
        return false;
    }
}

int runCommonsCommand(const CliArguments &args, Vault &vault, const Clock &clock)
{
    CommonsSession session(args, vault.database(), clock);
    switch (args.command) {
    case Command::CommonsAdd:
        return session.commonsAdd();
    case Command::CommonsList:
        return session.commonsList();
    case Command::CommonsShow:
        return session.commonsShow();
    case Command::CommonsExtract:
        return session.commonsExtract();
    case Command::CommonsRegenerate:
        return session.commonsRegenerate();
    case Command::CommonsStatus:
        return session.commonsStatus();
    case Command::CommonsBalance:
        return session.commonsBalance();
    case Command::CommonsSettle:
        return session.commonsSettle();
    case Command::CommonsPledge:
        return session.commonsPledge();
    case Command::CommonsRates:
        return session.commonsRates();
    case Command::IndicatorAdd:
        return session.indicatorAdd();
    case Command::IndicatorList:
        return session.indicatorList();
    case Command::IndicatorRecord:
        return session.indicatorRecord();
    case Command::ImportMeasurements:
        return session.importMeasurements();
    case Command::Impact:
        return session.impact();
    case Command::ReportAssembly:
        return session.reportAssembly();
    default:
        break;
    }
    return fail(Error::make(ErrorCode::InvalidArgument, tr("Not a commons command.")), ExitFailure);
}

int indicatorBudget(const CliArguments &args)
{
    const std::int64_t budget = indicators::regionalBudget(args.globalSafeSpace, args.populationShare, args.ecosystemShare);
    printOut(quantity::toPlainString(budget) + QLatin1Char('\n'));
    return ExitOk;
}

int commonsDemo(Database &db, const Clock &clock)
{
    const CommonsDemoSpec spec;
    if (auto s = commons::generateDemo(db, spec, clock.today(), clock.now()); !s)
        return failRefused(s.error());
    printOut(tr("Added the commons demo: %1 resources and %2 indicators with %3 years of measurements up to %4 (seed %5).\n")
                 .arg(spec.resources)
                 .arg(spec.indicators)
                 .arg(spec.years)
                 .arg(isoDay(clock.today()))
                 .arg(spec.seed));
    return ExitOk;
}

Result<Trade> recordTradeWithImpacts(Database &db, const TradeRequest &request, const QList<TradeImpact> &impacts, const QDateTime &now)
{
    Transaction transaction(db);
    if (!transaction.began())
        return transaction.began().error();
    auto trade = ledger::recordTrade(db, request, now);
    if (!trade)
        return trade.error();
    if (auto s = ecobalance::setImpacts(db, trade->id, impacts, now); !s)
        return s.error(); // rolled back with the trade
    if (auto s = transaction.commit(); !s)
        return s.error();
    return trade;
}

} // namespace mycelium::cli
