#!/usr/bin/env bash
# Wall time of a live `neutralize` through the shipped launcher with 200 declared rules (50 custom-module tables of
# 1,000 rows each, 4 rules per table, every rule changing rows) beside the same run with no rules, on copies of the
# same seeded Odoo-18-shaped database, runs interleaved. Target (issue 14): with rules <= 1.3x without.
# Usage: bench/declared-rules.sh [RUNS]   (default 15; needs the jar: ./mvnw -q -DskipTests package)
# PostgreSQL: PGHOST/PGPORT/PGUSER (default 127.0.0.1:5432 postgres). Creates and drops odoo_dev_rbench*.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-15}
bench_pg
jar=$(bench_cli_jar)
tpl=odoo_dev_rbench_tpl db=odoo_dev_rbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bench_prod_like_template $tpl
# 50 tables shaped like a custom module's: an on/off switch, a key, a webhook URL, a mode
psql -qX -v ON_ERROR_STOP=1 -d "$tpl" >/dev/null <<'SQL'
DO $$
BEGIN
  FOR t IN 1..50 LOOP
    EXECUTE format('CREATE TABLE ipai_bench_%s (id serial PRIMARY KEY, name varchar NOT NULL, active boolean,
                    api_key varchar, webhook_url varchar, mode varchar, retries integer)', t);
    EXECUTE format('INSERT INTO ipai_bench_%s (name, active, api_key, webhook_url, mode, retries)
                    SELECT ''row '' || g, true, md5(g::text), ''https://hooks.example.com/'' || g,
                           (ARRAY[''live'', ''eu'', ''sandbox''])[1 + g %% 3], 5
                    FROM generate_series(1, 1000) g', t);
  END LOOP;
END $$;
SQL
{
  echo "rules:"
  for ((t = 1; t <= 50; t++)); do
    echo "  - {table: ipai_bench_$t, set: {active: false}, where: {active: true}}"
    echo "  - {table: ipai_bench_$t, set: {api_key: null}, where: {mode: [live, eu]}}"
    echo "  - {table: ipai_bench_$t, set: {webhook_url: \"https://invalid.invalid/hook\"}}"
    echo "  - {table: ipai_bench_$t, set: {retries: 0}, where: {mode: sandbox}}"
  done
} >"$work/rules.yaml"

fresh() { psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE $tpl" >/dev/null; }
now() { date +%s%N; }
export IPAI_ENV=dev DB_HOST=$PGHOST DB_PORT=$PGPORT DB_USER=$PGUSER DB_NAME=$db IPAI_NEUTRALIZE_CONFIRM=YES
unset IPAI_NEUTRALIZE_RULES

once() { # name, args... : one timed run on a fresh copy, its time appended to $work/name
  local name=$1; shift
  fresh
  local t0; t0=$(now)
  bin/odooops neutralize "$@" >"$work/out" 2>"$work/err" || { echo "$name failed:"; cat "$work/err" "$work/out"; exit 1; }
  echo $(( ($(now) - t0) / 1000 )) >>"$work/$name"
  [[ $(wc -l <"$work/out") -eq 1 ]] && grep -q '"status":"ok"' "$work/out" \
    || { echo "$name: stdout is not exactly one ok summary line"; cat "$work/out"; exit 1; }
}
for ((i = 0; i < runs; i++)); do
  once without-rules
  once with-200-rules --rules "$work/rules.yaml"
done
# the last run with rules must have run all 200 and changed rows in each
rules_run=$(grep -o '"outcome":"changed"' "$work/out" | wc -l)
[[ $rules_run -ge 200 ]] || { echo "expected 200 changed rules, summary: $(cat "$work/out")"; exit 1; }

stats() { sort -n "$work/$1" | awk '{ t[NR] = $1 } END { med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
  printf "%.3f %.3f %.3f", med / 1e6, t[1] / 1e6, t[NR] / 1e6 }'; }
read -r base_med base_min base_max <<<"$(stats without-rules)"
read -r rules_med rules_min rules_max <<<"$(stats with-200-rules)"
ratio=$(awk -v a="$rules_med" -v b="$base_med" 'BEGIN { printf "%.2f", a / b }')
echo "neutralize with declared rules, live run on a seeded Odoo 18 database + 50 custom tables x 1,000 rows"
echo "($(nproc) cores, $runs runs each, interleaved; seconds)"
printf '%-24s %5s %8s %8s %8s %8s\n' variant runs median min max "x none"
printf '%-24s %5d %8.3f %8.3f %8.3f %8.2f\n' "no rules" "$runs" "$base_med" "$base_min" "$base_max" 1
printf '%-24s %5d %8.3f %8.3f %8.3f %8.2f\n' "200 declared rules" "$runs" "$rules_med" "$rules_min" "$rules_max" "$ratio"
echo "target: 200 rules <= 1.3x no rules"
bench_row "neutralize: 200 declared rules" "$rules_med" "$rules_min" "$rules_max" s "same run, no rules: $base_med s" "$ratio"
psql -qX -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $tpl WITH (FORCE)" >/dev/null
