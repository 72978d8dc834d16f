// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/ecobalance.h"
#include "ledger/ledgercontroller.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <utility>

namespace mycelium {

// The community's ecological balance as the Balance screen shows it: the
// monthly regeneration against extraction and impacts over the last 1, 5
// or 10 years, the distribution of the members' balances of the month to
// settle (counts only, no names), the trend figures, and the two things a
// coordinator does there: settle a closed month and record a pledge of
// restoration work.
//
// Ten years of community months are read once on the worker (and again
// after a change); switching the range only cuts that list and refills the
// chart's series from C++ (plotMonths), never point by point from QML.
//
// Operations answer through operationFinished(operation, ok, message):
// "settle" and "pledge"; refusals carry the core's sentence.
class EcoBalanceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    // Read only while shown, and again each time it is shown.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // 1, 5 or 10.
    Q_PROPERTY(int rangeYears READ rangeYears WRITE setRangeYears NOTIFY rangeChanged)

    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

    // The chart: the range's months, the axes' ends, a summary in words.
    Q_PROPERTY(QString periodText READ periodText NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime rangeStart READ rangeStart NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime rangeEnd READ rangeEnd NOTIFY rangeChanged)
    Q_PROPERTY(double chartMaximum READ chartMaximum NOTIFY rangeChanged)
    Q_PROPERTY(double chartMinimum READ chartMinimum NOTIFY rangeChanged)
    Q_PROPERTY(bool hasActivity READ hasActivity NOTIFY rangeChanged)
    Q_PROPERTY(int monthCount READ monthCount NOTIFY rangeChanged)
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY rangeChanged)
    // [{key, label, regenerationText, extractionText, impactsText, netText,
    //   net (points), averageText, trend, trendWord, trendBasis}] for 1, 5
    // and 10 years.
    Q_PROPERTY(QVariantList trendFigures READ trendFigures NOTIFY changed)

    // The month to settle: the one before today's.
    Q_PROPERTY(QDate settleMonth READ settleMonth NOTIFY changed)
    Q_PROPERTY(QString settleMonthText READ settleMonthText NOTIFY changed)
    Q_PROPERTY(bool settleMonthSettled READ settleMonthSettled NOTIFY changed)
    // Its balance, in words.
    Q_PROPERTY(QString settleMonthSummary READ settleMonthSummary NOTIFY changed)
    // The restoration pledges made for it: [{id, memberText, work, fulfilled}].
    Q_PROPERTY(QVariantList settleMonthPledges READ settleMonthPledges NOTIFY changed)

    // The members' balances of the month to settle, in bands of points.
    Q_PROPERTY(QStringList distributionLabels READ distributionLabels NOTIFY changed)
    // [{label, fromText, toText, members}]
    Q_PROPERTY(QVariantList distribution READ distribution NOTIFY changed)
    Q_PROPERTY(int distributionMembers READ distributionMembers NOTIFY changed)
    Q_PROPERTY(double distributionMaximum READ distributionMaximum NOTIFY changed)
    Q_PROPERTY(QString distributionSummary READ distributionSummary NOTIFY changed)

public:
    static constexpr int kDistributionBins = 8;
    static constexpr int kLongestRangeYears = 10;

    explicit EcoBalanceController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    bool active() const { return m_active; }
    void setActive(bool active);
    int rangeYears() const { return m_rangeYears; }
    void setRangeYears(int years);

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }

    QString periodText() const;
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;
    double chartMaximum() const;
    double chartMinimum() const;
    bool hasActivity() const;
    int monthCount() const { return int(rangeMonths().size()); }
    QString chartSummary() const;
    QVariantList trendFigures() const;

    QDate settleMonth() const;
    QString settleMonthText() const { return monthText(settleMonth()); }
    bool settleMonthSettled() const { return m_settled; }
    QString settleMonthSummary() const;
    QVariantList settleMonthPledges() const;

    QStringList distributionLabels() const;
    QVariantList distribution() const;
    int distributionMembers() const;
    double distributionMaximum() const;
    QString distributionSummary() const;

    // "+12.5 points", "−3 points", "0 points".
    static QString pointsText(std::int64_t thousandths);
    // "+12.5", "−3": for tables with the unit in the heading.
    static QString signedPoints(std::int64_t thousandths);
    static QString monthText(QDate month);

    // Fill the chart's series in one go. regeneration, extraction and
    // impacts are AreaSeries (their upper and lower LineSeries are
    // replaced): regeneration above zero, extraction below it and impacts
    // below extraction, one step a month; net is a LineSeries through the
    // middle of each month. x in milliseconds since the epoch (a
    // DateTimeAxis), y in points.
    Q_INVOKABLE void plotMonths(QObject *regeneration, QObject *extraction, QObject *impacts, QObject *net) const;
    // The same for any list of months (the assembly view's balance page).
    static void plotBalance(const QList<EcoBalance> &months, QObject *regeneration, QObject *extraction, QObject *impacts, QObject *net);
    // The lowest and highest y of such a chart, in points, with room around.
    static std::pair<double, double> balanceRange(const QList<EcoBalance> &months);
    // A BarSet with the members per band.
    Q_INVOKABLE void plotDistribution(QObject *barSet) const;

    // What settling the month would do, as the core would do it (settled
    // in a transaction that is rolled back): {ok, error, lines: [{memberText,
    // netText, outcomeText, credits, fee, pledged}], summaryText}.
    Q_INVOKABLE QVariantMap settlementPreview() const;
    // Settles the month; answers as "settle" with what was paid and charged.
    Q_INVOKABLE bool settle();
    // A pledge of restoration work for the month to settle, instead of its
    // fee; answers as "pledge".
    Q_INVOKABLE bool recordPledge(qint64 memberNumber, const QString &work);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void activeChanged();
    void rangeChanged();
    void loadingChanged();
    void changed();
    void operationFinished(const QString &operation, bool ok, const QString &message);

private:
    struct Snapshot {
        QList<EcoBalance> months; // ten years up to today's month, oldest first
        QList<BalanceBin> bins;
        QList<RestorationPledge> pledges; // for the settle month
        bool settled = false;
    };
    template<typename Model, typename Clear, typename Read, typename Apply>
    friend void reloadInBackground(Model *model, bool ready, Clear clear, Read read, Apply apply);
    QList<EcoBalance> rangeMonths() const;
    QList<EcoBalance> lastMonths(int count) const;
    void setLoading(bool loading);
    bool refuse(const QString &operation, const QString &message);
    QString settlementLineText(const EcoSettlementLine &line) const;

    QPointer<LedgerController> m_ledger;
    bool m_active = true;
    bool m_stale = true;
    int m_rangeYears = 1;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_reloadWhenDone = false;
    quint64 m_request = 0;
    QString m_error;
    QList<EcoBalance> m_months;
    QList<BalanceBin> m_bins;
    QList<RestorationPledge> m_pledges;
    bool m_settled = false;
};

} // namespace mycelium
