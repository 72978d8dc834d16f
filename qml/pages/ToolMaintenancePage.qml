// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Items under maintenance and items due for it (their interval came round,
// or they need repair): none of them is lent until the work is recorded.
// Enter on a row records the work done; above the list, any item can be put
// under maintenance by its tag. Read afresh whenever the tab comes into view.
FocusScope {
    id: page

    readonly property alias maintenance: maintenance
    readonly property alias controller: controller
    readonly property alias recordDialog: recordDialog

    function focusFirstField() {
        if (list.count > 0)
            list.forceActiveFocus()
        else
            tagField.forceActiveFocus()
    }

    // Why the work on the chosen row cannot be recorded yet.
    property string notice

    function recordWorkAt(row) {
        const entry = list.itemAtIndex(row)
        if (!entry)
            return
        if (entry.onLoan) {
            notice = qsTr("%1 is out (%2): record its maintenance when it is back.").arg(entry.itemLabel).arg(entry.loanText)
            return
        }
        notice = ""
        recordDialog.openFor(entry.assetTag, entry.itemLabel, entry.state === "due" ? entry.reason : "")
    }

    onVisibleChanged: if (visible) maintenance.reload()

    MaintenanceModel {
        id: maintenance
        ledger: LedgerController
    }

    MaintenanceController {
        id: controller
        ledger: LedgerController
        onChanged: (assetTag) => {
            const previous = list.currentIndex
            maintenance.reload()
            // A record just opened is selected; work just recorded takes its row away.
            const row = maintenance.rowOfTag(assetTag)
            list.currentIndex = row >= 0 ? row : Math.min(previous, list.count - 1)
        }
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
                text: qsTr("Maintenance")
            }
            SecondaryLabel {
                objectName: "maintenanceCount"
                Layout.fillWidth: false
                text: qsTr("%1 under maintenance, %2 due").arg(maintenance.openCount).arg(maintenance.dueCount)
            }
            Item { Layout.fillWidth: true }
        }

        // Any item, by its tag: put under maintenance from today.
        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: 1000
            spacing: Theme.spacing

            TextField {
                id: tagField
                objectName: "maintenanceTagField"
                Layout.preferredWidth: 160
                placeholderText: qsTr("Asset tag")
                selectByMouse: true
                Accessible.name: qsTr("Asset tag of the item to put under maintenance")
                onAccepted: openButton.clicked()
            }
            TextField {
                id: reasonField
                objectName: "maintenanceReasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("What needs doing")
                selectByMouse: true
                Accessible.name: qsTr("What needs doing")
                onAccepted: openButton.clicked()
            }
            Button {
                id: openButton
                objectName: "maintenanceOpenButton"
                text: qsTr("Put under maintenance")
                Accessible.name: qsTr("Put the item under maintenance")
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    page.notice = ""
                    if (controller.openRecord(tagField.text, reasonField.text)) {
                        tagField.clear()
                        reasonField.clear()
                    }
                }
            }
        }

        InlineMessage {
            objectName: "maintenanceError"
            Layout.maximumWidth: 1000
            type: InlineMessage.Error
            // The dialog shows its own refusals.
            text: page.notice || (recordDialog.visible ? "" : controller.error) || maintenance.error
        }
        InlineMessage {
            objectName: "maintenanceMessage"
            Layout.maximumWidth: 1000
            type: InlineMessage.Positive
            text: controller.error.length > 0 || page.notice.length > 0 ? "" : controller.message
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

            contentItem: ListView {
                id: list
                objectName: "maintenanceList"
                clip: true
                model: maintenance
                focus: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                currentIndex: count > 0 ? 0 : -1
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Items under or due for maintenance")
                ScrollBar.vertical: ScrollBar {}

                onCurrentIndexChanged: page.notice = ""
                Keys.onReturnPressed: if (currentIndex >= 0) page.recordWorkAt(currentIndex)
                Keys.onEnterPressed: if (currentIndex >= 0) page.recordWorkAt(currentIndex)

                section.property: "stateText"
                section.delegate: Label {
                    required property string section
                    width: ListView.view.width
                    leftPadding: Theme.spacing
                    topPadding: Theme.spacing
                    bottomPadding: Theme.smallSpacing
                    font.weight: Font.DemiBold
                    text: section
                    Accessible.role: Accessible.Heading
                    Accessible.name: section
                }

                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string assetTag
                    required property string itemLabel
                    required property string state
                    required property string sinceText
                    required property string reason
                    required property string conditionText
                    required property bool onLoan
                    required property string loanText
                    required property string accessibleText

                    width: ListView.view.width
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing + 12
                    highlighted: ListView.isCurrentItem && list.activeFocus
                    focusPolicy: Qt.NoFocus
                    Accessible.name: accessibleText
                    Accessible.description: onLoan ? qsTr("Back from loan first") : qsTr("Enter records the work done")
                    onClicked: list.currentIndex = index
                    onDoubleClicked: page.recordWorkAt(index)

                    readonly property color textColor: highlighted ? palette.highlightedText : palette.text

                    contentItem: RowLayout {
                        spacing: Theme.spacing

                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: row.itemLabel
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                color: row.textColor
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.reason
                                wrapMode: Text.Wrap
                                color: row.textColor
                                opacity: 0.85
                            }
                            Label {
                                visible: row.onLoan
                                Layout.fillWidth: true
                                text: row.loanText
                                elide: Text.ElideRight
                                color: row.highlighted ? row.textColor : Theme.warning
                            }
                        }
                        Label {
                            visible: text.length > 0
                            Layout.alignment: Qt.AlignTop
                            horizontalAlignment: Text.AlignRight
                            text: row.sinceText
                            color: row.textColor
                        }
                        Button {
                            Layout.alignment: Qt.AlignTop
                            focusPolicy: Qt.NoFocus
                            enabled: !row.onLoan
                            text: qsTr("Record work…")
                            Accessible.name: qsTr("Record the work done on %1").arg(row.itemLabel)
                            onClicked: {
                                list.currentIndex = row.index
                                page.recordWorkAt(row.index)
                            }
                        }
                    }
                }

                Label {
                    objectName: "maintenanceEmpty"
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.largeSpacing
                    visible: list.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    text: qsTr("No item is under maintenance or due for it.")
                }
            }
        }
    }

    MaintenanceRecordDialog {
        id: recordDialog
        objectName: "maintenanceDialog"
        controller: controller
        onClosed: list.forceActiveFocus()
    }
}
