#!/usr/bin/env bash
# bench/fleet.sh — fleet mode (issue 18) against N databases (default 200), side by side with a sidecar.
#
# Seeds one prod-like Odoo 18.0 database, copies it N times (CREATE DATABASE ... TEMPLATE) as
# odoo_dev_fb<pid>_<i>, and starts, with the shipped launcher bin/odooops-agent (same JVM flags for both):
#   * a fleet agent on the pattern odoo_dev_fb<pid>_* with --max-connections=CAP (default 4);
#   * a sidecar on one more copy (odoo_dev_fb<pid>side, outside the pattern): the yardstick.
# Then, for both: GET /status and GET /metrics under wrk (2 threads, 16 connections, 5 s each) and the RSS after
# that load; for the fleet: database transactions per database per round (pg_stat_database deltas over the fleet's
# databases, divided by the rounds the agent reports in the same window: xact_rollback is the check's READ ONLY
# transaction, sessions the logins, xact_commit the logins' own transactions plus autovacuum's, which the control
# databases measure) and the most agent sessions seen at once in pg_stat_activity (sampled every 20 ms).
# Targets: fleet RSS <= 1.5x the sidecar's, <= 1 transaction per database per interval besides the login (which a
# cap below the number of databases cannot avoid: docs/PERFORMANCE.md "Fleet mode"), sessions <= CAP.
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
# (autovacuum only visits a database that has statistics, i.e. that a session has used since the stats were reset:
# each control gets one session before the measure, as each of the fleet's gets the agent's)
controls=${CONTROLS:-50}   # as many as it takes for autovacuum's visits to average out
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
seq 0 $((controls - 1)) | sed "s/^/${control}_/" \
  | xargs -P4 -I{} psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d {} -qAtc "SELECT 1" >/dev/null
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
# after it (a session's counts reach pg_stat_database when its backend exits; every check's session ends within its
# round). PostgreSQL counts one transaction in xact_commit for every session start (InitPostgres reads the catalogs
# in a transaction: 5 psql sessions of one SELECT each count 10), and a check opens one session on its database;
# the check itself is one READ ONLY transaction that ends in ROLLBACK (xact_rollback); autovacuum's worker visits
# each database with statistics once per autovacuum_naptime and counts 2+ commits there (its login, its scan).
# pg_stat_database.sessions (PostgreSQL 14+) counts client sessions only, not autovacuum's.
stats() { psql_ "SELECT coalesce(sum(xact_commit), 0) || ' ' || coalesce(sum(xact_rollback), 0) || ' ' ||
                 coalesce(sum(sessions), 0) FROM pg_stat_database WHERE datname LIKE '${1:-$prefix}\\_%'"; }
await_round() { local r; r=$(status_field rounds); while [[ $(status_field rounds) -le $r ]]; do sleep 0.25; done; }
sessions() { curl -fs "$fleet/metrics" | awk '$1 == "odooops_fleet_sessions_opened_total" {print $2}'; }
await_round; sleep 1; r0=$(status_field rounds); read -r fc0 fr0 fs0 <<<"$(stats)"; read -r cc0 cr0 cs0 <<<"$(stats "$control")"
s0=$(sessions)
await_round; await_round
sleep 1; r1=$(status_field rounds); read -r fc1 fr1 fs1 <<<"$(stats)"; read -r cc1 cr1 cs1 <<<"$(stats "$control")"
s1=$(sessions)
# the listing of pg_database opens one session per round on the discovery database, outside the fleet's
awk -v fc=$((fc1 - fc0)) -v fr=$((fr1 - fr0)) -v fs=$((fs1 - fs0)) -v cc=$((cc1 - cc0)) -v cr=$((cr1 - cr0)) \
    -v cs=$((cs1 - cs0)) -v r=$((r1 - r0)) -v n="$n" -v k="$controls" -v s=$((s1 - s0)) 'BEGIN {
  d = r * n; e = r * k
  printf "per database per round (%d rounds, %d databases, %d unwatched controls), from pg_stat_database:\n", r, n, k
  printf "  xact_commit+xact_rollback: fleet %.2f, controls %.2f\n", (fc + fr) / d, (cc + cr) / e
  printf "  sessions (logins): fleet %.2f (the agent counts %.2f), controls %.2f\n", fs / d, (s - r) / d, cs / e
  printf "  xact_rollback (the check): fleet %.2f, controls %.2f\n", fr / d, cr / e
  printf "  xact_commit beyond the logins: fleet %.2f, controls %.2f (autovacuum)\n", (fc - fs) / d, (cc - cs) / e
  printf "  => the agent'"'"'s transactions per database per round besides the login: %.2f (target <= 1)\n",
         (fr + fc - fs) / d - (cr + cc - cs) / e }'

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
