#!/usr/bin/env bash
# Measures the server's downtime on a restart: from process start to GET /ready answering 200,
# on an existing data directory (e.g. one made by Generate), RUNS times, plus once after a SIGKILL
# (so SQLite recovers its write-ahead log). Usage: shop-bench/start-time.sh DATA-DIR [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$1"; runs="${2:-3}"
jar="$root/shop-server/target/shop-server.jar"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
size=$(du -m "$dir/shop.db" | cut -f1)

start_once() {
  local t0 pid
  t0=$(date +%s%N)
  java -jar "$jar" --host 127.0.0.1 --port "$port" --data-dir "$dir" > /dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/ready" > /dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the server exited (is another one using $dir?)" >&2; exit 1; }
    sleep 0.02
  done
  echo "$(( ($(date +%s%N) - t0) / 1000000 )) $pid"
}

stop() { kill "$1" 2>/dev/null || true; while kill -0 "$1" 2>/dev/null; do sleep 0.05; done; }

times=()
for _ in $(seq 1 "$runs"); do
  read -r ms pid < <(start_once)
  times+=("$ms")
  stop "$pid"
done
read -r _ pid < <(start_once)
curl -s -X POST "http://127.0.0.1:$port/auth/login" -H 'Content-Type: application/json' -d '{"username":"admin","password":"bench1234"}' > /dev/null
kill -9 "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
read -r after_kill pid < <(start_once)
stop "$pid"
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
echo "database ${size} MB: start to ready (ms) over ${runs} clean starts: ${sorted}; after SIGKILL: ${after_kill}"
