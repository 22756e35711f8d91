#!/usr/bin/env bash
# Checks the built packages without installing them into the system: unpacks each .deb into a
# temporary root, starts the unpacked server on a free loopback port, checks /health and a login,
# then starts the unpacked desktop app under Xvfb and takes a screenshot of its login screen.
# Needs: dpkg-deb, curl, xvfb-run, imagemagick (import). Prints the figures it measured.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pkgs="$here/target/packages"
work="$(mktemp -d)"
shots="${SHOTS_DIR:-$here/target}"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

server_deb=$(ls "$pkgs"/shop-server_*.deb)
desktop_deb=$(ls "$pkgs"/shop-desktop_*.deb)
echo "== $(basename "$server_deb") ($(du -h "$server_deb" | cut -f1))"
dpkg-deb -I "$server_deb" | grep -E "Package|Version|Depends|Installed-Size" | sed 's/^/   /'
for script in postinst prerm postrm; do
  dpkg-deb -I "$server_deb" "$script" | grep -q "shop-server.service" || { echo "missing $script"; exit 1; }
done
mkdir -p "$work/root"
dpkg-deb -x "$server_deb" "$work/root"
test -x "$work/root/opt/shop-server/bin/shop-server"
grep -q "^Restart=on-failure" "$work/root/opt/shop-server/lib/app/shop-server.service"
grep -q "^ExecStart=/opt/shop-server/bin/shop-server --data-dir /var/lib/shop-suite" \
  "$work/root/opt/shop-server/lib/app/shop-server.service"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start=$(date +%s%N)
SHOP_ADMIN_PASSWORD=package-check-pw "$work/root/opt/shop-server/bin/shop-server" \
  --host 127.0.0.1 --port "$port" --data-dir "$work/data" > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.1
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
curl -sf "http://127.0.0.1:$port/health"; echo
token=$(curl -sf -X POST "http://127.0.0.1:$port/auth/login" \
  -H 'Content-Type: application/json' -d '{"username":"admin","password":"package-check-pw"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')
curl -sf "http://127.0.0.1:$port/me" -H "Authorization: Bearer $token" | grep -q '"role":"MANAGER"'
echo "   unpacked server: start to /health in ${ready_ms} ms; admin login ok"

echo "== $(basename "$desktop_deb") ($(du -h "$desktop_deb" | cut -f1))"
dpkg-deb -I "$desktop_deb" | grep -E "Package|Version|Depends" | sed 's/^/   /'
mkdir -p "$work/desktop"
dpkg-deb -x "$desktop_deb" "$work/desktop"
test -x "$work/desktop/opt/shop-desktop/bin/shop-desktop"
ls "$work/desktop/opt/shop-desktop/lib/"*.desktop >/dev/null
cat > "$work/desktop.sh" <<SCRIPT
HOME="$work/home" "$work/desktop/opt/shop-desktop/bin/shop-desktop" --server=http://127.0.0.1:$port > "$work/desktop.log" 2>&1 &
app=\$!
sleep "\${DESKTOP_WAIT:-15}"
import -window root "$shots/package-desktop-login.png"
kill \$app
SCRIPT
mkdir -p "$work/home"
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/desktop.sh"
size=$(stat -c %s "$shots/package-desktop-login.png")
echo "   unpacked desktop app under Xvfb: screenshot $shots/package-desktop-login.png ($size bytes)"
[ "$size" -gt 20000 ] || { echo "the screenshot looks empty"; cat "$work/desktop.log"; exit 1; }
echo "packages: OK"
