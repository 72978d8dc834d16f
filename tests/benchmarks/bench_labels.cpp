// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long labels::writeLabelSheet takes to write a PDF of labels for
// N items (default 500) on each sheet we know, and how large the file is:
// the median and slowest of a few runs, each into a new file.
//
// Usage: bench_labels [--labels N] [--runs N]
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless set): text needs a
// QGuiApplication, not a screen.
#include "tools/labels.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mycelium;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption labelsOption(QStringLiteral("labels"), QStringLiteral("How many labels."), QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("How many runs per sheet."), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({labelsOption, runsOption});
    parser.process(app);
    const int count = std::max(1, parser.value(labelsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // Tags and names of the lengths a tool library uses.
    const QStringList names{QStringLiteral("Cordless drill"), QStringLiteral("Aluminium ladder, 3 m"), QStringLiteral("Pressure washer"),
                            QStringLiteral("Sewing machine with overlock foot and spare needles"), QStringLiteral("Hedge trimmer")};
    QList<LabelSpec> specs;
    for (int i = 1; i <= count; ++i)
        specs.append({QStringLiteral("TL-%1").arg(i, 5, 10, QLatin1Char('0')), names.at(i % names.size())});

    QTemporaryDir dir;
    std::printf("%d labels, %d runs per sheet\n", count, runs);
    std::printf("%-6s %6s %12s %12s %10s\n", "sheet", "pages", "median ms", "slowest ms", "KiB");
    for (const LabelTemplate &sheet : labels::templates()) {
        QList<double> times;
        qint64 size = 0;
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("%1-%2.pdf").arg(sheet.name).arg(run));
            QElapsedTimer timer;
            timer.start();
            const Status written = labels::writeLabelSheet(path, specs, sheet);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
                return 1;
            }
            size = QFileInfo(path).size();
        }
        std::sort(times.begin(), times.end());
        std::printf("%-6s %6d %12.1f %12.1f %10lld\n", qPrintable(sheet.name), labels::pageCount(count, sheet), times.at(times.size() / 2),
                    times.last(), size / 1024);
    }
    return 0;
}
