// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The members with balance and status. Typing searches (number or a part of
// the name, as at the hall); Down goes into the list, Enter opens a member.
FocusScope {
    id: page

    signal openMember(real number)
    readonly property alias addDialog: addDialog

    function focusFirstField() {
        searchField.forceActiveFocus()
    }

    MemberListModel {
        id: members
        ledger: LedgerController
        filter: searchField.text
    }

    Connections {
        target: LedgerController
        function onOperationFinished(operation, ok, message, number) {
            if (operation === "addMember" && ok) {
                page.lastMessage = message
                searchField.clear()
                const row = members.rowOfNumber(number)
                if (row >= 0) {
                    list.currentIndex = row
                    list.positionViewAtIndex(row, ListView.Contain)
                }
            }
        }
    }

    property string lastMessage

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: 1000
            spacing: Theme.spacing

            Heading {
                text: qsTr("Members")
            }
            SecondaryLabel {
                objectName: "memberCount"
                Layout.fillWidth: false
                text: searchField.text.length > 0 ? qsTr("%1 of %2").arg(members.count).arg(members.memberCount)
                    : members.memberCount === 1 ? qsTr("1 member") : qsTr("%1 members").arg(members.memberCount)
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "addMemberButton"
                text: qsTr("Add member…")
                Accessible.name: qsTr("Add a member")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: addDialog.open()
            }
        }

        TextField {
            id: searchField
            objectName: "memberSearchField"
            focus: true
            Layout.fillWidth: true
            Layout.maximumWidth: 1000
            placeholderText: qsTr("Search by number or name")
            inputMethodHints: Qt.ImhNoPredictiveText
            selectByMouse: true
            Accessible.name: qsTr("Search members")
            Accessible.description: qsTr("Type a member number or a part of a name; Down goes to the list, Enter opens the first member")
            Keys.onDownPressed: {
                list.forceActiveFocus()
                if (list.currentIndex < 0 && list.count > 0)
                    list.currentIndex = 0
            }
            Keys.onEscapePressed: (event) => {
                event.accepted = text.length > 0
                clear()
            }
            onTextChanged: list.currentIndex = list.count > 0 ? 0 : -1
            onAccepted: {
                if (list.count > 0)
                    page.openMember(members.numberAt(Math.max(0, list.currentIndex)))
            }
        }

        InlineMessage {
            objectName: "membersMessage"
            Layout.maximumWidth: 1000
            type: InlineMessage.Positive
            text: page.lastMessage
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

                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 48
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("No.")
                    }
                    SecondaryLabel {
                        text: qsTr("Name")
                    }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 100
                        text: qsTr("Status")
                    }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 120
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("Balance")
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)
                }

                ListView {
                    id: list
                    objectName: "memberList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: members
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    currentIndex: count > 0 ? 0 : -1
                    boundsBehavior: Flickable.StopAtBounds
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Members")
                    ScrollBar.vertical: ScrollBar {}

                    Keys.onReturnPressed: if (currentIndex >= 0) page.openMember(members.numberAt(currentIndex))
                    Keys.onEnterPressed: if (currentIndex >= 0) page.openMember(members.numberAt(currentIndex))
                    Keys.onUpPressed: (event) => {
                        if (currentIndex <= 0)
                            searchField.forceActiveFocus()
                        else
                            decrementCurrentIndex()
                    }

                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property var number
                        required property string name
                        required property string statusText
                        required property bool active
                        required property bool hasPin
                        required property var balance
                        required property string balanceText
                        required property string accessibleText

                        width: ListView.view.width
                        leftPadding: Theme.spacing
                        rightPadding: Theme.spacing + 12
                        highlighted: ListView.isCurrentItem && list.activeFocus
                        focusPolicy: Qt.NoFocus
                        Accessible.name: accessibleText
                        onClicked: {
                            list.currentIndex = index
                            page.openMember(number)
                        }

                        background: Rectangle {
                            color: row.highlighted ? row.palette.highlight
                                 : row.ListView.isCurrentItem ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.15)
                                 : row.hovered ? Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.05)
                                 : "transparent"
                        }

                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            Label {
                                Layout.preferredWidth: 48
                                horizontalAlignment: Text.AlignRight
                                text: row.number
                                color: row.highlighted ? row.palette.highlightedText : row.palette.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.name
                                elide: Text.ElideRight
                                color: row.highlighted ? row.palette.highlightedText : row.palette.text
                            }
                            Item {
                                Layout.preferredWidth: 100
                                implicitHeight: badge.implicitHeight
                                StatusBadge {
                                    id: badge
                                    visible: !row.active
                                    text: row.statusText
                                    accent: Theme.negative
                                }
                                Label {
                                    visible: row.active
                                    text: row.statusText
                                    opacity: 0.7
                                    color: row.highlighted ? row.palette.highlightedText : row.palette.text
                                }
                            }
                            Label {
                                Layout.preferredWidth: 120
                                horizontalAlignment: Text.AlignRight
                                text: row.balanceText
                                // A negative balance is a promise to give, not a fault: no red.
                                color: row.highlighted ? row.palette.highlightedText : row.palette.text
                            }
                        }
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.largeSpacing
                        visible: list.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        text: searchField.text.length > 0 ? qsTr("No member matches “%1”.").arg(searchField.text)
                                                          : qsTr("No members yet. Add the first one with “Add member…”.")
                    }
                }
            }
        }
    }

    AddMemberDialog {
        id: addDialog
        objectName: "addMemberDialog"
        onClosed: searchField.forceActiveFocus()
    }
}
