// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/assemblyreport.h"
#include "common/result.h"

#include <QString>

#include <functional>

namespace mycelium::reports {

// Writes the assembly report as an A4 PDF: a cover with the period and
// every light (symbol and word beside the colour), then a page per section —
// each resource (its chart against the threshold with the bands shaded, its
// permits table), each indicator (chart and table), the ecological balance,
// the emergency overrides, the top regeneration actions. Written through
// QSaveFile, so a failure leaves no half file. `progress(done, total)` is
// called after each page; returning false cancels (ErrorCode::Cancelled).
// Needs a QGuiApplication (fonts); safe to call on a worker thread.
Status writeAssemblyReportPdf(const AssemblyReportData &data, const QString &path,
                              const std::function<bool(int done, int total)> &progress = {});

} // namespace mycelium::reports
