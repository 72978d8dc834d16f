// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commonscontroller.h"
#include "ledger/ledgerbinding.h"

#include "commons/indicators.h"
#include "commons/quantity.h"
#include "ledger/money.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace mycelium {

namespace {

const QString kName = QStringLiteral("name");
const QString kUnit = QStringLiteral("unit");

} // namespace

CommonsController::CommonsController(QObject *parent) : QObject(parent) { }

void CommonsController::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            // Unlocking, locking, and a new day.
            connect(controller, &LedgerController::ledgerChanged, this, &CommonsController::refresh);
        }))
        return;
    refresh();
    Q_EMIT ledgerChanged();
}

Database *CommonsController::database() const
{
    return m_ledger ? m_ledger->database() : nullptr;
}

QDate CommonsController::today() const
{
    return m_ledger ? m_ledger->today() : QDate::currentDate();
}

QString CommonsController::formatMoney(qint64 minor) const
{
    return m_ledger ? m_ledger->formatMoney(minor) : Money::fromMinor(minor).toString(QLocale());
}

QString CommonsController::formatDate(QDate date) const
{
    return m_ledger ? m_ledger->formatDate(date) : QLocale().toString(date, QLocale::ShortFormat);
}

QString CommonsController::formatQuantity(std::int64_t thousandths, const QString &unit)
{
    const QString number = quantity::toDisplayString(thousandths);
    return unit.isEmpty() ? number : tr("%1 %2").arg(number, unit);
}

QDate CommonsController::parseDay(const QString &text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return today();
    const QDate iso = QDate::fromString(typed, Qt::ISODate);
    if (iso.isValid())
        return iso;
    return m_ledger ? m_ledger->parseDate(typed) : QDate();
}

QVariantList CommonsController::periodOptions()
{
    return { QVariantMap { { QStringLiteral("value"), CommonsResource::periodName(CommonsResource::Period::Month) },
                 { QStringLiteral("text"), tr("Month") } },
        QVariantMap { { QStringLiteral("value"), CommonsResource::periodName(CommonsResource::Period::Year) },
            { QStringLiteral("text"), tr("Year") } } };
}

QVariantList CommonsController::directionOptions()
{
    return { QVariantMap { { QStringLiteral("value"), lights::directionName(Direction::LowerIsBetter) },
                 { QStringLiteral("text"), tr("Lower is better (use, emissions)") } },
        QVariantMap { { QStringLiteral("value"), lights::directionName(Direction::HigherIsBetter) },
            { QStringLiteral("text"), tr("Higher is better (biodiversity, groundwater)") } } };
}

QString CommonsController::importColumnsText()
{
    return indicators::importColumns().join(QStringLiteral(", "));
}

void CommonsController::refresh()
{
    reload();
    Q_EMIT changed();
}

void CommonsController::reload()
{
    m_overrides.clear();
    m_overridesPeriod.clear();
    m_resourceOptions.clear();
    m_indicatorOptions.clear();
    Database *db = database();
    if (!db)
        return;
    const QDate day = today();
    auto resources = commons::resources(*db);
    if (!resources) {
        qWarning("Reading the commons resources failed: %s", qPrintable(resources.error().message));
        return;
    }
    // Each resource's current period: a month or a year.
    QHash<qint64, CommonsPeriod> periods;
    QDate earliest = day;
    for (const CommonsResource &r : std::as_const(*resources)) {
        m_resourceOptions.append(QVariantMap { { QStringLiteral("id"), qint64(r.id) }, { kName, r.name }, { kUnit, r.unit } });
        const CommonsPeriod period = commons::periodContaining(r.period, day);
        periods.insert(r.id, period);
        earliest = std::min(earliest, period.first);
    }
    if (auto list = indicators::list(*db)) {
        for (const Indicator &i : std::as_const(*list))
            m_indicatorOptions.append(QVariantMap { { QStringLiteral("id"), qint64(i.id) }, { kName, i.name }, { kUnit, i.unit } });
    }
    auto overrides = commons::overrides(*db, earliest, day);
    if (!overrides) {
        qWarning("Reading the emergency overrides failed: %s", qPrintable(overrides.error().message));
        return;
    }
    QStringList labels;
    for (const Extraction &e : std::as_const(*overrides)) {
        const CommonsPeriod period = periods.value(e.resourceId);
        if (e.date < period.first)
            continue;
        if (!labels.contains(period.label))
            labels.append(period.label);
        const QString member = tr("%1 (member %2)").arg(e.memberName).arg(e.memberNumber);
        const QString quantityText = formatQuantity(e.quantity, e.unit);
        m_overrides.append(QVariantMap {
            { QStringLiteral("id"), qint64(e.id) },
            { QStringLiteral("resource"), e.resourceName },
            { QStringLiteral("memberText"), member },
            { QStringLiteral("quantityText"), quantityText },
            { QStringLiteral("reason"), e.overrideReason },
            { QStringLiteral("dateText"), formatDate(e.date) },
            { QStringLiteral("text"),
                tr("%1: %2 of %3 taken by %4 beyond the permits (%n permits), because: %5", nullptr, int(e.permitsBeyond))
                    .arg(formatDate(e.date), quantityText, e.resourceName, member, e.overrideReason) },
        });
    }
    // The periods the overrides shown belong to: "March 2026", or "March 2026 and 2026".
    m_overridesPeriod = labels.isEmpty() ? commons::periodContaining(CommonsResource::Period::Month, day).label
                                         : QLocale().createSeparatedList(labels);
}

void CommonsController::finishLedgerChange(const QString &operation, const QString &message, qint64 id, qint64 member)
{
    // A charge or a payment of the commons fund is a trade between the
    // member and the fund: the ledger's lists and that member's pages reload.
    m_ledger->notifyTradesRecorded({ member }, QString());
    finishChange(operation, message, id);
}

bool CommonsController::refuse(const QString &operation, const QString &message)
{
    setLastError(message);
    Q_EMIT operationFinished(operation, false, message, 0);
    return false;
}

void CommonsController::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void CommonsController::finishChange(const QString &operation, const QString &message, qint64 id)
{
    setLastError({});
    refresh();
    Q_EMIT operationFinished(operation, true, message, id);
}

QVariantMap CommonsController::resourceFields(qint64 id) const
{
    CommonsResource r;
    r.yieldPerPeriod = 0;
    if (Database *db = database(); db && id > 0) {
        if (auto found = commons::resourceById(*db, id))
            r = *found;
    }
    const bool isNew = r.id == 0;
    const auto q = [&](std::int64_t v) { return isNew && v == 0 ? QString() : quantity::toPlainString(v); };
    const auto m = [&](std::int64_t v) { return isNew && v == 0 ? QString() : Money::fromMinor(v).toString(QLocale()); };
    return {
        { kName, r.name },
        { kUnit, r.unit },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("stock"), r.stock ? quantity::toPlainString(*r.stock) : QString() },
        { QStringLiteral("period"), CommonsResource::periodName(r.period) },
        { QStringLiteral("yield"), q(r.yieldPerPeriod) },
        { QStringLiteral("permits"), isNew ? QString() : QString::number(r.permitsPerPeriod) },
        { QStringLiteral("threshold"), q(r.threshold) },
        { QStringLiteral("basePrice"), m(r.basePrice) },
        { QStringLiteral("elasticity"), r.elasticity },
        { QStringLiteral("regenerationUnit"), r.regenerationUnit },
        { QStringLiteral("permitsPerRegenerationUnit"), q(r.permitsPerRegenerationUnit) },
        { QStringLiteral("creditsPerRegenerationUnit"), m(r.creditsPerRegenerationUnit) },
        { QStringLiteral("amberFromPercent"), r.bands.amberFromPercent },
        { QStringLiteral("redAbovePercent"), r.bands.redAbovePercent },
    };
}

bool CommonsController::saveResource(qint64 id, const QVariantMap &fields)
{
    const QString operation = QStringLiteral("saveResource");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    QStringList problems;
    const auto text = [&](const QString &key) { return fields.value(key).toString().trimmed(); };
    const auto amount = [&](const QString &key, const QString &label, bool required) -> std::int64_t {
        const QString typed = text(key);
        if (typed.isEmpty()) {
            if (required)
                problems.append(tr("%1: type a number.").arg(label));
            return 0;
        }
        const auto parsed = quantity::parse(typed);
        if (!parsed) {
            problems.append(tr("%1: “%2” is not a number with at most three decimals.").arg(label, typed));
            return 0;
        }
        return *parsed;
    };
    const auto money = [&](const QString &key, const QString &label) -> std::int64_t {
        const QString typed = text(key);
        if (typed.isEmpty())
            return 0;
        const auto parsed = Money::parse(typed, QLocale());
        if (!parsed) {
            problems.append(tr("%1: %2").arg(label, parsed.error().message));
            return 0;
        }
        return parsed->minor();
    };
    NewCommonsResource r;
    r.name = text(kName);
    r.unit = text(kUnit);
    r.description = text(QStringLiteral("description"));
    if (!text(QStringLiteral("stock")).isEmpty())
        r.stock = amount(QStringLiteral("stock"), tr("Stock"), false);
    if (const auto period = CommonsResource::periodFromName(text(QStringLiteral("period"))))
        r.period = *period;
    r.yieldPerPeriod = amount(QStringLiteral("yield"), tr("Sustainable yield"), true);
    bool ok = false;
    r.permitsPerPeriod = text(QStringLiteral("permits")).toLongLong(&ok);
    if (!ok)
        problems.append(tr("Permits per period: type a whole number."));
    if (!text(QStringLiteral("threshold")).isEmpty())
        r.threshold = amount(QStringLiteral("threshold"), tr("Safe threshold"), false);
    r.basePrice = money(QStringLiteral("basePrice"), tr("Base price"));
    r.elasticity = fields.value(QStringLiteral("elasticity"), 2).toInt();
    r.regenerationUnit = text(QStringLiteral("regenerationUnit"));
    r.permitsPerRegenerationUnit = amount(QStringLiteral("permitsPerRegenerationUnit"), tr("Permits per unit of regeneration"), false);
    r.creditsPerRegenerationUnit = money(QStringLiteral("creditsPerRegenerationUnit"), tr("Credits per unit of regeneration"));
    r.bands.amberFromPercent = fields.value(QStringLiteral("amberFromPercent"), 70).toInt();
    r.bands.redAbovePercent = fields.value(QStringLiteral("redAbovePercent"), 100).toInt();
    if (!problems.isEmpty())
        return refuse(operation, problems.join(QLatin1Char(' ')));
    const bool adding = id <= 0;
    if (adding) {
        r.createdOn = today();
    } else if (auto before = commons::resourceById(*db, id)) {
        r.createdOn = before->createdOn;
    }
    auto saved = adding ? commons::addResource(*db, r, m_ledger->now()) : commons::updateResource(*db, id, r, m_ledger->now());
    if (!saved)
        return refuse(operation, saved.error().message);
    finishChange(operation, adding ? tr("%1 is stewarded from today.").arg(saved->name) : tr("%1 is saved.").arg(saved->name),
        saved->id);
    return true;
}

QVariantMap CommonsController::indicatorFields(qint64 id) const
{
    Indicator i;
    if (Database *db = database(); db && id > 0) {
        if (auto found = indicators::byId(*db, id))
            i = *found;
    }
    return {
        { kName, i.name },
        { kUnit, i.unit },
        { QStringLiteral("boundary"), i.boundary },
        { QStringLiteral("threshold"), i.id == 0 ? QString() : quantity::toPlainString(i.threshold) },
        { QStringLiteral("direction"), lights::directionName(i.direction) },
        { QStringLiteral("amberFromPercent"), i.bands.amberFromPercent },
        { QStringLiteral("redAbovePercent"), i.bands.redAbovePercent },
        { QStringLiteral("staleAfterDays"), i.staleAfterDays },
    };
}

bool CommonsController::saveIndicator(qint64 id, const QVariantMap &fields)
{
    const QString operation = QStringLiteral("saveIndicator");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    const auto text = [&](const QString &key) { return fields.value(key).toString().trimmed(); };
    NewIndicator i;
    i.name = text(kName);
    i.unit = text(kUnit);
    i.boundary = text(QStringLiteral("boundary"));
    const QString thresholdText = text(QStringLiteral("threshold"));
    const auto threshold = quantity::parse(thresholdText);
    if (!threshold)
        return refuse(operation,
            thresholdText.isEmpty() ? tr("Threshold: type the safe threshold.")
                                    : tr("Threshold: “%1” is not a number with at most three decimals.").arg(thresholdText));
    i.threshold = *threshold;
    i.direction = text(QStringLiteral("direction")) == lights::directionName(Direction::HigherIsBetter)
        ? Direction::HigherIsBetter
        : Direction::LowerIsBetter;
    i.bands.amberFromPercent = fields.value(QStringLiteral("amberFromPercent"), 70).toInt();
    i.bands.redAbovePercent = fields.value(QStringLiteral("redAbovePercent"), 100).toInt();
    i.staleAfterDays = fields.value(QStringLiteral("staleAfterDays"), 45).toInt();
    const bool adding = id <= 0;
    if (adding) {
        i.createdOn = today();
    } else if (auto before = indicators::byId(*db, id)) {
        i.createdOn = before->createdOn;
    }
    auto saved = adding ? indicators::add(*db, i, m_ledger->now()) : indicators::update(*db, id, i, m_ledger->now());
    if (!saved)
        return refuse(operation, saved.error().message);
    finishChange(operation, adding ? tr("%1 is watched from today.").arg(saved->name) : tr("%1 is saved.").arg(saved->name),
        saved->id);
    return true;
}

Result<ExtractionRequest> CommonsController::extractionRequest(qint64 resourceId, qint64 memberNumber,
    const QString &quantityText, const QString &dateText, const QString &overrideReason) const
{
    Database *db = database();
    if (!db)
        return Error::make(ErrorCode::Locked, tr("The vault is locked. Unlock it first."));
    auto resource = commons::resourceById(*db, resourceId);
    if (!resource)
        return resource.error();
    if (memberNumber <= 0)
        return Error::make(ErrorCode::InvalidArgument, tr("Choose the member who takes it."));
    const QString typed = quantityText.trimmed();
    const auto amount = quantity::parse(typed);
    if (!amount || *amount <= 0)
        return Error::make(ErrorCode::InvalidArgument,
            typed.isEmpty() ? tr("Type how much is taken, in %1.").arg(resource->unit)
                            : tr("“%1” is not a quantity; type a number with at most three decimals.").arg(typed));
    const QDate day = parseDay(dateText);
    if (!day.isValid())
        return Error::make(ErrorCode::InvalidArgument, tr("“%1” is not a day; write it like %2.").arg(dateText, formatDate(today())));
    ExtractionRequest request;
    request.resource = resource->name;
    request.memberNumber = memberNumber;
    request.quantity = *amount;
    request.date = day;
    request.recordedBy = LedgerController::kRecordedBy;
    request.overrideReason = overrideReason.trimmed();
    return request;
}

QVariantMap CommonsController::regionalBudget(const QString &globalText, const QString &populationShareText,
                                              const QString &ecosystemShareText) const
{
    const auto refuse = [](const QString &error) { return QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}}; };
    const auto global = quantity::parse(globalText);
    if (!global)
        return refuse(tr("The global safe space must be a number of at most three decimals, like 1,000,000 or 12.5."));
    const auto population = indicators::parseShare(populationShareText);
    if (!population)
        return refuse(tr("The population share must be between 0 and 1: a decimal like 0.0000375, a percentage like 3.75% or a fraction like 300/8000000000."));
    const auto ecosystem = indicators::parseShare(ecosystemShareText);
    if (!ecosystem)
        return refuse(tr("The ecosystem service share must be between 0 and 1: a decimal, a percentage or a fraction."));
    const std::int64_t budget = indicators::regionalBudget(*global, *population, *ecosystem);
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("value"), quantity::toPlainString(budget)},
            {QStringLiteral("text"), tr("Regional budget: %1").arg(quantity::toDisplayString(budget))}};
}

QVariantMap CommonsController::quoteExtraction(qint64 resourceId, qint64 memberNumber, const QString &quantityText,
    const QString &dateText, const QString &overrideReason) const
{
    QVariantMap answer { { QStringLiteral("ok"), false } };
    auto request = extractionRequest(resourceId, memberNumber, quantityText, dateText, overrideReason);
    if (!request) {
        answer.insert(QStringLiteral("error"), request.error().message);
        return answer;
    }
    auto quote = commons::quoteExtraction(*database(), *request);
    if (!quote) {
        answer.insert(QStringLiteral("error"), quote.error().message);
        return answer;
    }
    const ExtractionQuote &q = *quote;
    answer.insert(QStringLiteral("ok"), q.refusal.isEmpty());
    answer.insert(QStringLiteral("permitsNeeded"), qint64(q.permitsNeeded));
    answer.insert(QStringLiteral("fromDrawingRights"), qint64(q.fromDrawingRights));
    answer.insert(QStringLiteral("fromShared"), qint64(q.fromShared));
    answer.insert(QStringLiteral("beyondPermits"), qint64(q.beyondPermits));
    answer.insert(QStringLiteral("permitsLeft"), qint64(q.permitsLeft));
    answer.insert(QStringLiteral("priceText"), formatMoney(q.pricePerPermit));
    answer.insert(QStringLiteral("chargeText"), formatMoney(q.charge));
    answer.insert(QStringLiteral("refusal"), q.refusal);
    QString text = tr("%n permits at %1 each: %2 charged to the commons fund.", nullptr, int(q.permitsNeeded))
                       .arg(formatMoney(q.pricePerPermit), formatMoney(q.charge));
    if (q.fromDrawingRights > 0)
        text += QLatin1Char(' ') + tr("%n from the member's drawing rights.", nullptr, int(q.fromDrawingRights));
    if (q.beyondPermits > 0)
        text += QLatin1Char(' ') + tr("%n beyond the permits, under the emergency override.", nullptr, int(q.beyondPermits));
    answer.insert(QStringLiteral("text"), text);
    return answer;
}

bool CommonsController::extract(qint64 resourceId, qint64 memberNumber, const QString &quantityText, const QString &dateText,
    const QString &overrideReason)
{
    const bool overriding = !overrideReason.trimmed().isEmpty();
    const QString operation = overriding ? QStringLiteral("override") : QStringLiteral("extract");
    auto request = extractionRequest(resourceId, memberNumber, quantityText, dateText, overrideReason);
    if (!request)
        return refuse(operation, request.error().message);
    // The quote says why permits run out, with the amount left.
    if (!overriding) {
        auto quote = commons::quoteExtraction(*database(), *request);
        if (!quote)
            return refuse(operation, quote.error().message);
        if (!quote->refusal.isEmpty())
            return refuse(operation, quote->refusal);
    }
    auto done = commons::extract(*database(), *request, m_ledger->now());
    if (!done)
        return refuse(operation, done.error().message);
    const Extraction &e = *done;
    const QString taken = formatQuantity(e.quantity, e.unit);
    QString message = e.charge > 0
        ? tr("%1 of %2 taken by %3; %4 charged to the commons fund.").arg(taken, e.resourceName, e.memberName, formatMoney(e.charge))
        : tr("%1 of %2 taken by %3.").arg(taken, e.resourceName, e.memberName);
    if (overriding)
        message += QLatin1Char(' ') + tr("The emergency override is logged and shown on the dashboard.");
    finishLedgerChange(operation, message, e.id, e.memberNumber);
    return true;
}

bool CommonsController::extractWithOverride(qint64 resourceId, qint64 memberNumber, const QString &quantityText,
    const QString &dateText, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return refuse(QStringLiteral("override"), tr("An emergency override needs a reason; the assembly will read it."));
    return extract(resourceId, memberNumber, quantityText, dateText, reason);
}

bool CommonsController::regenerate(qint64 resourceId, qint64 memberNumber, const QString &quantityText, const QString &action,
    const QString &verifiedBy, const QString &dateText)
{
    const QString operation = QStringLiteral("regenerate");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    auto resource = commons::resourceById(*db, resourceId);
    if (!resource)
        return refuse(operation, resource.error().message);
    if (memberNumber <= 0)
        return refuse(operation, tr("Choose the member who did the work."));
    const QString unit = resource->regenerationUnitOrUnit();
    const QString typed = quantityText.trimmed();
    const auto amount = quantity::parse(typed);
    if (!amount || *amount <= 0)
        return refuse(operation,
            typed.isEmpty() ? tr("Type how much was done, in %1.").arg(unit)
                            : tr("“%1” is not a quantity; type a number with at most three decimals.").arg(typed));
    const QDate day = parseDay(dateText);
    if (!day.isValid())
        return refuse(operation, tr("“%1” is not a day; write it like %2.").arg(dateText, formatDate(today())));
    RegenerationRequest request;
    request.resource = resource->name;
    request.memberNumber = memberNumber;
    request.quantity = *amount;
    request.action = action.trimmed();
    request.verifiedBy = verifiedBy.trimmed();
    request.date = day;
    request.recordedBy = LedgerController::kRecordedBy;
    auto done = commons::regenerate(*db, request, m_ledger->now());
    if (!done)
        return refuse(operation, done.error().message);
    const Regeneration &r = *done;
    finishLedgerChange(operation,
        tr("%1 for %2 recorded: %3 earns %n permits and %4.", nullptr, int(r.permitsEarned))
            .arg(formatQuantity(r.quantity, r.unit), r.resourceName, r.memberName, formatMoney(r.credits)),
        r.id, r.memberNumber);
    return true;
}

bool CommonsController::recordMeasurement(qint64 indicatorId, const QString &dateText, const QString &valueText)
{
    const QString operation = QStringLiteral("recordMeasurement");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    auto indicator = indicators::byId(*db, indicatorId);
    if (!indicator)
        return refuse(operation, indicator.error().message);
    const QString typed = valueText.trimmed();
    const auto value = quantity::parse(typed, true);
    if (!value)
        return refuse(operation,
            typed.isEmpty() ? tr("Type the measured value, in %1.").arg(indicator->unit)
                            : tr("“%1” is not a number with at most three decimals.").arg(typed));
    const QDate day = parseDay(dateText);
    if (!day.isValid())
        return refuse(operation, tr("“%1” is not a day; write it like %2.").arg(dateText, formatDate(today())));
    auto recorded = indicators::record(*db, indicator->name, day, *value, QStringLiteral("hand"), m_ledger->now());
    if (!recorded)
        return refuse(operation, recorded.error().message);
    finishChange(operation,
        tr("%1 on %2: %3 recorded.").arg(indicator->name, formatDate(day), formatQuantity(*value, indicator->unit)),
        indicator->id);
    return true;
}

bool CommonsController::importMeasurements(const QUrl &file)
{
    const QString operation = QStringLiteral("importMeasurements");
    Database *db = database();
    if (!db)
        return refuse(operation, tr("The vault is locked. Unlock it first."));
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile csv(path);
    if (!csv.open(QIODevice::ReadOnly))
        return refuse(operation, tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), csv.errorString()));
    auto imported = indicators::importMeasurements(*db, csv, QFileInfo(path).fileName(), m_ledger->now());
    if (!imported)
        return refuse(operation, tr("Nothing was imported from %1: %2").arg(QFileInfo(path).fileName(), imported.error().message));
    finishChange(operation,
        tr("%n measurements imported from %1.", nullptr, *imported).arg(QFileInfo(path).fileName()), *imported);
    return true;
}

} // namespace mycelium
