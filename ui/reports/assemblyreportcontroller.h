// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace mycelium {

// The monthly assembly's report as a PDF. The data is read on the ledger's
// worker thread (a connection of its own to the vault), then drawn on a
// thread of the pool, which never touches the database; the GUI only sees
// progress. Cancel stops either step, and no file is left behind.
class AssemblyReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    // The period, as the date fields show it (the ledger's date format).
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY periodChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY periodChanged)
    // [{name, label}]: "lastMonth", "thisYear", "last12Months".
    Q_PROPERTY(QVariantList presets READ presets CONSTANT)
    // A file name in the user's documents folder, for the path field.
    Q_PROPERTY(QString suggestedPath READ suggestedPath NOTIFY periodChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QUrl savedFile READ savedFile NOTIFY changed)

public:
    explicit AssemblyReportController(QObject *parent = nullptr);
    ~AssemblyReportController() override;

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    QString fromText() const { return m_fromText; }
    void setFromText(const QString &text);
    QString toText() const { return m_toText; }
    void setToText(const QString &text);
    QVariantList presets() const;
    QString suggestedPath() const;
    bool running() const { return m_running; }
    double progress() const { return m_progress; }
    QString error() const { return m_error; }
    QString message() const { return m_message; }
    QUrl savedFile() const { return m_savedFile; }

    // Sets the period to a preset, counted from the ledger's today; false
    // for an unknown name. The default is the last full month.
    Q_INVOKABLE bool applyPreset(const QString &name);
    // Writes the report for from..to (dates as typed) to a path or a file:
    // URL; false when refused at once (a date not understood, from after
    // to, not a .pdf name, the vault locked). `finished` follows.
    Q_INVOKABLE bool start(const QString &from, const QString &to, const QString &pathOrUrl);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void ledgerChanged();
    void periodChanged();
    void changed();
    void runningChanged();
    void progressChanged();
    void finished(bool ok);

private:
    bool refuse(const QString &message);
    void setRunning(bool running);
    void setProgress(double progress);
    void finish(bool ok, const QString &text);
    QDate parse(const QString &text) const;
    QString format(QDate date) const;
    QDate today() const;

    QPointer<LedgerController> m_ledger;
    QString m_fromText;
    QString m_toText;
    bool m_running = false;
    double m_progress = 0;
    QString m_error;
    QString m_message;
    QUrl m_savedFile;
    // Shared with the workers, which may outlive a closed dialog.
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace mycelium
