#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages fpdesk's GUI and tests need, when missing:
# a CJK font (Chinese must render, not boxes), the libraries Qt loads (also for
# the offscreen platform), Xvfb, poppler (PDF pages to PNG), sqlite3, and tesseract (chi_sim)
# that reads Chinese back from a screenshot taken with the system CJK fonts hidden, and
# LibreOffice Calc (headless, ~200 MB) that prints the XLSX registers in a slow test.
set -euo pipefail

packages=(
  fonts-wqy-microhei
  libgl1 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libxcb-randr0
  xvfb poppler-utils sqlite3
  fonts-dejavu-core tesseract-ocr tesseract-ocr-chi-sim libreoffice-calc-nogui
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "system-deps: need root to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
