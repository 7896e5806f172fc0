#!/usr/bin/env bash
# Runs every benchmark of the repository and prints one table: median, min, max and the ratio to the reference
# named in each row. Each script's full output is kept under bench/results/ (git-ignored).
# Usage: bench/run-all.sh [--quick]   (--quick: fewer runs and a shorter agent load, for a smoke check)
# Needs Java 17, a PostgreSQL on 127.0.0.1:5432 with trust auth for postgres (as CI has), psql, curl; installs wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}
mkdir -p bench/results
export BENCH_ROWS
BENCH_ROWS=$(mktemp)
trap 'rm -f "$BENCH_ROWS"' EXIT
./mvnw -B -ntp -q -DskipTests package >/dev/null

run() { # name, command...
  local name=$1; shift
  echo "== $name: $*" >&2
  if ! "$@" >"bench/results/$name.txt" 2>&1; then
    echo "bench/run-all.sh: $name failed; see bench/results/$name.txt" >&2
    tail -20 "bench/results/$name.txt" >&2
    exit 1
  fi
}
if [[ $quick == --quick ]]; then
  run neutralize bench/neutralize.sh 5
  run scale bench/scale.sh 3 1000 10000
  RUNS=5 run gates bench/gates.sh
  run agent bench/agent.sh 5
  run whole-odoo bench/whole-odoo.sh 3
else
  run neutralize bench/neutralize.sh 15
  run scale bench/scale.sh 7
  RUNS=15 run gates bench/gates.sh
  run agent bench/agent.sh 15
  run whole-odoo bench/whole-odoo.sh 9
fi

# bench/agent.sh prints its own report; its figures become rows here
awk '
  /^GET / { rps = $3; p99 = $8; sub(/ms$/, "", p99)
            printf "agent: %s, wrk -c32 (req/s)\t%s\t-\t-\treq/s\t50,000 req/s target (p99 %s ms)\t%.2f\n", $2, rps, p99, rps / 50000 }
  /^  nginx / { nginx_rps = $2; nginx_p99 = $5; nginx_cpu = $7 }
  /^  odooops-agent / {
    printf "agent: /status vs nginx, same bytes (req/s)\t%s\t-\t-\treq/s\tnginx, 1 worker: %s req/s (target 0.8)\t%.2f\n", $2, nginx_rps, $2 / nginx_rps
    printf "agent: /status vs nginx, p99\t%s\t-\t-\tms\tnginx: %s ms (target <= 2)\t%.2f\n", $5, nginx_p99, $5 / nginx_p99
    printf "agent: /status vs nginx, CPU per request\t%s\t-\t-\tus\tnginx: %s us\t%.2f\n", $7, nginx_cpu, $7 / nginx_cpu }
  /^RSS after load/ { printf "agent: RSS after load\t%s\t-\t-\tMiB\t96 MiB target (issue 18: 64)\t%.2f\n", $4, $4 / 96 }
  /^neutralization.apply \(after drift\)/ { printf "agent: neutralization.apply, warm\t%s\t%s\t%s\tms\t50 ms target\t%.2f\n", $5, $8, $11, $5 / 50 }
' bench/results/agent.txt >>"$BENCH_ROWS"

echo "OdooOps Neutralizer benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), PostgreSQL $(psql -XAtq -h 127.0.0.1 -U postgres -d postgres -c 'SHOW server_version' | cut -d' ' -f1)"
awk -F'\t' 'BEGIN { printf "%-48s %10s %10s %10s %-5s %-44s %7s\n", "benchmark", "median", "min", "max", "unit", "reference", "ratio" }
            { printf "%-48s %10s %10s %10s %-5s %-44s %7s\n", $1, $2, $3, $4, $5, $6, $7 }' "$BENCH_ROWS"
