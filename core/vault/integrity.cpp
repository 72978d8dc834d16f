// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/integrity.h"
#include "commons/commons.h"
#include "commons/ecobalance.h"
#include "community/communityprofile.h"
#include "ledger/ledger.h"
#include "skills/skills.h"
#include "tools/tools.h"
#include "trust/trust.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCoreApplication>

namespace mycelium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::integrity", text);
}

QList<IntegrityProblem> sqliteIntegrity(Database &db)
{
    QList<IntegrityProblem> problems;
    auto stmt = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!stmt)
        return {{QStringLiteral("sqlite.integrity"), stmt.error().message}};
    while (stmt->next()) {
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok"))
            problems.append({QStringLiteral("sqlite.integrity"), line});
    }
    if (stmt->error())
        problems.append({QStringLiteral("sqlite.integrity"), stmt->error()->message});
    return problems;
}

QList<IntegrityProblem> foreignKeys(Database &db)
{
    QList<IntegrityProblem> problems;
    auto stmt = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!stmt)
        return {{QStringLiteral("sqlite.foreign_keys"), stmt.error().message}};
    while (stmt->next())
        problems.append({QStringLiteral("sqlite.foreign_keys"),
                         tr("Row %1 of table %2 points at a missing row of %3.").arg(stmt->int64(1)).arg(stmt->text(0), stmt->text(2))});
    return problems;
}

QList<IntegrityProblem> schemaVersion(Database &db)
{
    const int version = db.userVersion();
    if (version == latestSchemaVersion())
        return {};
    return {{QStringLiteral("schema.version"), tr("Schema version is %1, expected %2.").arg(version).arg(latestSchemaVersion())}};
}

QList<IntegrityProblem> communityProfile(Database &db)
{
    const auto profile = loadCommunityProfile(db);
    if (!profile)
        return {{QStringLiteral("community.profile"), profile.error().message}};
    if (!profile->createdOn.isValid())
        return {{QStringLiteral("community.profile"), tr("The community's creation date is not a valid date.")}};
    return {};
}

} // namespace

const QList<IntegrityCheck> &integrityChecks()
{
    static const QList<IntegrityCheck> checks = {
        {QStringLiteral("sqlite.integrity"), tr("The database file is structurally sound"), sqliteIntegrity},
        {QStringLiteral("sqlite.foreign_keys"), tr("Every reference points at an existing record"), foreignKeys},
        {QStringLiteral("schema.version"), tr("The schema is at the version this program writes"), schemaVersion},
        {QStringLiteral("community.profile"), tr("The community profile is present and valid"), communityProfile},
        {QStringLiteral("ledger.zero_sum"), tr("All balances, the commons fund included, sum to zero"), ledger::checkZeroSum},
        {QStringLiteral("ledger.journal"), tr("The journal's hash chain is intact and every trade matches its entry"), ledger::checkJournal},
        {QStringLiteral("ledger.demurrage"), tr("Every demurrage charge follows the published rule"), ledger::checkDemurrage},
        {QStringLiteral("ledger.credit_holds"), tr("Every charged credit hold is paid by its trade"), ledger::checkCreditHolds},
        {QStringLiteral("tools.loans"), tr("Every loan agrees with its deposit and its late fee"), tools::checkLoans},
        {QStringLiteral("commons.records"), tr("Every extraction and regeneration agrees with its trade and drawing rights"), commons::checkCommons},
        {QStringLiteral("commons.eco_settlements"), tr("Every ecological settlement's credits and fees match their trades"), ecobalance::checkSettlements},
        {QStringLiteral("trust.sanctions"), tr("Every member's sanction is the level of their latest sanction step"), trust::checkSanctions},
        {QStringLiteral("skills.sessions"), tr("Every completed session's trade is its receiver paying its provider its amount; every listing is in the search index"), skills::checkSessions},
    };
    return checks;
}

QList<IntegrityProblem> runIntegrityChecks(Database &db)
{
    QList<IntegrityProblem> problems;
    for (const IntegrityCheck &check : integrityChecks())
        problems += check.run(db);
    return problems;
}

QList<RecordCount> countRecords(Database &db)
{
    struct Counted {
        const char *key;
        const char *label;
        const char *sql;
    };
    // Domains add their tables here.
    static constexpr Counted counted[] = {
        {"members", QT_TRANSLATE_NOOP("mycelium::integrity", "Members"), "SELECT count(*) FROM member"},
        {"trades", QT_TRANSLATE_NOOP("mycelium::integrity", "Trades"), "SELECT count(*) FROM trade"},
        {"journal_entries", QT_TRANSLATE_NOOP("mycelium::integrity", "Journal entries"), "SELECT count(*) FROM journal"},
        {"security_events", QT_TRANSLATE_NOOP("mycelium::integrity", "Security events"), "SELECT count(*) FROM security_event"},
    };
    QList<RecordCount> counts;
    for (const Counted &c : counted) {
        const auto n = db.scalar(QString::fromUtf8(c.sql));
        counts.append({QString::fromUtf8(c.key), tr(c.label), n ? *n : -1});
    }
    return counts;
}

} // namespace mycelium
