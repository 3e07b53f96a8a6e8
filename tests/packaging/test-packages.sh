#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the warroom and warroomd Debian packages with CPack, installs them with apt-get and checks what got
# installed: both executables, the self-test, the desktop entry, the AppStream metadata, the systemd unit, the
# configuration file, and a served /api/v1/health. The packages stay installed afterwards.
# Usage: test-packages.sh BUILD_DIR VERSION APP_ID. Needs root or password-less sudo, else exits 77 (skipped).
set -euo pipefail

build=$(cd "${1:?usage: test-packages.sh BUILD_DIR VERSION APP_ID}" && pwd)
version=${2:?version}
app_id=${3:?application id}

if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "SKIP: installing packages needs root or password-less sudo; run as root: ctest -L packaging"
    exit 77
fi
for tool in cpack dpkg-shlibdeps apt-get curl desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing (scripts/install-deps.sh test installs it)"
        exit 1
    fi
done

work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# No display and no Qt platform inherited from the caller: what a fresh ssh session or a CI job has.
headless() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" "$@"; }
mkdir -p "$work/home"

echo "== cpack -G DEB in $build"
cd "$build"
rm -f warroom_*.deb warroomd_*.deb
cpack -G DEB >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB"
    exit 1
}
arch=$(dpkg --print-architecture)
app_deb=$build/warroom_${version}-1_${arch}.deb
server_deb=$build/warroomd_${version}-1_${arch}.deb
for deb in "$app_deb" "$server_deb"; do
    [ -f "$deb" ] || {
        ls "$build"/*.deb 2>/dev/null || true
        echo "FAIL: cpack made no $(basename "$deb")"
        exit 1
    }
done
pass "cpack made $(basename "$app_deb") and $(basename "$server_deb")"

echo "== what the packages declare"
app_depends=$(dpkg-deb -f "$app_deb" Depends)
server_depends=$(dpkg-deb -f "$server_deb" Depends)
echo "warroom Depends: $app_depends"
echo "warroom Recommends: $(dpkg-deb -f "$app_deb" Recommends)"
echo "warroomd Depends: $server_depends"
for dep in qt6-qpa-plugins libqt6sql6-sqlite libsecret-1-0 libqt6widgets6 libqt6keychain1; do
    [[ ", $app_depends," == *", $dep"[\ ,]* ]] && pass "warroom depends on $dep" || fail "warroom does not depend on $dep"
done
for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6httpserver6; do
    [[ ", $server_depends," == *", $dep"[\ ,]* ]] && pass "warroomd depends on $dep" || fail "warroomd does not depend on $dep"
done
dpkg-deb -f "$app_deb" Recommends | grep -q qt6-translations-l10n && pass "warroom recommends qt6-translations-l10n" \
    || fail "warroom does not recommend qt6-translations-l10n"
[ "$(dpkg-deb -I "$server_deb" conffiles)" = /etc/warroomd/warroomd.conf ] && pass "warroomd.conf is a conffile" \
    || fail "conffiles of warroomd: $(dpkg-deb -I "$server_deb" conffiles 2>&1)"
dpkg-deb -c "$app_deb" | awk '{print $6}' >"$work/app.list"
dpkg-deb -c "$server_deb" | awk '{print $6}' >"$work/server.list"
expected_app=(./usr/bin/warroom "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" ./usr/share/man/man1/warroom.1.gz
    ./usr/share/doc/warroom/copyright)
for size in 16 32 48 64 128 256; do
    expected_app+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
expected_server=(./usr/bin/warroomd ./usr/lib/systemd/system/warroomd.service ./etc/warroomd/warroomd.conf
    ./usr/share/man/man8/warroomd.8.gz ./usr/share/doc/warroomd/copyright)
missing=0
for file in "${expected_app[@]}"; do grep -qxF "$file" "$work/app.list" || { fail "warroom lacks $file"; missing=1; }; done
for file in "${expected_server[@]}"; do grep -qxF "$file" "$work/server.list" || { fail "warroomd lacks $file"; missing=1; }; done
[ $missing -eq 0 ] && pass "both packages hold every file expected (${#expected_app[@]} + ${#expected_server[@]})"

echo "== apt-get install"
apt_install() {
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --reinstall "$app_deb" "$server_deb"
}
if ! apt_install >"$work/apt.log" 2>&1; then
    # A fresh machine may not know where the dependencies are yet.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$work/apt.log" 2>&1 || true
    apt_install >>"$work/apt.log" 2>&1 || {
        cat "$work/apt.log"
        echo "FAIL: apt-get install ./warroom_*.deb ./warroomd_*.deb"
        exit 1
    }
fi
for package in warroom warroomd; do
    status=$(dpkg-query -W -f='${Status} ${Version}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed ${version}-1" ] && pass "$package ${version}-1 installed" \
        || fail "$package: $status"
done

echo "== the installed executables"
out=$(headless /usr/bin/warroom --version 2>&1) && [ "$out" = "warroom $version" ] \
    && pass "warroom --version: $out" || fail "warroom --version: $out"
out=$(headless /usr/bin/warroomd --version 2>&1) && [ "$out" = "warroomd $version" ] \
    && pass "warroomd --version: $out" || fail "warroomd --version: $out"
if out=$(headless timeout 60 /usr/bin/warroom --self-test 2>&1) && grep -qx "self-test passed" <<<"$out"; then
    pass "warroom --self-test (no display)"
else
    echo "$out"
    fail "warroom --self-test"
fi

echo "== desktop integration"
out=$(desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1) && [ -z "$out" ] \
    && pass "desktop-file-validate" || fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" 2>&1) \
    && pass "appstreamcli validate --no-net" || fail "appstreamcli validate --no-net: $out"
if command -v groff >/dev/null 2>&1; then
    for page in /usr/share/man/man1/warroom.1.gz /usr/share/man/man8/warroomd.8.gz; do
        if [ ! -f "$page" ]; then
            echo "SKIP: $page not on disk (dpkg excludes manual pages on this machine)"
        elif out=$(zcat "$page" | groff -man -Tutf8 -ww -z 2>&1) && [ -z "$out" ]; then
            pass "groff reads $(basename "$page") without warnings"
        else
            fail "groff $(basename "$page"): $out"
        fi
    done
fi

echo "== the service"
unit=/usr/lib/systemd/system/warroomd.service
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze verify (systemd-analyze is not installed)"
else
    # A unit known to be good tells whether systemd-analyze can run here at all (containers, chroots).
    printf '[Unit]\nDescription=probe\n[Service]\nExecStart=/bin/true\n' >"$work/warroom-probe.service"
    man_check=()
    command -v man >/dev/null 2>&1 || man_check=(--man=no)
    if ! systemd-analyze verify "${man_check[@]}" "$work/warroom-probe.service" >"$work/probe.log" 2>&1; then
        echo "SKIP: systemd-analyze verify cannot run here: $(head -n 1 "$work/probe.log")"
    else
        out=$(systemd-analyze verify "${man_check[@]}" "$unit" 2>&1) && ! grep -q "warroomd" <<<"$out" \
            && pass "systemd-analyze verify $unit" || fail "systemd-analyze verify: $out"
    fi
fi
grep -q '^DynamicUser=yes' "$unit" && grep -q '^StateDirectory=warroomd' "$unit" \
    && grep -q '^ExecStart=/usr/bin/warroomd serve --config /etc/warroomd/warroomd.conf$' "$unit" \
    && pass "the unit runs warroomd with its configuration, a dynamic user and a state directory" \
    || fail "the unit's ExecStart, DynamicUser or StateDirectory"

# The installed server with the installed configuration file (which must parse), on a free port and a new
# database: /api/v1/health answers.
# (env, not the headless function: a function would run in a subshell, and $! would not be warroomd.)
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work/home" /usr/bin/warroomd serve \
    --config /etc/warroomd/warroomd.conf --listen 127.0.0.1:0 --db "$work/warroomd.db" >"$work/serve.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^warroomd listening on \(http[^ ]*\).*/\1/p' "$work/serve.log")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$url" ]; then
    cat "$work/serve.log"
    fail "warroomd serve did not start"
else
    if out=$(curl -fsS --max-time 10 "${url%/}/api/v1/health" 2>&1); then
        pass "GET ${url%/}/api/v1/health: $out"
    else
        fail "GET ${url%/}/api/v1/health: $out"
    fi
    kill "$server_pid"
    if wait "$server_pid"; then
        pass "warroomd stopped cleanly on SIGTERM"
    else
        fail "warroomd exited with status $? on SIGTERM"
    fi
fi
server_pid=

echo
if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "All package checks passed; warroom and warroomd ${version}-1 stay installed (apt-get remove warroom warroomd)."
