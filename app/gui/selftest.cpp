// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include <QDirIterator>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QUrl>

#include <cstdio>

namespace mycelium {

int runQmlSelfTest(QQmlEngine &engine)
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/Mycelium"), {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();

    if (files.isEmpty()) {
        std::fprintf(stderr, "self-test: no QML files under :/Mycelium\n");
        return 1;
    }
    int failures = 0;
    for (const QString &file : std::as_const(files)) {
        const QUrl url(QStringLiteral("qrc") + file);
        QQmlComponent component(&engine, url);
        if (component.isError()) {
            ++failures;
            std::fprintf(stderr, "FAIL %s\n", qPrintable(url.toString()));
            for (const QQmlError &error : component.errors())
                std::fprintf(stderr, "     %s\n", qPrintable(error.toString()));
        } else {
            std::fprintf(stdout, "ok   %s\n", qPrintable(url.toString()));
        }
    }
    std::fprintf(stdout, "self-test: %lld files, %d failed\n", static_cast<long long>(files.size()), failures);
    return failures == 0 ? 0 : 1;
}

} // namespace mycelium
