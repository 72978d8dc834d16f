// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#include "cliarguments.h"
#include "commonscommands.h"
#include "ledgercommands.h"
#include "passphraseinput.h"

#include "common/clock.h"
#include "storage/database.h"
#include "security/keychain.h"
#include "security/rememberedvaults.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include <sodium.h>
#include <optional>

namespace mycelium::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mycelium-cli", text);
}

class CliSession
{
public:
    explicit CliSession(CliArguments args)
        : m_args(std::move(args))
        , m_path(QFileInfo(m_args.vaultPath.isEmpty() ? VaultPaths::defaultVaultPath() : m_args.vaultPath).absoluteFilePath())
        , m_input(m_args.passphraseFile)
    {
        if (m_args.today)
            m_fixedClock.emplace(*m_args.today);
    }

    int init();
    int info();
    int verify();
    int passwd();
    int rekey();
    int rawKey();
    int ledger();

private:
    struct OpenVault {
        std::unique_ptr<Vault> vault;
        SecretText passphrase;
    };
    // Claims the vault (failing fast when it is missing or busy), then asks
    // for the passphrase, unseals the key file and decrypts.
    Result<OpenVault> openVault();

    const Clock &clock() const
    {
        if (m_fixedClock)
            return *m_fixedClock;
        return m_systemClock;
    }
    QString keyFilePath() const { return VaultPaths{m_path}.keyFile(); }

    CliArguments m_args;
    QString m_path; // absolute
    PassphraseInput m_input;
    SystemClock m_systemClock;
    std::optional<FixedClock> m_fixedClock;
};

Result<CliSession::OpenVault> CliSession::openVault()
{
    auto claim = Vault::claim(m_path);
    if (!claim) {
        if (claim.error().code == ErrorCode::VaultMissing && !QFileInfo::exists(keyFilePath()))
            return Error::make(ErrorCode::VaultMissing,
                               tr("There is no vault at %1; create one with 'mycelium-cli init --community NAME' or name another with --vault PATH.")
                                   .arg(m_path));
        return claim.error();
    }
    auto passphrase = m_input.existing(tr("Passphrase for %1: ").arg(m_path));
    if (!passphrase)
        return passphrase.error();
    auto key = claim->keyFile().unseal(passphrase->text());
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassphrase)
            return Error::make(ErrorCode::WrongPassphrase,
                               tr("The passphrase from %1 does not open the vault %2; nothing was changed.").arg(m_input.lastSource(), m_path));
        return key.error();
    }
    auto vault = Vault::open(*claim, std::move(*key), clock(), passphrase->text());
    if (!vault)
        return vault.error();
    return OpenVault{std::move(*vault), std::move(*passphrase)};
}

int CliSession::init()
{
    const auto name = CommunityProfile::validateName(m_args.communityName);
    if (!name)
        return fail(name.error());
    // Checked before asking for a passphrase; Vault::create checks again.
    if (QFileInfo::exists(m_path))
        return fail(Error::make(ErrorCode::VaultExists, tr("A vault already exists at %1; nothing was changed.").arg(m_path)));
    if (QFileInfo::exists(keyFilePath()))
        return fail(Error::make(ErrorCode::VaultExists,
                                tr("A key file already exists at %1 without its vault; nothing was changed. Move it away to create a new vault there.")
                                    .arg(keyFilePath())));

    const QString consequence = tr("Nothing was created.");
    auto passphrase = m_input.forNewVault(tr("Passphrase for the new vault: "), consequence);
    if (!passphrase)
        return fail(passphrase.error());
    if (auto strong = checkStrength(*passphrase, consequence); !strong)
        return fail(strong.error());

    auto vault = Vault::create(m_path, *name, passphrase->text(), clock(), KdfParams::standard());
    if (!vault)
        return fail(vault.error());
    printOut(tr("Created the vault of \"%1\".\n"
                "Vault:    %2\n"
                "Key file: %3\n"
                "Keep copies of both files and of the passphrase in safe places: the vault cannot be opened without "
                "its key file and the passphrase.\n")
                 .arg(*name, (*vault)->paths().vault, (*vault)->paths().keyFile()));
    return ExitOk;
}

int CliSession::info()
{
    auto opened = openVault();
    if (!opened)
        return fail(opened.error());
    const VaultInfo info = opened->vault->info();
    const QString createdOn = info.community.createdOn.toString(Qt::ISODate);
    // VaultInfo leaves the profile empty when it cannot be read; a real name
    // is never empty. Say so rather than print a blank.
    const bool profileMissing = info.community.name.isEmpty();

    if (m_args.json) {
        QJsonObject counts;
        for (const RecordCount &count : info.counts)
            counts.insert(count.key, count.count >= 0 ? QJsonValue(qint64(count.count)) : QJsonValue(QJsonValue::Null));
        // QJsonObject writes keys in sorted order, so the output is stable.
        const QJsonObject root{
            {QStringLiteral("community"),
             QJsonObject{{QStringLiteral("name"), profileMissing ? QJsonValue(QJsonValue::Null) : QJsonValue(info.community.name)},
                         {QStringLiteral("createdOn"), createdOn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(createdOn)}}},
            {QStringLiteral("schemaVersion"), info.schemaVersion},
            {QStringLiteral("vault"),
             QJsonObject{{QStringLiteral("path"), info.path},
                         {QStringLiteral("id"), info.vaultId},
                         {QStringLiteral("cipherVersion"), info.cipherVersion},
                         {QStringLiteral("cipherPageSize"), info.cipherPageSize}}},
            {QStringLiteral("counts"), counts},
        };
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    printOut(alignedLines({
        {tr("Community"), profileMissing ? tr("(missing: run 'mycelium-cli verify')") : info.community.name},
        {tr("Created on"), createdOn.isEmpty() ? tr("(unknown)") : createdOn},
        {tr("Schema version"), QString::number(info.schemaVersion)},
        {tr("Vault"), info.path},
        {tr("Key file"), keyFilePath()},
        {tr("Vault id"), info.vaultId},
        {tr("SQLCipher"), info.cipherVersion},
        {tr("Page size"), tr("%1 bytes").arg(info.cipherPageSize)},
    }));
    printOut(tr("Records:\n"));
    QList<std::pair<QString, QString>> rows;
    for (const RecordCount &count : info.counts)
        rows.append({count.label, count.count >= 0 ? QString::number(count.count) : tr("cannot be counted")});
    printOut(alignedLines(rows, QStringLiteral("  ")));
    return ExitOk;
}

int CliSession::verify()
{
    auto opened = openVault();
    if (!opened)
        return fail(opened.error());
    const QList<IntegrityCheck> &checks = integrityChecks();
    qsizetype width = 0;
    for (const IntegrityCheck &check : checks)
        width = std::max(width, check.id.size());

    int failedChecks = 0;
    for (const IntegrityCheck &check : checks) {
        const QList<IntegrityProblem> problems = check.run(opened->vault->database());
        if (problems.isEmpty()) {
            printOut(QStringLiteral("%1  %2\n").arg(check.id.leftJustified(width), tr("ok")));
            continue;
        }
        ++failedChecks;
        for (const IntegrityProblem &problem : problems) {
            QString message = problem.message;
            message.replace(QLatin1Char('\n'), QLatin1Char(' '));
            printOut(QStringLiteral("%1  %2 %3\n").arg(problem.check.leftJustified(width), tr("PROBLEM:"), message));
        }
    }
    if (failedChecks > 0)
        return fail(Error::make(ErrorCode::IntegrityViolation,
                                tr("%1 of %2 checks found problems in the vault %3; restore it from a backup before recording anything new.")
                                    .arg(failedChecks)
                                    .arg(checks.size())
                                    .arg(m_path)));
    printOut(tr("All %1 checks passed.\n").arg(checks.size()));
    return ExitOk;
}

int CliSession::passwd()
{
    const QString consequence = tr("The passphrase was not changed.");
    // A new passphrase from a file is checked before the slow unlock.
    std::optional<SecretText> fromFile;
    if (!m_args.newPassphraseFile.isEmpty()) {
        auto read = PassphraseInput::readFile(m_args.newPassphraseFile);
        if (!read)
            return fail(read.error());
        if (auto strong = checkStrength(*read, consequence); !strong)
            return fail(strong.error());
        fromFile = std::move(*read);
    }

    auto opened = openVault();
    if (!opened)
        return fail(opened.error());

    SecretText newPassphrase;
    if (fromFile) {
        newPassphrase = std::move(*fromFile);
    } else {
        auto asked = m_input.replacement({}, consequence);
        if (!asked)
            return fail(asked.error());
        if (auto strong = checkStrength(*asked, consequence); !strong)
            return fail(strong.error());
        newPassphrase = std::move(*asked);
    }

    if (auto changed = opened->vault->changePassphrase(opened->passphrase.text(), newPassphrase.text()); !changed)
        return fail(changed.error());
    printOut(tr("The passphrase of the vault %1 was changed and its key file %2 was rewritten; the vault keeps its encryption key.\n"
                "Old copies of the key file still open the vault with the old passphrase: if the old passphrase may "
                "be known to someone else, run 'mycelium-cli rekey' as well.\n")
                 .arg(m_path, keyFilePath()));
    return ExitOk;
}

int CliSession::rekey()
{
    auto opened = openVault();
    if (!opened)
        return fail(opened.error());
    if (auto rekeyed = opened->vault->rekey(opened->passphrase.text()); !rekeyed)
        return fail(rekeyed.error());
    printOut(tr("The vault %1 was re-encrypted under a new key and its key file %2 was replaced; the passphrase is unchanged.\n"
                "Back up the vault and the new key file together: older backups of the vault open only with the key file "
                "saved with them.\n")
                 .arg(m_path, keyFilePath()));
    // The app may keep the old key in the OS keychain; replace it there too.
    const QString vaultId = opened->vault->vaultId();
    if (isRememberedOnThisComputer(vaultId)) {
        Keychain keychain;
        QEventLoop loop;
        Status stored;
        keychain.writeKey(vaultId, opened->vault->copyKey(), [&](Status s) {
            stored = std::move(s);
            loop.quit();
        });
        loop.exec();
        if (stored) {
            printOut(tr("The key remembered in this computer's keychain was replaced as well.\n"));
        } else {
            setRememberedOnThisComputer(vaultId, false);
            printOut(tr("The keychain could not be updated (%1); the app will ask for the passphrase next time. "
                        "Turn \"Remember on this computer\" on again there if you want it.\n")
                         .arg(stored.error().message));
        }
    }
    return ExitOk;
}

// No lock-in: with this key the stock sqlcipher shell reads the vault.
int CliSession::rawKey()
{
    auto opened = openVault();
    if (!opened)
        return fail(opened.error());
    const SecureBytes key = opened->vault->copyKey();
    SecureBytes hex(key.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(hex.data()), hex.size(), key.data(), key.size());
    std::fwrite(hex.data(), 1, key.size() * 2, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    // Only the key goes to standard output, for scripts; how to use it goes
    // to standard error.
    const int pageSize = opened->vault->database().cipherPageSize();
    const QString hint = pageSize == Database::kLegacyCipherPageSize
        ? tr("In the sqlcipher shell: PRAGMA key = \"x'<the key>'\";")
        : tr("In the sqlcipher shell: PRAGMA key = \"x'<the key>'\"; PRAGMA cipher_page_size = %1;").arg(pageSize);
    std::fputs(qPrintable(hint + QLatin1Char('\n')), stderr);
    return ExitOk;
}

int CliSession::ledger()
{
    // A PIN file is read before the slow unlock.
    auto command = LedgerCommand::prepare(m_args);
    if (!command)
        return fail(command.error());
    auto opened = openVault();
    if (!opened)
        return fail(opened.error());
    return command->run(*opened->vault, clock());
}

} // namespace

bool needsFonts(const QStringList &arguments)
{
    const auto parsed = parseArguments(arguments);
    return parsed && (parsed->command == CliArguments::Command::ToolLabels || parsed->command == CliArguments::Command::ReportAssembly);
}

int run(const QStringList &arguments)
{
    auto parsed = parseArguments(arguments);
    if (!parsed)
        return fail(parsed.error());

    using Command = CliArguments::Command;
    switch (parsed->command) {
    case Command::Help:
        printOut(usageText());
        return ExitOk;
    case Command::Version:
        printOut(QStringLiteral("mycelium-cli %1\n").arg(QLatin1String(MYCELIUM_VERSION)));
        return ExitOk;
    case Command::None:
        break;
    case Command::Init:
        return CliSession(std::move(*parsed)).init();
    case Command::Info:
        return CliSession(std::move(*parsed)).info();
    case Command::Verify:
        return CliSession(std::move(*parsed)).verify();
    case Command::Passwd:
        return CliSession(std::move(*parsed)).passwd();
    case Command::Rekey:
        return CliSession(std::move(*parsed)).rekey();
    case Command::RawKey:
        return CliSession(std::move(*parsed)).rawKey();
    case Command::IndicatorBudget:
        return indicatorBudget(*parsed); // arithmetic only: no vault
    default:
        if (isLedgerCommand(parsed->command))
            return CliSession(std::move(*parsed)).ledger();
        break;
    }
    return fail(Error::make(ErrorCode::InvalidArgument, tr("No command given; run 'mycelium-cli --help' for the list of commands.")));
}

} // namespace mycelium::cli
