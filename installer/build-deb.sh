#!/usr/bin/env bash
# `make deb`: freeze fpdesk with PyInstaller (installer/fpdesk.spec) and package it as
# dist/fpdesk_<version>_amd64.deb for Debian-based desktops (统信UOS, 银河麒麟, Debian, Ubuntu):
#
#   /opt/fpdesk/                       the frozen program (one folder)
#   /usr/bin/fpdesk                    -> /opt/fpdesk/fpdesk
#   /usr/share/applications/fpdesk.desktop
#   /usr/share/icons/hicolor/*/apps/fpdesk.{png,svg}
#
# The clerk's data stays in ~/.local/share/fpdesk (platformdirs); removing or purging
# the package never touches it. Build on the oldest system you target: the program
# needs the C library it was built against (the Depends line says which).
#
# Environment: PYTHON (with PyInstaller; default .venv/bin/python), BUILD (default build/),
# DIST (default dist/), DEB_COMPRESS (dpkg-deb -Z: xz, the default, or gzip, faster).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
py=${PYTHON:-.venv/bin/python}
build=$(realpath -m "${BUILD:-build}")
dist=$(realpath -m "${DIST:-dist}")

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' fpdesk/__init__.py)
arch=$(dpkg --print-architecture)
[[ -n $version ]] || { echo "build-deb: no __version__ in fpdesk/__init__.py" >&2; exit 2; }

echo "build-deb: freezing fpdesk $version with PyInstaller" >&2
PYTHONPATH=$root "$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$build/pyinstaller/dist" --workpath "$build/pyinstaller/work" installer/fpdesk.spec

pkg=$build/deb/fpdesk_${version}_$arch
rm -rf "$pkg"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications"
cp -a "$build/pyinstaller/dist/fpdesk" "$pkg/opt/fpdesk"
ln -s /opt/fpdesk/fpdesk "$pkg/usr/bin/fpdesk"
install -m 644 installer/linux/fpdesk.desktop "$pkg/usr/share/applications/fpdesk.desktop"
for png in fpdesk/resources/icons/fpdesk-*.png; do
  size=$(basename "$png" .png); size=${size#fpdesk-}
  install -D -m 644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/fpdesk.png"
done
install -D -m 644 fpdesk/resources/icons/fpdesk.svg "$pkg/usr/share/icons/hicolor/scalable/apps/fpdesk.svg"

# The newest GLIBC symbol version any bundled binary asks for is the libc6 it needs.
glibc=$(find "$pkg/opt/fpdesk" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
size=$(du -sk "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: fpdesk
Version: $version
Architecture: $arch
Maintainer: fpdesk developers <fpdesk@localhost>
Installed-Size: $size
Section: misc
Priority: optional
Depends: libc6 (>= ${glibc:-2.28}), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0,
 libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,
 libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xinerama0, libxcb-xkb1
Description: offline records desk for township population and family-planning service offices
 乡镇人口计生服务台账（离线桌面版）: households and people, women 15-49, services and
 reminders, printed registers and cards, statistical tables and the submission package
 for the county. Data is kept in each user's ~/.local/share/fpdesk.
CONTROL

mkdir -p "$dist"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" --build "$pkg" "$dist/fpdesk_${version}_$arch.deb" >/dev/null
echo "build-deb: $dist/fpdesk_${version}_$arch.deb (Depends libc6 >= ${glibc:-?})" >&2
