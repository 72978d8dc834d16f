// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/ledgercontroller.h"
#include "common/memory.h"

#include "common/clock.h"
#include "ledger/ledger.h"
#include "ledger/money.h"
#include "ledger/signals.h"
#include "members/members.h"
#include "security/securebytes.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "vault/vault.h"

#include <QJSEngine>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <memory>

namespace mycelium {

namespace {
LedgerController *s_instance = nullptr;
} // namespace

LedgerController::LedgerController(VaultSession *session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
{
    Q_ASSERT(session);
    m_hallMode = QSettings().value(kHallModeKey, kDefaultHallMode).toBool();
    // One thread: background work on the vault never overlaps itself.
    m_workers.setMaxThreadCount(1);
    connect(session, &VaultSession::stateChanged, this, &LedgerController::onSessionStateChanged);
    // A window left open past midnight settles the new day's demurrage.
    m_dayWatch.setInterval(60 * 1000);
    connect(&m_dayWatch, &QTimer::timeout, this, [this] {
        if (settleIfNewDay())
            notifyChanged();
    });
    onSessionStateChanged();
}

LedgerController::~LedgerController()
{
    ++m_generation;
    // Background work posts its answer to this object: let it finish while
    // the object still exists; the answer is then discarded.
    m_workers.waitForDone();
    if (s_instance == this)
        s_instance = nullptr;
}

void LedgerController::setInstance(LedgerController *controller)
{
    s_instance = controller;
}

LedgerController *LedgerController::instance()
{
    return s_instance;
}

LedgerController *LedgerController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "LedgerController::create", "register the controller with setInstance() before loading QML");
    if (s_instance)
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool LedgerController::ready() const
{
    return m_ready;
}

void LedgerController::setHallMode(bool on)
{
    if (on == m_hallMode)
        return;
    m_hallMode = on;
    QSettings().setValue(kHallModeKey, on);
    Q_EMIT hallModeChanged();
}

QDateTime LedgerController::now() const
{
    return m_clock.now();
}

QDate LedgerController::today() const
{
    return m_clock.today();
}

QString LedgerController::todayText() const
{
    return formatDate(today());
}

int LedgerController::minimumPinLength() const
{
    return members::kMinimumPinLength;
}

QString LedgerController::dateFormatHint() const
{
    const QDate example(2026, 3, 14);
    return tr("like %1 or %2").arg(QLocale().toString(example, QLocale::ShortFormat), example.toString(Qt::ISODate));
}

bool LedgerController::sessionWorking() const
{
    return m_session && m_session->isWorking();
}

Database *LedgerController::database() const
{
    if (!m_ready || !m_session || m_session->state() != VaultSession::State::Unlocked)
        return nullptr;
    Vault *vault = m_session->vault();
    return vault ? &vault->database() : nullptr;
}

void LedgerController::onSessionStateChanged()
{
    const bool unlocked = m_session && m_session->state() == VaultSession::State::Unlocked && m_session->vault();
    if (unlocked == m_ready)
        return;
    if (!unlocked) {
        // Nothing read from the vault stays, and no answer from before the
        // lock is delivered.
        ++m_generation;
        m_ready = false;
        m_dayWatch.stop();
        m_settledFor = {};
        if (!m_categories.isEmpty()) {
            m_categories.clear();
            Q_EMIT categoriesChanged();
        }
        setRunningOperation({});
        Q_EMIT readyChanged();
        Q_EMIT ledgerChanged();
        return;
    }
    m_ready = true;
    // Member numbers belong to a vault: another vault's members start afresh.
    if (m_session->vaultPath() != m_pinAttemptsVault) {
        m_pinAttempts.clear();
        m_pinAttemptsVault = m_session->vaultPath();
    }
    settleIfNewDay();
    reloadCategories();
    m_dayWatch.start();
    Q_EMIT readyChanged();
    Q_EMIT ledgerChanged();
}

bool LedgerController::settleIfNewDay()
{
    Database *db = database();
    if (!db || sessionWorking())
        return false;
    const QDate day = today();
    if (day == m_settledFor)
        return false;
    // Balances on screen are current: every account's demurrage is written
    // up to yesterday, as the core asks before showing balances.
    if (const Status settled = ledger::settleDemurrage(*db, day.addDays(-1), now()); !settled) {
        qWarning("Settling demurrage failed: %s", qPrintable(settled.error().message));
        return false;
    }
    m_settledFor = day;
    return true;
}

void LedgerController::refresh()
{
    if (!database())
        return;
    settleIfNewDay();
    notifyChanged();
}

void LedgerController::reloadCategories()
{
    Database *db = database();
    const QStringList categories = db ? ledger::categories(*db) : QStringList();
    if (categories == m_categories)
        return;
    m_categories = categories;
    Q_EMIT categoriesChanged();
}

void LedgerController::notifyChanged()
{
    reloadCategories();
    Q_EMIT ledgerChanged();
    checkpointIfDue();
}

void LedgerController::checkpointIfDue()
{
    Database *db = database();
    if (!db || !db->wantsCheckpoint() || m_checkpointing)
        return;
    // From a second connection, after the screens have their answer: the
    // next trade does not wait for the log to be copied into the vault.
    m_checkpointing = runInBackground(this, [](Database &background) { return background.checkpoint(); },
                                      [this](const Status &done) {
                                          m_checkpointing = false;
                                          if (!done)
                                              qWarning("Checkpoint failed: %s", qPrintable(done.error().message));
                                      });
}

void LedgerController::notifyTradesRecorded(const QList<qint64> &members, const QString &category)
{
    const QString name = category.trimmed();
    if (!name.isEmpty() && !m_categories.contains(name)) {
        // ledger::categories() sorts with SQLite's ORDER BY: by code unit.
        m_categories.insert(std::lower_bound(m_categories.begin(), m_categories.end(), name), name);
        Q_EMIT categoriesChanged();
    }
    Q_EMIT tradesRecorded(members);
    checkpointIfDue();
}

QString LedgerController::formatMoney(qint64 minor) const
{
    return Money::fromMinor(minor).toString(QLocale());
}

QString LedgerController::formatDate(QDate date) const
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QDate LedgerController::parseDate(const QString &input) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    const QLocale locale;
    for (const auto format : {QLocale::ShortFormat, QLocale::LongFormat}) {
        date = locale.toDate(text, format);
        if (date.isValid()) {
            // Two-digit years ("3/14/26") mean this century.
            if (date.year() < 1970 && !locale.dateFormat(format).contains(QLatin1String("yyyy")))
                date = date.addYears(100);
            return date;
        }
    }
    return {};
}

bool LedgerController::runInBackground(QObject *context, std::function<Status(Database &)> work, std::function<void(const Status &)> done)
{
    if (!database())
        return false;
    Vault *vault = m_session->vault();
    const QString path = vault->paths().vault;
    // The key travels in locked memory and is wiped as soon as the
    // connection has it.
    auto key = std::make_shared<SecureBytes>(vault->copyKey());
    const quint64 generation = m_generation;
    QPointer<QObject> receiver(context);
    m_workers.start([this, path, key, work = std::move(work), done = std::move(done), generation, receiver] {
        Status status;
        {
            auto db = Database::open(path, key->span(), false);
            key->clear();
            status = db ? work(*db) : Status(db.error());
        }
        QMetaObject::invokeMethod(
            this,
            [this, status, done, generation, receiver] {
                // The worker's connection and its page cache are gone.
                releaseFreedMemory();
                if (generation != m_generation || !receiver)
                    return;
                done(status);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void LedgerController::setRunningOperation(const QString &operation)
{
    if (operation == m_runningOperation)
        return;
    m_runningOperation = operation;
    Q_EMIT busyChanged();
}

bool LedgerController::refuse(const QString &operation, const QString &message)
{
    Q_EMIT operationFinished(operation, false, message, -1);
    return false;
}

bool LedgerController::canStart(const QString &operation)
{
    if (!database())
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (sessionWorking())
        return refuse(operation, tr("The vault is busy with another operation. Wait for it to finish."));
    if (busy())
        return refuse(operation, tr("Another change is still being saved. Wait for it to finish."));
    return true;
}

bool LedgerController::addMember(const QString &name, const QString &contact, const QString &numberText, const QString &pin,
                                 const QString &pinConfirmation)
{
    const QString operation = QStringLiteral("addMember");
    if (!canStart(operation))
        return false;
    NewMember request;
    request.name = name.simplified();
    request.contact = contact.trimmed();
    request.joinedOn = today();
    if (request.name.isEmpty())
        return refuse(operation, tr("Type the new member's name."));
    if (const QString number = numberText.trimmed(); !number.isEmpty()) {
        bool ok = false;
        const qint64 value = number.toLongLong(&ok);
        if (!ok || value <= 0)
            return refuse(operation, tr("A member number is a whole number from 1 up; leave it empty to take the next free one."));
        request.number = value;
    }
    if (pin != pinConfirmation)
        return refuse(operation, tr("The PIN and its confirmation are not the same. Type the PIN again in both fields."));
    if (!pin.isEmpty() && pin.size() < members::kMinimumPinLength)
        return refuse(operation, tr("A PIN needs at least %1 characters.").arg(members::kMinimumPinLength));
    request.pin = pin;

    // Hashing the PIN takes a moment: on the worker.
    auto added = std::make_shared<Member>();
    const QDateTime at = now();
    setRunningOperation(operation);
    runInBackground(
        this,
        [request, at, added](Database &db) -> Status {
            auto member = members::add(db, request, at);
            if (!member)
                return member.error();
            *added = *member;
            return {};
        },
        [this, operation, added](const Status &status) {
            setRunningOperation({});
            if (status.ok())
                notifyChanged();
            Q_EMIT operationFinished(operation, status.ok(),
                                     status.ok() ? tr("%1 joined as member %2.").arg(added->name).arg(added->number) : status.error().message,
                                     status.ok() ? added->number : -1);
        });
    return true;
}

bool LedgerController::setSuspended(qint64 number, bool suspended, const QString &reason)
{
    const QString operation = suspended ? QStringLiteral("suspend") : QStringLiteral("reinstate");
    if (!canStart(operation))
        return false;
    if (suspended && reason.trimmed().isEmpty())
        return refuse(operation, tr("Say why the member is suspended; the journal keeps the reason."));
    Database *db = database();
    auto member = members::byNumber(*db, number);
    if (!member)
        return refuse(operation, member.error().message);
    const Status changed = members::setStatus(*db, number, suspended ? Member::Status::Suspended : Member::Status::Active,
                                              reason.trimmed(), now());
    if (!changed)
        return refuse(operation, changed.error().message);
    notifyChanged();
    Q_EMIT operationFinished(operation, true,
                             suspended ? tr("%1 (member %2) is suspended and cannot trade until reinstated.").arg(member->name).arg(number)
                                       : tr("%1 (member %2) may trade again.").arg(member->name).arg(number),
                             number);
    return true;
}

namespace {
QString partyName(Database &db, std::int64_t number)
{
    if (number == kCommonsFund)
        return LedgerController::tr("the commons fund");
    auto member = members::byNumber(db, number);
    return member ? LedgerController::tr("%1 (%2)").arg(member->name).arg(number) : LedgerController::tr("member %1").arg(number);
}
} // namespace

bool LedgerController::reverseTrade(qint64 tradeId)
{
    const QString operation = QStringLiteral("reverse");
    if (!canStart(operation))
        return false;
    Database *db = database();
    settleIfNewDay();
    auto reversal = ledger::reverse(*db, tradeId, kRecordedBy, today(), now());
    if (!reversal)
        return refuse(operation, reversal.error().message);
    notifyTradesRecorded({reversal->payer, reversal->payee}, reversal->category);
    Q_EMIT operationFinished(operation, true,
                             tr("Trade %1 reverses trade %2: %3 went back from %4 to %5.")
                                 .arg(reversal->id)
                                 .arg(tradeId)
                                 .arg(formatMoney(reversal->amount), partyName(*db, reversal->payer), partyName(*db, reversal->payee)),
                             reversal->id);
    return true;
}

bool LedgerController::editMember(qint64 number, const QString &name, const QString &contact)
{
    const QString operation = QStringLiteral("editMember");
    if (!canStart(operation))
        return false;
    if (name.simplified().isEmpty())
        return refuse(operation, tr("Type the member's name; it cannot be empty."));
    Database *db = database();
    auto before = members::byNumber(*db, number);
    if (!before)
        return refuse(operation, before.error().message);
    auto after = members::update(*db, number, name, contact, now());
    if (!after)
        return refuse(operation, after.error().message);
    const bool changed = after->name != before->name || after->contact != before->contact;
    if (changed)
        notifyChanged();
    Q_EMIT operationFinished(operation, true,
                             !changed                         ? tr("Nothing changed for %1 (member %2).").arg(after->name).arg(number)
                                 : after->name != before->name ? tr("%1 (member %2) is now called %3.").arg(before->name).arg(number).arg(after->name)
                                                               : tr("The contact of %1 (member %2) is saved.").arg(after->name).arg(number),
                             number);
    return true;
}

bool LedgerController::setPin(qint64 number, const QString &pin, const QString &confirmation)
{
    const QString operation = QStringLiteral("setPin");
    if (!canStart(operation))
        return false;
    if (pin != confirmation)
        return refuse(operation, tr("The PIN and its confirmation are not the same. Type the PIN again in both fields."));
    if (!pin.isEmpty() && pin.size() < members::kMinimumPinLength)
        return refuse(operation, tr("A PIN needs at least %1 characters.").arg(members::kMinimumPinLength));
    auto member = members::byNumber(*database(), number);
    if (!member)
        return refuse(operation, member.error().message);
    const QString name = member->name;
    const QDateTime at = now();
    setRunningOperation(operation);
    runInBackground(
        this, [number, pin, at](Database &db) { return members::setPin(db, number, pin, at); },
        [this, operation, number, name, removing = pin.isEmpty()](const Status &status) {
            setRunningOperation({});
            if (status.ok()) {
                // A new PIN from the coordinator ends a pause for wrong ones.
                m_pinAttempts.forget(number);
                notifyChanged();
            }
            Q_EMIT operationFinished(operation, status.ok(),
                                     !status.ok() ? status.error().message
                                         : removing ? tr("%1 (member %2) has no PIN now; in hall mode the coordinator confirms their trades.").arg(name).arg(number)
                                                    : tr("The new PIN for %1 (member %2) is saved.").arg(name).arg(number),
                                     number);
        });
    return true;
}

bool LedgerController::setDemurrageRate(qint64 ppmPerDay, QDate from)
{
    const QString operation = QStringLiteral("demurrageRate");
    if (!canStart(operation))
        return false;
    if (!from.isValid() || from < today())
        return refuse(operation, tr("A new demurrage rate takes effect today or later, not on a day already past."));
    Database *db = database();
    auto schedule = ledger::demurrageSchedule(*db);
    if (!schedule)
        return refuse(operation, schedule.error().message);
    // Only the rate changes: the exemption stays as it is on that day.
    const DemurrageRate rate{from, ppmPerDay, schedule->rateOn(from).exemptMinor};
    if (const Status saved = ledger::setDemurrageRate(*db, rate, now()); !saved)
        return refuse(operation, saved.error().message);
    notifyChanged();
    Q_EMIT operationFinished(operation, true,
                             tr("From %1 the demurrage rate is %2 parts per million a day.").arg(formatDate(from), QLocale().toString(ppmPerDay)),
                             -1);
    return true;
}

bool LedgerController::setCirculationTarget(const QString &lowText, const QString &highText)
{
    const QString operation = QStringLiteral("circulationTarget");
    if (!canStart(operation))
        return false;
    const bool noLow = lowText.trimmed().isEmpty();
    const bool noHigh = highText.trimmed().isEmpty();
    std::optional<std::int64_t> low;
    std::optional<std::int64_t> high;
    if (noLow != noHigh)
        return refuse(operation, tr("Type both the low and the high end of the band, or leave both empty to remove the target."));
    if (!noLow) {
        const auto parsedLow = Money::parse(lowText, QLocale());
        if (!parsedLow)
            return refuse(operation, tr("The low end: %1").arg(parsedLow.error().message));
        const auto parsedHigh = Money::parse(highText, QLocale());
        if (!parsedHigh)
            return refuse(operation, tr("The high end: %1").arg(parsedHigh.error().message));
        if (parsedLow->isNegative())
            return refuse(operation, tr("The low end cannot be below zero: circulation counts positive balances only."));
        if (*parsedHigh <= *parsedLow)
            return refuse(operation, tr("The high end must be more than the low end (%1).").arg(parsedLow->toString(QLocale())));
        low = parsedLow->minor();
        high = parsedHigh->minor();
    }
    if (const Status saved = ledger::setCirculationTarget(*database(), low, high, now()); !saved)
        return refuse(operation, saved.error().message);
    notifyChanged();
    Q_EMIT operationFinished(operation, true,
                             low ? tr("The target for money in circulation is now %1 to %2 credits.").arg(formatMoney(*low), formatMoney(*high))
                                 : tr("The circulation target is removed; no demurrage rate will be suggested."),
                             -1);
    return true;
}

} // namespace mycelium
