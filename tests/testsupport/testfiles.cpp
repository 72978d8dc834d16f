// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testfiles.h"

#include <QFile>

#include <sys/stat.h>

namespace mycelium::test {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

void flipByte(const QString &path, qint64 offset)
{
    QByteArray bytes = readFile(path);
    if (offset < bytes.size())
        bytes[offset] = char(~bytes[offset]);
    writeFile(path, bytes);
}

void truncateFile(const QString &path, qint64 size)
{
    QFile file(path);
    file.resize(size);
}

int fileMode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace mycelium::test
