#!/usr/bin/env bash
# Installs what is missing, builds the app and opens it on the built-in demo workspace.
# Without a display it says so and prints the demo's headline figures instead.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build_dir" -j"${JOBS:-2}" --target influence-roi
app="$build_dir/bin/influence-roi"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi

echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running headless on the demo workspace."
demo="$build_dir/demo.iroi"
if [ ! -f "$demo" ]; then
  "$app" demo --out "$demo"
fi
"$app" info "$demo"
echo
"$app" report "$demo" --view overview --format table || true
