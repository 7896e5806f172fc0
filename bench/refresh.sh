#!/usr/bin/env bash
# A staging refresh with its filestore (issue 16). Seeds a prod-like Odoo 18.0 database (the real schema, four bulk
# tables of ROWS rows each) and a filestore of FILES content-addressed files (~AVG_KB KiB each; 20000 x 52 KiB is
# ~1 GiB), then measures, RUNS times each, medians and ratios to a yardstick measured in the same run:
#   1. the filestore step of `odooops clone` (--filestore-copy auto) beside `cp -a` of the same tree, same filesystem,
#      and beside `cp -al` (cp's own hard-linked copy: the bare tool, no JVM), FS_RUNS times each (default 7), the
#      three in turn with the order rotated every run, each after `sync` and a settle of SETTLE seconds (default 2), so
#      that every timed command starts with no dirty page of the one before it (cp -a writes ~1 GiB into the page
#      cache; without this its time swung 0.66-3.75 s with the writeback of the previous command);
#   2. `odooops restore` of a directory dump with --jobs 2 beside --jobs 1;
#   3. the whole refresh (`odooops clone --data-dir`) beside `createdb -T` + `cp -a` + `odooops neutralize` by hand.
# Usage: bench/refresh.sh [FILES [AVG_KB [ROWS [RUNS]]]]      (defaults 20000 52 300000 3)
#   FS_RUNS=7 SETTLE=2: the filestore figures' runs and settle; ONLY_FILESTORE=1 measures the filestore figures only.
# odooops runs as users run it: bin/odooops (the launcher's JVM flags and class-data archive) with ODOOOPS_JAR=$JAR.
# Needs: ./mvnw -q -DskipTests package; PostgreSQL client tools; PGHOST/PGPORT/PGUSER of a server where this user
# may create databases (default 127.0.0.1:5432 postgres); WORK (default a new dir under /tmp) on one filesystem.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
FILES="${1:-20000}" AVG_KB="${2:-52}" ROWS="${3:-300000}" RUNS="${4:-3}"
FS_RUNS="${FS_RUNS:-7}" SETTLE="${SETTLE:-2}" ONLY_FILESTORE="${ONLY_FILESTORE:-0}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_USER="$PGUSER"
JAR="${JAR:-gates-cli/target/odooops.jar}"
[[ -f $JAR ]] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 1; }
WORK="${WORK:-$(mktemp -d /tmp/odooops-refresh-bench.XXXXXX)}"
DATA="$WORK/data"; FS="$DATA/filestore"
SRC=odoo_dev_bench_src; TO=odoo_dev_bench_to; HAND=odoo_dev_bench_hand
odooops() { ODOOOPS_JAR="$JAR" bin/odooops "$@"; }
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cleanup() {
  for db in $SRC $TO $HAND $TO-j; do dropdb --if-exists --force "$db" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; files=$FILES avg=${AVG_KB}KiB rows=$ROWS runs=$RUNS fs_runs=$FS_RUNS settle=${SETTLE}s"
dropdb --if-exists --force $SRC
createdb -T template0 $SRC
grep -v "OWNER TO" neutralize-jooq/src/test/resources/odoo/18.0/schema-18.0.sql | psql -q -v ON_ERROR_STOP=1 -d $SRC >/dev/null
psql -q -v ON_ERROR_STOP=1 -d $SRC -f gates-cli/src/main/resources/odoo/18.0/prod-like-seed.sql >/dev/null
for t in 1 2 3 4; do
  psql -q -v ON_ERROR_STOP=1 -d $SRC -c "CREATE TABLE bench_data_$t AS SELECT g AS id, md5(g::text) AS a,
      repeat(md5((g * $t)::text), 3) AS b FROM generate_series(1, $ROWS) g; ALTER TABLE bench_data_$t ADD PRIMARY KEY (id)"
done
mkdir -p "$FS/$SRC"
python3 - "$FS/$SRC" "$FILES" "$AVG_KB" <<'PY'
import hashlib, os, random, sys
root, files, avg = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) * 1024
rnd = random.Random(16)
for i in range(files):
    size = rnd.randint(avg // 2, avg * 3 // 2)
    data = os.urandom(size)
    sha = hashlib.sha1(data).hexdigest()
    d = os.path.join(root, sha[:2]); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, sha), "wb") as f: f.write(data)
PY
echo "# seeded: $(du -sh "$FS/$SRC" | cut -f1) in $(find "$FS/$SRC" -type f | wc -l) files; database $(psql -Atc "SELECT pg_size_pretty(pg_database_size('$SRC'))")"
sync

settle() { sync; sleep "$SETTLE"; }
# 1: the filestore step (its own timing, from clone's stderr) and the two yardsticks, each from the same clean state
fs_auto=(); fs_cp=(); fs_cpl=(); mode=
step_ours() {
  settle
  odooops clone --from $SRC --to $TO --yes --data-dir "$DATA" >/dev/null 2>"$WORK/clone.err" \
    || { cat "$WORK/clone.err" >&2; exit 2; }
  fs_auto+=("$(sed -n 's/.*copied the filestore: .* in \([0-9.]*\) s$/\1/p' "$WORK/clone.err")")
  mode=$(sed -n 's/.*copied the filestore: [0-9]* files, [0-9.]* MiB by \([a-z]*\).*/\1/p' "$WORK/clone.err")
}
step_cp() { # $1: the cp flags; the copy is made in the data dir, beside the filestores, and removed after
  rm -rf "$WORK/cp-copy"; settle
  local t0 t1; t0=$(now); cp "$1" "$FS/$SRC" "$WORK/cp-copy"; t1=$(now)
  rm -rf "$WORK/cp-copy"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
for run in $(seq "$FS_RUNS"); do
  order=(ours cp-a cp-al); k=$(( (run - 1) % 3 ))
  for i in 0 1 2; do
    case ${order[$(( (i + k) % 3 ))]} in
      ours) step_ours ;;
      cp-a) fs_cp+=("$(step_cp -a)") ;;
      cp-al) fs_cpl+=("$(step_cp -al)") ;;
    esac
  done
done
m() { printf '%s\n' "$@" | median; }
r() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", (x > 0 ? y / x : 0) }'; }
fa=$(m "${fs_auto[@]}"); fc=$(m "${fs_cp[@]}"); fl=$(m "${fs_cpl[@]}")
if [[ $ONLY_FILESTORE == 1 ]]; then
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-52s %10s %10s %s\n' benchmark median yardstick "ratio (yardstick / median)"
  printf '%-52s %9.3fs %9.3fs %s\n' "filestore step, auto ($mode), $FILES files" "$fa" "$fc" "$(r "$fa" "$fc")x faster than cp -a"
  printf '%-52s %9.3fs %9.3fs %s\n' "cp -al (no JVM), $FILES files" "$fl" "$fc" "$(r "$fl" "$fc")x faster than cp -a"
  printf '%-52s %9.3fs %9.3fs %s\n' "filestore step over cp -al" "$fa" "$fl" "$(r "$fl" "$fa")x cp -al's time"
  echo "# runs: auto ${fs_auto[*]} | cp -a ${fs_cp[*]} | cp -al ${fs_cpl[*]}"
  exit 0
fi

# 3: the whole refresh by odooops beside the same by hand
whole=(); hand=(); j1=(); j2=()
for run in $(seq "$RUNS"); do
  settle
  t0=$(now)
  odooops clone --from $SRC --to $TO --yes --data-dir "$DATA" >/dev/null 2>"$WORK/clone.err"
  t1=$(now)
  whole+=("$(echo "$t1 - $t0" | bc)")
  # by hand: createdb -T, cp -a, neutralize
  dropdb --if-exists --force $HAND; rm -rf "${FS:?}/$HAND"; settle
  t0=$(now)
  createdb -T $SRC $HAND
  cp -a "$FS/$SRC" "$FS/$HAND"
  IPAI_ENV=dev DB_NAME=$HAND IPAI_NEUTRALIZE_CONFIRM=YES odooops neutralize >/dev/null 2>&1
  t1=$(now)
  hand+=("$(echo "$t1 - $t0" | bc)")
done
dropdb --if-exists --force $HAND; rm -rf "${FS:?}/$HAND"

pg_dump -Fd -f "$WORK/src.dir" $SRC
for run in $(seq "$RUNS"); do
  for jobs in 1 2; do
    t0=$(now)
    odooops restore --dump "$WORK/src.dir" --to $TO --yes --jobs $jobs >/dev/null 2>"$WORK/restore.err" \
      || { cat "$WORK/restore.err" >&2; exit 2; }
    t1=$(now)
    if [[ $jobs == 1 ]]; then j1+=("$(echo "$t1 - $t0" | bc)"); else j2+=("$(echo "$t1 - $t0" | bc)"); fi
  done
done

w=$(m "${whole[@]}"); h=$(m "${hand[@]}"); a=$(m "${j1[@]}"); b=$(m "${j2[@]}")
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %10s %10s %s\n' benchmark median yardstick "ratio (yardstick / median)"
printf '%-52s %9.3fs %9.3fs %s\n' "filestore step, auto ($mode), $FILES files" "$fa" "$fc" "$(r "$fa" "$fc")x faster than cp -a"
printf '%-52s %9.3fs %9.3fs %s\n' "cp -al (no JVM), $FILES files" "$fl" "$fc" "$(r "$fl" "$fc")x faster than cp -a"
printf '%-52s %9.3fs %9.3fs %s\n' "filestore step over cp -al" "$fa" "$fl" "$(r "$fl" "$fa")x cp -al's time"
printf '%-52s %9.3fs %9.3fs %s\n' "restore directory dump, --jobs 2 (yardstick --jobs 1)" "$b" "$a" "$(r "$b" "$a")x"
printf '%-52s %9.3fs %9.3fs %s\n' "whole refresh: odooops clone --data-dir" "$w" "$h" "$(r "$w" "$h")x (by hand: createdb -T + cp -a + neutralize)"
echo "# runs: auto ${fs_auto[*]} | cp -a ${fs_cp[*]} | cp -al ${fs_cpl[*]} | clone ${whole[*]} | hand ${hand[*]} | jobs1 ${j1[*]} | jobs2 ${j2[*]}"
bench_row "refresh: filestore step auto ($mode), $FILES files" "$fa" "$fa" "$fa" s "cp -a of the same tree $fc s" "$(r "$fc" "$fa")"
bench_row "refresh: restore -Fd --jobs 2" "$b" "$b" "$b" s "--jobs 1 $a s" "$(r "$a" "$b")"
bench_row "refresh: clone --data-dir, whole" "$w" "$w" "$w" s "createdb -T + cp -a + neutralize $h s" "$(r "$h" "$w")"
