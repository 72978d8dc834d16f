// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the foundation's figures:
//  - opening a vault with the raw key (the keychain path), target < 50 ms,
//    and the keychain read itself when a Secret Service answers;
//  - Argon2id unlock with the standard parameters (about half a second);
//  - app start to the first frame of the unlock screen, target < 600 ms.
// Usage: bench_unlock [--runs N]. Medians and ranges over N runs (default 9).
#include "common/clock.h"
#include "security/keychain.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace mycelium;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

struct Figures {
    QList<double> ms;
    void print(const char *what, double target = 0) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const double median = sorted.at(sorted.size() / 2);
        std::printf("%-48s median %8.2f ms  (min %.2f, max %.2f, n=%lld)%s\n", what, median, sorted.first(), sorted.last(),
                    static_cast<long long>(sorted.size()),
                    target > 0 ? qPrintable(QStringLiteral("  target < %1 ms: %2").arg(target).arg(median < target ? QStringLiteral("met") : QStringLiteral("MISSED")))
                               : "");
    }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 9;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    std::printf("machine: %s, %d cores, Qt %s, %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(),
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.vault"));
    const SystemClock clock;
    SecureBytes key;
    {
        auto vault = Vault::create(path, QStringLiteral("Benchmark Commons"), kPassphrase, clock, KdfParams::standard());
        if (!vault) {
            std::fprintf(stderr, "cannot create vault: %s\n", qPrintable(vault.error().message));
            return 1;
        }
        key = (*vault)->copyKey();
    }

    Figures rawOpen;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto claim = Vault::claim(path);
        auto vault = Vault::open(*claim, SecureBytes::copyOf(key.span()), clock);
        const double ms = elapsedMs(timer);
        if (!vault)
            return 1;
        rawOpen.ms << ms;
    }
    rawOpen.print("open + decrypt with raw key (keychain path)", 50);

    // The keychain read, when a Secret Service answers on this bus.
    Keychain keychain;
    keychain.setService(QStringLiteral("Mycelium benchmark"));
    bool keychainWorks = false;
    {
        // A keychain may wait for its own unlock prompt: give it 5 s.
        bool done = false;
        keychain.writeKey(QStringLiteral("bench"), key, [&](Status s) {
            keychainWorks = s.ok();
            done = true;
        });
        QDeadlineTimer deadline(5000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    }
    if (keychainWorks) {
        Figures keychainRead, keychainUnlock;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            std::optional<SecureBytes> read;
            keychain.readKey(QStringLiteral("bench"), [&](Result<Keychain::ReadResult> r) { read.emplace(r ? std::move(r->key) : SecureBytes()); });
            while (!read)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            keychainRead.ms << elapsedMs(timer);
            auto claim = Vault::claim(path);
            auto vault = Vault::open(*claim, std::move(*read), clock);
            keychainUnlock.ms << elapsedMs(timer);
            if (!vault)
                return 1;
        }
        keychainRead.print("keychain read (Secret Service)");
        keychainUnlock.print("keychain read + open + decrypt", 50);
        bool done = false;
        keychain.forgetKey(QStringLiteral("bench"), [&](Status) { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    } else {
        std::printf("%-48s (no Secret Service answered on this bus)\n", "keychain read");
    }

    Figures argon;
    const int argonRuns = std::max(3, runs / 2);
    for (int i = 0; i < argonRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto vault = Vault::openWithPassphrase(path, kPassphrase, clock);
        const double ms = elapsedMs(timer);
        if (!vault)
            return 1;
        argon.ms << ms;
    }
    const KdfParams kdf = KdfParams::standard();
    argon.print(qPrintable(QStringLiteral("passphrase unlock (Argon2id t=%1 m=%2 MiB)").arg(kdf.opsLimit).arg(kdf.memLimit >> 20)));

    // Start to first frame, measured from outside (process spawn included)
    // and as the program itself reports it.
    Figures outside, inside;
    for (int i = 0; i < runs; ++i) {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        gui.start(QStringLiteral(MYCELIUM_GUI_PATH), {QStringLiteral("--vault"), path, QStringLiteral("--first-frame-time")});
        QByteArray out;
        double wall = -1;
        while (gui.waitForReadyRead(30000)) {
            out += gui.readAllStandardOutput();
            if (out.contains('\n')) {
                wall = elapsedMs(timer);
                break;
            }
        }
        gui.waitForFinished(30000);
        const qsizetype at = out.indexOf("first-frame-ms ");
        if (at < 0 || wall < 0) {
            std::fprintf(stderr, "the app did not report a first frame: %s\n", gui.readAllStandardError().constData());
            return 1;
        }
        inside.ms << out.mid(at + 15).trimmed().toDouble();
        outside.ms << wall;
    }
    inside.print("main() to first frame of unlock screen");
    outside.print("process spawn to first frame (seen outside)", 600);
    return 0;
}
