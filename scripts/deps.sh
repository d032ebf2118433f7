#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test, run and package.
# Safe to run again: it only calls apt-get when something is missing.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config ccache git file
  # Qt 6 (Widgets, Charts, Svg, Concurrent, Xml, Test, PrintSupport, translations)
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6sql6-sqlite libgl-dev libxkbcommon-dev libvulkan-dev
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins fonts-dejavu-core
  # logging, storage, file formats, numerics
  libspdlog-dev libfmt-dev libsqlite3-dev sqlite3 libquazip1-qt6-dev zlib1g-dev libssl-dev
  libnlopt-cxx-dev libeigen3-dev
  # fuzzing (clang + libFuzzer runtime), headless display, PDF/PPTX checks
  clang libclang-rt-14-dev xvfb xauth poppler-utils
  # export tests: our PPTX/XLSX must open in LibreOffice (converted headless to PDF/CSV)
  libreoffice-impress libreoffice-calc
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
