// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/vaultcontroller.h"

#include "common/result.h"
#include "community/communityprofile.h"
#include "security/passphrasepolicy.h"
#include "session/vaultsession.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QJSEngine>
#include <QLocale>
#include <QSettings>

namespace mycelium {

namespace {
VaultController *s_instance = nullptr;

VaultController::Screen screenFor(VaultSession::State state, VaultController::Screen current)
{
    switch (state) {
    case VaultSession::State::NoVault:
        return VaultController::SetupScreen;
    case VaultSession::State::Locked:
        return VaultController::UnlockScreen;
    case VaultSession::State::Unlocked:
        return VaultController::MainScreen;
    case VaultSession::State::Failed:
        return VaultController::ErrorScreen;
    case VaultSession::State::Busy:
        // Creating stays on the wizard; unlocking (by hand or from the
        // keychain) on the unlock page.
        return current == VaultController::SetupScreen ? VaultController::SetupScreen : VaultController::UnlockScreen;
    }
    return current;
}
} // namespace

VaultController::VaultController(VaultSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    Q_ASSERT(session);
    m_screen = screenFor(session->state(), SetupScreen);
    m_lastVaultPath = session->vaultPath();
    m_idleMinutes = std::clamp(QSettings().value(kIdleMinutesKey, kDefaultIdleMinutes).toInt(), 0, kMaximumIdleMinutes);
    applyIdleTimeout();

    connect(session, &VaultSession::stateChanged, this, &VaultController::onSessionStateChanged);
    connect(session, &VaultSession::keychainNoticeChanged, this, &VaultController::keychainNoticeChanged);
    connect(session, &VaultSession::rememberChanged, this, &VaultController::rememberChanged);
    connect(session, &VaultSession::operationFinished, this, &VaultController::onSessionOperationFinished);
    connect(session, &VaultSession::verified, this, &VaultController::onSessionVerified);
    connect(session, &VaultSession::keychainPendingChanged, this, &VaultController::keychainPendingChanged);
    connect(session, &VaultSession::unlockFailed, this, [this](const Error &) {
        Q_EMIT unlockFailed(tr("That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again."));
    });
    if (session->state() == VaultSession::State::Unlocked)
        refreshInfo();
}

VaultController::~VaultController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void VaultController::setInstance(VaultController *controller)
{
    s_instance = controller;
}

VaultController *VaultController::instance()
{
    return s_instance;
}

VaultController *VaultController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "VaultController::create", "register the controller with setInstance() before loading QML");
    // The engine must never delete the application's controller.
    if (s_instance)
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

VaultController::State VaultController::state() const
{
    switch (m_session->state()) {
    case VaultSession::State::NoVault:
        return NoVault;
    case VaultSession::State::Locked:
        return Locked;
    case VaultSession::State::Busy:
        return Busy;
    case VaultSession::State::Unlocked:
        return Unlocked;
    case VaultSession::State::Failed:
        return Failed;
    }
    return Failed;
}

bool VaultController::busy() const
{
    return m_session->state() == VaultSession::State::Busy || !m_runningOperation.isEmpty();
}

QString VaultController::vaultPath() const
{
    return m_session->vaultPath();
}

void VaultController::onSessionStateChanged()
{
    m_screen = screenFor(m_session->state(), m_screen);
    if (m_session->state() == VaultSession::State::Unlocked) {
        refreshInfo();
    } else if (m_session->state() != VaultSession::State::Busy) {
        clearInfo();
    }
    if (m_session->vaultPath() != m_lastVaultPath) {
        m_lastVaultPath = m_session->vaultPath();
        Q_EMIT vaultPathChanged();
    }
    Q_EMIT stateChanged();
    Q_EMIT errorChanged();
    Q_EMIT rememberChanged();
    Q_EMIT busyChanged();
}

void VaultController::onSessionOperationFinished(const QString &operation, bool ok, const QString &message)
{
    if (operation == m_runningOperation)
        setRunningOperation({});
    if (ok && m_session->state() == VaultSession::State::Unlocked)
        refreshInfo(); // passphrase changes and re-encryptions are logged as security events
    Q_EMIT operationFinished(operation, ok, message);
}

void VaultController::setRunningOperation(const QString &operation)
{
    if (operation == m_runningOperation)
        return;
    m_runningOperation = operation;
    Q_EMIT busyChanged();
}

void VaultController::refuse(const QString &operation, const QString &message)
{
    Q_EMIT operationFinished(operation, false, message);
}

bool VaultController::canStartOperation(const QString &operation)
{
    if (m_session->state() != VaultSession::State::Unlocked) {
        refuse(operation, tr("The vault is locked. Unlock it first."));
        return false;
    }
    if (busy() || m_session->isWorking()) {
        refuse(operation, tr("Another operation is still running. Wait for it to finish."));
        return false;
    }
    return true;
}

VaultController::ErrorKind VaultController::errorKind() const
{
    const auto error = m_session->lastError();
    if (m_session->state() != VaultSession::State::Failed || !error)
        return NoError;
    return kindOf(*error);
}

QString VaultController::errorTitle() const
{
    const ErrorKind kind = errorKind();
    return kind == NoError ? QString() : titleFor(kind);
}

QString VaultController::errorMessage() const
{
    const auto error = m_session->lastError();
    return errorKind() == NoError ? QString() : error->message;
}

QString VaultController::errorAdvice() const
{
    const ErrorKind kind = errorKind();
    return kind == NoError ? QString() : adviceFor(kind);
}

VaultController::ErrorKind VaultController::kindOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return WrongPassphrase;
    case ErrorCode::KeyFileMissing:
        return KeyFileMissing;
    case ErrorCode::KeyFileDamaged:
        return KeyFileDamaged;
    case ErrorCode::VaultMissing:
        return VaultMissing;
    case ErrorCode::VaultDamaged:
    case ErrorCode::IntegrityViolation:
        return VaultDamaged;
    case ErrorCode::VaultBusy:
        return VaultBusy;
    case ErrorCode::KeychainUnavailable:
        return KeychainUnavailable;
    case ErrorCode::SchemaTooNew:
        return SchemaTooNew;
    case ErrorCode::NotEncrypted:
        return EncryptionUnavailable;
    case ErrorCode::IoError:
        return StorageError;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Locked:
    case ErrorCode::VaultExists:
    case ErrorCode::Cancelled:
        return OtherError;
    }
    return OtherError;
}

QString VaultController::titleFor(ErrorKind kind)
{
    switch (kind) {
    case NoError:
        return {};
    case WrongPassphrase:
        return tr("Wrong passphrase");
    case KeyFileMissing:
        return tr("The key file is missing");
    case KeyFileDamaged:
        return tr("The key file is damaged");
    case VaultMissing:
        return tr("The vault file is missing");
    case VaultDamaged:
        return tr("The vault is damaged");
    case VaultBusy:
        return tr("The vault is already open");
    case KeychainUnavailable:
        return tr("The keychain is not available");
    case SchemaTooNew:
        return tr("This vault needs a newer Mycelium");
    case EncryptionUnavailable:
        return tr("Encryption is not available");
    case StorageError:
        return tr("The vault cannot be read or written");
    case OtherError:
        return tr("The vault could not be opened");
    }
    return {};
}

QString VaultController::adviceFor(ErrorKind kind)
{
    switch (kind) {
    case NoError:
        return {};
    case WrongPassphrase:
        return tr("Check Caps Lock and the keyboard layout, then type the passphrase again.");
    case KeyFileMissing:
        return tr("The vault cannot be opened without its key file, the file ending in “.vault.key” beside the vault. "
                  "Copy it back from your backup into the same folder, then choose Try again. Nothing has been deleted.");
    case KeyFileDamaged:
        return tr("The key file beside the vault has been changed or cut short, so the vault key cannot be recovered from it. "
                  "Replace it with the copy from your backup, then choose Try again. The vault itself has not been touched.");
    case VaultMissing:
        return tr("The key file is there, but the vault it belongs to is not. "
                  "Copy the vault file back from your backup into the same folder, then choose Try again.");
    case VaultDamaged:
        return tr("The vault cannot be read as a Mycelium vault; a full disk or a failed copy may have cut it short. "
                  "Keep the damaged file, restore the vault from your latest backup, then choose Try again. Nothing has been deleted.");
    case VaultBusy:
        return tr("Another Mycelium window or a mycelium-cli command is using this vault. Close it there, then choose Try again. "
                  "Only one program may open a vault at a time, so that no change is lost.");
    case KeychainUnavailable:
        return tr("Enter the passphrase instead. “Remember on this computer” works again once the system keychain "
                  "(for example KWallet or GNOME Keyring) is running.");
    case SchemaTooNew:
        return tr("The vault was saved by a newer version of Mycelium. Install that version or a later one to open it; "
                  "this version leaves the vault untouched.");
    case EncryptionUnavailable:
        return tr("This copy of Mycelium runs without working SQLCipher encryption, so it refuses to touch the vault. "
                  "Reinstall Mycelium and the libsqlcipher package, then start it again. The vault has not been touched.");
    case StorageError:
        return tr("Check that the folder exists, that you may write to it and that the disk is not full, then choose Try again.");
    case OtherError:
        return tr("Choose Try again. If the problem stays, note the message above and ask for help. Nothing has been deleted.");
    }
    return {};
}

bool VaultController::keychainPending() const
{
    return m_session->keychainPending();
}

QString VaultController::keychainNotice() const
{
    return m_session->keychainNotice();
}

bool VaultController::rememberOnThisComputer() const
{
    return m_session->rememberOnThisComputer();
}

void VaultController::setRememberOnThisComputer(bool remember)
{
    if (m_session->state() == VaultSession::State::Unlocked && remember != rememberOnThisComputer())
        m_session->setRememberOnThisComputer(remember);
    else
        Q_EMIT rememberChanged(); // puts a switch that was flipped in vain back in place
}

QString VaultController::createdOnText() const
{
    return m_createdOn.isValid() ? QLocale().toString(m_createdOn, QLocale::LongFormat) : QString();
}

void VaultController::refreshInfo()
{
    Vault *vault = m_session->vault();
    if (!vault || m_session->isWorking())
        return;
    const VaultInfo info = vault->info();
    m_communityName = info.community.name;
    m_createdOn = info.community.createdOn;
    m_vaultId = info.vaultId;
    m_schemaVersion = info.schemaVersion;
    m_cipherVersion = info.cipherVersion;
    m_counts.clear();
    for (const RecordCount &count : info.counts)
        m_counts.append(QVariantMap{{QStringLiteral("key"), count.key},
                                    {QStringLiteral("label"), count.label},
                                    {QStringLiteral("count"), qint64(count.count)}});
    Q_EMIT infoChanged();
}

void VaultController::refresh()
{
    if (m_session->state() == VaultSession::State::Unlocked)
        refreshInfo();
}

void VaultController::clearInfo()
{
    // Nothing read from the vault stays on screen while it is locked.
    const bool hadInfo = !m_communityName.isEmpty() || !m_counts.isEmpty();
    m_communityName.clear();
    m_createdOn = {};
    m_vaultId.clear();
    m_schemaVersion = 0;
    m_cipherVersion.clear();
    m_counts.clear();
    if (hadInfo)
        Q_EMIT infoChanged();
    if (m_verified || !m_verifyProblems.isEmpty()) {
        m_verified = false;
        m_verifyProblems.clear();
        Q_EMIT verifyFinished();
    }
}

void VaultController::setIdleMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, kMaximumIdleMinutes);
    if (minutes == m_idleMinutes)
        return;
    m_idleMinutes = minutes;
    QSettings().setValue(kIdleMinutesKey, minutes);
    applyIdleTimeout();
    Q_EMIT idleMinutesChanged();
}

void VaultController::applyIdleTimeout()
{
    m_session->idleLock()->setTimeout(m_idleMinutes * 60 * 1000);
}

void VaultController::setIdleTimeoutMilliseconds(int milliseconds)
{
    m_session->idleLock()->setTimeout(milliseconds);
}

int VaultController::minimumPassphraseLength() const
{
    return kMinimumPassphraseLength;
}

QVariantMap VaultController::passphraseStrength(const QString &passphrase) const
{
    const PassphraseVerdict verdict = assessPassphrase(passphrase);
    QString label;
    switch (verdict.strength) {
    case PassphraseVerdict::TooShort:
        label = tr("Too short");
        break;
    case PassphraseVerdict::Weak:
        label = tr("Weak");
        break;
    case PassphraseVerdict::Fair:
        label = tr("Fair");
        break;
    case PassphraseVerdict::Strong:
        label = tr("Strong");
        break;
    case PassphraseVerdict::VeryStrong:
        label = tr("Very strong");
        break;
    }
    // "Strong." under "Strong" says nothing new.
    QString hint = verdict.hint;
    if (QString(hint).remove(QLatin1Char('.')).trimmed().compare(label, Qt::CaseInsensitive) == 0)
        hint.clear();
    return {{QStringLiteral("strength"), int(verdict.strength)},
            {QStringLiteral("label"), label},
            {QStringLiteral("hint"), hint},
            {QStringLiteral("acceptable"), verdict.acceptable}};
}

bool VaultController::create(const QString &communityName, const QString &passphrase, const QString &confirmation, bool remember)
{
    const QString operation = QStringLiteral("create");
    if (m_session->state() != VaultSession::State::NoVault) {
        refuse(operation, tr("There is already a vault at %1.").arg(vaultPath()));
        return false;
    }
    if (const auto name = CommunityProfile::validateName(communityName); !name) {
        refuse(operation, name.error().message);
        return false;
    }
    if (const PassphraseVerdict verdict = assessPassphrase(passphrase); !verdict.acceptable) {
        refuse(operation, verdict.hint);
        return false;
    }
    if (passphrase != confirmation) {
        refuse(operation, tr("The two passphrases are not the same. Type the passphrase again in both fields."));
        return false;
    }
    m_session->create(communityName.trimmed(), passphrase, remember);
    return true;
}

bool VaultController::unlock(const QString &passphrase, bool remember)
{
    if (m_session->state() != VaultSession::State::Locked)
        return false;
    if (passphrase.isEmpty()) {
        Q_EMIT unlockFailed(tr("Enter the passphrase."));
        return false;
    }
    m_session->unlock(passphrase, remember);
    return true;
}

void VaultController::lock()
{
    m_session->lock();
}

void VaultController::retry()
{
    m_session->start();
}

bool VaultController::changePassphrase(const QString &current, const QString &next, const QString &confirmation)
{
    const QString operation = QStringLiteral("changePassphrase");
    if (!canStartOperation(operation))
        return false;
    if (current.isEmpty()) {
        refuse(operation, tr("Enter the current passphrase."));
        return false;
    }
    if (const PassphraseVerdict verdict = assessPassphrase(next); !verdict.acceptable) {
        refuse(operation, verdict.hint);
        return false;
    }
    if (next != confirmation) {
        refuse(operation, tr("The new passphrase and its confirmation are not the same. Type the new passphrase again in both fields."));
        return false;
    }
    if (next == current) {
        refuse(operation, tr("The new passphrase is the same as the current one."));
        return false;
    }
    setRunningOperation(operation);
    m_session->changePassphrase(current, next);
    return true;
}

bool VaultController::rekey(const QString &passphrase)
{
    const QString operation = QStringLiteral("rekey");
    if (!canStartOperation(operation))
        return false;
    if (passphrase.isEmpty()) {
        refuse(operation, tr("Enter the passphrase to re-encrypt the vault."));
        return false;
    }
    setRunningOperation(operation);
    m_session->rekey(passphrase);
    return true;
}

bool VaultController::verify()
{
    const QString operation = QStringLiteral("verify");
    if (!canStartOperation(operation))
        return false;
    setRunningOperation(operation);
    m_session->verify(); // answers through verified, then operationFinished
    return true;
}

void VaultController::onSessionVerified(const QList<IntegrityProblem> &problems)
{
    m_verifyProblems.clear();
    for (const IntegrityProblem &problem : problems)
        m_verifyProblems.append(QVariantMap{{QStringLiteral("check"), problem.check}, {QStringLiteral("message"), problem.message}});
    m_verified = true;
    Q_EMIT verifyFinished();
}

} // namespace mycelium
