#!/usr/bin/env bash
# bench/fleet.sh — fleet mode (issue 18) against N databases (default 200), side by side with a sidecar.
#
# Seeds one prod-like Odoo 18.0 database, copies it N times (CREATE DATABASE ... TEMPLATE) as
# odoo_dev_fb<pid>_<i>, and starts, with the shipped launcher bin/odooops-agent (same JVM flags for both):
#   * a fleet agent on the pattern odoo_dev_fb<pid>_* with --max-connections=CAP (default 4);
#   * a sidecar on one more copy (odoo_dev_fb<pid>side, outside the pattern): the yardstick.
# Then, for both: GET /status and GET /metrics under wrk (2 threads, 16 connections, 5 s each) and the RSS after
# that load; for the fleet: database transactions per database per round (pg_stat_database xact_commit +
# xact_rollback deltas over the fleet's databases, divided by the rounds the agent reports in the same window) and
# the most agent sessions seen at once in pg_stat_activity (sampled every 20 ms).
# Targets: fleet RSS <= 1.5x the sidecar's, <= 1 transaction per database per interval, sessions <= CAP.
# Needs: PostgreSQL at DB_HOST:DB_PORT as DB_USER (default 127.0.0.1:5432 as postgres), psql, curl; installs wrk.
# Usage: bench/fleet.sh [databases (default 200)] [cap (default 4)] [interval (default 5s)]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200} cap=${2:-4} interval=${3:-5s}
pg_host=${DB_HOST:-127.0.0.1} pg_port=${DB_PORT:-5432} pg_user=${DB_USER:-postgres}
export ODOOOPS_TEST_PG_URL=${ODOOOPS_TEST_PG_URL:-"jdbc:postgresql://$pg_host:$pg_port/postgres?user=$pg_user"}

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [[ ! -f odoo-agent/target/odooops-agent.jar || ! -d neutralize-jooq/target/test-classes
      || ! -f odoo-agent/target/test-classes/ai/insightpulse/odooops/agent/BenchDatabase.class ]]; then
  ./mvnw -B -ntp -q -pl odoo-agent -am -DskipTests package
fi

prefix=odoo_dev_fb$$
src=${prefix}src
side=${prefix}side
control=${prefix}ctl   # copies outside the pattern: what PostgreSQL itself (autovacuum) does meanwhile
controls=20
fleet_port=$((20000 + $$ % 20000)) side_port=$((20001 + $$ % 20000))
psql_() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d "${2:-postgres}" -Atqc "$1"; }
cleanup() {
  for p in ${fleet_pid:-} ${side_pid:-} ${watch_pid:-}; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  psql_ "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'" \
    | xargs -r -P8 -I{} psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "DROP DATABASE IF EXISTS {} WITH (FORCE)" \
    >/dev/null 2>&1 || true
  rm -rf "/tmp/fleet-bench-$$".*
}
trap cleanup EXIT

# a copy of the build, so that a build running meanwhile cannot swap classes under the agents
mkdir -p "/tmp/fleet-bench-$$.build"
cp -r odoo-agent/target/test-classes "/tmp/fleet-bench-$$.build/agent-test-classes"
cp -r neutralize-jooq/target/test-classes "/tmp/fleet-bench-$$.build/jooq-test-classes"
cp odoo-agent/target/odooops-agent.jar "/tmp/fleet-bench-$$.build/odooops-agent.jar"
[[ -f odoo-agent/target/odooops-agent.jsa ]] && cp odoo-agent/target/odooops-agent.jsa "/tmp/fleet-bench-$$.build/"
export ODOOOPS_AGENT_JAR=/tmp/fleet-bench-$$.build/odooops-agent.jar
java -cp "/tmp/fleet-bench-$$.build/agent-test-classes:/tmp/fleet-bench-$$.build/jooq-test-classes:$ODOOOPS_AGENT_JAR" \
  ai.insightpulse.odooops.agent.BenchDatabase "$src" >/dev/null 2>&1
# BenchDatabase keeps no session open once it exits: the template is free to copy
t0=$(date +%s.%N)
{ seq 0 $((n - 1)) | sed "s/^/${prefix}_/"; seq 0 $((controls - 1)) | sed "s/^/${control}_/"; echo "$side"; } \
  | xargs -P8 -I{} psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "CREATE DATABASE {} TEMPLATE $src"
echo "fleet bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $((n + controls + 1)) copies of a prod-like" \
  "Odoo 18.0 database made in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s"

common=(DB_HOST="$pg_host" DB_PORT="$pg_port" DB_USER="$pg_user")
env "${common[@]}" bin/odooops-agent --databases="${prefix}_*" --max-connections="$cap" --interval="$interval" \
  --port="$fleet_port" 2>"/tmp/fleet-bench-$$.fleet.log" &
fleet_pid=$!
env "${common[@]}" IPAI_ENV=dev DB_NAME="$side" bin/odooops-agent --interval="$interval" --port="$side_port" \
  2>"/tmp/fleet-bench-$$.side.log" &
side_pid=$!

# the most agent sessions on the fleet's databases at once, sampled until the end
( most=0
  while true; do
    c=$(psql_ "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'odooops-agent'
               AND datname LIKE '${prefix}\\_%'")
    (( c > most )) && { most=$c; echo "$most" >"/tmp/fleet-bench-$$.most"; }
    sleep 0.02
  done ) &
watch_pid=$!

fleet=http://127.0.0.1:$fleet_port side=http://127.0.0.1:$side_port
status_field() { curl -fs "$fleet/status" | sed -n "s/.*\"$1\":\\([0-9]*\\).*/\\1/p" | head -1; }
for _ in $(seq 1 600); do
  [[ $(status_field rounds || echo 0) -ge 2 && $(curl -fs "$fleet/status" | grep -o '"pending":0,"live"' || true) ]] \
    && break
  sleep 0.5
done
[[ $(status_field rounds || echo 0) -ge 2 ]] || { echo "fleet agent did not complete two rounds"; tail "/tmp/fleet-bench-$$.fleet.log"; exit 1; }
echo "databases in the fleet: $(status_field databases_total); last round took $(status_field round_duration_ms) ms" \
  "with at most $cap connections, interval $interval"

# transactions per database per round, over two whole rounds: from the end of one round to the end of the second
# after it (a session's counts reach pg_stat_database when it ends; every check's session ends within its round)
xacts() { psql_ "SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database WHERE datname LIKE '${1:-$prefix}\\_%'"; }
await_round() { local r; r=$(status_field rounds); while [[ $(status_field rounds) -le $r ]]; do sleep 0.25; done; }
sessions() { curl -fs "$fleet/metrics" | awk '$1 == "odooops_fleet_sessions_opened_total" {print $2}'; }
await_round; sleep 1; r0=$(status_field rounds); x0=$(xacts); c0=$(xacts "$control"); s0=$(sessions)
await_round; await_round
sleep 1; r1=$(status_field rounds); x1=$(xacts); c1=$(xacts "$control"); s1=$(sessions)
# PostgreSQL counts one transaction for every session start (the login's catalog reads: 5 psql sessions of one
# SELECT each count 10), and a check opens one session on its database
# the listing of pg_database opens one session per round on the discovery database, outside the fleet's
awk -v x=$((x1 - x0)) -v c=$((c1 - c0)) -v r=$((r1 - r0)) -v n="$n" -v k="$controls" -v s=$((s1 - s0)) 'BEGIN {
  per = x / (r * n); bg = c / (r * k); logins = (s - r) / (r * n)
  printf "xact_commit+xact_rollback per database per round: fleet databases %.2f, unwatched control databases %.2f\n", per, bg
  printf "  agent sessions opened per database per round: %.2f (%d rounds, %d databases)\n", logins, r, n
  printf "  => the agent'"'"'s own transactions per database per round: %.2f (fleet - control - logins; target <= 1)\n", per - bg - logins }'

rss_mib() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }
for target in side fleet; do
  url=$([[ $target == side ]] && echo "$side" || echo "$fleet")
  for path in /status /metrics; do
    wrk -t2 -c16 -d5s "$url$path" >"/tmp/fleet-bench-$$.wrk"
    printf '%-5s GET %-8s %10s req/s  %s bytes\n' "$target" "$path" \
      "$(awk '/Requests\/sec/ {print $2}' "/tmp/fleet-bench-$$.wrk")" "$(curl -fs "$url$path" | wc -c)"
  done
done
sleep 2
rs=$(rss_mib "$side_pid") rf=$(rss_mib "$fleet_pid")
echo "RSS after load: sidecar (1 database) $rs MiB, fleet ($n databases) $rf MiB:" \
  "ratio $(awk -v a="$rf" -v b="$rs" 'BEGIN {printf "%.2f", a / b}') x the sidecar (target <= 1.5)"
echo "most agent sessions at once on the fleet's databases: $(cat "/tmp/fleet-bench-$$.most" 2>/dev/null || echo 0) (cap $cap)"
