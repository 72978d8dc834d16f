// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders each screen of the window into PNG files at 1000x680, in the
// light palette and (for some) a dark one, for docs/screenshots. The ledger
// screens show TestEnvironment::createLedgerVault's community.
//   QT_QPA_PLATFORM=offscreen mycelium-screenshots [folder]
#include "testenvironment.h"

#include "commons/commonscontroller.h"
#include "ledger/ledgercontroller.h"
#include "session/vaultcontroller.h"
#include "session/vaultsession.h"
#include "tools/cataloguecontroller.h"
#include "tools/deskcontroller.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QPalette>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlContext>
#include <QStyle>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(MyceliumPlugin)
Q_IMPORT_QML_PLUGIN(Mycelium_UiPlugin)

using namespace mycelium;

namespace {

const QString kCommunity = QStringLiteral("Riverside Commons");
const QString kPassphrase = QStringLiteral("correct horse battery staple");

// Breeze Dark's main colours.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x26), base(0x14, 0x16, 0x18), text(0xfc, 0xfc, 0xfc), button(0x29, 0x2c, 0x30);
    const QColor highlight(0x3d, 0xae, 0xe9), disabledText(0x6e, 0x71, 0x75);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x1c, 0x1e, 0x21));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0d));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

class Shooter
{
public:
    explicit Shooter(QString folder)
        : m_folder(std::move(folder))
    {
    }

    bool load()
    {
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        m_engine->load(QUrl(QStringLiteral("qrc:/Mycelium/Main.qml")));
        if (m_engine->rootObjects().isEmpty())
            return false;
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        m_window->resize(1000, 680);
        m_window->requestActivate();
        return QTest::qWaitForWindowExposed(m_window);
    }

    void unload()
    {
        m_window = nullptr;
        m_engine.reset();
    }

    // Items made by a Loader or inside a control are not always QObject
    // children of their visual parent: walk the visual tree, as Qt Quick
    // Test's findChild() does.
    static QObject *findItem(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            if (QObject *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    QObject *find(const char *name)
    {
        QObject *found = findItem(m_window->contentItem(), QLatin1String(name));
        if (!found)
            std::fprintf(stderr, "screenshots: no item named %s\n", name);
        return found;
    }

    void set(const char *name, const char *property, const QVariant &value)
    {
        if (QObject *object = find(name))
            object->setProperty(property, value);
    }

    // A QObject held by a QML property, e.g. the trade form's recorder.
    QObject *held(const char *name, const char *property)
    {
        QObject *owner = find(name);
        return owner ? owner->property(property).value<QObject *>() : nullptr;
    }

    void call(const char *name, const char *method, const QVariant &argument)
    {
        if (QObject *object = find(name))
            QMetaObject::invokeMethod(object, method, Q_ARG(QVariant, argument));
    }

    void focus(const char *name)
    {
        if (auto *item = qobject_cast<QQuickItem *>(find(name)))
            item->forceActiveFocus();
    }

    // The overview reads its signals on the worker: wait for them.
    bool waitForSignals()
    {
        QObject *page = find("overviewPage");
        QObject *signalsModel = page ? page->property("signalsModel").value<QObject *>() : nullptr;
        return signalsModel && QTest::qWaitFor([&] { return signalsModel->property("loaded").toBool() && !signalsModel->property("loading").toBool(); }, 20000);
    }

    // Figures read on the worker (the catalogue's statistics strip) show
    // when they arrive.
    bool waitUntilTrue(QObject *object, const char *property)
    {
        return object && QTest::qWaitFor([&] { return object->property(property).toBool(); }, 20000);
    }

    // Scrolls a ScrollablePage so that one of its items is at the top.
    void scrollTo(const char *pageName, const char *itemName)
    {
        auto *page = qobject_cast<QQuickItem *>(find(pageName));
        auto *item = qobject_cast<QQuickItem *>(find(itemName));
        QObject *flickable = page ? page->property("contentItem").value<QObject *>() : nullptr;
        if (!item || !flickable)
            return;
        QTest::qWait(100);
        const qreal top = item->mapToItem(page, QPointF(0, 0)).y() + flickable->property("contentY").toReal();
        flickable->setProperty("contentY", std::max<qreal>(0, top - 32));
    }

    bool shoot(const QString &name)
    {
        // Let bindings, layouts and the busy indicator's animation settle.
        QTest::qWait(300);
        const QImage image = m_window->grabWindow();
        const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
        if (image.isNull() || !image.save(path)) {
            std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
            return false;
        }
        std::printf("%s (%dx%d)\n", qPrintable(path), image.width(), image.height());
        return true;
    }

    bool shootTall(const QString &name, int height)
    {
        m_window->resize(1000, height);
        const bool shot = shoot(name);
        m_window->resize(1000, 680);
        QTest::qWait(100);
        return shot;
    }

private:
    QString m_folder;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

bool waitFor(VaultController *controller, VaultController::State state)
{
    return QTest::qWaitFor([&] { return controller->state() == state; }, 20000);
}

// The sections of the main view, in the order of the navigation.
enum Section { RecordTrade, Members, Ledger, Overview, ToolLibrary, Commons, Skills, Review, Settings };

// Fills the trade form as the hall would: Ana pays Ben 40 credits.
void fillTradeForm(Shooter &shooter, QObject *recorder, const char *pin)
{
    recorder->setProperty("payer", 1);
    recorder->setProperty("payee", 2);
    recorder->setProperty("amountText", QStringLiteral("40"));
    recorder->setProperty("memo", QStringLiteral("3 hours of carpentry"));
    recorder->setProperty("category", QStringLiteral("Repairs"));
    shooter.set("pinField", "text", QString::fromLatin1(pin));
    recorder->setProperty("pin", QString::fromLatin1(pin));
    shooter.focus("pinField");
}

bool waitForRecorder(QObject *recorder)
{
    return QTest::qWaitFor([&] { return !recorder->property("busy").toBool(); }, 20000);
}

// Back to the light palette, then locks and unlocks again on a new ledger
// vault of kCommunity (150 trades), for a part that seeds its own data.
bool relockOnFreshLedger(TestEnvironment &env)
{
    if (std::unique_ptr<QStyle> fusion{QStyleFactory::create(QStringLiteral("Fusion"))})
        QApplication::setPalette(fusion->standardPalette());
    VaultController *controller = env.controller();
    controller->lock();
    bool ok = env.createLedgerVault(kCommunity, kPassphrase, 150);
    controller->unlock(kPassphrase, false);
    ok &= waitFor(controller, VaultController::Unlocked);
    return ok;
}


// The trust screens (TestEnvironment::trustSeedReview, on a ledger vault of
// their own): a member's trust profile with a sanction and open concerns,
// a member with no history, the flag and sanction forms, the review queue's
// three tabs and their dialogs, and the overview's depth card.
bool shootTrust(TestEnvironment &env, Shooter &shooter)
{
    VaultController *controller = env.controller();
    bool ok = relockOnFreshLedger(env);
    ok &= shooter.load();
    ok &= waitFor(controller, VaultController::Unlocked);
    ok &= env.trustSeedReview();
    // Dario (4): a reduced line after a warning, two open concerns.
    shooter.set("sections", "currentIndex", Members);
    shooter.call("membersStack", "openMember", 4);
    QTest::qWait(800);
    ok &= shooter.shootTall(QStringLiteral("member-trust-full"), 1500);
    shooter.scrollTo("memberPage", "memberTrustCard");
    ok &= shooter.shoot(QStringLiteral("member-trust"));
    QObject *card = shooter.find("memberTrustCard");
    if (QObject *flag = card ? card->property("flagDialog").value<QObject *>() : nullptr) {
        QMetaObject::invokeMethod(flag, "open");
        QTest::qWait(300);
        flag->setProperty("reporterNumber", 7);
        if (auto *form = qobject_cast<QQuickItem *>(flag->property("contentItem").value<QObject *>())) {
            if (QObject *reason = Shooter::findItem(form, QStringLiteral("flagReasonField")))
                reason->setProperty("text", QStringLiteral("Kept the tile cutter three weeks past its due date"));
        }
        ok &= shooter.shoot(QStringLiteral("member-flag-concern"));
        QMetaObject::invokeMethod(flag, "close");
    } else {
        ok = false;
    }
    if (QObject *sanction = card ? card->property("sanctionDialog").value<QObject *>() : nullptr) {
        sanction->setProperty("presetLevel", QStringLiteral("suspended"));
        QMetaObject::invokeMethod(sanction, "open");
        QTest::qWait(300);
        if (auto *form = qobject_cast<QQuickItem *>(sanction->property("contentItem").value<QObject *>())) {
            if (QObject *reason = Shooter::findItem(form, QStringLiteral("sanctionReasonField")))
                reason->setProperty("text", QStringLiteral("Third broken tool; mediation with the tool library volunteers"));
        }
        ok &= shooter.shoot(QStringLiteral("member-sanction"));
        QMetaObject::invokeMethod(sanction, "close");
    } else {
        ok = false;
    }
    QMetaObject::invokeMethod(shooter.find("membersStack"), "backToList");
    // Hugo (9): suspended, at the top of his page.
    shooter.call("membersStack", "openMember", 9);
    QTest::qWait(800);
    ok &= shooter.shoot(QStringLiteral("member-sanctioned"));
    QMetaObject::invokeMethod(shooter.find("membersStack"), "backToList");

    // The review queue.
    shooter.set("sections", "currentIndex", Review);
    QObject *review = shooter.find("reviewPage");
    QMetaObject::invokeMethod(review, "showTab", Q_ARG(QVariant, 0));
    ok &= shooter.shoot(QStringLiteral("review-flags"));
    if (QObject *flags = review ? review->property("flagsPage").value<QObject *>() : nullptr) {
        QObject *resolve = flags->property("resolveDialog").value<QObject *>();
        resolve->setProperty("flagId", 1);
        resolve->setProperty("memberText", QStringLiteral("4 · Dario Rossi"));
        resolve->setProperty("reason", QStringLiteral("Asked to be paid twice for one repair"));
        QMetaObject::invokeMethod(resolve, "open");
        QTest::qWait(300);
        ok &= shooter.shoot(QStringLiteral("review-flag-resolve"));
        QMetaObject::invokeMethod(resolve, "close");
    }
    QMetaObject::invokeMethod(review, "showTab", Q_ARG(QVariant, 1));
    ok &= shooter.shoot(QStringLiteral("review-alerts"));
    if (QObject *alerts = review ? review->property("alertsPage").value<QObject *>() : nullptr) {
        QObject *list = alerts->property("alertList").value<QObject *>();
        QQuickItem *first = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0));
        if (first)
            QMetaObject::invokeMethod(first, "action");
        QTest::qWait(300);
        ok &= shooter.shoot(QStringLiteral("review-alert-review"));
        QMetaObject::invokeMethod(alerts->property("reviewDialog").value<QObject *>(), "close");
    }
    QMetaObject::invokeMethod(review, "showTab", Q_ARG(QVariant, 2));
    ok &= shooter.shoot(QStringLiteral("review-sanctions"));
    ok &= shooter.shootTall(QStringLiteral("review-sanctions-full"), 1200);
    if (QObject *sanctions = review ? review->property("sanctionsPage").value<QObject *>() : nullptr) {
        QObject *dialog = sanctions->property("sanctionDialog").value<QObject *>();
        dialog->setProperty("presetNumber", -1);
        dialog->setProperty("presetLevel", QStringLiteral("reduced"));
        QMetaObject::invokeMethod(dialog, "open");
        QTest::qWait(300);
        dialog->setProperty("number", 11);
        ok &= shooter.shoot(QStringLiteral("review-sanction-new"));
        QMetaObject::invokeMethod(dialog, "close");
    }

    // The depth card on the overview.
    shooter.set("sections", "currentIndex", Overview);
    ok &= shooter.waitForSignals();
    QObject *depthCard = shooter.find("depthCard");
    QObject *depth = depthCard ? depthCard->property("depth").value<QObject *>() : nullptr;
    ok &= shooter.waitUntilTrue(depth, "loaded");
    shooter.scrollTo("overviewPage", "depthCard");
    ok &= shooter.shoot(QStringLiteral("overview-depth"));
    shooter.unload();
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QApplication app(argc, argv);
    QTemporaryDir settings;
    TestEnvironment::isolateSettings(settings.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Without a desktop the offscreen platform falls back to 9 pt; show the
    // 10 pt of a default Plasma desktop instead.
    QFont font = QApplication::font();
    font.setPointSize(10);
    QApplication::setFont(font);

    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(MYCELIUM_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    TestEnvironment env;
    env.freshVault();
    VaultController *controller = env.controller();
    Shooter shooter(folder);
    // "mycelium-screenshots FOLDER trust" renders the trust screens alone.
    if (argc > 2 && QByteArray(argv[2]) == "trust")
        return shootTrust(env, shooter) ? 0 : 1;
    bool ok = shooter.load();

    // First run: the wizard, both steps.
    shooter.set("communityNameField", "text", kCommunity);
    shooter.focus("communityNameField");
    ok &= shooter.shoot(QStringLiteral("setup"));
    QMetaObject::invokeMethod(shooter.find("setupWizard"), "goToPassphrase");
    shooter.set("passphraseField", "text", kPassphrase);
    shooter.focus("confirmField");
    ok &= shooter.shoot(QStringLiteral("setup-passphrase"));

    // Create, then the overview and the settings of the new vault.
    controller->create(kCommunity, kPassphrase, kPassphrase, false);
    ok &= waitFor(controller, VaultController::Unlocked);
    shooter.set("sections", "currentIndex", Overview);
    ok &= shooter.waitForSignals();
    ok &= shooter.shoot(QStringLiteral("overview-new-vault"));
    shooter.set("sections", "currentIndex", Settings);
    ok &= shooter.shoot(QStringLiteral("settings"));
    // The whole settings page, after a verification.
    controller->verify();
    ok &= QTest::qWaitFor([&] { return controller->verified(); }, 20000);
    ok &= shooter.shootTall(QStringLiteral("settings-full"), 1400);

    // Locked, and after a wrong passphrase.
    controller->lock();
    ok &= shooter.shoot(QStringLiteral("unlock"));
    controller->unlock(QStringLiteral("not the passphrase"), false);
    ok &= waitFor(controller, VaultController::Locked);
    shooter.set("passphraseField", "text", QStringLiteral("not the passphrase"));
    ok &= shooter.shoot(QStringLiteral("unlock-wrong-passphrase"));

    // Another program holds the vault.
    ok &= env.holdVaultElsewhere();
    controller->retry();
    ok &= shooter.shoot(QStringLiteral("error-busy"));
    env.releaseVault();

    // The ledger screens, on a community with twelve members and five
    // months of trades.
    ok &= env.createLedgerVault(kCommunity, kPassphrase, 150);
    controller->unlock(kPassphrase, false);
    ok &= waitFor(controller, VaultController::Unlocked);
    QObject *recorder = shooter.held("recordTradePage", "recorder");
    ok &= recorder != nullptr;
    if (recorder) {
        // Looking for the payer by a part of the name.
        shooter.focus("payerPicker");
        shooter.set("payerPicker", "text", QStringLiteral("an"));
        ok &= shooter.shoot(QStringLiteral("record-trade-search"));
        shooter.set("payerPicker", "text", QString());
        // Filled in, before and after, the PIN typed.
        fillTradeForm(shooter, recorder, "2468");
        ok &= shooter.shoot(QStringLiteral("record-trade"));
        // A wrong PIN, refused in words.
        recorder->setProperty("pin", QStringLiteral("1111"));
        QMetaObject::invokeMethod(recorder, "record");
        ok &= waitForRecorder(recorder);
        ok &= shooter.shoot(QStringLiteral("record-trade-wrong-pin"));
        // More than the payer may spend; Chloé has no PIN.
        recorder->setProperty("payer", 3);
        recorder->setProperty("amountText", QStringLiteral("2500"));
        shooter.focus("amountField");
        ok &= shooter.shoot(QStringLiteral("record-trade-over-limit"));
        // The receipt.
        fillTradeForm(shooter, recorder, "2468");
        QMetaObject::invokeMethod(recorder, "record");
        ok &= waitForRecorder(recorder) && recorder->property("hasReceipt").toBool();
        ok &= shooter.shoot(QStringLiteral("record-trade-receipt"));
        QMetaObject::invokeMethod(recorder, "startNew");
        // Five wrong PINs in a row: Ben's PIN is paused, with the time left.
        fillTradeForm(shooter, recorder, "0000");
        recorder->setProperty("payer", 2);
        recorder->setProperty("payee", 1);
        for (int i = 0; i < 5; ++i) {
            recorder->setProperty("pin", QStringLiteral("0000"));
            QMetaObject::invokeMethod(recorder, "record");
            ok &= waitForRecorder(recorder);
        }
        env.advanceClock(75);
        QTest::qWait(1100); // the countdown's next second
        shooter.focus("pinField");
        ok &= shooter.shoot(QStringLiteral("record-trade-pin-paused"));
        env.resetClock();
        QMetaObject::invokeMethod(recorder, "startNew");
    }
    shooter.set("sections", "currentIndex", Members);
    shooter.focus("memberSearchField");
    ok &= shooter.shoot(QStringLiteral("members"));
    shooter.call("membersStack", "openMember", 1);
    QTest::qWait(800); // the page slides in
    ok &= shooter.shoot(QStringLiteral("member"));
    ok &= shooter.shootTall(QStringLiteral("member-full"), 1500);
    if (QObject *editDialog = shooter.held("memberPage", "editDialog")) {
        QMetaObject::invokeMethod(editDialog, "open");
        ok &= shooter.shoot(QStringLiteral("member-edit"));
        QMetaObject::invokeMethod(editDialog, "close");
    } else {
        ok = false;
    }
    shooter.set("sections", "currentIndex", Ledger);
    shooter.focus("tradeList");
    ok &= shooter.shoot(QStringLiteral("ledger"));
    // Reversing the third trade: Delete on its row.
    shooter.set("tradeList", "currentIndex", 2);
    if (auto *list = qobject_cast<QQuickItem *>(shooter.find("tradeList"))) {
        QTest::keyClick(list->window(), Qt::Key_Delete);
        ok &= shooter.shoot(QStringLiteral("ledger-reverse"));
        QTest::keyClick(list->window(), Qt::Key_Escape);
    }
    // The signals, whole; then with a circulation target far below what
    // circulates, so that a higher demurrage rate is suggested.
    shooter.set("sections", "currentIndex", Overview);
    ok &= shooter.waitForSignals();
    ok &= shooter.shoot(QStringLiteral("overview"));
    ok &= shooter.shootTall(QStringLiteral("overview-full"), 1900);
    ok &= env.ledger()->setCirculationTarget(QStringLiteral("300"), QStringLiteral("600"));
    ok &= shooter.waitForSignals();
    shooter.scrollTo("overviewPage", "suggestionCard");
    ok &= shooter.shoot(QStringLiteral("overview-suggestion"));
    if (QObject *rateDialog = shooter.held("overviewPage", "rateDialog")) {
        QMetaObject::invokeMethod(rateDialog, "open");
        ok &= shooter.shoot(QStringLiteral("overview-accept-rate"));
        QMetaObject::invokeMethod(rateDialog, "close");
    } else {
        ok = false;
    }
    // The tool library (TestEnvironment::seedToolLibrary): the desk with an
    // item ready to lend, a return with a late fee, refusals and a member's
    // loans; the Overdue and Maintenance tabs.
    ok &= env.seedToolLibrary();
    shooter.set("sections", "currentIndex", ToolLibrary);
    if (auto *desk = qobject_cast<DeskController *>(shooter.held("deskPage", "desk"))) {
        shooter.focus("deskField");
        ok &= shooter.shoot(QStringLiteral("desk"));
        ok &= desk->submit(QStringLiteral("DR-001"));
        shooter.set("deskField", "text", QStringLiteral("an"));
        ok &= shooter.shoot(QStringLiteral("desk-choose-borrower"));
        shooter.set("deskField", "text", QString());
        ok &= desk->submit(QStringLiteral("1"));
        ok &= shooter.shoot(QStringLiteral("desk-lend"));
        desk->reset();
        ok &= desk->submit(QStringLiteral("LD-002"));
        ok &= shooter.shoot(QStringLiteral("desk-return"));
        desk->reset();
        ok &= desk->submit(QStringLiteral("PW-003"));
        ok &= shooter.shoot(QStringLiteral("desk-unavailable"));
        desk->reset();
        ok &= desk->submit(QStringLiteral("DR-001")) && desk->submit(QStringLiteral("2"));
        ok &= !desk->submit(QString()); // Ben has an overdue ladder
        ok &= shooter.shoot(QStringLiteral("desk-overdue-refused"));
        desk->reset();
        ok &= desk->submit(QStringLiteral("2"));
        ok &= shooter.shoot(QStringLiteral("desk-member"));
        desk->reset();
        // A kit with a deposit: going out with its checklist, back with a part missing.
        ok &= env.addToolKit(QStringLiteral("KT-1"), QStringLiteral("Tile cutter kit"), 2000,
                                     {QStringLiteral("Cutter"), QStringLiteral("Spare wheel"), QStringLiteral("Case")});
        ok &= desk->submit(QStringLiteral("KT-1")) && desk->submit(QStringLiteral("3"));
        desk->setMissingComponents({QStringLiteral("Spare wheel")});
        ok &= shooter.shoot(QStringLiteral("desk-kit-out"));
        ok &= desk->submit(QString());
        desk->reset();
        ok &= desk->submit(QStringLiteral("KT-1"));
        desk->setMissingComponents({QStringLiteral("Case")});
        ok &= shooter.shoot(QStringLiteral("desk-kit-return"));
        desk->reset();
    } else {
        ok = false;
    }
    shooter.call("toolLibraryPage", "showTab", 2);
    ok &= shooter.shoot(QStringLiteral("tool-overdue"));
    shooter.call("toolLibraryPage", "showTab", 3);
    ok &= shooter.shoot(QStringLiteral("tool-maintenance"));
    // The hedge trimmer, due after two loans, is the second row.
    shooter.call("toolMaintenancePage", "recordWorkAt", 1);
    if (QObject *recordDialog = shooter.held("toolMaintenancePage", "recordDialog")) {
        // The dialog lives in the window's overlay, outside the content item.
        if (auto *form = qobject_cast<QQuickItem *>(recordDialog->property("contentItem").value<QObject *>())) {
            if (QObject *work = Shooter::findItem(form, QStringLiteral("maintenanceWork")))
                work->setProperty("text", QStringLiteral("Sharpened and oiled the blades"));
        }
        ok &= shooter.shoot(QStringLiteral("tool-maintenance-record"));
        QMetaObject::invokeMethod(recordDialog, "close");
    } else {
        ok = false;
    }
    shooter.call("toolLibraryPage", "showTab", 0);
    // The tool library's catalogue, on a small library: the list with its
    // figures, narrowed by filters, an item's page and the item form.
    ok &= env.addToolLibrary() > 0;
    shooter.set("sections", "currentIndex", ToolLibrary);
    shooter.set("toolPages", "currentIndex", 1);
    shooter.focus("catalogueSearchField");
    ok &= shooter.waitUntilTrue(shooter.held("cataloguePage", "catalogue"), "statisticsLoaded");
    ok &= shooter.shoot(QStringLiteral("catalogue"));
    shooter.set("categoryFilter", "value", QStringLiteral("Power tools"));
    shooter.set("availabilityFilter", "value", QStringLiteral("in"));
    shooter.focus("availabilityFilter");
    ok &= shooter.shoot(QStringLiteral("catalogue-filtered"));
    shooter.set("categoryFilter", "value", QString());
    shooter.set("availabilityFilter", "value", QString());
    // A photo for the drill: a drawn stand-in, stored as a user would.
    if (auto *catalogue = qobject_cast<CatalogueController *>(shooter.held("cataloguePage", "catalogue"))) {
        QTemporaryDir photoDir;
        QImage photo(800, 600, QImage::Format_RGB32);
        photo.fill(QColor(0xe8, 0xe4, 0xda));
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x2e, 0x7d, 0x32));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRectF(170, 170, 380, 150), 40, 40); // body
        painter.drawRoundedRect(QRectF(300, 300, 110, 230), 20, 20); // grip
        painter.setBrush(QColor(0x42, 0x42, 0x42));
        painter.drawRect(QRectF(550, 225, 130, 40)); // chuck
        painter.drawRect(QRectF(680, 238, 90, 14)); // bit
        painter.drawRoundedRect(QRectF(270, 500, 170, 60), 10, 10); // battery
        painter.end();
        const QString path = photoDir.filePath(QStringLiteral("drill.png"));
        ok &= photo.save(path) && catalogue->setPhotoFromFile(QStringLiteral("PT-001"), QUrl::fromLocalFile(path));
    } else {
        ok = false;
    }
    shooter.call("cataloguePage", "openItem", QStringLiteral("PT-001"));
    ok &= shooter.shoot(QStringLiteral("catalogue-item"));
    ok &= shooter.shootTall(QStringLiteral("catalogue-item-full"), 1400);
    if (QObject *addDialog = shooter.held("cataloguePage", "addDialog")) {
        QMetaObject::invokeMethod(addDialog, "open");
        ok &= shooter.shoot(QStringLiteral("catalogue-add-item"));
        QMetaObject::invokeMethod(addDialog, "close");
    } else {
        ok = false;
    }
    if (QObject *page = shooter.find("cataloguePage"))
        QMetaObject::invokeMethod(page, "backToList");
    if (QObject *labelDialog = shooter.held("cataloguePage", "labelDialog")) {
        const QStringList tags{QStringLiteral("PT-001"), QStringLiteral("PT-002"), QStringLiteral("LA-001"), QStringLiteral("GA-001")};
        QMetaObject::invokeMethod(labelDialog, "openFor", Q_ARG(QVariant, QVariant(tags)));
        ok &= shooter.shoot(QStringLiteral("catalogue-labels"));
        QMetaObject::invokeMethod(labelDialog, "close");
    } else {
        ok = false;
    }
    controller->lock();
    shooter.unload();

    // Dark: the palette is set before the window is made, as a dark
    // desktop's platform theme would.
    QApplication::setPalette(darkPalette());
    controller->retry();
    ok &= shooter.load();
    ok &= shooter.shoot(QStringLiteral("unlock-dark"));
    controller->unlock(kPassphrase, false);
    ok &= waitFor(controller, VaultController::Unlocked);
    recorder = shooter.held("recordTradePage", "recorder");
    if (recorder) {
        fillTradeForm(shooter, recorder, "2468");
        ok &= shooter.shoot(QStringLiteral("record-trade-dark"));
    }
    shooter.set("sections", "currentIndex", Members);
    shooter.call("membersStack", "openMember", 1);
    QTest::qWait(800);
    ok &= shooter.shoot(QStringLiteral("member-dark"));
    shooter.set("sections", "currentIndex", Ledger);
    ok &= shooter.shoot(QStringLiteral("ledger-dark"));
    shooter.set("sections", "currentIndex", Overview);
    ok &= shooter.waitForSignals();
    ok &= shooter.shoot(QStringLiteral("overview-dark"));
    ok &= shooter.shootTall(QStringLiteral("overview-full-dark"), 1900);
    shooter.set("sections", "currentIndex", ToolLibrary);
    if (auto *desk = qobject_cast<DeskController *>(shooter.held("deskPage", "desk"))) {
        ok &= desk->submit(QStringLiteral("LD-002"));
        shooter.focus("deskField");
        ok &= shooter.shoot(QStringLiteral("desk-return-dark"));
        desk->reset();
    }
    shooter.set("toolPages", "currentIndex", 1);
    ok &= shooter.waitUntilTrue(shooter.held("cataloguePage", "catalogue"), "statisticsLoaded");
    ok &= shooter.shoot(QStringLiteral("catalogue-dark"));
    shooter.set("sections", "currentIndex", Settings);
    ok &= shooter.shoot(QStringLiteral("settings-dark"));
    shooter.unload();

    // The assembly report: its dialog after a report of the last twelve
    // months (TestEnvironment::reportAddCommons' commons), and two of that
    // report's pages rendered by pdftoppm, as a reader sees them.
    QApplication::setPalette(QApplication::style()->standardPalette());
    controller->lock();
    controller->retry();
    ok &= shooter.load();
    controller->unlock(kPassphrase, false);
    ok &= waitFor(controller, VaultController::Unlocked);
    ok &= env.reportAddCommons();
    auto *anchor = qobject_cast<QQuickItem *>(shooter.find("sections"));
    if (anchor && anchor->window()) {
        QQmlComponent component(qmlEngine(anchor));
        component.setData("import Mycelium\nAssemblyReportDialog {}", QUrl());
        QObject *dialog = component.beginCreate(qmlContext(anchor));
        if (dialog) {
            dialog->setParent(anchor->window()->contentItem());
            component.completeCreate();
            QMetaObject::invokeMethod(dialog, "open");
            QTest::qWait(300);
            auto *report = dialog->property("report").value<QObject *>();
            QMetaObject::invokeMethod(report, "applyPreset", Q_ARG(QString, QStringLiteral("last12Months")));
            shooter.set("reportFrom", "text", report->property("fromText"));
            shooter.set("reportTo", "text", report->property("toText"));
            QTemporaryDir reports;
            const QString pdf = reports.filePath(QStringLiteral("assembly-report-2025-03.pdf"));
            shooter.set("reportPath", "text", pdf);
            QMetaObject::invokeMethod(dialog, "generate");
            ok &= QTest::qWaitFor([&] { return !report->property("running").toBool(); }, 30000);
            ok &= !report->property("message").toString().isEmpty();
            ok &= shooter.shoot(QStringLiteral("assembly-report-dialog"));
            // The cover, and the first indicator's page.
            const auto render = [&](int page, const QString &name) {
                QProcess pdftoppm;
                pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                                                            QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                            QStringLiteral("-singlefile"), pdf, QDir(folder).filePath(name)});
                const bool done = pdftoppm.waitForFinished(20000) && pdftoppm.exitCode() == 0;
                if (done)
                    std::printf("%s.png\n", qPrintable(QDir(folder).filePath(name)));
                return done;
            };
            int indicatorPage = 0;
            for (int page = 2; page < 60 && indicatorPage == 0; ++page) {
                QProcess pdftotext;
                pdftotext.start(QStringLiteral("pdftotext"),
                                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
                if (!pdftotext.waitForFinished(20000) || pdftotext.exitCode() != 0)
                    break;
                if (QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(QStringLiteral("Ecological indicator")))
                    indicatorPage = page;
            }
            ok &= render(1, QStringLiteral("assembly-report-cover"));
            ok &= indicatorPage > 0 && render(indicatorPage, QStringLiteral("assembly-report-indicator"));
            QMetaObject::invokeMethod(dialog, "close");
            delete dialog;
        } else {
            std::fprintf(stderr, "screenshots: %s\n", qPrintable(component.errorString()));
            ok = false;
        }
    } else {
        ok = false;
    }
    shooter.unload();

    // Ecological balance and assembly, on TestEnvironment::ecoBalanceSeed's
    // commons: the Balance page (not in the window's sections by itself),
    // the assembly's setup dialog and its pages at projector size, a
    // member's balance card and a trade's impacts. Light palette.
    ok &= relockOnFreshLedger(env);
    ok &= env.ecoBalanceSeed();
    {
        const auto shootWindow = [&](QQuickWindow *window, const QString &name) {
            QTest::qWait(400);
            const QImage image = window->grabWindow();
            const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
            if (image.isNull() || !image.save(path)) {
                std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
                return false;
            }
            std::printf("%s (%dx%d)\n", qPrintable(path), image.width(), image.height());
            return true;
        };
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.loadData(R"(
import QtQuick
import QtQuick.Controls
import Mycelium
ApplicationWindow {
    width: 1000
    height: 680
    visible: true
    readonly property alias page: page
    readonly property alias setup: setup
    EcoBalancePage { id: page; objectName: "ecoBalancePage"; anchors.fill: parent }
    AssemblySetupDialog { id: setup; objectName: "assemblySetup" }
}
)");
        auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        ok &= window && QTest::qWaitForWindowExposed(window);
        QObject *page = window ? window->property("page").value<QObject *>() : nullptr;
        QObject *balance = page ? page->property("controller").value<QObject *>() : nullptr;
        ok &= balance && QTest::qWaitFor([&] { return balance->property("loaded").toBool(); }, 20000);
        if (window && balance) {
            ok &= shootWindow(window, QStringLiteral("ecobalance"));
            window->resize(1000, 1500);
            ok &= shootWindow(window, QStringLiteral("ecobalance-full"));
            window->resize(1000, 680);
            QObject *settle = page->property("settleDialog").value<QObject *>();
            QMetaObject::invokeMethod(settle, "open");
            ok &= shootWindow(window, QStringLiteral("ecobalance-settle"));
            QMetaObject::invokeMethod(settle, "close");
            QObject *setup = window->property("setup").value<QObject *>();
            QMetaObject::invokeMethod(setup, "open");
            QMetaObject::invokeMethod(setup, "choose", Q_ARG(QVariant, QStringLiteral("last12Months")));
            ok &= shootWindow(window, QStringLiteral("assembly-setup"));
            QMetaObject::invokeMethod(setup, "close");
            // The pages at projector size, in a normal window rather than
            // full screen on the offscreen platform's small screen.
            QObject *assembly = setup->property("controller").value<QObject *>();
            auto *view = qobject_cast<QQuickWindow *>(setup->property("view").value<QObject *>());
            QVariantMap range;
            QMetaObject::invokeMethod(assembly, "preset", Q_RETURN_ARG(QVariantMap, range), Q_ARG(QString, QStringLiteral("last12Months")));
            bool started = false;
            QMetaObject::invokeMethod(assembly, "start", Q_RETURN_ARG(bool, started), Q_ARG(QString, range.value(QStringLiteral("fromText")).toString()),
                                      Q_ARG(QString, range.value(QStringLiteral("toText")).toString()));
            ok &= started && view && QTest::qWaitFor([&] { return assembly->property("loaded").toBool(); }, 20000);
            if (view) {
                view->resize(1920, 1080);
                view->show();
                ok &= QTest::qWaitForWindowExposed(view);
                ok &= shootWindow(view, QStringLiteral("assembly-light"));
                QMetaObject::invokeMethod(assembly, "next");
                ok &= shootWindow(view, QStringLiteral("assembly-light-amber"));
                assembly->setProperty("currentIndex", 3);
                ok &= shootWindow(view, QStringLiteral("assembly-chart"));
                QMetaObject::invokeMethod(assembly, "last");
                ok &= shootWindow(view, QStringLiteral("assembly-balance"));
                view->close();
            }
        }
    }
    // A member's own balance, and a trade's impacts, in the window.
    ok &= shooter.load();
    ok &= waitFor(controller, VaultController::Unlocked);
    shooter.set("sections", "currentIndex", Members);
    shooter.call("membersStack", "openMember", 1);
    QTest::qWait(800);
    shooter.scrollTo("memberPage", "memberEcoCard");
    ok &= shooter.shoot(QStringLiteral("member-ecobalance"));
    shooter.set("sections", "currentIndex", Ledger);
    if (QObject *trades = shooter.held("ledgerPage", "trades")) {
        for (int row = 0; row < trades->property("count").toInt(); ++row) {
            qint64 id = 0;
            QMetaObject::invokeMethod(trades, "tradeIdAt", Q_RETURN_ARG(qint64, id), Q_ARG(int, row));
            if (id == env.ecoBalanceImpactTrade()) {
                shooter.set("tradeList", "currentIndex", row);
                break;
            }
        }
        QMetaObject::invokeMethod(shooter.find("ledgerPage"), "impactsOfCurrent");
        ok &= shooter.shoot(QStringLiteral("ledger-trade-impacts"));
    } else {
        ok = false;
    }
    shooter.unload();

    // The commons dashboard (TestEnvironment::commonsSeed, on a ledger vault
    // of its own): the dashboard with an emergency override, a resource's
    // page, the extract dialog with its quote and with a refusal, an
    // indicator's page; then the dashboard and the indicator dark.
    ok &= relockOnFreshLedger(env);
    ok &= shooter.load();
    ok &= env.commonsSeed() == 7;
    shooter.set("sections", "currentIndex", Commons);
    if (auto *commons = qobject_cast<CommonsController *>(shooter.held("commonsPage", "commons"))) {
        ok &= commons->extractWithOverride(commons->resourceOptions().constLast().toMap().value(QStringLiteral("id")).toLongLong(), 6,
                                           QStringLiteral("80"), QString(), QStringLiteral("The fire brigade refilled its tank after the barn fire"));
        shooter.focus("commonsLightGrid");
        ok &= shooter.shoot(QStringLiteral("commons-dashboard"));
        // The forest is the fourth light: its price, drawing rights and planting.
        shooter.call("commonsDashboard", "openLight", 3);
        QTest::qWait(300);
        ok &= shooter.shoot(QStringLiteral("commons-resource"));
        ok &= shooter.shootTall(QStringLiteral("commons-resource-full"), 1300);
        if (QObject *extract = shooter.held("commonsResourcePage", "extractDialog")) {
            QMetaObject::invokeMethod(extract, "open");
            extract->setProperty("memberNumber", 4);
            if (auto *form = qobject_cast<QQuickItem *>(extract->property("contentItem").value<QObject *>())) {
                if (QObject *quantity = Shooter::findItem(form, QStringLiteral("extractQuantityField"))) {
                    quantity->setProperty("text", QStringLiteral("6"));
                    ok &= shooter.shoot(QStringLiteral("commons-extract"));
                    quantity->setProperty("text", QStringLiteral("30"));
                    ok &= shooter.shoot(QStringLiteral("commons-extract-refused"));
                } else {
                    ok = false;
                }
            }
            QMetaObject::invokeMethod(extract, "close");
        } else {
            ok = false;
        }
        QMetaObject::invokeMethod(shooter.find("commonsDashboard"), "backToDashboard");
        // The carbon indicator is the first light.
        shooter.call("commonsDashboard", "openLight", 0);
        QTest::qWait(300);
        ok &= shooter.shoot(QStringLiteral("commons-indicator"));
        shooter.call("commonsIndicatorPage", "showRange", QStringLiteral("all"));
        ok &= shooter.shootTall(QStringLiteral("commons-indicator-full"), 1100);
        QMetaObject::invokeMethod(shooter.find("commonsDashboard"), "backToDashboard");
        // Adding an indicator whose threshold is a regional budget.
        if (QObject *dialog = shooter.held("commonsDashboard", "indicatorDialog")) {
            QMetaObject::invokeMethod(dialog, "open");
            QTest::qWait(300);
            if (auto *form = qobject_cast<QQuickItem *>(dialog->property("contentItem").value<QObject *>())) {
                const std::pair<const char *, const char *> typed[] = {
                    {"indicatorNameField", "Carbon budget"},       {"indicatorUnitField", "t CO2e"},
                    {"indicatorGlobalField", "500000000000"},     {"indicatorPopulationShareField", "300/8000000000"},
                    {"indicatorEcosystemShareField", "0.00000005"}, {"indicatorThresholdField", "21875"}};
                if (QObject *toggle = Shooter::findItem(form, QStringLiteral("indicatorBudgetToggle")))
                    toggle->setProperty("checked", true);
                for (const auto &[field, text] : typed) {
                    if (QObject *item = Shooter::findItem(form, QString::fromLatin1(field)))
                        item->setProperty("text", QString::fromUtf8(text));
                    else
                        ok = false;
                }
                ok &= shooter.shoot(QStringLiteral("commons-indicator-budget"));
            }
            QMetaObject::invokeMethod(dialog, "close");
        } else {
            ok = false;
        }
    } else {
        ok = false;
    }
    shooter.unload();
    QApplication::setPalette(darkPalette());
    ok &= shooter.load();
    shooter.set("sections", "currentIndex", Commons);
    shooter.focus("commonsLightGrid");
    ok &= shooter.shoot(QStringLiteral("commons-dashboard-dark"));
    shooter.call("commonsDashboard", "openLight", 0);
    QTest::qWait(300);
    ok &= shooter.shoot(QStringLiteral("commons-indicator-dark"));
    shooter.unload();

    // Skills exchange: the board, a want's matches, the session form, the
    // sessions, mentorship, the gratitude wall, a new offer and a member's
    // Skills card, on TestEnvironment::skillsSeed.
    ok &= relockOnFreshLedger(env);
    ok &= shooter.load();
    ok &= env.skillsSeed() == 10;
    {
        const auto invoke = [&](const char *name, const char *method, const QVariant &a, const QVariant &b) {
            if (QObject *object = shooter.find(name))
                QMetaObject::invokeMethod(object, method, Q_ARG(QVariant, a), Q_ARG(QVariant, b));
            else
                ok = false;
        };
        const auto invokeHeld = [&](const char *name, const char *property, const char *method, const QVariant &a) {
            if (QObject *object = shooter.held(name, property))
                QMetaObject::invokeMethod(object, method, Q_ARG(QVariant, a));
            else
                ok = false;
        };
        shooter.set("sections", "currentIndex", Skills);
        shooter.focus("skillSearchField");
        ok &= shooter.shoot(QStringLiteral("skills-board"));
        shooter.set("skillSearchField", "text", QStringLiteral("weld"));
        ok &= shooter.shoot(QStringLiteral("skills-board-search"));
        shooter.set("skillSearchField", "text", QString());

        const qint64 gate = env.skillsListingId(QStringLiteral("Fix the garden gate's hinge"));
        const qint64 ana = env.skillsListingId(QStringLiteral("Welding and small metal repairs"));
        shooter.call("skillBoardPage", "openListingId", gate);
        QTest::qWait(300);
        ok &= shooter.shoot(QStringLiteral("skills-matches"));
        invoke("skillsPage", "planSession", gate, ana);
        QTest::qWait(300);
        shooter.set("sessionHoursField", "text", QStringLiteral("2"));
        ok &= shooter.shoot(QStringLiteral("skills-session-plan"));
        if (QObject *dialog = shooter.held("skillsPage", "planDialog"))
            QMetaObject::invokeMethod(dialog, "close");
        if (QObject *board = shooter.find("skillBoardPage"))
            QMetaObject::invokeMethod(board, "backToBoard");

        shooter.call("skillsPage", "showTab", 1);
        ok &= shooter.shoot(QStringLiteral("skills-sessions"));
        if (QObject *planned = shooter.held("sessionsPage", "planned")) {
            qint64 id = 0;
            QMetaObject::invokeMethod(planned, "idAt", Q_RETURN_ARG(qint64, id), Q_ARG(int, 0));
            invokeHeld("sessionsPage", "completeDialog", "openFor", id);
            QTest::qWait(300);
            ok &= shooter.shoot(QStringLiteral("skills-session-complete"));
            if (QObject *dialog = shooter.held("sessionsPage", "completeDialog"))
                QMetaObject::invokeMethod(dialog, "close");
        } else {
            ok = false;
        }
        shooter.call("skillsPage", "showTab", 2);
        // Grace, who has a mentor.
        shooter.set("learnerList", "currentIndex", 1);
        shooter.focus("learnerList");
        ok &= shooter.shoot(QStringLiteral("skills-mentorship"));
        shooter.call("skillsPage", "showTab", 3);
        ok &= shooter.shoot(QStringLiteral("skills-gratitude"));

        shooter.call("skillsPage", "showTab", 0);
        invokeHeld("skillBoardPage", "listingDialog", "openAs", QStringLiteral("offer"));
        QTest::qWait(300);
        if (QObject *dialog = shooter.held("skillBoardPage", "listingDialog"))
            dialog->setProperty("memberNumber", 5);
        shooter.set("skillListingTagsField", "text", QStringLiteral("metal"));
        shooter.set("skillListingDescriptionField", "text", QStringLiteral("Garden furniture repairs"));
        shooter.focus("skillListingTagsField");
        ok &= shooter.shoot(QStringLiteral("skills-new-offer"));
        if (QObject *dialog = shooter.held("skillBoardPage", "listingDialog"))
            QMetaObject::invokeMethod(dialog, "close");

        shooter.set("sections", "currentIndex", Members);
        shooter.call("membersStack", "openMember", 2);
        QTest::qWait(300);
        shooter.scrollTo("memberPage", "memberSkillsCard");
        ok &= shooter.shoot(QStringLiteral("member-skills"));

        // The catalogue's item form with an owner: a member's own tool.
        ok &= env.addToolLibrary() > 0;
        shooter.set("sections", "currentIndex", ToolLibrary);
        shooter.set("toolPages", "currentIndex", 1);
        if (QObject *addDialog = shooter.held("cataloguePage", "addDialog")) {
            QMetaObject::invokeMethod(addDialog, "open");
            QTest::qWait(300);
            addDialog->setProperty("ownerNumber", 1);
            shooter.set("toolItemTagField", "text", QStringLiteral("PT-020"));
            shooter.set("toolItemNameField", "text", QStringLiteral("Angle grinder"));
            shooter.focus("toolItemOwnerPicker");
            ok &= shooter.shoot(QStringLiteral("catalogue-item-owner"));
            QMetaObject::invokeMethod(addDialog, "close");
        } else {
            ok = false;
        }
    }
    shooter.unload();

    ok &= shootTrust(env, shooter);

    return ok ? 0 : 1;
}
