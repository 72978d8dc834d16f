// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// One item of the tool library: what it is, where it is now and why it can
// or cannot be lent, the open loan, its figures, the queue of members
// waiting for it, its loans (newest first) and its maintenance log; and
// what the catalogue can do with it (edit it, place a hold, start
// maintenance). Escape or Alt+Left goes back to the list.
ScrollablePage {
    id: page

    property CatalogueController catalogue
    property string assetTag
    readonly property alias details: details
    readonly property alias loans: loans
    readonly property alias holds: holds
    readonly property alias maintenance: maintenance
    readonly property alias editDialog: editDialog
    readonly property alias holdDialog: holdDialog
    readonly property alias bookingDialog: bookingDialog
    // The item's bookings, read again after every change.
    property var bookings: []
    function reloadBookings() {
        bookings = catalogue && assetTag.length > 0 ? catalogue.reservations(assetTag) : []
    }
    onAssetTagChanged: reloadBookings()
    Component.onCompleted: reloadBookings()
    readonly property alias maintenanceDialog: maintenanceDialog
    property string actionMessage

    signal back()

    function focusFirstField() {
        actionMessage = ""
        backButton.forceActiveFocus()
    }

    maximumWidth: 1100
    Keys.onEscapePressed: page.back()

    ToolItemDetails {
        id: details
        catalogue: page.catalogue
        assetTag: page.assetTag
    }
    ToolItemLoanModel {
        id: loans
        catalogue: page.catalogue
        assetTag: page.assetTag
    }
    ToolItemHoldModel {
        id: holds
        catalogue: page.catalogue
        assetTag: page.assetTag
    }
    ToolItemMaintenanceModel {
        id: maintenance
        catalogue: page.catalogue
        assetTag: page.assetTag
    }

    Shortcut {
        sequences: [StandardKey.Back]
        enabled: page.visible
        onActivated: page.back()
    }

    Connections {
        target: page.catalogue
        function onOperationFinished(operation, ok, message, assetTag) {
            if (ok && page.visible && (operation === "editToolItem" || operation === "placeHold" || operation === "openMaintenance" || operation === "reserve" || operation === "cancelReservation" || operation === "photo")) {
                page.actionMessage = message
                editButton.forceActiveFocus()
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Button {
            id: backButton
            objectName: "toolItemBackButton"
            text: qsTr("‹ Catalogue")
            flat: true
            Accessible.name: qsTr("Back to the catalogue")
            Accessible.description: qsTr("Escape or Alt+Left")
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: page.back()
        }
        Heading {
            objectName: "toolItemTitle"
            Layout.fillWidth: false
            Layout.maximumWidth: page.contentColumnWidth - backButton.width - stateBadge.width - 3 * Theme.spacing
            text: details.exists ? qsTr("%1 · %2").arg(page.assetTag).arg(details.name) : page.assetTag
        }
        CatalogueStateBadge {
            id: stateBadge
            objectName: "toolItemStateBadge"
            // Not `visible`: a layout in a hidden StackLayout page misses
            // the change and leaves the badge where it was.
            opacity: details.exists ? 1 : 0
            itemState: details.state
            overdue: details.overdue
            text: details.stateText
        }
        Item {
            Layout.fillWidth: true
        }
    }

    InlineMessage {
        type: InlineMessage.Error
        text: details.error
    }
    InlineMessage {
        objectName: "toolItemActionMessage"
        type: InlineMessage.Positive
        text: page.actionMessage
    }
    InlineMessage {
        objectName: "toolItemAvailability"
        visible: details.exists
        type: details.lendable ? InlineMessage.Information : InlineMessage.Warning
        text: details.availabilityText
    }

    // Two cards side by side, as on a member's page.
    Row {
        id: summaryRow
        Layout.fillWidth: true
        spacing: Theme.largeSpacing
        visible: details.exists

        Card {
            width: (summaryRow.width - summaryRow.spacing) / 2
            title: qsTr("Item")

            Image {
                objectName: "toolItemPagePhoto"
                Layout.preferredWidth: 240
                Layout.preferredHeight: 160
                fillMode: Image.PreserveAspectFit
                horizontalAlignment: Image.AlignLeft
                asynchronous: false
                cache: false
                sourceSize.height: 320
                visible: status === Image.Ready
                // Read again when a photo is stored or removed.
                source: page.catalogue && details.exists && page.catalogue.photoRevision >= 0 ? page.catalogue.photoUrl(page.assetTag) : ""
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Photo of %1").arg(details.name)
            }

            Repeater {
                model: details.facts
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 130
                        Layout.alignment: Qt.AlignTop
                        text: modelData.label
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.value
                    }
                }
            }
        }

        Card {
            width: (summaryRow.width - summaryRow.spacing) / 2
            title: qsTr("Now")

            Label {
                objectName: "toolItemLoan"
                Layout.fillWidth: true
                visible: details.onLoan
                wrapMode: Text.Wrap
                text: qsTr("On loan to %1").arg(details.loanText)
                color: details.overdue ? Theme.negative : palette.windowText
            }
            Repeater {
                model: details.figures
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(modelData.value)
                    SecondaryLabel {
                        Layout.fillWidth: false
                        Layout.preferredWidth: 130
                        Layout.alignment: Qt.AlignTop
                        text: modelData.label
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.value
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.smallSpacing

                Button {
                    id: editButton
                    objectName: "editToolItemButton"
                    text: qsTr("Edit…")
                    Accessible.name: qsTr("Edit %1").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        editDialog.open()
                    }
                }
                Button {
                    objectName: "placeHoldButton"
                    text: qsTr("Place hold…")
                    enabled: !details.retired
                    Accessible.name: qsTr("Place a hold on %1 for a member").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        holdDialog.open()
                    }
                }
                Button {
                    objectName: "bookButton"
                    text: qsTr("Book…")
                    enabled: !details.retired
                    Accessible.name: qsTr("Book %1 for a member for future days").arg(details.name)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        bookingDialog.open()
                    }
                }
                Button {
                    objectName: "startMaintenanceButton"
                    text: qsTr("Start maintenance…")
                    enabled: !details.underMaintenance && !details.retired
                    Accessible.name: qsTr("Start maintenance of %1").arg(details.name)
                    Accessible.description: details.underMaintenance ? qsTr("Already under maintenance; close the record on the Maintenance tab") : ""
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: {
                        page.actionMessage = ""
                        maintenanceDialog.open()
                    }
                }
            }
        }
    }

    Card {
        objectName: "toolItemBookings"
        visible: details.exists
        title: qsTr("Bookings")
        description: page.bookings.length === 0 ? qsTr("Not booked for any future days.")
                                                : qsTr("Loans that would overlap these days are refused.")

        // A Column: the list changes with every booking.
        Column {
            Layout.fillWidth: true
            Repeater {
                model: page.bookings
                delegate: RowLayout {
                    required property var modelData
                    width: parent ? parent.width : 0
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.note ? qsTr("%1 (%2)").arg(modelData.text).arg(modelData.note) : modelData.text
                    }
                    Button {
                        objectName: "cancelBooking-" + modelData.id
                        text: qsTr("Cancel booking")
                        Accessible.name: qsTr("Cancel the booking %1").arg(modelData.text)
                        Keys.onReturnPressed: clicked()
                        Keys.onEnterPressed: clicked()
                        onClicked: page.catalogue.cancelReservation(page.assetTag, modelData.id)
                    }
                }
            }
        }
    }

    Card {
        visible: details.exists
        title: qsTr("Holds queue")
        description: holds.count === 0 ? qsTr("Nobody is waiting for this item.")
                   : holds.count === 1 ? qsTr("1 member waiting.") : qsTr("%1 members waiting, first come first served.").arg(holds.count)

        ListView {
            id: holdList
            objectName: "toolItemHoldList"
            Layout.fillWidth: true
            Layout.preferredHeight: contentHeight
            visible: holds.count > 0
            interactive: false
            model: holds
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Members waiting for %1").arg(details.name)

            delegate: Rectangle {
                id: holdRow
                required property int position
                required property var memberNumber
                required property string memberName
                required property string queuedOnText
                required property string readyOnText
                required property string accessibleText

                width: ListView.view.width
                implicitHeight: holdLayout.implicitHeight + 2 * Theme.smallSpacing
                color: ListView.isCurrentItem && holdList.activeFocus ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.2) : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText

                RowLayout {
                    id: holdLayout
                    anchors.fill: parent
                    anchors.margins: Theme.smallSpacing
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: 24
                        text: holdRow.position + "."
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(String(holdRow.memberNumber)).arg(holdRow.memberName)
                        elide: Text.ElideRight
                    }
                    SecondaryLabel {
                        Layout.fillWidth: false
                        text: holdRow.readyOnText.length > 0 ? qsTr("waiting since %1, ready since %2").arg(holdRow.queuedOnText).arg(holdRow.readyOnText)
                                                            : qsTr("waiting since %1").arg(holdRow.queuedOnText)
                    }
                }
            }
        }
    }

    Card {
        visible: details.exists
        title: qsTr("Loan history")
        description: loans.count === 0 ? qsTr("Never lent yet.")
                   : loans.count === 1 ? qsTr("1 loan.") : qsTr("%1 loans, newest first.").arg(loans.count)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: loans.count > 0

            SecondaryLabel {
                Layout.fillWidth: false
                Layout.preferredWidth: 90
                text: qsTr("Out")
            }
            SecondaryLabel {
                Layout.fillWidth: false
                Layout.preferredWidth: 110
                text: qsTr("Back")
            }
            SecondaryLabel {
                text: qsTr("Borrower")
            }
            SecondaryLabel {
                Layout.fillWidth: false
                Layout.preferredWidth: 200
                Layout.rightMargin: 12
                text: qsTr("Returned")
            }
        }

        ListView {
            id: loanList
            objectName: "toolItemLoanList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            visible: loans.count > 0
            clip: true
            model: loans
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Loans of %1").arg(details.name)
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: loanRow
                required property int index
                required property string outOnText
                required property string dueOnText
                required property string returnedOnText
                required property bool open
                required property bool overdue
                required property var memberNumber
                required property string memberName
                required property string returnConditionText
                required property int daysLate
                required property string lateFeeText
                required property string accessibleText

                width: ListView.view.width
                implicitHeight: loanLayout.implicitHeight + 2 * Theme.smallSpacing
                color: ListView.isCurrentItem && loanList.activeFocus ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.2)
                     : index % 2 ? Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.04) : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText

                RowLayout {
                    id: loanLayout
                    anchors.fill: parent
                    anchors.margins: Theme.smallSpacing
                    anchors.leftMargin: 0
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 90
                        text: loanRow.outOnText
                    }
                    Label {
                        Layout.preferredWidth: 110
                        text: loanRow.open ? qsTr("due %1").arg(loanRow.dueOnText) : loanRow.returnedOnText
                        color: loanRow.overdue ? Theme.negative : palette.windowText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2").arg(String(loanRow.memberNumber)).arg(loanRow.memberName)
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.preferredWidth: 200
                        Layout.rightMargin: 12
                        elide: Text.ElideRight
                        text: loanRow.open ? (loanRow.overdue ? qsTr("out, overdue") : qsTr("out"))
                            : loanRow.daysLate > 0 ? qsTr("%1, %2 days late (%3)").arg(loanRow.returnConditionText).arg(loanRow.daysLate).arg(loanRow.lateFeeText)
                            : loanRow.returnConditionText
                    }
                }
            }
        }
    }

    Card {
        visible: details.exists
        title: qsTr("Maintenance log")
        description: maintenance.count === 0 ? qsTr("No maintenance recorded.") : qsTr("Latest first.")

        ListView {
            id: maintenanceList
            objectName: "toolItemMaintenanceList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 300)
            visible: maintenance.count > 0
            clip: true
            model: maintenance
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Maintenance of %1").arg(details.name)
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: recordRow
                required property string openedOnText
                required property string closedOnText
                required property bool open
                required property string reason
                required property string workDone
                required property string costText
                required property string doneBy
                required property string accessibleText

                width: ListView.view.width
                implicitHeight: recordLayout.implicitHeight + 2 * Theme.smallSpacing
                color: ListView.isCurrentItem && maintenanceList.activeFocus ? Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, 0.2)
                                                                           : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText

                RowLayout {
                    id: recordLayout
                    anchors.fill: parent
                    anchors.margins: Theme.smallSpacing
                    anchors.leftMargin: 0
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 200
                        Layout.alignment: Qt.AlignTop
                        text: recordRow.open ? qsTr("open since %1").arg(recordRow.openedOnText)
                                             : qsTr("%1 – %2").arg(recordRow.openedOnText).arg(recordRow.closedOnText)
                        color: recordRow.open ? Theme.warning : palette.windowText
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: recordRow.reason
                            elide: Text.ElideRight
                        }
                        SecondaryLabel {
                            visible: !recordRow.open
                            wrapMode: Text.NoWrap
                            elide: Text.ElideRight
                            text: recordRow.doneBy.length > 0 ? qsTr("%1 (by %2, %3)").arg(recordRow.workDone).arg(recordRow.doneBy).arg(recordRow.costText)
                                                              : qsTr("%1 (%2)").arg(recordRow.workDone).arg(recordRow.costText)
                        }
                    }
                }
            }
        }
    }

    ToolItemDialog {
        id: editDialog
        objectName: "editToolItemDialog"
        catalogue: page.catalogue
        originalTag: page.assetTag
    }
    ToolItemHoldDialog {
        id: holdDialog
        objectName: "toolItemHoldDialog"
        catalogue: page.catalogue
        assetTag: page.assetTag
        itemName: details.name
    }
    ToolItemBookingDialog {
        id: bookingDialog
        objectName: "toolItemBookingDialog"
        catalogue: page.catalogue
        assetTag: page.assetTag
        itemName: details.name
    }
    Connections {
        target: page.catalogue
        function onOperationFinished(operation, ok, message, assetTag) {
            if (ok && assetTag === page.assetTag)
                page.reloadBookings()
        }
    }
    ToolItemMaintenanceDialog {
        id: maintenanceDialog
        objectName: "toolItemMaintenanceDialog"
        catalogue: page.catalogue
        assetTag: page.assetTag
        itemName: details.name
    }
}
