# Sourced by the bench scripts. bench_row appends one row of the summary table that bench/run-all.sh prints:
#   bench_row NAME MEDIAN MIN MAX UNIT REFERENCE RATIO
# (RATIO is median / reference value, or "-"). Rows go to $BENCH_ROWS when run-all set it, and nowhere otherwise.
bench_row() {
  [[ -n ${BENCH_ROWS:-} ]] || return 0
  local IFS=$'\t'
  printf '%s\n' "$*" >>"$BENCH_ROWS"
}
