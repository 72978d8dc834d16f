// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/deskformat.h"

#include "ledger/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace mycelium::deskformat {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::DeskFormat", text);
}
} // namespace

QString day(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString money(std::int64_t minor)
{
    return Money::fromMinor(minor).toString(QLocale());
}

QString item(const QString &name, const QString &assetTag)
{
    return tr("%1 (%2)").arg(name, assetTag);
}

QString member(const QString &name, std::int64_t number)
{
    return tr("%1 (%2)").arg(name).arg(number);
}

QString condition(ToolItem::Condition condition)
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

QString daysLate(int days)
{
    return days == 1 ? tr("1 day late") : tr("%1 days late").arg(days);
}

} // namespace mycelium::deskformat
