// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the trust source files; not part of their API.

#include "common/result.h"
#include "commons/commonssupport.h"
#include "members/members.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>

namespace mycelium::trust::detail {

using commons::detail::dateOf;
using commons::detail::iso;
using commons::detail::journaled;

inline QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::trust", text);
}

inline Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

// The ledger's commons fund account (member number 0).
inline constexpr std::int64_t kFundAccount = 1;

// A trade counts when it is not a reversal and no reversal dated up to the
// day undid it. `t` is the alias of the trade; binds nothing.
inline QString notReversedBy(const QString &t, const QString &dayParameter)
{
    return QStringLiteral("%1.reverses IS NULL AND NOT EXISTS (SELECT 1 FROM trade r WHERE r.reverses = %1.id AND r.trade_date <= %2)")
        .arg(t, dayParameter);
}

} // namespace mycelium::trust::detail
