// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Mycelium

// Facts as FactLabel/FactValue pairs: side by side where there is room,
// the label above its value in a narrow window (like Kirigami.FormLayout).
GridLayout {
    readonly property bool wide: width >= Theme.factLabelWidth * 2.5

    Layout.fillWidth: true
    columns: wide ? 2 : 1
    columnSpacing: Theme.largeSpacing
    rowSpacing: wide ? Theme.spacing : 2
}
