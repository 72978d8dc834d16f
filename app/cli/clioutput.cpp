// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace mycelium::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Locked:
        return ExitWrongPassphrase;
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultExists:
    case ErrorCode::VaultDamaged:
    case ErrorCode::KeyFileMissing:
    case ErrorCode::KeyFileDamaged:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::IntegrityViolation:
    case ErrorCode::IoError:
    case ErrorCode::NotEncrypted:
        return ExitDataError;
    case ErrorCode::VaultBusy:
        return ExitBusy;
    case ErrorCode::Cancelled:
    case ErrorCode::KeychainUnavailable: // the CLI never uses the keychain
        return ExitFailure;
    }
    return ExitFailure;
}

void printOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

void printJson(const QJsonObject &object)
{
    const QByteArray utf8 = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

int fail(const Error &error, ExitCode exitCode)
{
    QString message = error.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fflush(stdout);
    std::fputs(QStringLiteral("mycelium-cli: %1\n").arg(message).toLocal8Bit().constData(), stderr);
    return exitCode;
}

int fail(const Error &error)
{
    return fail(error, exitCodeFor(error.code));
}

int failRefused(const Error &error)
{
    return fail(error, error.code == ErrorCode::InvalidArgument ? ExitDataError : exitCodeFor(error.code));
}

QString alignedLines(const QList<std::pair<QString, QString>> &rows, const QString &indent)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &row : rows)
        text += indent + (row.first + QLatin1Char(':')).leftJustified(width + 3) + row.second + QLatin1Char('\n');
    return text;
}

QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    };
    measure(header);
    for (const QStringList &row : rows)
        measure(row);
    const auto line = [&](const QStringList &row) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = row.value(i);
            const bool last = i == widths.size() - 1;
            if (i > 0)
                text += QStringLiteral("  ");
            if (rightAligned.contains(int(i)))
                text += cell.rightJustified(widths[i]);
            else
                text += last ? cell : cell.leftJustified(widths[i]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace mycelium::cli
