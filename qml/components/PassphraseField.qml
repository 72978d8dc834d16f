// SPDX-FileCopyrightText: 2026 Mycelium contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A passphrase never shows on screen and never goes to an input method's
// dictionary. "purpose" names the field for screen readers.
TextField {
    property string purpose

    Layout.fillWidth: true
    echoMode: TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText

    // Qt marks a password field as such (Accessible.passwordEdit) once a
    // screen reader is active, and from then on Qt 6.4 reports its
    // Accessible.name as empty; the description still says which
    // passphrase is asked for.
    Accessible.name: purpose
    Accessible.description: purpose
}
