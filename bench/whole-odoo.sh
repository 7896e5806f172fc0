#!/usr/bin/env bash
# Wall time of a live `neutralize` through the shipped launcher on the customer's whole Odoo: 50 installed custom
# modules each shipping a data/neutralize.sql (on an --addons-path) and 200 declared rules (50 custom tables of 1,000
# rows, 4 rules each), beside a run with neither on copies of the same seeded Odoo-18-shaped database (the modules
# and tables are there in both), runs interleaved. Target (issue 14): with both <= 1.3x with neither.
# Yardstick of the live run, in the same run: psql executing the same extra statements (the 200 rules' UPDATEs and
# the 50 files' statements) in one transaction on a fresh copy, net of psql's own empty transaction; the live run's
# excess over "neither" is printed beside it (ratio). CPU seconds per run (user + sys of the launcher's JVM, from
# /usr/bin/time) are steadier than wall time on a shared machine and printed beside the medians.
# Usage: bench/whole-odoo.sh [RUNS]   (default 15; needs the jar: ./mvnw -q -DskipTests package)
# PostgreSQL: PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432 postgres). Creates and drops odoo_dev_wbench*.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-15}
bench_pg
jar=$(bench_cli_jar)
tpl=odoo_dev_wbench_tpl db=odoo_dev_wbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bench_prod_like_template $tpl
# 50 custom modules, installed (each depending on the previous one), each with a job table of 200 rows its
# neutralize.sql cancels; and 50 tables shaped like a custom module's for the declared rules
psql -qX -v ON_ERROR_STOP=1 -d "$tpl" >/dev/null <<'SQL'
CREATE TABLE IF NOT EXISTS ir_module_module_dependency (id serial PRIMARY KEY, name varchar, module_id integer);
CREATE TABLE IF NOT EXISTS ir_model_fields (id serial PRIMARY KEY, name varchar NOT NULL, model varchar NOT NULL);
DO $$
BEGIN
  FOR t IN 1..50 LOOP
    INSERT INTO ir_module_module (name, state, author, license)
      VALUES ('ipai_bench_mod_' || t, 'installed', 'InsightPulse AI', 'LGPL-3');
    IF t > 1 THEN
      INSERT INTO ir_module_module_dependency (name, module_id)
        SELECT 'ipai_bench_mod_' || (t - 1), id FROM ir_module_module WHERE name = 'ipai_bench_mod_' || t;
    END IF;
    EXECUTE format('CREATE TABLE ipai_bench_job_%s (id serial PRIMARY KEY, state varchar NOT NULL, note varchar)', t);
    EXECUTE format('INSERT INTO ipai_bench_job_%s (state)
                    SELECT (ARRAY[''pending'', ''enqueued'', ''done'', ''failed''])[1 + g %% 4]
                    FROM generate_series(1, 200) g', t);
    EXECUTE format('CREATE TABLE ipai_bench_%s (id serial PRIMARY KEY, name varchar NOT NULL, active boolean,
                    api_key varchar, webhook_url varchar, mode varchar, retries integer)', t);
    EXECUTE format('INSERT INTO ipai_bench_%s (name, active, api_key, webhook_url, mode, retries)
                    SELECT ''row '' || g, true, md5(g::text), ''https://hooks.example.com/'' || g,
                           (ARRAY[''live'', ''eu'', ''sandbox''])[1 + g %% 3], 5
                    FROM generate_series(1, 1000) g', t);
  END LOOP;
END $$;
SQL
mkdir -p "$work/addons"
for ((t = 1; t <= 50; t++)); do
  m="$work/addons/ipai_bench_mod_$t"
  mkdir -p "$m/data"
  printf "{'name': 'bench module %s', 'license': 'LGPL-3'}\n" "$t" >"$m/__manifest__.py"
  cat >"$m/data/neutralize.sql" <<SQL
-- bench module $t: jobs a copy's runner would execute are cancelled; its endpoint setting points nowhere
UPDATE ipai_bench_job_$t SET state = 'cancelled' WHERE state IN ('pending', 'enqueued');
UPDATE ipai_bench_job_$t SET note = 'neutralized; module $t' WHERE note IS NULL;
SQL
done
{
  echo "rules:"
  for ((t = 1; t <= 50; t++)); do
    echo "  - {table: ipai_bench_$t, set: {active: false}, where: {active: true}}"
    echo "  - {table: ipai_bench_$t, set: {api_key: null}, where: {mode: [live, eu]}}"
    echo "  - {table: ipai_bench_$t, set: {webhook_url: \"https://invalid.invalid/hook\"}}"
    echo "  - {table: ipai_bench_$t, set: {retries: 0}, where: {mode: sandbox}}"
  done
} >"$work/rules.yaml"

# the yardstick's statements: what the engine sends for the 200 rules (as its batch renders them) and the 50 files
{
  echo "BEGIN;"
  for ((t = 1; t <= 50; t++)); do
    echo "update \"ipai_bench_$t\" set \"active\" = false where (\"active\" = true and (\"active\" is distinct from false));"
    echo "update \"ipai_bench_$t\" set \"api_key\" = null where (\"mode\" in ('live', 'eu') and (\"api_key\" is not null));"
    echo "update \"ipai_bench_$t\" set \"webhook_url\" = 'https://invalid.invalid/hook'" \
         "where ((\"webhook_url\" is distinct from 'https://invalid.invalid/hook'));"
    echo "update \"ipai_bench_$t\" set \"retries\" = 0 where (\"mode\" = 'sandbox' and (\"retries\" is distinct from 0));"
  done
  for ((t = 1; t <= 50; t++)); do
    grep -v '^--' "$work/addons/ipai_bench_mod_$t/data/neutralize.sql"
  done
  echo "COMMIT;"
} >"$work/extra.sql"
printf 'BEGIN;\nCOMMIT;\n' >"$work/empty.sql"

fresh() { psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE $tpl" >/dev/null; }
now() { date +%s%N; }
export IPAI_ENV=dev DB_HOST=$PGHOST DB_PORT=$PGPORT DB_USER=$PGUSER DB_NAME=$db IPAI_NEUTRALIZE_CONFIRM=YES
unset IPAI_NEUTRALIZE_RULES ODOO_ADDONS_PATH ODOO_RC IPAI_REQUIRE_COVERAGE

once() { # name, args... : one timed run on a fresh copy, its time appended to $work/name, its engine time to name.engine
  local name=$1; shift
  [[ $name == *again ]] || fresh
  local t0; t0=$(now)
  /usr/bin/time -o "$work/cpu" -f '%U %S' bin/odooops neutralize "$@" >"$work/out" 2>"$work/err" \
    || { echo "$name failed:"; cat "$work/err" "$work/out"; exit 1; }
  echo $(( ($(now) - t0) / 1000 )) >>"$work/$name"
  awk '{ printf "%d\n", ($1 + $2) * 1e6 }' "$work/cpu" >>"$work/$name.cpu"
  grep -o '"duration_ms":[0-9]*' "$work/out" | cut -d: -f2 | awk '{ print $1 * 1000 }' >>"$work/$name.engine"
  local want='"status":"ok"'
  [[ $name == *again ]] && want='"status":"no_op"'
  [[ $(wc -l <"$work/out") -eq 1 ]] && grep -q "$want" "$work/out" \
    || { echo "$name: stdout is not exactly one $want summary line"; cat "$work/out"; exit 1; }
}
yardstick() { # name, sql file: one timed psql run of the file on a fresh copy, its time appended to $work/name
  fresh
  local t0; t0=$(now)
  psql -qX -v ON_ERROR_STOP=1 -d "$db" -f "$2" >/dev/null
  echo $(( ($(now) - t0) / 1000 )) >>"$work/$1"
}
# the live runs do the neutralizing work (150,000 rule rows, 5,000 job rows, 50 files); runs 2..N on the same copy
# (no_op) show what the 50 files and 200 rules cost the engine itself: counting, checksums, rendering, round trips
for ((i = 0; i < runs; i++)); do
  once neither
  once neither-again
  once modules-and-rules --rules "$work/rules.yaml" --addons-path "$work/addons"
  cp "$work/out" "$work/whole-out"
  once modules-and-rules-again --rules "$work/rules.yaml" --addons-path "$work/addons"
  yardstick psql-extra "$work/extra.sql"
  yardstick psql-empty "$work/empty.sql"
done
# the last whole run must have run all 50 module files and all 200 rules, changing rows in each
cp "$work/whole-out" "$work/out"
ran=$(grep -o '"status":"changed","statements":2' "$work/out" | wc -l)
[[ $ran -eq 50 ]] || { echo "expected 50 module files run, summary: $(cat "$work/out")"; exit 1; }
rules_run=$(grep -o '"outcome":"changed"' "$work/out" | wc -l)
[[ $rules_run -ge 200 ]] || { echo "expected 200 changed rules, summary: $(cat "$work/out")"; exit 1; }

stats() { sort -n "$work/$1" | awk '{ t[NR] = $1 } END { med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
  printf "%.3f %.3f %.3f", med / 1e6, t[1] / 1e6, t[NR] / 1e6 }'; }
read -r base_med base_min base_max <<<"$(stats neither)"
read -r whole_med whole_min whole_max <<<"$(stats modules-and-rules)"
read -r base_eng _ _ <<<"$(stats neither.engine)"
read -r whole_eng _ _ <<<"$(stats modules-and-rules.engine)"
read -r again_base_med again_base_min again_base_max <<<"$(stats neither-again)"
read -r again_whole_med again_whole_min again_whole_max <<<"$(stats modules-and-rules-again)"
read -r psql_med psql_min psql_max <<<"$(stats psql-extra)"
read -r psql_empty_med _ _ <<<"$(stats psql-empty)"
cpu() { read -r m _ _ <<<"$(stats "$1.cpu")"; echo "$m"; }
base_cpu=$(cpu neither) whole_cpu=$(cpu modules-and-rules)
again_base_cpu=$(cpu neither-again) again_whole_cpu=$(cpu modules-and-rules-again)
excess=$(awk -v a="$whole_med" -v b="$base_med" 'BEGIN { printf "%.3f", a - b }')
psql_net=$(awk -v a="$psql_med" -v b="$psql_empty_med" 'BEGIN { printf "%.3f", a - b }')
excess_ratio=$(awk -v a="$excess" -v b="$psql_net" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$whole_cpu" -v b="$base_cpu" 'BEGIN { printf "%.2f", a / b }')
again_cpu_ratio=$(awk -v a="$again_whole_cpu" -v b="$again_base_cpu" 'BEGIN { printf "%.2f", a / b }')
ratio=$(awk -v a="$whole_med" -v b="$base_med" 'BEGIN { printf "%.2f", a / b }')
again_ratio=$(awk -v a="$again_whole_med" -v b="$again_base_med" 'BEGIN { printf "%.2f", a / b }')
eng_ratio=$(awk -v a="$whole_eng" -v b="$base_eng" 'BEGIN { printf "%.2f", a / b }')
echo "neutralize on the whole Odoo: 50 module neutralize.sql files + 200 declared rules vs neither, live runs on a"
echo "seeded Odoo 18 database + 50 custom modules (job tables of 200 rows, tables of 1,000 rows)"
echo "($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, interleaved; seconds)"
printf '%-32s %5s %8s %8s %8s %8s %10s %7s %8s\n' variant runs median min max "x neither" "engine s" "CPU s" "x CPU"
printf '%-32s %5d %8.3f %8.3f %8.3f %8.2f %10.3f %7.3f %8.2f\n' "neither" "$runs" "$base_med" "$base_min" "$base_max" 1 \
  "$base_eng" "$base_cpu" 1
printf '%-32s %5d %8.3f %8.3f %8.3f %8.2f %10.3f %7.3f %8.2f\n' "50 module files + 200 rules" "$runs" "$whole_med" \
  "$whole_min" "$whole_max" "$ratio" "$whole_eng" "$whole_cpu" "$cpu_ratio"
printf '%-32s %5d %8.3f %8.3f %8.3f %8.2f %10s %7.3f %8.2f\n' "neither, run 2 (no_op)" "$runs" "$again_base_med" \
  "$again_base_min" "$again_base_max" 1 "" "$again_base_cpu" 1
printf '%-32s %5d %8.3f %8.3f %8.3f %8.2f %10s %7.3f %8.2f\n' "files + rules, run 2 (no_op)" "$runs" "$again_whole_med" \
  "$again_whole_min" "$again_whole_max" "$again_ratio" "" "$again_whole_cpu" "$again_cpu_ratio"
printf '%-32s %5d %8.3f %8.3f %8.3f\n' "psql: the same extra statements" "$runs" "$psql_med" "$psql_min" "$psql_max"
printf '%-32s %5d %8.3f\n' "psql: an empty transaction" "$runs" "$psql_empty_med"
echo "engine time (summary duration_ms, without JVM start) ratio of the live runs: $eng_ratio"
echo "live run's excess over neither: $excess s; psql, the same 200 UPDATEs and 50 files' statements in one"
echo "transaction (net of its empty transaction): $psql_net s; excess / psql: $excess_ratio"
echo "target: whole <= 1.3x neither (wall time through the launcher); live run: excess <= 1.3x psql's same statements"
bench_row "neutralize: 50 module files + 200 rules" "$whole_med" "$whole_min" "$whole_max" s "same run, neither: $base_med s" "$ratio"
bench_row "neutralize: files + rules excess over neither" "$excess" "-" "-" s "same run, psql same statements: $psql_net s" \
  "$excess_ratio"
bench_row "neutralize run 2: 50 files + 200 rules" "$again_whole_med" "$again_whole_min" "$again_whole_max" s \
  "same run, neither: $again_base_med s" "$again_ratio"
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $tpl WITH (FORCE)" >/dev/null
