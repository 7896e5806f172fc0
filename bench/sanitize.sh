#!/usr/bin/env bash
# The sanitize step at scale (issue 17): for each N (default 100000 1000000) partners, N/10 users with email logins
# and 2N messages on Odoo 18.0's real tables, one live neutralize+sanitize run: wall time, rows/s, statements and
# round trips (constant whatever N), and the ratio to a per-row JDBC update loop measured in the same run on a
# sample and extrapolated (the output says so).
# Usage: bench/sanitize.sh [N ...]
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
awk '$1 ~ /^[0-9]+$/ { print $1, $4, $8, $9 }' "$out" | while read -r n ms loop ratio; do
  bench_row "sanitize: $n partners" "$ms" "$ms" "$ms" ms "per-row JDBC loop (sampled, extrapolated) $loop ms" "$ratio"
done
