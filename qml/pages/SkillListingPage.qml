// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The match view of one offer or want: its facts, Withdraw…, and its best
// matches, each with the reason it ranks where it does. Enter on a match
// (or Plan session…) opens the session form filled in from both sides;
// nothing is booked until the coordinator confirms it there. Escape or
// Alt+Left goes back to the board.
FocusScope {
    id: page

    property SkillsController skills
    property alias listingId: details.listingId
    readonly property alias details: details
    readonly property alias matchList: matchList
    readonly property alias withdrawDialog: withdrawDialog

    signal back()
    signal planSession(real listingId, real matchListingId)
    signal withdrawn(string message)

    function focusFirstField() {
        if (matchList.count > 0)
            matchList.forceActiveFocus()
        else
            backButton.forceActiveFocus()
    }
    function planWith(row) {
        page.planSession(details.listingId, details.matches.idAt(row))
    }

    Keys.onEscapePressed: page.back()
    Shortcut {
        sequences: [StandardKey.Back]
        enabled: page.visible
        onActivated: page.back()
    }

    SkillListingDetails {
        id: details
        skills: page.skills
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: Theme.pageMargin
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                id: backButton
                objectName: "skillBackButton"
                text: qsTr("‹ Board")
                flat: true
                Accessible.name: qsTr("Back to the board")
                Accessible.description: qsTr("Escape or Alt+Left")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Back to the board (Escape or Alt+Left)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: page.back()
            }
            Heading {
                objectName: "skillListingTitle"
                Layout.fillWidth: true
                text: details.title
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
            StatusBadge {
                text: details.statusText
                accent: details.active ? Theme.positive : Theme.warning
            }
        }

        Label {
            objectName: "skillListingDescription"
            Layout.fillWidth: true
            text: details.description
            wrapMode: Text.Wrap
        }
        // The facts, two to a line where there is room.
        Flow {
            objectName: "skillListingFacts"
            Layout.fillWidth: true
            spacing: Theme.largeSpacing
            Repeater {
                model: details.facts
                delegate: Column {
                    required property var modelData
                    spacing: 0
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                    SecondaryLabel { text: modelData.label; wrapMode: Text.NoWrap }
                    Label { text: modelData.value }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "skillPlanButton"
                text: qsTr("Plan session…")
                enabled: details.active
                Accessible.name: matchList.count > 0 ? qsTr("Plan a session with the selected match") : qsTr("Plan a session")
                Accessible.description: qsTr("Enter on a match")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Plan a session with the selected match (Enter on a match)")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: matchList.count > 0 ? page.planWith(Math.max(0, matchList.currentIndex))
                                               : page.planSession(details.listingId, 0)
            }
            Button {
                objectName: "skillWithdrawButton"
                text: qsTr("Withdraw…")
                enabled: details.active
                Accessible.name: qsTr("Withdraw this listing from the board")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: withdrawDialog.open()
            }
            Item { Layout.fillWidth: true }
        }
        InlineMessage {
            type: InlineMessage.Error
            text: details.error
        }

        Heading {
            level: 2
            text: details.kind === "want" ? qsTr("Who could help") : qsTr("Who could use it")
        }
        SecondaryLabel {
            objectName: "skillMatchSummary"
            text: !details.active ? qsTr("This listing is not active: it has no matches.")
                : matchList.count === 0 ? qsTr("No matches yet: nobody who may trade lists these skills.")
                : matchList.count === 1 ? qsTr("One match, with why. A suggestion only: nothing is booked until a session is confirmed.")
                : qsTr("The best %1, best first, with why. Suggestions only: nothing is booked until a session is confirmed.").arg(matchList.count)
        }

        ListView {
            id: matchList
            objectName: "skillMatchList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: details.matches
            spacing: 2
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matches, best first")
            ScrollBar.vertical: ScrollBar { }
            Keys.onReturnPressed: if (count > 0) page.planWith(Math.max(0, currentIndex))
            Keys.onEnterPressed: if (count > 0) page.planWith(Math.max(0, currentIndex))

            delegate: ItemDelegate {
                id: matchRow
                required property int index
                required property int rank
                required property string memberText
                required property string tagsText
                required property string description
                required property string availabilityText
                required property string levelText
                required property string rateText
                required property string kindText
                required property bool mentorship
                required property string reason
                required property string accessibleText
                objectName: "skillMatch-" + index
                width: matchList.width
                focusPolicy: Qt.NoFocus
                highlighted: matchList.currentIndex === index && matchList.activeFocus
                padding: Theme.smallSpacing
                leftPadding: Theme.spacing
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText
                onClicked: {
                    matchList.currentIndex = index
                    page.planWith(index)
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: matchRow.highlighted ? Qt.rgba(matchRow.palette.highlight.r, matchRow.palette.highlight.g, matchRow.palette.highlight.b, 0.25)
                                                : matchRow.palette.base
                    border.color: matchRow.highlighted ? matchRow.palette.highlight
                                  : Qt.rgba(matchRow.palette.windowText.r, matchRow.palette.windowText.g, matchRow.palette.windowText.b, 0.12)
                }
                contentItem: RowLayout {
                    spacing: Theme.spacing
                    Label {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 28
                        text: matchRow.rank
                        font.pointSize: Theme.subheadingFontSize
                        font.weight: Font.Light
                        horizontalAlignment: Text.AlignRight
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Label {
                                objectName: "skillMatchMember-" + matchRow.index
                                text: matchRow.memberText
                                font.weight: Font.DemiBold
                            }
                            Label {
                                Layout.fillWidth: true
                                text: matchRow.tagsText
                                elide: Text.ElideRight
                            }
                            StatusBadge {
                                visible: matchRow.mentorship
                                text: qsTr("mentor")
                                accent: Theme.positive
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: matchRow.description
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "skillMatchReason-" + matchRow.index
                            Layout.fillWidth: true
                            text: matchRow.reason
                            wrapMode: Text.Wrap
                            font.italic: true
                        }
                    }
                }
            }
        }
    }

    SkillFormDialog {
        id: withdrawDialog
        objectName: "skillWithdrawDialog"
        skills: page.skills
        title: qsTr("Withdraw this listing?")
        operation: "withdrawListing"
        acceptText: qsTr("Withdraw")
        onSubmitted: skills.withdrawListing(details.listingId)
        onDone: (message, id) => page.withdrawn(message)

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("%1 by %2 leaves the board. Sessions already planned stay.").arg(details.title).arg(details.memberText)
        }
    }
}
