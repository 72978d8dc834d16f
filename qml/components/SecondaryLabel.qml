// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Explanations under a title or a field: the same colour as the text,
// a little lighter, so that it follows light and dark palettes.
Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    opacity: 0.75
}
