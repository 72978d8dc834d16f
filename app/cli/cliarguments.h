// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commons/commons.h"
#include "commons/ecobalance.h"
#include "commons/indicators.h"
#include "commons/lights.h"
#include "common/result.h"
#include "members/members.h"
#include "skills/skills.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace mycelium::cli {

// What the command line asked for, checked but not yet acted on: every value
// is well-formed here (dates are real days, amounts parse, numbers are
// numbers); whether the ledger accepts them is decided when acting.
struct CliArguments {
    enum class Command {
        None,
        Help,
        Version,
        Init,
        Info,
        Verify,
        Passwd,
        Rekey,
        RawKey,
        // The ledger.
        MemberAdd,
        MemberList,
        MemberShow,
        MemberEdit,
        MemberSuspend,
        MemberReinstate,
        MemberLeave,
        MemberPin,
        Trade,
        Reverse,
        Balance,
        Statement,
        DemurrageRate,
        DemurrageShow,
        ExportLedger,
        ExportCsv,
        ImportMembers,
        ImportTrades,
        ImportTools,
        Demo,
        Signals,
        CirculationTarget,
        // The tool library.
        ToolAdd,
        ToolList,
        ToolShow,
        ToolCheckout,
        ToolReturn,
        ToolRenew,
        ToolHold,
        ToolOverdue,
        ToolMaintenance,
        ToolLabels,
        ToolTrain,
        ToolHoldDays,
        ToolLoans,
        ToolStats,
        ToolLost,
        ToolReserve,
        ToolUnreserve,
        ToolComponents,
        ToolPhoto,
        // The commons and ecological accounting.
        CommonsAdd,
        CommonsList,
        CommonsShow,
        CommonsExtract,
        CommonsRegenerate,
        CommonsStatus,
        CommonsBalance,
        CommonsSettle,
        CommonsPledge,
        CommonsRates,
        IndicatorAdd,
        IndicatorList,
        IndicatorRecord,
        IndicatorBudget,
        ImportMeasurements,
        Impact,
        ReportAssembly,
        // Trust: profiles, concerns, alerts and graduated sanctions.
        TrustShow,
        TrustDepth,
        TrustAlerts,
        AlertReview,
        Flag,
        FlagList,
        FlagResolve,
        Sanction,
        SanctionList,
        SanctionHistory,
        SanctionRedeem,
        // The skills exchange.
        SkillOffer,
        SkillWant,
        SkillSearch,
        SkillMatch,
        SkillList,
        SkillWithdraw,
        SkillTags,
        SkillTag,
        SkillRate,
        SkillVerify,
        SessionAdd,
        SessionComplete,
        SessionCancel,
        SessionFeedback,
        SessionList,
        ImportSkills,
        Gratitude,
    };
    Command command = Command::None;

    // Global options (before or after the command).
    QString vaultPath; // empty: the default vault
    QString passphraseFile; // empty: environment, terminal or stdin
    std::optional<QDate> today; // empty: the system clock

    // Command options.
    QString communityName; // init --community
    bool json = false; // info, member list/show, balance, statement, demurrage show, signals, tool list/show/overdue/loans/stats,
                       // commons list/show/status/balance, indicator list --json
    QString newPassphraseFile; // passwd --new-passphrase-file

    // member ...
    std::int64_t member = 0; // member show/edit/suspend/reinstate/leave/pin N, statement N (0: commons fund), tool train N
    QString memberName; // member add NAME
    std::optional<std::int64_t> memberNumber; // member add --number
    QString contact; // member add --contact
    std::optional<QString> newName; // member edit --name; empty: keep the name
    std::optional<QString> newContact; // member edit --contact; empty: keep the contact
    std::optional<QDate> joinedOn; // member add --joined
    QString pinFile; // member add/pin, trade --pin-file
    bool removePin = false; // member pin --remove
    QString reason; // member suspend/leave/reinstate --reason

    // trade, reverse
    std::int64_t payer = 0; // trade --from (0: commons fund)
    std::int64_t payee = 0; // trade --to
    std::int64_t amount = 0; // trade --amount, minor units, > 0
    QString memo; // trade --memo, not empty
    QString category; // trade/tool add/tool train --category
    std::optional<QDate> date; // trade/reverse/tool ... --date; empty: today
    std::int64_t tradeId = 0; // reverse/impact TRADE_ID

    // balance, statement, report assembly
    std::optional<QDate> at; // balance --at
    std::optional<QDate> from; // statement/report assembly --from
    std::optional<QDate> to; // statement/report assembly --to

    // demurrage rate
    std::int64_t ppmPerDay = 0; // --ppm
    QDate rateFrom; // --from
    std::optional<std::int64_t> exemptMinor; // --exempt; empty: keep the exemption in force then

    // circulation-target --low X --high X | --none
    std::optional<std::int64_t> targetLow; // minor units, >= 0
    std::optional<std::int64_t> targetHigh; // minor units, > targetLow
    bool removeTarget = false; // --none

    // tool add NAME --tag TAG ..., tool show|checkout|return TAG
    QString toolName; // tool add NAME
    QString assetTag; // tool add --tag, tool show/checkout/return TAG
    std::int64_t replacementValue = 0; // tool add --value, minor units
    std::int64_t deposit = 0; // tool add --deposit, minor units
    int loanDays = 7; // tool add --loan-days
    std::int64_t lateFee = 0; // tool add --late-fee, minor units per day
    std::int64_t borrower = 0; // tool checkout/hold/loans --member
    QString overrideReason; // tool checkout --override-reason: lend despite an overdue item
    QString condition = QStringLiteral("good"); // tool return --condition
    QStringList missing; // tool checkout/return --missing A,B: a kit's components not there
    QString waiverReason; // tool return --waive REASON: no late fee
    bool chargeDeposit = false; // tool return --charge-deposit (needs --coordinator)
    bool coordinatorConfirms = false; // tool return/lost --coordinator
    QString notes; // tool return/lost/reserve --notes
    std::int64_t reservationId = 0; // tool unreserve ID
    QStringList componentNames; // tool components TAG [NAME...]; empty: show them
    bool clearComponents = false; // tool components TAG --clear
    bool removePhoto = false; // tool photo TAG --remove
    QString workDone; // tool maintenance --done
    std::int64_t cost = 0; // tool maintenance --cost, minor units
    QString signedBy; // tool train --by; empty: the CLI
    std::optional<int> holdDays; // tool hold-days N; empty: show the setting
    // tool labels FILE [TAG...] --sheet NAME --start N (FILE in path)
    QStringList assetTags; // empty: every item not retired
    QString sheet = QStringLiteral("L7160");
    int startPosition = 1;

    // commons add NAME --unit U --yield X --period month|year --permits N ...;
    // quantities are thousandths of their unit (quantity.h)
    NewCommonsResource resource; // commons add: every setting but createdOn
    QString resourceName; // commons show/extract/regenerate NAME
    std::optional<std::int64_t> commonsMember; // commons extract/regenerate/pledge/balance/show --member
    std::int64_t quantity = 0; // commons extract/regenerate --qty, > 0
    QString emergencyReason; // commons extract --override REASON: beyond the permits left
    QString action; // commons regenerate --action
    QString verifiedBy = QStringLiteral("coordinator"); // commons regenerate --verified-by
    QDate month; // commons balance/settle/pledge --month YYYY-MM: the month's first day; null: this month
    QString pledgedWork; // commons pledge --work

    // indicator add NAME --unit U --threshold X ..., indicator record NAME --value X
    NewIndicator indicator; // indicator add: every setting but createdOn
    QString indicatorName; // indicator record NAME
    std::int64_t measurement = 0; // indicator record --value, thousandths, may be negative

    // indicator budget --global X --population-share S --ecosystem-share S
    std::int64_t globalSafeSpace = 0; // thousandths
    std::int64_t populationShare = 0; // parts per 10^12 (indicators::kShareScale)
    std::int64_t ecosystemShare = 0;

    // impact TRADE_ID [KIND=QTY ...] [--clear], trade ... --impact KIND=QTY[,KIND=QTY]
    QList<TradeImpact> impacts; // a kind at most once
    bool clearImpacts = false; // impact --clear
    // commons rates: what to change; empty (and no weights) shows the rates
    std::optional<std::int64_t> creditsPerPoint; // --credits-per-point X, minor units
    std::optional<std::int64_t> feePerPoint; // --fee-per-point X, minor units
    QList<std::pair<ImpactKind, std::int64_t>> impactWeights; // --weight KIND=X[,KIND=X], thousandths of a point per unit

    // trust show N, sanction history N (in member); alert review ID, flag resolve ID
    std::int64_t recordId = 0; // alert review / flag resolve ID
    QString text; // alert review --text
    QString resolution; // flag resolve --resolution
    std::optional<std::int64_t> reporter; // flag --by N; empty: the coordinator
    std::optional<Member::Sanction> sanctionLevel; // sanction --level
    std::optional<QDate> reviewOn; // sanction --review
    bool all = false; // flag list --all: resolved ones too

    // export ledger FILE, export csv DIR, import members|trades|tools|measurements FILE, tool labels FILE,
    // report assembly FILE
    QString path;

    // demo; empty: the core's defaults (DemoSpec)
    std::optional<int> demoMembers;
    std::optional<int> demoTrades;
    std::optional<int> demoYears;
    std::optional<quint64> demoSeed;
    bool demoCommons = false; // demo --commons: the commons demo as well (commons::generateDemo)
    bool demoSkills = false; // demo --skills: the skills exchange's demo (skills::generateDemo)

    // The skills exchange. --member is `borrower`, --tag `assetTag`, --by
    // `signedBy`, --date `date`.
    std::int64_t skillId = 0; // skill match/withdraw ID, session complete/cancel/feedback ID
    QString skillText; // skill offer/want/session add --text, skill search TEXT, skill tag NAME
    QStringList skillTags; // skill offer/want --tags T[,T]
    std::optional<std::int64_t> skillRate; // --rate X (minor units an hour); skill rate X
    int availability = weekdays::kAnyDay; // --days
    QString availabilityNote; // --note
    int level = SkillListing::NoLevel; // --level
    bool mentoring = false; // skill offer --mentor, skill want --learn, session add --mentoring
    std::optional<QDate> expiresOn; // skill offer/want --expires
    std::optional<SkillListing::Kind> skillKind; // skill search --kind
    QStringList synonyms; // skill tag --synonyms A,B
    std::int64_t provider = 0; // session add --provider
    std::int64_t receiver = 0; // session add --receiver
    int minutes = 0; // session add --hours H (1.5 or 1:30)
    std::int64_t listingId = 0; // session add --listing
    std::optional<QDate> plannedOn; // session add --on
    std::optional<QString> feedbackText; // session complete/feedback --feedback
    std::optional<QString> thanksText; // session complete/feedback --thanks
    std::optional<SkillSession::State> sessionState; // session list --state
    std::optional<std::int64_t> ownerNumber; // tool add --owner N
};

// Parses the arguments after the program name. Errors are InvalidArgument
// with one sentence that names the bad argument. --help and --version win
// over any other problem on the line.
Result<CliArguments> parseArguments(const QStringList &arguments);

// The text of --help: usage, commands, options, environment, exit codes.
QString usageText();

} // namespace mycelium::cli
