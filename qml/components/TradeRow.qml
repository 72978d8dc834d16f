// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// One line of the ledger (or its column titles): one fixed height and no
// wrapping, so that a long list scrolls without measuring anything.
Rectangle {
    id: row

    property bool header: false
    property bool current: false
    property bool striped: false
    property bool reversal: false
    property string rowDate
    property string rowNumber
    property string rowPayer
    property string rowPayee
    property string rowAmount
    property string rowCategory
    property string rowMemo

    implicitHeight: 32
    color: current ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.25)
         : striped ? Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.04)
         : "transparent"
    Accessible.role: header ? Accessible.ColumnHeader : Accessible.ListItem

    FontMetrics {
        id: digits
    }

    component Cell: Label {
        Layout.fillHeight: true
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing + 8
        spacing: Theme.spacing - 2
        opacity: row.header ? 0.75 : 1

        Cell {
            Layout.preferredWidth: 78
            text: row.rowDate
        }
        Cell {
            // Room for a reversal of trade 9,999,999.
            Layout.preferredWidth: digits.advanceWidth("↩ 0000000")
            horizontalAlignment: Text.AlignRight
            text: row.reversal ? "↩ " + row.rowNumber : row.rowNumber
        }
        Cell {
            Layout.preferredWidth: 128
            text: row.rowPayer
        }
        Cell {
            Layout.preferredWidth: 128
            text: row.rowPayee
        }
        Cell {
            Layout.preferredWidth: 70
            horizontalAlignment: Text.AlignRight
            text: row.rowAmount
            font.weight: row.header ? Font.Normal : Font.DemiBold
        }
        Cell {
            Layout.preferredWidth: 76
            text: row.rowCategory
        }
        Cell {
            Layout.fillWidth: true
            Layout.minimumWidth: 60
            text: row.rowMemo
        }
    }
}
