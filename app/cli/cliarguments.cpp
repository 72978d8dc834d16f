// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"
#include "commons/indicators.h"
#include "commons/quantity.h"
#include "ledger/demurrage.h"
#include "ledger/money.h"
#include "tools/labels.h"
#include "vault/vaultpaths.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace mycelium::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium-cli", text);
}

using Command = CliArguments::Command;

// A set of commands, one bit each: 128 leave room for every domain's commands.
__extension__ typedef unsigned __int128 CommandSet;

constexpr CommandSet bit(Command command)
{
    return CommandSet(1) << int(command);
}

// How many words follow the command when it has an operand.
enum class Operands { One, Optional, OneOrMore };

struct CommandSpec {
    const char *name; // as typed: "init", "member add"
    Command command;
    const char *operand; // what the (first) word after the command is, for messages; nullptr: none
    const char *synopsis; // the usage line, for "needs ..." messages
    Operands operands = Operands::One;
};

constexpr std::array kCommands = {
    CommandSpec{"init", Command::Init, nullptr, "init --community NAME"},
    CommandSpec{"info", Command::Info, nullptr, "info [--json]"},
    CommandSpec{"verify", Command::Verify, nullptr, "verify"},
    CommandSpec{"passwd", Command::Passwd, nullptr, "passwd [--new-passphrase-file FILE]"},
    CommandSpec{"rekey", Command::Rekey, nullptr, "rekey"},
    CommandSpec{"raw-key", Command::RawKey, nullptr, "raw-key"},
    CommandSpec{"member add", Command::MemberAdd, "the member's NAME",
                "member add NAME [--number N] [--pin-file FILE] [--contact TEXT] [--joined YYYY-MM-DD]"},
    CommandSpec{"member list", Command::MemberList, nullptr, "member list [--json]"},
    CommandSpec{"member show", Command::MemberShow, "a member number N", "member show N [--json]"},
    CommandSpec{"member edit", Command::MemberEdit, "a member number N", "member edit N [--name NAME] [--contact TEXT]"},
    CommandSpec{"member suspend", Command::MemberSuspend, "a member number N", "member suspend N --reason TEXT"},
    CommandSpec{"member reinstate", Command::MemberReinstate, "a member number N", "member reinstate N [--reason TEXT]"},
    CommandSpec{"member leave", Command::MemberLeave, "a member number N", "member leave N --reason TEXT"},
    CommandSpec{"member pin", Command::MemberPin, "a member number N", "member pin N --pin-file FILE | --remove"},
    CommandSpec{"trade", Command::Trade, nullptr,
                "trade --from N --to N --amount X --memo TEXT [--category C] [--date YYYY-MM-DD] [--pin-file FILE] [--impact KIND=QTY[,KIND=QTY]]"},
    CommandSpec{"reverse", Command::Reverse, "a TRADE_ID", "reverse TRADE_ID [--date YYYY-MM-DD]"},
    CommandSpec{"balance", Command::Balance, nullptr, "balance [--at YYYY-MM-DD] [--json]"},
    CommandSpec{"statement", Command::Statement, "a member number N (0 for the commons fund)",
                "statement N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"},
    CommandSpec{"demurrage rate", Command::DemurrageRate, nullptr, "demurrage rate --ppm N --from YYYY-MM-DD [--exempt X]"},
    CommandSpec{"demurrage show", Command::DemurrageShow, nullptr, "demurrage show [--json]"},
    CommandSpec{"export ledger", Command::ExportLedger, "a FILE to write", "export ledger FILE"},
    CommandSpec{"export csv", Command::ExportCsv, "a directory DIR to write into", "export csv DIR"},
    CommandSpec{"import members", Command::ImportMembers, "a CSV FILE to read", "import members FILE"},
    CommandSpec{"import trades", Command::ImportTrades, "a CSV FILE to read", "import trades FILE"},
    CommandSpec{"import tools", Command::ImportTools, "a CSV FILE to read", "import tools FILE"},
    CommandSpec{"import measurements", Command::ImportMeasurements, "a CSV FILE to read", "import measurements FILE"},
    CommandSpec{"demo", Command::Demo, nullptr, "demo [--members N] [--trades N] [--years N] [--seed S] [--commons] [--skills]"},
    CommandSpec{"signals", Command::Signals, nullptr, "signals [--json]"},
    CommandSpec{"circulation-target", Command::CirculationTarget, nullptr, "circulation-target --low X --high X | --none"},
    CommandSpec{"tool add", Command::ToolAdd, "the item's NAME",
                "tool add NAME --tag TAG [--category C] [--value X] [--deposit X] [--loan-days N] [--late-fee X] [--owner N]"},
    CommandSpec{"tool list", Command::ToolList, nullptr, "tool list [--json]"},
    CommandSpec{"tool show", Command::ToolShow, "an asset TAG", "tool show TAG [--json]"},
    CommandSpec{"tool checkout", Command::ToolCheckout, "an asset TAG",
                "tool checkout TAG --member N [--date YYYY-MM-DD] [--override-reason TEXT] [--missing A,B]"},
    CommandSpec{"tool return", Command::ToolReturn, "an asset TAG",
                "tool return TAG [--condition C] [--date YYYY-MM-DD] [--waive REASON] [--missing A,B] [--notes TEXT] [--charge-deposit --coordinator]"},
    CommandSpec{"tool renew", Command::ToolRenew, "an asset TAG", "tool renew TAG [--date YYYY-MM-DD]"},
    CommandSpec{"tool hold", Command::ToolHold, "an asset TAG", "tool hold TAG --member N"},
    CommandSpec{"tool overdue", Command::ToolOverdue, nullptr, "tool overdue [--json]"},
    CommandSpec{"tool maintenance", Command::ToolMaintenance, "an asset TAG", "tool maintenance TAG --done TEXT [--cost X] [--date YYYY-MM-DD]"},
    CommandSpec{"tool labels", Command::ToolLabels, "the PDF FILE to write", "tool labels FILE.pdf [TAG...] [--sheet NAME] [--start N]",
                Operands::OneOrMore},
    CommandSpec{"tool train", Command::ToolTrain, "a member number N", "tool train N --category C [--date YYYY-MM-DD] [--by NAME]"},
    CommandSpec{"tool hold-days", Command::ToolHoldDays, "a number of days N", "tool hold-days [N]", Operands::Optional},
    CommandSpec{"tool loans", Command::ToolLoans, nullptr, "tool loans --member N [--json]"},
    CommandSpec{"tool stats", Command::ToolStats, nullptr, "tool stats [--json]"},
    CommandSpec{"tool lost", Command::ToolLost, "an asset TAG", "tool lost TAG --coordinator [--notes TEXT] [--date YYYY-MM-DD]"},
    CommandSpec{"tool reserve", Command::ToolReserve, "an asset TAG",
                "tool reserve TAG --member N --from YYYY-MM-DD --to YYYY-MM-DD [--notes TEXT]"},
    CommandSpec{"tool unreserve", Command::ToolUnreserve, "a booking ID", "tool unreserve ID [--reason TEXT]"},
    CommandSpec{"tool components", Command::ToolComponents, "an asset TAG", "tool components TAG [NAME...] [--clear]", Operands::OneOrMore},
    CommandSpec{"tool photo", Command::ToolPhoto, "an asset TAG", "tool photo TAG FILE | tool photo TAG --remove", Operands::OneOrMore},
    CommandSpec{"commons add", Command::CommonsAdd, "the resource's NAME",
                "commons add NAME --unit U --yield X --period month|year --permits N [--threshold X] [--stock X] [--price X] [--elasticity N] "
                "[--regen-unit U] [--regen-permits X] [--regen-credits X] [--amber P] [--red P] [--description TEXT]"},
    CommandSpec{"commons list", Command::CommonsList, nullptr, "commons list [--json]"},
    CommandSpec{"commons show", Command::CommonsShow, "a resource NAME", "commons show NAME [--member N] [--json]"},
    CommandSpec{"commons extract", Command::CommonsExtract, "a resource NAME",
                "commons extract NAME --member N --qty X [--date YYYY-MM-DD] [--override REASON]"},
    CommandSpec{"commons regenerate", Command::CommonsRegenerate, "a resource NAME",
                "commons regenerate NAME --member N --qty X --action TEXT [--verified-by NAME] [--date YYYY-MM-DD]"},
    CommandSpec{"commons status", Command::CommonsStatus, nullptr, "commons status [--json]"},
    CommandSpec{"commons balance", Command::CommonsBalance, nullptr, "commons balance [--month YYYY-MM] [--member N] [--json]"},
    CommandSpec{"commons settle", Command::CommonsSettle, nullptr, "commons settle --month YYYY-MM"},
    CommandSpec{"commons pledge", Command::CommonsPledge, nullptr, "commons pledge --member N --month YYYY-MM --work TEXT"},
    CommandSpec{"commons rates", Command::CommonsRates, nullptr,
                "commons rates [--credits-per-point X] [--fee-per-point X] [--weight KIND=X[,KIND=X]] [--json]"},
    CommandSpec{"indicator add", Command::IndicatorAdd, "the indicator's NAME",
                "indicator add NAME --unit U --threshold X [--higher-is-better] [--boundary TEXT] [--stale-days N] [--amber P] [--red P]"},
    CommandSpec{"indicator list", Command::IndicatorList, nullptr, "indicator list [--json]"},
    CommandSpec{"indicator record", Command::IndicatorRecord, "an indicator NAME", "indicator record NAME --value X [--date YYYY-MM-DD]"},
    CommandSpec{"indicator budget", Command::IndicatorBudget, nullptr, "indicator budget --global X --population-share S --ecosystem-share S"},
    CommandSpec{"impact", Command::Impact, "a TRADE_ID", "impact TRADE_ID [KIND=QTY ...] [--clear]", Operands::OneOrMore},
    CommandSpec{"report assembly", Command::ReportAssembly, "the PDF FILE to write", "report assembly FILE.pdf --from YYYY-MM-DD --to YYYY-MM-DD"},
    CommandSpec{"skill offer", Command::SkillOffer, nullptr,
                "skill offer --member N --tags T[,T] --text TEXT [--rate X] [--days mon,wed] [--note TEXT] [--level beginner|intermediate|expert] "
                "[--mentor] [--expires YYYY-MM-DD]"},
    CommandSpec{"skill want", Command::SkillWant, nullptr,
                "skill want --member N --tags T[,T] --text TEXT [--days mon,wed] [--note TEXT] [--level beginner|intermediate|expert] [--learn] "
                "[--expires YYYY-MM-DD]"},
    CommandSpec{"skill search", Command::SkillSearch, "the TEXT to search for", "skill search TEXT [--kind offer|want] [--tag T] [--json]",
                Operands::Optional},
    CommandSpec{"skill match", Command::SkillMatch, "a listing ID", "skill match ID [--json]"},
    CommandSpec{"skill list", Command::SkillList, nullptr, "skill list --member N [--json]"},
    CommandSpec{"skill withdraw", Command::SkillWithdraw, "a listing ID", "skill withdraw ID"},
    CommandSpec{"skill tags", Command::SkillTags, nullptr, "skill tags [--json]"},
    CommandSpec{"skill tag", Command::SkillTag, "the tag's NAME", "skill tag NAME [--synonyms A,B]"},
    CommandSpec{"skill rate", Command::SkillRate, "the rate X in credits an hour", "skill rate [X]", Operands::Optional},
    CommandSpec{"skill verify", Command::SkillVerify, nullptr, "skill verify --member N --tag T --by N|coordinator"},
    CommandSpec{"session add", Command::SessionAdd, nullptr,
                "session add --provider N --receiver N --hours H --text TEXT [--listing ID] [--on YYYY-MM-DD] [--rate X] [--mentoring]"},
    CommandSpec{"session complete", Command::SessionComplete, "a session ID",
                "session complete ID [--feedback TEXT] [--thanks TEXT] [--date YYYY-MM-DD]"},
    CommandSpec{"session cancel", Command::SessionCancel, "a session ID", "session cancel ID --by provider|receiver|coordinator"},
    CommandSpec{"session feedback", Command::SessionFeedback, "a session ID", "session feedback ID --member N [--feedback TEXT] [--thanks TEXT]"},
    CommandSpec{"session list", Command::SessionList, nullptr, "session list [--member N] [--state planned|completed|cancelled] [--json]"},
    CommandSpec{"import skills", Command::ImportSkills, "a CSV FILE to read", "import skills FILE"},
    CommandSpec{"gratitude", Command::Gratitude, nullptr, "gratitude [--member N] [--json]"},
    CommandSpec{"trust show", Command::TrustShow, "a member number N", "trust show N [--json]"},
    CommandSpec{"trust depth", Command::TrustDepth, nullptr, "trust depth [--json]"},
    CommandSpec{"trust alerts", Command::TrustAlerts, nullptr, "trust alerts [--json]"},
    CommandSpec{"alert review", Command::AlertReview, "an alert ID", "alert review ID --text TEXT"},
    CommandSpec{"flag", Command::Flag, nullptr, "flag --member N --reason TEXT [--by N]"},
    CommandSpec{"flag list", Command::FlagList, nullptr, "flag list [--all] [--json]"},
    CommandSpec{"flag resolve", Command::FlagResolve, "a concern ID", "flag resolve ID --resolution TEXT"},
    CommandSpec{"sanction", Command::Sanction, nullptr,
                "sanction --member N --level none|warning|reduced|suspended|excluded --reason TEXT [--review YYYY-MM-DD]"},
    CommandSpec{"sanction list", Command::SanctionList, nullptr, "sanction list [--json]"},
    CommandSpec{"sanction history", Command::SanctionHistory, "a member number N", "sanction history N [--json]"},
    CommandSpec{"sanction redeem", Command::SanctionRedeem, nullptr, "sanction redeem"},
    CommandSpec{"help", Command::Help, nullptr, "help"},
};

// The longest loan period or hold, in days.
constexpr std::int64_t kMaxDays = 3650;

// Words that take a second word: "member add", "demurrage rate", ...
constexpr std::array kGroups = {"member", "demurrage", "export", "import", "tool", "commons", "indicator", "report", "skill", "session",
                                "trust", "alert", "flag", "sanction"};

static_assert(int(Command::SanctionRedeem) < 128, "commands are bits of a 128-bit set");

// Warning-light bands (--amber, --red): percent of the threshold.
constexpr std::int64_t kMaxBandPercent = 1000;
// The steepest price curve the core knows (commons::pricePerPermit).
constexpr std::int64_t kMaxElasticity = 4;

enum class Option {
    Vault,
    PassphraseFile,
    Today,
    Help,
    Version,
    Community,
    Json,
    NewPassphraseFile,
    Number,
    Name,
    Contact,
    Joined,
    PinFile,
    Remove,
    Reason,
    From,
    To,
    Amount,
    Memo,
    Category,
    Date,
    At,
    Ppm,
    Exempt,
    Members,
    Trades,
    Years,
    Seed,
    Low,
    High,
    RemoveTarget,
    Tag,
    Value,
    Deposit,
    LoanDays,
    LateFee,
    Borrower,
    Condition,
    Done,
    Cost,
    OverrideReason,
    SignedBy,
    Sheet,
    Start,
    Missing,
    Waive,
    ChargeDeposit,
    Coordinator,
    Notes,
    Clear,
    Unit,
    Yield,
    Period,
    Permits,
    Threshold,
    Stock,
    Price,
    Elasticity,
    RegenUnit,
    RegenPermits,
    RegenCredits,
    Amber,
    Red,
    Description,
    Qty,
    Override,
    Action,
    VerifiedBy,
    Month,
    Work,
    HigherIsBetter,
    Boundary,
    StaleDays,
    Global,
    PopulationShare,
    EcosystemShare,
    Impact,
    DemoCommons,
    CreditsPerPoint,
    FeePerPoint,
    Weight,
    DemoSkills,
    SkillTags,
    SkillText,
    SkillRate,
    Days,
    Note,
    Level,
    Mentor,
    Learn,
    Expires,
    Kind,
    Synonyms,
    Provider,
    Receiver,
    Hours,
    Listing,
    On,
    Mentoring,
    Feedback,
    Thanks,
    State,
    Owner,
    Resolution,
    Review,
    All,
};

struct OptionSpec {
    const char *longName; // without the dashes
    char shortName; // 0: none
    bool takesValue;
    CommandSet onlyFor; // bits of the commands it belongs to; 0: every command
    Option option;
};

constexpr std::array kOptions = {
    OptionSpec{"vault", 0, true, 0, Option::Vault},
    OptionSpec{"passphrase-file", 0, true, 0, Option::PassphraseFile},
    OptionSpec{"today", 0, true, 0, Option::Today},
    OptionSpec{"help", 'h', false, 0, Option::Help},
    OptionSpec{"version", 0, false, 0, Option::Version},
    OptionSpec{"community", 0, true, bit(Command::Init), Option::Community},
    OptionSpec{"json", 0, false,
               bit(Command::Info) | bit(Command::CommonsRates) | bit(Command::MemberList) | bit(Command::MemberShow) | bit(Command::Balance) | bit(Command::Statement)
                   | bit(Command::DemurrageShow) | bit(Command::Signals) | bit(Command::ToolList) | bit(Command::ToolShow)
                   | bit(Command::ToolOverdue) | bit(Command::ToolLoans) | bit(Command::ToolStats) | bit(Command::CommonsList)
                   | bit(Command::CommonsShow) | bit(Command::CommonsStatus) | bit(Command::CommonsBalance) | bit(Command::IndicatorList)
                   | bit(Command::SkillSearch) | bit(Command::SkillMatch) | bit(Command::SkillList) | bit(Command::SkillTags) | bit(Command::SessionList)
                   | bit(Command::Gratitude)
                   | bit(Command::TrustShow) | bit(Command::TrustDepth) | bit(Command::TrustAlerts) | bit(Command::FlagList)
                   | bit(Command::SanctionList) | bit(Command::SanctionHistory),
               Option::Json},
    OptionSpec{"new-passphrase-file", 0, true, bit(Command::Passwd), Option::NewPassphraseFile},
    OptionSpec{"number", 0, true, bit(Command::MemberAdd), Option::Number},
    OptionSpec{"name", 0, true, bit(Command::MemberEdit), Option::Name},
    OptionSpec{"contact", 0, true, bit(Command::MemberAdd) | bit(Command::MemberEdit), Option::Contact},
    OptionSpec{"joined", 0, true, bit(Command::MemberAdd), Option::Joined},
    OptionSpec{"pin-file", 0, true, bit(Command::MemberAdd) | bit(Command::MemberPin) | bit(Command::Trade), Option::PinFile},
    OptionSpec{"remove", 0, false, bit(Command::MemberPin) | bit(Command::ToolPhoto), Option::Remove},
    OptionSpec{"reason", 0, true,
               bit(Command::MemberSuspend) | bit(Command::MemberReinstate) | bit(Command::MemberLeave) | bit(Command::ToolUnreserve)
                   | bit(Command::Flag) | bit(Command::Sanction),
               Option::Reason},
    OptionSpec{"from", 0, true,
               bit(Command::Trade) | bit(Command::Statement) | bit(Command::DemurrageRate) | bit(Command::ToolReserve) | bit(Command::ReportAssembly),
               Option::From},
    OptionSpec{"to", 0, true, bit(Command::Trade) | bit(Command::Statement) | bit(Command::ToolReserve) | bit(Command::ReportAssembly), Option::To},
    OptionSpec{"amount", 0, true, bit(Command::Trade), Option::Amount},
    OptionSpec{"memo", 0, true, bit(Command::Trade), Option::Memo},
    OptionSpec{"category", 0, true, bit(Command::Trade) | bit(Command::ToolAdd) | bit(Command::ToolTrain), Option::Category},
    OptionSpec{"date", 0, true, bit(Command::Trade) | bit(Command::Reverse) | bit(Command::ToolCheckout) | bit(Command::ToolReturn)
                   | bit(Command::ToolRenew) | bit(Command::ToolMaintenance) | bit(Command::ToolTrain) | bit(Command::ToolLost)
                   | bit(Command::CommonsExtract) | bit(Command::CommonsRegenerate) | bit(Command::IndicatorRecord)
                   | bit(Command::SessionComplete),
               Option::Date},
    OptionSpec{"at", 0, true, bit(Command::Balance), Option::At},
    OptionSpec{"ppm", 0, true, bit(Command::DemurrageRate), Option::Ppm},
    OptionSpec{"exempt", 0, true, bit(Command::DemurrageRate), Option::Exempt},
    OptionSpec{"members", 0, true, bit(Command::Demo), Option::Members},
    OptionSpec{"trades", 0, true, bit(Command::Demo), Option::Trades},
    OptionSpec{"years", 0, true, bit(Command::Demo), Option::Years},
    OptionSpec{"seed", 0, true, bit(Command::Demo), Option::Seed},
    OptionSpec{"commons", 0, false, bit(Command::Demo), Option::DemoCommons},
    OptionSpec{"low", 0, true, bit(Command::CirculationTarget), Option::Low},
    OptionSpec{"high", 0, true, bit(Command::CirculationTarget), Option::High},
    OptionSpec{"none", 0, false, bit(Command::CirculationTarget), Option::RemoveTarget},
    OptionSpec{"tag", 0, true, bit(Command::ToolAdd) | bit(Command::SkillSearch) | bit(Command::SkillVerify), Option::Tag},
    OptionSpec{"value", 0, true, bit(Command::ToolAdd) | bit(Command::IndicatorRecord), Option::Value},
    OptionSpec{"deposit", 0, true, bit(Command::ToolAdd), Option::Deposit},
    OptionSpec{"loan-days", 0, true, bit(Command::ToolAdd), Option::LoanDays},
    OptionSpec{"late-fee", 0, true, bit(Command::ToolAdd), Option::LateFee},
    OptionSpec{"member", 0, true,
               bit(Command::ToolCheckout) | bit(Command::ToolHold) | bit(Command::ToolLoans) | bit(Command::ToolReserve) | bit(Command::CommonsShow)
                   | bit(Command::CommonsExtract) | bit(Command::CommonsRegenerate) | bit(Command::CommonsBalance) | bit(Command::CommonsPledge)
                   | bit(Command::SkillOffer) | bit(Command::SkillWant) | bit(Command::SkillList) | bit(Command::SkillVerify)
                   | bit(Command::SessionFeedback) | bit(Command::SessionList) | bit(Command::Gratitude)
                   | bit(Command::Flag) | bit(Command::Sanction),
               Option::Borrower},
    OptionSpec{"missing", 0, true, bit(Command::ToolCheckout) | bit(Command::ToolReturn), Option::Missing},
    OptionSpec{"waive", 0, true, bit(Command::ToolReturn), Option::Waive},
    OptionSpec{"charge-deposit", 0, false, bit(Command::ToolReturn), Option::ChargeDeposit},
    OptionSpec{"coordinator", 0, false, bit(Command::ToolReturn) | bit(Command::ToolLost), Option::Coordinator},
    OptionSpec{"notes", 0, true, bit(Command::ToolReturn) | bit(Command::ToolLost) | bit(Command::ToolReserve), Option::Notes},
    OptionSpec{"clear", 0, false, bit(Command::ToolComponents) | bit(Command::Impact), Option::Clear},
    OptionSpec{"override-reason", 0, true, bit(Command::ToolCheckout), Option::OverrideReason},
    OptionSpec{"by", 0, true, bit(Command::ToolTrain) | bit(Command::SkillVerify) | bit(Command::SessionCancel) | bit(Command::Flag), Option::SignedBy},
    OptionSpec{"sheet", 0, true, bit(Command::ToolLabels), Option::Sheet},
    OptionSpec{"start", 0, true, bit(Command::ToolLabels), Option::Start},
    OptionSpec{"done", 0, true, bit(Command::ToolMaintenance), Option::Done},
    OptionSpec{"cost", 0, true, bit(Command::ToolMaintenance), Option::Cost},
    OptionSpec{"condition", 0, true, bit(Command::ToolReturn), Option::Condition},
    OptionSpec{"unit", 0, true, bit(Command::CommonsAdd) | bit(Command::IndicatorAdd), Option::Unit},
    OptionSpec{"yield", 0, true, bit(Command::CommonsAdd), Option::Yield},
    OptionSpec{"period", 0, true, bit(Command::CommonsAdd), Option::Period},
    OptionSpec{"permits", 0, true, bit(Command::CommonsAdd), Option::Permits},
    OptionSpec{"threshold", 0, true, bit(Command::CommonsAdd) | bit(Command::IndicatorAdd), Option::Threshold},
    OptionSpec{"stock", 0, true, bit(Command::CommonsAdd), Option::Stock},
    OptionSpec{"price", 0, true, bit(Command::CommonsAdd), Option::Price},
    OptionSpec{"elasticity", 0, true, bit(Command::CommonsAdd), Option::Elasticity},
    OptionSpec{"regen-unit", 0, true, bit(Command::CommonsAdd), Option::RegenUnit},
    OptionSpec{"regen-permits", 0, true, bit(Command::CommonsAdd), Option::RegenPermits},
    OptionSpec{"regen-credits", 0, true, bit(Command::CommonsAdd), Option::RegenCredits},
    OptionSpec{"amber", 0, true, bit(Command::CommonsAdd) | bit(Command::IndicatorAdd), Option::Amber},
    OptionSpec{"red", 0, true, bit(Command::CommonsAdd) | bit(Command::IndicatorAdd), Option::Red},
    OptionSpec{"description", 0, true, bit(Command::CommonsAdd), Option::Description},
    OptionSpec{"qty", 0, true, bit(Command::CommonsExtract) | bit(Command::CommonsRegenerate), Option::Qty},
    OptionSpec{"override", 0, true, bit(Command::CommonsExtract), Option::Override},
    OptionSpec{"action", 0, true, bit(Command::CommonsRegenerate), Option::Action},
    OptionSpec{"verified-by", 0, true, bit(Command::CommonsRegenerate), Option::VerifiedBy},
    OptionSpec{"month", 0, true, bit(Command::CommonsBalance) | bit(Command::CommonsSettle) | bit(Command::CommonsPledge), Option::Month},
    OptionSpec{"work", 0, true, bit(Command::CommonsPledge), Option::Work},
    OptionSpec{"higher-is-better", 0, false, bit(Command::IndicatorAdd), Option::HigherIsBetter},
    OptionSpec{"boundary", 0, true, bit(Command::IndicatorAdd), Option::Boundary},
    OptionSpec{"stale-days", 0, true, bit(Command::IndicatorAdd), Option::StaleDays},
    OptionSpec{"global", 0, true, bit(Command::IndicatorBudget), Option::Global},
    OptionSpec{"population-share", 0, true, bit(Command::IndicatorBudget), Option::PopulationShare},
    OptionSpec{"ecosystem-share", 0, true, bit(Command::IndicatorBudget), Option::EcosystemShare},
    OptionSpec{"impact", 0, true, bit(Command::Trade), Option::Impact},
    OptionSpec{"credits-per-point", 0, true, bit(Command::CommonsRates), Option::CreditsPerPoint},
    OptionSpec{"fee-per-point", 0, true, bit(Command::CommonsRates), Option::FeePerPoint},
    OptionSpec{"weight", 0, true, bit(Command::CommonsRates), Option::Weight},
    OptionSpec{"skills", 0, false, bit(Command::Demo), Option::DemoSkills},
    OptionSpec{"tags", 0, true, bit(Command::SkillOffer) | bit(Command::SkillWant), Option::SkillTags},
    OptionSpec{"text", 0, true, bit(Command::SkillOffer) | bit(Command::SkillWant) | bit(Command::SessionAdd) | bit(Command::AlertReview),
               Option::SkillText},
    OptionSpec{"rate", 0, true, bit(Command::SkillOffer) | bit(Command::SessionAdd), Option::SkillRate},
    OptionSpec{"days", 0, true, bit(Command::SkillOffer) | bit(Command::SkillWant), Option::Days},
    OptionSpec{"note", 0, true, bit(Command::SkillOffer) | bit(Command::SkillWant), Option::Note},
    OptionSpec{"level", 0, true, bit(Command::SkillOffer) | bit(Command::SkillWant) | bit(Command::Sanction), Option::Level},
    OptionSpec{"mentor", 0, false, bit(Command::SkillOffer), Option::Mentor},
    OptionSpec{"learn", 0, false, bit(Command::SkillWant), Option::Learn},
    OptionSpec{"expires", 0, true, bit(Command::SkillOffer) | bit(Command::SkillWant), Option::Expires},
    OptionSpec{"kind", 0, true, bit(Command::SkillSearch), Option::Kind},
    OptionSpec{"synonyms", 0, true, bit(Command::SkillTag), Option::Synonyms},
    OptionSpec{"provider", 0, true, bit(Command::SessionAdd), Option::Provider},
    OptionSpec{"receiver", 0, true, bit(Command::SessionAdd), Option::Receiver},
    OptionSpec{"hours", 0, true, bit(Command::SessionAdd), Option::Hours},
    OptionSpec{"listing", 0, true, bit(Command::SessionAdd), Option::Listing},
    OptionSpec{"on", 0, true, bit(Command::SessionAdd), Option::On},
    OptionSpec{"mentoring", 0, false, bit(Command::SessionAdd), Option::Mentoring},
    OptionSpec{"feedback", 0, true, bit(Command::SessionComplete) | bit(Command::SessionFeedback), Option::Feedback},
    OptionSpec{"thanks", 0, true, bit(Command::SessionComplete) | bit(Command::SessionFeedback), Option::Thanks},
    OptionSpec{"state", 0, true, bit(Command::SessionList), Option::State},
    OptionSpec{"owner", 0, true, bit(Command::ToolAdd), Option::Owner},
    OptionSpec{"resolution", 0, true, bit(Command::FlagResolve), Option::Resolution},
    OptionSpec{"review", 0, true, bit(Command::Sanction), Option::Review},
    OptionSpec{"all", 0, false, bit(Command::FlagList), Option::All},
};

const CommandSpec *commandSpec(Command command)
{
    for (const CommandSpec &c : kCommands) {
        if (c.command == command)
            return &c;
    }
    return nullptr;
}

// "the command info" or "the commands info, balance and statement".
QString commandsNamed(CommandSet bits)
{
    QStringList names;
    for (const CommandSpec &c : kCommands) {
        if (bits & bit(c.command))
            names.append(QLatin1String(c.name));
    }
    if (names.size() == 1)
        return tr("the command %1").arg(names.first());
    const QString last = names.takeLast();
    return tr("the commands %1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

const OptionSpec *findOption(const QString &argument)
{
    for (const OptionSpec &spec : kOptions) {
        if (argument == QLatin1String("--") + QLatin1String(spec.longName))
            return &spec;
        if (spec.shortName && argument.size() == 2 && argument.at(0) == QLatin1Char('-') && argument.at(1) == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

Error usageError(const QString &message)
{
    return Error::make(ErrorCode::InvalidArgument, message);
}

QString seeHelp()
{
    return tr("run 'mycelium-cli --help' for the list of commands and options.");
}

// Strict YYYY-MM-DD with a real day: "2026-02-30" and "2026-3-1" are refused.
std::optional<QDate> parseDay(const QString &text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return std::nullopt;
    return day;
}

// Strict YYYY-MM: the month's first day.
std::optional<QDate> parseMonth(const QString &text)
{
    if (text.size() != 7)
        return std::nullopt;
    const QDate day = QDate::fromString(text + QLatin1String("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return std::nullopt;
    return day;
}

// "carbon=12.5" or "carbon=12.5,water=300": each kind once, each quantity
// more than zero. An empty optional and a message naming the bad part
// otherwise.
std::optional<QList<TradeImpact>> parseImpacts(const QStringList &parts, QString *problem)
{
    QList<TradeImpact> impacts;
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const auto kind = equals > 0 ? ecobalance::kindFromName(part.left(equals).trimmed().toLower()) : std::nullopt;
        if (!kind) {
            *problem = tr("an impact is written KIND=QTY with KIND one of carbon, water, land, biodiversity and pollution, not '%1'").arg(part);
            return std::nullopt;
        }
        const auto quantity = quantity::parse(part.mid(equals + 1).trimmed());
        if (!quantity || *quantity <= 0) {
            *problem = tr("the quantity of %1 must be a number more than zero with at most three decimals, like 12.5, not '%2'")
                           .arg(ecobalance::kindName(*kind), part.mid(equals + 1));
            return std::nullopt;
        }
        if (std::any_of(impacts.cbegin(), impacts.cend(), [&](const TradeImpact &i) { return i.kind == *kind; })) {
            *problem = tr("the impact %1 is given twice; give each kind once").arg(ecobalance::kindName(*kind));
            return std::nullopt;
        }
        impacts.append({*kind, *quantity});
    }
    return impacts;
}

// ASCII digits only (no sign, no spaces), at most 18 of them so that the
// value fits with room to spare.
std::optional<std::int64_t> parseWholeNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    std::int64_t value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

Result<CliArguments> parseArguments(const QStringList &arguments)
{
    CliArguments args;
    bool wantsHelp = false;
    bool wantsVersion = false;
    std::optional<Error> firstError;
    const auto fail = [&](const QString &message) {
        if (!firstError)
            firstError = usageError(message);
    };

    struct Given {
        const OptionSpec *spec;
        QString name; // as typed, for messages
        QString value;
    };
    QList<Given> given;
    QStringList positional;
    bool optionsEnded = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = argument;
        std::optional<QString> inlineValue;
        if (argument.startsWith(QLatin1String("--"))) {
            const qsizetype equals = argument.indexOf(QLatin1Char('='));
            if (equals > 0) {
                name = argument.left(equals);
                inlineValue = argument.mid(equals + 1);
            }
        }
        const OptionSpec *spec = findOption(name);
        if (!spec) {
            fail(tr("Unknown option '%1'; %2").arg(name, seeHelp()));
            continue;
        }
        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                fail(tr("The option %1 needs a value; %2").arg(name, seeHelp()));
                continue;
            }
        } else if (inlineValue) {
            fail(tr("The option %1 takes no value, but was given '%2'.").arg(name, *inlineValue));
            continue;
        }
        if (spec->option == Option::Help)
            wantsHelp = true;
        else if (spec->option == Option::Version)
            wantsVersion = true;
        given.append({spec, name, value});
    }

    if (wantsHelp) {
        args.command = Command::Help;
        return args;
    }
    if (wantsVersion) {
        args.command = Command::Version;
        return args;
    }
    if (firstError)
        return *firstError;

    if (positional.isEmpty())
        return usageError(tr("No command given; %1").arg(seeHelp()));
    QString commandWord = positional.takeFirst();
    if (std::any_of(kGroups.cbegin(), kGroups.cend(), [&](const char *group) { return commandWord == QLatin1String(group); })) {
        QStringList subcommands;
        for (const CommandSpec &c : kCommands) {
            const QString name = QLatin1String(c.name);
            if (name.startsWith(commandWord + QLatin1Char(' ')))
                subcommands.append(name.mid(commandWord.size() + 1));
        }
        const QString choices = subcommands.size() == 1
            ? subcommands.first()
            : subcommands.mid(0, subcommands.size() - 1).join(QStringLiteral(", ")) + tr(" or ") + subcommands.last();
        // "flag" and "sanction" are commands of their own as well.
        const bool alsoBare = std::any_of(kCommands.cbegin(), kCommands.cend(),
                                          [&](const CommandSpec &c) { return commandWord == QLatin1String(c.name); });
        if (positional.isEmpty() && !alsoBare)
            return usageError(tr("The command %1 needs one of %2 after it; %3").arg(commandWord, choices, seeHelp()));
        const QString subcommand = positional.isEmpty() ? QString() : positional.first();
        if (alsoBare && !subcommands.contains(subcommand)) {
            if (!positional.isEmpty())
                return usageError(tr("Unknown command '%1 %2'; after %1 comes %3, or options only.").arg(commandWord, subcommand, choices));
        } else {
            positional.removeFirst();
            if (!subcommands.contains(subcommand))
                return usageError(tr("Unknown command '%1 %2'; after %1 comes %3.").arg(commandWord, subcommand, choices));
            commandWord += QLatin1Char(' ') + subcommand;
        }
    }
    for (const CommandSpec &c : kCommands) {
        if (commandWord == QLatin1String(c.name))
            args.command = c.command;
    }
    if (args.command == Command::None)
        return usageError(tr("Unknown command '%1'; the commands are init, info, verify, passwd, rekey, raw-key, member, trade, reverse, "
                             "balance, statement, demurrage, export, import, demo, signals, circulation-target, tool, commons, indicator, impact, "
                             "report, skill, session, gratitude, trust, alert, flag, sanction and help.")
                              .arg(commandWord));
    if (args.command == Command::Help)
        return args; // "help" ignores whatever follows it
    const CommandSpec &command = *commandSpec(args.command);
    const QString synopsis = QStringLiteral("mycelium-cli ") + QLatin1String(command.synopsis);

    QString operand;
    if (command.operand) {
        if (!positional.isEmpty())
            operand = positional.takeFirst();
        else if (command.operands != Operands::Optional)
            return usageError(tr("The command %1 needs %2: %3.").arg(commandWord, QLatin1String(command.operand), synopsis));
    }
    QStringList moreOperands;
    if (command.operands == Operands::OneOrMore)
        moreOperands = std::exchange(positional, {});
    if (!positional.isEmpty())
        return usageError(tr("Unexpected argument '%1' after the command %2; %3").arg(positional.first(), commandWord, seeHelp()));

    switch (args.command) {
    case Command::MemberAdd:
        args.memberName = operand.simplified();
        if (args.memberName.isEmpty())
            return usageError(tr("The command member add needs the member's name, not an empty one: %1.").arg(synopsis));
        break;
    case Command::MemberShow:
    case Command::MemberEdit:
    case Command::MemberSuspend:
    case Command::MemberReinstate:
    case Command::MemberLeave:
    case Command::MemberPin:
    case Command::TrustShow:
    case Command::SanctionHistory:
    case Command::ToolTrain: {
        const auto number = parseWholeNumber(operand);
        if (!number || *number < 1)
            return usageError(tr("The command %1 expects a member number from 1 up, not '%2'.").arg(commandWord, operand));
        args.member = *number;
        break;
    }
    case Command::Statement: {
        const auto number = parseWholeNumber(operand);
        if (!number)
            return usageError(tr("The command statement expects a member number (0 for the commons fund), not '%1'.").arg(operand));
        args.member = *number;
        break;
    }
    case Command::Reverse: {
        const auto id = parseWholeNumber(operand);
        if (!id || *id < 1)
            return usageError(tr("The command reverse expects the id of a trade (a whole number from 1 up), not '%1'.").arg(operand));
        args.tradeId = *id;
        break;
    }
    case Command::SkillMatch:
    case Command::SkillWithdraw:
    case Command::SessionComplete:
    case Command::SessionCancel:
    case Command::SessionFeedback: {
        const auto id = parseWholeNumber(operand);
        if (!id || *id < 1)
            return usageError(tr("The command %1 expects an id (a whole number from 1 up), not '%2'.").arg(commandWord, operand));
        args.skillId = *id;
        break;
    }
    case Command::SkillSearch:
        args.skillText = operand;
        break;
    case Command::SkillTag:
        args.skillText = operand.simplified();
        if (args.skillText.isEmpty())
            return usageError(tr("The command skill tag needs the tag's name, not an empty one: %1.").arg(synopsis));
        break;
    case Command::SkillRate:
        if (!operand.isEmpty()) {
            const auto rate = Money::parsePlain(operand);
            if (!rate || rate->minor() <= 0)
                return usageError(tr("The command skill rate expects credits an hour (more than zero) written like 10 or 12.50, not '%1'.").arg(operand));
            args.skillRate = rate->minor();
        }
        break;
    case Command::ImportSkills:
    case Command::ExportLedger:
    case Command::ExportCsv:
    case Command::ImportMembers:
    case Command::ImportTrades:
    case Command::ImportTools:
    case Command::ImportMeasurements:
        if (operand.isEmpty())
            return usageError(tr("The command %1 needs a path, not an empty value.").arg(commandWord));
        args.path = operand;
        break;
    case Command::CommonsAdd:
        args.resource.name = operand.simplified();
        if (args.resource.name.isEmpty())
            return usageError(tr("The command commons add needs the resource's name, not an empty one: %1.").arg(synopsis));
        break;
    case Command::CommonsShow:
    case Command::CommonsExtract:
    case Command::CommonsRegenerate:
        args.resourceName = operand.simplified();
        if (args.resourceName.isEmpty())
            return usageError(tr("The command %1 needs the name of a resource, not an empty one: %2.").arg(commandWord, synopsis));
        break;
    case Command::IndicatorAdd:
        args.indicator.name = operand.simplified();
        if (args.indicator.name.isEmpty())
            return usageError(tr("The command indicator add needs the indicator's name, not an empty one: %1.").arg(synopsis));
        break;
    case Command::IndicatorRecord:
        args.indicatorName = operand.simplified();
        if (args.indicatorName.isEmpty())
            return usageError(tr("The command indicator record needs the name of an indicator, not an empty one: %1.").arg(synopsis));
        break;
    case Command::Impact: {
        const auto id = parseWholeNumber(operand);
        if (!id || *id < 1)
            return usageError(tr("The command impact expects the id of a trade (a whole number from 1 up), not '%1'.").arg(operand));
        args.tradeId = *id;
        QString problem;
        const auto impacts = parseImpacts(moreOperands, &problem);
        if (!impacts)
            return usageError(tr("The command impact: %1; %2.").arg(problem, synopsis));
        args.impacts = *impacts;
        break;
    }
    case Command::ReportAssembly:
        // Replacing some other file with the report would be a bad surprise.
        if (!operand.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return usageError(tr("The command report assembly writes a PDF file whose name ends in .pdf, not '%1': %2.").arg(operand, synopsis));
        args.path = operand;
        break;
    case Command::ToolAdd:
        args.toolName = operand.simplified();
        if (args.toolName.isEmpty())
            return usageError(tr("The command tool add needs the item's name, not an empty one: %1.").arg(synopsis));
        break;
    case Command::ToolLabels:
        // Replacing some other file with a sheet of labels would be a bad surprise.
        if (!operand.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return usageError(tr("The command tool labels writes a PDF file whose name ends in .pdf, not '%1': %2.").arg(operand, synopsis));
        args.path = operand;
        for (const QString &tag : std::as_const(moreOperands)) {
            if (tag.trimmed().isEmpty())
                return usageError(tr("The command tool labels takes asset tags after the file, not an empty one: %1.").arg(synopsis));
            args.assetTags.append(tag.trimmed());
        }
        break;
    case Command::ToolHoldDays:
        if (!operand.isEmpty()) {
            const auto days = parseWholeNumber(operand);
            if (!days || *days < 1 || *days > kMaxDays)
                return usageError(tr("The command tool hold-days expects a number of days from 1 to %1, not '%2'.").arg(kMaxDays).arg(operand));
            args.holdDays = int(*days);
        }
        break;
    case Command::AlertReview:
    case Command::FlagResolve: {
        const auto id = parseWholeNumber(operand);
        if (!id || *id < 1)
            return usageError(tr("The command %1 expects the id of %2 (a whole number from 1 up), not '%3'.")
                                  .arg(commandWord, args.command == Command::AlertReview ? tr("an alert") : tr("a concern"), operand));
        args.recordId = *id;
        break;
    }
    case Command::ToolUnreserve: {
        const auto id = parseWholeNumber(operand);
        if (!id || *id < 1)
            return usageError(tr("The command tool unreserve expects the id of a booking (a whole number from 1 up), not '%1'.").arg(operand));
        args.reservationId = *id;
        break;
    }
    case Command::ToolComponents:
    case Command::ToolPhoto:
        args.assetTag = operand.trimmed();
        if (args.assetTag.isEmpty())
            return usageError(tr("The command %1 needs an asset tag, not an empty one: %2.").arg(commandWord, synopsis));
        for (const QString &more : std::as_const(moreOperands)) {
            if (more.trimmed().isEmpty())
                return usageError(tr("The command %1 takes no empty words after the tag: %2.").arg(commandWord, synopsis));
            if (args.command == Command::ToolComponents)
                args.componentNames.append(more.simplified());
            else if (args.path.isEmpty())
                args.path = more;
            else
                return usageError(tr("The command tool photo takes one FILE: %1.").arg(synopsis));
        }
        break;
    case Command::ToolShow:
    case Command::ToolCheckout:
    case Command::ToolReturn:
    case Command::ToolRenew:
    case Command::ToolHold:
    case Command::ToolMaintenance:
    case Command::ToolLost:
    case Command::ToolReserve:
        args.assetTag = operand.trimmed();
        if (args.assetTag.isEmpty())
            return usageError(tr("The command %1 needs an asset tag, not an empty one: %2.").arg(commandWord, synopsis));
        break;
    default:
        break;
    }

    QList<Option> seen;
    for (const Given &g : std::as_const(given)) {
        if (g.spec->onlyFor != 0 && !(g.spec->onlyFor & bit(args.command)))
            return usageError(tr("The option %1 belongs to %2, not to %3.").arg(g.name, commandsNamed(g.spec->onlyFor), commandWord));
        if (g.spec->takesValue && seen.contains(g.spec->option))
            return usageError(tr("The option %1 is given twice; give it once.").arg(g.name));
        seen.append(g.spec->option);

        const auto day = [&]() -> std::optional<QDate> { return parseDay(g.value); };
        const auto badDay = [&]() {
            return usageError(tr("The option %1 expects a real date written YYYY-MM-DD, not '%2'.").arg(g.name, g.value));
        };
        const auto notEmpty = [&](const QString &what) -> std::optional<Error> {
            if (g.value.trimmed().isEmpty())
                return usageError(tr("The option %1 needs %2, not an empty value.").arg(g.name, what));
            return std::nullopt;
        };

        switch (g.spec->option) {
        case Option::Vault:
            if (g.value.isEmpty())
                return usageError(tr("The option --vault needs a path to a vault file, not an empty value."));
            args.vaultPath = g.value;
            break;
        case Option::PassphraseFile:
            if (g.value.isEmpty())
                return usageError(tr("The option --passphrase-file needs the path of a file, not an empty value."));
            args.passphraseFile = g.value;
            break;
        case Option::Today:
            args.today = parseDay(g.value);
            if (!args.today)
                return usageError(tr("The option --today expects a real date written YYYY-MM-DD, not '%1'.").arg(g.value));
            break;
        case Option::Community:
            args.communityName = g.value; // the core says what is wrong with a name
            break;
        case Option::Json:
            args.json = true;
            break;
        case Option::NewPassphraseFile:
            if (g.value.isEmpty())
                return usageError(tr("The option --new-passphrase-file needs the path of a file, not an empty value."));
            args.newPassphraseFile = g.value;
            break;
        case Option::Number: {
            const auto number = parseWholeNumber(g.value);
            if (!number || *number < 1)
                return usageError(tr("The option --number expects a member number from 1 up, not '%1'.").arg(g.value));
            args.memberNumber = *number;
            break;
        }
        case Option::Name:
            if (auto e = notEmpty(tr("the member's new name")))
                return *e;
            args.newName = g.value.simplified();
            break;
        case Option::Contact:
            args.contact = g.value;
            args.newContact = g.value.trimmed();
            break;
        case Option::Joined:
            args.joinedOn = day();
            if (!args.joinedOn)
                return badDay();
            break;
        case Option::PinFile:
            if (auto e = notEmpty(tr("the path of a file holding the PIN")))
                return *e;
            args.pinFile = g.value;
            break;
        case Option::Remove:
            (args.command == Command::ToolPhoto ? args.removePhoto : args.removePin) = true;
            break;
        case Option::Unit:
            if (auto e = notEmpty(tr("the unit it is counted in, like t or kWh")))
                return *e;
            args.resource.unit = g.value.trimmed();
            args.indicator.unit = g.value.trimmed();
            break;
        case Option::Yield:
        case Option::Threshold:
        case Option::Qty:
        case Option::Global: {
            const auto value = quantity::parse(g.value);
            if (!value || *value <= 0)
                return usageError(
                    tr("The option %1 expects a quantity of more than zero written like 100 or 12.5 (at most three decimals), not '%2'.")
                        .arg(g.name, g.value));
            if (g.spec->option == Option::Yield) {
                args.resource.yieldPerPeriod = *value;
            } else if (g.spec->option == Option::Threshold) {
                args.resource.threshold = *value;
                args.indicator.threshold = *value;
            } else if (g.spec->option == Option::Qty) {
                args.quantity = *value;
            } else {
                args.globalSafeSpace = *value;
            }
            break;
        }
        case Option::Stock:
        case Option::RegenPermits: {
            const auto value = quantity::parse(g.value);
            if (!value)
                return usageError(
                    tr("The option %1 expects a quantity (zero or more) written like 100 or 12.5 (at most three decimals), not '%2'.")
                        .arg(g.name, g.value));
            if (g.spec->option == Option::Stock)
                args.resource.stock = *value;
            else
                args.resource.permitsPerRegenerationUnit = *value;
            break;
        }
        case Option::Period: {
            const auto period = CommonsResource::periodFromName(g.value.trimmed().toLower());
            if (!period)
                return usageError(tr("The option --period expects month or year, not '%1'.").arg(g.value));
            args.resource.period = *period;
            break;
        }
        case Option::Permits: {
            const auto permits = parseWholeNumber(g.value);
            if (!permits || *permits < 1)
                return usageError(tr("The option --permits expects a whole number of permits from 1 up, not '%1'.").arg(g.value));
            args.resource.permitsPerPeriod = *permits;
            break;
        }
        case Option::Price:
        case Option::RegenCredits: {
            const auto amount = Money::parsePlain(g.value);
            if (!amount || amount->isNegative())
                return usageError(
                    tr("The option %1 expects an amount of credits (zero or more) written like 2 or 0.50, not '%2'.").arg(g.name, g.value));
            (g.spec->option == Option::Price ? args.resource.basePrice : args.resource.creditsPerRegenerationUnit) = amount->minor();
            break;
        }
        case Option::Elasticity: {
            const auto elasticity = parseWholeNumber(g.value);
            if (!elasticity || *elasticity > kMaxElasticity)
                return usageError(tr("The option --elasticity expects a whole number from 0 to %1, not '%2'.").arg(kMaxElasticity).arg(g.value));
            args.resource.elasticity = int(*elasticity);
            break;
        }
        case Option::RegenUnit:
            if (auto e = notEmpty(tr("the unit regeneration is counted in, like trees")))
                return *e;
            args.resource.regenerationUnit = g.value.trimmed();
            break;
        case Option::Amber:
        case Option::Red: {
            const auto percent = parseWholeNumber(g.value);
            if (!percent || *percent < 1 || *percent > kMaxBandPercent)
                return usageError(
                    tr("The option %1 expects a percentage of the threshold, a whole number from 1 to %2, not '%3'.").arg(g.name).arg(kMaxBandPercent).arg(g.value));
            int &band = g.spec->option == Option::Amber ? args.resource.bands.amberFromPercent : args.resource.bands.redAbovePercent;
            band = int(*percent);
            args.indicator.bands = args.resource.bands;
            break;
        }
        case Option::Description:
            args.resource.description = g.value.trimmed();
            break;
        case Option::Override:
            if (auto e = notEmpty(tr("the reason in words for taking more than the permits left")))
                return *e;
            args.emergencyReason = g.value.simplified();
            break;
        case Option::Action:
            if (auto e = notEmpty(tr("a text saying what was done, like \"planted 40 oaks\"")))
                return *e;
            args.action = g.value.simplified();
            break;
        case Option::VerifiedBy:
            if (auto e = notEmpty(tr("the name of who saw the work done")))
                return *e;
            args.verifiedBy = g.value.simplified();
            break;
        case Option::Month: {
            const auto month = parseMonth(g.value);
            if (!month)
                return usageError(tr("The option --month expects a month written YYYY-MM, not '%1'.").arg(g.value));
            args.month = *month;
            break;
        }
        case Option::Work:
            if (auto e = notEmpty(tr("a text saying what restoration work is pledged")))
                return *e;
            args.pledgedWork = g.value.simplified();
            break;
        case Option::HigherIsBetter:
            args.indicator.direction = Direction::HigherIsBetter;
            break;
        case Option::Boundary:
            args.indicator.boundary = g.value.simplified();
            break;
        case Option::StaleDays: {
            const auto days = parseWholeNumber(g.value);
            if (!days || *days < 1 || *days > kMaxDays)
                return usageError(tr("The option --stale-days expects a number of days from 1 to %1, not '%2'.").arg(kMaxDays).arg(g.value));
            args.indicator.staleAfterDays = int(*days);
            break;
        }
        case Option::PopulationShare:
        case Option::EcosystemShare: {
            const auto share = indicators::parseShare(g.value);
            if (!share)
                return usageError(tr("The option %1 expects a share between 0 and 1 written like 0.0000375, 37.5% or 300/8000000000, not '%2'.")
                                      .arg(g.name, g.value));
            (g.spec->option == Option::PopulationShare ? args.populationShare : args.ecosystemShare) = *share;
            break;
        }
        case Option::Impact: {
            QString problem;
            const auto impacts = parseImpacts(g.value.split(QLatin1Char(',')), &problem);
            if (!impacts)
                return usageError(tr("The option --impact: %1.").arg(problem));
            args.impacts = *impacts;
            break;
        }
        case Option::DemoCommons:
            args.demoCommons = true;
            break;
        case Option::Missing:
            for (const QString &name : g.value.split(QLatin1Char(','))) {
                if (!name.simplified().isEmpty())
                    args.missing.append(name.simplified());
            }
            if (args.missing.isEmpty())
                return usageError(tr("The option --missing expects the names of the missing components, separated by commas, not '%1'.").arg(g.value));
            break;
        case Option::Waive:
            if (auto e = notEmpty(tr("a reason in words for waiving the late fee")))
                return *e;
            args.waiverReason = g.value.simplified();
            break;
        case Option::ChargeDeposit:
            args.chargeDeposit = true;
            break;
        case Option::Coordinator:
            args.coordinatorConfirms = true;
            break;
        case Option::Notes:
            args.notes = g.value.trimmed();
            break;
        case Option::Clear:
            (args.command == Command::Impact ? args.clearImpacts : args.clearComponents) = true;
            break;
        case Option::Reason:
            if (auto e = notEmpty(tr("a reason in words")))
                return *e;
            args.reason = g.value.simplified();
            break;
        case Option::Resolution:
            if (auto e = notEmpty(tr("how the concern was resolved, in words")))
                return *e;
            args.resolution = g.value.simplified();
            break;
        case Option::Review:
            args.reviewOn = day();
            if (!args.reviewOn)
                return badDay();
            break;
        case Option::All:
            args.all = true;
            break;
        case Option::From:
        case Option::To:
            if (args.command == Command::Trade) {
                const auto number = parseWholeNumber(g.value);
                if (!number)
                    return usageError(tr("The option %1 expects a member number (0 for the commons fund), not '%2'.").arg(g.name, g.value));
                (g.spec->option == Option::From ? args.payer : args.payee) = *number;
            } else {
                const auto d = day();
                if (!d)
                    return badDay();
                if (args.command == Command::DemurrageRate)
                    args.rateFrom = *d;
                else
                    (g.spec->option == Option::From ? args.from : args.to) = *d;
            }
            break;
        case Option::Amount: {
            const auto amount = Money::parsePlain(g.value);
            if (!amount)
                return usageError(tr("The option --amount expects an amount of credits written like 40 or 12.50, not '%1'.").arg(g.value));
            if (!amount->isPositive())
                return usageError(tr("The option --amount expects an amount of more than zero credits, not '%1'.").arg(g.value));
            args.amount = amount->minor();
            break;
        }
        case Option::CreditsPerPoint:
        case Option::FeePerPoint: {
            const auto rate = Money::parsePlain(g.value);
            if (!rate || rate->isNegative())
                return usageError(tr("The option %1 expects an amount of credits of zero or more written like 1 or 0.50, not '%2'.").arg(g.name, g.value));
            (g.spec->option == Option::CreditsPerPoint ? args.creditsPerPoint : args.feePerPoint) = rate->minor();
            break;
        }
        case Option::Weight:
            for (const QString &part : g.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                const auto kind = eq > 0 ? ecobalance::kindFromName(part.left(eq).trimmed()) : std::nullopt;
                const auto points = eq > 0 ? quantity::parse(part.mid(eq + 1)) : std::nullopt;
                if (!kind || !points)
                    return usageError(tr("The option --weight expects KIND=X, KIND one of carbon, water, land, biodiversity and pollution and X "
                                         "the points one unit costs (at most three decimals), not '%1'.")
                                          .arg(part));
                args.impactWeights.append({*kind, *points});
            }
            break;
        case Option::Tag:
            if (auto e = notEmpty(tr("the asset tag printed on the item's label")))
                return *e;
            args.assetTag = g.value.trimmed();
            break;
        case Option::Done:
            if (auto e = notEmpty(tr("a text saying what work was done")))
                return *e;
            args.workDone = g.value.trimmed();
            break;
        case Option::Value:
            if (args.command == Command::IndicatorRecord) {
                const auto value = quantity::parse(g.value, true);
                if (!value)
                    return usageError(tr("The option --value expects a number with at most three decimals, like 12.5 or -0.25, not '%1'.").arg(g.value));
                args.measurement = *value;
                break;
            }
            [[fallthrough]];
        case Option::Deposit:
        case Option::LateFee:
        case Option::Cost: {
            const auto amount = Money::parsePlain(g.value);
            if (!amount || amount->isNegative())
                return usageError(
                    tr("The option %1 expects an amount of credits (zero or more) written like 40 or 12.50, not '%2'.").arg(g.name, g.value));
            (g.spec->option == Option::Value     ? args.replacementValue
                 : g.spec->option == Option::Deposit ? args.deposit
                 : g.spec->option == Option::Cost    ? args.cost
                                                     : args.lateFee) = amount->minor();
            break;
        }
        case Option::LoanDays: {
            const auto days = parseWholeNumber(g.value);
            if (!days || *days < 1 || *days > kMaxDays)
                return usageError(tr("The option --loan-days expects a number of days from 1 to %1, not '%2'.").arg(kMaxDays).arg(g.value));
            args.loanDays = int(*days);
            break;
        }
        case Option::Borrower: {
            const auto number = parseWholeNumber(g.value);
            if (!number || *number < 1)
                return usageError(tr("The option --member expects a member number from 1 up, not '%1'.").arg(g.value));
            args.borrower = *number;
            args.commonsMember = *number;
            break;
        }
        case Option::Condition:
            if (!QStringList{QStringLiteral("new"), QStringLiteral("good"), QStringLiteral("worn"), QStringLiteral("needs_repair"),
                             QStringLiteral("retired")}
                     .contains(g.value))
                return usageError(tr("The option --condition expects new, good, worn, needs_repair or retired, not '%1'.").arg(g.value));
            args.condition = g.value;
            break;
        case Option::OverrideReason:
            if (auto e = notEmpty(tr("a reason in words for lending despite an overdue item")))
                return *e;
            args.overrideReason = g.value.simplified();
            break;
        case Option::DemoSkills:
            args.demoSkills = true;
            break;
        case Option::SkillTags:
            args.skillTags.clear();
            for (const QString &t : g.value.split(QLatin1Char(',')))
                if (!t.simplified().isEmpty())
                    args.skillTags.append(t.simplified());
            if (args.skillTags.isEmpty())
                return usageError(tr("The option --tags needs at least one skill tag, like welding or sewing,mending."));
            break;
        case Option::SkillText:
            if (args.command == Command::AlertReview) {
                if (auto e = notEmpty(tr("what the review found, in words")))
                    return *e;
                args.text = g.value.simplified();
                break;
            }
            if (auto e = notEmpty(tr("a description")))
                return *e;
            args.skillText = g.value.trimmed();
            break;
        case Option::SkillRate: {
            const auto rate = Money::parsePlain(g.value);
            if (!rate || rate->isNegative())
                return usageError(tr("The option --rate expects credits an hour (zero or more) written like 10 or 12.50, not '%1'.").arg(g.value));
            args.skillRate = rate->minor();
            break;
        }
        case Option::Days: {
            const auto days = weekdays::fromText(g.value);
            if (!days)
                return usageError(tr("The option --days expects weekdays like mon,wed or mon-fri or weekends, not '%1'.").arg(g.value));
            args.availability = *days;
            break;
        }
        case Option::Note:
            args.availabilityNote = g.value.simplified();
            break;
        case Option::Level: {
            if (args.command == Command::Sanction) {
                args.sanctionLevel = Member::sanctionFromName(g.value.trimmed().toLower());
                if (!args.sanctionLevel)
                    return usageError(tr("The option --level expects none, warning, reduced, suspended or excluded, not '%1'.").arg(g.value));
                break;
            }
            const auto level = SkillListing::levelFromName(g.value);
            if (!level || *level == SkillListing::NoLevel)
                return usageError(tr("The option --level expects beginner, intermediate or expert, not '%1'.").arg(g.value));
            args.level = *level;
            break;
        }
        case Option::Mentor:
        case Option::Learn:
        case Option::Mentoring:
            args.mentoring = true;
            break;
        case Option::Expires:
            args.expiresOn = day();
            if (!args.expiresOn)
                return badDay();
            break;
        case Option::Kind:
            args.skillKind = SkillListing::kindFromName(g.value);
            if (!args.skillKind)
                return usageError(tr("The option --kind expects offer or want, not '%1'.").arg(g.value));
            break;
        case Option::Synonyms:
            for (const QString &t : g.value.split(QLatin1Char(',')))
                if (!t.simplified().isEmpty())
                    args.synonyms.append(t.simplified());
            break;
        case Option::Provider:
        case Option::Receiver:
        case Option::Listing:
        case Option::Owner: {
            const auto number = parseWholeNumber(g.value);
            if (!number || (*number < 1 && g.spec->option != Option::Owner))
                return usageError(tr("The option %1 expects a whole number from 1 up, not '%2'.").arg(g.name, g.value));
            if (g.spec->option == Option::Provider)
                args.provider = *number;
            else if (g.spec->option == Option::Receiver)
                args.receiver = *number;
            else if (g.spec->option == Option::Listing)
                args.listingId = *number;
            else
                args.ownerNumber = *number;
            break;
        }
        case Option::Hours: {
            // 1.5 or 1:30
            const QString text = g.value.trimmed();
            std::optional<int> minutes;
            if (const qsizetype colon = text.indexOf(QLatin1Char(':')); colon > 0) {
                const auto h = parseWholeNumber(text.left(colon));
                const auto m = parseWholeNumber(text.mid(colon + 1));
                if (h && m && *m < 60 && text.mid(colon + 1).size() == 2 && *h <= skills::kMaximumMinutes / 60)
                    minutes = int(*h * 60 + *m);
            } else {
                const auto h = Money::parsePlain(text); // hours with up to two decimals
                if (h && !h->isNegative() && h->minor() <= std::int64_t(skills::kMaximumMinutes) * 100 / 60 && (h->minor() * 60) % 100 == 0)
                    minutes = int(h->minor() * 60 / 100);
            }
            if (!minutes || *minutes < 1 || *minutes > skills::kMaximumMinutes)
                return usageError(tr("The option --hours expects the time from one minute to %1 hours, written like 1.5 or 1:30, not '%2'.")
                                      .arg(skills::kMaximumMinutes / 60)
                                      .arg(g.value));
            args.minutes = *minutes;
            break;
        }
        case Option::On:
            args.plannedOn = day();
            if (!args.plannedOn)
                return badDay();
            break;
        case Option::Feedback:
            args.feedbackText = g.value.trimmed();
            break;
        case Option::Thanks:
            args.thanksText = g.value.trimmed();
            break;
        case Option::State:
            args.sessionState = SkillSession::stateFromName(g.value);
            if (!args.sessionState)
                return usageError(tr("The option --state expects planned, completed or cancelled, not '%1'.").arg(g.value));
            break;
        case Option::SignedBy:
            if (args.command == Command::Flag) {
                const auto number = parseWholeNumber(g.value);
                if (!number || *number < 1)
                    return usageError(tr("The option --by expects the number of the member who raises the concern, from 1 up, not '%1'.").arg(g.value));
                args.reporter = *number;
                break;
            }
            if (auto e = notEmpty(tr("the name of who signed the member off")))
                return *e;
            args.signedBy = g.value.simplified();
            break;
        case Option::Sheet: {
            const auto sheet = labels::templateNamed(g.value);
            if (!sheet) {
                QStringList names;
                for (const LabelTemplate &t : labels::templates())
                    names.append(t.name);
                return usageError(tr("The option --sheet expects one of the label sheets %1, not '%2'.").arg(names.join(QStringLiteral(", ")), g.value));
            }
            args.sheet = sheet->name;
            break;
        }
        case Option::Start: {
            const auto position = parseWholeNumber(g.value);
            if (!position || *position < 1)
                return usageError(tr("The option --start expects the position of the first free label on the sheet, from 1 up, not '%1'.").arg(g.value));
            // Checked against the sheet below, once --sheet is known.
            args.startPosition = int(std::min<std::int64_t>(*position, std::numeric_limits<int>::max()));
            break;
        }
        case Option::Memo:
            if (auto e = notEmpty(tr("a text saying what the trade was for")))
                return *e;
            args.memo = g.value.trimmed();
            break;
        case Option::Category:
            args.category = g.value.trimmed();
            break;
        case Option::Date:
            args.date = day();
            if (!args.date)
                return badDay();
            break;
        case Option::At:
            args.at = day();
            if (!args.at)
                return badDay();
            break;
        case Option::Ppm: {
            const auto ppm = parseWholeNumber(g.value);
            if (!ppm || *ppm > kDemurragePpmDenominator)
                return usageError(
                    tr("The option --ppm expects parts per million per day, a whole number from 0 to 1000000, not '%1'.").arg(g.value));
            args.ppmPerDay = *ppm;
            break;
        }
        case Option::Exempt: {
            const auto exempt = Money::parsePlain(g.value);
            if (!exempt || exempt->isNegative())
                return usageError(
                    tr("The option --exempt expects an amount of credits (zero or more) written like 100 or 12.50, not '%1'.").arg(g.value));
            args.exemptMinor = exempt->minor();
            break;
        }
        case Option::Members:
        case Option::Trades:
        case Option::Years: {
            // The core's limits, checked here so that a typo is a usage error.
            std::int64_t low = 0;
            std::int64_t high = 100'000;
            std::optional<int> *target = &args.demoMembers;
            if (g.spec->option == Option::Trades) {
                high = 100'000'000;
                target = &args.demoTrades;
            } else if (g.spec->option == Option::Years) {
                low = 1;
                high = 100;
                target = &args.demoYears;
            }
            const auto count = parseWholeNumber(g.value);
            if (!count || *count < low || *count > high)
                return usageError(tr("The option %1 expects a whole number from %2 to %3, not '%4'.").arg(g.name).arg(low).arg(high).arg(g.value));
            *target = int(*count);
            break;
        }
        case Option::Seed: {
            bool ok = !g.value.isEmpty() && std::all_of(g.value.cbegin(), g.value.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
            const quint64 seed = ok ? g.value.toULongLong(&ok) : 0;
            if (!ok)
                return usageError(tr("The option --seed expects a whole number from 0 to 18446744073709551615, not '%1'.").arg(g.value));
            args.demoSeed = seed;
            break;
        }
        case Option::Low:
        case Option::High: {
            const auto amount = Money::parsePlain(g.value);
            if (!amount || amount->isNegative())
                return usageError(
                    tr("The option %1 expects an amount of credits (zero or more) written like 5000 or 12.50, not '%2'.").arg(g.name, g.value));
            (g.spec->option == Option::Low ? args.targetLow : args.targetHigh) = amount->minor();
            break;
        }
        case Option::RemoveTarget:
            args.removeTarget = true;
            break;
        case Option::Help:
        case Option::Version:
            break; // handled above
        }
    }

    const auto needs = [&](Option option, const char *what) -> std::optional<Error> {
        if (seen.contains(option))
            return std::nullopt;
        return usageError(tr("The command %1 needs %2: %3.").arg(commandWord, QLatin1String(what), synopsis));
    };
    const auto firstMissing = [&](std::initializer_list<std::pair<Option, const char *>> required) -> std::optional<Error> {
        for (const auto &[option, what] : required) {
            if (auto e = needs(option, what))
                return e;
        }
        return std::nullopt;
    };

    switch (args.command) {
    case Command::Init:
        if (!seen.contains(Option::Community))
            return usageError(tr("The command init needs the community's name: mycelium-cli init --community NAME."));
        break;
    case Command::MemberSuspend:
    case Command::MemberLeave:
        if (auto e = needs(Option::Reason, "--reason TEXT"))
            return *e;
        break;
    case Command::MemberEdit:
        if (!args.newName && !args.newContact)
            return usageError(tr("The command member edit needs --name NAME, --contact TEXT or both: %1.").arg(synopsis));
        break;
    case Command::MemberPin:
        if (seen.contains(Option::PinFile) == args.removePin)
            return usageError(tr("The command member pin needs exactly one of --pin-file FILE (set or change the PIN) and --remove: %1.")
                                  .arg(synopsis));
        break;
    case Command::Trade:
        if (auto e = firstMissing({{Option::From, "--from N"}, {Option::To, "--to N"}, {Option::Amount, "--amount X"}, {Option::Memo, "--memo TEXT"}}))
            return *e;
        if (args.payer == args.payee)
            return usageError(tr("The options --from and --to both name account %1; a trade goes between two different accounts.").arg(args.payer));
        break;
    case Command::Statement:
        if (args.from && args.to && *args.from > *args.to)
            return usageError(tr("The statement cannot run from %1 back to %2: --from must not come after --to.")
                                  .arg(args.from->toString(Qt::ISODate), args.to->toString(Qt::ISODate)));
        break;
    case Command::DemurrageRate:
        if (auto e = firstMissing({{Option::Ppm, "--ppm N"}, {Option::From, "--from YYYY-MM-DD"}}))
            return *e;
        break;
    case Command::CirculationTarget:
        if (args.removeTarget == (args.targetLow || args.targetHigh) || args.targetLow.has_value() != args.targetHigh.has_value())
            return usageError(tr("The command circulation-target needs both --low X and --high X (the band), or --none alone (no band): %1.")
                                  .arg(synopsis));
        if (args.targetLow && *args.targetHigh <= *args.targetLow)
            return usageError(tr("The option --high (%1) must be more than --low (%2).")
                                  .arg(Money::fromMinor(*args.targetHigh).toPlainString(), Money::fromMinor(*args.targetLow).toPlainString()));
        break;
    case Command::ToolAdd:
        if (auto e = needs(Option::Tag, "--tag TAG"))
            return *e;
        break;
    case Command::ToolCheckout:
    case Command::ToolHold:
        if (auto e = needs(Option::Borrower, "--member N"))
            return *e;
        break;
    case Command::ToolMaintenance:
        if (auto e = needs(Option::Done, "--done TEXT"))
            return *e;
        break;
    case Command::ToolTrain:
        if (auto e = needs(Option::Category, "--category C"))
            return *e;
        if (args.category.isEmpty())
            return usageError(tr("The option --category needs the category the member is trained for, not an empty value: %1.").arg(synopsis));
        break;
    case Command::ToolLoans:
        if (auto e = needs(Option::Borrower, "--member N"))
            return *e;
        break;
    case Command::ToolReturn:
        if (args.chargeDeposit && !args.coordinatorConfirms)
            return usageError(tr("Keeping a deposit needs the coordinator's confirmation: add --coordinator to %1.").arg(synopsis));
        break;
    case Command::ToolLost:
        if (!args.coordinatorConfirms)
            return usageError(tr("Reporting an item lost keeps its deposit and retires it; it needs the coordinator's confirmation: %1.").arg(synopsis));
        break;
    case Command::ToolReserve:
        if (auto e = needs(Option::Borrower, "--member N"))
            return *e;
        if (auto e = needs(Option::From, "--from YYYY-MM-DD"))
            return *e;
        if (auto e = needs(Option::To, "--to YYYY-MM-DD"))
            return *e;
        break;
    case Command::ToolComponents:
        if (args.clearComponents && !args.componentNames.isEmpty())
            return usageError(tr("The command tool components takes names or --clear, not both: %1.").arg(synopsis));
        break;
    case Command::ToolPhoto:
        if (args.removePhoto == !args.path.isEmpty())
            return usageError(tr("The command tool photo takes a FILE to store, or --remove: %1.").arg(synopsis));
        break;
    case Command::ToolLabels: {
        const LabelTemplate sheet = *labels::templateNamed(args.sheet);
        if (args.startPosition > sheet.labelsPerSheet())
            return usageError(tr("The option --start expects a position from 1 to %1 on the sheet %2 (%3 across, %4 down), not %5.")
                                  .arg(sheet.labelsPerSheet())
                                  .arg(sheet.name)
                                  .arg(sheet.columns)
                                  .arg(sheet.rows)
                                  .arg(args.startPosition));
        break;
    }
    case Command::CommonsAdd:
        if (auto e = firstMissing({{Option::Unit, "--unit U"}, {Option::Yield, "--yield X"}, {Option::Period, "--period month|year"},
                                   {Option::Permits, "--permits N"}}))
            return *e;
        [[fallthrough]];
    case Command::IndicatorAdd:
        if (args.command == Command::IndicatorAdd) {
            if (auto e = firstMissing({{Option::Unit, "--unit U"}, {Option::Threshold, "--threshold X"}}))
                return *e;
        }
        if (!args.resource.bands.isValid())
            return usageError(tr("The option --amber (%1 %) must not be more than --red (%2 %): amber is where the light leaves green, red where "
                                 "it leaves amber.")
                                  .arg(args.resource.bands.amberFromPercent)
                                  .arg(args.resource.bands.redAbovePercent));
        break;
    case Command::CommonsExtract:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::Qty, "--qty X"}}))
            return *e;
        break;
    case Command::CommonsRegenerate:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::Qty, "--qty X"}, {Option::Action, "--action TEXT"}}))
            return *e;
        break;
    case Command::CommonsSettle:
        if (auto e = needs(Option::Month, "--month YYYY-MM"))
            return *e;
        break;
    case Command::CommonsPledge:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::Month, "--month YYYY-MM"}, {Option::Work, "--work TEXT"}}))
            return *e;
        break;
    case Command::IndicatorRecord:
        if (auto e = needs(Option::Value, "--value X"))
            return *e;
        break;
    case Command::SkillOffer:
    case Command::SkillWant:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::SkillTags, "--tags T[,T]"}, {Option::SkillText, "--text TEXT"}}))
            return *e;
        break;
    case Command::SkillList:
        if (auto e = needs(Option::Borrower, "--member N"))
            return *e;
        break;
    case Command::SkillVerify:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::Tag, "--tag T"}, {Option::SignedBy, "--by N|coordinator"}}))
            return *e;
        if (args.signedBy != QLatin1String("coordinator") && (!parseWholeNumber(args.signedBy) || *parseWholeNumber(args.signedBy) < 1))
            return usageError(tr("The option --by expects the number of the member who vouches, or coordinator, not '%1'.").arg(args.signedBy));
        break;
    case Command::SessionAdd:
        if (auto e = firstMissing({{Option::Provider, "--provider N"}, {Option::Receiver, "--receiver N"}, {Option::Hours, "--hours H"},
                                   {Option::SkillText, "--text TEXT"}}))
            return *e;
        if (args.provider == args.receiver)
            return usageError(tr("The options --provider and --receiver both name member %1; a session is between two different members.").arg(args.provider));
        break;
    case Command::SessionCancel:
        if (auto e = needs(Option::SignedBy, "--by provider|receiver|coordinator"))
            return *e;
        if (!SkillSession::partyFromName(args.signedBy))
            return usageError(tr("The option --by expects provider, receiver or coordinator, not '%1'.").arg(args.signedBy));
        break;
    case Command::SessionFeedback:
        if (auto e = needs(Option::Borrower, "--member N"))
            return *e;
        if (!args.feedbackText && !args.thanksText)
            return usageError(tr("The command session feedback needs --feedback TEXT, --thanks TEXT or both: %1.").arg(synopsis));
        break;
    case Command::IndicatorBudget:
        if (auto e = firstMissing({{Option::Global, "--global X"}, {Option::PopulationShare, "--population-share S"},
                                   {Option::EcosystemShare, "--ecosystem-share S"}}))
            return *e;
        break;
    case Command::AlertReview:
        if (auto e = needs(Option::SkillText, "--text TEXT"))
            return *e;
        break;
    case Command::Flag:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::Reason, "--reason TEXT"}}))
            return *e;
        break;
    case Command::FlagResolve:
        if (auto e = needs(Option::Resolution, "--resolution TEXT"))
            return *e;
        break;
    case Command::Sanction:
        if (auto e = firstMissing({{Option::Borrower, "--member N"}, {Option::Level, "--level LEVEL"}, {Option::Reason, "--reason TEXT"}}))
            return *e;
        if (*args.sanctionLevel != Member::Sanction::None && !args.reviewOn)
            return usageError(tr("A %1 sanction needs a review date: %2.").arg(Member::sanctionName(*args.sanctionLevel), synopsis));
        if (*args.sanctionLevel == Member::Sanction::None && args.reviewOn)
            return usageError(tr("Lifting a sanction (--level none) takes no review date."));
        break;
    case Command::Impact:
        if (args.clearImpacts && !args.impacts.isEmpty())
            return usageError(tr("The command impact takes KIND=QTY or --clear, not both: %1.").arg(synopsis));
        break;
    case Command::ReportAssembly:
        if (auto e = firstMissing({{Option::From, "--from YYYY-MM-DD"}, {Option::To, "--to YYYY-MM-DD"}}))
            return *e;
        if (*args.from > *args.to)
            return usageError(tr("The report cannot run from %1 back to %2: --from must not come after --to.")
                                  .arg(args.from->toString(Qt::ISODate), args.to->toString(Qt::ISODate)));
        break;
    case Command::Demo:
        if (args.demoTrades.value_or(1) > 0 && args.demoMembers && *args.demoMembers < 2)
            return usageError(tr("A demo community with trades needs at least 2 members, not %1; add --trades 0 for members only.")
                                  .arg(*args.demoMembers));
        break;
    default:
        break;
    }
    return args;
}

QString usageText()
{
    return tr(R"(Usage: mycelium-cli [OPTIONS] COMMAND [COMMAND OPTIONS]

Keeps a community's books in an encrypted Mycelium vault. Options may come
before or after the command, and may be written --option=VALUE; after "--"
nothing more is read as an option.

Commands:
  init --community NAME   Create a new vault and its key file for the
                          community NAME. Refuses to touch an existing vault.
  info [--json]           Show the community, creation date, schema version,
                          vault path and id, SQLCipher version and how many
                          records of each kind the vault holds. --json prints
                          the same as one JSON object.
  verify                  Run every integrity check on the vault and show
                          each check as ok or with its problems.
  passwd [--new-passphrase-file FILE]
                          Change the passphrase. The current passphrase comes
                          from the usual source; the new one from FILE, or is
                          asked twice on a terminal, or is read as the next
                          line of standard input. The vault keeps its
                          encryption key (see rekey).
  rekey                   Re-encrypt the whole vault under a fresh random key
                          (the passphrase stays the same).
  raw-key                 Print the vault's raw SQLCipher key as 64 hex
                          digits, so that the standard sqlcipher shell opens
                          the vault without Mycelium:
                            PRAGMA key = "x'<the 64 digits>'";
                            PRAGMA cipher_page_size = 4096;
                          (the second line as raw-key says on standard
                          error: vaults made before 4 KiB pages need none).
                          Anyone with this key can read the vault: keep it
                          as secret as the passphrase. rekey replaces it.
  help                    Show this text.

Members:
  member add NAME [--number N] [--pin-file FILE] [--contact TEXT]
             [--joined YYYY-MM-DD]
                          Add a member and print the member's number alone
                          (the next free one unless --number is given). The
                          PIN, if any, is the first line of FILE (at least 4
                          characters). Joined: today unless given.
  member list [--json]    Every member: number, name, status, balance and
                          credit line. The commons fund is not a member; see
                          balance.
  member show N [--json]  One member: contact, joining date, status, whether
                          a PIN is set, balance, credit line (starter line
                          plus earned extension) and available credit.
  member edit N [--name NAME] [--contact TEXT]
                          Change a member's name or contact (an empty TEXT
                          removes the contact); what is not given stays.
  member suspend N --reason TEXT
  member leave N --reason TEXT
  member reinstate N [--reason TEXT]
                          Change a member's status; a suspended member or one
                          who left cannot trade. Reinstating makes the member
                          active again.
  member pin N --pin-file FILE | --remove
                          Set, change or remove a member's PIN.

Trades and balances (member number 0 is the commons fund; amounts are
credits written like 40 or 12.50, with a point and no grouping):
  trade --from N --to N --amount X --memo TEXT [--category C]
        [--date YYYY-MM-DD] [--pin-file FILE] [--impact KIND=QTY[,KIND=QTY]]
                          Record that member --from paid member --to, and
                          print the new trade's id alone. The date is today
                          unless given; it may not be in the future nor on a
                          day already settled. With --pin-file the payer
                          confirms with the PIN in FILE, otherwise the
                          coordinator confirms. --impact: the ecological
                          impacts the trade carries (see impact), recorded
                          with it or not at all.
  reverse TRADE_ID [--date YYYY-MM-DD]
                          Record the mirror image of a trade and print the
                          reversal's id. A trade is reversed at most once.
  balance [--at YYYY-MM-DD] [--json]
                          Every account's balance, the commons fund first
                          (number 0), after settling demurrage through
                          yesterday; --at: at the end of that day instead.
  statement N [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                          Trades, reversals and demurrage charges of account
                          N (0: the commons fund), oldest first, each with the
                          balance after it.
  demurrage rate --ppm N --from YYYY-MM-DD [--exempt X]
                          From that day (today or later) balances above X
                          credits pay N parts per million of the excess per
                          day to the commons fund. Without --exempt the
                          exemption in force on that day is kept.
  demurrage show [--json] The demurrage rates over time. Until the first one
                          set: 1000 ppm (0.1 %) per day, no exemption.
  export ledger FILE      Write the whole ledger as a journal for the ledger
                          program (ledger -f FILE balance); FILE is replaced
                          atomically.
  export csv DIR          Write members.csv, trades.csv, balances.csv and
                          demurrage.csv into DIR (created when missing), each
                          replaced atomically. Amounts like "40.00", dates
                          YYYY-MM-DD, member number 0 the commons fund.
  import members FILE     Add the members listed in a CSV file with a header
                          line: name (required), number, contact, joined_on,
                          pin, status; members.csv from export csv reads
                          back. Prints how many were added.
  import trades FILE      Record the trades listed in a CSV file: date,
                          payer_number, payee_number, amount, memo (required),
                          category, recorded_by, confirmation, id, reverses;
                          trades.csv from export csv reads back.
  import tools FILE       Add the tool library's items listed in a CSV file:
                          tag, name (required), category, description,
                          condition (new, good, worn, needs_repair, retired;
                          good when empty), location, value, deposit,
                          late_fee (credits, like 40 or 12.50; 0 when
                          empty), loan_days (7 when empty), safety_notes,
                          needs_training (yes or no), maintenance_every_loans,
                          maintenance_every_days (none when empty). A tag
                          may not repeat in the file or the vault.
                          The imports check every row first and then apply
                          all rows or none; an error names the line and the
                          field.

The skills exchange (rules in docs/skills.md):
  skill offer --member N --tags T[,T] --text TEXT [--rate X] [--days mon,wed]
        [--note TEXT] [--level beginner|intermediate|expert] [--mentor]
        [--expires YYYY-MM-DD]
                          List what a member can do (--mentor: can teach).
  skill want --member N --tags T[,T] --text TEXT [--days ...] [--level ...]
        [--learn]         List what a member needs (--learn: to learn it).
  skill search TEXT [--kind offer|want] [--tag T] [--json]
                          Active listings whose tags, synonyms or words
                          start with the words typed; newest first.
  skill match ID [--json] The best counterparts for a listing, with why.
  skill list --member N [--json]   A member's active listings.
  skill withdraw ID       Withdraw a listing.
  skill tags [--json]     The vocabulary: tags, synonyms, active listings.
  skill tag NAME [--synonyms A,B]  Curate a tag and add synonyms.
  skill rate [X]          Show or set the community's credits an hour.
  skill verify --member N --tag T --by N|coordinator
                          Vouch for a member's skill (two vouches or the
                          coordinator verify it).
  session add --provider N --receiver N --hours H --text TEXT [--listing ID]
        [--on YYYY-MM-DD] [--rate X] [--mentoring]
                          Agree a session (H like 1.5 or 1:30).
  session complete ID [--feedback TEXT] [--thanks TEXT] [--date YYYY-MM-DD]
                          Record its trade, receiver to provider; feedback
                          and thanks are the receiver's.
  session cancel ID --by provider|receiver|coordinator
  session feedback ID --member N [--feedback TEXT] [--thanks TEXT]
  session list [--member N] [--state planned|completed|cancelled] [--json]
  import skills FILE      Add listings from a CSV file: kind, member, tags
                          (separated by ;), description (required),
                          availability, availability_note, level, mentoring,
                          rate, expires_on; all rows or none.
  gratitude [--member N] [--json]  The thank-you notes, newest first.

Self-regulation:
  signals [--json]        The ledger's signals after settling demurrage
                          through yesterday: money in circulation (the sum of
                          positive balances), the commons fund, members near
                          their credit floor or the accumulation ceiling,
                          trades, volume, circulation and velocity for each
                          of the last 12 months, the circulation target, a
                          demurrage rate already scheduled, and a suggested
                          rate when circulation is outside the target. A
                          suggestion is never applied by itself: record it
                          with demurrage rate.
  circulation-target --low X --high X | --none
                          The band of money in circulation (credits) outside
                          which signals suggests a new demurrage rate; --none
                          removes it.

The tool library (amounts in credits, like 40 or 12.50):
  tool add NAME --tag TAG [--category C] [--value X] [--deposit X]
           [--loan-days N] [--late-fee X] [--owner N]
                          Add an item to the catalogue. TAG is the code on its
                          label, unique; the loan period is 7 days unless
                          given; the late fee is per day late.
  tool list [--json]      Every item: tag, name, category, condition and who
                          has it until when.
  tool show TAG [--json]  One item, its loan, its holds queue and its history.
  tool checkout TAG --member N [--date YYYY-MM-DD] [--override-reason TEXT]
                [--missing A,B]
                          Lend the item to member N; prints the due date. The
                          item's deposit is held on the member's credit until
                          it comes back. The refusal says why (on loan,
                          retired, needs repair, held or booked for someone
                          else, member suspended, not trained, cannot cover
                          the deposit, or with an overdue item). A member with
                          an overdue item borrows only with --override-reason,
                          which is recorded with the loan. --missing: a kit's
                          components not there as it goes out (noted).
  tool return TAG [--condition C] [--date YYYY-MM-DD] [--waive REASON]
                [--missing A,B] [--notes TEXT] [--charge-deposit --coordinator]
                          Take the item back (condition new, good, worn,
                          needs_repair or retired; good unless given). The
                          deposit is released; the late fee (days late x the
                          item's fee a day) is charged to the commons fund
                          unless --waive gives a reason. needs_repair, or
                          components --missing, keep it from being lent until
                          its maintenance is closed. --charge-deposit keeps the
                          deposit for damage; it needs --coordinator.
  tool lost TAG --coordinator [--notes TEXT] [--date YYYY-MM-DD]
                          The item will not come back: its deposit is charged
                          to the commons fund, it is retired, its queue and
                          bookings are cancelled. No late fee is added.
  tool reserve TAG --member N --from YYYY-MM-DD --to YYYY-MM-DD [--notes TEXT]
                          Book the item for member N for those days (both
                          counted); loans that would overlap are refused.
  tool unreserve ID [--reason TEXT]
                          Cancel a booking (its id is in tool show).
  tool components TAG [NAME...] [--clear]
                          Show a kit's components, or set them (in order), or
                          clear them. The desk checks them out and in.
  tool photo TAG FILE | tool photo TAG --remove
                          Keep a JPEG or PNG photo (at most 2 MiB) of the item
                          in the vault, or remove it.
  tool renew TAG [--date YYYY-MM-DD]
                          Another loan period, from the due date (or from the
                          date, when later); refused while someone waits.
  tool hold TAG --member N
                          Put member N in the item's queue; first come, first
                          served: the item is lent to no one else first.
  tool overdue [--json]   Items past their due date, most days late first,
                          with the late fee so far and the borrower's contact.
  tool maintenance TAG --done TEXT [--cost X] [--date YYYY-MM-DD]
                          Record maintenance done: closes the open record (an
                          item back as needs_repair is good again), or records
                          routine work.
  tool labels FILE.pdf [TAG...] [--sheet NAME] [--start N]
                          Write a PDF of labels to print on a sheet of
                          self-adhesive labels: each with the tag as a QR code
                          and as text, and the item's name. Without tags:
                          every item that is not retired. Sheets (A4):
                          L7160 (default; 21 labels of 63.5 x 38.1 mm),
                          L7163 (14 of 99.1 x 38.1 mm), L7165 (8 of 99.1 x
                          67.7 mm), L7651 (65 of 38.1 x 21.2 mm; the name
                          only where it fits). --start N: the first label
                          goes to position N (1 is top left, counting across,
                          then down), to use up a sheet already started.
                          Further labels go on more pages.
  tool train N --category C [--date YYYY-MM-DD] [--by NAME]
                          Sign member N off for the category C, so that they
                          may borrow items of C that need training.
  tool hold-days [N]      Show, or set to N, the days an item that comes back
                          is kept for the first member in its queue.
  tool loans --member N [--json]
                          Member N's loans: those out first (earliest due
                          first), then those returned (newest first), with
                          days late and the late fee.
  tool stats [--json]     Items (not retired), loans ever, the avoided
                          spending (replacement value of every loan), the
                          utilisation over the last 365 days (share of
                          item-days on loan), the most requested items (loans
                          and holds) and the items never borrowed.

The commons (quantities are written like 100 or 12.5, at most three
decimals, in the resource's or indicator's unit; prices and credits like
amounts):
  commons add NAME --unit U --yield X --period month|year --permits N
              [--threshold X] [--stock X] [--price X] [--elasticity N]
              [--regen-unit U] [--regen-permits X] [--regen-credits X]
              [--amber P] [--red P] [--description TEXT]
                          Add a shared resource: its sustainable yield per
                          month or year is divided into N extraction permits
                          each period. --threshold: the safe use per period
                          (the yield unless given); --stock: the stock or
                          capacity, where it applies; --price: credits per
                          permit when use reaches the threshold (0, free,
                          unless given), rising with use as (use /
                          threshold) ^ elasticity (2 unless given, 0 to 4);
                          regeneration is counted in --regen-unit (the unit
                          unless given) and earns --regen-permits permits
                          and --regen-credits credits per unit; the light is
                          amber from --amber and red above --red percent of
                          the threshold (70 and 100 unless given).
  commons list [--json]   Every resource and its settings.
  commons show NAME [--member N] [--json]
                          One resource: settings, this period's permits (used,
                          left, earned), the price of a permit now, its
                          light, recent extractions and regenerations and the
                          period's emergency overrides; --member: that
                          member's drawing rights as well.
  commons extract NAME --member N --qty X [--date YYYY-MM-DD]
                  [--override REASON]
                          Record that member N took X of the resource: whole
                          permits, first from the member's drawing rights,
                          then from the period's shared permits; the price
                          is charged to the member and paid to the commons
                          fund. Prints the permits taken, the charge and the
                          permits left. Beyond the permits left it is refused
                          with what is left (exit 4), unless the coordinator
                          records an emergency override with its reason.
  commons regenerate NAME --member N --qty X --action TEXT
                     [--verified-by NAME] [--date YYYY-MM-DD]
                          Record regeneration by member N (planting,
                          restoring, composting, repairing), verified by NAME
                          ("coordinator" unless given): it earns drawing
                          rights on the resource and regeneration credits
                          paid by the commons fund, at the resource's rates.
  commons status [--json] Every warning light, worst first: each resource's
                          use this period and each indicator's latest
                          measurement against its threshold, with the state
                          as a symbol and a word (green within limits, amber
                          near the limit, red over it, grey no recent data),
                          the value, threshold, percent and trend.
  commons balance [--month YYYY-MM] [--member N] [--json]
                          The ecological balance of a month (this month
                          unless given) in points: regeneration minus
                          extraction and trade impacts, for the community
                          and each member with activity (or member N).
  commons settle --month YYYY-MM
                          Settle a month that has ended, once: members with a
                          positive balance are paid regeneration credits by
                          the commons fund, members with a negative one owe
                          it a restoration fee (unless they pledged work),
                          and every member's ecological multiplier is set.
  commons pledge --member N --month YYYY-MM --work TEXT
                          Member N pledges restoration work instead of the
                          fee of that month.
  indicator add NAME --unit U --threshold X [--higher-is-better]
                [--boundary TEXT] [--stale-days N] [--amber P] [--red P]
                          Add an ecological indicator with its safe
                          threshold or budget; lower is better unless
                          --higher-is-better. --boundary: the planetary
                          boundary it follows; its light turns grey when the
                          latest measurement is older than N days (45 unless
                          given).
  indicator list [--json] Every indicator with its latest measurement.
  indicator record NAME --value X [--date YYYY-MM-DD]
                          Record a measurement (negative values allowed) for
                          a day (today unless given); a day already measured
                          gets the new value.
  indicator budget --global X --population-share S --ecosystem-share S
                          Print the regional budget alone: X x (S1 + S2) / 2,
                          rounded to three decimals. Shares are written like
                          0.0000375, 37.5% or 300/8000000000. Needs no vault.
  import measurements FILE
                          Record the measurements listed in a CSV file:
                          indicator, date, value (required), source (the
                          file's name when empty). Checked like the other
                          imports: all rows or none.
  impact TRADE_ID [KIND=QTY ...] [--clear]
                          Show the ecological impacts a trade carries, or
                          replace them, or clear them. KIND is carbon (kg
                          CO2e), water (L), land (m²), biodiversity (units)
                          or pollution (kg); the payer bears them in the
                          ecological balance.
  report assembly FILE.pdf --from YYYY-MM-DD --to YYYY-MM-DD
                          Write the monthly assembly's report as an A4 PDF: a
                          cover with every light, then a page per resource
                          and per indicator (chart and table), the
                          ecological balance, the emergency overrides and
                          the largest regeneration actions.

Trust (for coordinators; the rules are in docs/trust.md):
  trust show N [--json]   A member's trust profile: each dimension with the
                          counts it is made of (contribution, reliability,
                          reciprocity, ecological impact, longevity,
                          vouching) and the score with its parts.
  trust depth [--json]    The community's depth over the last 12 months:
                          reciprocity, distinct trading pairs per member,
                          concerns resolved of those raised, gratitude notes
                          per month.
  trust alerts [--json]   Look for the patterns that need a review (rings of
                          two members trading back and forth, sudden large
                          trades near the credit floor, many reversals) and
                          list the open alerts.
  alert review ID --text TEXT
                          Record what the review of an alert found; a
                          reviewed pattern is not raised again.
  flag --member N --reason TEXT [--by N]
                          Record a concern about a member, raised by member
                          --by or by the coordinator; seen by coordinators
                          only (the journal keeps no words of it).
  flag list [--all] [--json]
                          The open concerns (--all: resolved ones too).
  flag resolve ID --resolution TEXT
                          Resolve a concern, once.
  sanction --member N --level none|warning|reduced|suspended|excluded
           --reason TEXT [--review YYYY-MM-DD]
                          One step of the graduated sanctions: a warning
                          changes nothing in the ledger, a reduced line
                          halves the credit line, a suspended (mediation
                          required) or excluded member cannot trade or
                          borrow. A review date after today is required
                          unless --level none lifts the sanction.
  sanction list [--json]  The members under a sanction, by review date, with
                          their contributions since and whether redemption
                          is earned.
  sanction history N [--json]
                          Every step of a member's sanctions, oldest first.
  sanction redeem         Step down every warning or reduced line whose
                          review date has come with 3 contributions since
                          it was applied, and print the steps.

Demonstration:
  demo [--members N] [--trades N] [--years N] [--seed S] [--commons] [--skills]
                          Fill an empty vault with a synthetic community that
                          looks lived in: N members (default 50), N trades
                          (default 2000) over the last N years (default 2) up
                          to today, demurrage rate changes, a few reversals.
                          The same options, seed (default 1) and --today give
                          the same community. The first few members get a PIN:
                          their number with four digits ("0001"). Refused
                          (exit 4) when the vault already has members or
                          trades. --commons: commons demo data as well
                          (resources, extractions, regenerations, indicators
                          with three years of measurements, trade impacts);
                          on a vault that has members already, the commons
                          demo data alone. --skills: the skills exchange's
                          demo data (tags, listings, vouches, sessions,
                          thanks) the same way.

JSON (--json): amounts are strings with two decimals ("40.00", "-12.50"),
never numbers; accounts carry "number" (0: commons fund) and "name".
  member list     {"members": [{"number", "name", "status", "balance",
                  "creditLine", "available", "pinSet"}]}
  member show     {"number", "name", "contact", "joinedOn", "status",
                  "pinSet", "balance", "creditLine", "creditLineStarter",
                  "creditLineExtension", "available"}
  balance         {"asOf", "accounts": [{"number", "name", "balance"}],
                  "total"}
  statement       {"number", "name", "from", "to", "lines": [{"date",
                  "kind" (trade, reversal, demurrage), "tradeId",
                  "counterparty", "counterpartyName", "memo", "amount",
                  "balance"}]}
  demurrage show  {"rates": [{"from", "ppmPerDay", "exempt"}]}
  signals         {"asOf", "circulation", "commonsFund", "activeMembers",
                  "nearFloor", "nearCeiling", "ceiling", "velocityPermille",
                  "target": {"low", "high"}, "months": [{"month" (YYYY-MM),
                  "trades", "volume", "circulation", "velocityPermille"}],
                  "scheduledRate": {"from", "ppmPerDay", "exempt"},
                  "suggestion": {"currentPpm", "suggestedPpm", "from",
                  "reason"}}; velocity in permille (1000: the money in
                  circulation changed hands once that month); ceiling,
                  target, scheduledRate and suggestion are null when there
                  is none.
  tool list       {"items": [{"tag", "name", "category", "condition",
                  "borrower", "dueOn"}]}; borrower and dueOn are null when
                  the item is in
  tool show       {"tag", "name", "category", "description", "condition",
                  "location", "replacementValue", "deposit", "loanDays",
                  "lateFeePerDay", "lendable", "whyNot", "loan": {"member",
                  "name", "outOn", "dueOn"} or null, "holds": [{"member",
                  "name", "queuedAt"}], "history": [{"member", "name",
                  "outOn", "dueOn", "returnedOn", "condition"}]}
  tool overdue    {"asOf", "loans": [{"tag", "name", "member",
                  "memberName", "contact", "dueOn", "daysLate",
                  "feeSoFar"}]}
  tool loans      {"member", "name", "asOf", "loans": [{"tag", "name",
                  "outOn", "dueOn", "returnedOn", "condition", "daysLate",
                  "lateFee", "notes"}]}; returnedOn and condition are null
                  while the item is out, and daysLate and lateFee are then
                  counted to today (the fee so far)
  tool stats      {"items", "loans", "avoidedSpending", "mostRequested":
                  [{"tag", "name", "requests"}], "neverBorrowed": [tag]}
Quantities and points are strings too ("12.5"), permits are numbers:
  commons list    {"resources": [{"name", "unit", "description", "stock",
                  "period", "yield", "permits", "threshold", "basePrice",
                  "elasticity", "regenerationUnit", "regenerationPermits",
                  "regenerationCredits", "amber", "red", "createdOn"}]}
  commons show    the same keys as one resource, and "account": {"from",
                  "to", "label", "permits", "sharedUsed", "sharedLeft",
                  "earnedInPeriod", "earnedUsed", "drawingRightsLeft",
                  "beyondPermits", "extracted", "regenerated", "overrides",
                  "pricePerPermit"}, "light" (as in commons status),
                  "member": {"number", "name", "drawingRights"} or null,
                  "extractions": [{"id", "date", "member", "name",
                  "quantity", "permits", "permitsBeyond", "pricePerPermit",
                  "charge", "tradeId", "override"}], "regenerations":
                  [{"id", "date", "member", "name", "quantity", "action",
                  "verifiedBy", "permitsEarned", "credits", "tradeId"}],
                  "overrides" (extractions)
  commons status  {"asOf", "lights": [{"state" (green, amber, red, grey),
                  "symbol", "word", "subject" (resource, indicator),
                  "name", "unit", "value", "threshold", "percent", "trend"
                  (improving, steady, worsening, unknown), "asOf",
                  "summary"}]}; value is null without data
  commons balance {"month" (YYYY-MM), "settled", "community":
                  {"regeneration", "extraction", "impacts", "net"},
                  "members": [{"number", "name", "regeneration",
                  "extraction", "impacts", "net"}]}
  indicator list  {"indicators": [{"name", "unit", "boundary",
                  "threshold", "direction", "amber", "red", "staleDays",
                  "latest": {"date", "value"} or null}]}
Dates are YYYY-MM-DD; an open end or the built-in default rate is null.

Options:
  --vault PATH            The vault file; its key file is PATH.key, beside it.
                          Default: %1
  --passphrase-file FILE  Read the passphrase from FILE (one trailing newline
                          is removed).
  --today YYYY-MM-DD      Act as if today were this date (for scripts and
                          tests); without it the system clock is used.
  -h, --help              Show this text.
  --version               Show the program's version.

Passphrase:
  Taken from --passphrase-file, else from the environment variable
  MYCELIUM_PASSPHRASE, else asked on the terminal without echo (twice for
  init), else read as one line from standard input.

Environment:
  MYCELIUM_PASSPHRASE     The vault's passphrase, when --passphrase-file is
                          not given.
  XDG_DATA_HOME           Where the default vault lives (mycelium/ inside it).

Exit status:
  0  Success.
  1  Cancelled at a prompt, or an unexpected error.
  2  Usage error: unknown command or option, missing or malformed argument
     (such as a bad --today date or an amount like "12,5"), no such member,
     trade, item tag, resource or indicator, a file to import that does not
     exist, a passphrase
     that is too weak, an empty community name, passphrases that do not
     match.
  3  Wrong passphrase, or the vault is locked; a wrong member PIN.
  4  Integrity or data error: the vault or key file is missing, damaged or
     written by a newer Mycelium; a vault already exists (init); a check of
     verify failed; the files cannot be read or written; encryption is not
     available; or the ledger refused the operation, e.g. over the credit
     line, a suspended member, a trade already reversed, a day already
     settled, a member number already taken, a CSV file with a bad line,
     an item that cannot be lent, no items to print labels for, an
     extraction beyond the permits left, a month already settled.
  5  The vault is busy: another Mycelium window or command has it open.
)")
        .arg(VaultPaths::defaultVaultPath());
}

} // namespace mycelium::cli
