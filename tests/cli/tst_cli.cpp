// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real mycelium-cli executable and checks what it prints, its exit
// codes and what it leaves on disk.
#include "clifixture.h"
#include "common/clock.h"
#include "security/keychain.h"
#include "security/keyfile.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "vault/integrity.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <sys/stat.h>

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QString kNewPassphrase = QStringLiteral("otters juggle seven blue lanterns");
const QString kCommunity = QStringLiteral("Riverside Commons");
const QString kToday = QStringLiteral("2026-03-01");

using mycelium::test::CliRun;
using mycelium::test::verifyOneLineError;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

int unixMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initThenInfoJson();
    void initRefusesExistingVault();
    void initRefusesWeakPassphrase_data();
    void initRefusesWeakPassphrase();
    void initRefusesEmptyCommunityName();
    void wrongPassphraseChangesNothing();
    void usageErrors_data();
    void usageErrors();
    void missingVault();
    void damagedKeyFile_data();
    void damagedKeyFile();
    void damagedVault_data();
    void damagedVault();
    void verifyGoodVault();
    void verifyReportsProblems();
    void passwdChangesPassphrase();
    void passwdRefusesWeakPassphrase();
    void rekeyReencrypts();
    void rekeyReplacesRememberedKey();
    void rawKeyOpensVaultInSqlcipherShell();
    void busyVault();
    void passphraseFile();
    void passphraseFromStandardInput();
    void helpListsCommandsOptionsAndExitCodes();
    void version();

private:
    // Runs mycelium-cli with HOME and XDG_* in this test's temporary folder.
    // passphrase: MYCELIUM_PASSPHRASE, unset when null. Standard input is a
    // pipe that holds `input` and then ends, so the program never prompts.
    CliRun run(const QStringList &arguments, const QString &passphrase = {}, const QByteArray &input = {});
    // A ready vault (a copy of the one made once in initTestCase) at vaultPath().
    void makeVault();
    QString vaultPath() const { return m_dir->filePath(QStringLiteral("vaults/community.vault")); }
    QString keyPath() const { return vaultPath() + QStringLiteral(".key"); }
    QStringList withVault(QStringList arguments) const { return QStringList{QStringLiteral("--vault"), vaultPath()} + arguments; }
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_templateDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TestCli::run(const QStringList &arguments, const QString &passphrase, const QByteArray &input)
{
    return mycelium::test::runCli(arguments, m_dir ? m_dir->path() : m_templateDir.path(), passphrase, input);
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    writeAll(path, content);
    return path;
}

void TestCli::makeVault()
{
    QVERIFY(QDir().mkpath(QFileInfo(vaultPath()).absolutePath()));
    const QString source = m_templateDir.filePath(QStringLiteral("community.vault"));
    QVERIFY(QFile::copy(source, vaultPath()));
    QVERIFY(QFile::copy(source + QStringLiteral(".key"), keyPath()));
}

void TestCli::initTestCase()
{
    QVERIFY(m_templateDir.isValid());
    // One vault made with the standard key derivation, copied by the tests
    // that need a ready vault: fewer Argon2 runs.
    const CliRun made = run({QStringLiteral("--vault"), m_templateDir.filePath(QStringLiteral("community.vault")), QStringLiteral("--today"),
                             kToday, QStringLiteral("init"), QStringLiteral("--community"), kCommunity},
                            kPassphrase);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_dir.reset();
}

void TestCli::initThenInfoJson()
{
    // No --vault: the default place under XDG_DATA_HOME; options after the command.
    const CliRun made = run({QStringLiteral("init"), QStringLiteral("--community"), kCommunity, QStringLiteral("--today"), kToday}, kPassphrase);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(made.err.isEmpty());
    const QString vault = m_dir->filePath(QStringLiteral("data/mycelium/community.vault"));
    const QString key = vault + QStringLiteral(".key");
    QVERIFY2(made.out.contains(vault), qPrintable(made.out));
    QVERIFY2(made.out.contains(key), qPrintable(made.out));

    QVERIFY(QFileInfo::exists(vault));
    QVERIFY(QFileInfo::exists(key));
    QCOMPARE(unixMode(vault), 0600);
    QCOMPARE(unixMode(key), 0600);
    QVERIFY(!QFileInfo::exists(vault + QStringLiteral(".lock")));

    // Encrypted: no SQLite header and no readable community name.
    const QByteArray bytes = readAll(vault);
    QVERIFY(bytes.size() > 1024);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(kCommunity.toUtf8()));
    QVERIFY(!bytes.contains("CREATE TABLE"));

    const CliRun info = run({QStringLiteral("info"), QStringLiteral("--json")}, kPassphrase);
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(info.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + info.out));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("community")).toObject().value(QLatin1String("name")).toString(), kCommunity);
    QCOMPARE(root.value(QLatin1String("community")).toObject().value(QLatin1String("createdOn")).toString(), kToday);
    QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), mycelium::latestSchemaVersion());
    const QJsonObject vaultObject = root.value(QLatin1String("vault")).toObject();
    QCOMPARE(vaultObject.value(QLatin1String("path")).toString(), vault);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(vaultObject.value(QLatin1String("id")).toString()).hasMatch());
    QVERIFY(vaultObject.value(QLatin1String("cipherVersion")).toString().startsWith(QLatin1String("3.")));
    const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.value(QLatin1String("security_events")).toInt(-1), 1); // "created"
    for (const char *domain : {"tool_items", "commons_resources", "skill_listings", "skill_sessions"})
        QCOMPARE(counts.value(QLatin1String(domain)).toInt(-1), 0);

    // The same facts for people.
    const CliRun text = run({QStringLiteral("info")}, kPassphrase);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY(text.out.contains(kCommunity));
    QVERIFY(text.out.contains(kToday));
    QVERIFY(text.out.contains(vaultObject.value(QLatin1String("id")).toString()));
}

void TestCli::initRefusesExistingVault()
{
    makeVault();
    const QByteArray vaultBefore = readAll(vaultPath());
    const QByteArray keyBefore = readAll(keyPath());

    CliRun again = run(withVault({QStringLiteral("init"), QStringLiteral("--community"), QStringLiteral("Other")}), kPassphrase);
    QCOMPARE(again.exitCode, 4);
    verifyOneLineError(again);
    QVERIFY2(again.err.contains(vaultPath()), qPrintable(again.err));
    QVERIFY(again.err.contains(QLatin1String("nothing was changed")));
    QCOMPARE(readAll(vaultPath()), vaultBefore);
    QCOMPARE(readAll(keyPath()), keyBefore);

    // A key file alone is protected just the same.
    QVERIFY(QFile::remove(vaultPath()));
    again = run(withVault({QStringLiteral("init"), QStringLiteral("--community"), QStringLiteral("Other")}), kPassphrase);
    QCOMPARE(again.exitCode, 4);
    verifyOneLineError(again);
    QVERIFY2(again.err.contains(keyPath()), qPrintable(again.err));
    QVERIFY(!QFileInfo::exists(vaultPath()));
    QCOMPARE(readAll(keyPath()), keyBefore);
}

void TestCli::initRefusesWeakPassphrase_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("too short") << QStringLiteral("short");
    QTest::newRow("common word") << QStringLiteral("passwordpassword");
    QTest::newRow("sequence") << QStringLiteral("abcdefghijkl");
}

void TestCli::initRefusesWeakPassphrase()
{
    QFETCH(QString, passphrase);
    const CliRun result = run(withVault({QStringLiteral("init"), QStringLiteral("--community"), kCommunity}), passphrase);
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("Passphrase refused")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(vaultPath()));
    QVERIFY(!QFileInfo::exists(keyPath()));
    QVERIFY(!QFileInfo::exists(QFileInfo(vaultPath()).absolutePath()));
}

void TestCli::initRefusesEmptyCommunityName()
{
    const CliRun result = run(withVault({QStringLiteral("init"), QStringLiteral("--community"), QStringLiteral("   ")}), kPassphrase);
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("name")), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(vaultPath()));
    QVERIFY(!QFileInfo::exists(keyPath()));
}

void TestCli::wrongPassphraseChangesNothing()
{
    makeVault();
    const QByteArray vaultBefore = readAll(vaultPath());
    const QByteArray keyBefore = readAll(keyPath());

    const CliRun result = run(withVault({QStringLiteral("info")}), QStringLiteral("wrong horse battery staple"));
    QCOMPARE(result.exitCode, 3);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("MYCELIUM_PASSPHRASE")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(readAll(vaultPath()), vaultBefore);
    QCOMPARE(readAll(keyPath()), keyBefore);
    QVERIFY(!QFileInfo::exists(vaultPath() + QStringLiteral(".lock")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // the message must name this

    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("info")} << QStringLiteral("--frobnicate");
    QTest::newRow("unknown option after command") << QStringList{QStringLiteral("info"), QStringLiteral("--verbose")} << QStringLiteral("--verbose");
    QTest::newRow("bad --today") << QStringList{QStringLiteral("--today"), QStringLiteral("2026-13-45"), QStringLiteral("info")}
                                 << QStringLiteral("2026-13-45");
    QTest::newRow("no such day") << QStringList{QStringLiteral("--today=2026-02-30"), QStringLiteral("info")} << QStringLiteral("2026-02-30");
    QTest::newRow("not a date") << QStringList{QStringLiteral("info"), QStringLiteral("--today"), QStringLiteral("tomorrow")}
                                << QStringLiteral("tomorrow");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
    QTest::newRow("missing value") << QStringList{QStringLiteral("info"), QStringLiteral("--vault")} << QStringLiteral("--vault");
    QTest::newRow("init without name") << QStringList{QStringLiteral("init")} << QStringLiteral("--community");
    QTest::newRow("option of another command") << QStringList{QStringLiteral("verify"), QStringLiteral("--json")} << QStringLiteral("--json");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("info"), QStringLiteral("everything")} << QStringLiteral("everything");
    QTest::newRow("value for a flag") << QStringList{QStringLiteral("info"), QStringLiteral("--json=yes")} << QStringLiteral("--json");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const CliRun result = run(withVault(arguments), kPassphrase);
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(vaultPath()));
}

void TestCli::missingVault()
{
    const QString missing = m_dir->filePath(QStringLiteral("nowhere.vault"));
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("verify"), QStringLiteral("rekey")}) {
        const CliRun result = run({QStringLiteral("--vault"), missing, command}, kPassphrase);
        QCOMPARE(result.exitCode, 4);
        verifyOneLineError(result);
        QVERIFY2(result.err.contains(missing), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("init")), qPrintable(result.err)); // says how to make one
    }
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(missing + QStringLiteral(".key")));
}

void TestCli::damagedKeyFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("one byte flipped") << QStringLiteral("flip");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("missing") << QStringLiteral("remove");
}

void TestCli::damagedKeyFile()
{
    QFETCH(QString, damage);
    makeVault();
    QByteArray key = readAll(keyPath());
    if (damage == QLatin1String("flip"))
        key[key.size() / 2] = char(key.at(key.size() / 2) ^ 0x01);
    else if (damage == QLatin1String("empty"))
        key.clear();
    else if (damage == QLatin1String("truncate"))
        key.truncate(key.size() / 2);
    if (damage == QLatin1String("remove"))
        QVERIFY(QFile::remove(keyPath()));
    else
        writeAll(keyPath(), key);
    const QByteArray vaultBefore = readAll(vaultPath());

    const CliRun result = run(withVault({QStringLiteral("info")}), kPassphrase);
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("key file")), qPrintable(result.err));
    QVERIFY2(result.err.contains(keyPath()), qPrintable(result.err));
    QCOMPARE(readAll(vaultPath()), vaultBefore);
}

void TestCli::damagedVault_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut to half") << QStringLiteral("half");
    QTest::newRow("cut inside the first page") << QStringLiteral("header");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("missing beside its key file") << QStringLiteral("remove");
}

void TestCli::damagedVault()
{
    QFETCH(QString, damage);
    makeVault();
    QByteArray bytes = readAll(vaultPath());
    if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("header"))
        bytes.truncate(100);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    if (damage == QLatin1String("remove"))
        QVERIFY(QFile::remove(vaultPath()));
    else
        writeAll(vaultPath(), bytes);
    const QByteArray keyBefore = readAll(keyPath());

    const CliRun result = run(withVault({QStringLiteral("info")}), kPassphrase);
    QCOMPARE(result.exitStatus, QProcess::NormalExit); // refused, not crashed
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(vaultPath()), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(readAll(keyPath()), keyBefore);
}

void TestCli::verifyGoodVault()
{
    makeVault();
    const CliRun result = run(withVault({QStringLiteral("verify")}), kPassphrase);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.err.isEmpty());
    const auto &checks = mycelium::integrityChecks();
    QVERIFY(!checks.isEmpty());
    for (const mycelium::IntegrityCheck &check : checks) {
        const QRegularExpression line(QStringLiteral("^%1\\s+ok$").arg(QRegularExpression::escape(check.id)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(result.out).hasMatch(), qPrintable(check.id + QStringLiteral(" in:\n") + result.out));
    }
    QVERIFY(!result.out.contains(QLatin1String("PROBLEM")));
}

void TestCli::verifyReportsProblems()
{
    makeVault();
    {
        // Damage the contents behind the program's back, with the real key.
        auto keyFile = mycelium::KeyFile::load(keyPath());
        QVERIFY(keyFile.ok());
        auto key = keyFile->unseal(kPassphrase);
        QVERIFY(key.ok());
        auto db = mycelium::Database::open(vaultPath(), key->span(), false);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM community")).ok());
    }
    const CliRun result = run(withVault({QStringLiteral("verify")}), kPassphrase);
    QCOMPARE(result.exitCode, 4);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(vaultPath()), qPrintable(result.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^community\\.profile\\s+PROBLEM: \\S"), QRegularExpression::MultilineOption)
                 .match(result.out)
                 .hasMatch(),
             qPrintable(result.out));
    // The other checks still run and say so.
    QVERIFY2(QRegularExpression(QStringLiteral("^sqlite\\.integrity\\s+ok$"), QRegularExpression::MultilineOption).match(result.out).hasMatch(),
             qPrintable(result.out));
}

void TestCli::passwdChangesPassphrase()
{
    makeVault();
    const QString newFile = writeFile(QStringLiteral("new-passphrase"), kNewPassphrase.toUtf8() + '\n');

    CliRun changed = run(withVault({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), newFile}), kPassphrase);
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QVERIFY(changed.out.contains(QLatin1String("changed")));
    QCOMPARE(unixMode(keyPath()), 0600);

    const CliRun old = run(withVault({QStringLiteral("info")}), kPassphrase);
    QCOMPARE(old.exitCode, 3);
    verifyOneLineError(old);

    const CliRun fresh = run(withVault({QStringLiteral("--passphrase-file"), newFile, QStringLiteral("info")}));
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
    QVERIFY(fresh.out.contains(kCommunity));

    // And back again, scripted: current passphrase from the file, the new
    // one as a line of standard input.
    changed = run(withVault({QStringLiteral("--passphrase-file"), newFile, QStringLiteral("passwd")}), {}, kPassphrase.toUtf8() + '\n');
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    const CliRun back = run(withVault({QStringLiteral("info")}), kPassphrase);
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
}

void TestCli::passwdRefusesWeakPassphrase()
{
    makeVault();
    const QByteArray keyBefore = readAll(keyPath());
    const QString weakFile = writeFile(QStringLiteral("weak"), "letmein\n");

    CliRun result = run(withVault({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), weakFile}), kPassphrase);
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(QLatin1String("not changed")), qPrintable(result.err));
    QCOMPARE(readAll(keyPath()), keyBefore);

    // Weak on standard input too.
    result = run(withVault({QStringLiteral("passwd")}), kPassphrase, "password1\n");
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QCOMPARE(readAll(keyPath()), keyBefore);

    // A missing new-passphrase file is a usage error.
    result = run(withVault({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), m_dir->filePath(QStringLiteral("absent"))}),
                 kPassphrase);
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY(result.err.contains(m_dir->filePath(QStringLiteral("absent"))));

    const CliRun old = run(withVault({QStringLiteral("info")}), kPassphrase);
    QVERIFY2(old.exitCode == 0, qPrintable(old.err));
}

void TestCli::rekeyReencrypts()
{
    makeVault();
    const QByteArray vaultBefore = readAll(vaultPath());
    const QByteArray keyBefore = readAll(keyPath());
    const QString oldKeyCopy = writeFile(QStringLiteral("old.key"), keyBefore);

    const CliRun rekeyed = run(withVault({QStringLiteral("rekey")}), kPassphrase);
    QVERIFY2(rekeyed.exitCode == 0, qPrintable(rekeyed.err));
    QVERIFY(rekeyed.out.contains(QLatin1String("re-encrypted")));
    QVERIFY(!rekeyed.out.contains(QLatin1String("keychain"))); // this computer never remembered it
    QVERIFY(!QFileInfo::exists(keyPath() + QStringLiteral(".new")));
    QCOMPARE(unixMode(vaultPath()), 0600);
    QCOMPARE(unixMode(keyPath()), 0600);

    // The key file changed, and every part of the vault after SQLCipher's
    // 16-byte salt was rewritten under the new key.
    const QByteArray keyAfter = readAll(keyPath());
    QCOMPARE(keyAfter.size(), keyBefore.size());
    QVERIFY(keyAfter != keyBefore);
    const QByteArray vaultAfter = readAll(vaultPath());
    QVERIFY(vaultAfter != vaultBefore);
    const qsizetype common = std::min(vaultBefore.size(), vaultAfter.size());
    constexpr qsizetype kChunk = 64;
    int sameChunks = 0;
    int chunks = 0;
    for (qsizetype at = 16; at + kChunk <= common; at += kChunk, ++chunks) {
        if (vaultBefore.mid(at, kChunk) == vaultAfter.mid(at, kChunk))
            ++sameChunks;
    }
    QVERIFY(chunks > 10);
    QCOMPARE(sameChunks, 0);

    const CliRun info = run(withVault({QStringLiteral("info"), QStringLiteral("--json")}), kPassphrase);
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("community")).toObject().value(QLatin1String("name")).toString(), kCommunity);
    QCOMPARE(root.value(QLatin1String("counts")).toObject().value(QLatin1String("security_events")).toInt(), 2); // created, rekeyed

    const CliRun verified = run(withVault({QStringLiteral("verify")}), kPassphrase);
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));

    // The old key file no longer opens the vault: it really is a new key.
    QVERIFY(QFile::remove(keyPath()));
    QVERIFY(QFile::copy(oldKeyCopy, keyPath()));
    const CliRun withOldKey = run(withVault({QStringLiteral("info")}), kPassphrase);
    QCOMPARE(withOldKey.exitCode, 4);
    verifyOneLineError(withOldKey);
}

// When the app remembers the vault key in the OS keychain, rekey from the
// command line puts the new key there, so the app still unlocks by itself.
void TestCli::rekeyReplacesRememberedKey()
{
    mycelium::Keychain keychain; // the service name the app and the CLI use
    const auto readKey = [&](const QString &id) {
        std::optional<mycelium::Result<mycelium::Keychain::ReadResult>> answer;
        keychain.readKey(id, [&](mycelium::Result<mycelium::Keychain::ReadResult> r) { answer.emplace(std::move(r)); });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 15000);
        return answer;
    };
    const auto probe = readKey(QStringLiteral("probe"));
    if (!probe || !probe->ok()) {
        if (qEnvironmentVariable("MYCELIUM_REQUIRE_KEYCHAIN") == QLatin1String("1"))
            QFAIL("a Secret Service is required here");
        QSKIP("no Secret Service on this session bus");
    }

    makeVault();
    auto keyFile = mycelium::KeyFile::load(keyPath());
    QVERIFY(keyFile);
    auto oldKey = keyFile->unseal(kPassphrase);
    QVERIFY(oldKey);
    const QString id = keyFile->vaultIdHex();
    std::optional<mycelium::Status> stored;
    keychain.writeKey(id, *oldKey, [&](mycelium::Status st) { stored.emplace(std::move(st)); });
    QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 15000) && stored->ok());
    {
        QSettings settings(m_dir->filePath(QStringLiteral("config/Mycelium/mycelium.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("vaults/%1/remember").arg(id), true);
    }

    const CliRun rekeyed = run(withVault({QStringLiteral("rekey")}), kPassphrase);
    QVERIFY2(rekeyed.exitCode == 0, qPrintable(rekeyed.err));
    QVERIFY2(rekeyed.out.contains(QLatin1String("keychain was replaced")), qPrintable(rekeyed.out));

    auto remembered = readKey(id);
    QVERIFY(remembered && remembered->ok() && (*remembered)->found);
    const mycelium::FixedClock clock(QDate(2026, 3, 2));
    auto claim = mycelium::Vault::claim(vaultPath());
    QVERIFY(claim);
    auto opened = mycelium::Vault::open(*claim, std::move((*remembered)->key), clock);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));

    std::optional<mycelium::Status> forgotten;
    keychain.forgetKey(id, [&](mycelium::Status st) { forgotten.emplace(std::move(st)); });
    QVERIFY(QTest::qWaitFor([&] { return forgotten.has_value(); }, 15000));
}

void TestCli::rawKeyOpensVaultInSqlcipherShell()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty())
        QSKIP("the sqlcipher shell is not installed");
    makeVault();
    const CliRun key = run(withVault({QStringLiteral("raw-key")}), kPassphrase);
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
    const QString hex = key.out.trimmed();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hex).hasMatch());

    QProcess sqlite;
    sqlite.start(shell, {vaultPath()});
    QVERIFY(sqlite.waitForStarted());
    // The key alone on standard output; the pragmas to use on standard error.
    QVERIFY2(key.err.contains(QStringLiteral("PRAGMA cipher_page_size = 4096;")), qPrintable(key.err));
    sqlite.write(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\nSELECT name FROM community;\n").arg(hex).toUtf8());
    sqlite.closeWriteChannel();
    QVERIFY(sqlite.waitForFinished(10000));
    QVERIFY2(QString::fromUtf8(sqlite.readAllStandardOutput()).contains(kCommunity), sqlite.readAllStandardError().constData());

    const CliRun wrong = run(withVault({QStringLiteral("raw-key")}), QStringLiteral("not the passphrase at all"));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.out.isEmpty());
}

void TestCli::busyVault()
{
    makeVault();
    QLockFile lock(vaultPath() + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock());
    for (const QString &command : {QStringLiteral("info"), QStringLiteral("rekey")}) {
        const CliRun result = run(withVault({command}), kPassphrase);
        QCOMPARE(result.exitCode, 5);
        verifyOneLineError(result);
        QVERIFY2(result.err.contains(vaultPath()), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("already open")), qPrintable(result.err));
    }
    lock.unlock();
    const CliRun unlocked = run(withVault({QStringLiteral("info")}), kPassphrase);
    QVERIFY2(unlocked.exitCode == 0, qPrintable(unlocked.err));
}

void TestCli::passphraseFile()
{
    // A file written by an editor ends with a newline: it is not part of the passphrase.
    const QString file = writeFile(QStringLiteral("passphrase"), kPassphrase.toUtf8() + '\n');
    const CliRun made = run(withVault({QStringLiteral("--passphrase-file"), file, QStringLiteral("init"), QStringLiteral("--community"), kCommunity}));
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const CliRun fromEnvironment = run(withVault({QStringLiteral("info")}), kPassphrase);
    QVERIFY2(fromEnvironment.exitCode == 0, qPrintable(fromEnvironment.err));

    // The file wins over the environment.
    const CliRun fileFirst = run(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-file"), file}), QStringLiteral("not the passphrase"));
    QVERIFY2(fileFirst.exitCode == 0, qPrintable(fileFirst.err));

    // Only one newline is removed.
    const QString twoNewlines = writeFile(QStringLiteral("two"), kPassphrase.toUtf8() + "\n\n");
    const CliRun extra = run(withVault({QStringLiteral("--passphrase-file"), twoNewlines, QStringLiteral("info")}));
    QCOMPARE(extra.exitCode, 3);
    verifyOneLineError(extra);
    QVERIFY2(extra.err.contains(twoNewlines), qPrintable(extra.err)); // says where the passphrase came from

    // Unusable files are usage errors.
    const QString empty = writeFile(QStringLiteral("empty"), "\n");
    CliRun result = run(withVault({QStringLiteral("--passphrase-file"), empty, QStringLiteral("info")}));
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY(result.err.contains(empty));
    const QString absent = m_dir->filePath(QStringLiteral("absent"));
    result = run(withVault({QStringLiteral("--passphrase-file"), absent, QStringLiteral("info")}));
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY(result.err.contains(absent));
}

void TestCli::passphraseFromStandardInput()
{
    makeVault();
    const CliRun piped = run(withVault({QStringLiteral("info")}), {}, kPassphrase.toUtf8() + '\n');
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
    QVERIFY(piped.out.contains(kCommunity));
    QVERIFY(piped.err.isEmpty()); // no prompt when nobody is there to read it

    const CliRun nothing = run(withVault({QStringLiteral("info")}));
    QCOMPARE(nothing.exitCode, 2);
    verifyOneLineError(nothing);
    QVERIFY2(nothing.err.contains(QLatin1String("MYCELIUM_PASSPHRASE")), qPrintable(nothing.err));
}

void TestCli::helpListsCommandsOptionsAndExitCodes()
{
    const CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    const QStringList mentioned = {
        QStringLiteral("init"), QStringLiteral("info"), QStringLiteral("verify"), QStringLiteral("passwd"),
        QStringLiteral("rekey"), QStringLiteral("help"), QStringLiteral("--vault"), QStringLiteral("--passphrase-file"),
        QStringLiteral("--today"), QStringLiteral("--community"), QStringLiteral("--json"), QStringLiteral("--new-passphrase-file"),
        QStringLiteral("--help"), QStringLiteral("--version"), QStringLiteral("MYCELIUM_PASSPHRASE"), QStringLiteral("busy"),
    };
    for (const QString &word : mentioned)
        QVERIFY2(help.out.contains(word), qPrintable(word));
    for (int code = 0; code <= 5; ++code) {
        const QRegularExpression row(QStringLiteral("^\\s+%1\\s+\\S").arg(code), QRegularExpression::MultilineOption);
        QVERIFY2(row.match(help.out).hasMatch(), qPrintable(QStringLiteral("exit code %1").arg(code)));
    }
    QVERIFY(QRegularExpression(QStringLiteral("^\\s+5\\s+.*busy"), QRegularExpression::MultilineOption).match(help.out).hasMatch());

    // The same text from "help", "-h", and --help after a command or a bad option.
    for (const QStringList &arguments : {QStringList{QStringLiteral("help")}, QStringList{QStringLiteral("-h")},
                                         QStringList{QStringLiteral("info"), QStringLiteral("--help")},
                                         QStringList{QStringLiteral("--bogus"), QStringLiteral("--help")}}) {
        const CliRun again = run(arguments);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, help.out);
    }
}

void TestCli::version()
{
    const CliRun result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("mycelium-cli " MYCELIUM_VERSION "\n"));
    QVERIFY(result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
