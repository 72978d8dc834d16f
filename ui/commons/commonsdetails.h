// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commonscontroller.h"

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// A short list of records as a detail page shows them: the recent
// extractions or regenerations of a resource. Filled by its owner.
class CommonsHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A detail object owns its lists.")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    struct Row {
        qint64 id = 0;
        QString dateText;
        QString memberText; // "Ana Benítez (member 1)"
        QString quantityText; // "2.5 t"
        QString detailText; // "25 permits, 12.00 charged" / "planted 40 oaks, verified by Ines"
        QString reason; // an emergency override's reason
        QString text; // the row in one sentence
    };
    enum Role { IdRole = Qt::UserRole + 1, DateTextRole, MemberTextRole, QuantityTextRole, DetailTextRole, ReasonRole, TextRole };
    Q_ENUM(Role)

    explicit CommonsHistoryModel(QObject *parent = nullptr);

    int count() const { return int(m_rows.size()); }
    void setRows(const QList<Row> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

#define MYCELIUM_COMMONS_READ(type, name)                                                                              \
    type name() const { return m_##name; }

// What a resource's and an indicator's page share: the commons they are
// read from, whether the one asked for exists, its name and unit, its light
// (state name, word, symbol, the core's sentence, the trend), the threshold
// and bands for the chart, and [{label, value}] of its settings. reload()
// clears, then lets the subclass load; a failed load leaves only the error.
class CommonsDetails : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(mycelium::CommonsController *commons READ commons WRITE setCommons NOTIFY commonsChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    // The light: state name, word, symbol, the core's sentence, the trend.
    Q_PROPERTY(QString lightState READ lightState NOTIFY changed)
    Q_PROPERTY(QString word READ word NOTIFY changed)
    Q_PROPERTY(QString symbol READ symbol NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString trendWord READ trendWord NOTIFY changed)
    // For the chart: the threshold in the unit, and the bands.
    Q_PROPERTY(double threshold READ threshold NOTIFY changed)
    Q_PROPERTY(QString thresholdText READ thresholdText NOTIFY changed)
    Q_PROPERTY(int amberFromPercent READ amberFromPercent NOTIFY changed)
    Q_PROPERTY(int redAbovePercent READ redAbovePercent NOTIFY changed)
    // [{label, value}] of the settings.
    Q_PROPERTY(QVariantList facts READ facts NOTIFY changed)

public:
    CommonsController *commons() const { return m_commons; }
    void setCommons(CommonsController *commons);

    MYCELIUM_COMMONS_READ(bool, exists)
    MYCELIUM_COMMONS_READ(QString, error)
    MYCELIUM_COMMONS_READ(QString, name)
    MYCELIUM_COMMONS_READ(QString, unit)
    MYCELIUM_COMMONS_READ(QString, lightState)
    MYCELIUM_COMMONS_READ(QString, word)
    MYCELIUM_COMMONS_READ(QString, symbol)
    MYCELIUM_COMMONS_READ(QString, summary)
    MYCELIUM_COMMONS_READ(QString, trendWord)
    MYCELIUM_COMMONS_READ(double, threshold)
    MYCELIUM_COMMONS_READ(QString, thresholdText)
    MYCELIUM_COMMONS_READ(int, amberFromPercent)
    MYCELIUM_COMMONS_READ(int, redAbovePercent)
    MYCELIUM_COMMONS_READ(QVariantList, facts)

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void commonsChanged();
    void changed();

protected:
    explicit CommonsDetails(QObject *parent);

    // The id asked for; nothing is loaded for 0.
    virtual qint64 subjectId() const = 0;
    // Reads everything or sets m_error and leaves the fields alone.
    virtual bool load(Database &db) = 0;
    // Back to nothing loaded (m_error stays). The bands are the subclass's.
    virtual void clear();
    // After a reload that found nothing.
    virtual void clearLists() { }
    void setLight(const CommonsLight &light, qint64 threshold, const QString &unit, const Bands &bands);

    QPointer<CommonsController> m_commons;
    bool m_exists = false;
    QString m_error, m_name, m_unit;
    QString m_lightState = QStringLiteral("grey"), m_word, m_symbol, m_summary, m_trendWord;
    double m_threshold = 0;
    QString m_thresholdText;
    int m_amberFromPercent = 70, m_redAbovePercent = 100;
    QVariantList m_facts;
};

// One resource as its page shows it: its settings, its light, its permit
// account in the current period (permits, used, left, drawing rights,
// overrides, the price now) and its recent extractions and regenerations.
// Reloads on CommonsController::changed.
class CommonsResourceDetails : public CommonsDetails
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(qint64 resourceId READ resourceId WRITE setResourceId NOTIFY resourceIdChanged)
    // How many recent records each list keeps.
    Q_PROPERTY(int recentLimit READ recentLimit WRITE setRecentLimit NOTIFY resourceIdChanged)

    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString regenerationUnit READ regenerationUnit NOTIFY changed) // the unit when none of its own
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY changed) // "November 2026", "2026"
    // The permit account of the current period.
    Q_PROPERTY(qint64 permits READ permits NOTIFY changed)
    Q_PROPERTY(qint64 used READ used NOTIFY changed)
    Q_PROPERTY(qint64 left READ left NOTIFY changed)
    Q_PROPERTY(qint64 drawingRights READ drawingRights NOTIFY changed)
    Q_PROPERTY(qint64 earnedInPeriod READ earnedInPeriod NOTIFY changed)
    Q_PROPERTY(qint64 beyondPermits READ beyondPermits NOTIFY changed)
    Q_PROPERTY(int overrides READ overrides NOTIFY changed)
    Q_PROPERTY(QString extractedText READ extractedText NOTIFY changed)
    Q_PROPERTY(QString regeneratedText READ regeneratedText NOTIFY changed)
    Q_PROPERTY(QString priceNowText READ priceNowText NOTIFY changed) // per permit, at the use so far
    Q_PROPERTY(mycelium::CommonsHistoryModel *extractions READ extractions CONSTANT)
    Q_PROPERTY(mycelium::CommonsHistoryModel *regenerations READ regenerations CONSTANT)

public:
    explicit CommonsResourceDetails(QObject *parent = nullptr);

    qint64 resourceId() const { return m_resourceId; }
    void setResourceId(qint64 id);
    int recentLimit() const { return m_recentLimit; }
    void setRecentLimit(int limit);

    MYCELIUM_COMMONS_READ(QString, description)
    MYCELIUM_COMMONS_READ(QString, regenerationUnit)
    MYCELIUM_COMMONS_READ(QString, periodLabel)
    MYCELIUM_COMMONS_READ(qint64, permits)
    MYCELIUM_COMMONS_READ(qint64, used)
    MYCELIUM_COMMONS_READ(qint64, left)
    MYCELIUM_COMMONS_READ(qint64, drawingRights)
    MYCELIUM_COMMONS_READ(qint64, earnedInPeriod)
    MYCELIUM_COMMONS_READ(qint64, beyondPermits)
    MYCELIUM_COMMONS_READ(int, overrides)
    MYCELIUM_COMMONS_READ(QString, extractedText)
    MYCELIUM_COMMONS_READ(QString, regeneratedText)
    MYCELIUM_COMMONS_READ(QString, priceNowText)
    CommonsHistoryModel *extractions() const { return m_extractions; }
    CommonsHistoryModel *regenerations() const { return m_regenerations; }

Q_SIGNALS:
    void resourceIdChanged();

protected:
    qint64 subjectId() const override { return m_resourceId; }
    bool load(Database &db) override;
    void clear() override;
    void clearLists() override;

private:
    qint64 m_resourceId = 0;
    int m_recentLimit = 8;
    QString m_description, m_regenerationUnit, m_periodLabel;
    qint64 m_permits = 0, m_used = 0, m_left = 0, m_drawingRights = 0, m_earnedInPeriod = 0, m_beyondPermits = 0;
    int m_overrides = 0;
    QString m_extractedText, m_regeneratedText, m_priceNowText;
    CommonsHistoryModel *m_extractions;
    CommonsHistoryModel *m_regenerations;
};

// One ecological indicator as its page shows it: settings, light, the
// latest measurement and how many there are.
class CommonsIndicatorDetails : public CommonsDetails
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(qint64 indicatorId READ indicatorId WRITE setIndicatorId NOTIFY indicatorIdChanged)

    Q_PROPERTY(QString boundary READ boundary NOTIFY changed)
    Q_PROPERTY(bool higherIsBetter READ higherIsBetter NOTIFY changed)
    Q_PROPERTY(QString directionText READ directionText NOTIFY changed)
    Q_PROPERTY(QString latestText READ latestText NOTIFY changed) // "412.5 ppm", or "No measurement yet"
    Q_PROPERTY(QString latestDateText READ latestDateText NOTIFY changed)
    Q_PROPERTY(int measurementCount READ measurementCount NOTIFY changed)

public:
    explicit CommonsIndicatorDetails(QObject *parent = nullptr);

    qint64 indicatorId() const { return m_indicatorId; }
    void setIndicatorId(qint64 id);

    MYCELIUM_COMMONS_READ(QString, boundary)
    MYCELIUM_COMMONS_READ(bool, higherIsBetter)
    MYCELIUM_COMMONS_READ(QString, directionText)
    MYCELIUM_COMMONS_READ(QString, latestText)
    MYCELIUM_COMMONS_READ(QString, latestDateText)
    MYCELIUM_COMMONS_READ(int, measurementCount)

Q_SIGNALS:
    void indicatorIdChanged();

protected:
    qint64 subjectId() const override { return m_indicatorId; }
    bool load(Database &db) override;
    void clear() override;

private:
    qint64 m_indicatorId = 0;
    QString m_boundary;
    bool m_higherIsBetter = false;
    QString m_directionText;
    QString m_latestText, m_latestDateText;
    int m_measurementCount = 0;
};

#undef MYCELIUM_COMMONS_READ

} // namespace mycelium
