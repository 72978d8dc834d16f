// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/tools.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace mycelium::deskformat {

// How the tool library screens write things, so that the desk, the overdue
// list and the maintenance list say them alike.

// "28 Nov 2026": a day a borrower reads at a glance, in the locale's month names.
QString day(QDate date);
QString money(std::int64_t minor);
// "Drill (DR-001)"
QString item(const QString &name, const QString &assetTag);
// "Ana Lima (12)"
QString member(const QString &name, std::int64_t number);
// "Good", "Needs repair", …
QString condition(ToolItem::Condition condition);
// "1 day late", "3 days late"
QString daysLate(int days);

} // namespace mycelium::deskformat
