// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "skills/skillscontroller.h"
#include "ledger/ledgerbinding.h"

#include "ledger/money.h"
#include "storage/database.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace mycelium {

namespace {

const QString kValue = QStringLiteral("value");
const QString kText = QStringLiteral("text");

QVariantMap option(const QVariant &value, const QString &text)
{
    return { { kValue, value }, { kText, text } };
}

// The words of a tags field: "welding, First aid" → ["welding", "First aid"].
QStringList splitTags(const QString &typed)
{
    QStringList tags;
    for (const QString &part : typed.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

} // namespace

SkillsController::SkillsController(QObject *parent) : QObject(parent) { }

void SkillsController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            // Unlocking, locking, a new day, and trades that change who may trade.
            connect(controller, &LedgerController::ledgerChanged, this, &SkillsController::refresh);
        }))
        return;
    refresh();
    Q_EMIT ledgerChanged();
}

Database *SkillsController::database() const
{
    return m_ledger ? m_ledger->database() : nullptr;
}

QDate SkillsController::today() const
{
    return m_ledger ? m_ledger->today() : QDate::currentDate();
}

QString SkillsController::formatMoney(qint64 minor) const
{
    return m_ledger ? m_ledger->formatMoney(minor) : Money::fromMinor(minor).toString(QLocale());
}

QString SkillsController::formatDate(QDate date) const
{
    return m_ledger ? m_ledger->formatDate(date) : QLocale().toString(date, QLocale::ShortFormat);
}

QString SkillsController::hourRateText() const
{
    return tr("%1 an hour").arg(formatMoney(m_hourRate));
}

QVariantList SkillsController::weekdayOptions()
{
    QVariantList options { option(0, tr("Any day")) };
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        options.append(option(day, locale.standaloneDayName(day, QLocale::LongFormat)));
    return options;
}

QVariantList SkillsController::levelOptions()
{
    QVariantList options;
    for (int level = SkillListing::NoLevel; level <= SkillListing::Expert; ++level)
        options.append(option(level, level == SkillListing::NoLevel ? tr("No level given") : levelText(level)));
    return options;
}

QString SkillsController::kindText(SkillListing::Kind kind)
{
    return kind == SkillListing::Kind::Offer ? tr("Offer") : tr("Want");
}

QString SkillsController::levelText(int level)
{
    switch (level) {
    case SkillListing::Beginner:
        return tr("Beginner");
    case SkillListing::Intermediate:
        return tr("Intermediate");
    case SkillListing::Expert:
        return tr("Expert");
    default:
        return {};
    }
}

QString SkillsController::rateText(const std::optional<std::int64_t> &rate) const
{
    if (rate)
        return tr("%1 an hour").arg(formatMoney(*rate));
    return tr("%1 an hour (community rate)").arg(formatMoney(m_hourRate));
}

QString SkillsController::hoursText(int minutes)
{
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'f', minutes % 6 == 0 ? 1 : 2));
}

QString SkillsController::stateText(SkillSession::State state)
{
    switch (state) {
    case SkillSession::State::Planned:
        return tr("Planned");
    case SkillSession::State::Completed:
        return tr("Done");
    case SkillSession::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString SkillsController::partyText(SkillSession::Party party)
{
    switch (party) {
    case SkillSession::Party::Provider:
        return tr("the provider");
    case SkillSession::Party::Receiver:
        return tr("the receiver");
    case SkillSession::Party::Coordinator:
        return tr("the coordinator");
    }
    return {};
}

QString SkillsController::memberText(qint64 number, const QString &name)
{
    return tr("%1 (%2)").arg(name).arg(number);
}

QDate SkillsController::parseDay(const QString &text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return today();
    const QDate iso = QDate::fromString(typed, Qt::ISODate);
    if (iso.isValid())
        return iso;
    return m_ledger ? m_ledger->parseDate(typed) : QDate();
}

int SkillsController::parseMinutes(const QString &text)
{
    const QString typed = text.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):([0-5]\\d)$"));
    if (const auto m = clock.match(typed); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    bool ok = false;
    double hours = QLocale().toDouble(typed, &ok);
    if (!ok)
        hours = QLocale::c().toDouble(QString(typed).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    if (!ok || !std::isfinite(hours) || hours <= 0)
        return 0;
    return int(std::lround(hours * 60));
}

void SkillsController::refresh()
{
    reload();
    Q_EMIT changed();
}

void SkillsController::reload()
{
    m_tags.clear();
    m_tagNames.clear();
    m_hourRate = skills::kDefaultHourRate;
    Database *db = database();
    if (!db)
        return;
    if (auto rate = skills::hourRate(*db))
        m_hourRate = *rate;
    if (auto tags = skills::tags(*db)) {
        m_tags = *tags;
        for (const SkillTag &tag : std::as_const(m_tags))
            m_tagNames.append(tag.name);
        m_tagNames.sort(Qt::CaseInsensitive);
    } else {
        qWarning("Reading the skill vocabulary failed: %s", qPrintable(tags.error().message));
    }
}

QStringList SkillsController::completeTag(const QString &typed, int limit) const
{
    const QString word = typed.section(QLatin1Char(','), -1).simplified();
    QStringList found;
    if (word.isEmpty())
        return found;
    const QStringList already = splitTags(typed.section(QLatin1Char(','), 0, -2));
    for (const SkillTag &tag : std::as_const(m_tags)) {
        if (found.size() >= limit)
            break;
        if (already.contains(tag.name, Qt::CaseInsensitive) || tag.name.compare(word, Qt::CaseInsensitive) == 0)
            continue;
        bool hit = tag.name.startsWith(word, Qt::CaseInsensitive);
        for (const QString &synonym : tag.synonyms)
            hit = hit || synonym.startsWith(word, Qt::CaseInsensitive);
        if (hit)
            found.append(tag.name);
    }
    return found;
}

QString SkillsController::acceptTag(const QString &typed, const QString &tag)
{
    const int comma = typed.lastIndexOf(QLatin1Char(','));
    const QString before = comma < 0 ? QString() : typed.left(comma + 1) + QLatin1Char(' ');
    return before + tag + QStringLiteral(", ");
}

bool SkillsController::refuse(const QString &operation, const QString &message)
{
    setLastError(message);
    Q_EMIT operationFinished(operation, false, message, 0);
    return false;
}

void SkillsController::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void SkillsController::finishChange(const QString &operation, const QString &message, qint64 id)
{
    setLastError({});
    refresh();
    Q_EMIT operationFinished(operation, true, message, id);
}

bool SkillsController::addListing(const QVariantMap &fields)
{
    const QString operation = QStringLiteral("addListing");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    NewSkillListing listing;
    const auto kind = SkillListing::kindFromName(fields.value(QStringLiteral("kind")).toString());
    if (!kind)
        return refuse(operation, tr("Choose whether it is an offer or a want."));
    listing.kind = *kind;
    listing.memberNumber = fields.value(QStringLiteral("member")).toLongLong();
    if (listing.memberNumber <= 0)
        return refuse(operation, tr("Choose the member."));
    listing.tags = splitTags(fields.value(QStringLiteral("tags")).toString());
    if (listing.tags.isEmpty())
        return refuse(operation, tr("Give at least one skill tag, for example \"welding\"."));
    listing.description = fields.value(QStringLiteral("description")).toString().trimmed();
    if (listing.description.isEmpty())
        return refuse(operation, tr("Say in a few words what is offered or wanted."));
    listing.availability = fields.value(QStringLiteral("days")).toInt() & weekdays::kEveryDay;
    listing.availabilityNote = fields.value(QStringLiteral("note")).toString().trimmed();
    listing.level = std::clamp(fields.value(QStringLiteral("level")).toInt(), 0, 3);
    listing.mentoring = fields.value(QStringLiteral("mentoring")).toBool();
    const QString rate = fields.value(QStringLiteral("rate")).toString().trimmed();
    if (!rate.isEmpty()) {
        auto parsed = Money::parse(rate);
        if (!parsed || parsed->minor() < 0)
            return refuse(operation, tr("The rate is not an amount: type it like %1, or leave it empty for the community's.")
                                         .arg(formatMoney(1250)));
        listing.rate = parsed->minor();
    }
    const QString expires = fields.value(QStringLiteral("expires")).toString().trimmed();
    if (!expires.isEmpty()) {
        listing.expiresOn = parseDay(expires);
        if (!listing.expiresOn.isValid())
            return refuse(operation, tr("The expiry day is not a date: type it like %1.").arg(formatDate(today().addMonths(3))));
    }
    listing.createdOn = today();
    auto added = skills::addListing(*db, listing, m_ledger->now());
    if (!added)
        return refuse(operation, added.error().message);
    finishChange(operation,
        added->kind == SkillListing::Kind::Offer ? tr("%1 offers %2.").arg(added->memberName, added->tags.join(QStringLiteral(", ")))
                                                 : tr("%1 wants %2.").arg(added->memberName, added->tags.join(QStringLiteral(", "))),
        added->id);
    return true;
}

bool SkillsController::withdrawListing(qint64 id)
{
    const QString operation = QStringLiteral("withdrawListing");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (auto done = skills::withdrawListing(*db, id, today(), m_ledger->now()); !done)
        return refuse(operation, done.error().message);
    finishChange(operation, tr("The listing is withdrawn."), id);
    return true;
}

QVariantMap SkillsController::sessionDraft(qint64 listingId, qint64 matchListingId) const
{
    QVariantMap draft { { QStringLiteral("provider"), -1 }, { QStringLiteral("receiver"), -1 },
        { QStringLiteral("listingId"), listingId }, { QStringLiteral("hours"), QStringLiteral("1") } };
    Database *db = database();
    if (!db)
        return draft;
    auto listing = skills::listing(*db, listingId);
    if (!listing)
        return draft;
    std::optional<SkillListing> other;
    if (matchListingId > 0) {
        if (auto found = skills::listing(*db, matchListingId))
            other = *found;
    }
    // The session hangs on the offer: its rate is what the provider asked.
    const SkillListing *offer = listing->kind == SkillListing::Kind::Offer ? &*listing : (other ? &*other : nullptr);
    const SkillListing *want = listing->kind == SkillListing::Kind::Want ? &*listing : (other ? &*other : nullptr);
    if (offer) {
        draft.insert(QStringLiteral("provider"), qint64(offer->memberNumber));
        draft.insert(QStringLiteral("providerName"), offer->memberName);
        draft.insert(QStringLiteral("listingId"), qint64(offer->id));
        draft.insert(QStringLiteral("rateText"), rateText(offer->rate));
    } else {
        draft.insert(QStringLiteral("rateText"), rateText({}));
    }
    if (want) {
        draft.insert(QStringLiteral("receiver"), qint64(want->memberNumber));
        draft.insert(QStringLiteral("receiverName"), want->memberName);
    }
    const SkillListing &about = want ? *want : *listing;
    draft.insert(QStringLiteral("description"), about.tags.join(QStringLiteral(", ")) + QStringLiteral(": ") + about.description);
    draft.insert(QStringLiteral("mentoring"), listing->mentoring && (!other || other->mentoring));
    return draft;
}

QVariantMap SkillsController::quoteSession(qint64 listingId, const QString &typedHours) const
{
    QVariantMap quote { { QStringLiteral("ok"), false } };
    const int minutes = parseMinutes(typedHours);
    if (minutes <= 0 || minutes > skills::kMaximumMinutes) {
        quote.insert(QStringLiteral("error"), tr("Type the hours as a number, like 1.5 or 1:30 (at most 24)."));
        return quote;
    }
    std::optional<std::int64_t> listingRate;
    if (Database *db = database(); db && listingId > 0) {
        if (auto listing = skills::listing(*db, listingId))
            listingRate = listing->rate;
    }
    SkillSession session;
    session.minutes = minutes;
    session.rate = listingRate.value_or(m_hourRate);
    const QString amount = formatMoney(session.amount());
    quote.insert(QStringLiteral("ok"), true);
    quote.insert(QStringLiteral("minutes"), minutes);
    quote.insert(QStringLiteral("amountText"), amount);
    quote.insert(QStringLiteral("text"), tr("%1 at %2: %3 when it is done.").arg(hoursText(minutes), rateText(listingRate), amount));
    return quote;
}

bool SkillsController::planSession(qint64 provider, qint64 receiver, qint64 listingId, const QString &description,
    const QString &typedHours, const QString &dayText, bool mentoring)
{
    const QString operation = QStringLiteral("planSession");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (provider <= 0)
        return refuse(operation, tr("Choose who gives the session."));
    if (receiver <= 0)
        return refuse(operation, tr("Choose who receives the session."));
    NewSkillSession session;
    session.providerNumber = provider;
    session.receiverNumber = receiver;
    session.listingId = std::max<qint64>(0, listingId);
    session.description = description.trimmed();
    session.minutes = parseMinutes(typedHours);
    if (session.minutes <= 0 || session.minutes > skills::kMaximumMinutes)
        return refuse(operation, tr("Type the hours as a number, like 1.5 or 1:30 (at most 24)."));
    session.plannedOn = parseDay(dayText);
    if (!session.plannedOn.isValid())
        return refuse(operation, tr("The day is not a date: type it like %1.").arg(formatDate(today())));
    session.mentoring = mentoring;
    session.createdOn = today();
    auto added = skills::addSession(*db, session, m_ledger->now());
    if (!added)
        return refuse(operation, added.error().message);
    finishChange(operation,
        tr("Session planned for %1: %2 for %3, %4.")
            .arg(formatDate(added->plannedOn), added->providerName, added->receiverName, hoursText(added->minutes)),
        added->id);
    return true;
}

QVariantMap SkillsController::sessionFields(qint64 id) const
{
    Database *db = database();
    if (!db || id <= 0)
        return {};
    auto found = skills::session(*db, id);
    if (!found)
        return {};
    const SkillSession &s = *found;
    const QString amount = formatMoney(s.amount());
    return {
        { QStringLiteral("id"), qint64(s.id) },
        { QStringLiteral("provider"), qint64(s.providerNumber) },
        { QStringLiteral("receiver"), qint64(s.receiverNumber) },
        { QStringLiteral("providerName"), s.providerName },
        { QStringLiteral("receiverName"), s.receiverName },
        { QStringLiteral("description"), s.description },
        { QStringLiteral("hoursText"), hoursText(s.minutes) },
        { QStringLiteral("amountText"), amount },
        { QStringLiteral("plannedText"), formatDate(s.plannedOn) },
        { QStringLiteral("state"), SkillSession::stateName(s.state) },
        { QStringLiteral("stateText"), stateText(s.state) },
        { QStringLiteral("mentoring"), s.mentoring },
        { QStringLiteral("confirmText"),
            tr("%1 pays %2 %3 for %4 at %5 an hour.")
                .arg(memberText(s.receiverNumber, s.receiverName), memberText(s.providerNumber, s.providerName), amount,
                    hoursText(s.minutes), formatMoney(s.rate)) },
    };
}

bool SkillsController::completeSession(qint64 id, const QString &dayText)
{
    const QString operation = QStringLiteral("completeSession");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    const QDate day = parseDay(dayText);
    if (!day.isValid())
        return refuse(operation, tr("The day is not a date: type it like %1.").arg(formatDate(today())));
    auto done = skills::completeSession(*db, id, day, LedgerController::kRecordedBy, m_ledger->now());
    if (!done)
        return refuse(operation, done.error().message);
    // The trade is the ledger's too: its lists and both members' pages reload.
    m_ledger->notifyTradesRecorded({ done->providerNumber, done->receiverNumber }, QStringLiteral("skills"));
    finishChange(operation,
        tr("Done: %1 paid %2 %3.").arg(done->receiverName, done->providerName, formatMoney(done->amount())), done->id);
    return true;
}

bool SkillsController::cancelSession(qint64 id, const QString &by)
{
    const QString operation = QStringLiteral("cancelSession");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    const auto party = SkillSession::partyFromName(by);
    if (!party)
        return refuse(operation, tr("Say who cancels: the provider, the receiver or the coordinator."));
    if (auto done = skills::cancelSession(*db, id, *party, today(), m_ledger->now()); !done)
        return refuse(operation, done.error().message);
    finishChange(operation, tr("The session is cancelled by %1.").arg(partyText(*party)), id);
    return true;
}

bool SkillsController::leaveFeedback(qint64 sessionId, qint64 author, const QString &feedback, const QString &thanks)
{
    const QString operation = QStringLiteral("feedback");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (author <= 0)
        return refuse(operation, tr("Choose who writes: the provider or the receiver."));
    if (feedback.trimmed().isEmpty() && thanks.trimmed().isEmpty())
        return refuse(operation, tr("Write some feedback or a thank-you note."));
    if (auto done = skills::leaveFeedback(*db, sessionId, author, feedback.trimmed(), thanks.trimmed(), today(), m_ledger->now());
        !done)
        return refuse(operation, done.error().message);
    finishChange(operation, thanks.trimmed().isEmpty() ? tr("Feedback saved.") : tr("Feedback saved; the thank-you note is on the gratitude wall."),
        sessionId);
    return true;
}

QVariantList SkillsController::sessionFeedback(qint64 sessionId) const
{
    QVariantList rows;
    Database *db = database();
    if (!db)
        return rows;
    if (auto found = skills::feedback(*db, sessionId)) {
        for (const SessionFeedback &f : std::as_const(*found)) {
            rows.append(QVariantMap { { QStringLiteral("author"), qint64(f.authorNumber) },
                { QStringLiteral("authorName"), f.authorName }, { QStringLiteral("feedback"), f.feedback },
                { QStringLiteral("thanks"), f.thanks }, { QStringLiteral("dateText"), formatDate(f.writtenOn) } });
        }
    }
    return rows;
}

bool SkillsController::verifySkill(qint64 member, const QString &tag, qint64 byMember)
{
    const QString operation = QStringLiteral("verify");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (tag.trimmed().isEmpty())
        return refuse(operation, tr("Choose the skill."));
    std::optional<std::int64_t> by;
    if (byMember >= 0) {
        if (byMember == 0)
            return refuse(operation, tr("Choose the member who vouches."));
        by = byMember;
    }
    auto done = skills::verify(*db, member, tag.trimmed(), by, today(), m_ledger->now());
    if (!done)
        return refuse(operation, done.error().message);
    QString message;
    if (done->isVerified())
        message = tr("%1 is verified.").arg(done->tag);
    else
        message = tr("Vouch recorded: %1 of %2 for %3.").arg(done->vouchers.size()).arg(skills::kVouchesToVerify).arg(done->tag);
    // A verified skill lengthens the credit line: the member's page reloads.
    m_ledger->notifyTradesRecorded({ member }, QString());
    finishChange(operation, message, member);
    return true;
}

} // namespace mycelium
