// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The loans past their due date, most days late first: the item, who has it
// and how to reach them, the due date, days late and the fee so far. Read
// afresh whenever the tab comes into view.
FocusScope {
    id: page

    readonly property alias overdue: overdue

    function focusFirstField() {
        list.forceActiveFocus()
    }

    onVisibleChanged: if (visible) overdue.reload()

    OverdueModel {
        id: overdue
        ledger: LedgerController
    }

    component Cell: Label {
        property bool highlightedRow: false
        color: highlightedRow ? palette.highlightedText : palette.text
        elide: Text.ElideRight
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: 1000
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: false
                text: qsTr("Overdue")
            }
            SecondaryLabel {
                objectName: "overdueCount"
                Layout.fillWidth: false
                text: overdue.count === 0 ? qsTr("none")
                    : overdue.count === 1 ? qsTr("1 loan, fees so far %1").arg(overdue.totalFeeText)
                    : qsTr("%1 loans, fees so far %2").arg(overdue.count).arg(overdue.totalFeeText)
            }
            Item { Layout.fillWidth: true }
        }

        InlineMessage {
            objectName: "overdueError"
            Layout.maximumWidth: 1000
            type: InlineMessage.Error
            text: overdue.error
        }

        Control {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: 1000
            padding: 1

            background: Rectangle {
                color: palette.base
                border.color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.2)
                radius: Theme.radius
            }

            contentItem: ColumnLayout {
                spacing: 0

                // Column titles.
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacing
                    Layout.rightMargin: Theme.spacing + 12
                    Layout.topMargin: Theme.smallSpacing
                    Layout.bottomMargin: Theme.smallSpacing
                    spacing: Theme.spacing

                    SecondaryLabel { text: qsTr("Item, borrower and contact") }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 110
                        text: qsTr("Due")
                    }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 80
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("Days late")
                    }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 90
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("Fee so far")
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)
                }

                ListView {
                    id: list
                    objectName: "overdueList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: overdue
                    focus: true
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    currentIndex: count > 0 ? 0 : -1
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Overdue loans")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string itemLabel
                        required property string memberLabel
                        required property string contact
                        required property string dueText
                        required property int daysLate
                        required property string feeText
                        required property string accessibleText

                        width: ListView.view.width
                        leftPadding: Theme.spacing
                        rightPadding: Theme.spacing + 12
                        highlighted: ListView.isCurrentItem && list.activeFocus
                        focusPolicy: Qt.NoFocus
                        Accessible.name: accessibleText
                        onClicked: list.currentIndex = index

                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Cell {
                                    Layout.fillWidth: true
                                    highlightedRow: row.highlighted
                                    text: row.itemLabel
                                    font.weight: Font.DemiBold
                                }
                                Cell {
                                    Layout.fillWidth: true
                                    highlightedRow: row.highlighted
                                    text: qsTr("%1 · %2").arg(row.memberLabel).arg(row.contact.length > 0 ? row.contact : qsTr("no contact"))
                                }
                            }
                            Cell {
                                Layout.preferredWidth: 110
                                Layout.alignment: Qt.AlignTop
                                highlightedRow: row.highlighted
                                text: row.dueText
                            }
                            Cell {
                                Layout.preferredWidth: 80
                                Layout.alignment: Qt.AlignTop
                                horizontalAlignment: Text.AlignRight
                                highlightedRow: row.highlighted
                                text: row.daysLate
                                font.weight: Font.DemiBold
                                color: row.highlighted ? palette.highlightedText : Theme.negative
                            }
                            Cell {
                                Layout.preferredWidth: 90
                                Layout.alignment: Qt.AlignTop
                                horizontalAlignment: Text.AlignRight
                                highlightedRow: row.highlighted
                                text: row.feeText
                            }
                        }
                    }

                    Label {
                        objectName: "overdueEmpty"
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.largeSpacing
                        visible: list.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        text: qsTr("Nothing is overdue: every item that is out is within its loan period.")
                    }
                }
            }
        }
    }
}
