// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test suite of the window: tst_*.qml load the real Main.qml and
// drive it with the keyboard and the mouse.
#include "testenvironment.h"

#include <QApplication>
#include <QDir>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(MyceliumPlugin)
Q_IMPORT_QML_PLUGIN(Mycelium_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        m_settingsFolder = std::make_unique<QTemporaryDir>();
        mycelium::TestEnvironment::isolateSettings(m_settingsFolder->path());
        qmlRegisterSingletonType<mycelium::TestEnvironment>("Mycelium.Test", 1, 0, "TestVault", [this](QQmlEngine *, QJSEngine *) {
            QJSEngine::setObjectOwnership(m_environment.get(), QJSEngine::CppOwnership);
            return m_environment.get();
        });
    }

    // Called for every tst_*.qml file, each with a new engine: each file
    // starts with a new session on a vault path of its own.
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_environment)
            m_environment = std::make_unique<mycelium::TestEnvironment>();
        else
            m_environment->reset();
    }

    void cleanupTestCase() { m_environment.reset(); }

private:
    std::unique_ptr<QTemporaryDir> m_settingsFolder;
    std::unique_ptr<mycelium::TestEnvironment> m_environment;
};

// QUICK_TEST_MAIN_WITH_SETUP, but with a QApplication: the member page's
// balance chart is Qt Charts, which needs one.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml.moc"
