// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mycelium::test {

// Reads a whole file; empty when missing.
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// Flips every bit of one byte in place.
void flipByte(const QString &path, qint64 offset);
void truncateFile(const QString &path, qint64 size);
// The permission bits of a file (e.g. 0600).
int fileMode(const QString &path);

} // namespace mycelium::test
