// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace mycelium::test {

// Looks into a PDF with the programs a person would use: pdfinfo, pdftotext
// and pdftoppm (poppler-utils), and zbarimg (zbar-tools) to read the QR codes
// of a page rendered at 300 dpi. packaging/dev.sh test installs both.

// The programs of the list that are not on PATH, for a message; empty when
// all are there.
QString missingPdfTools();

int pdfPageCount(const QString &pdf); // -1 when pdfinfo fails
// The text of every page (pdftotext), whitespace runs made single spaces.
QString pdfText(const QString &pdf);

struct PdfWord {
    int page = 0; // from 1
    QRectF box; // in millimetres from the top left of the page
    QString text;
};
QList<PdfWord> pdfWords(const QString &pdf); // pdftotext -bbox

// The QR codes zbarimg reads on one page (from 1) rendered at 300 dpi by
// pdftoppm, sorted. zbarimg misses some codes on a page that holds many of
// them, so a sheet of labels is read one label at a time: one list for each
// area (millimetres from the top left of the page; a null one is the whole
// page).
QList<QStringList> pdfQrCodes(const QString &pdf, int page, const QList<QRectF> &areasMm);
// The whole page at once: for a page of a few codes, or none.
QStringList pdfQrCodes(const QString &pdf, int page);

} // namespace mycelium::test
