#!/usr/bin/env bash
# End-to-end wall time of a live `neutralize` on a seeded Odoo-18-shaped database, through the shipped launcher,
# beside the references named in each row: psql running the same statements, and the same jar with JVM defaults.
# Beside the wall time, the CPU seconds (user + sys, the process and its children) per run: less sensitive to the
# load of a shared machine than the wall time, and what a fleet of runs pays for.
# Usage: bench/neutralize.sh [RUNS]   (default 15; needs the jar: ./mvnw -q -DskipTests package)
# PostgreSQL: PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432 postgres). Creates and drops odoo_dev_bench*.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-15}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
jar=gates-cli/target/odooops.jar
[[ -f $jar ]] || ./mvnw -q -B -DskipTests package
schema=neutralize-jooq/src/test/resources/odoo/18.0/schema-18.0.sql
tpl=odoo_dev_bench_tpl db=odoo_dev_bench

psql -qX -d postgres -c "DROP DATABASE IF EXISTS $tpl WITH (FORCE)" -c "CREATE DATABASE $tpl" >/dev/null
grep -v ' OWNER TO ' "$schema" | psql -qX -v ON_ERROR_STOP=1 -d "$tpl" >/dev/null
psql -qX -v ON_ERROR_STOP=1 -d "$tpl" -f bench/sql/seed-prod-like.sql >/dev/null

fresh() { psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE $tpl" >/dev/null; }
now() { date +%s%N; }
export IPAI_ENV=dev DB_HOST=$PGHOST DB_PORT=$PGPORT DB_USER=$PGUSER DB_NAME=$db IPAI_NEUTRALIZE_CONFIRM=YES

measure() { # name, command...
  local name=$1; shift
  local times=() cpus=() TIMEFORMAT='%U %S'
  for ((i = 0; i < runs; i++)); do
    fresh
    local t0; t0=$(now)
    { time "$@" >/tmp/bench-out.$$ 2>/tmp/bench-err.$$ || { echo "$name failed:"; cat /tmp/bench-err.$$; exit 1; }
    } 2>/tmp/bench-cpu.$$
    times+=($(( ($(now) - t0) / 1000 )))
    cpus+=("$(awk '{ printf "%.3f", $1 + $2 }' /tmp/bench-cpu.$$)")
  done
  local cpu; cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ c[NR] = $1 }
    END { printf "%.3f", (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2 }')
  if [[ $name == launcher* ]]; then
    [[ $(wc -l </tmp/bench-out.$$) -eq 1 ]] && grep -q '"status":"ok"' /tmp/bench-out.$$ \
      || { echo "$name: stdout is not exactly one ok summary line"; cat /tmp/bench-out.$$; exit 1; }
  fi
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v cpu="$cpu" '
    { t[NR] = $1 } END { med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
      printf "%s %d %.3f %.3f %.3f %.3f\n", name, NR, med / 1e6, t[1] / 1e6, t[NR] / 1e6, cpu }' >>/tmp/bench-rows.$$
}
: >/tmp/bench-rows.$$
measure "launcher:bin/odooops" bin/odooops neutralize
measure "psql:same-statements" psql -qX -v ON_ERROR_STOP=1 -d "$db" -f bench/sql/neutralize-like-the-engine.sql
measure "java-jar:jvm-defaults" java -Dorg.jooq.no-logo=true -jar "$jar" neutralize

echo "neutralize, live run on a seeded Odoo 18 database ($(nproc) cores, $runs runs each; seconds)"
awk 'NR == FNR { if ($1 == "psql:same-statements") { psql = $3; psqlcpu = $6 }
                 if ($1 == "java-jar:jvm-defaults") { jvm = $3; jvmcpu = $6 }; next }
     FNR == 1 { printf "%-24s %5s %8s %8s %8s %10s %12s %8s %10s %12s\n", "variant", "runs", "median", "min", "max",
                "x psql", "x jvm-default", "cpu s", "cpu x psql", "cpu x jvm-def" }
     { printf "%-24s %5d %8.3f %8.3f %8.3f %10.1f %12.2f %8.3f %10.1f %12.2f\n", $1, $2, $3, $4, $5, $3 / psql, $3 / jvm,
              $6, $6 / (psqlcpu > 0 ? psqlcpu : 0.001), $6 / jvmcpu }' \
  /tmp/bench-rows.$$ /tmp/bench-rows.$$
echo "cpu s: median user + sys CPU seconds of one run (the command and its children; psql's excludes the server's)"
echo "target: launcher median <= 0.400 s"
# the issue's 0.40 s target assumes a machine where the JVM defaults take ~1.0 s: the last row says how far the
# launcher is from the defaults on this machine, which holds when the machine is faster or slower than that
awk 'NR == FNR { if ($1 == "psql:same-statements") psql = $3; if ($1 == "java-jar:jvm-defaults") jvm = $3; next }
     $1 == "launcher:bin/odooops" { printf "%.3f %.3f %.3f %.1f %.2f %.3f\n", $3, $4, $5, $3 / psql, $3 / jvm, jvm }' \
  /tmp/bench-rows.$$ /tmp/bench-rows.$$ | { read -r med min max ratio jvm_ratio jvm
  bench_row "neutralize: bin/odooops live run" "$med" "$min" "$max" s "psql, same statements" "$ratio"
  bench_row "neutralize: bin/odooops vs 0.40 s target" "$med" "$min" "$max" s "0.400 s target" \
    "$(awk -v m="$med" 'BEGIN { printf "%.2f", m / 0.4 }')"
  bench_row "neutralize: bin/odooops vs JVM defaults" "$med" "$min" "$max" s \
    "same jar, JVM defaults: $jvm s (target 0.40 of ~1.0)" "$jvm_ratio"; }
awk 'NR == FNR { if ($1 == "java-jar:jvm-defaults") jvmcpu = $6; next }
     $1 == "launcher:bin/odooops" { printf "%.3f %.3f %.2f\n", $6, jvmcpu, $6 / jvmcpu }' /tmp/bench-rows.$$ /tmp/bench-rows.$$ |
  { read -r cpu jvmcpu cpu_ratio
    bench_row "neutralize: bin/odooops CPU seconds per run" "$cpu" "$cpu" "$cpu" s \
      "same jar, JVM defaults: $jvmcpu CPU s" "$cpu_ratio"; }
rm -f /tmp/bench-out.$$ /tmp/bench-err.$$ /tmp/bench-cpu.$$ /tmp/bench-rows.$$
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $tpl WITH (FORCE)" >/dev/null
