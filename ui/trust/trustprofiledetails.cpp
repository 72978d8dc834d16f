// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/trustprofiledetails.h"

#include "ledger/ledgerbinding.h"
#include "trust/trustcontroller.h"

#include <QLocale>

namespace mycelium {

TrustProfileDetails::TrustProfileDetails(QObject *parent) : QAbstractListModel(parent)
{
    connect(TrustChanges::instance(), &TrustChanges::changed, this, &TrustProfileDetails::reload);
}

void TrustProfileDetails::setLedger(LedgerController *ledger)
{
    if (!rebindLedger(this, m_ledger, ledger, [this](LedgerController *controller) {
            connect(controller, &LedgerController::ledgerChanged, this, &TrustProfileDetails::reload);
            connect(controller, &LedgerController::tradesRecorded, this, [this](const QList<qint64> &members) {
                if (members.contains(m_number))
                    reload();
            });
        }))
        return;
    reload();
    Q_EMIT ledgerChanged();
}

void TrustProfileDetails::setNumber(qint64 number)
{
    if (number == m_number)
        return;
    m_number = number;
    reload();
    Q_EMIT numberChanged();
}

void TrustProfileDetails::reload()
{
    std::optional<TrustProfile> profile;
    QString error;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db && m_number > 0) {
        if (auto read = trust::profile(*db, m_number, m_ledger->today()))
            profile = *read;
        else
            error = read.error().message;
    }
    beginResetModel();
    m_profile = profile;
    m_rows = profile ? rowsFor(*profile) : QList<Row>();
    m_error = error;
    endResetModel();
    Q_EMIT changed();
}

QString TrustProfileDetails::money(std::int64_t minor) const
{
    return m_ledger ? m_ledger->formatMoney(minor) : QString::number(minor);
}

QString TrustProfileDetails::permilleText(int permille)
{
    return QLocale().toString(permille / 1000.0, 'f', 3);
}

QString TrustProfileDetails::durationText(std::int64_t minutes)
{
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QList<TrustProfileDetails::Row> TrustProfileDetails::rowsFor(const TrustProfile &p) const
{
    QList<Row> rows;

    // Contribution: not a factor of the score, but what a community sees first.
    QStringList given;
    given << (p.sessionsGiven == 0 ? tr("no sessions given")
                                   : (p.sessionsGiven == 1 ? tr("%n session given (%1)", nullptr, p.sessionsGiven) : tr("%n sessions given (%1)", nullptr, p.sessionsGiven)).arg(durationText(p.minutesGiven)));
    given << (p.ownToolLoans == 1 ? tr("%n loan of their own tools", nullptr, p.ownToolLoans) : tr("%n loans of their own tools", nullptr, p.ownToolLoans));
    given << (p.regenerations == 1 ? tr("%n regeneration of the commons", nullptr, p.regenerations) : tr("%n regenerations of the commons", nullptr, p.regenerations));
    given << tr("%1 credits earned in trades").arg(money(p.creditsEarned));
    rows.append({QStringLiteral("contribution"), tr("Contribution"), given.join(QStringLiteral(", ")), QString()});

    // Reliability: the counts the success part is made of.
    QStringList kept;
    const int sessionsCounted = p.sessionsDelivered + p.sessionsCancelledByThem;
    if (sessionsCounted > 0) {
        QString s = (sessionsCounted == 1 ? tr("%1 of %n session on time", nullptr, sessionsCounted) : tr("%1 of %n sessions on time", nullptr, sessionsCounted)).arg(p.sessionsOnTime);
        if (p.sessionsCancelledByThem > 0)
            s += tr(" (%n cancelled by them)", nullptr, p.sessionsCancelledByThem);
        kept << s;
    } else {
        kept << tr("no sessions yet");
    }
    kept << (p.loansReturned > 0 ? (p.loansReturned == 1 ? tr("%1 of %n loan returned on time", nullptr, p.loansReturned) : tr("%1 of %n loans returned on time", nullptr, p.loansReturned)).arg(p.loansOnTime) : tr("no loans returned yet"));
    kept << (p.trades > 0 ? (p.trades == 1 ? tr("%1 of %n trade reversed", nullptr, p.trades) : tr("%1 of %n trades reversed", nullptr, p.trades)).arg(p.tradesReversed) : tr("no trades yet"));
    rows.append({QStringLiteral("reliability"), tr("Reliability"), kept.join(QStringLiteral(", ")),
                 p.successPermille >= 0 ? tr("success %1").arg(permilleText(p.successPermille)) : tr("no history yet")});

    // Reciprocity.
    QString reciprocity;
    if (p.reciprocityPermille < 0) {
        reciprocity = tr("no trades yet");
    } else {
        reciprocity = tr("gave %1 and received %2 credits: %3 % in balance")
                          .arg(money(p.creditsGiven), money(p.creditsReceived), QLocale().toString(p.reciprocityPermille / 10.0, 'f', 1));
    }
    if (p.minutesReceived > 0 || p.minutesGiven > 0)
        reciprocity += tr("; %1 of sessions given, %2 received").arg(durationText(p.minutesGiven), durationText(p.minutesReceived));
    rows.append({QStringLiteral("reciprocity"), tr("Reciprocity"), reciprocity, QString()});

    // Ecological impact.
    QString eco = tr("multiplier %1 % of the neutral 100 %").arg(p.ecologicalMultiplier);
    eco += p.ecologicalNetLast12Months
        ? tr("; net impact over the last 12 months %1 points").arg(QLocale().toString(qlonglong(*p.ecologicalNetLast12Months)))
        : tr("; never settled");
    rows.append({QStringLiteral("ecological"), tr("Ecological impact"), eco, tr("× %1").arg(permilleText(p.ecologicalPermille))});

    // Longevity.
    const QString joined = m_ledger ? m_ledger->formatDate(p.joinedOn) : p.joinedOn.toString(Qt::ISODate);
    rows.append({QStringLiteral("longevity"), tr("Longevity"),
                  (p.monthsMember == 1 ? tr("member since %1: %n whole month (counted up to 60)", nullptr, p.monthsMember) : tr("member since %1: %n whole months (counted up to 60)", nullptr, p.monthsMember)).arg(joined),
                  tr("× %1").arg(permilleText(p.longevityPermille))});

    // Vouching.
    rows.append({QStringLiteral("vouching"), tr("Vouching"),
                 (p.vouchers == 1 ? tr("vouched for by %n member (counted up to 5)", nullptr, p.vouchers) : tr("vouched for by %n members (counted up to 5)", nullptr, p.vouchers)) + QStringLiteral(", ")
                     + (p.vouchesGiven == 1 ? tr("vouched %n time for others", nullptr, p.vouchesGiven) : tr("vouched %n times for others", nullptr, p.vouchesGiven)) + QStringLiteral(", ")
                     + (p.verifiedSkills == 1 ? tr("%n verified skill", nullptr, p.verifiedSkills) : tr("%n verified skills", nullptr, p.verifiedSkills)),
                 tr("× %1").arg(permilleText(p.vouchingPermille))});
    return rows;
}

QString TrustProfileDetails::successText() const
{
    return hasHistory() ? permilleText(m_profile->successPermille) : QString();
}

QString TrustProfileDetails::successDetail() const
{
    if (!m_profile)
        return {};
    if (!hasHistory())
        return tr("no history yet");
    return tr("%1 of %2 kept").arg(m_profile->successful).arg(m_profile->total);
}

QString TrustProfileDetails::ecologicalText() const
{
    return m_profile ? permilleText(m_profile->ecologicalPermille) : QString();
}

QString TrustProfileDetails::longevityText() const
{
    return m_profile ? permilleText(m_profile->longevityPermille) : QString();
}

QString TrustProfileDetails::vouchingText() const
{
    return m_profile ? permilleText(m_profile->vouchingPermille) : QString();
}

QString TrustProfileDetails::scoreText() const
{
    return m_profile && m_profile->scorePermille ? permilleText(*m_profile->scorePermille) : QString();
}

QString TrustProfileDetails::formulaText() const
{
    if (!m_profile)
        return {};
    if (!hasHistory())
        return tr("No history yet: no sessions, loans or trades to score. Ecological %1 × longevity %2 × vouching %3 wait for one.")
            .arg(ecologicalText(), longevityText(), vouchingText());
    return tr("Success %1 (%2) × ecological %3 × longevity %4 × vouching %5 = score %6")
        .arg(successText(), successDetail(), ecologicalText(), longevityText(), vouchingText(), scoreText());
}

QString TrustProfileDetails::boundsText()
{
    return tr("Success runs from 0 to 1, ecological from 0.5 to 1.5, longevity and vouching from 1 to 1.5: the score lies between 0 and 3.375.");
}

QString TrustProfileDetails::sanction() const
{
    return m_profile ? Member::sanctionName(m_profile->sanction) : QString();
}

QString TrustProfileDetails::sanctionText() const
{
    return m_profile ? TrustController::levelText(m_profile->sanction) : QString();
}

QString TrustProfileDetails::sanctionEffect() const
{
    return sanctioned() ? TrustController::levelEffect(m_profile->sanction) : QString();
}

QString TrustProfileDetails::openFlagsText() const
{
    if (!m_profile)
        return {};
    return m_profile->openFlags == 0 ? tr("No open concerns") : (m_profile->openFlags == 1 ? tr("%n open concern for review", nullptr, m_profile->openFlags) : tr("%n open concerns for review", nullptr, m_profile->openFlags));
}

int TrustProfileDetails::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TrustProfileDetails::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case SummaryRole:
        return row.summary;
    case FactorRole:
        return row.factor;
    case AccessibleTextRole:
        return row.factor.isEmpty() ? tr("%1: %2").arg(row.title, row.summary) : tr("%1: %2; %3").arg(row.title, row.summary, row.factor);
    }
    return {};
}

QHash<int, QByteArray> TrustProfileDetails::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {SummaryRole, "summary"},
        {FactorRole, "factor"},
        {AccessibleTextRole, "accessibleText"},
    };
}

} // namespace mycelium
