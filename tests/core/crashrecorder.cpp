// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_crash: opens a vault and records trades as fast as it can,
// printing "recorded <id>" after each commit, until it is killed.
#include "common/clock.h"
#include "ledger/ledger.h"
#include "vault/vault.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mycelium;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crashrecorder VAULT PASSPHRASE\n");
        return 2;
    }
    const SystemClock clock;
    auto vault = Vault::openWithPassphrase(args.at(1), args.at(2), clock);
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message));
        return 1;
    }
    auto people = members::list((*vault)->database());
    if (!people || people->size() < 2)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (std::int64_t i = 0;; ++i) {
        TradeRequest request;
        request.payer = people->at(i % people->size()).number;
        request.payee = people->at((i + 1) % people->size()).number;
        request.amount = 1 + i % 500;
        request.memo = QStringLiteral("crash test %1").arg(i);
        request.date = clock.today();
        auto trade = ledger::recordTrade((*vault)->database(), request, clock.now());
        if (!trade) {
            std::fprintf(stderr, "%s\n", qPrintable(trade.error().message));
            return 1;
        }
        std::printf("recorded %lld\n", static_cast<long long>(trade->id));
        std::fflush(stdout);
    }
}
