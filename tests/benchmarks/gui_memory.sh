#!/bin/sh
# SPDX-FileCopyrightText: 2026 Mycelium contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Resident memory of the real GUI with a large vault open, while the ledger
# list is scrolled to its end page by page, as a user holding End would.
# Needs Xvfb and xdotool (Debian packages xvfb, xdotool). Run by hand:
#
#   tests/benchmarks/gui_memory.sh [BUILD_DIR] [TRADES] [PRESSES]
#
# Defaults: build, 1,000,000 trades (500 members, 10 years), 5,100 presses
# of End (each loads one more page of 200 trades: past the millionth).
# Prints the resident memory after unlocking, then every 500 presses, and
# the largest seen.
set -eu

build=${1:-build}
trades=${2:-1000000}
presses=${3:-5100}
cli="$build/app/cli/mycelium-cli"
gui="$build/app/gui/mycelium"
work=$(mktemp -d)
trap 'kill "$gui_pid" "$xvfb_pid" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

passphrase="gui memory passphrase 2026"
export MYCELIUM_PASSPHRASE="$passphrase"
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME"
vault="$work/community.vault"
"$cli" --vault "$vault" init --community "Memory Commons" >/dev/null
start=$(date +%s)
"$cli" --vault "$vault" demo --members 500 --trades "$trades" --years 10 >/dev/null
echo "vault: $trades trades, made in $(( $(date +%s) - start )) s, $(du -m "$vault" | cut -f1) MiB"
unset MYCELIUM_PASSPHRASE

display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
sleep 1
"$gui" --vault "$vault" >"$work/gui.log" 2>&1 &
gui_pid=$!

rss() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$gui_pid/status"; }
window=""
for _ in $(seq 1 50); do
    window=$(xdotool search --pid "$gui_pid" --onlyvisible 2>/dev/null | head -n 1) && [ -n "$window" ] && break
    sleep 0.2
done
[ -n "$window" ] || { echo "no window"; cat "$work/gui.log"; exit 1; }
xdotool windowactivate --sync "$window" 2>/dev/null || true
sleep 1
echo "locked: $(rss) MiB"
# The unlock page has the passphrase field focused.
xdotool type --delay 5 "$passphrase"
xdotool key Return
sleep 4
echo "unlocked: $(rss) MiB"
# The ledger (third entry of the side bar); a click into the member filter,
# then Tab past the dates and the category into the list of trades.
# (Keyboard shortcuts such as Ctrl+3 sent by xdotool did not reach the
# window under Xvfb; typing, clicks into fields and Tab do.) Check the
# screenshot: the list must have moved to the oldest trades.
xdotool mousemove --sync 40 116 click 1
sleep 2
xdotool mousemove --sync 338 115 click 1
sleep 0.5
for _ in 1 2 3 4; do xdotool key Tab; sleep 0.3; done
sleep 1
echo "ledger shown: $(rss) MiB"
peak=0
done_presses=0
while [ "$done_presses" -lt "$presses" ]; do
    xdotool key --delay 15 --repeat 500 End
    done_presses=$((done_presses + 500))
    now=$(rss)
    [ "$now" -gt "$peak" ] && peak=$now
    echo "after $done_presses presses of End: $now MiB"
done
sleep 2
now=$(rss)
[ "$now" -gt "$peak" ] && peak=$now
echo "largest resident memory seen: $peak MiB (target < 200 MB)"
# To see where the list ended up: SCREENSHOT=file.png
if [ -n "${SCREENSHOT:-}" ]; then
    import -display "$display" -window root "$SCREENSHOT"
fi
