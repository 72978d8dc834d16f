// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "reports/assemblyreport.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace mycelium {

// The monthly assembly on a projector: one page per warning light (worst
// first, as commons::status sorts them), then one chart per resource and
// per indicator over the chosen days, then the community's ecological
// balance month by month. Everything is read once, on the worker, through
// reports::gatherAssemblyReport when a range is chosen (start()); moving
// between pages reads nothing and fills a chart's series from C++.
//
// A page is a map: {kind: "light" | "resourceChart" | "indicatorChart" |
// "balance", title, subtitle, and for a light: state, symbol, word,
// valueText, thresholdText, percentText, summary, trend, trendWord,
// trendSymbol, periodLabel; for a chart: unit, threshold, higherIsBetter,
// amberFromPercent, redAbovePercent, minimum, maximum, summary}.
class AssemblyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(QDate from READ from NOTIFY rangeChanged)
    Q_PROPERTY(QDate to READ to NOTIFY rangeChanged)
    // "1 February 2026 to 28 February 2026"
    Q_PROPERTY(QString periodText READ periodText NOTIFY rangeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY pagesChanged)
    Q_PROPERTY(QString error READ error NOTIFY pagesChanged)
    Q_PROPERTY(QString communityName READ communityName NOTIFY pagesChanged)
    Q_PROPERTY(int count READ count NOTIFY pagesChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    // "3 / 24"
    Q_PROPERTY(QString counterText READ counterText NOTIFY currentChanged)
    // The chart pages' x axis ends.
    Q_PROPERTY(QDateTime axisStart READ axisStart NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime axisEnd READ axisEnd NOTIFY rangeChanged)

public:
    explicit AssemblyController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QString periodText() const;
    bool loading() const { return m_loading; }
    bool loaded() const { return m_data.has_value(); }
    QString error() const { return m_error; }
    QString communityName() const { return m_data ? m_data->communityName : QString(); }
    int count() const { return int(m_pages.size()); }
    int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    QVariantMap current() const { return page(m_currentIndex); }
    QString counterText() const;
    QDateTime axisStart() const;
    QDateTime axisEnd() const;

    // The presets of the setup dialog, as of today: "lastMonth",
    // "thisYear", "last12Months": {from, to, fromText, toText} (texts as
    // typed); an empty map for another name.
    Q_INVOKABLE QVariantMap preset(const QString &name) const;
    // Reads the pages for the days from..to, typed in the locale or as
    // YYYY-MM-DD; false (and `error` says why) when the dates are not
    // readable, from is after to, or to is in the future. The first page
    // is shown when they arrive.
    Q_INVOKABLE bool start(const QString &fromText, const QString &toText);
    Q_INVOKABLE QVariantMap page(int index) const;
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void first();
    Q_INVOKABLE void last();

    // Fill a chart page's measure in one go, as ThresholdChart.load()
    // asks a chart data object: for a resource, its use per period (a step
    // a period); for an indicator, its points (at most ~400). Always the
    // chosen days; `range` is not used. Returns {points, from, to,
    // spanDays, minimum, maximum, rangeText}; x in milliseconds since the
    // epoch, y in the unit.
    Q_INVOKABLE QVariantMap plotResource(QObject *series, qint64 resourceId, const QString &range = {}) const;
    Q_INVOKABLE QVariantMap plotIndicator(QObject *series, qint64 indicatorId, const QString &range = {}) const;
    // The balance page: as EcoBalanceController::plotMonths.
    Q_INVOKABLE void plotBalance(QObject *regeneration, QObject *extraction, QObject *impacts, QObject *net) const;

Q_SIGNALS:
    void ledgerChanged();
    void rangeChanged();
    void loadingChanged();
    void pagesChanged();
    void currentChanged();

private:
    void buildPages();
    void setLoading(bool loading);
    void fail(const QString &message);

    QPointer<LedgerController> m_ledger;
    QDate m_from;
    QDate m_to;
    bool m_loading = false;
    quint64 m_request = 0;
    QString m_error;
    std::optional<AssemblyReportData> m_data;
    QList<QVariantMap> m_pages;
    int m_currentIndex = 0;
};

} // namespace mycelium
