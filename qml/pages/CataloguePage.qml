// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Mycelium
import Mycelium.Ui

// The tool library's catalogue: the library's figures, a search that
// narrows the list as it is typed (tag, name, category, description),
// filters by category, availability and condition, and the items with
// where each one is. Down goes into the list; Enter (or a double click)
// opens an item's page within the tab, Escape comes back. Ctrl+P prints
// labels for the items listed. Ctrl+N adds an
// item.
FocusScope {
    id: page

    readonly property alias catalogue: catalogue
    readonly property alias items: items
    readonly property alias addDialog: addDialog
    readonly property alias labelDialog: labelDialog
    // The open item's page (null while the list is shown).
    readonly property Item itemPage: itemPageLoader.item
    // The tag of the item whose page is shown; empty: the list.
    property string openTag
    property string lastMessage

    function focusFirstField() {
        if (itemPage)
            itemPage.focusFirstField()
        else
            searchField.forceActiveFocus()
    }
    function openItem(tag) {
        if (tag.length === 0)
            return
        lastMessage = ""
        openTag = tag
        itemPage.focusFirstField()
    }
    function backToList() {
        const row = items.rowOfTag(openTag)
        openTag = ""
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Contain)
            list.forceActiveFocus()
        } else {
            searchField.forceActiveFocus()
        }
    }

    // Loans and returns at the desk change what the list shows.
    onVisibleChanged: if (visible) catalogue.refresh()

    CatalogueController {
        id: catalogue
        ledger: LedgerController
    }
    CatalogueModel {
        id: items
        catalogue: catalogue
        searchText: searchField.text
        category: categoryFilter.value
        availability: availabilityFilter.value
        condition: conditionFilter.value
    }

    Connections {
        target: catalogue
        function onOperationFinished(operation, ok, message, assetTag) {
            if (!ok)
                return
            if (operation === "addToolItem") {
                page.lastMessage = message
                searchField.clear()
                const row = items.rowOfTag(assetTag)
                if (row >= 0) {
                    list.currentIndex = row
                    list.positionViewAtIndex(row, ListView.Contain)
                }
            } else if (operation === "editToolItem" && page.openTag.length > 0) {
                // The tag itself may have changed.
                page.openTag = assetTag
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.New]
        enabled: page.visible && page.openTag.length === 0 && !addDialog.visible
        onActivated: addDialog.open()
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.openTag.length > 0 ? 1 : 0

        ColumnLayout {
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.maximumWidth: 1100
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                Layout.topMargin: Theme.pageMargin
                spacing: Theme.spacing

                Heading {
                    Layout.fillWidth: false
                    text: qsTr("Catalogue")
                }
                SecondaryLabel {
                    objectName: "catalogueCount"
                    text: items.moreMatches ? qsTr("More than %1 items match").arg(items.matches.toLocaleString(Qt.locale(), "f", 0))
                        : items.filtered ? (items.matches === 1 ? qsTr("1 item matches") : qsTr("%1 items match").arg(items.matches.toLocaleString(Qt.locale(), "f", 0)))
                                         : (items.matches === 1 ? qsTr("1 item") : qsTr("%1 items").arg(items.matches.toLocaleString(Qt.locale(), "f", 0)))
                }
                Button {
                    objectName: "addToolItemButton"
                    text: qsTr("Add item…")
                    Accessible.name: qsTr("Add an item to the catalogue")
                    Accessible.description: qsTr("Ctrl+N")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: addDialog.open()
                }
                Button {
                    objectName: "printLabelsButton"
                    text: qsTr("Labels…")
                    enabled: items.matches > 0
                    Accessible.name: qsTr("Print labels for the items listed")
                    Accessible.description: qsTr("Ctrl+P")
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    onClicked: labelDialog.openFor(items.matchingTags())
                }
            }

            // The library's figures, for the assembly as much as for the desk.
            RowLayout {
                objectName: "catalogueStatistics"
                Layout.fillWidth: true
                Layout.maximumWidth: 1100
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                spacing: Theme.largeSpacing
                // Always shown, "…" until the figures arrive: a row that
                // appears while the tab is hidden would be laid out stale.

                CatalogueFigure {
                    objectName: "figureItems"
                    label: qsTr("Items")
                    value: catalogue.statisticsLoaded ? catalogue.itemCount.toLocaleString(Qt.locale(), "f", 0) : "…"
                }
                CatalogueFigure {
                    objectName: "figureLoans"
                    label: qsTr("Loans ever")
                    value: catalogue.statisticsLoaded ? catalogue.loanCount.toLocaleString(Qt.locale(), "f", 0) : "…"
                }
                CatalogueFigure {
                    objectName: "figureAvoided"
                    label: qsTr("Avoided spending")
                    value: catalogue.statisticsLoaded ? catalogue.avoidedSpendingText : "…"
                }
                CatalogueFigure {
                    objectName: "figureUtilisation"
                    label: qsTr("In use (year)")
                    value: catalogue.statisticsLoaded ? catalogue.utilisationText : "…"
                    Accessible.description: qsTr("Share of the items' days spent on loan over the last 365 days")
                }
                CatalogueFigure {
                    objectName: "figureNeverBorrowed"
                    label: qsTr("Never borrowed")
                    value: catalogue.statisticsLoaded ? catalogue.neverBorrowedCount.toLocaleString(Qt.locale(), "f", 0) : "…"
                }
                CatalogueFigure {
                    objectName: "figureMostRequested"
                    Layout.fillWidth: true
                    small: true
                    label: qsTr("Most requested")
                    value: !catalogue.statisticsLoaded ? "…"
                         : catalogue.mostRequested.length > 0 ? catalogue.mostRequested.join(qsTr(", ")) : qsTr("(none yet)")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.maximumWidth: 1100
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                spacing: Theme.spacing

                TextField {
                    id: searchField
                    objectName: "catalogueSearchField"
                    focus: true
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search the catalogue")
                    inputMethodHints: Qt.ImhNoPredictiveText
                    selectByMouse: true
                    Accessible.name: qsTr("Search the catalogue")
                    Accessible.description: qsTr("By tag, name, category or description; every word must match. Down goes to the list, Enter opens the first item")
                    Keys.onDownPressed: {
                        list.forceActiveFocus()
                        if (list.currentIndex < 0 && list.count > 0)
                            list.currentIndex = 0
                    }
                    Keys.onEscapePressed: (event) => {
                        event.accepted = text.length > 0
                        clear()
                    }
                    onTextChanged: list.currentIndex = list.count > 0 ? 0 : -1
                    onAccepted: page.openItem(items.tagAt(Math.max(0, list.currentIndex)))
                }
                CatalogueFilter {
                    id: categoryFilter
                    objectName: "categoryFilter"
                    Layout.preferredWidth: 150
                    allText: qsTr("All categories")
                    options: catalogue.categories.map(name => ({ value: name, text: name }))
                    Accessible.description: qsTr("Category filter")
                }
                CatalogueFilter {
                    id: availabilityFilter
                    objectName: "availabilityFilter"
                    Layout.preferredWidth: 150
                    allText: qsTr("Any availability")
                    options: catalogue.availabilityOptions
                    Accessible.description: qsTr("Availability filter")
                }
                CatalogueFilter {
                    id: conditionFilter
                    objectName: "conditionFilter"
                    Layout.preferredWidth: 150
                    allText: qsTr("Any condition")
                    options: catalogue.conditionOptions
                    Accessible.description: qsTr("Condition filter")
                }
            }

            InlineMessage {
                objectName: "catalogueMessage"
                Layout.maximumWidth: 1100
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                type: InlineMessage.Positive
                text: page.lastMessage
            }
            InlineMessage {
                Layout.maximumWidth: 1100
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                type: InlineMessage.Error
                text: items.error
            }

            Control {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.maximumWidth: 1100
                Layout.leftMargin: Theme.pageMargin
                Layout.rightMargin: Theme.pageMargin
                Layout.bottomMargin: Theme.pageMargin
                padding: 1

                background: Rectangle {
                    color: palette.base
                    border.color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.2)
                    radius: Theme.radius
                }

                contentItem: ColumnLayout {
                    spacing: 0

                    // Column titles.
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing + 12
                        Layout.topMargin: Theme.smallSpacing
                        Layout.bottomMargin: Theme.smallSpacing
                        spacing: Theme.spacing

                        SecondaryLabel {
                            Layout.fillWidth: false
                            Layout.preferredWidth: 90
                            text: qsTr("Tag")
                        }
                        SecondaryLabel {
                            text: qsTr("Item")
                        }
                        SecondaryLabel {
                            Layout.fillWidth: false
                            Layout.preferredWidth: 280
                            text: qsTr("Availability")
                        }
                        SecondaryLabel {
                            Layout.fillWidth: false
                            Layout.preferredWidth: 90
                            horizontalAlignment: Text.AlignRight
                            text: qsTr("Value")
                        }
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Qt.rgba(palette.windowText.r, palette.windowText.g, palette.windowText.b, 0.15)
                    }

                    ListView {
                        id: list
                        objectName: "catalogueList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: items
                        // Rows are made as they scroll in: the list starts
                        // again at every keystroke, and rows made ahead in
                        // the background would be thrown away each time.
                        cacheBuffer: 0
                        activeFocusOnTab: true
                        keyNavigationEnabled: true
                        highlightMoveDuration: 0
                        currentIndex: count > 0 ? 0 : -1
                        boundsBehavior: Flickable.StopAtBounds
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Items")
                        ScrollBar.vertical: ScrollBar {}

                        Keys.onReturnPressed: page.openItem(items.tagAt(currentIndex))
                        Keys.onEnterPressed: page.openItem(items.tagAt(currentIndex))
                        Keys.onUpPressed: (event) => {
                            if (currentIndex <= 0)
                                searchField.forceActiveFocus()
                            else
                                decrementCurrentIndex()
                        }

                        delegate: ItemDelegate {
                            id: row
                            required property int index
                            required property string assetTag
                            required property string name
                            required property string category
                            required property string location
                            required property string conditionText
                            required property string availability
                            required property string availabilityText
                            required property string availabilityDetail
                            required property bool overdue
                            required property string replacementValueText
                            required property string accessibleText

                            readonly property color textColor: highlighted ? palette.highlightedText : palette.text

                            width: ListView.view.width
                            leftPadding: Theme.spacing
                            rightPadding: Theme.spacing + 12
                            highlighted: ListView.isCurrentItem && list.activeFocus
                            focusPolicy: Qt.NoFocus
                            Accessible.name: accessibleText
                            onClicked: list.currentIndex = index
                            onDoubleClicked: page.openItem(assetTag)

                            background: Rectangle {
                                color: row.highlighted ? row.palette.highlight
                                     : row.ListView.isCurrentItem ? Qt.rgba(row.palette.highlight.r, row.palette.highlight.g, row.palette.highlight.b, 0.15)
                                     : row.hovered ? Qt.rgba(row.palette.windowText.r, row.palette.windowText.g, row.palette.windowText.b, 0.05)
                                     : "transparent"
                            }

                            contentItem: RowLayout {
                                spacing: Theme.spacing
                                Label {
                                    Layout.preferredWidth: 90
                                    text: row.assetTag
                                    elide: Text.ElideRight
                                    font.family: "monospace"
                                    color: row.textColor
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.name
                                        elide: Text.ElideRight
                                        color: row.textColor
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: [row.category, row.location, row.conditionText].filter(part => part.length > 0).join(" · ")
                                        elide: Text.ElideRight
                                        opacity: 0.7
                                        font.pointSize: Theme.baseFontSize * 0.9
                                        color: row.textColor
                                    }
                                }
                                RowLayout {
                                    Layout.preferredWidth: 280
                                    Layout.maximumWidth: 280
                                    spacing: Theme.smallSpacing
                                    CatalogueStateBadge {
                                        itemState: row.availability
                                        overdue: row.overdue
                                        text: row.availabilityText
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: row.availabilityDetail
                                        elide: Text.ElideRight
                                        font.pointSize: Theme.baseFontSize * 0.9
                                        color: row.textColor
                                    }
                                }
                                Label {
                                    Layout.preferredWidth: 90
                                    horizontalAlignment: Text.AlignRight
                                    text: row.replacementValueText
                                    color: row.textColor
                                }
                            }
                        }

                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 2 * Theme.largeSpacing
                            visible: list.count === 0 && catalogue.ready
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            opacity: 0.75
                            text: items.filtered ? qsTr("No item matches the search and the filters.")
                                                 : qsTr("No items yet. Add the first one with “Add item…”.")
                        }
                    }
                }
            }
        }

        // Made when an item is opened: a page laid out while hidden would
        // keep the places its rows had before.
        Loader {
            id: itemPageLoader
            active: page.openTag.length > 0
            sourceComponent: ToolItemPage {
                objectName: "toolItemPage"
                catalogue: page.catalogue
                assetTag: page.openTag
                onBack: page.backToList()
            }
        }
    }

    Shortcut {
        sequences: [StandardKey.Print]
        enabled: page.visible && page.openTag.length === 0 && !labelDialog.visible
        onActivated: labelDialog.openFor(items.matchingTags())
    }
    LabelSheetDialog {
        id: labelDialog
        objectName: "labelSheetDialog"
        onClosed: if (page.openTag.length === 0) searchField.forceActiveFocus()
    }

    ToolItemDialog {
        id: addDialog
        objectName: "addToolItemDialog"
        catalogue: catalogue
        originalTag: ""
        onClosed: if (page.openTag.length === 0) searchField.forceActiveFocus()
    }
}
