// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop program: the one place where the
// services are created and wired together.
#include "common/clock.h"
#include "common/memory.h"
#include "ledger/ledgercontroller.h"
#include "security/keychain.h"
#include "security/sodium.h"
#include "translations.h"
#include "selftest.h"
#include "session/useractivityfilter.h"
#include "session/vaultcontroller.h"
#include "session/vaultsession.h"
#include "vault/vaultpaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <atomic>
#include <cstdio>

// The QML modules are static libraries; these pull their plugins in.
Q_IMPORT_QML_PLUGIN(MyceliumPlugin)
Q_IMPORT_QML_PLUGIN(Mycelium_UiPlugin)

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    mycelium::disableCoreDumps();

    // Fusion draws with the platform palette, so light and dark follow the
    // system; QT_QUICK_CONTROLS_STYLE still wins when set.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // QApplication rather than QGuiApplication: Qt Charts needs it.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mycelium"));
    QApplication::setApplicationName(QStringLiteral("mycelium"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mycelium"));
    QApplication::setApplicationVersion(QStringLiteral(MYCELIUM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mycelium.Mycelium"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.mycelium.Mycelium")));
    mycelium::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Keeps a community economy's books in an encrypted vault."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QApplication::translate("main", "The vault to open or create."),
                                         QApplication::translate("main", "path"), mycelium::VaultPaths::defaultVaultPath());
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QApplication::translate("main", "Load every QML file, report errors and quit; opens no vault."));
    const QCommandLineOption firstFrameOption(QStringLiteral("first-frame-time"),
                                              QApplication::translate("main", "Print the milliseconds until the first frame is shown, then quit."));
    parser.addOptions({vaultOption, selfTestOption, firstFrameOption});
    parser.process(app);
    const bool selfTest = parser.isSet(selfTestOption);

    mycelium::SystemClock clock;
    mycelium::Keychain keychain;
    mycelium::VaultSession session(clock, &keychain);
    // The self-test must never touch a real vault.
    QTemporaryDir selfTestDir;
    session.setVaultPath(selfTest ? selfTestDir.filePath(QStringLiteral("self-test.vault"))
                                  : QFileInfo(parser.value(vaultOption)).absoluteFilePath());

    mycelium::VaultController controller(&session);
    mycelium::VaultController::setInstance(&controller);
    mycelium::LedgerController ledger(&session, clock);
    mycelium::LedgerController::setInstance(&ledger);
    mycelium::UserActivityFilter activityFilter(session.idleLock());
    app.installEventFilter(&activityFilter);

    QQmlApplicationEngine engine;
    // Qt 6.4 puts module resources under "/" and does not search there.
    engine.addImportPath(QStringLiteral("qrc:/"));
    if (selfTest)
        return mycelium::runQmlSelfTest(engine);

    // Find (and claim) the vault before the first frame, so that the first
    // screen shown is the right one.
    session.start();
    engine.load(QUrl(QStringLiteral("qrc:/Mycelium/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(firstFrameOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return 1;
        // frameSwapped comes from the render thread: measure there, print here.
        auto measured = std::make_shared<std::atomic<qint64>>(-1);
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [measured, &sinceStart, &app] {
                qint64 expected = -1;
                if (!measured->compare_exchange_strong(expected, sinceStart.elapsed()))
                    return;
                QMetaObject::invokeMethod(
                    &app,
                    [measured] {
                        std::printf("first-frame-ms %lld\n", static_cast<long long>(measured->load()));
                        std::fflush(stdout);
                        QCoreApplication::quit();
                    },
                    Qt::QueuedConnection);
            },
            Qt::DirectConnection);
    }
    // Building screens, reading pages of a million trades and the workers'
    // connections free tens of MiB that glibc would keep at its peak for
    // the whole session; every few seconds it goes back to the system.
    QTimer memoryTrim;
    QObject::connect(&memoryTrim, &QTimer::timeout, [] { mycelium::releaseFreedMemory(); });
    memoryTrim.start(std::chrono::seconds(5));
    return app.exec();
}
