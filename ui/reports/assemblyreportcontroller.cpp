// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/assemblyreportcontroller.h"
#include "ledger/ledgerbinding.h"
#include "reports/assemblyreport.h"
#include "reports/assemblyreportpdf.h"

#include <QDir>
#include <QStandardPaths>
#include <QThreadPool>

namespace mycelium {

namespace {

// Reading the vault is the first tenth of the bar; the pages are the rest.
constexpr double kGatheredShare = 0.1;

} // namespace

AssemblyReportController::AssemblyReportController(QObject *parent)
    : QObject(parent), m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    applyPreset(QStringLiteral("lastMonth"));
}

AssemblyReportController::~AssemblyReportController()
{
    m_cancelled->store(true);
}

void AssemblyReportController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [](LedgerController *) {}))
        return;
    // The ledger's today (an injected clock in tests) sets the default period.
    applyPreset(QStringLiteral("lastMonth"));
    Q_EMIT ledgerChanged();
}

QDate AssemblyReportController::today() const
{
    return m_ledger ? m_ledger->today() : QDate::currentDate();
}

QDate AssemblyReportController::parse(const QString &text) const
{
    if (m_ledger)
        return m_ledger->parseDate(text);
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QString AssemblyReportController::format(QDate date) const
{
    return m_ledger ? m_ledger->formatDate(date) : date.toString(Qt::ISODate);
}

void AssemblyReportController::setFromText(const QString &text)
{
    if (text == m_fromText)
        return;
    m_fromText = text;
    Q_EMIT periodChanged();
}

void AssemblyReportController::setToText(const QString &text)
{
    if (text == m_toText)
        return;
    m_toText = text;
    Q_EMIT periodChanged();
}

QVariantList AssemblyReportController::presets() const
{
    return {QVariantMap{{QStringLiteral("name"), QStringLiteral("lastMonth")}, {QStringLiteral("label"), tr("Last month")}},
            QVariantMap{{QStringLiteral("name"), QStringLiteral("thisYear")}, {QStringLiteral("label"), tr("This year")}},
            QVariantMap{{QStringLiteral("name"), QStringLiteral("last12Months")}, {QStringLiteral("label"), tr("Last 12 months")}}};
}

bool AssemblyReportController::applyPreset(const QString &name)
{
    const QDate day = today();
    const QDate thisMonth(day.year(), day.month(), 1);
    QDate from;
    QDate to;
    if (name == QLatin1String("lastMonth")) {
        from = thisMonth.addMonths(-1);
        to = thisMonth.addDays(-1);
    } else if (name == QLatin1String("thisYear")) {
        from = QDate(day.year(), 1, 1);
        to = day;
    } else if (name == QLatin1String("last12Months")) {
        // Twelve full months, the last one the month before this one.
        from = thisMonth.addMonths(-12);
        to = thisMonth.addDays(-1);
    } else {
        return false;
    }
    m_fromText = format(from);
    m_toText = format(to);
    Q_EMIT periodChanged();
    return true;
}

QString AssemblyReportController::suggestedPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDate from = parse(m_fromText);
    const QString name = from.isValid() ? QStringLiteral("assembly-report-%1.pdf").arg(from.toString(QStringLiteral("yyyy-MM")))
                                        : QStringLiteral("assembly-report.pdf");
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name);
}

bool AssemblyReportController::refuse(const QString &message)
{
    m_error = message;
    m_message.clear();
    Q_EMIT changed();
    return false;
}

void AssemblyReportController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged();
}

void AssemblyReportController::setProgress(double progress)
{
    if (progress == m_progress)
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void AssemblyReportController::finish(bool ok, const QString &text)
{
    setRunning(false);
    if (ok) {
        m_message = text;
        m_error.clear();
    } else {
        m_error = text;
        m_message.clear();
    }
    Q_EMIT changed();
    Q_EMIT finished(ok);
}

bool AssemblyReportController::start(const QString &fromText, const QString &toText, const QString &pathOrUrl)
{
    if (m_running)
        return false;
    if (!m_ledger || !m_ledger->database())
        return refuse(tr("The vault is locked."));
    const QDate from = parse(fromText);
    const QDate to = parse(toText);
    if (!from.isValid())
        return refuse(tr("The first day \"%1\" is not a date; type it %2.").arg(fromText, m_ledger->dateFormatHint()));
    if (!to.isValid())
        return refuse(tr("The last day \"%1\" is not a date; type it %2.").arg(toText, m_ledger->dateFormatHint()));
    if (from > to)
        return refuse(tr("The first day, %1, is after the last day, %2: swap them.").arg(format(from), format(to)));
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return refuse(tr("The report is saved as a PDF: the file name ends in .pdf."));

    m_error.clear();
    m_message.clear();
    m_savedFile.clear();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    Q_EMIT changed();
    setProgress(0);
    setRunning(true);

    auto cancelled = m_cancelled;
    auto data = std::make_shared<AssemblyReportData>();
    QPointer<AssemblyReportController> self(this);
    const bool queued = m_ledger->runInBackground(
        this,
        [data, from, to, cancelled, today = today()](Database &db) -> Status {
            if (cancelled->load())
                return Error::make(ErrorCode::Cancelled, {});
            auto gathered = reports::gatherAssemblyReport(db, from, to);
            if (!gathered)
                return gathered.error();
            *data = *std::move(gathered);
            data->generatedOn = today;
            return {};
        },
        [self, data, cancelled, path](const Status &gathered) {
            if (!self)
                return;
            if (cancelled->load())
                return self->finish(false, tr("The report was cancelled; no file was written."));
            if (!gathered)
                return self->finish(false, gathered.error().message);
            self->setProgress(kGatheredShare);
            // Drawing needs only the data: a thread of the pool, no database.
            QThreadPool::globalInstance()->start([self, data, cancelled, path]() {
                const Status written = reports::writeAssemblyReportPdf(*data, path, [self, cancelled](int done, int total) {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, done, total]() {
                            if (self && self->m_running)
                                self->setProgress(kGatheredShare + (1 - kGatheredShare) * done / std::max(1, total));
                        },
                        Qt::QueuedConnection);
                    return !cancelled->load();
                });
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, written, path]() {
                        if (!self)
                            return;
                        if (!written) {
                            self->finish(false, written.error().code == ErrorCode::Cancelled
                                                    ? tr("The report was cancelled; no file was written.")
                                                    : written.error().message);
                            return;
                        }
                        self->m_savedFile = QUrl::fromLocalFile(path);
                        self->setProgress(1);
                        self->finish(true, tr("The assembly report was saved to %1.").arg(QDir::toNativeSeparators(path)));
                    },
                    Qt::QueuedConnection);
            });
        });
    if (!queued) {
        setRunning(false);
        return refuse(tr("The vault is locked."));
    }
    return true;
}

void AssemblyReportController::cancel()
{
    m_cancelled->store(true);
}

} // namespace mycelium
