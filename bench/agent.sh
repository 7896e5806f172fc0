#!/usr/bin/env bash
# bench/agent.sh — throughput, latency, footprint and database load of the odooops-agent sidecar.
#
# Starts bin/odooops-agent (the shipped JVM flags) on a freshly seeded prod-like Odoo 18.0 database, then:
#   1. drives GET /status and GET /metrics with wrk (32 connections, 2 threads) and prints req/s, p50, p99 and the
#      agent's RSS sampled under load;
#   2. counts the database's transactions per minute while idle and while under that load (pg_stat_database):
#      they must not follow the request rate;
#   3. times neutralization.apply on the warm agent after re-enabling crons and mail servers behind its back
#      (median, min, max), and a no-op apply.
# Targets (issue 4): >= 50,000 req/s with p99 <= 5 ms, RSS <= 96 MiB, apply <= 50 ms.
# Needs: a PostgreSQL at DB_HOST:DB_PORT as DB_USER (default: 127.0.0.1:5432 as postgres; ODOOOPS_TEST_PG_URL, if
# set, must name the same server), psql, curl; installs wrk.
# Usage: bench/agent.sh [seconds-per-run (default 15)]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
pg_host=${DB_HOST:-127.0.0.1} pg_port=${DB_PORT:-5432} pg_user=${DB_USER:-postgres}
export ODOOOPS_TEST_PG_URL=${ODOOOPS_TEST_PG_URL:-"jdbc:postgresql://$pg_host:$pg_port/postgres?user=$pg_user"}

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [[ ! -f odoo-agent/target/odooops-agent.jar || ! -d neutralize-jooq/target/test-classes
      || ! -f odoo-agent/target/test-classes/ai/insightpulse/odooops/agent/BenchDatabase.class ]]; then
  ./mvnw -B -ntp -q -pl odoo-agent -am -DskipTests package
fi

db=odoo_dev_bench_$$
port=$((20000 + $$ % 20000))
token=bench-token-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
psql_() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "${2:-postgres}" -Atqc "$1"; }
cleanup() {
  [[ -n ${agent_pid:-} ]] && kill "$agent_pid" 2>/dev/null && wait "$agent_pid" 2>/dev/null || true
  psql_ "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
}
trap cleanup EXIT

java -cp "odoo-agent/target/test-classes:neutralize-jooq/target/test-classes:odoo-agent/target/odooops-agent.jar" \
  ai.insightpulse.odooops.agent.BenchDatabase "$db" >/dev/null 2>&1

IPAI_ENV=dev DB_HOST=$pg_host DB_PORT=$pg_port DB_USER=$pg_user DB_NAME=$db ODOOOPS_AGENT_TOKEN=$token \
  bin/odooops-agent --port="$port" --interval=1s 2>"/tmp/odooops-agent-bench-$$.log" &
agent_pid=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -fs "$base/status" 2>/dev/null | grep -q '"db_up":true' && break; sleep 0.2; done
curl -fs "$base/status" | grep -q '"db_up":true' || { echo "agent did not come up"; cat "/tmp/odooops-agent-bench-$$.log"; exit 1; }

rss_mib() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$agent_pid/status"; }
xacts() { psql_ "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '$db'"; }
echo "odooops-agent bench: $(nproc) cores, database $db (Odoo 18.0, prod-like seed), check interval 1 s, ${secs} s per run"
echo "JVM flags: those of bin/odooops-agent (-Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 ...)"
echo "RSS idle after start: $(rss_mib) MiB"

# warm-up (the JIT compiles the hot path), not reported
wrk -t2 -c32 -d3s "$base/status" >/dev/null

# database transactions while idle
x0=$(xacts); sleep "$secs"; x1=$(xacts)
idle_per_min=$(( (x1 - x0) * 60 / secs ))

for path in /status /metrics; do
  x0=$(xacts)
  wrk -t2 -c32 -d"${secs}s" --latency "$base$path" >"/tmp/wrk-$$.txt" &
  wrk_pid=$!
  peak=0
  while kill -0 "$wrk_pid" 2>/dev/null; do
    r=$(rss_mib); peak=$(awk -v a="$peak" -v b="$r" 'BEGIN { print (b > a) ? b : a }'); sleep 1
  done
  wait "$wrk_pid"
  x1=$(xacts)
  rps=$(awk '/Requests\/sec/ {print $2}' "/tmp/wrk-$$.txt")
  p50=$(awk '$1 == "50%" {print $2}' "/tmp/wrk-$$.txt")
  p99=$(awk '$1 == "99%" {print $2}' "/tmp/wrk-$$.txt")
  errors=$(awk '/Non-2xx|Socket errors/' "/tmp/wrk-$$.txt" | tr '\n' ' ')
  printf 'GET %-8s %10s req/s  p50 %-8s p99 %-8s RSS peak %s MiB  db xacts/min %d (idle %d)  %s\n' \
    "$path" "$rps" "$p50" "$p99" "$peak" $(( (x1 - x0) * 60 / secs )) "$idle_per_min" "$errors"
  echo "  ratio to target: $(awk -v r="$rps" 'BEGIN { printf "%.2f", r / 50000 }') x 50,000 req/s"
done
echo "RSS after load: $(rss_mib) MiB (target <= 96 MiB)"

# neutralization.apply on the warm agent: re-enable what a drift would, then apply; and a no-op apply
apply_ms() {
  curl -fs -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"jsonrpc":"2.0","method":"neutralization.apply","id":1}' "$base/jsonrpc" | awk '{printf "%.1f\n", $1 * 1000}'
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms  min %.1f ms  max %.1f ms  (n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}'; }
apply_ms >/dev/null
for _ in $(seq 1 21); do
  psql_ "UPDATE ir_cron SET active = true WHERE id IN (SELECT id FROM ir_cron ORDER BY id LIMIT 6); UPDATE ir_mail_server SET active = true WHERE smtp_host <> 'invalid'" "$db" >/dev/null
  apply_ms
done | stats | sed 's/^/neutralization.apply (after drift): /'; echo "   target <= 50 ms"
for _ in $(seq 1 21); do apply_ms; done | stats | sed 's/^/neutralization.apply (no-op):       /'; echo
grep -c . "/tmp/odooops-agent-bench-$$.log" | sed 's/^/agent log lines: /'
rm -f "/tmp/wrk-$$.txt" "/tmp/odooops-agent-bench-$$.log"
