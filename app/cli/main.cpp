// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mycelium-cli: the scriptable face of mycelium-core. Commands live in
// clicommands.cpp, argument parsing in cliarguments.cpp.
#include "clicommands.h"
#include "security/sodium.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Before anything can hold a secret.
    mycelium::disableCoreDumps();

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (mycelium::cli::needsFonts(arguments)) {
        // Text in a PDF needs the font database of Qt Gui, and so a
        // QGuiApplication; a file needs no screen, so none is asked for,
        // whatever display the session has.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // While it starts, Qt Gui also looks for a Wayland socket and warns
        // when XDG_RUNTIME_DIR is unset, which says nothing about a PDF;
        // standard error keeps to the command's own messages.
        static QtMessageHandler qtHandler = nullptr;
        qtHandler = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                qtHandler(type, context, message);
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(qtHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Mycelium"));
    QCoreApplication::setApplicationName(QStringLiteral("mycelium"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYCELIUM_VERSION));
    mycelium::installTranslations(*app);

    return mycelium::cli::run(QCoreApplication::arguments().mid(1));
}
