#!/usr/bin/env bash
# CI: build the Linux one-folder app and prove nothing is missing from it (hidden imports, data files, Qt
# plugins, entry-point metadata): the frozen app's own --self-test offscreen, then again on a real X server
# (Xvfb, Qt's xcb plugin), the frozen command line, the time to the first window, and the .deb made from it.
# Prints the build's size and the times. Installs what it needs itself (build_linux.sh does the build tools).
set -euo pipefail  # so no `grep -q` at the end of a pipe here: an early exit would be a SIGPIPE failure
cd "$(dirname "$0")/.."
APP=dist/safetyworker
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== frozen build: PyInstaller one-folder app"
t0=$(now)
installer/build_linux.sh --no-deb
t1=$(now)
build_time=$(secs "$t0" "$t1")
size=$(du -sh "$APP" | cut -f1)

echo "== frozen self-test, offscreen"
t0=$(now)
QT_QPA_PLATFORM=offscreen "$APP/safetyworker-desktop" --self-test
t1=$(now)
selftest_time=$(secs "$t0" "$t1")

echo "== frozen command line"
export SAFETYWORKER_PASSPHRASE="frozen check passphrase"
"$APP/safetyworker" --version
"$APP/safetyworker" --store "$work/cli" demo >/dev/null
"$APP/safetyworker" --store "$work/cli" case list >/dev/null
"$APP/safetyworker" --store "$work/cli" doctor | grep "The store is healthy" >/dev/null
unset SAFETYWORKER_PASSPHRASE
echo "ok      init, demo, case list and doctor from the frozen safetyworker"

echo "== frozen self-test on an X server (xcb)"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAILED  Xvfb did not start"; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"
if ! out=$(QT_QPA_PLATFORM=xcb "$APP/safetyworker-desktop" --self-test 2>&1); then echo "$out"; exit 1; fi
tail -1 <<<"$out"

# Start time: launch to the first window on screen (the first-run screen, on an empty folder).
t0=$(now)
XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb "$APP/safetyworker-desktop" --store "$work/empty" &
app_pid=$!
shown=""
for _ in $(seq 600); do
    if xwininfo -root -tree 2>/dev/null | grep "Welcome to Safety Worker" >/dev/null; then shown=$(now); break; fi
    sleep 0.05
done
# A polite kill closes the app properly (safetyworker/ui/app.py); one that does not
# fails the check and is ended, so CI never hangs here.
kill -TERM "$app_pid" 2>/dev/null || true
for _ in $(seq 100); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$app_pid" 2>/dev/null; then
    echo "FAILED  the frozen desktop app did not quit on SIGTERM within 10 s"
    kill -KILL "$app_pid" 2>/dev/null || true
    exit 1
fi
wait "$app_pid" 2>/dev/null || true
[ -n "$shown" ] || { echo "FAILED  the frozen desktop app showed no window in 30 s"; exit 1; }
start_time=$(secs "$t0" "$shown")
[ ! -e "$work/empty/store.db" ] || { echo "FAILED  the first-run screen created a store by itself"; exit 1; }

echo "== .deb"
t0=$(now)
DEB_COMPRESSION=none installer/build_linux.sh --deb-only  # uncompressed: this checks its layout only
deb=$(ls dist/safetyworker_*.deb)
dpkg-deb -x "$deb" "$work/deb"
for f in opt/safetyworker/safetyworker-desktop opt/safetyworker/safetyworker usr/bin/safetyworker-desktop \
         usr/share/applications/safetyworker.desktop usr/share/icons/hicolor/scalable/apps/safetyworker.svg; do
    [ -e "$work/deb/$f" ] || [ -L "$work/deb/$f" ] || { echo "FAILED  $deb lacks /$f"; exit 1; }
done
"$work/deb/opt/safetyworker/safetyworker" --version >/dev/null
deb_time=$(secs "$t0" "$(now)")
echo "ok      $(basename "$deb") ($(du -h "$deb" | cut -f1)) holds the app, the commands, the desktop entry and the icon"

echo
echo "frozen build: size $size, build ${build_time} s, self-test ${selftest_time} s (offscreen, real key derivation)," \
     "start to first window ${start_time} s, .deb ${deb_time} s"
