// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// Placeholder until the page lands.
ScrollablePage {
    Heading {
        text: "ToolMaintenancePage"
    }
}
