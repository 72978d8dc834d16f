// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

namespace mycelium {

// A sheet of labels for chosen items, saved as a PDF to print on A4 label
// sheets (QR code, asset tag and name on each). The PDF is drawn on a
// worker thread with progress; printing is done from the PDF viewer, which
// knows the printer's margins and scaling ("actual size").
class LabelSheetController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    // The items' asset tags, in label order.
    Q_PROPERTY(QStringList tags READ tags WRITE setTags NOTIFY changed)
    // [{name, description, labelsPerSheet}] for the sheet choice.
    Q_PROPERTY(QVariantList sheets READ sheets CONSTANT)
    Q_PROPERTY(QString sheet READ sheet WRITE setSheet NOTIFY changed)
    // The first free label on a sheet already started (1: top left).
    Q_PROPERTY(int startPosition READ startPosition WRITE setStartPosition NOTIFY changed)
    Q_PROPERTY(int labelsPerSheet READ labelsPerSheet NOTIFY changed)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY changed)
    // A file name in the user's documents folder, for the path field.
    Q_PROPERTY(QString suggestedPath READ suggestedPath CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QUrl savedFile READ savedFile NOTIFY changed)

public:
    explicit LabelSheetController(QObject *parent = nullptr);
    ~LabelSheetController() override;

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags);
    QVariantList sheets() const;
    QString sheet() const { return m_sheet; }
    void setSheet(const QString &name);
    int startPosition() const { return m_startPosition; }
    void setStartPosition(int position);
    int labelsPerSheet() const;
    int pageCount() const;
    QString suggestedPath() const;
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString error() const { return m_error; }
    QString message() const { return m_message; }
    QUrl savedFile() const { return m_savedFile; }

    // Tags typed or pasted: separated by spaces, commas or lines.
    Q_INVOKABLE void setTagsText(const QString &text);
    // Writes the PDF (a path or a file: URL); false when refused at once
    // (no items, an unknown tag, not a .pdf name). `finished` follows.
    Q_INVOKABLE bool save(const QString &pathOrUrl);
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void ledgerChanged();
    void changed();
    void busyChanged();
    void progressChanged();
    void finished(bool ok);

private:
    bool refuse(const QString &message);
    void setBusy(bool busy);

    QPointer<LedgerController> m_ledger;
    QStringList m_tags;
    QString m_sheet;
    int m_startPosition = 1;
    bool m_busy = false;
    double m_progress = 0;
    QString m_error;
    QString m_message;
    QUrl m_savedFile;
    // Shared with the worker, which may outlive a cancelled dialog.
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace mycelium
