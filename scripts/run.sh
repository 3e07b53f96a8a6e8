#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Warroom with Ninja and starts the app on its embedded default
# (a SQLite file in your data folder). Extra arguments go to warroom, e.g. scripts/run.sh --demo
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_TESTS=OFF >/dev/null
cmake --build build --target warroom
exec build/ui/warroom "$@"
