// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "trust/trust.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace mycelium {

// The community's depth over breadth for the overview: reciprocity, pairs
// trading per trading member, concerns resolved of those raised, and
// gratitude notes month by month. Reading touches a year of trades, so it
// runs on the ledger's worker and only while `active`, as
// LedgerSignalsModel does (reloadInBackground).
class DepthMetricsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

    Q_PROPERTY(QString periodText READ periodText NOTIFY changed)
    Q_PROPERTY(int tradingMembers READ tradingMembers NOTIFY changed)
    // Each figure as a short value and a sentence of what it is made of.
    Q_PROPERTY(QString reciprocityText READ reciprocityText NOTIFY changed)
    Q_PROPERTY(QString reciprocityDetail READ reciprocityDetail NOTIFY changed)
    Q_PROPERTY(QString pairsText READ pairsText NOTIFY changed)
    Q_PROPERTY(QString pairsDetail READ pairsDetail NOTIFY changed)
    Q_PROPERTY(QString resolutionText READ resolutionText NOTIFY changed)
    Q_PROPERTY(QString resolutionDetail READ resolutionDetail NOTIFY changed)
    Q_PROPERTY(int gratitudeTotal READ gratitudeTotal NOTIFY changed)
    Q_PROPERTY(QString gratitudeDetail READ gratitudeDetail NOTIFY changed)
    Q_PROPERTY(int gratitudeMaximum READ gratitudeMaximum NOTIFY changed)
    Q_PROPERTY(QStringList monthLabels READ monthLabels NOTIFY changed)
    Q_PROPERTY(QString gratitudeSummary READ gratitudeSummary NOTIFY changed)

public:
    explicit DepthMetricsModel(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    bool active() const { return m_active; }
    void setActive(bool active);
    bool loading() const { return m_loading; }
    bool loaded() const { return m_metrics.has_value(); }
    QString error() const { return m_error; }

    QString periodText() const;
    int tradingMembers() const { return m_metrics ? m_metrics->tradingMembers : 0; }
    QString reciprocityText() const;
    QString reciprocityDetail() const;
    QString pairsText() const;
    QString pairsDetail() const;
    QString resolutionText() const;
    QString resolutionDetail() const;
    int gratitudeTotal() const;
    QString gratitudeDetail() const;
    int gratitudeMaximum() const;
    QStringList monthLabels() const;
    QString gratitudeSummary() const;

    // Fills a Qt Charts BarSet with each month's gratitude notes.
    Q_INVOKABLE void plotGratitude(QObject *barSet) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void activeChanged();
    void loadingChanged();
    void changed();

private:
    template<typename Model, typename Clear, typename Read, typename Apply>
    friend void reloadInBackground(Model *model, bool ready, Clear clear, Read read, Apply apply);
    void markStale();
    void setLoading(bool loading);

    QPointer<LedgerController> m_ledger;
    bool m_active = true;
    bool m_stale = true;
    bool m_loading = false;
    bool m_reloadWhenDone = false;
    quint64 m_request = 0;
    std::optional<DepthMetrics> m_metrics;
    QString m_error;
};

} // namespace mycelium
