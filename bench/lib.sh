# Sourced by the bench scripts. bench_row appends one row of the summary table that bench/run-all.sh prints:
#   bench_row NAME MEDIAN MIN MAX UNIT REFERENCE RATIO
# (RATIO is median / reference value, or "-"). Rows go to $BENCH_ROWS when run-all set it, and nowhere otherwise.
bench_row() {
  [[ -n ${BENCH_ROWS:-} ]] || return 0
  local IFS=$'\t'
  printf '%s\n' "$*" >>"$BENCH_ROWS"
}

# The PostgreSQL the launcher benches use: PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 as postgres.
bench_pg() {
  export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
}

# The CLI's jar, built when missing.
bench_cli_jar() {
  [[ -f gates-cli/target/odooops.jar ]] || ./mvnw -q -B -DskipTests package
  echo gates-cli/target/odooops.jar
}

# bench_prod_like_template NAME: a new database NAME holding Odoo 18.0's reduced schema and the prod-like seed
# (mail servers, crons, keys... as a production database has them), the template each run copies.
bench_prod_like_template() {
  psql -qX -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
  grep -v ' OWNER TO ' neutralize-jooq/src/test/resources/odoo/18.0/schema-18.0.sql \
    | psql -qX -v ON_ERROR_STOP=1 -d "$1" >/dev/null
  psql -qX -v ON_ERROR_STOP=1 -d "$1" -f bench/sql/seed-prod-like.sql >/dev/null
}
