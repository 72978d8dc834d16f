// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mycelium-cli: the scriptable face of mycelium-core. Commands live in
// clicommands.cpp, argument parsing in cliarguments.cpp.
#include "clicommands.h"
#include "security/sodium.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before anything can hold a secret.
    mycelium::disableCoreDumps();

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mycelium"));
    QCoreApplication::setApplicationName(QStringLiteral("mycelium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYCELIUM_VERSION));
    mycelium::installTranslations(app);

    return mycelium::cli::run(QCoreApplication::arguments().mid(1));
}
