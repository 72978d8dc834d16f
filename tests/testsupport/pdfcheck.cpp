// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcheck.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>

namespace mycelium::test {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr int kDpi = 300;

// Standard output of a program that ran and exited with 0 (or with one of
// `alsoFine`); a warning and nothing otherwise.
QByteArray output(const QString &program, const QStringList &arguments, const QList<int> &alsoFine = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        qWarning("%s did not run: %s", qPrintable(program), qPrintable(process.errorString()));
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit || (process.exitCode() != 0 && !alsoFine.contains(process.exitCode()))) {
        qWarning("%s %s: exit %d: %s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))), process.exitCode(),
                 process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

QString missingPdfTools()
{
    QStringList missing;
    for (const char *program : {"pdfinfo", "pdftotext", "pdftoppm", "zbarimg"}) {
        if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
            missing.append(QLatin1String(program));
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("%1 not found: install poppler-utils and zbar-tools (packaging/dev.sh test does)").arg(missing.join(QStringLiteral(", ")));
}

int pdfPageCount(const QString &pdf)
{
    const QString info = QString::fromUtf8(output(QStringLiteral("pdfinfo"), {pdf}));
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption).match(info);
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdf)
{
    return QString::fromUtf8(output(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}))
        .simplified();
}

QList<PdfWord> pdfWords(const QString &pdf)
{
    const QByteArray html = output(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                 QStringLiteral("-")});
    QList<PdfWord> words;
    QXmlStreamReader xml(html);
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            ++page;
        } else if (xml.name() == QLatin1String("word")) {
            const auto at = [&](const char *name) { return xml.attributes().value(QLatin1String(name)).toDouble() / kPointsPerMm; };
            PdfWord word;
            word.page = page;
            word.box = QRectF(QPointF(at("xMin"), at("yMin")), QPointF(at("xMax"), at("yMax")));
            word.text = xml.readElementText();
            words.append(word);
        }
    }
    if (xml.hasError())
        qWarning("pdftotext -bbox: %s", qPrintable(xml.errorString()));
    return words;
}

QList<QStringList> pdfQrCodes(const QString &pdf, int page, const QList<QRectF> &areasMm)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    output(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(kDpi), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                        QString::number(page), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
    const QImage rendered(prefix + QStringLiteral(".png"));
    if (rendered.isNull()) {
        qWarning("pdftoppm rendered no page %d of %s", page, qPrintable(pdf));
        return QList<QStringList>(areasMm.size());
    }
    QList<QStringList> codes;
    for (const QRectF &mm : areasMm) {
        const auto pixels = [](double millimetres) { return int(std::lround(millimetres * kDpi / 25.4)); };
        const QImage area = mm.isNull() ? rendered : rendered.copy(pixels(mm.x()), pixels(mm.y()), pixels(mm.width()), pixels(mm.height()));
        const QString image = dir.filePath(QStringLiteral("area.png"));
        area.save(image);
        // zbarimg once per area: with --raw it does not say which file a
        // code is in, and its --xml, which does, garbles UTF-8. It exits
        // with 4 when it finds no code: an empty list, not a failure.
        const QString found = QString::fromUtf8(output(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), image}, {4}));
        QStringList list = found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        list.sort();
        codes.append(list);
    }
    return codes;
}

QStringList pdfQrCodes(const QString &pdf, int page)
{
    return pdfQrCodes(pdf, page, QList<QRectF>{QRectF()}).value(0);
}

} // namespace mycelium::test
