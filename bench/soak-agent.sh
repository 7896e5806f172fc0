#!/usr/bin/env bash
# bench/soak-agent.sh — a bounded soak of the odooops-agent sidecar: steady load plus database flaps, with the
# agent's RSS, threads, open file descriptors and database sessions sampled, shown not to grow.
#
# Starts bin/odooops-agent (the shipped JVM flags) on a seeded prod-like Odoo 18.0 database; for MINUTES minutes
# drives GET /status and /metrics with wrk at 8 connections, and every 30 s flaps the database (new connections
# refused and the agent's sessions terminated for 3 s). Samples every 10 s; prints the samples, then compares the
# medians of the first and last thirds. Exit 1 on growth beyond the tolerance: RSS +8 MiB, threads +3, fds +8,
# or more than 2 database sessions in any sample.
# Usage: bench/soak-agent.sh [--minutes N]   (default 10)
# Needs: a PostgreSQL on 127.0.0.1:5432 with trust auth for postgres, psql, curl; installs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=10
[[ ${1:-} == --minutes ]] && minutes=${2:?--minutes needs a number}
pg_host=127.0.0.1 pg_port=5432 pg_user=postgres
export ODOOOPS_TEST_PG_URL=${ODOOOPS_TEST_PG_URL:-'jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres'}

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [[ ! -f odoo-agent/target/odooops-agent.jar || ! -d neutralize-jooq/target/test-classes
      || ! -f odoo-agent/target/test-classes/ai/insightpulse/odooops/agent/BenchDatabase.class ]]; then
  ./mvnw -B -ntp -q -pl odoo-agent -am -DskipTests package
fi

db=odoo_dev_soak_$$
port=$((20000 + $$ % 20000))
samples=$(mktemp)
psql_() { psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -Atqc "$1"; }
cleanup() {
  [[ -n ${agent_pid:-} ]] && kill "$agent_pid" 2>/dev/null && wait "$agent_pid" 2>/dev/null || true
  psql_ "ALTER DATABASE $db ALLOW_CONNECTIONS true" >/dev/null 2>&1 || true
  psql_ "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
  rm -f "$samples"
}
trap cleanup EXIT

java -cp "odoo-agent/target/test-classes:neutralize-jooq/target/test-classes:odoo-agent/target/odooops-agent.jar" \
  ai.insightpulse.odooops.agent.BenchDatabase "$db" >/dev/null 2>&1
IPAI_ENV=dev DB_HOST=$pg_host DB_PORT=$pg_port DB_USER=$pg_user DB_NAME=$db \
  bin/odooops-agent --port="$port" --interval=1s 2>"/tmp/odooops-agent-soak-$$.log" &
agent_pid=$!
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -fs "$base/status" 2>/dev/null | grep -q '"db_up":true' && break; sleep 0.2; done

sample() { # elapsed-seconds
  local rss threads fds sessions
  rss=$(awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$agent_pid/status")
  threads=$(awk '/^Threads/ {print $2}' "/proc/$agent_pid/status")
  fds=$(ls "/proc/$agent_pid/fd" | wc -l)
  sessions=$(psql_ "SELECT count(*) FROM pg_stat_activity WHERE datname = '$db'")
  printf '%s %s %s %s %s\n' "$1" "$rss" "$threads" "$fds" "$sessions" | tee -a "$samples"
}
flap() {
  psql_ "ALTER DATABASE $db ALLOW_CONNECTIONS false" >/dev/null
  psql_ "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$db'" >/dev/null
  sleep 3
  psql_ "ALTER DATABASE $db ALLOW_CONNECTIONS true" >/dev/null
}

echo "odooops-agent soak: ${minutes} min, wrk -c8 on /status and /metrics, a database flap every 30 s, a sample every 10 s"
echo "seconds rss_mib threads fds db_sessions"
start=$(date +%s)
end=$((start + minutes * 60))
flaps=0
while (( $(date +%s) < end )); do
  now=$(( $(date +%s) - start ))
  sample "$now"
  flap_pid=
  if (( now > 0 && now % 30 < 10 )); then flap & flap_pid=$!; flaps=$((flaps + 1)); fi
  path=/status; (( (now / 10) % 2 )) && path=/metrics
  wrk -t1 -c8 -d10s "$base$path" >/dev/null 2>&1 || true
  [[ -n $flap_pid ]] && wait "$flap_pid" 2>/dev/null || true
done
sample "$(( $(date +%s) - start ))"

awk -v flaps="$flaps" '
  { n++; rss[n] = $2; thr[n] = $3; fd[n] = $4; if ($5 > maxs) maxs = $5 }
  function median(a, from, to,   m, i, j, t, k) { k = 0; for (i = from; i <= to; i++) b[++k] = a[i]
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
      return (k % 2) ? b[(k + 1) / 2] : (b[k / 2] + b[k / 2 + 1]) / 2 }
  END { third = int(n / 3); if (third < 1) third = 1
        r1 = median(rss, 1, third); r2 = median(rss, n - third + 1, n)
        t1 = median(thr, 1, third); t2 = median(thr, n - third + 1, n)
        f1 = median(fd, 1, third); f2 = median(fd, n - third + 1, n)
        printf "first third -> last third (medians): RSS %.1f -> %.1f MiB, threads %d -> %d, fds %d -> %d; max db sessions %d; %d flaps\n", r1, r2, t1, t2, f1, f2, maxs, flaps
        ok = (r2 - r1 <= 8) && (t2 - t1 <= 3) && (f2 - f1 <= 8) && (maxs <= 2)
        print ok ? "verdict: no growth (tolerance RSS +8 MiB, threads +3, fds +8, sessions <= 2)" : "verdict: GROWTH beyond tolerance"
        exit ok ? 0 : 1 }' "$samples"
