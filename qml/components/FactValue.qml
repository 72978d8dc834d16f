// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The value of a fact beside its FactLabel; long values wrap.
Label {
    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop
    wrapMode: Text.Wrap
}
