// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/toolphotoprovider.h"
#include "tools/tools.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QQmlEngine>

namespace mycelium {

ToolPhotoProvider::ToolPhotoProvider(LedgerController *ledger) : QQuickImageProvider(QQuickImageProvider::Image), m_ledger(ledger) { }

QImage ToolPhotoProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image;
    Database *db = m_ledger ? m_ledger->database() : nullptr;
    if (db) {
        auto stored = tools::photo(*db, QUrl::fromPercentEncoding(id.section(QLatin1Char('?'), 0, 0).toUtf8()));
        if (stored && *stored)
            image = QImage::fromData((*stored)->bytes);
    }
    // QML may ask for a width or a height alone (the other is 0).
    if (!image.isNull() && requestedSize.width() > 0 && requestedSize.height() > 0)
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (!image.isNull() && requestedSize.width() > 0)
        image = image.scaledToWidth(requestedSize.width(), Qt::SmoothTransformation);
    else if (!image.isNull() && requestedSize.height() > 0)
        image = image.scaledToHeight(requestedSize.height(), Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

void ToolPhotoProvider::installFor(QObject *object, LedgerController *ledger)
{
    QQmlEngine *engine = qmlEngine(object);
    if (engine && !engine->imageProvider(QStringLiteral("toolphoto")))
        engine->addImageProvider(QStringLiteral("toolphoto"), new ToolPhotoProvider(ledger));
}

QByteArray photoForVault(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's photo stands the right way up
    QImage image = reader.read();
    if (image.isNull()) {
        *error = QCoreApplication::translate("mycelium::ToolPhoto", "%1 is not an image that can be read (%2).").arg(path, reader.errorString());
        return {};
    }
    if (std::max(image.width(), image.height()) > kPhotoSide)
        image = image.scaled(kPhotoSide, kPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace mycelium
