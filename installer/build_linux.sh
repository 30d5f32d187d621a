#!/usr/bin/env bash
# Build Safety Worker for Linux: the one-folder app (dist/safetyworker/) and a .deb made from it.
#
#   installer/build_linux.sh            # both
#   installer/build_linux.sh --no-deb   # the folder only
#   installer/build_linux.sh --deb-only # the .deb from the folder built before
#
# Run it from anywhere, as root or with sudo rights for apt-get if a build tool is missing. It installs what it
# needs itself: the project's .venv (make setup), PyInstaller at the exact version in requirements-build.txt, and
# the few Debian packages the build uses. Build on the oldest distribution the laptops run: the app then runs on
# that one and newer (it needs their C library, glibc, to be at least as new as the build machine's).
#
# Environment: PYTHON (for make setup), DEB_COMPRESSION (xz, the default; gzip or none: faster, larger),
# DEB_MAINTAINER (the Maintainer field of the package: set your organisation's IT contact).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
deb=1
app=1
for arg in "$@"; do
    case "$arg" in
        --no-deb) deb=0 ;;
        --deb-only) app=0 ;;
        *) echo "usage: installer/build_linux.sh [--no-deb | --deb-only]" >&2; exit 2 ;;
    esac
done

# -- tools --------------------------------------------------------------------------------------------------
# PyInstaller reads binaries with objdump and ldd (binutils, libc-bin). The xcb helper libraries are what Qt's
# X11 plugin links to beyond the usual desktop set: present at build time, they are bundled, so a laptop
# without them still starts.
need=()
command -v objdump >/dev/null 2>&1 || need+=(binutils)
command -v ldd >/dev/null 2>&1 || need+=(libc-bin)
command -v make >/dev/null 2>&1 || need+=(make)
if [ "$deb" = 1 ] && ! command -v dpkg-deb >/dev/null 2>&1; then need+=(dpkg); fi
libs=$(ldconfig -p)
for lib in libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-cursor.so.0:libxcb-cursor0 \
           libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-image.so.0:libxcb-image0 \
           libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
           libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3; do
    grep -q "${lib%%:*}" <<<"$libs" || need+=("${lib##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
    echo "installing build tools: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# -- the one-folder app -------------------------------------------------------------------------------------
if [ "$app" = 1 ]; then
    make --no-print-directory setup
    .venv/bin/pip install --quiet --disable-pip-version-check --require-hashes -c requirements.lock \
        -r installer/requirements-build.txt
    .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller installer/safetyworker.spec
    echo "built dist/safetyworker ($(du -sh dist/safetyworker | cut -f1))"
fi
[ "$deb" = 1 ] || exit 0
[ -x dist/safetyworker/safetyworker-desktop ] || { echo "no dist/safetyworker: build it first" >&2; exit 1; }

# -- the .deb -----------------------------------------------------------------------------------------------
# /opt/safetyworker holds the program (read-only); /usr/bin has the two commands; a desktop entry and the icon
# go where desktops look for them. Each person's store stays in their own data folder
# (~/.local/share/SafetyWorker/store): nothing under /opt is ever written, and removing the package never
# touches a store.
py=.venv/bin/python
[ -x "$py" ] || py=python3
version=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
glibc=$(ldd --version | awk 'NR == 1 { print $NF }')  # awk reads it all: no SIGPIPE under pipefail
pkg=build/deb/safetyworker
rm -rf build/deb
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/safetyworker"
cp -a dist/safetyworker "$pkg/opt/safetyworker"
ln -s /opt/safetyworker/safetyworker-desktop "$pkg/usr/bin/safetyworker-desktop"
ln -s /opt/safetyworker/safetyworker "$pkg/usr/bin/safetyworker"
cp resources/icons/app.svg "$pkg/usr/share/icons/hicolor/scalable/apps/safetyworker.svg"
cat > "$pkg/usr/share/applications/safetyworker.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Safety Worker
Comment=Caseload, safe contact times and safety plans, kept encrypted on this laptop
Exec=/usr/bin/safetyworker-desktop
Icon=safetyworker
Terminal=false
Categories=Office;
StartupWMClass=safetyworker-desktop
EOF
cat > "$pkg/usr/share/doc/safetyworker/README.Debian" <<EOF
Safety Worker $version

The program is in /opt/safetyworker. Each person's encrypted store is in their own data folder
(~/.local/share/SafetyWorker/store), never under /opt; removing or purging this package leaves it alone.
Check an installation with: safetyworker-desktop --self-test
EOF
size_kib=$(du -sk "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<EOF
Package: safetyworker
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-Safety Worker packaging <packaging@safetyworker.invalid>}
Installed-Size: $size_kib
Depends: libc6 (>= $glibc), libxcb1, libegl1, libgl1
Suggests: gnome-keyring
Section: misc
Priority: optional
Description: Offline caseload app for safety workers
 Safety Worker keeps a safety worker's caseload, the agreed safe times to call each person and their safety
 plans in an encrypted store on the laptop, and syncs with the office through encrypted files. It never opens
 a network connection. Includes the command line (safetyworker) and the desktop app (safetyworker-desktop).
EOF
find "$pkg" -type d -exec chmod 0755 {} +
out="dist/safetyworker_${version}_${arch}.deb"
rm -f dist/safetyworker_*.deb
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$pkg" "$out" >/dev/null
echo "built $out ($(du -h "$out" | cut -f1))"
