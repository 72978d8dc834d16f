// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledgercontroller.h"

#include <QByteArray>
#include <QPointer>
#include <QQuickImageProvider>

class QQmlEngine;

namespace mycelium {

// Serves items' photos from the vault as image://toolphoto/TAG (anything
// after '?' only makes the URL new when the photo changes), so that no
// photo is ever written outside the encrypted file.
class ToolPhotoProvider : public QQuickImageProvider
{
public:
    explicit ToolPhotoProvider(LedgerController *ledger);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // Adds the provider to the engine that runs `object`, once.
    static void installFor(QObject *object, LedgerController *ledger);

private:
    QPointer<LedgerController> m_ledger;
};

// A photo made small enough to keep: at most kPhotoSide pixels on its long
// side, as JPEG. Empty with `error` set when the file is not an image.
inline constexpr int kPhotoSide = 1280;
QByteArray photoForVault(const QString &path, QString *error);

} // namespace mycelium
