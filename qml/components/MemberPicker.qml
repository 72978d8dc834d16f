// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Chooses a member by number or by a part of the name, keyboard first: type,
// Up/Down to move in the suggestions, Enter or Tab to take the highlighted
// one, Escape to start again. The ranking is MemberListModel's (MemberSearch).
//
// `number` is the choice (-1: none) and is set from outside (for example
// bound to the trade form); `picked` says that the person chose or, by
// typing again, gave up a choice. `chosenName` is the name to show for it.
TextField {
    id: picker

    property real number: -1
    property string chosenName
    property string purpose
    property bool includeCommonsFund: true
    property int maximumSuggestions: 6
    readonly property bool searching: text.trim().length > 0 && number < 0
    readonly property alias suggestions: matches
    property int highlighted: 0
    // While the person types, a cleared choice must not wipe the text.
    property bool editing: false

    signal picked(real number)

    readonly property string chosenText: number < 0 || chosenName.length === 0 ? ""
                                        : number === 0 ? chosenName
                                        : qsTr("%1 · %2").arg(String(number)).arg(chosenName)

    function choose(row) {
        const chosen = matches.numberAt(row)
        if (chosen < 0)
            return false
        picked(chosen)
        return true
    }

    function clearChoice() {
        editing = true
        text = ""
        if (number >= 0)
            picked(-1)
        editing = false
    }

    Layout.fillWidth: true
    placeholderText: qsTr("Member number or name")
    inputMethodHints: Qt.ImhNoPredictiveText
    selectByMouse: true
    Accessible.name: purpose
    Accessible.description: number >= 0 ? qsTr("Chosen: %1").arg(chosenText)
                                        : qsTr("Type a member number or a part of a name, then Enter")

    onChosenTextChanged: {
        if (chosenText.length > 0)
            text = chosenText
        else if (!editing)
            text = ""
    }
    onTextEdited: {
        editing = true
        highlighted = 0
        if (number >= 0)
            picked(-1)
        editing = false
    }
    onActiveFocusChanged: if (activeFocus && number >= 0) selectAll()

    Keys.onDownPressed: (event) => {
        if (!searching) {
            event.accepted = false
            return
        }
        highlighted = Math.min(highlighted + 1, matches.count - 1)
    }
    Keys.onUpPressed: (event) => {
        if (!searching) {
            event.accepted = false
            return
        }
        highlighted = Math.max(highlighted - 1, 0)
    }
    // Enter takes the highlighted suggestion and goes on to the next
    // field; with nothing to choose the field's accepted() goes on.
    function takeAndMoveOn(event) {
        event.accepted = searching && choose(highlighted)
        if (event.accepted) {
            const next = nextItemInFocusChain(true)
            if (next)
                next.forceActiveFocus(Qt.TabFocusReason)
        }
    }
    Keys.onReturnPressed: (event) => takeAndMoveOn(event)
    Keys.onEnterPressed: (event) => takeAndMoveOn(event)
    Keys.onTabPressed: (event) => {
        if (searching)
            choose(highlighted)
        event.accepted = false
    }
    Keys.onEscapePressed: (event) => {
        if (text.length > 0) {
            clearChoice()
            event.accepted = true
        } else {
            event.accepted = false
        }
    }

    MemberListModel {
        id: matches
        ledger: LedgerController
        filter: picker.searching ? picker.text : ""
        limit: picker.maximumSuggestions
        includeCommonsFund: picker.includeCommonsFund
    }

    Popup {
        id: popup
        objectName: picker.objectName + "-suggestions"
        y: picker.height + 2
        width: Math.max(picker.width, 320)
        padding: 2
        visible: picker.activeFocus && picker.searching
        closePolicy: Popup.NoAutoClose
        // The field keeps the keyboard.
        focus: false

        contentItem: ColumnLayout {
            spacing: 0

            Repeater {
                model: matches
                delegate: ItemDelegate {
                    id: suggestion
                    required property int index
                    required property var number
                    required property string name
                    required property string statusText
                    required property bool active
                    required property string balanceText
                    required property string accessibleText
                    Layout.fillWidth: true
                    focusPolicy: Qt.NoFocus
                    highlighted: index === picker.highlighted
                    Accessible.name: accessibleText
                    onClicked: picker.choose(index)

                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        Label {
                            Layout.preferredWidth: 36
                            horizontalAlignment: Text.AlignRight
                            text: suggestion.number
                            font.family: "monospace"
                            color: suggestion.highlighted ? suggestion.palette.highlightedText : suggestion.palette.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: suggestion.name
                            elide: Text.ElideRight
                            color: suggestion.highlighted ? suggestion.palette.highlightedText : suggestion.palette.text
                        }
                        StatusBadge {
                            visible: !suggestion.active
                            text: suggestion.statusText
                        }
                        Label {
                            text: suggestion.balanceText
                            opacity: 0.8
                            color: suggestion.highlighted ? suggestion.palette.highlightedText : suggestion.palette.text
                        }
                    }
                }
            }
            Label {
                objectName: picker.objectName + "-nomatch"
                visible: matches.count === 0
                Layout.fillWidth: true
                padding: Theme.smallSpacing
                wrapMode: Text.Wrap
                text: qsTr("No member matches “%1”.").arg(picker.text.trim())
            }
        }
    }
}
