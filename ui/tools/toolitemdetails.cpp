// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolitemdetails.h"

#include "members/members.h"
#include "storage/database.h"
#include "tools/catalogue.h"
#include "tools/tools.h"

#include <QLocale>

namespace mycelium {

namespace {
QVariantMap fact(const QString &label, const QString &value)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } };
}
} // namespace

ToolItemDetails::ToolItemDetails(QObject *parent) : QObject(parent) { }

void ToolItemDetails::setCatalogue(CatalogueController *catalogue)
{
    if (!rebindCatalogue(this, m_catalogue, catalogue))
        return;
    reload();
    Q_EMIT catalogueChanged();
}

void ToolItemDetails::setAssetTag(const QString &tag)
{
    if (tag == m_assetTag)
        return;
    m_assetTag = tag;
    reload();
    Q_EMIT assetTagChanged();
}

void ToolItemDetails::reload()
{
    m_exists = false;
    m_error.clear();
    m_name.clear();
    m_state.clear();
    m_stateText.clear();
    m_stateDetail.clear();
    m_overdue = m_lendable = m_underMaintenance = false;
    m_availabilityText.clear();
    m_loanText.clear();
    m_facts.clear();
    m_figures.clear();
    Database *db = m_catalogue ? m_catalogue->database() : nullptr;
    if (db && !m_assetTag.trimmed().isEmpty())
        m_exists = load(*db);
    Q_EMIT changed();
}

bool ToolItemDetails::load(Database &db)
{
    const QDate today = m_catalogue->today();
    auto item = tools::itemByTag(db, m_assetTag);
    auto entry = item ? tools::catalogueEntry(db, item->assetTag, today) : Result<CatalogueEntry>(item.error());
    auto availability = item ? tools::availability(db, item->assetTag, today) : Result<Availability>(item.error());
    auto loan = item ? tools::openLoan(db, item->assetTag) : Result<std::optional<ToolLoan>>(item.error());
    auto log = item ? tools::maintenanceLog(db, item->assetTag) : Result<QList<MaintenanceRecord>>(item.error());
    auto stats = item ? tools::itemStatistics(db, item->assetTag, today) : Result<ToolItemStatistics>(item.error());
    for (const Error *failed : { item ? nullptr : &item.error(), entry ? nullptr : &entry.error(),
             availability ? nullptr : &availability.error(), loan ? nullptr : &loan.error(),
             log ? nullptr : &log.error(), stats ? nullptr : &stats.error() }) {
        if (failed) {
            m_error = failed->message;
            return false;
        }
    }
    const CatalogueController &c = *m_catalogue;
    const QLocale locale;
    m_name = item->name;
    m_state = CatalogueEntry::stateName(entry->state);
    m_overdue = entry->state == CatalogueEntry::State::OnLoan && entry->dueOn < today;
    m_stateText = m_overdue ? CatalogueController::tr("Overdue")
                            : CatalogueController::stateText(entry->state, entry->maintenanceDue);
    m_stateDetail = c.stateDetail(*entry);
    m_lendable = availability->lendable;
    if (!m_lendable)
        m_availabilityText = availability->reason;
    else if (entry->state == CatalogueEntry::State::Held)
        m_availabilityText = tr("Held for %1 (member %2), first in the queue; only they can borrow it now.")
                                 .arg(entry->memberName)
                                 .arg(entry->memberNumber);
    else
        m_availabilityText = tr("In, and can be lent today.");
    if (*loan) {
        const ToolLoan &l = **loan;
        m_loanText = tr("%1 (member %2) since %3, due %4")
                         .arg(l.memberName)
                         .arg(l.memberNumber)
                         .arg(c.formatDate(l.outOn), c.formatDate(l.dueOn));
        if (m_overdue)
            m_loanText += tr(": %n days late", nullptr, int(l.dueOn.daysTo(today)));
    }
    m_underMaintenance
        = std::any_of(log->cbegin(), log->cend(), [](const MaintenanceRecord &r) { return !r.closedOn.isValid(); });

    const auto orNone = [](const QString &text, const QString &none) { return text.isEmpty() ? none : text; };
    m_facts.append(fact(tr("Asset tag"), item->assetTag));
    m_facts.append(fact(tr("Category"), orNone(item->category, tr("(none)"))));
    m_facts.append(fact(tr("Condition"), CatalogueController::conditionText(item->condition)));
    m_facts.append(fact(tr("Location"), orNone(item->location, tr("(not recorded)"))));
    // A member's own tool feeds their credit line.
    if (item->ownerNumber > 0) {
        auto owner = members::byNumber(db, item->ownerNumber);
        m_facts.append(fact(tr("Owner"),
            owner ? tr("%1 (%2), lent through the library").arg(owner->name).arg(owner->number) : tr("Member %1").arg(item->ownerNumber)));
    } else {
        m_facts.append(fact(tr("Owner"), tr("The library")));
    }
    m_facts.append(fact(tr("Replacement value"), c.formatMoney(item->replacementValue)));
    m_facts.append(fact(tr("Deposit"), c.formatMoney(item->deposit)));
    m_facts.append(fact(tr("Loan period"), tr("%n days", nullptr, item->loanDays)));
    m_facts.append(fact(tr("Late fee"), tr("%1 a day").arg(c.formatMoney(item->lateFeePerDay))));
    m_facts.append(fact(tr("Training"),
        item->needsTraining ? tr("Borrowers need a sign-off for %1").arg(orNone(item->category, item->name))
                            : tr("Not needed")));
    QStringList intervals;
    if (item->maintenanceEveryLoans > 0)
        intervals.append(tr("every %n loans", nullptr, item->maintenanceEveryLoans));
    if (item->maintenanceEveryDays > 0)
        intervals.append(tr("every %n days", nullptr, item->maintenanceEveryDays));
    m_facts.append(fact(tr("Maintenance"), intervals.isEmpty() ? tr("When it needs it") : intervals.join(tr(" or "))));
    m_facts.append(fact(tr("Added on"), c.formatDate(item->createdOn)));
    if (!item->description.isEmpty())
        m_facts.append(fact(tr("Description"), item->description));
    if (!item->safetyNotes.isEmpty())
        m_facts.append(fact(tr("Safety notes"), item->safetyNotes));

    m_figures.append(fact(tr("Loans"), locale.toString(stats->loans)));
    m_figures.append(fact(tr("Avoided spending"), c.formatMoney(stats->avoidedSpending)));
    m_figures.append(fact(tr("Days on loan"),
        stats->daysInCatalogue > 0
            ? tr("%1 of %2 days in the library (%3 %)")
                  .arg(locale.toString(stats->daysOnLoan), locale.toString(stats->daysInCatalogue),
                      locale.toString(100 * stats->daysOnLoan / stats->daysInCatalogue))
            : locale.toString(stats->daysOnLoan)));
    m_figures.append(fact(tr("Returned late"), locale.toString(stats->lateReturns)));
    m_figures.append(fact(tr("Waiting"), locale.toString(stats->waiting)));
    return true;
}

} // namespace mycelium
