// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>

namespace mycelium {

class Database;

struct IntegrityProblem {
    QString check; // short id of the check, e.g. "sqlite.integrity"
    QString message; // what is wrong, and where
};

// An invariant of the stored data. Each domain adds its own checks to the
// list in integrity.cpp (zero sum, hash chain, one loan per item, ...);
// `mycelium-cli verify` and the settings page run them all.
struct IntegrityCheck {
    QString id;
    QString description;
    std::function<QList<IntegrityProblem>(Database &)> run;
};

const QList<IntegrityCheck> &integrityChecks();
QList<IntegrityProblem> runIntegrityChecks(Database &db);

// What `info` counts: one line per kind of record a domain keeps.
struct RecordCount {
    QString key; // stable, for --json
    QString label; // for people
    std::int64_t count = 0;
};
QList<RecordCount> countRecords(Database &db);

} // namespace mycelium

#include <QMetaType>
Q_DECLARE_METATYPE(mycelium::IntegrityProblem)
