// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Mycelium

// A warning light that never relies on colour alone: a shape, a symbol in
// it and a word beside it, so that it reads on a black-and-white print, on
// a washed-out projector and for colour-blind people.
//
//   LightBadge {
//       state: "amber"          // "green" | "amber" | "red" | "grey"
//       symbol: "!"             // lights::stateSymbol: ✓ ! ✕ ?
//       word: "Near the limit"  // lights::stateWord
//       large: true             // the dashboard's tiles and the assembly view
//   }
//
// Shapes: green a filled circle, amber a triangle, red an octagon (a stop
// sign), grey a dashed ring (no data). `showWord: false` leaves only the
// shape (the word must then be said elsewhere, e.g. beside it). The
// accessible name is the word.
Row {
    id: badge

    // `state` is Item's own; each light is one of its states.
    property string symbol: ""
    property string word: ""
    property bool large: false
    property bool showWord: true
    readonly property string lightState: ["green", "amber", "red", "grey"].indexOf(state) >= 0 ? state : "grey"
    readonly property color accent: lightState === "green" ? Theme.positive
                                  : lightState === "amber" ? "#f0a000"
                                  : lightState === "red" ? Theme.negative
                                  : "#7f8c8d"
    // The shape's side; the symbol and the word grow with it (the assembly
    // view sets it for a projector instead of scaling a small drawing).
    property real shapeSize: large ? Theme.baseFontSize * 4 : Theme.baseFontSize * 2.2

    states: [
        State { name: "green" },
        State { name: "amber" },
        State { name: "red" },
        State { name: "grey" }
    ]

    spacing: Math.max(large ? Theme.spacing : Theme.smallSpacing, shapeSize * 0.2)
    Accessible.role: Accessible.StaticText
    Accessible.name: word

    Item {
        id: shape
        objectName: "lightShape"
        width: badge.shapeSize
        height: badge.shapeSize
        anchors.verticalCenter: parent.verticalCenter

        Canvas {
            id: canvas
            anchors.fill: parent
            antialiasing: true
            // Repaint whenever the light or the palette changes.
            property string lightState: badge.lightState
            property color accent: badge.accent
            property color ink: badge.palette.windowText
            onLightStateChanged: requestPaint()
            onAccentChanged: requestPaint()
            onInkChanged: requestPaint()
            onWidthChanged: requestPaint()

            onPaint: {
                const ctx = getContext("2d")
                const w = width, h = height
                ctx.reset()
                ctx.clearRect(0, 0, w, h)
                const line = Math.max(1.5, w / 16)
                ctx.lineWidth = line
                ctx.lineJoin = "round"
                ctx.beginPath()
                if (lightState === "green") {
                    ctx.arc(w / 2, h / 2, w / 2 - line, 0, 2 * Math.PI)
                } else if (lightState === "amber") {
                    ctx.moveTo(w / 2, line)
                    ctx.lineTo(w - line, h - line * 1.2)
                    ctx.lineTo(line, h - line * 1.2)
                    ctx.closePath()
                } else if (lightState === "red") {
                    const r = w / 2 - line / 2
                    for (let i = 0; i < 8; ++i) {
                        const a = Math.PI / 8 + i * Math.PI / 4
                        const x = w / 2 + r * Math.cos(a), y = h / 2 + r * Math.sin(a)
                        if (i === 0)
                            ctx.moveTo(x, y)
                        else
                            ctx.lineTo(x, y)
                    }
                    ctx.closePath()
                } else {
                    // Grey: a dashed ring, no fill: nothing to read.
                    const r = w / 2 - line
                    const dashes = 12
                    for (let i = 0; i < dashes; ++i) {
                        const a0 = i * 2 * Math.PI / dashes
                        ctx.moveTo(w / 2 + r * Math.cos(a0), h / 2 + r * Math.sin(a0))
                        ctx.arc(w / 2, h / 2, r, a0, a0 + Math.PI / dashes)
                    }
                    ctx.strokeStyle = ink
                    ctx.stroke()
                    return
                }
                ctx.fillStyle = accent
                ctx.fill()
                // A dark outline keeps the shape on a light page and in grey print.
                ctx.strokeStyle = Qt.darker(accent, 1.6)
                ctx.stroke()
            }
        }
        Label {
            objectName: "lightSymbol"
            anchors.centerIn: parent
            // The triangle's centre of mass sits low.
            anchors.verticalCenterOffset: badge.lightState === "amber" ? parent.height * 0.1 : 0
            text: badge.symbol
            font.bold: true
            font.pointSize: badge.shapeSize * (badge.large ? 0.42 : 0.43)
            // Dark ink on amber, white on green and red, the text colour on grey.
            color: badge.lightState === "amber" ? "#1b1b1b"
                 : badge.lightState === "grey" ? badge.palette.windowText : "white"
            Accessible.ignored: true
        }
    }
    Label {
        objectName: "lightWord"
        visible: badge.showWord && text.length > 0
        anchors.verticalCenter: parent.verticalCenter
        text: badge.word
        font.bold: true
        font.pointSize: Math.max(badge.large ? Theme.subheadingFontSize : Theme.baseFontSize, badge.shapeSize * 0.3)
        Accessible.ignored: true
    }
}
