// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// One offer or want in a list: the kind, the tags, the description, and
// the member, availability, level and rate in a smaller line.
ItemDelegate {
    id: row

    required property int index
    required property string kind
    required property string kindText
    required property string memberText
    required property string tagsText
    required property string description
    required property string availabilityText
    required property string levelText
    required property bool mentoring
    required property string rateText
    required property string expiresText
    required property string accessibleText

    focusPolicy: Qt.NoFocus
    padding: Theme.smallSpacing
    leftPadding: Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: accessibleText

    background: Rectangle {
        radius: Theme.radius
        color: row.highlighted ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.25)
                               : row.hovered ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.10)
                               : row.palette.base
        border.color: row.highlighted ? row.palette.highlight
                                      : Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.12)
    }

    contentItem: RowLayout {
        spacing: Theme.spacing

        StatusBadge {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 64
            horizontalAlignment: Text.AlignHCenter
            text: row.kindText
            accent: row.kind === "offer" ? Theme.positive : Theme.information
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "skillRowTags"
                Layout.fillWidth: true
                text: row.tagsText
                elide: Text.ElideRight
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: row.description
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            SecondaryLabel {
                // The member first: narrow lists elide the rest.
                text: [row.memberText, row.availabilityText, row.levelText, row.mentoring ? qsTr("mentoring") : "",
                       row.kind === "offer" ? row.rateText : "", row.expiresText].filter(function(t) { return t.length > 0 }).join(" · ")
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
        }
    }
}
