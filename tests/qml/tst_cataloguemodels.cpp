// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue screens' C++ side against a real vault with
// TestEnvironment::addToolLibrary's items: CatalogueController (categories,
// the statistics strip on the worker, saving an item from the form's
// texts, holds, maintenance), CatalogueModel (search, filters, paging),
// ToolItemDetails and the item page's lists. Every model runs under
// QAbstractItemModelTester.
#include "testenvironment.h"

#include "ledger/ledgercontroller.h"
#include "session/vaultsession.h"
#include "storage/database.h"
#include "tools/catalogue.h"
#include "tools/cataloguecontroller.h"
#include "tools/cataloguemodel.h"
#include "tools/labelsheetcontroller.h"
#include "tools/toolitemdetails.h"
#include "tools/toolitemlists.h"
#include "tools/toolphotoprovider.h"
#include "tools/tools.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;

namespace {
constexpr int kTimeout = 15000;

QString valueOf(const QVariantList &facts, const QString &label)
{
    for (const QVariant &fact : facts) {
        const QVariantMap map = fact.toMap();
        if (map.value(QStringLiteral("label")).toString() == label)
            return map.value(QStringLiteral("value")).toString();
    }
    return QStringLiteral("(no %1)").arg(label);
}

// The form's texts for a new item, as the dialog sends them.
QVariantMap form(const QString &tag, const QString &name)
{
    return {
        { QStringLiteral("assetTag"), tag },
        { QStringLiteral("name"), name },
        { QStringLiteral("category"), QStringLiteral("Power tools") },
        { QStringLiteral("condition"), QStringLiteral("new") },
        { QStringLiteral("location"), QStringLiteral("Shelf A3") },
        { QStringLiteral("createdOn"), QString() },
        { QStringLiteral("replacementValue"), QStringLiteral("1,234.50") },
        { QStringLiteral("deposit"), QStringLiteral("25") },
        { QStringLiteral("loanDays"), QStringLiteral("10") },
        { QStringLiteral("lateFeePerDay"), QStringLiteral("0.5") },
        { QStringLiteral("maintenanceEveryLoans"), 0 },
        { QStringLiteral("maintenanceEveryDays"), QStringLiteral("90") },
        { QStringLiteral("description"), QStringLiteral("Pendulum action; blades in the box.") },
        { QStringLiteral("safetyNotes"), QStringLiteral("Eye protection") },
        { QStringLiteral("needsTraining"), true },
    };
}
} // namespace

class TestCatalogueModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<CatalogueController> m_catalogue;

    Database &db() { return m_env->session()->vault()->database(); }
    QDate today() const { return TestEnvironment::today(); }

    QStringList tags(const CatalogueModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.count(); ++row)
            list.append(model.tagAt(row));
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        TestEnvironment::isolateSettings(m_settings->path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_env = std::make_unique<TestEnvironment>();
    }

    void init()
    {
        QVERIFY(m_env->createLedgerVault(
            QStringLiteral("Riverside Commons"), QStringLiteral("correct horse battery staple"), 10));
        m_env->session()->unlock(QStringLiteral("correct horse battery staple"), false);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->session()->state(), VaultSession::State::Unlocked, kTimeout);
        QCOMPARE(m_env->addToolLibrary(), 13);
        m_catalogue = std::make_unique<CatalogueController>();
        m_catalogue->setLedger(m_env->ledger());
        QVERIFY(m_catalogue->ready());
    }

    void cleanup()
    {
        // Whatever a test changed, the journal's chain still holds.
        if (m_env->session()->vault())
            QVERIFY(m_env->session()->vault()->verify().isEmpty());
        m_catalogue.reset();
        m_env->session()->lock();
        m_env->resetClock();
    }

    void cleanupTestCase() { m_env.reset(); }

    void aPhotoIsScaledDownAndServedFromTheVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drill.png"));
        QImage big(3000, 2000, QImage::Format_RGB32);
        big.fill(Qt::darkGreen);
        QVERIFY(big.save(path));
        QVERIFY(!m_catalogue->hasPhoto(QStringLiteral("PT-001")));
        QVERIFY(m_catalogue->photoUrl(QStringLiteral("PT-001")).isEmpty());
        QSignalSpy answers(m_catalogue.get(), &CatalogueController::operationFinished);
        QVERIFY(m_catalogue->setPhotoFromFile(QStringLiteral("PT-001"), QUrl::fromLocalFile(path)));
        QCOMPARE(answers.last().at(1).toBool(), true);
        QVERIFY(m_catalogue->hasPhoto(QStringLiteral("PT-001")));
        // Kept as a JPEG at most 1280 pixels wide, inside the vault.
        const ToolPhoto stored = **tools::photo(m_env->session()->vault()->database(), QStringLiteral("PT-001"));
        QCOMPARE(stored.mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(QImage::fromData(stored.bytes).size(), QSize(1280, 853));
        ToolPhotoProvider provider(m_env->ledger());
        QSize size;
        const QString id = m_catalogue->photoUrl(QStringLiteral("PT-001")).toString().mid(QStringLiteral("image://toolphoto/").size());
        QCOMPARE(provider.requestImage(id, &size, QSize(200, 200)).width(), 200);
        QCOMPARE(provider.requestImage(id, &size, QSize(0, 320)).height(), 320); // a height alone, as sourceSize.height gives
        // Not an image: refused in words, the photo stays.
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        QVERIFY(!m_catalogue->setPhotoFromFile(QStringLiteral("PT-001"), QUrl::fromLocalFile(text)));
        QVERIFY(answers.last().at(2).toString().contains(QLatin1String("not an image")));
        QVERIFY(m_catalogue->hasPhoto(QStringLiteral("PT-001")));
        QVERIFY(m_catalogue->removePhoto(QStringLiteral("PT-001")));
        QVERIFY(!m_catalogue->hasPhoto(QStringLiteral("PT-001")));
    }

    void aKitsComponentsAreEditedWithTheItem()
    {
        QVariantMap fields = m_catalogue->itemFields(QStringLiteral("PT-002"));
        QCOMPARE(fields.value(QStringLiteral("components")).toString(), QString());
        fields.insert(QStringLiteral("components"), QStringLiteral("Drill\nSide handle\nDepth stop"));
        QVERIFY(m_catalogue->saveItem(QStringLiteral("PT-002"), fields));
        Database &db = m_env->session()->vault()->database();
        QCOMPARE(*tools::components(db, QStringLiteral("PT-002")),
                 (QStringList{QStringLiteral("Drill"), QStringLiteral("Side handle"), QStringLiteral("Depth stop")}));
        QCOMPARE(m_catalogue->itemFields(QStringLiteral("PT-002")).value(QStringLiteral("components")).toString(),
                 QStringLiteral("Drill\nSide handle\nDepth stop"));
        // A part named twice: refused, and the item's other changes are not kept either.
        fields.insert(QStringLiteral("name"), QStringLiteral("Renamed drill"));
        fields.insert(QStringLiteral("components"), QStringLiteral("Drill\ndrill"));
        QVERIFY(!m_catalogue->saveItem(QStringLiteral("PT-002"), fields));
        QCOMPARE(tools::itemByTag(db, QStringLiteral("PT-002"))->name, QStringLiteral("Hammer drill"));
        QCOMPARE(tools::components(db, QStringLiteral("PT-002"))->size(), 3);
    }

    void labelsAreSavedForTheListedItems()
    {
        CatalogueModel items;
        items.setCatalogue(m_catalogue.get());
        items.setSearchText(QStringLiteral("drill"));
        const QStringList tags = items.matchingTags();
        QVERIFY(!tags.isEmpty());
        LabelSheetController sheet;
        sheet.setLedger(m_env->ledger());
        QVERIFY(!sheet.save(QStringLiteral("/tmp/x.pdf"))); // no items yet
        sheet.setTags(tags);
        sheet.setSheet(QStringLiteral("L7163"));
        sheet.setStartPosition(99);
        QCOMPARE(sheet.startPosition(), 14); // clamped to the sheet
        sheet.setStartPosition(14);
        QCOMPARE(sheet.pageCount(), tags.size() > 1 ? 2 : 1);
        QTemporaryDir dir;
        QVERIFY(!sheet.save(dir.filePath(QStringLiteral("labels.txt"))));
        sheet.setTagsText(tags.join(QStringLiteral(", ")) + QStringLiteral(" NOPE-1"));
        QVERIFY(!sheet.save(dir.filePath(QStringLiteral("labels.pdf"))));
        QVERIFY(sheet.error().contains(QLatin1String("NOPE-1")));
        sheet.setTags(tags);
        QSignalSpy done(&sheet, &LabelSheetController::finished);
        QVERIFY(sheet.save(QUrl::fromLocalFile(dir.filePath(QStringLiteral("labels.pdf"))).toString()));
        QVERIFY(done.wait(kTimeout));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(sheet.progress(), 1.0);
        QFile pdf(dir.filePath(QStringLiteral("labels.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(sheet.message().contains(QLatin1String("labels.pdf")));
    }

    void controllerListsCategoriesAndTheLibrarysFigures()
    {
        QCOMPARE(m_catalogue->categories(),
            (QStringList { QStringLiteral("Camping"), QStringLiteral("Cleaning"), QStringLiteral("Garden"),
                QStringLiteral("Kitchen"), QStringLiteral("Ladders"), QStringLiteral("Power tools"),
                QStringLiteral("Sewing") }));
        QTRY_VERIFY_WITH_TIMEOUT(m_catalogue->statisticsLoaded(), kTimeout);
        QCOMPARE(m_catalogue->itemCount(), 12); // the retired ladder is not counted
        QCOMPARE(m_catalogue->loanCount(), 9);
        QCOMPARE(m_catalogue->neverBorrowedCount(), 5);
        const double used = *tools::utilisation(m_env->session()->vault()->database(), m_env->ledger()->today().addDays(-364), m_env->ledger()->today());
        QVERIFY(used > 0);
        QCOMPARE(m_catalogue->utilisationText(), QStringLiteral("%1 %").arg(QLocale().toString(used, 'f', 1)));
        // PT-001 three times, PT-002, LA-001, GA-001, CA-001, CL-001, SE-001.
        const std::int64_t avoided = (3 * 120 + 180 + 90 + 300 + 200 + 220 + 250) * 100;
        QCOMPARE(m_catalogue->avoidedSpendingText(), m_env->ledger()->formatMoney(avoided));
        QCOMPARE(m_catalogue->mostRequested().value(0), QStringLiteral("Cordless drill (PT-001)"));
        QCOMPARE(m_catalogue->mostRequested().value(1), QStringLiteral("Sewing machine (SE-001)"));

        // Locking forgets them; unlocking reads them again.
        m_env->session()->lock();
        QVERIFY(!m_catalogue->ready());
        QVERIFY(!m_catalogue->statisticsLoaded());
        QVERIFY(m_catalogue->categories().isEmpty());
        m_env->session()->unlock(QStringLiteral("correct horse battery staple"), false);
        QTRY_VERIFY_WITH_TIMEOUT(m_catalogue->statisticsLoaded(), kTimeout);
        QCOMPARE(m_catalogue->loanCount(), 9);
    }

    void modelSearchesAsTypedAndFilters()
    {
        CatalogueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(m_catalogue.get());
        QCOMPARE(model.count(), 13);
        QCOMPARE(model.matches(), 13);
        QVERIFY(!model.filtered());

        QSignalSpy counted(&model, &CatalogueModel::countChanged);
        model.setSearchText(QStringLiteral("d"));
        model.setSearchText(QStringLiteral("dr"));
        model.setSearchText(QStringLiteral("dri"));
        QCOMPARE(counted.size(), 3);
        QCOMPARE(tags(model), (QStringList { QStringLiteral("PT-001"), QStringLiteral("PT-002") }));
        QVERIFY(model.filtered());
        model.setSearchText(QStringLiteral("dri concrete"));
        QCOMPARE(tags(model), QStringList { QStringLiteral("PT-002") });

        model.setSearchText({});
        model.setAvailability(QStringLiteral("on_loan"));
        QCOMPARE(tags(model), (QStringList { QStringLiteral("PT-001"), QStringLiteral("CL-001") }));
        const QModelIndex drill = model.index(0);
        QCOMPARE(drill.data(CatalogueModel::StateTextRole).toString(), QStringLiteral("On loan"));
        QVERIFY(!drill.data(CatalogueModel::OverdueRole).toBool());
        QCOMPARE(drill.data(CatalogueModel::MemberNumberRole).toLongLong(), 1);
        QCOMPARE(drill.data(CatalogueModel::StateDetailRole).toString(),
            QStringLiteral("to Ana Benítez (1), due %1; 1 waiting")
                .arg(m_env->ledger()->formatDate(today().addDays(4))));
        const QModelIndex washer = model.index(1);
        QCOMPARE(washer.data(CatalogueModel::StateTextRole).toString(), QStringLiteral("Overdue"));
        QVERIFY(washer.data(CatalogueModel::OverdueRole).toBool());
        QVERIFY2(washer.data(CatalogueModel::StateDetailRole).toString().contains(QLatin1String("5 days late")),
            qPrintable(washer.data(CatalogueModel::StateDetailRole).toString()));
        const QString sentence = washer.data(CatalogueModel::AccessibleTextRole).toString();
        QVERIFY2(sentence.startsWith(
                     QStringLiteral("CL-001, Pressure washer, Cleaning, Shelf B1, Overdue to Chloé Martin (3)")),
            qPrintable(sentence));
        QVERIFY(sentence.contains(QLatin1String("replacement value 220.00")));

        model.setAvailability(QStringLiteral("held"));
        QCOMPARE(tags(model), QStringList { QStringLiteral("SE-001") });
        QCOMPARE(
            model.index(0).data(CatalogueModel::StateDetailRole).toString(), QStringLiteral("for Dario Rossi (4)"));
        model.setAvailability(QStringLiteral("maintenance"));
        QCOMPARE(tags(model), QStringList { QStringLiteral("GA-002") });
        QCOMPARE(model.index(0).data(CatalogueModel::StateTextRole).toString(), QStringLiteral("Under maintenance"));
        model.setAvailability(QStringLiteral("retired"));
        QCOMPARE(tags(model), QStringList { QStringLiteral("LA-003") });
        model.setAvailability(QStringLiteral("in"));
        model.setCategory(QStringLiteral("Power tools"));
        QCOMPARE(tags(model),
            (QStringList { QStringLiteral("PT-003"), QStringLiteral("PT-002"), QStringLiteral("PT-004") }));
        model.setCondition(QStringLiteral("worn"));
        QVERIFY(tags(model).isEmpty());
        model.setCategory({});
        QCOMPARE(tags(model), QStringList { QStringLiteral("GA-001") });
        // Something that is not a state or a condition is no filter.
        model.setAvailability(QStringLiteral("lost"));
        QCOMPARE(model.availability(), QString());
        model.clearFilters();
        QVERIFY(!model.filtered());
        QCOMPARE(model.count(), 13);
        QCOMPARE(model.rowOfTag(QStringLiteral("ki-001")), tags(model).indexOf(QStringLiteral("KI-001")));
        QCOMPARE(model.tagAt(99), QString());
    }

    void modelLoadsAPageAtATime()
    {
        CatalogueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.setCatalogue(m_catalogue.get());
        QCOMPARE(model.count(), 5);
        QCOMPARE(model.matches(), 13);
        const QStringList first = tags(model);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.count(), 10);
        model.fetchMore({});
        QCOMPARE(model.count(), 13);
        QVERIFY(!model.canFetchMore({}));
        const QStringList all = tags(model);
        QCOMPARE(all.mid(0, 5), first);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 13);
    }

    void savingANewItemChecksEveryField()
    {
        CatalogueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(m_catalogue.get());
        QSignalSpy finished(m_catalogue.get(), &CatalogueController::operationFinished);

        // Defaults of the form for a new item.
        const QVariantMap blank = m_catalogue->itemFields({});
        QCOMPARE(blank.value(QStringLiteral("loanDays")).toInt(), 7);
        QCOMPARE(blank.value(QStringLiteral("condition")).toString(), QStringLiteral("good"));
        QCOMPARE(blank.value(QStringLiteral("createdOn")).toString(), m_env->ledger()->formatDate(today()));
        QCOMPARE(blank.value(QStringLiteral("replacementValue")).toString(), QString());

        QVariantMap bad = form(QStringLiteral("pt-001"), QStringLiteral("  "));
        bad.insert(QStringLiteral("deposit"), QStringLiteral("2x5"));
        bad.insert(QStringLiteral("loanDays"), QStringLiteral(""));
        bad.insert(QStringLiteral("createdOn"), QStringLiteral("the 14th"));
        QVERIFY(!m_catalogue->saveItem({}, bad));
        const QVariantMap errors = m_catalogue->fieldErrors();
        QCOMPARE(errors.keys(),
            (QStringList { QStringLiteral("assetTag"), QStringLiteral("createdOn"), QStringLiteral("deposit"),
                QStringLiteral("loanDays"), QStringLiteral("name") }));
        QVERIFY2(errors.value(QStringLiteral("assetTag")).toString().contains(QLatin1String("Cordless drill")),
            qPrintable(errors.value(QStringLiteral("assetTag")).toString()));
        QVERIFY(errors.value(QStringLiteral("deposit")).toString().startsWith(QLatin1String("Deposit: ")));
        QVERIFY(errors.value(QStringLiteral("loanDays")).toString().startsWith(QLatin1String("Loan period: ")));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("addToolItem"));
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY(finished.at(0).at(2).toString().contains(QLatin1String("5 fields")));
        QCOMPARE(model.count(), 13); // nothing added

        QVERIFY(m_catalogue->saveItem({}, form(QStringLiteral(" PT-010 "), QStringLiteral("Jigsaw"))));
        QVERIFY(m_catalogue->fieldErrors().isEmpty());
        QCOMPARE(finished.last().at(1).toBool(), true);
        QCOMPARE(finished.last().at(2).toString(), QStringLiteral("Jigsaw (PT-010) is in the catalogue."));
        QCOMPARE(finished.last().at(3).toString(), QStringLiteral("PT-010"));
        QCOMPARE(model.count(), 14); // the list followed
        const ToolItem added = *tools::itemByTag(db(), QStringLiteral("PT-010"));
        QCOMPARE(added.replacementValue, 123450);
        QCOMPARE(added.deposit, 2500);
        QCOMPARE(added.lateFeePerDay, 50);
        QCOMPARE(added.loanDays, 10);
        QCOMPARE(added.condition, ToolItem::Condition::New);
        QCOMPARE(added.maintenanceEveryDays, 90);
        QCOMPARE(added.maintenanceEveryLoans, 0);
        QVERIFY(added.needsTraining);
        QCOMPARE(added.createdOn, today());

        // The form shows it back as it was typed (amounts in the locale).
        const QVariantMap shown = m_catalogue->itemFields(QStringLiteral("PT-010"));
        QCOMPARE(shown.value(QStringLiteral("replacementValue")).toString(), QStringLiteral("1,234.50"));
        QCOMPARE(shown.value(QStringLiteral("lateFeePerDay")).toString(), QStringLiteral("0.50"));
        QCOMPARE(shown.value(QStringLiteral("deposit")).toString(), QStringLiteral("25.00"));
    }

    void editingAnItemMayChangeItsTag()
    {
        QVariantMap fields = m_catalogue->itemFields(QStringLiteral("LA-001"));
        QCOMPARE(fields.value(QStringLiteral("name")).toString(), QStringLiteral("Step ladder 3 m"));
        QCOMPARE(fields.value(QStringLiteral("replacementValue")).toString(), QStringLiteral("90.00"));
        fields.insert(QStringLiteral("assetTag"), QStringLiteral("LA-002"));
        fields.insert(QStringLiteral("location"), QStringLiteral("Garage"));
        QSignalSpy changed(m_catalogue.get(), &CatalogueController::changed);
        QSignalSpy finished(m_catalogue.get(), &CatalogueController::operationFinished);
        QVERIFY(m_catalogue->saveItem(QStringLiteral("LA-001"), fields));
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("editToolItem"));
        QCOMPARE(finished.last().at(3).toString(), QStringLiteral("LA-002"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("LA-002"))->location, QStringLiteral("Garage"));
        // Its loan came along.
        QCOMPARE(tools::loanHistory(db(), QStringLiteral("LA-002"))->size(), 1);

        // Retiring what is out is refused, under the condition field.
        QVariantMap drill = m_catalogue->itemFields(QStringLiteral("PT-001"));
        drill.insert(QStringLiteral("condition"), QStringLiteral("retired"));
        QVERIFY(!m_catalogue->saveItem(QStringLiteral("PT-001"), drill));
        QVERIFY(m_catalogue->fieldErrors()
                    .value(QStringLiteral("condition"))
                    .toString()
                    .contains(QLatin1String("on loan to Ana")));
        QCOMPARE(tools::itemByTag(db(), QStringLiteral("PT-001"))->condition, ToolItem::Condition::Worn);
        m_catalogue->clearFieldErrors();
        QVERIFY(m_catalogue->fieldErrors().isEmpty());
    }

    void itemDetailsSayWhereItIsAndWhy()
    {
        ToolItemDetails details;
        details.setCatalogue(m_catalogue.get());
        details.setAssetTag(QStringLiteral("CL-001"));
        QVERIFY(details.exists());
        QCOMPARE(details.name(), QStringLiteral("Pressure washer"));
        QCOMPARE(details.state(), QStringLiteral("on_loan"));
        QCOMPARE(details.stateText(), QStringLiteral("Overdue"));
        QVERIFY(details.overdue());
        QVERIFY(!details.lendable());
        QVERIFY2(details.availabilityText().contains(QStringLiteral("Chloé Martin")),
            qPrintable(details.availabilityText()));
        QVERIFY2(details.loanText().contains(QLatin1String("5 days late")), qPrintable(details.loanText()));
        QCOMPARE(valueOf(details.facts(), QStringLiteral("Category")), QStringLiteral("Cleaning"));
        QCOMPARE(valueOf(details.facts(), QStringLiteral("Replacement value")), QStringLiteral("220.00"));
        QCOMPARE(valueOf(details.facts(), QStringLiteral("Loan period")), QStringLiteral("7 days"));
        QCOMPARE(valueOf(details.figures(), QStringLiteral("Loans")), QStringLiteral("1"));

        details.setAssetTag(QStringLiteral("PT-001"));
        QCOMPARE(valueOf(details.figures(), QStringLiteral("Loans")), QStringLiteral("3"));
        QCOMPARE(valueOf(details.figures(), QStringLiteral("Avoided spending")), QStringLiteral("360.00"));
        QCOMPARE(valueOf(details.figures(), QStringLiteral("Returned late")), QStringLiteral("1"));
        QCOMPARE(valueOf(details.figures(), QStringLiteral("Waiting")), QStringLiteral("1"));
        QCOMPARE(valueOf(details.facts(), QStringLiteral("Maintenance")), QStringLiteral("every 30 loans"));

        details.setAssetTag(QStringLiteral("SE-001"));
        QCOMPARE(details.stateText(), QStringLiteral("Held"));
        QVERIFY(details.lendable());
        QVERIFY(details.availabilityText().contains(QLatin1String("Dario Rossi")));
        QVERIFY(!details.onLoan());

        details.setAssetTag(QStringLiteral("GA-002"));
        QVERIFY(details.underMaintenance());
        QVERIFY(!details.lendable());

        details.setAssetTag(QStringLiteral("NOPE"));
        QVERIFY(!details.exists());
        QVERIFY(details.error().contains(QLatin1String("NOPE")));
    }

    void itemListsOfThePage()
    {
        ToolItemLoanModel loans;
        ToolItemHoldModel holds;
        ToolItemMaintenanceModel maintenance;
        QAbstractItemModelTester loansTester(&loans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester holdsTester(&holds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester maintenanceTester(
            &maintenance, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (ToolItemListModel *model : std::initializer_list<ToolItemListModel *> { &loans, &holds, &maintenance }) {
            model->setCatalogue(m_catalogue.get());
            model->setAssetTag(QStringLiteral("PT-001"));
        }
        // Loans newest first: Ana's, open; Ben's, three days late; Grace's.
        QCOMPARE(loans.count(), 3);
        QVERIFY(loans.index(0).data(ToolItemLoanModel::OpenRole).toBool());
        QCOMPARE(loans.index(0).data(ToolItemLoanModel::MemberNumberRole).toLongLong(), 1);
        QCOMPARE(loans.index(1).data(ToolItemLoanModel::MemberNumberRole).toLongLong(), 2);
        QCOMPARE(loans.index(1).data(ToolItemLoanModel::DaysLateRole).toInt(), 3);
        QCOMPARE(loans.index(1).data(ToolItemLoanModel::LateFeeTextRole).toString(), QStringLiteral("3.00"));
        QCOMPARE(loans.index(1).data(ToolItemLoanModel::ReturnConditionTextRole).toString(), QStringLiteral("Worn"));
        QVERIFY(loans.index(1)
                    .data(ToolItemLoanModel::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("3 days late")));
        QCOMPARE(loans.index(2).data(ToolItemLoanModel::MemberNumberRole).toLongLong(), 8);

        QCOMPARE(holds.count(), 1);
        QCOMPARE(holds.index(0).data(ToolItemHoldModel::PositionRole).toInt(), 1);
        QCOMPARE(holds.index(0).data(ToolItemHoldModel::MemberNameRole).toString(), QStringLiteral("Ben Okafor"));

        QCOMPARE(maintenance.count(), 1);
        QVERIFY(!maintenance.index(0).data(ToolItemMaintenanceModel::OpenRole).toBool());
        QCOMPARE(maintenance.index(0).data(ToolItemMaintenanceModel::WorkDoneRole).toString(),
            QStringLiteral("Cleaned and oiled the chuck"));
        QCOMPARE(maintenance.index(0).data(ToolItemMaintenanceModel::CostTextRole).toString(), QStringLiteral("5.00"));

        // A hold and a maintenance record placed from the page show at once.
        QVERIFY(m_catalogue->placeHold(QStringLiteral("PT-001"), 5));
        QCOMPARE(holds.count(), 2);
        QCOMPARE(holds.index(1).data(ToolItemHoldModel::MemberNumberRole).toLongLong(), 5);
        QVERIFY(m_catalogue->openMaintenance(QStringLiteral("PT-001"), QStringLiteral("Chuck slips")));
        QCOMPARE(maintenance.count(), 2);
        QVERIFY(maintenance.index(0).data(ToolItemMaintenanceModel::OpenRole).toBool());
        QCOMPARE(
            maintenance.index(0).data(ToolItemMaintenanceModel::ReasonRole).toString(), QStringLiteral("Chuck slips"));

        // Another item: the lists follow the tag.
        for (ToolItemListModel *model : std::initializer_list<ToolItemListModel *> { &loans, &holds, &maintenance })
            model->setAssetTag(QStringLiteral("KI-001"));
        QCOMPARE(loans.count() + holds.count() + maintenance.count(), 0);
    }

    void holdsAndMaintenanceAreRefusedInWords()
    {
        QSignalSpy finished(m_catalogue.get(), &CatalogueController::operationFinished);
        QVERIFY(!m_catalogue->placeHold(QStringLiteral("PT-001"), 2)); // Ben already waits
        QVERIFY(finished.last().at(2).toString().contains(QLatin1String("already in the queue")));
        QVERIFY(!m_catalogue->placeHold(QStringLiteral("PT-001"), -1));
        QVERIFY(finished.last().at(2).toString().contains(QLatin1String("Choose the member")));
        QVERIFY(!m_catalogue->placeHold(QStringLiteral("LA-003"), 5));
        QVERIFY(finished.last().at(2).toString().contains(QLatin1String("retired")));
        QVERIFY(!m_catalogue->openMaintenance(QStringLiteral("PT-002"), QStringLiteral("  ")));
        QVERIFY(finished.last().at(2).toString().contains(QLatin1String("Say what needs doing")));
        QVERIFY(!m_catalogue->openMaintenance(QStringLiteral("GA-002"), QStringLiteral("Again")));
        QVERIFY(finished.last().at(2).toString().contains(QLatin1String("already under maintenance")));
        QCOMPARE(finished.last().at(0).toString(), QStringLiteral("openMaintenance"));
        QVERIFY(m_catalogue->placeHold(QStringLiteral("PT-002"), 5));
        QCOMPARE(finished.last().at(2).toString(),
            QStringLiteral("Bjørn Ødegaard (member 5) is number 1 in the queue for PT-002."));
    }
};

QTEST_MAIN(TestCatalogueModels)
#include "tst_cataloguemodels.moc"
