// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// A single card in the middle of the window, for the screens before the
// vault is open. It scrolls when the window is too small for it.
ScrollView {
    id: scroll

    default property alias content: card.content
    property int maximumWidth: Theme.formWidth

    contentWidth: availableWidth
    contentHeight: card.implicitHeight + 2 * Theme.pageMargin
    clip: true

    Item {
        width: scroll.contentWidth
        height: Math.max(scroll.availableHeight, scroll.contentHeight)

        Card {
            id: card
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.pageMargin, scroll.maximumWidth)
        }
    }
}
