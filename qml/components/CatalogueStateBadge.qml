// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium

// Where an item is, in words on a tint: the colour only repeats what the
// words say (in, on loan, overdue, held, under maintenance, retired).
StatusBadge {
    // CatalogueEntry::stateName: "in", "on_loan", "held", "maintenance", "retired"
    property string itemState
    property bool overdue: false

    accent: overdue ? Theme.negative
          : itemState === "in" ? Theme.positive
          : itemState === "on_loan" ? Theme.information
          : itemState === "retired" ? "#7f8c8d" // Breeze's neutral grey, on light and dark
          : Theme.warning
}
