// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/labels.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <qrencode.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace mycelium::labels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::labels", text);
}

Error invalid(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

// The QR standard asks for four light modules around the symbol.
constexpr int kQuietZoneModules = 4;
// The QR code takes at most this share of a label's width; the rest is text.
constexpr double kQrShareOfWidth = 0.45;
// Space kept free inside each label's edge, in mm: labels are die-cut with
// rounded corners, and printers place the sheet within about a millimetre.
constexpr double kMaxPadding = 1.5;
// Type sizes in points, tried from the largest down in half points.
constexpr double kTagLargest = 16;
constexpr double kTagSmallest = 5;
constexpr double kNameLargest = 11;
constexpr double kNameSmallest = 5.5;
constexpr double kSizeStep = 0.5;

struct QrDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCode = std::unique_ptr<QRcode, QrDeleter>;

Result<QrCode> encode(const QString &tag)
{
    const QByteArray utf8 = tag.toUtf8();
    // Case matters: "d-1" and "D-1" are the same item, but the scanner should
    // type what the label says.
    QrCode code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return invalid(tr("The asset tag %1 cannot be made into a QR code: it is too long.").arg(tag));
    return code;
}

// The dark modules as one path of squares (joined along each row), inside
// `square`, which also holds the quiet zone. One path filled once leaves no
// hairlines between neighbouring squares in a viewer that smooths edges.
QPainterPath qrPath(const QRcode &code, const QRectF &square)
{
    const int width = code.width;
    const double module = square.width() / (width + 2 * kQuietZoneModules);
    const double left = square.left() + kQuietZoneModules * module;
    const double top = square.top() + kQuietZoneModules * module;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < width; ++y) {
        const unsigned char *row = code.data + std::ptrdiff_t(y) * width;
        for (int x = 0; x < width;) {
            if (!(row[x] & 1)) {
                ++x;
                continue;
            }
            int end = x + 1;
            while (end < width && (row[end] & 1))
                ++end;
            path.addRect(QRectF(left + x * module, top + y * module, (end - x) * module, module));
            x = end;
        }
    }
    return path;
}

QFont labelFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// The lines of `text` broken at word boundaries (or anywhere in a word too
// long for a line) to `width`.
QStringList wrapped(const QString &text, const QFont &font, double width, QPaintDevice *device)
{
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

struct FittedText {
    QFont font;
    QStringList lines; // empty: nothing fits
    double lineHeight = 0;
    double ascent = 0;
};

// The tag on one line at the largest size that fits the width (and a third
// of the height); a tag too long even at the smallest size is broken
// anywhere: a tag is never shortened.
FittedText fitTag(const QString &tag, double width, double height, QPaintDevice *device)
{
    FittedText fit;
    for (double points = kTagLargest; points >= kTagSmallest; points -= kSizeStep) {
        fit.font = labelFont(points, true);
        const QFontMetricsF metrics(fit.font, device);
        if (metrics.horizontalAdvance(tag) <= width && metrics.height() <= height / 3) {
            fit.lines = {tag};
            fit.lineHeight = metrics.height();
            fit.ascent = metrics.ascent();
            return fit;
        }
    }
    const QFontMetricsF metrics(fit.font, device);
    fit.lines = wrapped(tag, fit.font, width, device);
    fit.lineHeight = metrics.height();
    fit.ascent = metrics.ascent();
    return fit;
}

// The name, whole, at the largest size at which its lines fit the box; at the
// smallest size, as many lines as fit with the last one elided; no lines when
// not even one fits.
FittedText fitName(const QString &name, double width, double height, QPaintDevice *device)
{
    FittedText fit;
    if (name.isEmpty())
        return fit;
    for (double points = kNameLargest; points >= kNameSmallest; points -= kSizeStep) {
        fit.font = labelFont(points, false);
        const QFontMetricsF metrics(fit.font, device);
        fit.lineHeight = metrics.height();
        fit.ascent = metrics.ascent();
        fit.lines = wrapped(name, fit.font, width, device);
        if (fit.lines.size() * fit.lineHeight <= height)
            return fit;
    }
    const int room = int(height / fit.lineHeight);
    if (room < 1)
        return FittedText{};
    const QFontMetricsF metrics(fit.font, device);
    QStringList shown = fit.lines.mid(0, room - 1);
    shown.append(metrics.elidedText(fit.lines.mid(room - 1).join(QLatin1Char(' ')), Qt::ElideRight, width));
    fit.lines = shown;
    return fit;
}

void drawLines(QPainter &painter, const FittedText &text, double left, double top)
{
    painter.setFont(text.font);
    double y = top;
    for (const QString &line : text.lines) {
        painter.drawText(QPointF(left, y + text.ascent), line);
        y += text.lineHeight;
    }
}

class SheetPainter
{
public:
    SheetPainter(QPdfWriter &writer, const LabelTemplate &sheet)
        : m_writer(writer)
        , m_sheet(sheet)
        , m_dotsPerMm(writer.resolution() / 25.4)
    {
    }

    void draw(const LabelSpec &label, const QRcode &code, int position)
    {
        const int column = position % m_sheet.columns;
        const int row = position / m_sheet.columns;
        const QRectF box(mm(m_sheet.leftMargin + column * m_sheet.horizontalPitch), mm(m_sheet.topMargin + row * m_sheet.verticalPitch),
                         mm(m_sheet.labelWidth), mm(m_sheet.labelHeight));
        const double padding = mm(std::min(kMaxPadding, m_sheet.labelHeight * 0.06));
        const QRectF inner = box.adjusted(padding, padding, -padding, -padding);

        const double side = std::min(inner.height(), box.width() * kQrShareOfWidth);
        const QRectF square(inner.left(), inner.top() + (inner.height() - side) / 2, side, side);
        m_painter.fillPath(qrPath(code, square), Qt::black);

        // The quiet zone already parts the text from the code.
        const QRectF text(square.right(), inner.top(), inner.right() - square.right(), inner.height());
        const FittedText tag = fitTag(label.assetTag, text.width(), text.height(), &m_writer);
        const double tagHeight = tag.lines.size() * tag.lineHeight;
        const double gap = tag.lineHeight * 0.25;
        const FittedText name = fitName(label.name.simplified(), text.width(), text.height() - tagHeight - gap, &m_writer);
        const double nameHeight = name.lines.size() * name.lineHeight;
        // The tag and the name as one block, centred beside the code.
        const double top = text.top() + (text.height() - tagHeight - (name.lines.isEmpty() ? 0 : gap + nameHeight)) / 2;
        drawLines(m_painter, tag, text.left(), top);
        drawLines(m_painter, name, text.left(), top + tagHeight + gap);
    }

    bool begin() { return m_painter.begin(&m_writer); }
    bool newPage() { return m_writer.newPage(); }
    bool end() { return m_painter.end(); }

private:
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }

    QPdfWriter &m_writer;
    QPainter m_painter;
    const LabelTemplate &m_sheet;
    double m_dotsPerMm;
};

} // namespace

QList<LabelTemplate> templates()
{
    // The makers' published geometry; each adds up to 210 × 297 mm.
    return {
        {QStringLiteral("L7160"), tr("Avery L7160 and compatibles: 21 labels of 63.5 × 38.1 mm, 3 across, 7 down"), 3, 7, 63.5, 38.1, 15.15,
         7.25, 66.04, 38.1},
        {QStringLiteral("L7163"), tr("Avery L7163 and compatibles: 14 labels of 99.1 × 38.1 mm, 2 across, 7 down"), 2, 7, 99.1, 38.1, 15.15,
         4.65, 101.6, 38.1},
        {QStringLiteral("L7165"), tr("Avery L7165 and compatibles: 8 labels of 99.1 × 67.7 mm, 2 across, 4 down"), 2, 4, 99.1, 67.7, 13.1, 4.65,
         101.6, 67.7},
        {QStringLiteral("L7651"), tr("Avery L7651 and compatibles: 65 labels of 38.1 × 21.2 mm, 5 across, 13 down"), 5, 13, 38.1, 21.2, 10.7,
         4.75, 40.6, 21.2},
    };
}

std::optional<LabelTemplate> templateNamed(const QString &name)
{
    for (const LabelTemplate &sheet : templates()) {
        if (sheet.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return sheet;
    }
    return std::nullopt;
}

int pageCount(int labels, const LabelTemplate &sheet, int startPosition)
{
    if (labels <= 0 || sheet.labelsPerSheet() <= 0)
        return 0;
    const int slots = startPosition - 1 + labels;
    return (slots + sheet.labelsPerSheet() - 1) / sheet.labelsPerSheet();
}

Status writeLabelSheet(QIODevice &pdf, const QList<LabelSpec> &labels, const LabelTemplate &sheet, int startPosition,
                       const LabelProgress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return invalid(tr("Labels are drawn with fonts, which need a QGuiApplication; this program has none."));
    if (labels.isEmpty())
        return invalid(tr("There are no labels to print."));
    if (sheet.labelsPerSheet() <= 0)
        return invalid(tr("The label sheet %1 has no labels on it.").arg(sheet.name));
    if (startPosition < 1 || startPosition > sheet.labelsPerSheet())
        return invalid(tr("A sheet %1 has label positions 1 to %2; %3 is not one of them.")
                           .arg(sheet.name)
                           .arg(sheet.labelsPerSheet())
                           .arg(startPosition));
    // Every code first, so that a tag that cannot be encoded stops the sheet
    // before anything is written.
    std::vector<QrCode> codes;
    codes.reserve(size_t(labels.size()));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.at(i).assetTag.trimmed().isEmpty())
            return invalid(tr("Label %1 has no asset tag; every label shows one.").arg(i + 1));
        auto code = encode(labels.at(i).assetTag);
        if (!code)
            return code.error();
        codes.push_back(std::move(*code));
    }

    QPdfWriter writer(&pdf);
    writer.setTitle(tr("Tool labels"));
    writer.setCreator(QStringLiteral("Mycelium"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
    SheetPainter painter(writer, sheet);
    if (!painter.begin())
        return Error::make(ErrorCode::IoError, tr("Cannot start the PDF of labels."));
    const int perSheet = sheet.labelsPerSheet();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const qsizetype slot = startPosition - 1 + i;
        if (slot > 0 && slot % perSheet == 0 && !painter.newPage()) {
            painter.end();
            return Error::make(ErrorCode::IoError, tr("Cannot add a page to the PDF of labels."));
        }
        painter.draw(labels.at(i), *codes.at(size_t(i)), int(slot % perSheet));
        if (progress && !progress(int(i + 1), int(labels.size()))) {
            painter.end();
            return Error::make(ErrorCode::Cancelled, tr("Printing the labels was cancelled."));
        }
    }
    if (!painter.end())
        return Error::make(ErrorCode::IoError, tr("Cannot finish the PDF of labels."));
    return {};
}

Status writeLabelSheet(const QString &pdfPath, const QList<LabelSpec> &labels, const LabelTemplate &sheet, int startPosition,
                       const LabelProgress &progress)
{
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::IoError, tr("Cannot write the file %1: %2.").arg(pdfPath, file.errorString()));
    if (auto s = writeLabelSheet(file, labels, sheet, startPosition, progress); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error::make(ErrorCode::IoError, tr("Cannot write the file %1: %2.").arg(pdfPath, file.errorString()));
    return {};
}

} // namespace mycelium::labels
