// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/assemblycontroller.h"
#include "commons/commonscontroller.h"
#include "commons/ecobalancecontroller.h"
#include "ledger/ledgerbinding.h"

#include "commons/lights.h"
#include "commons/quantity.h"

#include <QLocale>
#include <QtCharts/QXYSeries>

#include <algorithm>
#include <memory>

namespace mycelium {

namespace {

qreal units(std::int64_t thousandths)
{
    return qreal(thousandths) / qreal(quantity::kScale);
}

qreal msecs(QDate day)
{
    return qreal(day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QString trendSymbol(Trend trend)
{
    switch (trend) {
    case Trend::Improving:
        return QStringLiteral("↗");
    case Trend::Steady:
        return QStringLiteral("→");
    case Trend::Worsening:
        return QStringLiteral("↘");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("?");
}

// Room above and below the lowest and highest values of a chart.
std::pair<double, double> padded(double lowest, double highest)
{
    if (lowest > 0)
        lowest = 0;
    const double span = std::max(highest - lowest, 1.0);
    return {lowest < 0 ? lowest - span * 0.1 : 0.0, highest + span * 0.15};
}

} // namespace

AssemblyController::AssemblyController(QObject *parent) : QObject(parent) { }

void AssemblyController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::readyChanged, this, [this] {
                // Locked: nothing of the vault stays on the projector.
                if (!m_ledger || !m_ledger->ready()) {
                    ++m_request;
                    m_data.reset();
                    m_pages.clear();
                    m_currentIndex = 0;
                    setLoading(false);
                    Q_EMIT pagesChanged();
                    Q_EMIT currentChanged();
                }
            });
        }))
        return;
    Q_EMIT ledgerChanged();
}

QString AssemblyController::periodText() const
{
    if (!m_from.isValid() || !m_to.isValid() || !m_ledger)
        return {};
    return tr("%1 to %2").arg(m_ledger->formatDate(m_from), m_ledger->formatDate(m_to));
}

void AssemblyController::setCurrentIndex(int index)
{
    index = m_pages.isEmpty() ? 0 : std::clamp(index, 0, int(m_pages.size()) - 1);
    if (index == m_currentIndex)
        return;
    m_currentIndex = index;
    Q_EMIT currentChanged();
}

QString AssemblyController::counterText() const
{
    if (m_pages.isEmpty())
        return {};
    return tr("%1 / %2").arg(m_currentIndex + 1).arg(m_pages.size());
}

QDateTime AssemblyController::axisStart() const
{
    return m_from.isValid() ? m_from.startOfDay(Qt::UTC) : QDateTime();
}

QDateTime AssemblyController::axisEnd() const
{
    return m_to.isValid() ? m_to.addDays(1).startOfDay(Qt::UTC) : QDateTime();
}

void AssemblyController::next()
{
    setCurrentIndex(m_currentIndex + 1);
}

void AssemblyController::previous()
{
    setCurrentIndex(m_currentIndex - 1);
}

void AssemblyController::first()
{
    setCurrentIndex(0);
}

void AssemblyController::last()
{
    setCurrentIndex(int(m_pages.size()) - 1);
}

QVariantMap AssemblyController::preset(const QString &name) const
{
    const QDate today = m_ledger ? m_ledger->today() : QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    QDate from, to;
    if (name == QLatin1String("lastMonth")) {
        from = thisMonth.addMonths(-1);
        to = thisMonth.addDays(-1);
    } else if (name == QLatin1String("thisYear")) {
        from = QDate(today.year(), 1, 1);
        to = today;
    } else if (name == QLatin1String("last12Months")) {
        from = thisMonth.addMonths(-11);
        to = today;
    } else {
        return {};
    }
    const auto text = [this](QDate day) { return m_ledger ? m_ledger->formatDate(day) : day.toString(Qt::ISODate); };
    return {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("fromText"), text(from)}, {QStringLiteral("toText"), text(to)}};
}

void AssemblyController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void AssemblyController::fail(const QString &message)
{
    m_error = message;
    Q_EMIT pagesChanged();
}

bool AssemblyController::start(const QString &fromText, const QString &toText)
{
    if (!m_ledger || !m_ledger->ready()) {
        fail(tr("The vault is locked."));
        return false;
    }
    const QDate from = m_ledger->parseDate(fromText.trimmed());
    const QDate to = m_ledger->parseDate(toText.trimmed());
    if (!from.isValid()) {
        fail(tr("Type the first day as %1.").arg(m_ledger->dateFormatHint()));
        return false;
    }
    if (!to.isValid()) {
        fail(tr("Type the last day as %1.").arg(m_ledger->dateFormatHint()));
        return false;
    }
    if (from > to) {
        fail(tr("The first day comes after the last day."));
        return false;
    }
    if (to > m_ledger->today()) {
        fail(tr("The last day is in the future: choose today or earlier."));
        return false;
    }
    m_from = from;
    m_to = to;
    m_error.clear();
    m_data.reset();
    m_pages.clear();
    m_currentIndex = 0;
    Q_EMIT rangeChanged();
    Q_EMIT pagesChanged();
    Q_EMIT currentChanged();

    const quint64 request = ++m_request;
    auto read = std::make_shared<AssemblyReportData>();
    setLoading(true);
    const bool started = m_ledger->runInBackground(
        this,
        [from, to, read](Database &db) -> Status {
            auto data = reports::gatherAssemblyReport(db, from, to);
            if (!data)
                return data.error();
            *read = std::move(*data);
            return {};
        },
        [this, request, read](const Status &status) {
            if (request != m_request)
                return;
            setLoading(false);
            if (status.ok()) {
                m_data = std::move(*read);
                buildPages();
            } else {
                m_error = status.error().message;
            }
            Q_EMIT pagesChanged();
            Q_EMIT currentChanged();
        });
    if (!started) {
        setLoading(false);
        fail(tr("The vault is locked."));
        return false;
    }
    return true;
}

void AssemblyController::buildPages()
{
    m_pages.clear();
    m_currentIndex = 0;
    if (!m_data)
        return;
    const QString resourceWord = tr("Commons resource");
    const QString indicatorWord = tr("Ecological indicator");
    // The lights, worst first.
    for (const CommonsLight &light : std::as_const(m_data->lights)) {
        const bool resource = light.subject == CommonsLight::Subject::Resource;
        const bool higher = light.direction == Direction::HigherIsBetter;
        QVariantMap page{
            {QStringLiteral("kind"), QStringLiteral("light")},
            {QStringLiteral("title"), light.name},
            {QStringLiteral("subtitle"), resource ? resourceWord : indicatorWord},
            {QStringLiteral("state"), lights::stateName(light.state)},
            {QStringLiteral("symbol"), lights::stateSymbol(light.state)},
            {QStringLiteral("word"), lights::stateWord(light.state)},
            {QStringLiteral("valueText"), light.value ? CommonsController::formatQuantity(*light.value, light.unit) : tr("No data")},
            {QStringLiteral("thresholdText"), light.threshold > 0 ? (higher ? tr("Threshold %1, higher is better").arg(CommonsController::formatQuantity(light.threshold, light.unit))
                                                                            : tr("Threshold %1, lower is better").arg(CommonsController::formatQuantity(light.threshold, light.unit)))
                                                                  : tr("No threshold")},
            {QStringLiteral("percentText"), light.value && light.threshold > 0 ? tr("%1 % of the threshold").arg(light.percent) : QString()},
            {QStringLiteral("summary"), light.summary},
            {QStringLiteral("trend"), lights::trendName(light.trend)},
            {QStringLiteral("trendWord"), lights::trendWord(light.trend)},
            {QStringLiteral("trendSymbol"), trendSymbol(light.trend)},
            {QStringLiteral("periodLabel"), light.periodLabel},
        };
        m_pages.append(page);
    }
    // A chart for each resource and indicator, in the lights' order.
    QList<QVariantMap> charts;
    for (const CommonsLight &light : std::as_const(m_data->lights)) {
        if (light.subject == CommonsLight::Subject::Resource) {
            for (qsizetype i = 0; i < m_data->resources.size(); ++i) {
                const auto &section = m_data->resources.at(i);
                if (section.resource.id != light.id)
                    continue;
                std::int64_t extracted = 0, highest = section.resource.threshold;
                for (const CommonsPeriodUse &use : section.periods) {
                    extracted += use.extracted;
                    highest = std::max({highest, use.extracted, use.threshold});
                }
                const auto [minimum, maximum] = padded(0, units(highest));
                charts.append({
                    {QStringLiteral("kind"), QStringLiteral("resourceChart")},
                    {QStringLiteral("subject"), QStringLiteral("resource")},
                    {QStringLiteral("subjectId"), qint64(section.resource.id)},
                    {QStringLiteral("section"), int(i)},
                    {QStringLiteral("title"), section.resource.name},
                    {QStringLiteral("subtitle"), tr("Extracted per %1 against the safe threshold")
                                                     .arg(section.resource.period == CommonsResource::Period::Month ? tr("month") : tr("year"))},
                    {QStringLiteral("unit"), section.resource.unit},
                    {QStringLiteral("threshold"), units(section.resource.threshold)},
                    {QStringLiteral("higherIsBetter"), false},
                    {QStringLiteral("amberFromPercent"), section.resource.bands.amberFromPercent},
                    {QStringLiteral("redAbovePercent"), section.resource.bands.redAbovePercent},
                    {QStringLiteral("minimum"), minimum},
                    {QStringLiteral("maximum"), maximum},
                    {QStringLiteral("summary"), tr("%1 extracted in the periods shown; safe threshold %2 per period.")
                                                    .arg(CommonsController::formatQuantity(extracted, section.resource.unit), CommonsController::formatQuantity(section.resource.threshold, section.resource.unit))},
                });
            }
        } else {
            for (qsizetype i = 0; i < m_data->indicators.size(); ++i) {
                const auto &section = m_data->indicators.at(i);
                if (section.indicator.id != light.id)
                    continue;
                double lowest = units(section.indicator.threshold), highest = lowest;
                for (const MeasurementPoint &point : section.points) {
                    lowest = std::min(lowest, units(point.value));
                    highest = std::max(highest, units(point.value));
                }
                const auto [minimum, maximum] = padded(lowest, highest);
                const QString unit = section.indicator.unit;
                QString summary = section.measurements == 0
                    ? tr("No measurement in these days.")
                    : tr("%n measurements; latest %1, lowest %2, highest %3.", nullptr, section.measurements)
                          .arg(section.latest ? CommonsController::formatQuantity(*section.latest, unit) : tr("none"), section.lowest ? CommonsController::formatQuantity(*section.lowest, unit) : tr("none"),
                               section.highest ? CommonsController::formatQuantity(*section.highest, unit) : tr("none"));
                const bool higher = section.indicator.direction == Direction::HigherIsBetter;
                charts.append({
                    {QStringLiteral("kind"), QStringLiteral("indicatorChart")},
                    {QStringLiteral("subject"), QStringLiteral("indicator")},
                    {QStringLiteral("subjectId"), qint64(section.indicator.id)},
                    {QStringLiteral("section"), int(i)},
                    {QStringLiteral("title"), section.indicator.name},
                    {QStringLiteral("subtitle"), higher ? tr("Measured against the threshold; higher is better")
                                                        : tr("Measured against the threshold; lower is better")},
                    {QStringLiteral("unit"), unit},
                    {QStringLiteral("threshold"), units(section.indicator.threshold)},
                    {QStringLiteral("higherIsBetter"), higher},
                    {QStringLiteral("amberFromPercent"), section.indicator.bands.amberFromPercent},
                    {QStringLiteral("redAbovePercent"), section.indicator.bands.redAbovePercent},
                    {QStringLiteral("minimum"), minimum},
                    {QStringLiteral("maximum"), maximum},
                    {QStringLiteral("summary"), summary},
                });
            }
        }
    }
    m_pages.append(charts);
    // The ecological balance, month by month.
    std::int64_t regeneration = 0, extraction = 0, impacts = 0;
    for (const EcoBalance &month : std::as_const(m_data->communityMonths)) {
        regeneration += month.regeneration;
        extraction += month.extraction;
        impacts += month.impacts;
    }
    const auto [minimum, maximum] = EcoBalanceController::balanceRange(m_data->communityMonths);
    m_pages.append({
        {QStringLiteral("kind"), QStringLiteral("balance")},
        {QStringLiteral("title"), tr("Ecological balance")},
        {QStringLiteral("subtitle"), tr("Regeneration above the line; extraction and trade impacts below it; the net month by month")},
        {QStringLiteral("unit"), tr("points")},
        {QStringLiteral("minimum"), minimum},
        {QStringLiteral("maximum"), maximum},
        {QStringLiteral("summary"), tr("Regeneration %1, extraction %2, trade impacts %3: net %4.")
                                        .arg(EcoBalanceController::pointsText(regeneration), EcoBalanceController::pointsText(-extraction),
                                             EcoBalanceController::pointsText(-impacts),
                                             EcoBalanceController::pointsText(regeneration - extraction - impacts))},
    });
}

QVariantMap AssemblyController::page(int index) const
{
    if (index < 0 || index >= m_pages.size())
        return {};
    QVariantMap page = m_pages.at(index);
    page.insert(QStringLiteral("index"), index);
    return page;
}

QVariantMap AssemblyController::plotResource(QObject *series, qint64 resourceId, const QString &range) const
{
    Q_UNUSED(range)
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy) {
        qWarning("AssemblyController::plotResource needs a LineSeries");
        return {};
    }
    QList<QPointF> points;
    double lowest = 0, highest = 0;
    if (m_data) {
        for (const auto &section : std::as_const(m_data->resources)) {
            if (section.resource.id != resourceId)
                continue;
            for (const CommonsPeriodUse &use : section.periods) {
                const qreal from = msecs(std::max(use.period.first, m_from));
                const qreal to = msecs(std::min(use.period.last, m_to).addDays(1));
                points.append({QPointF(from, units(use.extracted)), QPointF(to, units(use.extracted))});
                highest = std::max(highest, units(use.extracted));
            }
        }
    }
    xy->replace(points);
    return {{QStringLiteral("points"), int(points.size())}, {QStringLiteral("from"), axisStart()}, {QStringLiteral("to"), axisEnd()},
            {QStringLiteral("spanDays"), m_from.daysTo(m_to) + 1}, {QStringLiteral("minimum"), lowest}, {QStringLiteral("maximum"), highest},
            {QStringLiteral("rangeText"), periodText()}};
}

QVariantMap AssemblyController::plotIndicator(QObject *series, qint64 indicatorId, const QString &range) const
{
    Q_UNUSED(range)
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (!xy) {
        qWarning("AssemblyController::plotIndicator needs a LineSeries");
        return {};
    }
    QList<QPointF> points;
    double lowest = 0, highest = 0;
    if (m_data) {
        for (const auto &section : std::as_const(m_data->indicators)) {
            if (section.indicator.id != indicatorId)
                continue;
            points.reserve(section.points.size());
            for (const MeasurementPoint &point : section.points) {
                const double value = units(point.value);
                if (points.isEmpty() || value < lowest)
                    lowest = value;
                if (points.isEmpty() || value > highest)
                    highest = value;
                points.append(QPointF(msecs(point.day), value));
            }
        }
    }
    xy->replace(points);
    return {{QStringLiteral("points"), int(points.size())}, {QStringLiteral("from"), axisStart()}, {QStringLiteral("to"), axisEnd()},
            {QStringLiteral("spanDays"), m_from.daysTo(m_to) + 1}, {QStringLiteral("minimum"), lowest}, {QStringLiteral("maximum"), highest},
            {QStringLiteral("rangeText"), periodText()}};
}

void AssemblyController::plotBalance(QObject *regeneration, QObject *extraction, QObject *impacts, QObject *net) const
{
    EcoBalanceController::plotBalance(m_data ? m_data->communityMonths : QList<EcoBalance>(), regeneration, extraction, impacts, net);
}

} // namespace mycelium
