// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testvaults.h"

#include "security/keyfile.h"
#include "vault/vault.h"

namespace mycelium::test {

const QString TestVaults::kPassphrase = QStringLiteral("correct horse battery staple");

Result<std::unique_ptr<Vault>> TestVaults::create()
{
    if (!m_dir.isValid())
        return Error::make(ErrorCode::IoError, QStringLiteral("no temporary folder for test vaults"));
    return Vault::create(m_dir.filePath(QStringLiteral("t%1.vault").arg(++m_created)), QStringLiteral("Riverside"), kPassphrase, m_clock,
                         KdfParams::fastForTests());
}

} // namespace mycelium::test
