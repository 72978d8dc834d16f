// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The board of offers and wants: one search field (results follow every
// key), filters for the kind, a tag, mentoring and a weekday, and the
// listings. Down goes from the field to the list, Enter opens a listing's
// match view within the tab; Escape comes back. Ctrl+N adds an offer,
// Ctrl+Shift+N a want.
FocusScope {
    id: page

    property SkillsController skills
    readonly property alias board: boardModel
    readonly property alias list: list
    readonly property alias searchField: searchField
    readonly property alias listingDialog: listingDialog
    readonly property alias listingPage: listingPage
    property real openId: 0
    property string lastMessage

    signal planSession(real listingId, real matchListingId)

    function focusFirstField() {
        if (openId > 0)
            listingPage.focusFirstField()
        else
            searchField.forceActiveFocus()
    }
    function openListing(row) {
        const id = boardModel.idAt(row)
        if (id <= 0)
            return
        list.currentIndex = row
        lastMessage = ""
        openId = id
        Qt.callLater(page.focusFirstField)
    }
    function openListingId(id) {
        lastMessage = ""
        openId = id
        Qt.callLater(page.focusFirstField)
    }
    function backToBoard() {
        const row = boardModel.rowOf(openId)
        openId = 0
        if (row >= 0)
            list.currentIndex = row
        list.forceActiveFocus()
    }

    SkillBoardModel {
        id: boardModel
        skills: page.skills
        searchText: searchField.text
        kind: kindBox.currentValue === undefined ? "" : kindBox.currentValue
        tag: tagBox.currentIndex <= 0 ? "" : tagBox.currentText
        mentoringOnly: mentoringBox.checked
        weekday: dayBox.currentValue === undefined ? 0 : dayBox.currentValue
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: page.visible && !listingDialog.visible
        onActivated: listingDialog.openAs("offer")
    }
    Shortcut {
        sequence: "Ctrl+Shift+N"
        enabled: page.visible && !listingDialog.visible
        onActivated: listingDialog.openAs("want")
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.openId > 0 ? 1 : 0

        ColumnLayout {
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                Layout.topMargin: Theme.largeSpacing
                spacing: Theme.spacing

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Offers and wants")
                }
                Button {
                    objectName: "newOfferButton"
                    text: qsTr("New offer…")
                    Accessible.name: qsTr("New offer: a member offers a skill")
                    Accessible.description: qsTr("Ctrl+N")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("A member offers a skill (Ctrl+N)")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: listingDialog.openAs("offer")
                }
                Button {
                    objectName: "newWantButton"
                    text: qsTr("New want…")
                    Accessible.name: qsTr("New want: a member asks for help")
                    Accessible.description: qsTr("Ctrl+Shift+N")
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: qsTr("A member asks for help (Ctrl+Shift+N)")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: listingDialog.openAs("want")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                spacing: Theme.smallSpacing

                TextField {
                    id: searchField
                    objectName: "skillSearchField"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 140
                    focus: true
                    placeholderText: qsTr("Search skills and descriptions")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    selectByMouse: true
                    Accessible.name: qsTr("Search offers and wants")
                    Accessible.description: qsTr("Results follow every key; Down goes to the list")
                    Keys.onDownPressed: list.forceActiveFocus()
                    Keys.onReturnPressed: if (list.count > 0) page.openListing(Math.max(0, list.currentIndex))
                    Keys.onEnterPressed: if (list.count > 0) page.openListing(Math.max(0, list.currentIndex))
                    Keys.onEscapePressed: (event) => {
                        event.accepted = text.length > 0
                        clear()
                    }
                }
                ComboBox {
                    id: kindBox
                    objectName: "skillKindFilter"
                    Layout.preferredWidth: 150
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "", text: qsTr("Offers and wants") }, { value: "offer", text: qsTr("Offers") },
                            { value: "want", text: qsTr("Wants") }]
                    Accessible.name: qsTr("Show offers, wants or both")
                }
                ComboBox {
                    id: tagBox
                    objectName: "skillTagFilter"
                    Layout.preferredWidth: 140
                    model: [qsTr("Any skill")].concat(page.skills ? page.skills.tagNames : [])
                    Accessible.name: qsTr("Only listings with this skill")
                }
                ComboBox {
                    id: dayBox
                    objectName: "skillDayFilter"
                    Layout.preferredWidth: 120
                    textRole: "text"
                    valueRole: "value"
                    model: page.skills ? page.skills.weekdayOptions : []
                    Accessible.name: qsTr("Only listings available on this day")
                }
                CheckBox {
                    id: mentoringBox
                    objectName: "skillMentoringFilter"
                    text: qsTr("Mentoring")
                    Accessible.name: qsTr("Only mentoring offers and wants")
                    Keys.onReturnPressed: toggle()
                    Keys.onEnterPressed: toggle()
                }
            }

            SecondaryLabel {
                objectName: "skillBoardCount"
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                text: boardModel.count === 0
                      ? (boardModel.filtered ? qsTr("Nothing matches. Fewer words or filters find more.")
                                             : qsTr("No offers or wants yet: add one with New offer… or New want…"))
                      : boardModel.matches > boardModel.count
                        ? qsTr("The first %1 of %2 listings; type more to narrow them.").arg(boardModel.count).arg(boardModel.matches)
                        : boardModel.count === 1 ? qsTr("1 listing; Enter opens it with its matches.")
                        : qsTr("%1 listings; Enter opens one with its matches.").arg(boardModel.count)
            }
            InlineMessage {
                objectName: "skillBoardMessage"
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                type: InlineMessage.Positive
                text: page.lastMessage
            }
            InlineMessage {
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                type: InlineMessage.Error
                text: boardModel.error
            }

            ListView {
                id: list
                objectName: "skillBoardList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                Layout.bottomMargin: Theme.spacing
                clip: true
                model: boardModel
                spacing: 2
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Offers and wants")
                ScrollBar.vertical: ScrollBar { }

                Keys.onReturnPressed: page.openListing(currentIndex)
                Keys.onEnterPressed: page.openListing(currentIndex)
                Keys.onUpPressed: (event) => {
                    if (currentIndex <= 0)
                        searchField.forceActiveFocus()
                    else
                        decrementCurrentIndex()
                }

                delegate: SkillListingRow {
                    width: list.width
                    objectName: "skillBoardRow-" + index
                    highlighted: list.currentIndex === index && list.activeFocus
                    onClicked: page.openListing(index)
                }
            }
        }

        SkillListingPage {
            id: listingPage
            objectName: "skillListingPage"
            skills: page.skills
            listingId: page.openId
            onBack: page.backToBoard()
            onPlanSession: (listingId, matchListingId) => page.planSession(listingId, matchListingId)
            onWithdrawn: (message) => {
                page.backToBoard()
                page.lastMessage = message
            }
        }
    }

    SkillListingDialog {
        id: listingDialog
        skills: page.skills
        onDone: (message, id) => {
            page.lastMessage = message
            const row = boardModel.rowOf(id)
            if (row >= 0)
                list.currentIndex = row
            list.forceActiveFocus()
        }
    }
}
