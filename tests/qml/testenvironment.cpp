// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testenvironment.h"

#include "session/useractivityfilter.h"
#include "session/vaultcontroller.h"
#include "session/vaultsession.h"

#include <QCoreApplication>
#include <QSettings>

namespace mycelium {

TestEnvironment::TestEnvironment(QObject *parent)
    : QObject(parent)
{
    m_keychain.setService(QStringLiteral("Mycelium test %1").arg(QCoreApplication::applicationPid()));
    reset();
}

TestEnvironment::~TestEnvironment()
{
    if (m_activityFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    m_otherProgramsClaim.reset();
    m_controller.reset();
    m_session.reset();
}

void TestEnvironment::isolateSettings(const QString &folder)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mycelium test %1").arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(QStringLiteral("mycelium-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
}

void TestEnvironment::reset()
{
    if (m_activityFilter)
        QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    m_activityFilter.reset();
    m_otherProgramsClaim.reset();
    if (VaultController::instance() == m_controller.get())
        VaultController::setInstance(nullptr);
    m_controller.reset();
    m_session.reset();

    m_folder = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<VaultSession>(m_clock, &m_keychain);
    m_session->setKdfParams(KdfParams::fastForTests());
    m_session->setVaultPath(m_folder->filePath(QStringLiteral("community.vault")));
    m_controller = std::make_unique<VaultController>(m_session.get());
    VaultController::setInstance(m_controller.get());
    m_activityFilter = std::make_unique<UserActivityFilter>(m_session->idleLock());
    QCoreApplication::instance()->installEventFilter(m_activityFilter.get());
    Q_EMIT vaultPathChanged();
}

QString TestEnvironment::vaultPath() const
{
    return m_session->vaultPath();
}

void TestEnvironment::freshVault()
{
    m_otherProgramsClaim.reset();
    // Moving the session away lets go of the old vault's lock file before
    // its folder is removed.
    auto folder = std::make_unique<QTemporaryDir>();
    m_session->setVaultPath(folder->filePath(QStringLiteral("community.vault")));
    m_folder = std::move(folder);
    // A test may have shortened the idle timeout; start from the setting.
    m_session->idleLock()->setTimeout(m_controller->idleMinutes() * 60 * 1000);
    m_session->start();
    Q_EMIT vaultPathChanged();
}

bool TestEnvironment::createVault(const QString &communityName, const QString &passphrase)
{
    freshVault();
    {
        auto created = Vault::create(vaultPath(), communityName, passphrase, m_clock, KdfParams::fastForTests());
        if (!created) {
            qWarning("createVault: %s", qPrintable(created.error().message));
            return false;
        }
    } // closed and unlocked again here, as after quitting the program
    m_session->start();
    return m_session->state() == VaultSession::State::Locked;
}

bool TestEnvironment::holdVaultElsewhere()
{
    m_session->lock();
    // The session keeps its claim while locked; let go of it first, as a
    // program that was closed would.
    m_session->setVaultPath(QString());
    m_session->setVaultPath(m_folder->filePath(QStringLiteral("community.vault")));
    auto claim = Vault::claim(vaultPath());
    if (!claim) {
        qWarning("holdVaultElsewhere: %s", qPrintable(claim.error().message));
        return false;
    }
    m_otherProgramsClaim = std::move(*claim);
    return true;
}

void TestEnvironment::releaseVault()
{
    m_otherProgramsClaim.reset();
}

} // namespace mycelium
