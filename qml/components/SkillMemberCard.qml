// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// A member's skills on their page: their active offers and wants, their
// skills with who vouched or that the coordinator verified them, and the
// two ways to confirm one: Vouch… (another member) and Verify… (the
// coordinator). Verified skills lengthen the credit line.
Card {
    id: card

    property real memberNumber: -1
    property string memberName
    readonly property alias skills: skillsController
    readonly property alias memberSkills: memberSkills
    readonly property alias listings: listings
    readonly property alias verifyDialog: verifyDialog
    property string lastMessage

    title: qsTr("Skills")
    description: listings.count === 0 && memberSkills.verifications.length === 0
                 ? qsTr("No offers, wants or confirmed skills yet.")
                 : qsTr("%1 · %2").arg(listings.count === 1 ? qsTr("1 offer or want") : qsTr("%1 offers and wants").arg(listings.count))
                                  .arg(memberSkills.verifiedCount === 0 ? qsTr("no verified skill yet")
                                       : memberSkills.verifiedCount === 1 ? qsTr("1 verified skill")
                                       : qsTr("%1 verified skills").arg(memberSkills.verifiedCount))

    SkillsController {
        id: skillsController
        ledger: LedgerController
    }
    SkillBoardModel {
        id: listings
        skills: skillsController
        memberNumber: card.memberNumber
    }
    MemberSkills {
        id: memberSkills
        skills: skillsController
        memberNumber: card.memberNumber
    }

    // Positioners: the rows change with every listing and vouch.
    Column {
        id: listingColumn
        objectName: "memberSkillListings"
        Layout.fillWidth: true
        visible: listings.count > 0
        spacing: 2
        Repeater {
            model: listings
            delegate: RowLayout {
                required property string kind
                required property string kindText
                required property string tagsText
                required property string description
                required property string accessibleText
                width: listingColumn.width
                spacing: Theme.spacing
                Accessible.role: Accessible.StaticText
                Accessible.name: accessibleText
                StatusBadge {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 64
                    horizontalAlignment: Text.AlignHCenter
                    text: kindText
                    accent: kind === "offer" ? Theme.positive : Theme.information
                }
                Label {
                    Layout.preferredWidth: 180
                    Layout.alignment: Qt.AlignTop
                    text: tagsText
                    elide: Text.ElideRight
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    text: description
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    Column {
        id: verificationColumn
        objectName: "memberSkillVerifications"
        Layout.fillWidth: true
        visible: memberSkills.verifications.length > 0
        spacing: 2
        Repeater {
            model: memberSkills.verifications
            delegate: RowLayout {
                required property var modelData
                required property int index
                width: verificationColumn.width
                spacing: Theme.spacing
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: %2").arg(modelData.tag).arg(modelData.text)
                Label {
                    Layout.preferredWidth: 64 + Theme.spacing + 180
                    text: (modelData.verified ? "✓ " : "○ ") + modelData.tag
                    color: modelData.verified ? Theme.positive : palette.windowText
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "memberSkillVerification-" + index
                    Layout.fillWidth: true
                    text: modelData.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }
    InlineMessage {
        objectName: "memberSkillsMessage"
        type: InlineMessage.Positive
        text: card.lastMessage
    }
    InlineMessage {
        type: InlineMessage.Error
        text: memberSkills.error
    }
    RowLayout {
        spacing: Theme.spacing
        Button {
            objectName: "memberVouchButton"
            text: qsTr("Vouch…")
            Accessible.name: qsTr("Another member vouches for one of %1's skills").arg(card.memberName)
            Accessible.description: qsTr("Two vouches verify a skill")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: verifyDialog.openAs(false)
        }
        Button {
            objectName: "memberVerifyButton"
            text: qsTr("Verify as coordinator…")
            Accessible.name: qsTr("Verify one of %1's skills as the coordinator").arg(card.memberName)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: verifyDialog.openAs(true)
        }
    }

    SkillVerifyDialog {
        id: verifyDialog
        skills: skillsController
        memberNumber: card.memberNumber
        memberName: card.memberName
        suggestedTags: memberSkills.unverifiedTags
        onDone: (message, id) => card.lastMessage = message
    }
}
