// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Flags a concern about a member: who raised it (a member, or the
// coordinator when the field is left empty) and why. Only coordinators see
// flags; the journal records that one was raised, not its words.
TrustFormDialog {
    id: dialog

    property real number: -1
    property string memberName
    property real reporterNumber: -1

    title: qsTr("Flag a concern about %1").arg(memberName)
    operation: "raiseFlag"
    acceptText: qsTr("Flag concern")

    onOpened: {
        reporterNumber = -1
        reporterPicker.clearChoice()
        reasonField.clear()
        reporterPicker.forceActiveFocus()
    }
    onSubmitted: trust.raiseFlag(number, reporterNumber, reasonField.text)

    SecondaryLabel {
        text: qsTr("Only coordinators see concerns. They wait in the review queue until a coordinator resolves them.")
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Raised by")
    }
    MemberPicker {
        id: reporterPicker
        objectName: "flagReporterPicker"
        includeCommonsFund: false
        purpose: qsTr("Member who raised the concern; empty for the coordinator")
        placeholderText: qsTr("Empty: the coordinator; or a member number or name")
        number: dialog.reporterNumber
        chosenName: number > 0 ? reporter.name : ""
        onPicked: (number) => {
            dialog.reporterNumber = number
            if (number > 0)
                Qt.callLater(reasonField.forceActiveFocus)
        }
    }
    MemberDetails {
        id: reporter
        ledger: LedgerController
        number: dialog.reporterNumber
    }
    Label {
        Layout.topMargin: Theme.smallSpacing
        text: qsTr("Concern")
    }
    TextField {
        id: reasonField
        objectName: "flagReasonField"
        Layout.fillWidth: true
        placeholderText: qsTr("For example: asked to be paid twice for one repair")
        Accessible.name: qsTr("What the concern is")
    }
}
