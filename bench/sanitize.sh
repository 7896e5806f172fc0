#!/usr/bin/env bash
# The sanitize step at scale (issue 17): for each N (default 100000 1000000) partners, N/10 users with email logins
# and 2N messages on Odoo 18.0's real tables, seeded once, then RUNS (default 3) copies each measured the same way:
# one live neutralize+sanitize run per copy: medians of wall time, rows/s, statements and round trips (constant
# whatever N), the growth from one N to the next, and the ratios to two yardsticks measured on the same copies just
# before: a per-row JDBC update loop with the driver's default autocommit (a commit per row: the loop one writes
# first) and the same loop in one transaction (stricter), both timed on a sample and extrapolated per row (the
# output says so); and PostgreSQL's own floor, the same rows rewritten in place with nothing computed, on a copy of
# its own, with the ceiling it sets (autocommit loop / floor: the most any in-place UPDATE can reach here); and the
# rewrite floor, the same three columns rewritten by ALTER TABLE with nothing computed (every row written once and
# every index built again, as the engine's rewrite does), with its ceiling: the most any run that writes each row
# once can reach against the autocommit loop here.
# The three tables carry their primary keys only; INDEXES=odoo adds the indexes a real Odoo 18.0 database has on
# them (bench/sql/odoo-18.0-indexes.sql: 33 on res_partner), which every in-place row version must also pay for.
# Usage: [RUNS=3] [INDEXES=odoo] bench/sanitize.sh [N ...]
# Needs a PostgreSQL the tests can use: ODOOOPS_TEST_PG_URL (default: the local server, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export ODOOOPS_TEST_PG_URL="${ODOOOPS_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
cp_file="$(mktemp)"
./mvnw -B -ntp -q -pl neutralize-core,neutralize-jooq test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="neutralize-jooq/target/test-classes:neutralize-jooq/target/classes:neutralize-core/target/classes:$(cat "$cp_file")"
out="$(mktemp)"
trap 'rm -f "$cp_file" "$out"' EXIT
java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$cp" ai.insightpulse.odooops.neutralize.bench.SanitizeBench "$@" | tee "$out"
awk '$1 ~ /^[0-9]+$/ { print $1, $4, $5, $6, $11, $12, $14, $15, $17, $18, $21, $22 }' "$out" \
  | while read -r n ms min max auto auto_ratio tx tx_ratio floor floor_ratio rw_floor rw_ratio; do
  bench_row "sanitize: $n partners" "$ms" "$min" "$max" ms "per-row JDBC loop, autocommit (sampled, extrapolated) $auto ms" "$auto_ratio"
  bench_row "sanitize: $n partners" "$ms" "$min" "$max" ms "per-row JDBC loop, one transaction (sampled, extrapolated) $tx ms" "$tx_ratio"
  bench_row "sanitize: $n partners" "$ms" "$min" "$max" ms "PostgreSQL's floor: the same rows rewritten with nothing computed $floor ms" "$floor_ratio"
  bench_row "sanitize: $n partners" "$ms" "$min" "$max" ms "PostgreSQL's rewrite floor: ALTER TABLE, nothing computed $rw_floor ms" "$rw_ratio"
done
