// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "trust/trust.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace mycelium {

// A member's trust profile as the member page shows it: one row per
// dimension (contribution, reliability, reciprocity, ecological impact,
// longevity, vouching) with its inputs in words and numbers, and the score
// with each of its parts, never alone. Reloads on the ledger's changes and
// on TrustChanges.
class TrustProfileDetails : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(qint64 number READ number WRITE setNumber NOTIFY numberChanged)

    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    // Whether there is anything to score (sessions, loans or trades).
    Q_PROPERTY(bool hasHistory READ hasHistory NOTIFY changed)
    // The parts as decimals ("0.964", "1.100", …) and the score ("1.548").
    Q_PROPERTY(QString successText READ successText NOTIFY changed)
    Q_PROPERTY(QString successDetail READ successDetail NOTIFY changed)
    Q_PROPERTY(QString ecologicalText READ ecologicalText NOTIFY changed)
    Q_PROPERTY(QString longevityText READ longevityText NOTIFY changed)
    Q_PROPERTY(QString vouchingText READ vouchingText NOTIFY changed)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed)
    // The whole product in one sentence, for screen readers and the tests.
    Q_PROPERTY(QString formulaText READ formulaText NOTIFY changed)
    Q_PROPERTY(QString boundsText READ boundsText CONSTANT)
    // The sanction in force ("none", …), in words, and what it does.
    Q_PROPERTY(QString sanction READ sanction NOTIFY changed)
    Q_PROPERTY(bool sanctioned READ sanctioned NOTIFY changed)
    Q_PROPERTY(QString sanctionText READ sanctionText NOTIFY changed)
    Q_PROPERTY(QString sanctionEffect READ sanctionEffect NOTIFY changed)
    Q_PROPERTY(int openFlags READ openFlags NOTIFY changed)
    Q_PROPERTY(QString openFlagsText READ openFlagsText NOTIFY changed)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "contribution", "reliability", …
        TitleRole,
        SummaryRole, // the inputs in words and numbers
        FactorRole, // the dimension's part of the score ("× 1.217"); empty when none
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit TrustProfileDetails(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    qint64 number() const { return m_number; }
    void setNumber(qint64 number);

    bool exists() const { return m_profile.has_value(); }
    QString error() const { return m_error; }
    QString name() const { return m_profile ? m_profile->name : QString(); }
    bool hasHistory() const { return m_profile && m_profile->successPermille >= 0; }
    QString successText() const;
    QString successDetail() const;
    QString ecologicalText() const;
    QString longevityText() const;
    QString vouchingText() const;
    QString scoreText() const;
    QString formulaText() const;
    static QString boundsText();
    QString sanction() const;
    bool sanctioned() const { return m_profile && m_profile->sanction != Member::Sanction::None; }
    QString sanctionText() const;
    QString sanctionEffect() const;
    int openFlags() const { return m_profile ? m_profile->openFlags : 0; }
    QString openFlagsText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A part in thousandths as a decimal: 1217 → "1.217".
    static QString permilleText(int permille);
    // Minutes as "4 h 30 min".
    static QString durationText(std::int64_t minutes);

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void ledgerChanged();
    void numberChanged();
    void changed();

private:
    struct Row {
        QString key;
        QString title;
        QString summary;
        QString factor;
    };
    QList<Row> rowsFor(const TrustProfile &p) const;
    QString money(std::int64_t minor) const;

    QPointer<LedgerController> m_ledger;
    qint64 m_number = -1;
    std::optional<TrustProfile> m_profile;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace mycelium
