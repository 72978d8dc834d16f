// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/maintenancecontroller.h"
#include "ledger/ledgerbinding.h"

#include "ledger/money.h"
#include "tools/desk.h"
#include "tools/deskformat.h"
#include "tools/tools.h"

#include <QLocale>

namespace mycelium {

namespace {
// "Drill (DR-001)" for an outcome message; the tag alone if the item cannot be read.
QString labelOf(Database &db, const QString &assetTag)
{
    auto item = tools::itemByTag(db, assetTag);
    return item ? deskformat::item(item->name, item->assetTag) : assetTag;
}
} // namespace

MaintenanceController::MaintenanceController(QObject *parent)
    : QObject(parent)
{
}

void MaintenanceController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
        connect(controller, &LedgerController::readyChanged, this, [this] {
            clearError();
            succeed({}, {});
        });
    }))
        return;
    Q_EMIT ledgerChanged();
}

bool MaintenanceController::refuse(const QString &message)
{
    if (message != m_error) {
        m_error = message;
        Q_EMIT errorChanged();
    }
    return false;
}

void MaintenanceController::succeed(const QString &message, const QString &assetTag)
{
    clearError();
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
    if (!assetTag.isEmpty())
        Q_EMIT changed(assetTag);
}

void MaintenanceController::clearError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    Q_EMIT errorChanged();
}

bool MaintenanceController::recordWork(const QString &assetTag, const QString &dateText, const QString &workDone, const QString &costText,
                                       const QString &doneBy, const QString &reason)
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(tr("The vault is locked."));
    const QDate date = m_ledger->parseDate(dateText);
    if (!date.isValid())
        return refuse(dateText.trimmed().isEmpty() ? tr("Give the date of the work, %1.").arg(m_ledger->dateFormatHint())
                                                   : tr("The date of the work, “%1”, is not a date; type it %2.")
                                                         .arg(dateText.trimmed(), m_ledger->dateFormatHint()));
    if (date > m_ledger->today())
        return refuse(tr("The date of the work, %1, is after today.").arg(deskformat::day(date)));
    std::int64_t cost = 0;
    if (!costText.trimmed().isEmpty()) {
        const auto parsed = Money::parse(costText, QLocale());
        if (!parsed)
            return refuse(tr("The cost, “%1”: %2").arg(costText.trimmed(), parsed.error().message));
        cost = parsed->minor();
    }
    auto record = desk::recordMaintenance(*db, assetTag, date, workDone, cost, doneBy, reason, m_ledger->now());
    if (!record)
        return refuse(record.error().message);
    succeed(tr("Maintenance of %1 recorded; it can be lent again.").arg(labelOf(*db, record->assetTag)), record->assetTag);
    return true;
}

bool MaintenanceController::openRecord(const QString &assetTag, const QString &reason)
{
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(tr("The vault is locked."));
    if (assetTag.trimmed().isEmpty())
        return refuse(tr("Type the asset tag of the item that needs maintenance."));
    auto record = tools::openMaintenance(*db, assetTag, m_ledger->today(), reason, m_ledger->now());
    if (!record)
        return refuse(record.error().message);
    succeed(tr("%1 is under maintenance and is not lent until the work is recorded.").arg(labelOf(*db, record->assetTag)), record->assetTag);
    return true;
}

} // namespace mycelium
