#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds every target with warnings as errors and runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test

build=${WARROOM_TEST_BUILD:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWARNINGS_AS_ERRORS=ON -DWITH_TESTS=ON \
    -DWITH_GUI_TESTS=ON -DWITH_BENCHMARKS=ON
cmake --build "$build" -j "$(nproc)"

# Formatting is part of the build's contract: fail on any file .clang-format would change.
git ls-files -z -- '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run -Werror

# GUI tests use the offscreen platform; the keyring tests need a session bus and an unlocked Secret Service.
export QT_QPA_PLATFORM=offscreen
dbus-run-session -- bash -c '
    export XDG_DATA_HOME=$(mktemp -d)
    eval "$(printf warroom | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    exec ctest --test-dir "'"$build"'" --output-on-failure --timeout 600 -j 2
'
