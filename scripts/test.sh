#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, checks the formatting, builds every target with warnings as errors and runs every
# test through CTest. Then the sanitizer stage (docs/RELIABILITY.md): everything but the desktop app built with
# clang, ASan, UBSan and libFuzzer, its suites run again, and each fuzzer for WARROOM_FUZZ_SECONDS (30).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test

# Formatting is part of the build's contract: fail on any file .clang-format would change. First, as it
# takes seconds and a build takes many minutes.
git ls-files -z -- '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run -Werror

build=${WARROOM_TEST_BUILD:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWARNINGS_AS_ERRORS=ON -DWITH_TESTS=ON \
    -DWITH_GUI_TESTS=ON -DWITH_BENCHMARKS=ON
cmake --build "$build" -j "$(nproc)"

# GUI tests use the offscreen platform; the keyring tests need a session bus and an unlocked Secret Service.
# in_session COMMAND...: runs COMMAND with both.
export QT_QPA_PLATFORM=offscreen
in_session() {
    dbus-run-session -- bash -c '
        export XDG_DATA_HOME=$(mktemp -d)
        eval "$(printf warroom | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
        exec "$@"
    ' in_session "$@"
}
in_session ctest --test-dir "$build" --output-on-failure --timeout 600 -j 2

# The sanitizer stage: warroomd, the libraries and their suites (no desktop app, so no GUI tests), where any
# ASan, UBSan or leak report fails the test; then the fuzzers' smoke runs, new inputs kept in the build folder.
asan=${WARROOM_ASAN_BUILD:-build-asan}
cmake -S . -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 -DWITH_SANITIZERS=ON \
    -DWITH_FUZZERS=ON -DWITH_DESKTOP=OFF -DWITH_GUI_TESTS=OFF -DWITH_BENCHMARKS=OFF
cmake --build "$asan" -j "$(nproc)"
in_session ctest --test-dir "$asan" -LE fuzz --output-on-failure --timeout 600 -j 2
ctest --test-dir "$asan" -L fuzz --output-on-failure -j 2
