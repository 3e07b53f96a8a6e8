#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Warroom needs on Debian 12 that is not there yet. Usage: install-deps.sh run|test
set -euo pipefail

mode=${1:-run}
build_pkgs=(cmake ninja-build g++ qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-qpa-plugins
    qt6-translations-l10n libgl-dev libsecret-1-0)
test_pkgs=(xvfb xauth x11-apps netpbm wrk postgresql gnome-keyring dbus libsecret-tools desktop-file-utils
    appstream fonts-dejavu-core sqlite3 clang-format openssl redis-server poppler-utils
    dpkg-dev file curl systemd # this line: cpack's shlibdeps and tests/packaging/test-packages.sh
    clang-14 libclang-rt-14-dev llvm-14) # this line: the sanitizer stage (ASan/UBSan/libFuzzer, symbolized reports)

pkgs=("${build_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
