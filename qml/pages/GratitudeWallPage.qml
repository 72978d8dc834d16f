// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The gratitude wall: thank-you notes left with session feedback, newest
// first, each a card saying who thanked whom, for which session and when.
// Arrow keys move between the cards (a screen reader reads each).
FocusScope {
    id: page

    property SkillsController skills
    readonly property alias wall: wallModel
    readonly property alias grid: grid

    function focusFirstField() {
        grid.forceActiveFocus()
    }

    GratitudeModel {
        id: wallModel
        skills: page.skills
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Heading {
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            Layout.topMargin: Theme.largeSpacing
            text: qsTr("Gratitude wall")
        }
        SecondaryLabel {
            objectName: "gratitudeCount"
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            text: wallModel.count === 0 ? qsTr("No thank-you notes yet. They are written with the feedback on a done session.")
                                        : wallModel.count === 1 ? qsTr("1 thank-you note.")
                                        : qsTr("%1 thank-you notes, newest first.").arg(wallModel.count)
        }
        InlineMessage {
            Layout.leftMargin: Theme.pageMargin
            Layout.rightMargin: Theme.pageMargin
            type: InlineMessage.Error
            text: wallModel.error
        }

        GridView {
            id: grid
            objectName: "gratitudeGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.pageMargin - Theme.smallSpacing
            Layout.rightMargin: Theme.pageMargin - Theme.smallSpacing
            Layout.bottomMargin: Theme.spacing
            readonly property int columns: Math.max(1, Math.floor(width / 280))
            cellWidth: Math.floor(width / columns)
            cellHeight: 170
            clip: true
            model: wallModel
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            boundsBehavior: Flickable.StopAtBounds
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Thank-you notes, newest first")
            ScrollBar.vertical: ScrollBar { }

            delegate: Item {
                id: cell
                required property int index
                required property string fromText
                required property string toText
                required property string sessionText
                required property string noteText
                required property string dateText
                required property string accessibleText
                width: grid.cellWidth
                height: grid.cellHeight
                Accessible.role: Accessible.ListItem
                Accessible.name: accessibleText

                Rectangle {
                    objectName: "gratitudeCard-" + cell.index
                    anchors.fill: parent
                    anchors.margins: Theme.smallSpacing
                    radius: Theme.radius
                    readonly property bool current: grid.currentIndex === cell.index && grid.activeFocus
                    color: Qt.rgba(Theme.positive.r, Theme.positive.g, Theme.positive.b, 0.10)
                    border.color: current ? palette.highlight : Qt.rgba(Theme.positive.r, Theme.positive.g, Theme.positive.b, 0.5)
                    border.width: current ? 2 : 1

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        spacing: 4
                        Label {
                            objectName: "gratitudeText-" + cell.index
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: qsTr("“%1”").arg(cell.noteText)
                            wrapMode: Text.Wrap
                            elide: Text.ElideRight
                            font.pointSize: Theme.subheadingFontSize
                            font.italic: true
                        }
                        Label {
                            objectName: "gratitudeFromTo-" + cell.index
                            Layout.fillWidth: true
                            text: qsTr("%1 → %2").arg(cell.fromText).arg(cell.toText)
                            elide: Text.ElideRight
                            font.weight: Font.DemiBold
                        }
                        SecondaryLabel {
                            text: qsTr("%1 · %2").arg(cell.sessionText).arg(cell.dateText)
                            elide: Text.ElideRight
                            wrapMode: Text.NoWrap
                        }
                    }
                }
            }
        }
    }
}
