// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/assemblyreportpdf.h"
#include "commons/quantity.h"
#include "ledger/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace mycelium::reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium::reports", text);
}

// The page, in millimetres. Everything is drawn in the writer's device units
// (mm() converts), so that type sizes in points stay true.
constexpr double kPageWidth = 210;
constexpr double kPageHeight = 297;
constexpr double kMargin = 15;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kHeaderBottom = kMargin + 6; // below the running header
constexpr double kFooterTop = kPageHeight - kMargin - 4;
constexpr double kCellPadding = 1.2;
constexpr int kResolution = 300;

// Colours that also part as greys in black and white; the shapes, symbols
// and words carry the meaning either way.
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kAmber(0xf2, 0xa9, 0x00);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x75, 0x75, 0x75);
// The bands darken from green to red, so that they stay in order in grey.
const QColor kGreenBand(0xee, 0xf7, 0xee);
const QColor kAmberBand(0xff, 0xe8, 0xb0);
const QColor kRedBand(0xf4, 0xc4, 0xc4);
const QColor kInk(0x21, 0x21, 0x21);
const QColor kMuted(0x61, 0x61, 0x61);
const QColor kRule(0xbd, 0xbd, 0xbd);
const QColor kBar(0x37, 0x47, 0x4f);
const QColor kLine(0x1a, 0x23, 0x7e);

QString dayText(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("—");
}

QString longDay(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM yyyy"));
}

QString amount(std::int64_t thousandths, const QString &unit)
{
    const QString number = quantity::toDisplayString(thousandths);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString optionalAmount(const std::optional<std::int64_t> &thousandths, const QString &unit)
{
    return thousandths ? amount(*thousandths, unit) : tr("No data");
}

QString memberText(const QString &name, std::int64_t number)
{
    return name.isEmpty() ? QStringLiteral("#%1").arg(number) : QStringLiteral("%1 (#%2)").arg(name).arg(number);
}

QString directionWord(Direction direction)
{
    return direction == Direction::LowerIsBetter ? tr("Lower is better") : tr("Higher is better");
}

// What the value of a light says against its threshold, in one phrase.
QString valueText(const CommonsLight &light)
{
    if (!light.value)
        return tr("No data");
    if (light.subject == CommonsLight::Subject::Resource)
        return tr("%1 of %2").arg(quantity::toDisplayString(*light.value), amount(light.threshold, light.unit));
    if (light.direction == Direction::HigherIsBetter)
        return tr("%1 (at least %2)").arg(amount(*light.value, light.unit), amount(light.threshold, light.unit));
    return tr("%1 (at most %2)").arg(amount(*light.value, light.unit), amount(light.threshold, light.unit));
}

// --- tables -------------------------------------------------------------

struct Column {
    QString title;
    double width = 0; // mm
    Qt::Alignment align = Qt::AlignLeft;
};

struct Table {
    QList<Column> columns;
    QList<QStringList> rows;
    // Column 0 draws a light's badge before its text when set (one per row).
    QList<std::optional<LightState>> badges;
    double minRowHeight = 0; // mm
};

// One page of the plan: a title, a block drawn once on the section's first
// page (a chart, a summary), and a run of a table's rows.
struct PagePlan {
    QString title;
    QString subtitle;
    double blockHeight = 0; // mm
    std::function<void(QPainter &, const QRectF &)> block; // in device units
    const Table *table = nullptr;
    int firstRow = 0;
    int endRow = 0;
    QString emptyText; // shown when the table has no rows at all
    double headHeight = 16; // mm: the title and its wrapped subtitle
};

class Report
{
public:
    Report(const AssemblyReportData &data, QPdfWriter &writer)
        : m_data(data), m_writer(writer), m_dotsPerMm(writer.resolution() / 25.4)
    {
    }

    Status write(const std::function<bool(int, int)> &progress);

private:
    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    QRectF box(double x, double y, double w, double h) const { return QRectF(mm(x), mm(y), mm(w), mm(h)); }
    QFont font(double points, bool bold = false) const
    {
        QFont f = m_baseFont;
        f.setPointSizeF(points);
        f.setBold(bold);
        // Any letter spacing turns ligatures off, so "fi" stays two letters
        // that a search in the PDF (and pdftotext) finds.
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
        return f;
    }
    double textHeight(const QFont &f, double widthMm, const QString &text) const
    {
        const QFontMetricsF metrics(f, &m_writer);
        return metrics.boundingRect(QRectF(0, 0, mm(widthMm), 1e9), Qt::TextWordWrap, text).height() / m_dotsPerMm;
    }

    void plan();
    void planSection(const QString &title, const QString &subtitle, double blockHeight,
                     std::function<void(QPainter &, const QRectF &)> block, const Table *table, const QString &emptyText);
    double rowHeight(const Table &table, int row) const;
    double headerHeight(const Table &table) const;

    void drawPage(QPainter &p, const PagePlan &page, int number, int total);
    void drawTableRows(QPainter &p, const Table &table, int first, int end, double top);
    void drawBadge(QPainter &p, const QRectF &square, LightState state) const;

    void drawCoverBlock(QPainter &p, const QRectF &area) const;
    void drawLightLine(QPainter &p, const QRectF &area, const CommonsLight *light) const;
    void drawResourceChart(QPainter &p, const QRectF &area, const AssemblyReportData::ResourceSection &section) const;
    void drawIndicatorChart(QPainter &p, const QRectF &area, const AssemblyReportData::IndicatorSection &section) const;
    void drawBalanceChart(QPainter &p, const QRectF &area) const;
    // Axes, grid and (with a threshold) the shaded bands; returns the plot area.
    QRectF drawFrame(QPainter &p, const QRectF &area, double low, double high, const QString &unit, const CommonsLight *bands,
                     std::int64_t threshold, Direction direction, const Bands &bandSettings) const;
    const CommonsLight *lightFor(CommonsLight::Subject subject, std::int64_t id) const;

    const AssemblyReportData &m_data;
    QPdfWriter &m_writer;
    double m_dotsPerMm;
    QFont m_baseFont;
    std::vector<PagePlan> m_pages;
    std::vector<std::unique_ptr<Table>> m_tables;
};

const CommonsLight *Report::lightFor(CommonsLight::Subject subject, std::int64_t id) const
{
    for (const CommonsLight &light : m_data.lights) {
        if (light.subject == subject && light.id == id)
            return &light;
    }
    return nullptr;
}

double Report::headerHeight(const Table &table) const
{
    double height = 0;
    for (const Column &c : table.columns)
        height = std::max(height, textHeight(font(8, true), c.width - 2 * kCellPadding, c.title));
    return height + 2 * kCellPadding;
}

double Report::rowHeight(const Table &table, int row) const
{
    double height = 0;
    const QStringList &cells = table.rows.at(row);
    for (qsizetype c = 0; c < table.columns.size() && c < cells.size(); ++c) {
        double width = table.columns.at(c).width - 2 * kCellPadding;
        if (c == 0 && row < table.badges.size() && table.badges.at(row))
            width -= 7;
        height = std::max(height, textHeight(font(8.5), width, cells.at(c)));
    }
    return std::max(height + 2 * kCellPadding, table.minRowHeight);
}

// A section takes as many pages as its table needs: the block and the first
// rows on the first page, the header row again on each page after it.
void Report::planSection(const QString &title, const QString &subtitle, double blockHeight,
                         std::function<void(QPainter &, const QRectF &)> block, const Table *table, const QString &emptyText)
{
    const double titleHeight = 11 + textHeight(font(9), kContentWidth, subtitle);
    const double bottom = kFooterTop - 2;
    PagePlan page{title, subtitle, blockHeight, std::move(block), table, 0, 0, emptyText, titleHeight};
    if (!table || table->rows.isEmpty()) {
        m_pages.push_back(std::move(page));
        return;
    }
    const double header = headerHeight(*table);
    double top = kHeaderBottom + titleHeight + blockHeight + (blockHeight > 0 ? 4 : 0);
    int row = 0;
    const int rows = int(table->rows.size());
    while (row < rows) {
        double y = top + header;
        int end = row;
        while (end < rows && y + rowHeight(*table, end) <= bottom) {
            y += rowHeight(*table, end);
            ++end;
        }
        // Not even one row fits below the block: all rows go to the next page.
        if (end == row && page.block) {
            page.firstRow = page.endRow = row;
            m_pages.push_back(page);
        } else {
            end = std::max(end, row + 1); // a row taller than a page is drawn anyway
            page.firstRow = row;
            page.endRow = end;
            m_pages.push_back(page);
            row = end;
        }
        page.title = tr("%1 (continued)").arg(title);
        page.blockHeight = 0;
        page.block = nullptr;
        top = kHeaderBottom + titleHeight;
    }
}

void Report::plan()
{
    const QLocale locale;

    // The cover: every light.
    {
        auto table = std::make_unique<Table>();
        table->columns = {{tr("Light"), 36},  {tr("Name"), 44}, {tr("Kind"), 20},
                          {tr("Value"), 44},  {tr("Use"), 13, Qt::AlignRight}, {tr("Trend"), 23}};
        table->minRowHeight = 8;
        for (const CommonsLight &light : m_data.lights) {
            const bool resource = light.subject == CommonsLight::Subject::Resource;
            table->rows.append({lights::stateWord(light.state), light.name, resource ? tr("Resource") : tr("Indicator"),
                                valueText(light), light.value ? QStringLiteral("%1 %").arg(light.percent) : QStringLiteral("—"),
                                lights::trendWord(light.trend)});
            table->badges.append(light.state);
        }
        const Table *t = table.get();
        m_tables.push_back(std::move(table));
        planSection(tr("Assembly report"), m_data.communityName, 54, [this](QPainter &p, const QRectF &area) { drawCoverBlock(p, area); },
                    t, tr("There are no commons resources or ecological indicators in this vault yet: there is no light to show."));
    }

    for (const auto &section : m_data.resources) {
        const CommonsResource &r = section.resource;
        const QString regenerationUnit = r.regenerationUnitOrUnit();
        auto table = std::make_unique<Table>();
        table->columns = {{tr("Period"), 28},
                          {tr("Extracted (%1)").arg(r.unit), 27, Qt::AlignRight},
                          {tr("Regenerated (%1)").arg(regenerationUnit), 27, Qt::AlignRight},
                          {tr("Permits used"), 22, Qt::AlignRight},
                          {tr("Permits earned"), 22, Qt::AlignRight},
                          {tr("Use of threshold"), 22, Qt::AlignRight},
                          {tr("Light"), 32}};
        for (const CommonsPeriodUse &use : section.periods) {
            const LightState state = lights::stateOf(use.extracted, use.threshold, Direction::LowerIsBetter, r.bands);
            table->rows.append({use.period.label, quantity::toDisplayString(use.extracted), quantity::toDisplayString(use.regenerated),
                                locale.toString(qlonglong(use.permitsUsed)), locale.toString(qlonglong(use.permitsEarned)),
                                QStringLiteral("%1 %").arg(lights::percentOf(use.extracted, use.threshold)),
                                lights::stateSymbol(state) + QLatin1Char(' ') + lights::stateWord(state)});
        }
        const Table *t = table.get();
        m_tables.push_back(std::move(table));
        const QString subtitle = tr("Commons resource: sustainable yield %1 a %2 in %3 permits; safe threshold %4.")
                                     .arg(amount(r.yieldPerPeriod, r.unit), CommonsResource::periodName(r.period))
                                     .arg(locale.toString(qlonglong(r.permitsPerPeriod)))
                                     .arg(amount(r.threshold, r.unit));
        planSection(r.name, subtitle, 116,
                    [this, &section](QPainter &p, const QRectF &area) {
                        const CommonsLight *light = lightFor(CommonsLight::Subject::Resource, section.resource.id);
                        drawLightLine(p, QRectF(area.left(), area.top(), area.width(), mm(14)), light);
                        drawResourceChart(p, QRectF(area.left(), area.top() + mm(16), area.width(), area.height() - mm(16)), section);
                    },
                    t, tr("No period of this resource overlaps the report's dates."));
    }

    for (const auto &section : m_data.indicators) {
        const Indicator &ind = section.indicator;
        const CommonsLight *light = lightFor(CommonsLight::Subject::Indicator, ind.id);
        auto table = std::make_unique<Table>();
        table->columns = {{tr("Measure"), 60}, {tr("Value"), 120}};
        table->rows = {
            {tr("Latest"), optionalAmount(section.latest, ind.unit)},
            {tr("Lowest in the period"), optionalAmount(section.lowest, ind.unit)},
            {tr("Highest in the period"), optionalAmount(section.highest, ind.unit)},
            {tr("Measurements in the period"), locale.toString(section.measurements)},
            {tr("Threshold"), amount(ind.threshold, ind.unit)},
            {tr("Direction"), directionWord(ind.direction)},
            {tr("Bands"), tr("amber from %1 %, red beyond %2 % of the threshold").arg(ind.bands.amberFromPercent).arg(ind.bands.redAbovePercent)},
            {tr("Trend"), light ? lights::trendWord(light->trend) : lights::trendWord(Trend::Unknown)},
        };
        if (!ind.boundary.isEmpty())
            table->rows.append({tr("Planetary boundary"), ind.boundary});
        const Table *t = table.get();
        m_tables.push_back(std::move(table));
        planSection(ind.name, tr("Ecological indicator, in %1. %2.").arg(ind.unit, directionWord(ind.direction)), 128,
                    [this, &section, light](QPainter &p, const QRectF &area) {
                        drawLightLine(p, QRectF(area.left(), area.top(), area.width(), mm(14)), light);
                        drawIndicatorChart(p, QRectF(area.left(), area.top() + mm(16), area.width(), area.height() - mm(16)), section);
                    },
                    t, QString());
    }

    {
        auto table = std::make_unique<Table>();
        table->columns = {{tr("Month"), 40},
                          {tr("Regeneration"), 35, Qt::AlignRight},
                          {tr("Extraction"), 35, Qt::AlignRight},
                          {tr("Impacts"), 35, Qt::AlignRight},
                          {tr("Net"), 35, Qt::AlignRight}};
        bool any = false;
        for (const EcoBalance &month : m_data.communityMonths) {
            table->rows.append({locale.toString(month.month, QStringLiteral("MMMM yyyy")), quantity::toDisplayString(month.regeneration),
                                quantity::toDisplayString(month.extraction), quantity::toDisplayString(month.impacts),
                                quantity::toDisplayString(month.net())});
            any = any || month.regeneration != 0 || month.extraction != 0 || month.impacts != 0;
        }
        const Table *t = table.get();
        m_tables.push_back(std::move(table));
        planSection(tr("Ecological balance"),
                    tr("The community's monthly balance in points: regeneration earns them, extraction and trade impacts cost them."),
                    any ? 92 : 10,
                    [this, any](QPainter &p, const QRectF &area) {
                        if (any) {
                            drawBalanceChart(p, area);
                        } else {
                            p.setFont(font(10));
                            p.setPen(kInk);
                            p.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                       tr("Nothing was extracted, regenerated or impacted in this period."));
                        }
                    },
                    t, tr("No month in this period."));
    }

    {
        auto table = std::make_unique<Table>();
        table->columns = {{tr("Date"), 22}, {tr("Resource"), 30}, {tr("Member"), 32}, {tr("Quantity"), 24, Qt::AlignRight},
                          {tr("Beyond permits"), 18, Qt::AlignRight}, {tr("Reason"), 54}};
        for (const Extraction &e : m_data.overrides)
            table->rows.append({dayText(e.date), e.resourceName, memberText(e.memberName, e.memberNumber), amount(e.quantity, e.unit),
                                locale.toString(qlonglong(e.permitsBeyond)), e.overrideReason});
        const Table *t = table.get();
        m_tables.push_back(std::move(table));
        planSection(tr("Emergency overrides"), tr("Extractions a coordinator allowed beyond the permits left, with the reason given."), 0,
                    nullptr, t, tr("None in this period."));
    }

    {
        auto table = std::make_unique<Table>();
        table->columns = {{tr("Date"), 20},     {tr("Resource"), 26}, {tr("Member"), 28}, {tr("Action"), 40},
                          {tr("Quantity"), 22, Qt::AlignRight}, {tr("Permits"), 16, Qt::AlignRight}, {tr("Credits"), 28, Qt::AlignRight}};
        for (const Regeneration &r : m_data.topRegenerations)
            table->rows.append({dayText(r.date), r.resourceName, memberText(r.memberName, r.memberNumber),
                                r.verifiedBy.isEmpty() ? r.action : tr("%1 (verified by %2)").arg(r.action, r.verifiedBy),
                                amount(r.quantity, r.unit), locale.toString(qlonglong(r.permitsEarned)),
                                Money::fromMinor(r.credits).toString()});
        const Table *t = table.get();
        m_tables.push_back(std::move(table));
        planSection(tr("Top regeneration actions"), tr("The largest verified regeneration actions of the period, by the credits they earned."), 0,
                    nullptr, t, tr("None in this period."));
    }
}

void Report::drawBadge(QPainter &p, const QRectF &square, LightState state) const
{
    p.save();
    const QPointF c = square.center();
    const double r = square.width() / 2;
    QColor symbolColour = Qt::white;
    switch (state) {
    case LightState::Green:
        p.setPen(Qt::NoPen);
        p.setBrush(kGreen);
        p.drawEllipse(c, r, r);
        break;
    case LightState::Amber: {
        QPolygonF triangle;
        triangle << QPointF(c.x(), square.top()) << QPointF(square.right(), square.bottom() - r * 0.15)
                 << QPointF(square.left(), square.bottom() - r * 0.15);
        p.setPen(QPen(kInk, mm(0.2)));
        p.setBrush(kAmber);
        p.drawPolygon(triangle);
        symbolColour = kInk;
        break;
    }
    case LightState::Red: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(kRed);
        p.drawPolygon(octagon);
        break;
    }
    case LightState::Grey: {
        QPen pen(kGrey, mm(0.5));
        pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(c, r - mm(0.25), r - mm(0.25));
        symbolColour = kInk;
        break;
    }
    }
    p.setPen(symbolColour);
    p.setFont(font(r / m_dotsPerMm * 2.9, true));
    QRectF symbolBox = square;
    if (state == LightState::Amber)
        symbolBox.adjust(0, r * 0.35, 0, 0);
    p.drawText(symbolBox, Qt::AlignCenter, lights::stateSymbol(state));
    p.restore();
}

void Report::drawTableRows(QPainter &p, const Table &table, int first, int end, double top)
{
    double y = top;
    const double left = kMargin;
    // Header row.
    const double header = headerHeight(table);
    p.fillRect(box(left, y, kContentWidth, header), QColor(0xee, 0xee, 0xee));
    p.setPen(kInk);
    p.setFont(font(8, true));
    double x = left;
    for (const Column &c : table.columns) {
        p.drawText(box(x + kCellPadding, y + kCellPadding, c.width - 2 * kCellPadding, header - 2 * kCellPadding),
                   int(c.align | Qt::AlignTop | Qt::TextWordWrap), c.title);
        x += c.width;
    }
    y += header;
    p.setPen(QPen(kInk, mm(0.25)));
    p.drawLine(QPointF(mm(left), mm(y)), QPointF(mm(left + kContentWidth), mm(y)));

    for (int row = first; row < end; ++row) {
        const double height = rowHeight(table, row);
        if ((row - first) % 2 == 1)
            p.fillRect(box(left, y, kContentWidth, height), QColor(0xf7, 0xf7, 0xf7));
        x = left;
        p.setFont(font(8.5));
        const QStringList &cells = table.rows.at(row);
        for (qsizetype c = 0; c < table.columns.size() && c < cells.size(); ++c) {
            const Column &column = table.columns.at(c);
            double textLeft = x + kCellPadding;
            double width = column.width - 2 * kCellPadding;
            if (c == 0 && row < table.badges.size() && table.badges.at(row)) {
                const double side = 5.5;
                drawBadge(p, box(textLeft, y + (height - side) / 2, side, side), *table.badges.at(row));
                textLeft += 7;
                width -= 7;
                p.setFont(font(8.5));
            }
            p.setPen(kInk);
            const Qt::Alignment vertical = table.badges.isEmpty() ? Qt::AlignTop : Qt::AlignVCenter;
            p.drawText(box(textLeft, y + kCellPadding, width, height - 2 * kCellPadding), int(column.align | vertical | Qt::TextWordWrap),
                       cells.at(c));
            x += column.width;
        }
        y += height;
        p.setPen(QPen(kRule, mm(0.15)));
        p.drawLine(QPointF(mm(left), mm(y)), QPointF(mm(left + kContentWidth), mm(y)));
    }
}

void Report::drawPage(QPainter &p, const PagePlan &page, int number, int total)
{
    // Running header and footer.
    p.setPen(kMuted);
    p.setFont(font(7.5));
    p.drawText(box(kMargin, kMargin, kContentWidth, 5), Qt::AlignLeft | Qt::AlignTop,
               tr("%1 · Assembly report · %2 – %3").arg(m_data.communityName, longDay(m_data.from), longDay(m_data.to)));
    p.setPen(QPen(kRule, mm(0.2)));
    p.drawLine(QPointF(mm(kMargin), mm(kMargin + 4.5)), QPointF(mm(kPageWidth - kMargin), mm(kMargin + 4.5)));
    p.setPen(kMuted);
    p.drawText(box(kMargin, kFooterTop, kContentWidth, 5), Qt::AlignRight | Qt::AlignBottom,
               tr("Page %1 of %2").arg(number).arg(total));
    p.drawText(box(kMargin, kFooterTop, kContentWidth, 5), Qt::AlignLeft | Qt::AlignBottom,
               tr("Generated by Mycelium on %1").arg(longDay(m_data.generatedOn.isValid() ? m_data.generatedOn : QDate::currentDate())));

    double y = kHeaderBottom;
    p.setPen(kInk);
    p.setFont(font(16, true));
    p.drawText(box(kMargin, y, kContentWidth, 9), Qt::AlignLeft | Qt::AlignTop, page.title);
    p.setFont(font(9));
    p.setPen(kMuted);
    p.drawText(box(kMargin, y + 8.5, kContentWidth, page.headHeight - 8.5), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, page.subtitle);
    y += page.headHeight;
    if (page.block) {
        page.block(p, box(kMargin, y, kContentWidth, page.blockHeight));
        y += page.blockHeight + 4;
    }
    if (page.table && !page.table->rows.isEmpty()) {
        if (page.endRow > page.firstRow)
            drawTableRows(p, *page.table, page.firstRow, page.endRow, y);
    } else if (!page.emptyText.isEmpty()) {
        p.setPen(kInk);
        p.setFont(font(10));
        p.drawText(box(kMargin, y, kContentWidth, 20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, page.emptyText);
    }
}

void Report::drawCoverBlock(QPainter &p, const QRectF &area) const
{
    const double left = area.left();
    double y = area.top();
    p.setPen(kInk);
    p.setFont(font(12, true));
    p.drawText(QRectF(left, y, area.width(), mm(7)), Qt::AlignLeft | Qt::AlignTop,
               tr("From %1 to %2").arg(longDay(m_data.from), longDay(m_data.to)));
    y += mm(8);
    p.setFont(font(9));
    p.setPen(kMuted);
    p.drawText(QRectF(left, y, area.width(), mm(9)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("Generated on %1. The lights show each commons resource and indicator as of %2.")
                   .arg(longDay(m_data.generatedOn.isValid() ? m_data.generatedOn : QDate::currentDate()), longDay(m_data.to)));
    y += mm(11);

    // How many lights of each state, worst first, with the badge beside.
    int counts[4] = {0, 0, 0, 0};
    for (const CommonsLight &light : m_data.lights)
        ++counts[int(light.state)];
    const LightState order[] = {LightState::Red, LightState::Amber, LightState::Grey, LightState::Green};
    double x = left;
    for (LightState state : order) {
        drawBadge(p, QRectF(x, y, mm(7), mm(7)), state);
        p.setPen(kInk);
        p.setFont(font(10, true));
        const QString text = QStringLiteral("%1 %2").arg(counts[int(state)]).arg(lights::stateWord(state).toLower());
        p.drawText(QRectF(x + mm(9), y, mm(36), mm(7)), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += mm(45);
    }
    y += mm(11);

    // The legend: what the shapes mean without colour.
    p.setFont(font(8));
    p.setPen(kMuted);
    p.drawText(QRectF(left, y, area.width(), mm(18)), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("Each light has a shape, a symbol and a word, so the report reads the same in black and white: "
                  "a disc with ✓ is within limits (below %1 % of the threshold by default), a triangle with ! is near the limit "
                  "(%1 % to 100 %), an octagon with ✕ is over the limit, a dashed ring with ? has no recent data. "
                  "Resources compare their use in the current period with the safe threshold; indicators compare their latest "
                  "measurement, in the direction that is better for them.")
                   .arg(70));
}

void Report::drawLightLine(QPainter &p, const QRectF &area, const CommonsLight *light) const
{
    const LightState state = light ? light->state : LightState::Grey;
    drawBadge(p, QRectF(area.left(), area.top() + mm(1), mm(9), mm(9)), state);
    p.setPen(kInk);
    p.setFont(font(11, true));
    p.drawText(QRectF(area.left() + mm(12), area.top(), area.width() - mm(12), mm(6)), Qt::AlignLeft | Qt::AlignTop,
               light ? QStringLiteral("%1 · %2").arg(lights::stateWord(state), lights::trendWord(light->trend)) : lights::stateWord(state));
    p.setFont(font(8.5));
    p.setPen(kMuted);
    p.drawText(QRectF(area.left() + mm(12), area.top() + mm(6), area.width() - mm(12), mm(8)),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, light ? light->summary : tr("No light as of the report's end."));
}

// Tick values for an axis from low to high: about five round steps.
QList<double> ticks(double low, double high)
{
    QList<double> values;
    const double range = high - low;
    if (!(range > 0))
        return {low};
    const double rough = range / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = f * magnitude;
        if (step >= rough)
            break;
    }
    for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9; v += step)
        values.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return values;
}

QString tickText(double value)
{
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return locale.toString(value / 1e6, 'g', 3) + QStringLiteral(" M");
    if (magnitude >= 1e4)
        return locale.toString(value / 1e3, 'g', 3) + QStringLiteral(" k");
    return locale.toString(value, 'g', 4);
}

QRectF Report::drawFrame(QPainter &p, const QRectF &area, double low, double high, const QString &unit, const CommonsLight *,
                         std::int64_t threshold, Direction direction, const Bands &bands) const
{
    const QRectF plot = area.adjusted(mm(16), mm(5), -mm(30), -mm(9));
    auto yOf = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };

    // The bands, shaded, with their word at the right edge.
    if (threshold > 0) {
        const double t = threshold / 1000.0;
        struct Band {
            double from, to;
            LightState state;
        };
        QList<Band> list;
        if (direction == Direction::LowerIsBetter) {
            const double amber = t * bands.amberFromPercent / 100.0;
            const double red = t * bands.redAbovePercent / 100.0;
            list = {{low, amber, LightState::Green}, {amber, red, LightState::Amber}, {red, high, LightState::Red}};
        } else {
            const double red = t * 100.0 / bands.redAbovePercent;
            const double green = t * 100.0 / bands.amberFromPercent;
            list = {{low, red, LightState::Red}, {red, green, LightState::Amber}, {green, high, LightState::Green}};
        }
        for (const Band &band : list) {
            const double from = std::clamp(band.from, low, high);
            const double to = std::clamp(band.to, low, high);
            if (to <= from)
                continue;
            const QColor fill = band.state == LightState::Green ? kGreenBand : band.state == LightState::Amber ? kAmberBand : kRedBand;
            const QRectF shade(plot.left(), yOf(to), plot.width(), yOf(from) - yOf(to));
            p.fillRect(shade, fill);
            // The band's name beside the plot, where it is tall enough.
            const QRectF label(plot.right() + mm(1.5), shade.top(), mm(28), shade.height());
            if (label.height() >= mm(3.2)) {
                p.setPen(kInk);
                p.setFont(font(7));
                p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                           lights::stateSymbol(band.state) + QLatin1Char(' ') + lights::stateWord(band.state));
            }
        }
    }

    // Grid and value axis.
    p.setFont(font(7));
    for (double v : ticks(low, high)) {
        const double y = yOf(v);
        p.setPen(QPen(QColor(0, 0, 0, 40), mm(0.1)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), y - mm(2), mm(15), mm(4)), Qt::AlignRight | Qt::AlignVCenter, tickText(v));
    }
    p.setPen(kMuted);
    p.drawText(QRectF(area.left(), area.top() - mm(0.5), mm(40), mm(4)), Qt::AlignLeft | Qt::AlignTop, unit);

    if (threshold > 0) {
        const double y = yOf(threshold / 1000.0);
        if (y >= plot.top() && y <= plot.bottom()) {
            QPen pen(kInk, mm(0.35));
            pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setFont(font(7, true));
            p.setPen(kInk);
            p.drawText(QRectF(plot.left() + mm(1), y - mm(4), plot.width() - mm(2), mm(3.8)), Qt::AlignLeft | Qt::AlignBottom,
                       tr("Threshold %1").arg(amount(threshold, unit)));
        }
    }
    p.setPen(QPen(kInk, mm(0.25)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    return plot;
}

// Ranges for the value axis: zero and the threshold's bands always in view.
std::pair<double, double> valueRange(double low, double high, std::int64_t threshold, Direction direction, const Bands &bands)
{
    double top = high;
    if (threshold > 0) {
        const double t = threshold / 1000.0;
        top = std::max(top, direction == Direction::LowerIsBetter ? t * std::max(bands.redAbovePercent, 100) / 100.0 * 1.25
                                                                  : t * 100.0 / bands.amberFromPercent * 1.15);
    }
    double bottom = std::min(0.0, low);
    if (!(top > bottom))
        top = bottom + 1;
    top += (top - bottom) * 0.04;
    return {bottom, top};
}

void Report::drawResourceChart(QPainter &p, const QRectF &area, const AssemblyReportData::ResourceSection &section) const
{
    const CommonsResource &r = section.resource;
    double high = 0;
    for (const CommonsPeriodUse &use : section.periods)
        high = std::max(high, use.extracted / 1000.0);
    const auto [low, top] = valueRange(0, high, r.threshold, Direction::LowerIsBetter, r.bands);
    p.setPen(kInk);
    p.setFont(font(9, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), mm(5)), Qt::AlignLeft | Qt::AlignTop,
               tr("Extracted per %1 against the safe threshold").arg(CommonsResource::periodName(r.period)));
    // Room under the chart for the permits' sentence, on two lines if need be.
    const QRectF chart = area.adjusted(0, mm(7), 0, -mm(8));
    const QRectF plot = drawFrame(p, chart, low, top, r.unit, nullptr, r.threshold, Direction::LowerIsBetter, r.bands);
    const int n = int(section.periods.size());
    if (n == 0)
        return;
    const double slot = plot.width() / n;
    const double barWidth = slot * 0.62;
    // Label every k-th period so that labels do not collide.
    const QFontMetricsF metrics(font(7), &m_writer);
    double widest = 0;
    for (const CommonsPeriodUse &use : section.periods)
        widest = std::max(widest, metrics.horizontalAdvance(use.period.label));
    const int every = std::max(1, int(std::ceil((widest + mm(2)) / slot)));
    for (int i = 0; i < n; ++i) {
        const CommonsPeriodUse &use = section.periods.at(i);
        const double value = use.extracted / 1000.0;
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const double y = plot.bottom() - (value - low) / (top - low) * plot.height();
        p.fillRect(QRectF(x, y, barWidth, plot.bottom() - y), kBar);
        if (i % every == 0) {
            p.setPen(kMuted);
            p.setFont(font(7));
            p.drawText(QRectF(plot.left() + slot * i + slot / 2 - mm(20), plot.bottom() + mm(1), mm(40), mm(4)), Qt::AlignHCenter | Qt::AlignTop,
                       use.period.label);
        }
        if (n <= 12 && use.extracted > 0) {
            p.setPen(kInk);
            p.setFont(font(6.5));
            p.drawText(QRectF(x - mm(8), y - mm(3.6), barWidth + mm(16), mm(3.4)), Qt::AlignHCenter | Qt::AlignBottom,
                       quantity::toDisplayString(use.extracted));
        }
    }
    // Permits at the end of the report's range, under the chart.
    const PermitAccount &a = section.permitsAtEnd;
    const QLocale locale;
    p.setPen(kInk);
    p.setFont(font(8.5));
    p.drawText(QRectF(area.left(), area.bottom() - mm(8), area.width(), mm(8)), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
               tr("%1: %2 of %3 shared permits left, %4 drawing rights unspent, %5 credits a permit at the current use.")
                   .arg(a.period.label, locale.toString(qlonglong(a.sharedLeft)), locale.toString(qlonglong(a.permits)),
                        locale.toString(qlonglong(a.drawingRightsLeft)), Money::fromMinor(a.pricePerPermit).toString()));
}

void Report::drawIndicatorChart(QPainter &p, const QRectF &area, const AssemblyReportData::IndicatorSection &section) const
{
    const Indicator &ind = section.indicator;
    double low = 0, high = 0;
    bool first = true;
    for (const MeasurementPoint &point : section.points) {
        const double v = point.value / 1000.0;
        low = first ? v : std::min(low, v);
        high = first ? v : std::max(high, v);
        first = false;
    }
    const auto [bottom, top] = valueRange(low, high, ind.threshold, ind.direction, ind.bands);
    p.setPen(kInk);
    p.setFont(font(9, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), mm(5)), Qt::AlignLeft | Qt::AlignTop,
               tr("Measurements against the threshold"));
    const QRectF chart = area.adjusted(0, mm(7), 0, 0);
    const QRectF plot = drawFrame(p, chart, bottom, top, ind.unit, nullptr, ind.threshold, ind.direction, ind.bands);

    const qint64 firstDay = m_data.from.toJulianDay();
    const qint64 span = std::max<qint64>(1, m_data.to.toJulianDay() - firstDay + 1);
    auto xOf = [&](QDate day) { return plot.left() + double(day.toJulianDay() - firstDay) / span * plot.width(); };
    auto yOf = [&](double v) { return plot.bottom() - (v - bottom) / (top - bottom) * plot.height(); };

    // Time axis: months over up to two years, years beyond.
    const QLocale locale;
    p.setFont(font(7));
    const bool byYear = span > 750;
    const int monthStep = span > 400 ? 3 : 1;
    QDate tick(m_data.from.year(), byYear ? 1 : m_data.from.month(), 1);
    if (tick < m_data.from)
        tick = byYear ? tick.addYears(1) : tick.addMonths(1);
    const int yearStep = std::max(1, int(span / 365 / 10) + 1);
    bool firstTick = true;
    while (tick <= m_data.to) {
        const double x = xOf(tick);
        p.setPen(QPen(QColor(0, 0, 0, 40), mm(0.1)));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(kMuted);
        // The year on the first tick and on each January.
        const QString label = byYear ? QString::number(tick.year())
                                     : locale.toString(tick, firstTick || tick.month() == 1 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        p.drawText(QRectF(x - mm(12), plot.bottom() + mm(1), mm(24), mm(4)), Qt::AlignHCenter | Qt::AlignTop, label);
        tick = byYear ? tick.addYears(yearStep) : tick.addMonths(monthStep);
        firstTick = false;
    }

    if (section.points.isEmpty()) {
        p.setPen(kInk);
        p.setFont(font(10));
        p.drawText(plot, Qt::AlignCenter, tr("No measurements in this period."));
        return;
    }
    QPolygonF line;
    for (const MeasurementPoint &point : section.points)
        line << QPointF(xOf(point.day), yOf(point.value / 1000.0));
    p.save();
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kLine, mm(0.45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (line.size() == 1) {
        p.setBrush(kLine);
        p.drawEllipse(line.first(), mm(0.9), mm(0.9));
    } else {
        p.drawPolyline(line);
    }
    p.restore();
}

void Report::drawBalanceChart(QPainter &p, const QRectF &area) const
{
    const QList<EcoBalance> &months = m_data.communityMonths;
    double up = 0, down = 0;
    for (const EcoBalance &m : months) {
        up = std::max(up, m.regeneration / 1000.0);
        down = std::max(down, (m.extraction + m.impacts) / 1000.0);
    }
    const double reach = std::max({up, down, 1.0}) * 1.1;
    const QRectF plot = drawFrame(p, area.adjusted(0, mm(8), 0, 0), -reach, reach, tr("points"), nullptr, 0, Direction::LowerIsBetter, Bands{});
    auto yOf = [&](double v) { return plot.bottom() - (v + reach) / (2 * reach) * plot.height(); };

    // Legend: patterns as well as shades, for black and white.
    struct Key {
        QString word;
        QBrush brush;
    };
    const QBrush regeneration(kGreen);
    const QBrush extraction(kBar);
    const QBrush impacts(kRed, Qt::BDiagPattern);
    const Key keys[] = {{tr("Regeneration (up)"), regeneration}, {tr("Extraction (down)"), extraction}, {tr("Trade impacts (down, hatched)"), impacts}};
    double x = area.left();
    p.setFont(font(8));
    for (const Key &key : keys) {
        p.setPen(QPen(kInk, mm(0.15)));
        p.setBrush(key.brush);
        p.drawRect(QRectF(x, area.top() + mm(0.5), mm(4), mm(4)));
        p.setPen(kInk);
        p.drawText(QRectF(x + mm(5.5), area.top(), mm(52), mm(5)), Qt::AlignLeft | Qt::AlignVCenter, key.word);
        x += mm(58);
    }

    const int n = int(months.size());
    if (n == 0)
        return;
    const double slot = plot.width() / n;
    const double barWidth = slot * 0.62;
    const QLocale locale;
    const int every = std::max(1, int(std::ceil(mm(12) / slot)));
    const double zero = yOf(0);
    for (int i = 0; i < n; ++i) {
        const EcoBalance &m = months.at(i);
        const double left = plot.left() + slot * i + (slot - barWidth) / 2;
        const double regenerationTop = yOf(m.regeneration / 1000.0);
        const double extractionBottom = yOf(-m.extraction / 1000.0);
        const double impactsBottom = yOf(-(m.extraction + m.impacts) / 1000.0);
        p.setPen(Qt::NoPen);
        p.fillRect(QRectF(left, regenerationTop, barWidth, zero - regenerationTop), regeneration);
        p.fillRect(QRectF(left, zero, barWidth, extractionBottom - zero), extraction);
        if (m.impacts > 0) {
            p.setPen(QPen(kRed, mm(0.15)));
            p.setBrush(impacts);
            p.drawRect(QRectF(left, extractionBottom, barWidth, impactsBottom - extractionBottom));
        }
        if (i % every == 0) {
            p.setPen(kMuted);
            p.setFont(font(7));
            const QString label = n <= 14 ? locale.toString(m.month, QStringLiteral("MMM")) : locale.toString(m.month, QStringLiteral("MMM yy"));
            p.drawText(QRectF(plot.left() + slot * i + slot / 2 - mm(10), plot.bottom() + mm(1), mm(20), mm(4)),
                       Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
    p.setPen(QPen(kInk, mm(0.3)));
    p.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero));
}

Status Report::write(const std::function<bool(int, int)> &progress)
{
    m_baseFont = QGuiApplication::font();
    plan();
    QPainter painter;
    if (!painter.begin(&m_writer))
        return Error::make(ErrorCode::IoError, tr("Cannot start the PDF of the assembly report."));
    const int total = int(m_pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !m_writer.newPage()) {
            painter.end();
            return Error::make(ErrorCode::IoError, tr("Cannot add a page to the assembly report."));
        }
        drawPage(painter, m_pages.at(size_t(i)), i + 1, total);
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return Error::make(ErrorCode::Cancelled, tr("Writing the assembly report was cancelled."));
        }
    }
    if (!painter.end())
        return Error::make(ErrorCode::IoError, tr("Cannot finish the PDF of the assembly report."));
    return {};
}

} // namespace

Status writeAssemblyReportPdf(const AssemblyReportData &data, const QString &path, const std::function<bool(int done, int total)> &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::make(ErrorCode::InvalidArgument,
                           tr("The report is drawn with fonts, which need a QGuiApplication; this program has none."));
    if (!data.from.isValid() || !data.to.isValid() || data.from > data.to)
        return Error::make(ErrorCode::InvalidArgument, tr("The report's period is not valid: it needs a first day on or before its last day."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::IoError, tr("Cannot write the file %1: %2.").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Assembly report %1 – %2").arg(dayText(data.from), dayText(data.to)));
        writer.setCreator(QStringLiteral("Mycelium"));
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        Report report(data, writer);
        if (Status s = report.write(progress); !s) {
            file.cancelWriting();
            return s;
        }
    }
    if (!file.commit())
        return Error::make(ErrorCode::IoError, tr("Cannot write the file %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace mycelium::reports
