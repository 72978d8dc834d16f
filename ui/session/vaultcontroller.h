// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/integrity.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace mycelium {

class VaultSession;
struct Error;

// The vault session as QML sees it: which screen to show, what went wrong and
// what to do about it, the facts for the overview page and the operations of
// the settings page. It owns no vault itself; main.cpp creates it with the
// VaultSession and registers it with setInstance() before loading QML.
class VaultController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Screen screen READ screen NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString runningOperation READ runningOperation NOTIFY busyChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath NOTIFY vaultPathChanged)

    Q_PROPERTY(ErrorKind errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QString errorTitle READ errorTitle NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorAdvice READ errorAdvice NOTIFY errorChanged)
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY keychainNoticeChanged)
    // The keychain has been asked for the key and has not answered yet.
    Q_PROPERTY(bool keychainPending READ keychainPending NOTIFY keychainPendingChanged)
    Q_PROPERTY(bool rememberOnThisComputer READ rememberOnThisComputer WRITE setRememberOnThisComputer NOTIFY rememberChanged)

    // Overview facts; empty while locked.
    Q_PROPERTY(QString communityName READ communityName NOTIFY infoChanged)
    Q_PROPERTY(QDate createdOn READ createdOn NOTIFY infoChanged)
    Q_PROPERTY(QString createdOnText READ createdOnText NOTIFY infoChanged)
    Q_PROPERTY(QString vaultId READ vaultId NOTIFY infoChanged)
    Q_PROPERTY(int schemaVersion READ schemaVersion NOTIFY infoChanged)
    Q_PROPERTY(QString cipherVersion READ cipherVersion NOTIFY infoChanged)
    Q_PROPERTY(QVariantList counts READ counts NOTIFY infoChanged)

    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(int maximumIdleMinutes READ maximumIdleMinutes CONSTANT)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    // Results of the last verify(): [{check, message}], empty when all passed.
    Q_PROPERTY(QVariantList verifyProblems READ verifyProblems NOTIFY verifyFinished)
    Q_PROPERTY(bool verified READ verified NOTIFY verifyFinished)

public:
    // Mirrors VaultSession::State.
    enum State { NoVault, Locked, Busy, Unlocked, Failed };
    Q_ENUM(State)

    // What the window shows. While the session is busy the screen that
    // started the work stays, with its form disabled.
    enum Screen { SetupScreen, UnlockScreen, ErrorScreen, MainScreen };
    Q_ENUM(Screen)

    // The errors that get a screen or an inline message of their own.
    enum ErrorKind {
        NoError,
        WrongPassphrase,
        KeyFileMissing,
        KeyFileDamaged,
        VaultMissing,
        VaultDamaged,
        VaultBusy,
        KeychainUnavailable,
        SchemaTooNew,
        EncryptionUnavailable,
        StorageError,
        OtherError,
    };
    Q_ENUM(ErrorKind)

    static constexpr int kDefaultIdleMinutes = 5;
    static constexpr int kMaximumIdleMinutes = 120;
    static inline const QString kIdleMinutesKey = QStringLiteral("session/idleMinutes");

    explicit VaultController(VaultSession *session, QObject *parent = nullptr);
    ~VaultController() override;

    // The instance QML gets; owned by C++ (main.cpp or a test).
    static void setInstance(VaultController *controller);
    static VaultController *instance();
    static VaultController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    State state() const;
    Screen screen() const { return m_screen; }
    bool busy() const;
    QString runningOperation() const { return m_runningOperation; }
    QString vaultPath() const;

    ErrorKind errorKind() const;
    QString errorTitle() const;
    QString errorMessage() const;
    QString errorAdvice() const;
    QString keychainNotice() const;
    bool keychainPending() const;
    bool rememberOnThisComputer() const;
    void setRememberOnThisComputer(bool remember);

    QString communityName() const { return m_communityName; }
    QDate createdOn() const { return m_createdOn; }
    QString createdOnText() const;
    QString vaultId() const { return m_vaultId; }
    int schemaVersion() const { return m_schemaVersion; }
    QString cipherVersion() const { return m_cipherVersion; }
    QVariantList counts() const { return m_counts; }

    int idleMinutes() const { return m_idleMinutes; }
    void setIdleMinutes(int minutes);
    int maximumIdleMinutes() const { return kMaximumIdleMinutes; }
    int minimumPassphraseLength() const;

    QVariantList verifyProblems() const { return m_verifyProblems; }
    bool verified() const { return m_verified; }

    // Each returns false (and says why through operationFinished) when the
    // request is refused before any work starts.
    Q_INVOKABLE bool create(const QString &communityName, const QString &passphrase, const QString &confirmation, bool remember);
    Q_INVOKABLE bool unlock(const QString &passphrase, bool remember);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void retry();
    Q_INVOKABLE bool changePassphrase(const QString &current, const QString &next, const QString &confirmation);
    Q_INVOKABLE bool rekey(const QString &passphrase);
    Q_INVOKABLE bool verify();
    // Reads the overview facts again (the counts change as trades are
    // recorded); nothing while locked.
    Q_INVOKABLE void refresh();

    // {strength: 0..4, label, hint, acceptable}
    Q_INVOKABLE QVariantMap passphraseStrength(const QString &passphrase) const;
    // Short idle timeouts for tests and demonstrations; not saved.
    Q_INVOKABLE void setIdleTimeoutMilliseconds(int milliseconds);

    // The "what to do" text for each kind of error.
    static QString titleFor(ErrorKind kind);
    static QString adviceFor(ErrorKind kind);
    static ErrorKind kindOf(const Error &error);

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void vaultPathChanged();
    void errorChanged();
    void keychainNoticeChanged();
    void keychainPendingChanged();
    void rememberChanged();
    void infoChanged();
    void idleMinutesChanged();
    void verifyFinished();
    void unlockFailed(const QString &message);
    void operationFinished(const QString &operation, bool ok, const QString &message);

private:
    void onSessionStateChanged();
    void onSessionOperationFinished(const QString &operation, bool ok, const QString &message);
    void setRunningOperation(const QString &operation);
    void refuse(const QString &operation, const QString &message);
    bool canStartOperation(const QString &operation);
    void refreshInfo();
    void clearInfo();
    void onSessionVerified(const QList<mycelium::IntegrityProblem> &problems);
    void applyIdleTimeout();

    QPointer<VaultSession> m_session;
    Screen m_screen = SetupScreen;
    QString m_runningOperation;
    QString m_lastVaultPath;

    QString m_communityName;
    QDate m_createdOn;
    QString m_vaultId;
    int m_schemaVersion = 0;
    QString m_cipherVersion;
    QVariantList m_counts;

    int m_idleMinutes = kDefaultIdleMinutes;
    QVariantList m_verifyProblems;
    bool m_verified = false;
};

} // namespace mycelium
