// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clifixture.h"
#include "testfiles.h"

#include "members/members.h"
#include "security/keyfile.h"
#include "vault/vault.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace mycelium::test {

QStringList L(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

void verifyOneLineError(const CliRun &result)
{
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.err.startsWith(QLatin1String("mycelium-cli: ")), qPrintable(result.err));
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1, qPrintable(result.err));
}

void verifyUsageError(const CliRun &result, const QString &named)
{
    QCOMPARE(result.exitCode, 2);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

CliRun runCli(const QStringList &arguments, const QString &home, const QString &passphrase, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MYCELIUM_PASSPHRASE"));
    env.insert(QStringLiteral("HOME"), home + QStringLiteral("/home"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    if (!passphrase.isNull())
        env.insert(QStringLiteral("MYCELIUM_PASSPHRASE"), passphrase);

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(MYCELIUM_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    CliRun result;
    if (!process.waitForStarted()) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void CliFixture::makeTemplates()
{
    QVERIFY(m_templateDir.isValid());
    const QDate day1(2026, 1, 1);
    {
        auto empty = Vault::create(m_templateDir.filePath(QStringLiteral("empty.vault")), kCommunity, kPassphrase, m_clock, KdfParams::fastForTests());
        QVERIFY2(empty, empty ? "" : qPrintable(empty.error().message));
    }
    auto people = Vault::create(m_templateDir.filePath(QStringLiteral("people.vault")), kCommunity, kPassphrase, m_clock, KdfParams::fastForTests());
    QVERIFY2(people, people ? "" : qPrintable(people.error().message));
    Database &db = (*people)->database();
    for (const NewMember &m : {NewMember{QStringLiteral("Ada Lovelace"), std::nullopt, QStringLiteral("ada@example.org"), day1, kAdaPin},
                               NewMember{QStringLiteral("Bob"), std::nullopt, {}, day1, {}},
                               NewMember{QStringLiteral("Cleo"), std::nullopt, {}, day1, {}}}) {
        auto added = members::add(db, m, m_clock.now());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }
}

void CliFixture::startTest()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void CliFixture::endTest()
{
    m_dir.reset();
}

CliRun CliFixture::run(const QStringList &arguments, const QString &today)
{
    return runOn(vaultPath(), arguments, today);
}

CliRun CliFixture::runOn(const QString &vault, const QStringList &arguments, const QString &today)
{
    return runCli(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--today"), today} + arguments, m_dir->path(), kPassphrase);
}

void CliFixture::useTemplate(const QString &name)
{
    const QString source = m_templateDir.filePath(name);
    QVERIFY(QFile::copy(source, vaultPath()));
    QVERIFY(QFile::copy(source + QStringLiteral(".key"), vaultPath() + QStringLiteral(".key")));
}

QString CliFixture::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    test::writeFile(path, content);
    return path;
}

std::unique_ptr<Vault> CliFixture::openVault()
{
    auto vault = Vault::openWithPassphrase(vaultPath(), kPassphrase, m_clock);
    if (!vault) {
        qWarning("%s", qPrintable(vault.error().message));
        return nullptr;
    }
    return std::move(*vault);
}

} // namespace mycelium::test
