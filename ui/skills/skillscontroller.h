// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"
#include "skills/skills.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace mycelium {

// The skills exchange as its screens see it: the vocabulary, the
// community's hour rate, and every change made from the board, the match
// view, the sessions and the member page (listings added or withdrawn,
// sessions planned, completed or cancelled, feedback and thank-you notes,
// skills vouched for or verified). The skills models (SkillBoardModel,
// SkillListingDetails, SessionModel, GratitudeModel, MemberSkills) take it
// as their `skills` property and reload on changed().
//
// Operations answer through operationFinished(operation, ok, message, id)
// and return false when refused; `lastError` keeps the refusal's sentence
// (the core's own) for the dialog that asked. Each is one quick call of
// core/skills on the open vault.
class SkillsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(mycelium::LedgerController *ledger READ ledger WRITE setLedger NOTIFY ledgerChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    // The vocabulary's canonical names, by name, for the tag filter and
    // the completion of the listing form.
    Q_PROPERTY(QStringList tagNames READ tagNames NOTIFY changed)
    Q_PROPERTY(QString hourRateText READ hourRateText NOTIFY changed) // "10.00 an hour"
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // {value, text}: any day, then Monday (1) … Sunday (7).
    Q_PROPERTY(QVariantList weekdayOptions READ weekdayOptions CONSTANT)
    // {value, text}: none, beginner, intermediate, expert.
    Q_PROPERTY(QVariantList levelOptions READ levelOptions CONSTANT)

public:
    explicit SkillsController(QObject *parent = nullptr);

    LedgerController *ledger() const { return m_ledger; }
    void setLedger(LedgerController *ledger);
    bool ready() const { return database() != nullptr; }
    QStringList tagNames() const { return m_tagNames; }
    QString hourRateText() const;
    QString lastError() const { return m_lastError; }
    static QVariantList weekdayOptions();
    static QVariantList levelOptions();

    // For the models: the open vault, or null while locked.
    Database *database() const;
    QDate today() const;
    QString formatMoney(qint64 minor) const;
    QString formatDate(QDate date) const;
    qint64 hourRate() const { return m_hourRate; }

    // Words for the models' rows.
    static QString kindText(SkillListing::Kind kind); // "Offer", "Want"
    static QString levelText(int level); // "", "Beginner", …
    QString rateText(const std::optional<std::int64_t> &rate) const; // "12.00 an hour", "10.00 an hour (community rate)"
    static QString hoursText(int minutes); // "1.5 h", "2 h"
    static QString stateText(SkillSession::State state);
    static QString partyText(SkillSession::Party party);
    // "Ana Benítez (1)"
    static QString memberText(qint64 number, const QString &name);

    // The known tags that the last word typed (after the last comma) starts,
    // or whose synonym it starts, up to `limit`: the listing form's
    // completion. Empty for an empty last word.
    Q_INVOKABLE QStringList completeTag(const QString &typed, int limit = 6) const;
    // The text with its last word replaced by `tag` and a ", " to go on.
    Q_INVOKABLE static QString acceptTag(const QString &typed, const QString &tag);

    Q_INVOKABLE void refresh();

    // A new offer or want. Keys: kind ("offer"|"want"), member, tags (text,
    // comma separated), description, days (bits, weekdays::), note, level
    // (0..3), mentoring (bool), rate (credits an hour as typed; empty: the
    // community's), expires (a day as typed; empty: never). Answers as
    // "addListing" with its id.
    Q_INVOKABLE bool addListing(const QVariantMap &fields);
    // Answers as "withdrawListing".
    Q_INVOKABLE bool withdrawListing(qint64 id);

    // What the session form starts with for a listing and one of its
    // matches: {provider, receiver, providerName, receiverName, listingId,
    // description, hours, mentoring, rateText}. The offer's member provides;
    // the want's receives. matchListingId 0: the listing alone (the other
    // side left to choose).
    Q_INVOKABLE QVariantMap sessionDraft(qint64 listingId, qint64 matchListingId) const;
    // What a session would cost as typed: {ok, minutes, amountText, text,
    // error}.
    Q_INVOKABLE QVariantMap quoteSession(qint64 listingId, const QString &typedHours) const;
    // Answers as "planSession" with its id. The day empty: today.
    Q_INVOKABLE bool planSession(qint64 provider, qint64 receiver, qint64 listingId, const QString &description,
                                 const QString &typedHours, const QString &dayText, bool mentoring);
    // A session as its dialogs show it: {id, provider, receiver,
    // providerName, receiverName, description, hoursText, amountText,
    // plannedText, state, stateText, mentoring, confirmText}.
    Q_INVOKABLE QVariantMap sessionFields(qint64 id) const;
    // Records the trade (receiver pays the provider); the ledger's refusal
    // keeps the session planned. Answers as "completeSession".
    Q_INVOKABLE bool completeSession(qint64 id, const QString &dayText);
    // by: "provider", "receiver" or "coordinator". Answers as "cancelSession".
    Q_INVOKABLE bool cancelSession(qint64 id, const QString &by);
    // Answers as "feedback" with the session's id.
    Q_INVOKABLE bool leaveFeedback(qint64 sessionId, qint64 author, const QString &feedback, const QString &thanks);
    // The feedback written so far: [{author, authorName, feedback, thanks, dateText}].
    Q_INVOKABLE QVariantList sessionFeedback(qint64 sessionId) const;
    // byMember < 0: the coordinator verifies. Answers as "verify" with the
    // member's number.
    Q_INVOKABLE bool verifySkill(qint64 member, const QString &tag, qint64 byMember);

    // A day typed in the locale's short format or as YYYY-MM-DD; today when empty.
    QDate parseDay(const QString &text) const;
    // Hours typed as "1.5", "1,5" or "1:30"; 0 when not a number.
    static int parseMinutes(const QString &text);

Q_SIGNALS:
    void ledgerChanged();
    void changed();
    void lastErrorChanged();
    void operationFinished(const QString &operation, bool ok, const QString &message, qint64 id);

private:
    void reload();
    bool refuse(const QString &operation, const QString &message);
    void finishChange(const QString &operation, const QString &message, qint64 id);
    void setLastError(const QString &message);

    QPointer<LedgerController> m_ledger;
    QList<SkillTag> m_tags;
    QStringList m_tagNames;
    qint64 m_hourRate = skills::kDefaultHourRate;
    QString m_lastError;
};

// Points a skills model at another controller (a property set from QML):
// it reloads on the new one's changed(). False when it is the same.
template<typename Model>
bool rebindSkills(Model *model, QPointer<SkillsController> &current, SkillsController *next)
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, model, nullptr);
    current = next;
    if (current)
        QObject::connect(current, &SkillsController::changed, model, &Model::reload);
    return true;
}

} // namespace mycelium
