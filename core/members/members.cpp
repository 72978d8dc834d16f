// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/members.h"
#include "ledger/journal.h"
#include "security/securebytes.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <sodium.h>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::members", text);
}

// PINs are short; Argon2id with libsodium's interactive cost keeps a
// confirmation at the hall under a tenth of a second.
Result<QString> hashPin(const QString &pin)
{
    if (pin.size() < members::kMinimumPinLength)
        return Error::make(ErrorCode::InvalidArgument, tr("A PIN needs at least %1 characters.").arg(members::kMinimumPinLength));
    QByteArray utf8 = pin.toUtf8();
    const SecureBytes secret = SecureBytes::takeFrom(utf8);
    char hashed[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hashed, reinterpret_cast<const char *>(secret.data()), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error::make(ErrorCode::IoError, tr("Not enough memory to protect the PIN."));
    return QString::fromLatin1(hashed);
}

Member fromRow(const Statement &row)
{
    Member m;
    m.id = row.int64(0);
    m.number = row.int64(1);
    m.name = row.text(2);
    m.contact = row.text(3);
    m.joinedOn = QDate::fromString(row.text(4), Qt::ISODate);
    m.status = Member::statusFromName(row.text(5)).value_or(Member::Status::Active);
    m.hasPin = !row.isNull(6);
    m.accountId = row.int64(7);
    m.capacity = {row.integer(8), row.integer(9), row.integer(10), row.integer(11), row.integer(12)};
    m.sanction = Member::sanctionFromName(row.text(13)).value_or(Member::Sanction::None);
    m.verifiedSkills = row.integer(14);
    m.lendableTools = row.integer(15);
    m.creditExtension = m.effectiveCapacity().extension();
    return m;
}

// A skill counts as verified with the coordinator's confirmation (vouched_by
// NULL) or two members'; a tool can be lent unless retired (a lost tool is).
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.number, m.name, m.contact, m.joined_on, m.status, m.pin_hash, a.id, "
    "m.pc_skills, m.pc_time, m.pc_tools, m.pc_resources, m.pc_ecological, m.sanction, "
    "(SELECT count(DISTINCT v.tag) FROM skill_verification v WHERE v.member = m.id AND (v.vouched_by IS NULL OR "
    " (SELECT count(*) FROM skill_verification w WHERE w.member = v.member AND w.tag = v.tag AND w.vouched_by IS NOT NULL) >= 2)), "
    "(SELECT count(*) FROM tool_item t WHERE t.owner = m.id AND t.condition <> 'retired') "
    "FROM member m JOIN account a ON a.member_id = m.id ");

} // namespace

std::int64_t ProductiveCapacity::extension() const
{
    if (!isValid())
        return 0;
    // 500,000 × 100^4 × 200 = 1e15: well inside 64 bits.
    const std::int64_t product = std::int64_t(skills) * time * tools * resources * ecological;
    return std::min(kMaximumExtension, kMaximumExtension * product / 10'000'000'000);
}

ProductiveCapacity Member::effectiveCapacity() const
{
    constexpr int kPointsEach = 25;
    ProductiveCapacity effective = capacity;
    effective.skills = std::max(capacity.skills, std::min(100, kPointsEach * verifiedSkills));
    effective.tools = std::max(capacity.tools, std::min(100, kPointsEach * lendableTools));
    return effective;
}

std::int64_t Member::creditLine(std::int64_t starterLine) const
{
    const std::int64_t full = starterLine + creditExtension;
    return sanction == Sanction::Reduced ? full / 2 : full;
}

QString Member::whyNotTrading() const
{
    if (status == Status::Suspended)
        return tr("%1 (member %2) is suspended and cannot trade.").arg(name).arg(number);
    if (status == Status::Left)
        return tr("%1 (member %2) has left the community and cannot trade.").arg(name).arg(number);
    if (sanction == Sanction::Suspended)
        return tr("%1 (member %2) is suspended until mediation and cannot trade or borrow.").arg(name).arg(number);
    if (sanction == Sanction::Excluded)
        return tr("%1 (member %2) is excluded and cannot trade or borrow.").arg(name).arg(number);
    return {};
}

QString Member::sanctionName(Sanction sanction)
{
    switch (sanction) {
    case Sanction::None:
        return QStringLiteral("none");
    case Sanction::Warning:
        return QStringLiteral("warning");
    case Sanction::Reduced:
        return QStringLiteral("reduced");
    case Sanction::Suspended:
        return QStringLiteral("suspended");
    case Sanction::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

std::optional<Member::Sanction> Member::sanctionFromName(const QString &name)
{
    for (Sanction s : {Sanction::None, Sanction::Warning, Sanction::Reduced, Sanction::Suspended, Sanction::Excluded}) {
        if (sanctionName(s) == name)
            return s;
    }
    return std::nullopt;
}

bool ProductiveCapacity::isValid() const
{
    const auto percent = [](int v) { return v >= 0 && v <= 100; };
    return percent(skills) && percent(time) && percent(tools) && percent(resources) && ecological >= 0 && ecological <= 200;
}

QString Member::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return QStringLiteral("active");
    case Status::Suspended:
        return QStringLiteral("suspended");
    case Status::Left:
        return QStringLiteral("left");
    }
    return {};
}

std::optional<Member::Status> Member::statusFromName(const QString &name)
{
    for (Status s : {Status::Active, Status::Suspended, Status::Left}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

namespace members {

Result<Member> add(Database &db, const NewMember &request, const QDateTime &now)
{
    const QString name = request.name.simplified();
    if (name.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("A member needs a name."));
    if (!request.joinedOn.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("A member needs a valid joining date."));
    std::optional<QString> pinHash;
    if (!request.pin.isEmpty()) {
        auto hashed = hashPin(request.pin);
        if (!hashed)
            return hashed.error();
        pinHash = *hashed;
    }

    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    std::int64_t number = 0;
    if (request.number) {
        number = *request.number;
        if (number <= 0)
            return Error::make(ErrorCode::InvalidArgument, tr("Member numbers start at 1; %1 is not one.").arg(number));
        if (byNumber(db, number).ok())
            return Error::make(ErrorCode::InvalidArgument, tr("Member number %1 is already taken.").arg(number));
    } else {
        auto highest = db.scalar(QStringLiteral("SELECT coalesce(max(number), 0) FROM member"));
        if (!highest)
            return highest.error();
        number = *highest + 1;
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO member (number, name, contact, joined_on, pin_hash) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, number).bind(2, name).bind(3, request.contact.trimmed()).bind(4, request.joinedOn.toString(Qt::ISODate));
    if (pinHash)
        insert->bind(5, *pinHash);
    else
        insert->bindNull(5);
    if (auto s = insert->exec(); !s)
        return s.error();
    // Demurrage starts with the day of joining.
    auto account = db.prepare(QStringLiteral("INSERT INTO account (kind, member_id, demurrage_through) VALUES ('member', last_insert_rowid(), ?)"));
    if (!account)
        return account.error();
    if (auto s = account->bind(1, request.joinedOn.addDays(-1).toString(Qt::ISODate)).exec(); !s)
        return s.error();
    const QByteArray body = CanonicalWriter(QStringLiteral("member_added"))
                                .add(number)
                                .add(name)
                                .add(request.joinedOn.toString(Qt::ISODate))
                                .bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("member_added"), body, {}); !seq)
        return seq.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return byNumber(db, number);
}

Result<Member> byNumber(Database &db, std::int64_t number)
{
    auto stmt = db.prepare(kSelect + QStringLiteral("WHERE m.number = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, number);
    if (!stmt->next())
        return stmt->error().value_or(Error::make(ErrorCode::InvalidArgument, tr("There is no member number %1.").arg(number)));
    return fromRow(*stmt);
}

Result<QList<Member>> list(Database &db)
{
    auto stmt = db.prepare(kSelect + QStringLiteral("ORDER BY m.number"));
    if (!stmt)
        return stmt.error();
    QList<Member> result;
    while (stmt->next())
        result.append(fromRow(*stmt));
    if (stmt->error())
        return *stmt->error();
    return result;
}

Result<Member> update(Database &db, std::int64_t number, const QString &name, const QString &contact, const QDateTime &now)
{
    const QString newName = name.simplified();
    const QString newContact = contact.trimmed();
    if (newName.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, tr("A member needs a name; type one that is not empty."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    auto member = byNumber(db, number);
    if (!member)
        return member.error();
    const bool contactChanged = member->contact != newContact;
    if (member->name == newName && !contactChanged)
        return member;
    auto stmt = db.prepare(QStringLiteral("UPDATE member SET name = ?, contact = ? WHERE number = ?"));
    if (!stmt)
        return stmt.error();
    if (auto s = stmt->bind(1, newName).bind(2, newContact).bind(3, number).exec(); !s)
        return s.error();
    // Like member_added: the name, never the contact itself.
    const QByteArray body = CanonicalWriter(QStringLiteral("member_details"))
                                .add(number)
                                .add(newName)
                                .add(contactChanged ? QStringLiteral("contact changed") : QStringLiteral("contact unchanged"))
                                .bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("member_details"), body, {}); !seq)
        return seq.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return byNumber(db, number);
}

Status setStatus(Database &db, std::int64_t number, Member::Status status, const QString &reason, const QDateTime &now)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    auto member = byNumber(db, number);
    if (!member)
        return member.error();
    if (member->status == status)
        return {};
    auto update = db.prepare(QStringLiteral("UPDATE member SET status = ? WHERE number = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, Member::statusName(status)).bind(2, number).exec(); !s)
        return s;
    const QByteArray body = CanonicalWriter(QStringLiteral("member_status")).add(number).add(Member::statusName(status)).add(reason).bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("member_status"), body, {}); !seq)
        return seq.error();
    return tx.commit();
}

Status setPin(Database &db, std::int64_t number, const QString &pin, const QDateTime &now)
{
    std::optional<QString> pinHash;
    if (!pin.isEmpty()) {
        auto hashed = hashPin(pin);
        if (!hashed)
            return hashed.error();
        pinHash = *hashed;
    }
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    if (auto member = byNumber(db, number); !member)
        return member.error();
    auto update = db.prepare(QStringLiteral("UPDATE member SET pin_hash = ? WHERE number = ?"));
    if (!update)
        return update.error();
    if (pinHash)
        update->bind(1, *pinHash);
    else
        update->bindNull(1);
    if (auto s = update->bind(2, number).exec(); !s)
        return s;
    // The journal records that the PIN changed, never the PIN or its hash.
    const QByteArray body = CanonicalWriter(QStringLiteral("member_pin")).add(number).add(pinHash ? QStringLiteral("set") : QStringLiteral("removed")).bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("member_pin"), body, {}); !seq)
        return seq.error();
    return tx.commit();
}

Status setProductiveCapacity(Database &db, std::int64_t number, const ProductiveCapacity &capacity, const QDateTime &now)
{
    if (!capacity.isValid())
        return Error::make(ErrorCode::InvalidArgument,
                           tr("Skills, time, tools and resources are scores from 0 to 100; the ecological multiplier goes from 0 to 200."));
    Transaction tx(db);
    if (!tx.began())
        return tx.began();
    if (auto member = byNumber(db, number); !member)
        return member.error();
    auto update = db.prepare(QStringLiteral("UPDATE member SET pc_skills = ?, pc_time = ?, pc_tools = ?, pc_resources = ?, pc_ecological = ? "
                                            "WHERE number = ?"));
    if (!update)
        return update.error();
    if (auto s = update->bind(1, capacity.skills)
                     .bind(2, capacity.time)
                     .bind(3, capacity.tools)
                     .bind(4, capacity.resources)
                     .bind(5, capacity.ecological)
                     .bind(6, number)
                     .exec();
        !s)
        return s;
    const QByteArray body = CanonicalWriter(QStringLiteral("member_capacity"))
                                .add(number)
                                .add(capacity.skills)
                                .add(capacity.time)
                                .add(capacity.tools)
                                .add(capacity.resources)
                                .add(capacity.ecological)
                                .bytes();
    if (auto seq = journal::append(db, now, QStringLiteral("member_capacity"), body, {}); !seq)
        return seq.error();
    return tx.commit();
}

Status checkPin(Database &db, std::int64_t number, const QString &pin)
{
    auto stmt = db.prepare(QStringLiteral("SELECT pin_hash FROM member WHERE number = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, number);
    if (!stmt->next())
        return Error::make(ErrorCode::InvalidArgument, tr("There is no member number %1.").arg(number));
    if (stmt->isNull(0))
        return Error::make(ErrorCode::WrongPassphrase, tr("Member %1 has no PIN; a coordinator must confirm instead.").arg(number));
    const QByteArray stored = stmt->text(0).toLatin1();
    QByteArray utf8 = pin.toUtf8();
    const SecureBytes secret = SecureBytes::takeFrom(utf8);
    if (crypto_pwhash_str_verify(stored.constData(), reinterpret_cast<const char *>(secret.data()), secret.size()) != 0)
        return Error::make(ErrorCode::WrongPassphrase, tr("The PIN is wrong."));
    return {};
}

} // namespace members
} // namespace mycelium
