// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/memory.h"

#include <QFile>
#include <QTest>

#include <memory>
#include <vector>

using namespace mycelium;

namespace {

// Resident anonymous memory of this process, in KiB.
qint64 residentAnonKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssAnon:"))
            return line.mid(8).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

class TestMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Many small blocks freed out of order stay with the allocator until
    // they are handed back: the case of a screen built and torn down.
    void freedMemoryGoesBack()
    {
        if (residentAnonKiB() < 0)
            QSKIP("no /proc/self/status here");
        // 16 KiB blocks (under glibc's mmap threshold, so on the heap), each
        // followed by a small one that stays: the holes cannot merge into
        // the top of the heap, which glibc would return by itself.
        std::vector<std::unique_ptr<char[]>> blocks;
        std::vector<std::unique_ptr<char[]>> pins;
        for (int i = 0; i < 6400; ++i) {
            blocks.emplace_back(new char[16 * 1024]);
            std::fill_n(blocks.back().get(), 16 * 1024, char(i));
            pins.emplace_back(new char[64]);
        }
        blocks.clear();
        const qint64 before = residentAnonKiB();
        releaseFreedMemory();
        const qint64 after = residentAnonKiB();
        // About 100 MiB were freed; most of it must leave.
        QVERIFY2(before - after > 50 * 1024, qPrintable(QStringLiteral("%1 KiB before, %2 KiB after").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
