// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace mycelium {

// What one label shows: the asset tag as a QR code and as text, and the
// item's name (shrunk, wrapped and at last elided to fit; left out on a label
// too small for it).
struct LabelSpec {
    QString assetTag;
    QString name;
};

// A sheet of self-adhesive labels on A4 paper, as its maker publishes it:
// the size of one label, the margins to the first one and the pitch (the
// distance from one label to the same edge of the next). Millimetres.
struct LabelTemplate {
    QString name; // what --sheet takes: "L7160"
    QString description; // for people, translated
    int columns = 0;
    int rows = 0;
    double labelWidth = 0;
    double labelHeight = 0;
    double topMargin = 0;
    double leftMargin = 0;
    double horizontalPitch = 0;
    double verticalPitch = 0;

    int labelsPerSheet() const { return columns * rows; }
};

// Called after each label with how many are drawn; return false to cancel.
using LabelProgress = std::function<bool(int done, int total)>;

namespace labels {

// The sheets we know, the most common first (L7160).
QList<LabelTemplate> templates();
// A sheet by its name, in any case.
std::optional<LabelTemplate> templateNamed(const QString &name);

// How many pages the labels take when the first one goes to startPosition
// (1 is the top left label; positions run across, then down).
int pageCount(int labels, const LabelTemplate &sheet, int startPosition = 1);

// Draws the labels onto A4 pages in PDF, one after the other from
// startPosition, so that a partly used sheet can be used up; further
// labels go onto more pages. The QR codes (libqrencode, error correction
// level M) are drawn as vector squares with their quiet zone of four
// modules, so they stay sharp in print. Needs a QGuiApplication (fonts).
// Refused (InvalidArgument) with no labels, an empty tag, or a start
// position outside the sheet; Cancelled when progress says so.
Status writeLabelSheet(QIODevice &pdf, const QList<LabelSpec> &labels, const LabelTemplate &sheet, int startPosition = 1,
                       const LabelProgress &progress = {});
// The same into a file, replaced atomically (QSaveFile): on any error the
// file is left as it was.
Status writeLabelSheet(const QString &pdfPath, const QList<LabelSpec> &labels, const LabelTemplate &sheet, int startPosition = 1,
                       const LabelProgress &progress = {});

} // namespace labels
} // namespace mycelium
