// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sheets of labels, read back as a person's tools read them: pdfinfo
// counts the pages, pdftotext finds the tags and names (and where they are),
// and zbarimg reads the QR codes of the pages rendered at 300 dpi.
#include "pdfcheck.h"
#include "testfiles.h"
#include "tools/labels.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mycelium;
using namespace mycelium::test;

namespace {

QList<LabelSpec> numberedLabels(int count, const QString &prefix = QStringLiteral("T-"))
{
    QList<LabelSpec> specs;
    for (int i = 1; i <= count; ++i)
        specs.append({prefix + QString::number(i).rightJustified(3, QLatin1Char('0')), QStringLiteral("Item %1").arg(i)});
    return specs;
}

// Where the label at `position` (from 1) sits on its page, in millimetres.
QRectF cell(const LabelTemplate &sheet, int position)
{
    const int slot = position - 1;
    return QRectF(sheet.leftMargin + (slot % sheet.columns) * sheet.horizontalPitch, sheet.topMargin + (slot / sheet.columns) * sheet.verticalPitch,
                  sheet.labelWidth, sheet.labelHeight);
}

// What zbarimg reads in each of the labels of a page, from position `first`
// on: one list per label.
QList<QStringList> codesByPosition(const QString &pdf, int page, const LabelTemplate &sheet, int first, int count)
{
    QList<QRectF> cells;
    for (int position = first; position < first + count; ++position)
        cells.append(cell(sheet, position));
    return pdfQrCodes(pdf, page, cells);
}

// The tags one by one, as codesByPosition gives them for a sheet filled in order.
QList<QStringList> oneEach(const QList<LabelSpec> &specs)
{
    QList<QStringList> lists;
    for (const LabelSpec &spec : specs)
        lists.append({spec.assetTag});
    return lists;
}

LabelTemplate sheetNamed(const char *name)
{
    const auto sheet = labels::templateNamed(QLatin1String(name));
    if (!sheet)
        qFatal("no sheet %s", name);
    return *sheet;
}

} // namespace

class TestToolLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void templatesFitA4();
    void templateNamesIgnoreCase();
    void pageCounts();
    void sheetShowsEveryTagAndName();
    void everySheetReadsBack_data();
    void everySheetReadsBack();
    void manyLabelsTakeMorePages();
    void startPositionLeavesUsedLabelsBlank();
    void longNamesStayInsideTheirLabel();
    void aLabelWithoutANameCentresItsTag();
    void badInputsWriteNothing_data();
    void badInputsWriteNothing();
    void cancelledWritesNothing();
    void writesToADevice();

private:
    QString pdfPath(const QString &name = QStringLiteral("labels.pdf")) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestToolLabels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = missingPdfTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestToolLabels::templatesFitA4()
{
    const QList<LabelTemplate> all = labels::templates();
    QVERIFY(all.size() >= 3);
    QCOMPARE(all.first().name, QStringLiteral("L7160"));
    for (const LabelTemplate &sheet : all) {
        QVERIFY2(!sheet.description.isEmpty(), qPrintable(sheet.name));
        QVERIFY2(sheet.horizontalPitch >= sheet.labelWidth && sheet.verticalPitch >= sheet.labelHeight, qPrintable(sheet.name));
        // Centred on the page within a tenth of a millimetre: the margins on
        // the far sides equal the near ones.
        const double right = 210.0 - (sheet.leftMargin + (sheet.columns - 1) * sheet.horizontalPitch + sheet.labelWidth);
        const double bottom = 297.0 - (sheet.topMargin + (sheet.rows - 1) * sheet.verticalPitch + sheet.labelHeight);
        QVERIFY2(std::abs(right - sheet.leftMargin) < 0.1, qPrintable(QStringLiteral("%1: right margin %2").arg(sheet.name).arg(right)));
        QVERIFY2(std::abs(bottom - sheet.topMargin) < 0.1, qPrintable(QStringLiteral("%1: bottom margin %2").arg(sheet.name).arg(bottom)));
    }
    const LabelTemplate l7160 = sheetNamed("L7160");
    QCOMPARE(l7160.labelsPerSheet(), 21);
    QCOMPARE(l7160.labelWidth, 63.5);
    QCOMPARE(l7160.labelHeight, 38.1);
    QCOMPARE(sheetNamed("L7163").labelsPerSheet(), 14);
    QCOMPARE(sheetNamed("L7651").labelsPerSheet(), 65);
}

void TestToolLabels::templateNamesIgnoreCase()
{
    QCOMPARE(labels::templateNamed(QStringLiteral("l7163"))->name, QStringLiteral("L7163"));
    QCOMPARE(labels::templateNamed(QStringLiteral(" L7651 "))->name, QStringLiteral("L7651"));
    QVERIFY(!labels::templateNamed(QStringLiteral("L9999")));
    QVERIFY(!labels::templateNamed(QString()));
}

void TestToolLabels::pageCounts()
{
    const LabelTemplate sheet = sheetNamed("L7160");
    QCOMPARE(labels::pageCount(0, sheet), 0);
    QCOMPARE(labels::pageCount(1, sheet), 1);
    QCOMPARE(labels::pageCount(21, sheet), 1);
    QCOMPARE(labels::pageCount(22, sheet), 2);
    QCOMPARE(labels::pageCount(21, sheet, 2), 2);
    QCOMPARE(labels::pageCount(1, sheet, 21), 1);
    QCOMPARE(labels::pageCount(2, sheet, 21), 2);
    QCOMPARE(labels::pageCount(500, sheet), 24);
}

void TestToolLabels::sheetShowsEveryTagAndName()
{
    const QList<LabelSpec> specs{{QStringLiteral("D-001"), QStringLiteral("Cordless drill")},
                                 {QStringLiteral("LAD-7"), QStringLiteral("Ladder")},
                                 {QStringLiteral("sew-03"), QStringLiteral("Sewing machine")},
                                 {QStringLiteral("PW/2026/1"), QStringLiteral("Pressure washer")},
                                 {QStringLiteral("Ä-12"), QStringLiteral("Heckenschere für Hecken")}};
    const Status written = labels::writeLabelSheet(pdfPath(), specs, sheetNamed("L7160"));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QVERIFY(readFile(pdfPath()).startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(pdfPath()), 1);
    const QString text = pdfText(pdfPath());
    for (const LabelSpec &spec : specs) {
        QVERIFY2(text.contains(spec.assetTag), qPrintable(spec.assetTag + QStringLiteral(" not in: ") + text));
        QVERIFY2(text.contains(spec.name), qPrintable(spec.name + QStringLiteral(" not in: ") + text));
    }
    QCOMPARE(codesByPosition(pdfPath(), 1, sheetNamed("L7160"), 1, int(specs.size())), oneEach(specs));
    // The rest of the sheet is blank.
    QCOMPARE(pdfQrCodes(pdfPath(), 1, {QRectF(0, cell(sheetNamed("L7160"), 7).top(), 210, 200)}), QList<QStringList>{{}});
}

void TestToolLabels::everySheetReadsBack_data()
{
    QTest::addColumn<QString>("sheet");
    for (const LabelTemplate &sheet : labels::templates())
        QTest::newRow(qPrintable(sheet.name)) << sheet.name;
}

// A full sheet of each kind: every code reads back, and each one from
// inside its own label.
void TestToolLabels::everySheetReadsBack()
{
    QFETCH(QString, sheet);
    const LabelTemplate geometry = *labels::templateNamed(sheet);
    const QList<LabelSpec> specs = numberedLabels(geometry.labelsPerSheet(), QStringLiteral("TOOL-"));
    const Status written = labels::writeLabelSheet(pdfPath(), specs, geometry);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(pdfPageCount(pdfPath()), 1);
    QCOMPARE(codesByPosition(pdfPath(), 1, geometry, 1, geometry.labelsPerSheet()), oneEach(specs));
    // The tag as text is inside its label too.
    for (const PdfWord &word : pdfWords(pdfPath())) {
        if (!word.text.startsWith(QLatin1String("TOOL-")))
            continue;
        const int position = word.text.mid(5).toInt();
        QVERIFY2(cell(geometry, position).contains(word.box), qPrintable(word.text));
    }
}

void TestToolLabels::manyLabelsTakeMorePages()
{
    const QList<LabelSpec> specs = numberedLabels(50);
    const Status written = labels::writeLabelSheet(pdfPath(), specs, sheetNamed("L7160"));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(pdfPageCount(pdfPath()), 3); // 21 + 21 + 8
    const LabelTemplate sheet = sheetNamed("L7160");
    QCOMPARE(codesByPosition(pdfPath(), 1, sheet, 1, 21), oneEach(specs.mid(0, 21)));
    QCOMPARE(codesByPosition(pdfPath(), 2, sheet, 1, 21), oneEach(specs.mid(21, 21)));
    QCOMPARE(codesByPosition(pdfPath(), 3, sheet, 1, 21), oneEach(specs.mid(42)) + QList<QStringList>(13));
    QList<int> pagesOfT050;
    for (const PdfWord &word : pdfWords(pdfPath())) {
        if (word.text == QLatin1String("T-050"))
            pagesOfT050.append(word.page);
    }
    QCOMPARE(pagesOfT050, QList<int>{3});
}

void TestToolLabels::startPositionLeavesUsedLabelsBlank()
{
    const LabelTemplate sheet = sheetNamed("L7163"); // 2 across, 7 down
    const QList<LabelSpec> specs = numberedLabels(3);
    const Status written = labels::writeLabelSheet(pdfPath(), specs, sheet, 13);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(pdfPageCount(pdfPath()), 2);
    // Positions 13 and 14 (the last row) on the first page, then the top
    // left label of the next.
    QCOMPARE(codesByPosition(pdfPath(), 1, sheet, 13, 2), oneEach(specs.mid(0, 2)));
    QCOMPARE(codesByPosition(pdfPath(), 2, sheet, 1, 2), oneEach(specs.mid(2)) + QList<QStringList>{{}});
    QCOMPARE(pdfQrCodes(pdfPath(), 1, {QRectF(0, 0, 210, cell(sheet, 13).top())}), QList<QStringList>{{}});
    QCOMPARE(pdfQrCodes(pdfPath(), 2, {QRectF(0, cell(sheet, 2).bottom(), 210, 297 - cell(sheet, 2).bottom())}), QList<QStringList>{{}});
    for (const PdfWord &word : pdfWords(pdfPath())) {
        if (word.text == QLatin1String("T-001"))
            QVERIFY(word.page == 1 && cell(sheet, 13).contains(word.box));
        if (word.text == QLatin1String("T-003"))
            QVERIFY(word.page == 2 && cell(sheet, 1).contains(word.box));
    }
}

void TestToolLabels::longNamesStayInsideTheirLabel()
{
    const QString longName = QStringLiteral("Heavy petrol chainsaw with a 45 cm bar, spare chain, chain oil, "
                                            "protective trousers, helmet with visor and ear defenders, in its carrying case");
    const QList<LabelSpec> specs{{QStringLiteral("CS-1"), longName}, {QStringLiteral("CS-2"), QStringLiteral("Saw")}};
    // On the large labels the name is shrunk until it fits whole; on the
    // small ones it is cut short with an ellipsis.
    for (const auto &[name, whole] : {std::pair{"L7160", true}, std::pair{"L7651", false}}) {
        const LabelTemplate sheet = sheetNamed(name);
        const Status written = labels::writeLabelSheet(pdfPath(), specs, sheet);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QStringList texts;
        for (const PdfWord &word : pdfWords(pdfPath())) {
            texts.append(word.text);
            // Every word lies inside the first two labels.
            QVERIFY2(cell(sheet, 1).contains(word.box) || cell(sheet, 2).contains(word.box), qPrintable(QStringLiteral("%1: %2").arg(name, word.text)));
        }
        const QString all = texts.join(QLatin1Char(' '));
        QVERIFY2(texts.contains(QStringLiteral("CS-1")) && texts.contains(QStringLiteral("CS-2")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("Heavy")) && texts.contains(QStringLiteral("Saw")), qPrintable(all));
        QCOMPARE(texts.contains(QStringLiteral("case")), whole);
        QCOMPARE(all.contains(QChar(0x2026)), !whole);
        QCOMPARE(codesByPosition(pdfPath(), 1, sheet, 1, 2), oneEach(specs));
    }
}

void TestToolLabels::aLabelWithoutANameCentresItsTag()
{
    const LabelTemplate sheet = sheetNamed("L7163");
    const Status written = labels::writeLabelSheet(pdfPath(), {{QStringLiteral("N-1"), QString()}}, sheet);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const QList<PdfWord> words = pdfWords(pdfPath());
    QCOMPARE(words.size(), 1);
    QCOMPARE(words.first().text, QStringLiteral("N-1"));
    QVERIFY2(std::abs(words.first().box.center().y() - cell(sheet, 1).center().y()) < 1.0,
             qPrintable(QStringLiteral("%1 mm from the middle").arg(words.first().box.center().y() - cell(sheet, 1).center().y())));
    QCOMPARE(codesByPosition(pdfPath(), 1, sheet, 1, 1), QList<QStringList>{{QStringLiteral("N-1")}});
}

void TestToolLabels::badInputsWriteNothing_data()
{
    QTest::addColumn<QList<LabelSpec>>("specs");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<int>("start");
    QTest::addColumn<QString>("named");
    QTest::newRow("no labels") << QList<LabelSpec>{} << QStringLiteral("L7160") << 1 << QStringLiteral("no labels");
    QTest::newRow("start 0") << numberedLabels(2) << QStringLiteral("L7160") << 0 << QStringLiteral("1 to 21");
    QTest::newRow("start past the sheet") << numberedLabels(2) << QStringLiteral("L7160") << 22 << QStringLiteral("22");
    QTest::newRow("start past a small sheet") << numberedLabels(2) << QStringLiteral("L7163") << 15 << QStringLiteral("1 to 14");
    QTest::newRow("empty tag") << QList<LabelSpec>{{QStringLiteral("A-1"), QStringLiteral("Drill")}, {QStringLiteral(" "), QStringLiteral("Saw")}}
                               << QStringLiteral("L7160") << 1 << QStringLiteral("Label 2");
    QTest::newRow("tag too long for a QR code") << QList<LabelSpec>{{QStringLiteral("A-1"), QStringLiteral("Drill")},
                                                                    {QString(8000, QLatin1Char('x')), QStringLiteral("Saw")}}
                                                << QStringLiteral("L7160") << 1 << QStringLiteral("too long");
}

void TestToolLabels::badInputsWriteNothing()
{
    QFETCH(QList<LabelSpec>, specs);
    QFETCH(QString, sheet);
    QFETCH(int, start);
    QFETCH(QString, named);
    // A file already there stays as it was.
    writeFile(pdfPath(), "the old sheet");
    const Status written = labels::writeLabelSheet(pdfPath(), specs, *labels::templateNamed(sheet), start);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(written.error().message.contains(named), qPrintable(written.error().message));
    QCOMPARE(readFile(pdfPath()), QByteArray("the old sheet"));
    // No temporary file of QSaveFile is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("labels.pdf.*")}, QDir::Files), QStringList{});

    const Status notCreated = labels::writeLabelSheet(pdfPath(QStringLiteral("new.pdf")), specs, *labels::templateNamed(sheet), start);
    QVERIFY(!notCreated);
    QVERIFY(!QFile::exists(pdfPath(QStringLiteral("new.pdf"))));
}

void TestToolLabels::cancelledWritesNothing()
{
    int calls = 0;
    const Status written = labels::writeLabelSheet(pdfPath(QStringLiteral("cancelled.pdf")), numberedLabels(30), sheetNamed("L7160"), 1,
                                                   [&calls](int done, int total) {
                                                       ++calls;
                                                       return !(done == 25 && total == 30);
                                                   });
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Cancelled);
    QCOMPARE(calls, 25);
    QVERIFY(!QFile::exists(pdfPath(QStringLiteral("cancelled.pdf"))));

    const Status unwritable = labels::writeLabelSheet(m_dir.filePath(QStringLiteral("no/such/folder/labels.pdf")), numberedLabels(1), sheetNamed("L7160"));
    QVERIFY(!unwritable);
    QCOMPARE(unwritable.error().code, ErrorCode::IoError);
    QVERIFY2(unwritable.error().message.contains(QLatin1String("no/such/folder")), qPrintable(unwritable.error().message));
}

void TestToolLabels::writesToADevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    int last = 0;
    const Status written = labels::writeLabelSheet(buffer, numberedLabels(3), sheetNamed("L7651"), 64, [&last](int done, int total) {
        last = done;
        return total == 3;
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(last, 3);
    writeFile(pdfPath(QStringLiteral("buffer.pdf")), buffer.data());
    QCOMPARE(pdfPageCount(pdfPath(QStringLiteral("buffer.pdf"))), 2);
    const QList<LabelSpec> specs = numberedLabels(3);
    QCOMPARE(codesByPosition(pdfPath(QStringLiteral("buffer.pdf")), 1, sheetNamed("L7651"), 64, 2), oneEach(specs.mid(0, 2)));
    QCOMPARE(codesByPosition(pdfPath(QStringLiteral("buffer.pdf")), 2, sheetNamed("L7651"), 1, 1), oneEach(specs.mid(2)));
}

QTEST_MAIN(TestToolLabels)
#include "tst_toollabels.moc"
