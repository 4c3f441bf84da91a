#!/bin/sh
# Runs the citizen's-screen check on two screens: starts its own Xvfb on a free display number,
# splits its one screen into two RandR 1.5 monitors (the clerk's, primary, 1280x768 on the left;
# the citizen's, 1366x768 on the right), which Qt's xcb platform reports as two QScreens, runs the
# check and stops Xvfb.
# Usage: citizen-second-screen.sh <check executable>
# Needs Xvfb (package xvfb) and xrandr (package x11-xserver-utils).
set -eu

check=$1
for tool in Xvfb xrandr; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "citizen-second-screen: $tool is not installed (installer/install-deps.sh installs it)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
xvfb=""
cleanup() {
    if [ -n "$xvfb" ]; then
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# -displayfd: Xvfb takes the first free display number and writes it once it accepts clients.
# -noreset: without it the server resets when its last client (xrandr) leaves, and the monitors go.
Xvfb -displayfd 3 -screen 0 2646x768x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
while [ ! -s "$work/display" ]; do
    if ! kill -0 "$xvfb" 2>/dev/null; then
        echo "citizen-second-screen: Xvfb did not start:" >&2
        cat "$work/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
DISPLAY=":$(head -n 1 "$work/display")"
export DISPLAY

output=$(xrandr | awk '/ connected/ { print $1; exit }')
if [ -z "$output" ]; then
    echo "citizen-second-screen: the X server names no connected output" >&2
    exit 1
fi
# The clerk's monitor takes the output (so that no automatic monitor covers both); the citizen's has none.
xrandr --setmonitor '*CLERK' 1280/339x768/203+0+0 "$output" >/dev/null
xrandr --setmonitor CITIZEN 1366/361x768/203+1280+0 none >/dev/null
xrandr --listmonitors

# The screen is chosen as on a real window: no override.
unset YICHUANG_CITIZEN_SCREEN
QT_QPA_PLATFORM=xcb "$check"
