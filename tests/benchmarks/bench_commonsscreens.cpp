// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the figures of the commons screens on a large community, so that
// "the dashboard opens at once and a ten-year chart switches range at once"
// is a measurement:
//  1. the dashboard (CommonsPage in a window, as the Commons section shows
//     it) from creating it to its first frame on screen, the first time in
//     the process and again, and the lights model alone;
//  2. an indicator's page with ten years of daily measurements: switching
//     its chart's range 1 year → 10 years → all → 1 year, each to the next
//     frame, and CommonsChartData filling the series alone.
// Not part of ctest; run by hand and record the results in
// docs/benchmarks.md:
//   QT_QPA_PLATFORM=offscreen bench_commonsscreens [--resources N] [--indicators N] [--years N]
// Defaults: 20 resources, 15 indicators, 10 years of daily measurements.
#include "testenvironment.h"

#include "commons/commons.h"
#include "commons/commonschartdata.h"
#include "commons/commonscontroller.h"
#include "commons/commonsdemo.h"
#include "commons/commonslightsmodel.h"
#include "commons/indicators.h"
#include "ledger/demo.h"
#include "ledger/ledgercontroller.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "vault/vault.h"

#include "benchscreens.h"
#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtCharts/QLineSeries>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(MyceliumPlugin)
Q_IMPORT_QML_PLUGIN(Mycelium_UiPlugin)

using namespace mycelium;
using namespace mycelium::bench;

namespace {

// Runs `work`, then waits for the window's next frame; the time between.
double toNextFrame(QQuickWindow *window, const std::function<void()> &work)
{
    bool swapped = false;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { swapped = true; });
    QElapsedTimer timer;
    timer.start();
    work();
    window->update();
    const bool ok = QTest::qWaitFor([&] { return swapped; }, 10000);
    const double elapsed = ms(timer.nsecsElapsed());
    QObject::disconnect(connection);
    return ok ? elapsed : -1;
}

QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // Qt Charts needs a QApplication.
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption resourcesOption(QStringLiteral("resources"), QStringLiteral("Resources to generate."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption indicatorsOption(QStringLiteral("indicators"), QStringLiteral("Indicators to generate."), QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("Years of daily measurements."), QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({resourcesOption, indicatorsOption, yearsOption});
    parser.process(app);

    QTemporaryDir settings;
    TestEnvironment::isolateSettings(settings.path());
    TestEnvironment env;
    if (!unlockNewVault(env, [&](const QString &passphrase) { return env.createVault(QStringLiteral("Benchmark Commons"), passphrase); }))
        return 1;
    Database &db = env.session()->vault()->database();
    LedgerController *ledger = env.ledger();

    CommonsDemoSpec spec;
    spec.resources = parser.value(resourcesOption).toInt();
    spec.indicators = parser.value(indicatorsOption).toInt();
    spec.years = parser.value(yearsOption).toInt();
    std::printf("# bench_commonsscreens: %d resources, %d indicators, %d years of daily measurements; %s, %s, %d cores\n\n",
                spec.resources, spec.indicators, spec.years, qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount());
    std::printf("| figure | value |\n|---|---|\n");
    // The commons demo needs members: a small ledger first.
    DemoSpec members;
    members.members = 60;
    members.trades = 2000;
    members.years = 1;
    if (const Status s = generateDemo(db, members, env.clock().now()); !s) {
        std::fprintf(stderr, "generateDemo: %s\n", qPrintable(s.error().message));
        return 1;
    }
    const double generated = timed([&] {
        if (const Status s = commons::generateDemo(db, spec, env.clock().today(), env.clock().now()); !s) {
            std::fprintf(stderr, "commons::generateDemo: %s\n", qPrintable(s.error().message));
            std::exit(1);
        }
    });
    row("generate the commons (commons::generateDemo)", generated / 1000.0, "s");
    ledger->notifyChanged();

    // 1. The lights, then the dashboard in a window to its first frame.
    {
        CommonsController commons;
        commons.setLedger(ledger);
        QList<double> reloads;
        CommonsLightsModel lights;
        lights.setCommons(&commons);
        for (int i = 0; i < 7; ++i)
            reloads.append(timed([&] { lights.reload(); }));
        row("lights: CommonsLightsModel reload (commons::status), median of 7", median(reloads));
        std::printf("| lights | %d |\n", lights.rowCount());
        QList<double> refreshes;
        for (int i = 0; i < 7; ++i)
            refreshes.append(timed([&] { commons.refresh(); }));
        row("controller: refresh (overrides of the period), median of 7", median(refreshes));
    }

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent windowComponent(&engine);
    windowComponent.setData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow { width: 1280; height: 800; visible: true }
    )", QUrl::fromLocalFile(QStringLiteral("/bench/window.qml")));
    auto *window = qobject_cast<QQuickWindow *>(windowComponent.create());
    if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(windowComponent.errorString()));
        return 1;
    }
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    QQmlComponent pageComponent(&engine);
    pageComponent.setData(R"(
        import QtQuick
        import Mycelium
        CommonsPage { anchors.fill: parent }
    )", QUrl::fromLocalFile(QStringLiteral("/bench/page.qml")));
    if (pageComponent.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(pageComponent.errorString()));
        return 1;
    }
    // The first creation also loads the pages' types (compiled ahead by
    // qmlcachegen), as when a coordinator first opens the section; the
    // later ones are reopenings.
    QList<double> opens;
    QQuickItem *page = nullptr;
    for (int i = 0; i < 6; ++i) {
        delete page;
        page = nullptr;
        QTest::qWait(20);
        opens.append(toNextFrame(window, [&] {
            page = qobject_cast<QQuickItem *>(pageComponent.beginCreate(engine.rootContext()));
            if (!page) {
                std::fprintf(stderr, "%s\n", qPrintable(pageComponent.errorString()));
                std::exit(1);
            }
            page->setParentItem(window->contentItem());
            pageComponent.completeCreate();
        }));
    }
    row("dashboard: CommonsPage created to its first frame, first in the process", opens.constFirst());
    opens.removeFirst();
    row("dashboard: CommonsPage created to its first frame, median of 5 more", median(opens));

    // 2. The indicator with the most measurements: its page, then its ranges.
    auto indicators = indicators::list(db);
    if (!indicators || indicators->isEmpty()) {
        std::fprintf(stderr, "no indicators\n");
        return 1;
    }
    qint64 busiest = indicators->constFirst().id;
    int most = -1;
    for (const Indicator &i : std::as_const(*indicators)) {
        auto all = indicators::measurements(db, i.id, {}, {});
        if (all && all->size() > most) {
            most = int(all->size());
            busiest = i.id;
        }
    }
    std::printf("| measurements of the busiest indicator | %d |\n", most);
    {
        CommonsController commons;
        commons.setLedger(ledger);
        CommonsChartData chartData;
        chartData.setCommons(&commons);
        QLineSeries series;
        for (const char *range : {"1y", "5y", "10y", "all"}) {
            QList<double> times;
            int points = 0;
            for (int i = 0; i < 7; ++i)
                times.append(timed([&] { points = chartData.plotIndicator(&series, busiest, QString::fromLatin1(range)).value(QStringLiteral("points")).toInt(); }));
            const QByteArray label = QByteArray("chart data: plotIndicator ") + range + " (" + QByteArray::number(points) + " points), median of 7";
            row(label.constData(), median(times));
        }
    }

    QObject *dashboard = findItem(page, QStringLiteral("commonsDashboard"));
    QQuickItem *grid = findItem(page, QStringLiteral("commonsLightGrid"));
    QObject *lightsModel = grid ? grid->property("model").value<QObject *>() : nullptr;
    int lightRow = -1;
    if (lightsModel)
        QMetaObject::invokeMethod(lightsModel, "rowOf", Q_RETURN_ARG(int, lightRow), Q_ARG(QString, QStringLiteral("indicator")), Q_ARG(qint64, busiest));
    if (!dashboard || lightRow < 0) {
        std::fprintf(stderr, "the dashboard has no light for the indicator\n");
        return 1;
    }
    const double opened = toNextFrame(window, [&] { QMetaObject::invokeMethod(dashboard, "openLight", Q_ARG(QVariant, lightRow)); });
    QTest::qWait(200);
    ::row("indicator page: opened from its tile to the next frame (chart of 1 year)", opened);
    QQuickItem *indicatorPage = findItem(page, QStringLiteral("commonsIndicatorPage"));
    if (!indicatorPage) {
        std::fprintf(stderr, "no indicator page\n");
        return 1;
    }
    QList<double> switches;
    for (int round = 0; round < 3; ++round) {
        for (const char *range : {"10y", "all", "1y"}) {
            const double t = toNextFrame(window, [&] {
                QMetaObject::invokeMethod(indicatorPage, "showRange", Q_ARG(QVariant, QString::fromLatin1(range)));
            });
            switches.append(t);
            if (round == 0) {
                const QByteArray label = QByteArray("chart: switch to ") + range + " to the next frame";
                ::row(label.constData(), t);
            }
        }
    }
    std::sort(switches.begin(), switches.end());
    ::row("chart: range switch, median of 9", switches.at(switches.size() / 2));
    ::row("chart: range switch, worst of 9", switches.constLast());
    delete page;
    delete window;
    return 0;
}
