// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium

// The name of a fact in a FactGrid. One width in all cards, so that they
// line up; the whole width when the grid puts labels above values.
SecondaryLabel {
    readonly property bool wide: parent && parent.wide !== undefined ? parent.wide : true

    Layout.alignment: Qt.AlignTop
    Layout.fillWidth: !wide
    Layout.preferredWidth: wide ? Theme.factLabelWidth : -1
    Layout.topMargin: wide ? 0 : Theme.smallSpacing
}
