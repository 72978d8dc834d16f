#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mycelium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands on a fresh Debian 12 machine (root, or a user
# with sudo):
#   packaging/dev.sh app    install what is missing, build, start Mycelium
#   packaging/dev.sh test   install what is missing, build, run every test
# Extra arguments after "app" go to the program (e.g. --vault PATH).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools libgl-dev
    qml6-module-qtcharts qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-dialogs qml6-module-qtquick-window qml6-module-qtquick-templates
    qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qttest qt6-qpa-plugins
    libsqlcipher-dev qtkeychain-qt6-dev libsodium-dev libqrencode-dev
    fonts-dejavu-core
)
# Tests also need: a real Secret Service, the system SQLite (for the test of
# the plaintext trap), the packaging validators, the sqlcipher shell, the
# ledger program that must read our ledger export, and poppler-utils and
# zbar-tools to read the labels' PDF back (text and QR codes).
test_packages=(gnome-keyring dbus libsqlite3-dev desktop-file-utils appstream sqlcipher ledger poppler-utils zbar-tools)

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset default
    cmake --build --preset default "$@"
}

case "${1:-}" in
app)
    shift
    install_missing "${build_packages[@]}"
    build --target mycelium mycelium-cli
    exec build/app/gui/mycelium "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    # A private home for the test run: its own keyring, settings and data,
    # so nothing touches the user's real ones.
    test_home=$(mktemp -d)
    trap 'rm -rf "$test_home"' EXIT
    HOME="$test_home" XDG_DATA_HOME="$test_home/data" XDG_CONFIG_HOME="$test_home/config" \
    XDG_RUNTIME_DIR="$test_home/runtime" MYCELIUM_REQUIRE_KEYCHAIN=1 \
        dbus-run-session -- bash -c '
            mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
            echo -n mycelium-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            exec ctest --preset default'
    ;;
*)
    echo "usage: packaging/dev.sh app [ARGS...] | test" >&2
    exit 2
    ;;
esac
