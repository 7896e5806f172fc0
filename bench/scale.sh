#!/usr/bin/env bash
# Times a live neutralization of the whole catalog on an Odoo 18.0 schema with 100,000 crons, 10,000 mail servers
# and 1,000 payment providers: median, min and max of N runs (default 7) and the statement count.
# Needs a PostgreSQL the tests can use: ODOOOPS_TEST_PG_URL (default: the local server, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
export ODOOOPS_TEST_PG_URL="${ODOOOPS_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
runs="${1:-7}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# one reactor invocation: neutralize-core resolves to its target/classes, never to a SNAPSHOT in ~/.m2
./mvnw -B -ntp -q -pl neutralize-core,neutralize-jooq test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
cp="neutralize-jooq/target/test-classes:neutralize-jooq/target/classes:neutralize-core/target/classes:$(cat "$cp_file")"
java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$cp" ai.insightpulse.odooops.neutralize.bench.ScaleBench "$runs"
