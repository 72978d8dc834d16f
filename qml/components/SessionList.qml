// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A list of sessions (a SessionModel): who gives to whom, what, the hours
// and the amount, and where it stands. `activated(row)` on Enter or a click.
ListView {
    id: list

    property string emptyText

    signal activated(int row)

    clip: true
    spacing: 2
    keyNavigationEnabled: true
    highlightMoveDuration: 0
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    ScrollBar.vertical: ScrollBar { }
    Keys.onReturnPressed: if (count > 0) activated(currentIndex)
    Keys.onEnterPressed: if (count > 0) activated(currentIndex)

    SecondaryLabel {
        anchors.fill: parent
        anchors.margins: Theme.smallSpacing
        visible: list.count === 0
        text: list.emptyText
    }

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string providerText
        required property string receiverText
        required property string description
        required property string hoursText
        required property string amountText
        required property string detailText
        required property bool mentoring
        required property string accessibleText
        objectName: list.objectName + "-" + index
        width: list.width
        focusPolicy: Qt.NoFocus
        highlighted: list.currentIndex === index && list.activeFocus
        padding: Theme.smallSpacing
        leftPadding: Theme.spacing
        Accessible.role: Accessible.ListItem
        Accessible.name: accessibleText
        onClicked: {
            list.currentIndex = index
            list.forceActiveFocus()
            list.activated(index)
        }
        background: Rectangle {
            radius: Theme.radius
            color: row.highlighted ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.25)
                                   : list.currentIndex === row.index ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.08)
                                   : row.palette.base
            border.color: row.highlighted ? row.palette.highlight
                          : Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.12)
        }
        contentItem: RowLayout {
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 → %2").arg(row.providerText).arg(row.receiverText)
                    elide: Text.ElideRight
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    text: row.description
                    elide: Text.ElideRight
                }
                SecondaryLabel {
                    text: row.mentoring ? qsTr("%1 · mentorship").arg(row.detailText) : row.detailText
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                }
            }
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 2
                Label {
                    Layout.alignment: Qt.AlignRight
                    text: row.amountText
                    font.weight: Font.DemiBold
                }
                SecondaryLabel {
                    Layout.alignment: Qt.AlignRight
                    Layout.fillWidth: false
                    text: row.hoursText
                }
            }
        }
    }
}
