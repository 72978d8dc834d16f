// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioutput.h"

#include <QStringList>

namespace mycelium::cli {

// Runs one command line (without the program name): parses it, does the
// work, prints results on stdout and one "mycelium-cli: ..." sentence on
// stderr for an error. Returns the exit code.
int run(const QStringList &arguments);

// Whether the command line draws text (tool labels and report assembly write a PDF), and so
// needs a QGuiApplication rather than a QCoreApplication.
bool needsFonts(const QStringList &arguments);

} // namespace mycelium::cli
