#!/usr/bin/env bash
# Measures the desktop app's launch: from starting the packaged program (the jpackage app-image's
# launcher, as a shop PC runs it) to its login screen's first frame, RUNS times (the first one
# with the operating system's file cache as it is; later ones warm). Under Xvfb when there is no
# display. The app writes the time of its first frame to the file named by SHOP_DESKTOP_READY_FILE.
# Usage: shop-bench/desktop-start.sh [APP-IMAGE-DIR] [RUNS]
#   (build the image first: ./mvnw -B -Ppackages -pl installer -am package -DskipTests)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
image="${1:-$root/installer/target/image/shop-desktop}"
runs="${2:-5}"
launcher="$image/bin/shop-desktop"
[ -x "$launcher" ] || { echo "no launcher at $launcher (build the app-image first)" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1400x900x24 -nolisten tcp > /dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  sleep 1
fi
ready=$(mktemp -u)
times=()
for _ in $(seq 1 "$runs"); do
  rm -f "$ready"
  t0=$(date +%s%3N)
  SHOP_DESKTOP_READY_FILE="$ready" "$launcher" > /dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    [ -s "$ready" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the app exited before showing its login screen" >&2; exit 1; }
    sleep 0.01
  done
  [ -s "$ready" ] || { echo "no login screen after 6 s" >&2; kill "$pid"; exit 1; }
  times+=("$(( $(cat "$ready") - t0 ))")
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
rm -f "$ready"
echo "packaged desktop app, launch to login screen (ms) over ${runs} launches, in order: ${times[*]}"
