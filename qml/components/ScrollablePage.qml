// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// A page whose content scrolls, with page margins and a readable width.
// When Tab moves the focus to a field out of view, the page scrolls to it.
ScrollView {
    id: page

    default property alias content: column.data
    property int maximumWidth: Theme.pageWidth
    // The width the content gets.
    readonly property alias contentColumnWidth: column.width

    contentWidth: availableWidth
    clip: true

    Item {
        width: page.availableWidth
        implicitHeight: column.implicitHeight + 2 * Theme.pageMargin

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(parent.width - 2 * Theme.pageMargin, page.maximumWidth)
            spacing: Theme.largeSpacing
        }
    }

    function isInside(item) {
        for (let p = item; p; p = p.parent) {
            if (p === column)
                return true
        }
        return false
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.activeFocusItem
            if (!item || !page.visible || !page.isInside(item))
                return
            const flickable = page.contentItem
            const top = item.mapToItem(column, 0, 0).y + Theme.pageMargin - Theme.spacing
            const bottom = top + item.height + 2 * Theme.spacing
            if (top < flickable.contentY)
                flickable.contentY = top
            else if (bottom > flickable.contentY + flickable.height)
                flickable.contentY = Math.min(bottom - flickable.height, flickable.contentHeight - flickable.height)
        }
    }
}
