#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside its own D-Bus session with a fresh, unlocked GNOME Keyring (a real Secret Service),
# so keychain tests never touch the developer's own keyring and need nothing from the caller.
# Usage: keyring-session.sh TEST [ARGS...]
set -eu
exec dbus-run-session -- sh -c '
    XDG_DATA_HOME=$(mktemp -d) && export XDG_DATA_HOME
    XDG_RUNTIME_DIR=$(mktemp -d) && export XDG_RUNTIME_DIR
    eval "$(printf warroom-test | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
    export WARROOM_TEST_KEYRING=1
    "$@"
    status=$?
    rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    exit $status
' keyring-session "$@"
