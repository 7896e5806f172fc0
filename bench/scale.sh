#!/usr/bin/env bash
# How the cost of a live neutralization of the whole catalog grows: for each scale N (default 1000 10000 100000), an
# Odoo 18.0 schema with N crons, N mail servers and N/100 payment providers; median, min and max of RUNS runs
# (default 7), rows changed, and the statements and round trips counted on the JDBC connection.
# Usage: bench/scale.sh [RUNS [N ...]]
# Needs a PostgreSQL the tests can use: ODOOOPS_TEST_PG_URL (default: the local server, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export ODOOOPS_TEST_PG_URL="${ODOOOPS_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
runs="${1:-7}"
shift || true
cp_file="$(mktemp)"
# one reactor invocation: neutralize-core resolves to its target/classes, never to a SNAPSHOT in ~/.m2
./mvnw -B -ntp -q -pl neutralize-core,neutralize-jooq test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="neutralize-jooq/target/test-classes:neutralize-jooq/target/classes:neutralize-core/target/classes:$(cat "$cp_file")"
out="$(mktemp)"
trap 'rm -f "$cp_file" "$out"' EXIT
java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$cp" ai.insightpulse.odooops.neutralize.bench.ScaleBench "$runs" "$@" | tee "$out"
# one summary row per scale: time per run, and statements and round trips as the "reference" columns
awk '$1 ~ /^[0-9]+$/ { print $1, $2, $3, $4, $5, $6, $8, $9 }' "$out" | while read -r n servers providers med min max statements trips; do
  bench_row "scale: $n crons, $servers servers, $providers providers" "$med" "$min" "$max" ms \
    "2000 ms target; $statements statements, $trips round trips" "$(awk -v m="$med" 'BEGIN { printf "%.2f", m / 2000 }')"
done
