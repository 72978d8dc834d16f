// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The unlocked window: a header with the community's name and the Lock
// button, a navigation rail with the sections that exist, and the section.
// It opens on Record trade with the keyboard in the payer field, ready for
// the hall; Ctrl+1 … Ctrl+9 go to the sections.
FocusScope {
    id: mainView

    property alias currentIndex: sections.currentIndex
    readonly property var sectionTitles: [qsTr("Record trade"), qsTr("Members"), qsTr("Ledger"), qsTr("Overview"), qsTr("Tool library"), qsTr("Commons"), qsTr("Skills"), qsTr("Review"), qsTr("Settings")]
    readonly property var sectionPages: [recordTradePage, membersStack, ledgerPage, overviewPage, toolLibraryPage, commonsPage, skillsPage, reviewPage, settingsPage]

    // Shows a section and puts the keyboard in it.
    function showSection(index) {
        currentIndex = index
        const section = sectionPages[index]
        if (section === membersStack)
            membersStack.currentItem.focusFirstField()
        else if (section.focusFirstField)
            section.focusFirstField()
        else
            section.forceActiveFocus()
    }

    Repeater {
        model: mainView.sectionTitles.length
        delegate: Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: mainView.showSection(index)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            id: header
            Layout.fillWidth: true
            leftPadding: Theme.largeSpacing
            rightPadding: Theme.spacing
            topPadding: Theme.smallSpacing
            bottomPadding: Theme.smallSpacing

            RowLayout {
                anchors.fill: parent
                spacing: Theme.spacing

                Label {
                    objectName: "headerCommunityName"
                    Layout.fillWidth: true
                    text: VaultController.communityName
                    elide: Text.ElideRight
                    font.pointSize: Theme.subheadingFontSize
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }
                Button {
                    objectName: "lockButton"
                    text: qsTr("Lock")
                    Accessible.name: qsTr("Lock the vault")
                    Accessible.description: qsTr("Closes the vault and wipes the key from memory (Ctrl+L)")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("Close the vault now (Ctrl+L)")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: VaultController.lock()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Pane {
                id: rail
                objectName: "navigation"
                // A Pane is a focus scope; the initial focus is the trade
                // form's, Shift+Tab comes here.
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.sidebarWidth
                padding: Theme.smallSpacing
                topPadding: Theme.spacing
                Accessible.role: Accessible.PageTabList
                Accessible.name: qsTr("Sections")

                background: Rectangle {
                    color: rail.palette.base
                }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 2

                    Repeater {
                        model: mainView.sectionTitles
                        delegate: ItemDelegate {
                            required property int index
                            required property string modelData
                            objectName: "navigation-" + index
                            // Keyboard users start on the first section.
                            focus: index === 0
                            Layout.fillWidth: true
                            text: modelData
                            highlighted: mainView.currentIndex === index
                            focusPolicy: Qt.StrongFocus
                            Accessible.role: Accessible.PageTab
                            Accessible.name: modelData
                            Accessible.selected: highlighted
                            Accessible.description: qsTr("Ctrl+%1").arg(index + 1)
                            Keys.onReturnPressed: clicked()
                            Keys.onEnterPressed: clicked()
                            onClicked: mainView.currentIndex = index
                        }
                    }
                    Item {
                        Layout.fillHeight: true
                    }
                }
            }
            Rectangle {
                Layout.fillHeight: true
                implicitWidth: 1
                color: Qt.rgba(rail.palette.windowText.r, rail.palette.windowText.g, rail.palette.windowText.b, 0.15)
            }
            StackLayout {
                id: sections
                objectName: "sections"
                Layout.fillWidth: true
                Layout.fillHeight: true

                RecordTradePage {
                    id: recordTradePage
                    objectName: "recordTradePage"
                    focus: true
                }
                StackView {
                    id: membersStack
                    objectName: "membersStack"
                    initialItem: membersPage

                    function openMember(number) {
                        push(memberPageComponent, { number: number })
                        currentItem.focusFirstField()
                    }
                    function backToList() {
                        pop()
                        currentItem.focusFirstField()
                    }
                }
                LedgerPage {
                    id: ledgerPage
                    objectName: "ledgerPage"
                }
                OverviewPage {
                    id: overviewPage
                    objectName: "overviewPage"
                }
                ToolLibraryPage {
                    id: toolLibraryPage
                    objectName: "toolLibraryPage"
                }
                CommonsPage {
                    id: commonsPage
                    objectName: "commonsPage"
                }
                SkillsPage {
                    id: skillsPage
                    objectName: "skillsPage"
                }
                ReviewPage {
                    id: reviewPage
                    objectName: "reviewPage"
                }
                SettingsPage {
                    id: settingsPage
                }
            }
        }
    }

    MembersPage {
        id: membersPage
        objectName: "membersPage"
        visible: false
        onOpenMember: (number) => membersStack.openMember(number)
    }
    Component {
        id: memberPageComponent
        MemberPage {
            objectName: "memberPage"
            onBack: membersStack.backToList()
        }
    }
}
