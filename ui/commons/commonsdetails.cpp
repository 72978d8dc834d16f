// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commons/commonsdetails.h"

#include "commons/quantity.h"
#include "storage/database.h"

namespace mycelium {

namespace {

QVariantMap fact(const QString &label, const QString &value)
{
    return { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } };
}

QString bandsText(const Bands &bands)
{
    return CommonsController::tr("amber from %1 %, red above %2 %").arg(bands.amberFromPercent).arg(bands.redAbovePercent);
}

} // namespace

// ---------------------------------------------------------------------------

CommonsHistoryModel::CommonsHistoryModel(QObject *parent) : QAbstractListModel(parent) { }

void CommonsHistoryModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

int CommonsHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommonsHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case DateTextRole:
        return r.dateText;
    case MemberTextRole:
        return r.memberText;
    case QuantityTextRole:
        return r.quantityText;
    case DetailTextRole:
        return r.detailText;
    case ReasonRole:
        return r.reason;
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    }
    return {};
}

QHash<int, QByteArray> CommonsHistoryModel::roleNames() const
{
    return { { IdRole, "id" }, { DateTextRole, "dateText" }, { MemberTextRole, "memberText" },
        { QuantityTextRole, "quantityText" }, { DetailTextRole, "detailText" }, { ReasonRole, "reason" }, { TextRole, "text" } };
}

// ---------------------------------------------------------------------------

CommonsDetails::CommonsDetails(QObject *parent) : QObject(parent) { }

void CommonsDetails::setCommons(CommonsController *commons)
{
    if (!rebindCommons(this, m_commons, commons))
        return;
    reload();
    Q_EMIT commonsChanged();
}

void CommonsDetails::clear()
{
    m_exists = false;
    m_name.clear();
    m_unit.clear();
    m_lightState = QStringLiteral("grey");
    m_word = lights::stateWord(LightState::Grey);
    m_symbol = lights::stateSymbol(LightState::Grey);
    m_summary.clear();
    m_trendWord.clear();
    m_threshold = 0;
    m_thresholdText.clear();
    m_facts.clear();
}

void CommonsDetails::reload()
{
    clear();
    m_error.clear();
    Database *db = m_commons ? m_commons->database() : nullptr;
    if (db && subjectId() > 0 && !load(*db))
        clear();
    if (!m_exists)
        clearLists();
    Q_EMIT changed();
}

void CommonsDetails::setLight(const CommonsLight &light, qint64 threshold, const QString &unit, const Bands &bands)
{
    m_lightState = lights::stateName(light.state);
    m_word = lights::stateWord(light.state);
    m_symbol = lights::stateSymbol(light.state);
    m_summary = light.summary;
    m_trendWord = lights::trendWord(light.trend);
    m_threshold = double(threshold) / double(quantity::kScale);
    m_thresholdText = CommonsController::formatQuantity(threshold, unit);
    m_amberFromPercent = bands.amberFromPercent;
    m_redAbovePercent = bands.redAbovePercent;
}

// ---------------------------------------------------------------------------

CommonsResourceDetails::CommonsResourceDetails(QObject *parent)
    : CommonsDetails(parent), m_extractions(new CommonsHistoryModel(this)), m_regenerations(new CommonsHistoryModel(this))
{
}

void CommonsResourceDetails::setResourceId(qint64 id)
{
    if (id == m_resourceId)
        return;
    m_resourceId = id;
    reload();
    Q_EMIT resourceIdChanged();
}

void CommonsResourceDetails::setRecentLimit(int limit)
{
    limit = std::max(1, limit);
    if (limit == m_recentLimit)
        return;
    m_recentLimit = limit;
    reload();
    Q_EMIT resourceIdChanged();
}

void CommonsResourceDetails::clear()
{
    CommonsDetails::clear();
    m_description.clear();
    m_regenerationUnit.clear();
    m_periodLabel.clear();
    m_amberFromPercent = 70;
    m_redAbovePercent = 100;
    m_permits = m_used = m_left = m_drawingRights = m_earnedInPeriod = m_beyondPermits = 0;
    m_overrides = 0;
    m_extractedText.clear();
    m_regeneratedText.clear();
    m_priceNowText.clear();
}

void CommonsResourceDetails::clearLists()
{
    m_extractions->setRows({});
    m_regenerations->setRows({});
}

bool CommonsResourceDetails::load(Database &db)
{
    const CommonsController &c = *m_commons;
    auto resource = commons::resourceById(db, m_resourceId);
    if (!resource) {
        m_error = resource.error().message;
        return false;
    }
    const CommonsResource &r = *resource;
    const QDate today = c.today();
    auto account = commons::permitAccount(db, r.id, today);
    if (!account) {
        m_error = account.error().message;
        return false;
    }
    auto light = commons::resourceLight(db, r, today);
    if (!light) {
        m_error = light.error().message;
        return false;
    }
    auto extracted = commons::extractions(db, r.id, {}, {}, m_recentLimit);
    auto regenerated = commons::regenerations(db, r.id, {}, {}, m_recentLimit);
    if (!extracted || !regenerated) {
        m_error = !extracted ? extracted.error().message : regenerated.error().message;
        return false;
    }
    m_exists = true;
    m_name = r.name;
    m_unit = r.unit;
    m_description = r.description;
    m_regenerationUnit = r.regenerationUnitOrUnit();
    m_periodLabel = account->period.label;
    setLight(*light, r.threshold, r.unit, r.bands);
    const PermitAccount &a = *account;
    m_permits = a.permits;
    m_used = a.sharedUsed;
    m_left = a.sharedLeft;
    m_drawingRights = a.drawingRightsLeft;
    m_earnedInPeriod = a.earnedInPeriod;
    m_beyondPermits = a.beyondPermits;
    m_overrides = a.overrides;
    m_extractedText = CommonsController::formatQuantity(a.extracted, r.unit);
    m_regeneratedText = CommonsController::formatQuantity(a.regenerated, m_regenerationUnit);
    m_priceNowText = r.basePrice > 0 ? CommonsController::tr("%1 per permit").arg(c.formatMoney(a.pricePerPermit))
                                     : CommonsController::tr("Free");

    const QString period = r.period == CommonsResource::Period::Month ? CommonsController::tr("month")
                                                                      : CommonsController::tr("year");
    m_facts.append(fact(CommonsController::tr("Sustainable yield"),
        CommonsController::tr("%1 a %2, in %3 permits").arg(CommonsController::formatQuantity(r.yieldPerPeriod, r.unit), period).arg(r.permitsPerPeriod)));
    m_facts.append(fact(CommonsController::tr("Safe threshold"), CommonsController::tr("%1 a %2").arg(m_thresholdText, period)));
    if (r.stock)
        m_facts.append(fact(CommonsController::tr("Stock"), CommonsController::formatQuantity(*r.stock, r.unit)));
    m_facts.append(fact(CommonsController::tr("Base price"),
        r.basePrice > 0 ? CommonsController::tr("%1 per permit, elasticity %2").arg(c.formatMoney(r.basePrice)).arg(r.elasticity)
                        : CommonsController::tr("Free")));
    if (r.permitsPerRegenerationUnit > 0 || r.creditsPerRegenerationUnit > 0)
        m_facts.append(fact(CommonsController::tr("Regeneration earns"),
            CommonsController::tr("%1 permits and %2 per unit (%3)")
                .arg(quantity::toDisplayString(r.permitsPerRegenerationUnit), c.formatMoney(r.creditsPerRegenerationUnit),
                    m_regenerationUnit)));
    m_facts.append(fact(CommonsController::tr("Warning bands"), bandsText(r.bands)));

    QList<CommonsHistoryModel::Row> rows;
    for (const Extraction &e : std::as_const(*extracted)) {
        CommonsHistoryModel::Row row;
        row.id = e.id;
        row.dateText = c.formatDate(e.date);
        row.memberText = CommonsController::tr("%1 (member %2)").arg(e.memberName).arg(e.memberNumber);
        row.quantityText = CommonsController::formatQuantity(e.quantity, e.unit);
        const qint64 permits = e.permitsShared + e.permitsEarned + e.permitsBeyond;
        row.detailText = e.charge > 0
            ? CommonsController::tr("%n permits, %1 charged", nullptr, int(permits)).arg(c.formatMoney(e.charge))
            : CommonsController::tr("%n permits", nullptr, int(permits));
        if (e.permitsBeyond > 0)
            row.detailText += CommonsController::tr("; emergency override");
        row.reason = e.overrideReason;
        row.text = CommonsController::tr("%1: %2 took %3 (%4)").arg(row.dateText, row.memberText, row.quantityText, row.detailText);
        if (!row.reason.isEmpty())
            row.text += CommonsController::tr(", because: %1").arg(row.reason);
        rows.append(row);
    }
    m_extractions->setRows(rows);
    rows.clear();
    for (const Regeneration &g : std::as_const(*regenerated)) {
        CommonsHistoryModel::Row row;
        row.id = g.id;
        row.dateText = c.formatDate(g.date);
        row.memberText = CommonsController::tr("%1 (member %2)").arg(g.memberName).arg(g.memberNumber);
        row.quantityText = CommonsController::formatQuantity(g.quantity, g.unit);
        row.detailText = CommonsController::tr("%1, verified by %2; %n permits and %3 earned", nullptr, int(g.permitsEarned))
                             .arg(g.action, g.verifiedBy, c.formatMoney(g.credits));
        row.text = CommonsController::tr("%1: %2, %3 (%4)").arg(row.dateText, row.memberText, row.quantityText, row.detailText);
        rows.append(row);
    }
    m_regenerations->setRows(rows);
    return true;
}

// ---------------------------------------------------------------------------

CommonsIndicatorDetails::CommonsIndicatorDetails(QObject *parent) : CommonsDetails(parent) { }

void CommonsIndicatorDetails::setIndicatorId(qint64 id)
{
    if (id == m_indicatorId)
        return;
    m_indicatorId = id;
    reload();
    Q_EMIT indicatorIdChanged();
}

// Unlike a resource's, the bands are not reset.
void CommonsIndicatorDetails::clear()
{
    CommonsDetails::clear();
    m_boundary.clear();
    m_directionText.clear();
    m_higherIsBetter = false;
    m_latestText.clear();
    m_latestDateText.clear();
    m_measurementCount = 0;
}

bool CommonsIndicatorDetails::load(Database &db)
{
    const CommonsController &c = *m_commons;
    auto indicator = indicators::byId(db, m_indicatorId);
    if (!indicator) {
        m_error = indicator.error().message;
        return false;
    }
    const Indicator &i = *indicator;
    auto light = indicators::light(db, i, c.today());
    auto all = indicators::measurements(db, i.id, {}, {});
    if (!light || !all) {
        m_error = !light ? light.error().message : all.error().message;
        return false;
    }
    m_exists = true;
    m_name = i.name;
    m_unit = i.unit;
    m_boundary = i.boundary;
    m_higherIsBetter = i.direction == Direction::HigherIsBetter;
    m_directionText = m_higherIsBetter ? CommonsController::tr("Higher is better") : CommonsController::tr("Lower is better");
    setLight(*light, i.threshold, i.unit, i.bands);
    // One value a day, oldest first: the latest is the last.
    if (!all->isEmpty()) {
        m_latestText = CommonsController::formatQuantity(all->constLast().value, i.unit);
        m_latestDateText = c.formatDate(all->constLast().day);
    } else {
        m_latestText = CommonsController::tr("No measurement yet");
    }
    m_measurementCount = int(all->size());
    if (!i.boundary.isEmpty())
        m_facts.append(fact(CommonsController::tr("Planetary boundary"), i.boundary));
    m_facts.append(fact(CommonsController::tr("Threshold"), CommonsController::tr("%1 (%2)").arg(m_thresholdText, m_directionText.toLower())));
    m_facts.append(fact(CommonsController::tr("Warning bands"), bandsText(i.bands)));
    m_facts.append(fact(CommonsController::tr("Grey after"), CommonsController::tr("%n days without a measurement", nullptr, i.staleAfterDays)));
    return true;
}

} // namespace mycelium
