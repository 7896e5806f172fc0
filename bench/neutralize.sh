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

# the launcher's JDK: the one its AOT cache was made for (bin/odooops prefers it), else JAVA_HOME's or PATH's
aot=${jar%.jar}.aot launcher_java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[[ -f $aot && $aot -nt $jar && -f $aot.jdk && -z ${JAVA_HOME:-} ]] && launcher_java=$(cat "$aot.jdk")/bin/java
jdk17=${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
names=() cmds=()
variant() { names+=("$1"); cmds+=("$2"); }
# the rows are measured in rounds, one run of each per round, so that the machine's load falls on all alike
variant "launcher:bin/odooops" "bin/odooops neutralize"
[[ -x $jdk17/bin/java && $launcher_java != "$jdk17/bin/java" ]] && \
  variant "launcher:jdk17-archive" "JAVA_HOME=$jdk17 bin/odooops neutralize"
variant "psql:same-statements" "psql -qX -v ON_ERROR_STOP=1 -d $db -f bench/sql/neutralize-like-the-engine.sql"
variant "java-jar:jvm-defaults" "$launcher_java -Dorg.jooq.no-logo=true -jar $jar neutralize"
[[ -x $jdk17/bin/java && $launcher_java != "$jdk17/bin/java" ]] && \
  variant "java-jar:jdk17-defaults" "$jdk17/bin/java -Dorg.jooq.no-logo=true -jar $jar neutralize"
: >/tmp/bench-runs.$$
TIMEFORMAT='%U %S'
for ((i = 0; i < runs; i++)); do
  for v in "${!names[@]}"; do
    fresh
    t0=$(now)
    { time bash -c "${cmds[$v]}" >/tmp/bench-out.$$ 2>/tmp/bench-err.$$ \
        || { echo "${names[$v]} failed:"; cat /tmp/bench-err.$$; exit 1; }
    } 2>/tmp/bench-cpu.$$
    echo "${names[$v]} $(( ($(now) - t0) / 1000 )) $(awk '{ printf "%.3f", $1 + $2 }' /tmp/bench-cpu.$$)" \
      >>/tmp/bench-runs.$$
    if [[ ${names[$v]} == launcher* ]]; then
      [[ $(wc -l </tmp/bench-out.$$) -eq 1 ]] && grep -q '"status":"ok"' /tmp/bench-out.$$ \
        || { echo "${names[$v]}: stdout is not exactly one ok summary line"; cat /tmp/bench-out.$$; exit 1; }
    fi
  done
done
: >/tmp/bench-rows.$$
for name in "${names[@]}"; do
  cpu=$(awk -v n="$name" '$1 == n { print $3 }' /tmp/bench-runs.$$ | sort -n | awk '{ c[NR] = $1 }
    END { printf "%.3f", (NR % 2) ? c[(NR + 1) / 2] : (c[NR / 2] + c[NR / 2 + 1]) / 2 }')
  awk -v n="$name" '$1 == n { print $2 }' /tmp/bench-runs.$$ | sort -n | awk -v name="$name" -v cpu="$cpu" '
    { t[NR] = $1 } END { med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
      printf "%s %d %.3f %.3f %.3f %.3f\n", name, NR, med / 1e6, t[1] / 1e6, t[NR] / 1e6, cpu }' >>/tmp/bench-rows.$$
done

echo "neutralize, live run on a seeded Odoo 18 database ($(nproc) cores, $runs interleaved rounds; seconds; load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "launcher JDK: $launcher_java (jvm-defaults: the same JDK; jdk17 rows: the JDK 17 archive and defaults)"
awk 'NR == FNR { if ($1 == "psql:same-statements") { psql = $3; psqlcpu = $6 }
                 if ($1 == "java-jar:jvm-defaults") { jvm = $3; jvmcpu = $6 }; next }
     FNR == 1 { printf "%-24s %5s %8s %8s %8s %10s %12s %8s %10s %12s\n", "variant", "runs", "median", "min", "max",
                "x psql", "x jvm-default", "cpu s", "cpu x psql", "cpu x jvm-def" }
     { printf "%-24s %5d %8.3f %8.3f %8.3f %10.1f %12.2f %8.3f %10.1f %12.2f\n", $1, $2, $3, $4, $5, $3 / psql, $3 / jvm,
              $6, $6 / (psqlcpu > 0 ? psqlcpu : 0.001), $6 / jvmcpu }' \
  /tmp/bench-rows.$$ /tmp/bench-rows.$$
echo "cpu s: median user + sys CPU seconds of one run (the command and its children; psql's excludes the server's)"
awk 'NR == FNR { if ($1 == "java-jar:jdk17-defaults") { j = $3; jc = $6 }; next }
     $1 == "launcher:jdk17-archive" && j > 0 { printf "JDK 17 archive vs JDK 17 defaults: wall %.2fx, CPU %.2fx\n", $3 / j, $6 / jc }' \
  /tmp/bench-rows.$$ /tmp/bench-rows.$$
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
rm -f /tmp/bench-out.$$ /tmp/bench-err.$$ /tmp/bench-cpu.$$ /tmp/bench-rows.$$ /tmp/bench-runs.$$
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $tpl WITH (FORCE)" >/dev/null
