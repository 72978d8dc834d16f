// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/labelsheetcontroller.h"
#include "ledger/ledgerbinding.h"
#include "tools/labels.h"
#include "tools/tools.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

namespace mycelium {

LabelSheetController::LabelSheetController(QObject *parent)
    : QObject(parent), m_sheet(labels::templates().constFirst().name), m_cancelled(std::make_shared<std::atomic_bool>(false))
{
}

LabelSheetController::~LabelSheetController()
{
    m_cancelled->store(true);
}

void LabelSheetController::setLedger(LedgerController *ledger)
{
    if (rebindLedger(this, m_ledger, ledger, [](LedgerController *) {}))
        Q_EMIT ledgerChanged();
}

void LabelSheetController::setTags(const QStringList &tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    m_error.clear();
    Q_EMIT changed();
}

void LabelSheetController::setTagsText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    setTags(text.split(separators, Qt::SkipEmptyParts));
}

QVariantList LabelSheetController::sheets() const
{
    QVariantList list;
    for (const LabelTemplate &t : labels::templates())
        list.append(QVariantMap{{QStringLiteral("name"), t.name},
                                {QStringLiteral("description"), t.description},
                                {QStringLiteral("labelsPerSheet"), t.labelsPerSheet()}});
    return list;
}

void LabelSheetController::setSheet(const QString &name)
{
    const auto sheet = labels::templateNamed(name);
    if (!sheet || sheet->name == m_sheet)
        return;
    m_sheet = sheet->name;
    m_startPosition = std::min(m_startPosition, sheet->labelsPerSheet());
    Q_EMIT changed();
}

void LabelSheetController::setStartPosition(int position)
{
    position = std::clamp(position, 1, labelsPerSheet());
    if (position == m_startPosition)
        return;
    m_startPosition = position;
    Q_EMIT changed();
}

int LabelSheetController::labelsPerSheet() const
{
    return labels::templateNamed(m_sheet)->labelsPerSheet();
}

int LabelSheetController::pageCount() const
{
    return m_tags.isEmpty() ? 0 : labels::pageCount(int(m_tags.size()), *labels::templateNamed(m_sheet), m_startPosition);
}

QString LabelSheetController::suggestedPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("tool-labels.pdf"));
}

bool LabelSheetController::refuse(const QString &message)
{
    m_error = message;
    m_message.clear();
    Q_EMIT changed();
    return false;
}

void LabelSheetController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

bool LabelSheetController::save(const QString &pathOrUrl)
{
    if (m_busy)
        return false;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (!db)
        return refuse(tr("The vault is locked."));
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return refuse(tr("Labels are saved as a PDF: the file name ends in .pdf."));
    if (m_tags.isEmpty())
        return refuse(tr("Choose the items to print labels for."));
    // Names are read here, on the vault's thread; the worker only draws.
    QList<LabelSpec> specs;
    for (const QString &tag : std::as_const(m_tags)) {
        auto item = tools::itemByTag(*db, tag);
        if (!item)
            return refuse(item.error().message);
        specs.append({item->assetTag, item->name});
    }
    const LabelTemplate sheet = *labels::templateNamed(m_sheet);
    const int start = m_startPosition;
    m_error.clear();
    m_message.clear();
    m_progress = 0;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    Q_EMIT changed();
    Q_EMIT progressChanged();
    setBusy(true);

    QPointer<LabelSheetController> self(this);
    auto cancelled = m_cancelled;
    QThreadPool::globalInstance()->start([self, cancelled, specs, sheet, start, path]() {
        const Status written = labels::writeLabelSheet(path, specs, sheet, start, [self, cancelled](int done, int total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total]() {
                    if (self) {
                        self->m_progress = total > 0 ? double(done) / total : 1.0;
                        Q_EMIT self->progressChanged();
                    }
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
        QMetaObject::invokeMethod(
            self.data(),
            [self, written, path, count = specs.size(), pages = labels::pageCount(int(specs.size()), sheet, start)]() {
                if (!self)
                    return;
                self->setBusy(false);
                if (!written) {
                    self->m_error = written.error().message;
                    Q_EMIT self->changed();
                    Q_EMIT self->finished(false);
                    return;
                }
                self->m_savedFile = QUrl::fromLocalFile(path);
                self->m_message = (count == 1 ? tr("1 label saved to %2.") : tr("%1 labels on %3 page(s) saved to %2."))
                                      .arg(count)
                                      .arg(QDir::toNativeSeparators(path))
                                      .arg(pages);
                Q_EMIT self->changed();
                Q_EMIT self->finished(true);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void LabelSheetController::cancel()
{
    m_cancelled->store(true);
}

} // namespace mycelium
