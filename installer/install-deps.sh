#!/usr/bin/env bash
# Installs every Debian package Yichuang needs to build, test and run.
# Idempotent and non-interactive: packages already present are left as they are.
# Usage: installer/install-deps.sh            (run as root, or with sudo available)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6 modules
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev qt6-serialport-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-qpa-plugins qt6-translations-l10n libqt6sql6-sqlite
  # TIFF (multi-page scans) for QImageReader: Qt's image format plugins, over libtiff (LGPL-3 / GPL-2)
  qt6-image-formats-plugins
  libgl-dev libvulkan-dev libxkbcommon-dev
  # crypto, devices, documents, keychain
  libssl-dev openssl libcurl4-openssl-dev libsane-dev libsane1 libqrencode-dev qtkeychain-qt6-dev
  # scanners: scanimage and the SANE test back-end the scanner tests drive (libsane1 ships it)
  sane-utils
  # data sources for generated tables
  unicode-data
  # fonts the notices and the GUI need for Chinese text
  fonts-noto-cjk
  # testing: virtual display, reading PDFs and their QR codes back, fuzzing and sanitizer runtimes, loopback peers
  ccache xvfb xauth poppler-utils zbar-tools sqlite3 clang libclang-rt-14-dev curl clang-format procps
  # xrandr, which splits the test Xvfb's screen into two monitors for the citizen's-screen test
  # (tests/gui/citizen-second-screen.sh)
  x11-xserver-utils
  # keys, window focus and a clipboard to paste from on that display, for the test that drives the real program
  # (tests/gui/intake_crash_binary.py)
  xdotool xclip
  # a private Secret Service for the keychain key-store tests (tests/unit/TestKeyStoreKeychain.cpp)
  dbus-daemon dbus-bin gnome-keyring
  # the materials benchmark's baseline (ImageMagick convert; ImageMagick licence, Apache-2.0 style); also
  # the screenshots (import) of a failed run of tests/gui/intake_crash_binary.py
  imagemagick
  # the Debian package (cpack -G DEB) and its checks: dpkg-shlibdeps for Depends (dpkg-dev), CPack's
  # ELF detection (file), PNG icons from the SVG (librsvg2-bin), desktop entry and AppStream validators
  dpkg-dev file librsvg2-bin desktop-file-utils appstream
  # the data-generation scripts in resources/ and tests/platform/bench-curl.sh
  python3
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
