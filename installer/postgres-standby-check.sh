#!/usr/bin/env bash
# Issue 22: a PostgreSQL primary and a streaming-replication standby on loopback, with a Shop
# Suite server on the primary; the primary dies, the standby is promoted, a server on it has every
# acknowledged receipt and takes new ones. As far as one machine allows what docs/install.md
# ("Streaming replication and failover") describes. Not part of CI; run by hand:
#
#   ./mvnw -B -pl shop-server -am package -DskipTests
#   bash installer/postgres-standby-check.sh
#
# Needs Debian's postgresql package (or PG_BIN=/usr/lib/postgresql/N/bin), curl and python3. As root,
# PostgreSQL runs as the user 'postgres' (it refuses root). Everything lives in a temporary folder
# and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=shop-server/target/shop-server.jar
[ -f "$JAR" ] || { echo "package the server first: ./mvnw -B -pl shop-server -am package -DskipTests" >&2; exit 1; }
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
[ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL binaries (apt-get install postgresql)" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$work"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
P1=$(free_port); P2=$(free_port); HTTP1=$(free_port); HTTP2=$(free_port)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  as_pg "$PG_BIN/pg_ctl" -D "$work/primary" -m immediate stop >/dev/null 2>&1 || true
  as_pg "$PG_BIN/pg_ctl" -D "$work/standby" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
pg_start() { # DIR PORT
  as_pg "$PG_BIN/pg_ctl" -D "$1" -l "$1.log" -w -o "-h 127.0.0.1 -p $2 -k $work" start >/dev/null
}
psql_at() { # PORT SQL
  as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U shop -d shop -tAc "$2"
}

echo "== primary on port $P1"
as_pg "$PG_BIN/initdb" -D "$work/primary" -U shop --auth=trust -E UTF8 --lc-collate=C --lc-ctype=C.UTF-8 >/dev/null
# wal_level=replica and max_wal_senders are PostgreSQL's defaults; initdb's pg_hba.conf lets
# replication connect from 127.0.0.1 with the method given (trust here; scram-sha-256 in a shop)
pg_start "$work/primary" "$P1"
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$P1" -U shop shop

server() { # HTTP-PORT PG-PORT NAME
  SHOP_DATABASE_URL="postgresql://127.0.0.1:$2/shop" SHOP_DATABASE_USER=shop SHOP_ADMIN_PASSWORD=standby-check \
    SHOP_PASSWORD_ITERATIONS=1000 java -jar "$JAR" --host 127.0.0.1 --port "$1" --data-dir "$work/$3" \
    >"$work/$3.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$1/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  cat "$work/$3.log"; echo "the server on $2 did not start" >&2; exit 1
}
token() { # HTTP-PORT
  curl -sf -X POST "http://127.0.0.1:$1/auth/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"standby-check"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
receipts() { # HTTP-PORT TOKEN MECHANIC N -> ids, one a line
  for i in $(seq 1 "$4"); do
    curl -sf -X POST "http://127.0.0.1:$1/receipts" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: standby-$RANDOM-$RANDOM-$i" \
      -d "{\"customerName\":\"대기 $i\",\"carId\":\"12가 3456\",\"mechanicId\":$3,\"estimatedHours\":\"0.01\",\"request\":\"점검\"}" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
  done
}

echo "== a server on the primary, 20 receipts"
server "$HTTP1" "$P1" server-1
T=$(token "$HTTP1")
M=$(curl -sf -X POST "http://127.0.0.1:$HTTP1/mechanics" -H "Authorization: Bearer $T" -H 'Content-Type: application/json' \
  -d '{"name":"대기 점검","dailyCapacityHours":"24"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
receipts "$HTTP1" "$T" "$M" 20 >"$work/acknowledged"

echo "== standby on port $P2 (pg_basebackup -R: streaming from the primary)"
as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$P1" -U shop -D "$work/standby" -R -X stream -c fast
pg_start "$work/standby" "$P2"
echo "== 20 more receipts while the standby follows"
receipts "$HTTP1" "$T" "$M" 20 >>"$work/acknowledged"
for _ in $(seq 1 50); do
  lag=$(psql_at "$P1" "SELECT COALESCE(MAX(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)), -1) FROM pg_stat_replication")
  [ "$lag" = 0 ] && break
  sleep 0.2
done
echo "standby state: $(psql_at "$P1" "SELECT state || ', replay lag ' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) || ' bytes' FROM pg_stat_replication")"

echo "== the primary dies (immediate stop); the standby is promoted"
kill "${pids[0]}"
as_pg "$PG_BIN/pg_ctl" -D "$work/primary" -m immediate stop >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$work/standby" -w promote >/dev/null
echo "== a server on the promoted standby"
server "$HTTP2" "$P2" server-2
T2=$(token "$HTTP2")
missing=0
while read -r id; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP2/receipts/$id" -H "Authorization: Bearer $T2")
  [ "$code" = 200 ] || { echo "receipt $id: $code" >&2; missing=$((missing + 1)); }
done <"$work/acknowledged"
new=$(receipts "$HTTP2" "$T2" "$M" 1)
acknowledged=$(wc -l <"$work/acknowledged")
echo "acknowledged on the primary: $acknowledged; missing on the promoted standby: $missing; a new receipt there: id $new"
[ "$missing" = 0 ] && [ -n "$new" ] || { echo "standby check: FAILED" >&2; exit 1; }
echo "standby check: OK"
