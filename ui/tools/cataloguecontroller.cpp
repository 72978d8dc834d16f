// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/cataloguecontroller.h"
#include "ledger/ledgerbinding.h"

#include "ledger/money.h"
#include "storage/database.h"
#include "tools/toolphotoprovider.h"
#include "tools/tools.h"

#include <QLocale>

#include <memory>

namespace mycelium {

CatalogueController::CatalogueController(QObject *parent) : QObject(parent) { }

void CatalogueController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            // Unlocking, locking and changes to members (names in the lists).
            connect(controller, &LedgerController::ledgerChanged, this, &CatalogueController::refresh);
        }))
        return;
    ToolPhotoProvider::installFor(this, ledger);
    refresh();
    Q_EMIT ledgerChanged();
}

Database *CatalogueController::database() const
{
    return m_ledger ? m_ledger->database() : nullptr;
}

QDate CatalogueController::today() const
{
    return m_ledger ? m_ledger->today() : QDate();
}

QString CatalogueController::formatMoney(qint64 minor) const
{
    return m_ledger ? m_ledger->formatMoney(minor) : QString();
}

QString CatalogueController::formatDate(QDate date) const
{
    return m_ledger ? m_ledger->formatDate(date) : QString();
}

QString CatalogueController::avoidedSpendingText() const
{
    return formatMoney(m_statistics.avoidedSpending);
}

QVariantList CatalogueController::conditionOptions()
{
    QVariantList options;
    for (auto condition : { ToolItem::Condition::New, ToolItem::Condition::Good, ToolItem::Condition::Worn,
             ToolItem::Condition::NeedsRepair, ToolItem::Condition::Retired })
        options.append(QVariantMap { { QStringLiteral("value"), ToolItem::conditionName(condition) },
            { QStringLiteral("text"), conditionText(condition) } });
    return options;
}

QVariantList CatalogueController::availabilityOptions()
{
    using State = CatalogueEntry::State;
    QVariantList options;
    for (auto state : { State::In, State::OnLoan, State::Held, State::Maintenance, State::Retired })
        options.append(QVariantMap { { QStringLiteral("value"), CatalogueEntry::stateName(state) },
            { QStringLiteral("text"), stateText(state) } });
    return options;
}

QString CatalogueController::conditionText(ToolItem::Condition condition)
{
    switch (condition) {
    case ToolItem::Condition::New:
        return tr("New");
    case ToolItem::Condition::Good:
        return tr("Good");
    case ToolItem::Condition::Worn:
        return tr("Worn");
    case ToolItem::Condition::NeedsRepair:
        return tr("Needs repair");
    case ToolItem::Condition::Retired:
        return tr("Retired");
    }
    return {};
}

QString CatalogueController::stateText(CatalogueEntry::State state, bool maintenanceDue)
{
    switch (state) {
    case CatalogueEntry::State::In:
        return tr("In");
    case CatalogueEntry::State::OnLoan:
        return tr("On loan");
    case CatalogueEntry::State::Held:
        return tr("Held");
    case CatalogueEntry::State::Maintenance:
        return maintenanceDue ? tr("Maintenance due") : tr("Under maintenance");
    case CatalogueEntry::State::Retired:
        return tr("Retired");
    }
    return {};
}

QString CatalogueController::stateDetail(const CatalogueEntry &entry) const
{
    const QString waiting = entry.waiting > 0 ? tr("%n waiting", nullptr, entry.waiting) : QString();
    switch (entry.state) {
    case CatalogueEntry::State::OnLoan: {
        const qint64 late = entry.dueOn.daysTo(today());
        QString text = late > 0 ? tr("to %1 (%2), due %3, %n days late", nullptr, int(late)) : tr("to %1 (%2), due %3");
        text = text.arg(entry.memberName).arg(entry.memberNumber).arg(formatDate(entry.dueOn));
        return waiting.isEmpty() ? text : tr("%1; %2").arg(text, waiting);
    }
    case CatalogueEntry::State::Held: {
        const QString text = tr("for %1 (%2)").arg(entry.memberName).arg(entry.memberNumber);
        return entry.waiting > 1 ? tr("%1; %2").arg(text, waiting) : text;
    }
    case CatalogueEntry::State::Maintenance:
        if (entry.maintenanceDue)
            return tr("its maintenance interval has come round");
        return entry.condition == ToolItem::Condition::NeedsRepair ? tr("needs repair") : QString();
    case CatalogueEntry::State::In:
    case CatalogueEntry::State::Retired:
        break;
    }
    return {};
}

QString CatalogueController::fieldKey(ToolItemField field)
{
    switch (field) {
    case ToolItemField::AssetTag:
        return QStringLiteral("assetTag");
    case ToolItemField::Name:
        return QStringLiteral("name");
    case ToolItemField::Category:
        return QStringLiteral("category");
    case ToolItemField::Description:
        return QStringLiteral("description");
    case ToolItemField::Condition:
        return QStringLiteral("condition");
    case ToolItemField::Location:
        return QStringLiteral("location");
    case ToolItemField::ReplacementValue:
        return QStringLiteral("replacementValue");
    case ToolItemField::Deposit:
        return QStringLiteral("deposit");
    case ToolItemField::LoanDays:
        return QStringLiteral("loanDays");
    case ToolItemField::LateFeePerDay:
        return QStringLiteral("lateFeePerDay");
    case ToolItemField::SafetyNotes:
        return QStringLiteral("safetyNotes");
    case ToolItemField::NeedsTraining:
        return QStringLiteral("needsTraining");
    case ToolItemField::MaintenanceEveryLoans:
        return QStringLiteral("maintenanceEveryLoans");
    case ToolItemField::MaintenanceEveryDays:
        return QStringLiteral("maintenanceEveryDays");
    case ToolItemField::CreatedOn:
        return QStringLiteral("createdOn");
    }
    return {};
}

void CatalogueController::refresh()
{
    reload();
    Q_EMIT changed();
    loadStatistics();
}

void CatalogueController::reload()
{
    QStringList categories;
    if (Database *db = database()) {
        if (auto list = tools::categories(*db))
            categories = *list;
        else
            qWarning("Reading the tool categories failed: %s", qPrintable(list.error().message));
    }
    m_categories = categories;
}

void CatalogueController::loadStatistics()
{
    if (!database()) {
        // A lock drops any answer still on its way.
        m_statisticsLoading = m_statisticsStale = false;
        m_statistics = {};
        m_mostRequested.clear();
        if (m_statisticsLoaded) {
            m_statisticsLoaded = false;
            Q_EMIT statisticsChanged();
        }
        return;
    }
    if (m_statisticsLoading) {
        m_statisticsStale = true;
        return;
    }
    struct Figures
    {
        ToolStatistics statistics;
        QStringList mostRequested;
        double utilisation = 0;
    };
    auto figures = std::make_shared<Figures>();
    const QDate day = today();
    // Counting every loan takes a while in a large library: on the worker.
    m_statisticsLoading = m_ledger->runInBackground(
        this,
        [figures, day](Database &db) -> Status {
            auto statistics = tools::statistics(db);
            if (!statistics)
                return statistics.error();
            figures->statistics = *statistics;
            auto used = tools::utilisation(db, day.addDays(-364), day);
            if (!used)
                return used.error();
            figures->utilisation = *used;
            for (qsizetype i = 0; i < std::min<qsizetype>(3, statistics->mostRequested.size()); ++i) {
                const QString tag = statistics->mostRequested.at(i).first;
                auto item = tools::itemByTag(db, tag);
                figures->mostRequested.append(item ? tr("%1 (%2)").arg(item->name, tag) : tag);
            }
            return {};
        },
        [this, figures](const Status &status) {
            m_statisticsLoading = false;
            if (status) {
                m_statistics = figures->statistics;
                m_mostRequested = figures->mostRequested;
                m_utilisation = figures->utilisation;
                m_statisticsLoaded = true;
                Q_EMIT statisticsChanged();
            } else {
                qWarning("Reading the tool library's statistics failed: %s", qPrintable(status.error().message));
            }
            if (m_statisticsStale) {
                m_statisticsStale = false;
                loadStatistics();
            }
        });
}

QString CatalogueController::utilisationText() const
{
    return tr("%1 %").arg(QLocale().toString(m_utilisation, 'f', 1));
}

QVariantMap CatalogueController::itemFields(const QString &assetTag) const
{
    NewToolItem fields;
    fields.createdOn = today();
    QStringList kit;
    if (Database *db = database(); db && !assetTag.trimmed().isEmpty()) {
        if (auto item = tools::itemByTag(*db, assetTag))
            fields = tools::fieldsOf(*item);
        if (auto components = tools::components(*db, assetTag))
            kit = *components;
    }
    // A new item's amounts stay empty (zero), so that typing needs no deleting first.
    const auto amount
        = [&](std::int64_t minor) { return minor == 0 && fields.assetTag.isEmpty() ? QString() : formatMoney(minor); };
    return {
        { fieldKey(ToolItemField::AssetTag), fields.assetTag },
        { fieldKey(ToolItemField::Name), fields.name },
        { fieldKey(ToolItemField::Category), fields.category },
        { fieldKey(ToolItemField::Description), fields.description },
        { fieldKey(ToolItemField::Condition), ToolItem::conditionName(fields.condition) },
        { fieldKey(ToolItemField::Location), fields.location },
        { fieldKey(ToolItemField::ReplacementValue), amount(fields.replacementValue) },
        { fieldKey(ToolItemField::Deposit), amount(fields.deposit) },
        { fieldKey(ToolItemField::LoanDays), fields.loanDays },
        { fieldKey(ToolItemField::LateFeePerDay), amount(fields.lateFeePerDay) },
        { fieldKey(ToolItemField::SafetyNotes), fields.safetyNotes },
        { fieldKey(ToolItemField::NeedsTraining), fields.needsTraining },
        { fieldKey(ToolItemField::MaintenanceEveryLoans), fields.maintenanceEveryLoans },
        { fieldKey(ToolItemField::MaintenanceEveryDays), fields.maintenanceEveryDays },
        { fieldKey(ToolItemField::CreatedOn), formatDate(fields.createdOn) },
        // A kit's components, one per line.
        { QStringLiteral("components"), kit.join(QLatin1Char('\n')) },
        // A member's own tool: their number; 0 the library's own.
        { QStringLiteral("owner"), qint64(fields.ownerNumber) },
    };
}

bool CatalogueController::refuse(const QString &operation, const QString &message)
{
    Q_EMIT operationFinished(operation, false, message, QString());
    return false;
}

void CatalogueController::setFieldErrors(const QVariantMap &errors)
{
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    Q_EMIT fieldErrorsChanged();
}

void CatalogueController::clearFieldErrors()
{
    setFieldErrors({});
}

void CatalogueController::finishChange(const QString &operation, const QString &message, const QString &assetTag)
{
    refresh();
    Q_EMIT operationFinished(operation, true, message, assetTag);
}

bool CatalogueController::saveItem(const QString &originalTag, const QVariantMap &form)
{
    const bool adding = originalTag.trimmed().isEmpty();
    const QString operation = adding ? QStringLiteral("addToolItem") : QStringLiteral("editToolItem");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (m_ledger->sessionWorking())
        return refuse(operation, tr("The vault is busy with another operation. Wait for it to finish."));

    QVariantMap errors;
    const auto text = [&](ToolItemField field) { return form.value(fieldKey(field)).toString(); };
    const auto amount = [&](ToolItemField field, const QString &label) -> std::int64_t {
        const QString typed = text(field).trimmed();
        if (typed.isEmpty())
            return 0;
        const auto parsed = Money::parse(typed, QLocale());
        if (!parsed) {
            errors.insert(fieldKey(field), tr("%1: %2").arg(label, parsed.error().message));
            return 0;
        }
        return parsed->minor();
    };
    const auto whole = [&](ToolItemField field, const QString &label) -> int {
        bool ok = false;
        const int value = form.value(fieldKey(field)).toInt(&ok);
        if (!ok)
            errors.insert(fieldKey(field), tr("%1: type a whole number.").arg(label));
        return value;
    };
    NewToolItem item;
    item.assetTag = text(ToolItemField::AssetTag);
    item.name = text(ToolItemField::Name);
    item.category = text(ToolItemField::Category);
    item.description = text(ToolItemField::Description);
    if (const auto condition = ToolItem::conditionFromName(text(ToolItemField::Condition)))
        item.condition = *condition;
    else
        errors.insert(fieldKey(ToolItemField::Condition), tr("Choose the condition the item is in."));
    item.location = text(ToolItemField::Location);
    item.replacementValue = amount(ToolItemField::ReplacementValue, tr("Replacement value"));
    item.deposit = amount(ToolItemField::Deposit, tr("Deposit"));
    item.loanDays = whole(ToolItemField::LoanDays, tr("Loan period"));
    item.lateFeePerDay = amount(ToolItemField::LateFeePerDay, tr("Late fee per day"));
    item.safetyNotes = text(ToolItemField::SafetyNotes);
    item.needsTraining = form.value(fieldKey(ToolItemField::NeedsTraining)).toBool();
    item.maintenanceEveryLoans = whole(ToolItemField::MaintenanceEveryLoans, tr("Maintenance every … loans"));
    item.maintenanceEveryDays = whole(ToolItemField::MaintenanceEveryDays, tr("Maintenance every … days"));
    item.ownerNumber = std::max<qint64>(0, form.value(QStringLiteral("owner")).toLongLong());
    const QString addedOn = text(ToolItemField::CreatedOn).trimmed();
    item.createdOn = addedOn.isEmpty() && adding ? today() : m_ledger->parseDate(addedOn);
    if (!item.createdOn.isValid())
        errors.insert(
            fieldKey(ToolItemField::CreatedOn), tr("Added on: type a date %1.").arg(m_ledger->dateFormatHint()));

    auto problems = tools::itemProblems(*db, item, originalTag);
    if (!problems)
        return refuse(operation, problems.error().message);
    for (const ToolItemProblem &problem : std::as_const(*problems)) {
        // A field whose text could not be read has said so already.
        if (!errors.contains(fieldKey(problem.field)))
            errors.insert(fieldKey(problem.field), problem.message);
    }
    setFieldErrors(errors);
    if (!errors.isEmpty())
        return refuse(operation,
            errors.size() == 1
                ? errors.first().toString()
                : tr("%n fields need a look; each says what is wrong under it.", nullptr, int(errors.size())));

    item.components = form.value(QStringLiteral("components")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The item and its components are saved together or not at all.
    Transaction tx(*db);
    if (!tx.began())
        return refuse(operation, tx.began().error().message);
    auto saved = adding ? tools::addItem(*db, item, m_ledger->now())
                        : tools::updateItem(*db, originalTag, item, m_ledger->now());
    if (!saved)
        return refuse(operation, saved.error().message);
    if (!adding) {
        auto before = tools::components(*db, saved->assetTag);
        if (!before)
            return refuse(operation, before.error().message);
        QStringList wanted;
        for (const QString &name : std::as_const(item.components))
            if (!name.simplified().isEmpty())
                wanted.append(name.simplified());
        if (wanted != *before) {
            if (auto s = tools::setComponents(*db, saved->assetTag, wanted, m_ledger->now()); !s)
                return refuse(operation, s.error().message);
        }
    }
    if (auto s = tx.commit(); !s)
        return refuse(operation, s.error().message);
    finishChange(operation,
        adding ? tr("%1 (%2) is in the catalogue.").arg(saved->name, saved->assetTag)
               : tr("%1 (%2) is saved.").arg(saved->name, saved->assetTag),
        saved->assetTag);
    return true;
}

bool CatalogueController::placeHold(const QString &assetTag, qint64 memberNumber)
{
    const QString operation = QStringLiteral("placeHold");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (memberNumber <= 0)
        return refuse(operation, tr("Choose the member who waits for the item."));
    auto hold = tools::placeHold(*db, assetTag, memberNumber, m_ledger->now());
    if (!hold)
        return refuse(operation, hold.error().message);
    auto queue = tools::holdQueue(*db, hold->assetTag);
    const int position = queue ? int(queue->size()) : 0;
    finishChange(operation,
        tr("%1 (member %2) is number %3 in the queue for %4.")
            .arg(hold->memberName)
            .arg(hold->memberNumber)
            .arg(position)
            .arg(hold->assetTag),
        hold->assetTag);
    return true;
}

bool CatalogueController::openMaintenance(const QString &assetTag, const QString &reason)
{
    const QString operation = QStringLiteral("openMaintenance");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (reason.trimmed().isEmpty())
        return refuse(operation, tr("Say what needs doing; the maintenance record keeps it."));
    auto record = tools::openMaintenance(*db, assetTag, today(), reason, m_ledger->now());
    if (!record)
        return refuse(operation, record.error().message);
    finishChange(operation,
        tr("%1 is under maintenance from today and is not lent until the record is closed.").arg(record->assetTag),
        record->assetTag);
    return true;
}

bool CatalogueController::reserve(const QString &assetTag, qint64 memberNumber, const QString &from, const QString &to, const QString &note)
{
    const QString operation = QStringLiteral("reserve");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (memberNumber <= 0)
        return refuse(operation, tr("Choose the member the item is booked for."));
    const auto day = [this](const QString &text) {
        const QDate iso = QDate::fromString(text.trimmed(), Qt::ISODate);
        return iso.isValid() ? iso : m_ledger->parseDate(text.trimmed());
    };
    const QDate first = day(from);
    const QDate last = day(to);
    if (!first.isValid())
        return refuse(operation, tr("“%1” is not a day; write it like %2.").arg(from, formatDate(today())));
    if (!last.isValid())
        return refuse(operation, tr("“%1” is not a day; write it like %2.").arg(to, formatDate(today())));
    auto booked = tools::reserve(*db, assetTag, memberNumber, first, last, note, today(), m_ledger->now());
    if (!booked)
        return refuse(operation, booked.error().message);
    finishChange(operation,
                 tr("%1 is booked for %2 (member %3) from %4 to %5.")
                     .arg(booked->assetTag, booked->memberName)
                     .arg(booked->memberNumber)
                     .arg(formatDate(booked->from), formatDate(booked->to)),
                 booked->assetTag);
    return true;
}

bool CatalogueController::cancelReservation(const QString &assetTag, qint64 reservationId)
{
    const QString operation = QStringLiteral("cancelReservation");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (auto s = tools::cancelReservation(*db, reservationId, tr("Cancelled from the catalogue"), m_ledger->now()); !s)
        return refuse(operation, s.error().message);
    finishChange(operation, tr("The booking is cancelled."), assetTag);
    return true;
}

QVariantList CatalogueController::reservations(const QString &assetTag) const
{
    QVariantList list;
    Database *db = database();
    if (!db || assetTag.isEmpty())
        return list;
    auto booked = tools::reservations(*db, assetTag);
    if (!booked)
        return list;
    for (const ToolReservation &r : std::as_const(*booked)) {
        const QString who = tr("%1 (member %2)").arg(r.memberName).arg(r.memberNumber);
        list.append(QVariantMap{{QStringLiteral("id"), qint64(r.id)},
                                {QStringLiteral("memberLabel"), who},
                                {QStringLiteral("fromText"), formatDate(r.from)},
                                {QStringLiteral("toText"), formatDate(r.to)},
                                {QStringLiteral("note"), r.note},
                                {QStringLiteral("text"), tr("%1 to %2: %3").arg(formatDate(r.from), formatDate(r.to), who)}});
    }
    return list;
}

bool CatalogueController::setPhotoFromFile(const QString &assetTag, const QUrl &file)
{
    const QString operation = QStringLiteral("photo");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    QString error;
    const QByteArray bytes = photoForVault(file.isLocalFile() ? file.toLocalFile() : file.toString(), &error);
    if (bytes.isEmpty())
        return refuse(operation, error);
    if (auto s = tools::setPhoto(*db, assetTag, {bytes, QStringLiteral("image/jpeg")}, m_ledger->now()); !s)
        return refuse(operation, s.error().message);
    ++m_photoRevision;
    Q_EMIT photoRevisionChanged();
    Q_EMIT operationFinished(operation, true, tr("The photo of %1 is kept in the vault.").arg(assetTag), assetTag);
    return true;
}

bool CatalogueController::removePhoto(const QString &assetTag)
{
    const QString operation = QStringLiteral("photo");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    if (auto s = tools::removePhoto(*db, assetTag, m_ledger->now()); !s)
        return refuse(operation, s.error().message);
    ++m_photoRevision;
    Q_EMIT photoRevisionChanged();
    Q_EMIT operationFinished(operation, true, tr("The photo of %1 is removed.").arg(assetTag), assetTag);
    return true;
}

bool CatalogueController::hasPhoto(const QString &assetTag) const
{
    Database *db = database();
    if (!db || assetTag.isEmpty())
        return false;
    auto stored = tools::hasPhoto(*db, assetTag);
    return stored && *stored;
}

QUrl CatalogueController::photoUrl(const QString &assetTag) const
{
    if (!hasPhoto(assetTag))
        return {};
    return QUrl(QStringLiteral("image://toolphoto/%1?%2").arg(QString::fromUtf8(QUrl::toPercentEncoding(assetTag))).arg(m_photoRevision));
}

} // namespace mycelium
