// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace mycelium {

// Installs the translation for the system's languages, when one is built in
// (":/i18n/mycelium_<lang>.qm"); English needs none.
void installTranslations(QCoreApplication &app);

} // namespace mycelium
