#!/usr/bin/env bash
# A staging refresh with its filestore (issue 16). Seeds a prod-like Odoo 18.0 database (the real schema, four bulk
# tables of ROWS rows each) and a filestore of FILES content-addressed files (~AVG_KB KiB each; 20000 x 52 KiB is
# ~1 GiB), then measures, RUNS times each, medians and ratios to a yardstick measured in the same run:
#   1. the filestore step of `odooops clone` (--filestore-copy auto) beside `cp -a` of the same tree, same filesystem;
#   2. `odooops restore` of a directory dump with --jobs 2 beside --jobs 1;
#   3. the whole refresh (`odooops clone --data-dir`) beside `createdb -T` + `cp -a` + `odooops neutralize` by hand.
# Usage: bench/refresh.sh [FILES [AVG_KB [ROWS [RUNS]]]]      (defaults 20000 52 300000 3)
# Needs: ./mvnw -q -DskipTests package; PostgreSQL client tools; PGHOST/PGPORT/PGUSER of a server where this user
# may create databases (default 127.0.0.1:5432 postgres); WORK (default a new dir under /tmp) on one filesystem.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
FILES="${1:-20000}" AVG_KB="${2:-52}" ROWS="${3:-300000}" RUNS="${4:-3}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_USER="$PGUSER"
JAR="${JAR:-gates-cli/target/odooops.jar}"
[[ -f $JAR ]] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 1; }
WORK="${WORK:-$(mktemp -d /tmp/odooops-refresh-bench.XXXXXX)}"
DATA="$WORK/data"; FS="$DATA/filestore"
SRC=odoo_dev_bench_src; TO=odoo_dev_bench_to; HAND=odoo_dev_bench_hand
odooops() { java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -jar "$JAR" "$@"; }
now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cleanup() {
  for db in $SRC $TO $HAND $TO-j; do dropdb --if-exists --force "$db" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "# load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; files=$FILES avg=${AVG_KB}KiB rows=$ROWS runs=$RUNS"
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

fs_auto=(); fs_cp=(); whole=(); hand=(); j1=(); j2=()
for run in $(seq "$RUNS"); do
  # 1 + 3: the whole refresh by odooops; its own stderr gives the filestore step's time
  t0=$(now)
  odooops clone --from $SRC --to $TO --yes --data-dir "$DATA" >/dev/null 2>"$WORK/clone.err"
  t1=$(now)
  whole+=("$(echo "$t1 - $t0" | bc)")
  fs_auto+=("$(sed -n 's/.*copied the filestore: .* in \([0-9.]*\) s$/\1/p' "$WORK/clone.err")")
  mode=$(sed -n 's/.*copied the filestore: [0-9]* files, [0-9.]* MiB by \([a-z]*\).*/\1/p' "$WORK/clone.err")
  # the yardstick: cp -a of the same tree on the same filesystem
  rm -rf "$WORK/cp-a"; sync
  t0=$(now); cp -a "$FS/$SRC" "$WORK/cp-a"; t1=$(now)
  fs_cp+=("$(echo "$t1 - $t0" | bc)")
  rm -rf "$WORK/cp-a"
  # by hand: createdb -T, cp -a, neutralize
  dropdb --if-exists --force $HAND; rm -rf "${FS:?}/$HAND"; sync
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

m() { printf '%s\n' "$@" | median; }
fa=$(m "${fs_auto[@]}"); fc=$(m "${fs_cp[@]}"); w=$(m "${whole[@]}"); h=$(m "${hand[@]}"); a=$(m "${j1[@]}"); b=$(m "${j2[@]}")
r() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", (x > 0 ? y / x : 0) }'; }
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %10s %10s %s\n' benchmark median yardstick "ratio (yardstick / median)"
printf '%-52s %9.3fs %9.3fs %s\n' "filestore step, auto ($mode), $FILES files" "$fa" "$fc" "$(r "$fa" "$fc")x faster than cp -a"
printf '%-52s %9.3fs %9.3fs %s\n' "restore directory dump, --jobs 2 (yardstick --jobs 1)" "$b" "$a" "$(r "$b" "$a")x"
printf '%-52s %9.3fs %9.3fs %s\n' "whole refresh: odooops clone --data-dir" "$w" "$h" "$(r "$w" "$h")x (by hand: createdb -T + cp -a + neutralize)"
echo "# runs: auto ${fs_auto[*]} | cp -a ${fs_cp[*]} | clone ${whole[*]} | hand ${hand[*]} | jobs1 ${j1[*]} | jobs2 ${j2[*]}"
bench_row "refresh: filestore step auto ($mode), $FILES files" "$fa" "$fa" "$fa" s "cp -a of the same tree $fc s" "$(r "$fc" "$fa")"
bench_row "refresh: restore -Fd --jobs 2" "$b" "$b" "$b" s "--jobs 1 $a s" "$(r "$a" "$b")"
bench_row "refresh: clone --data-dir, whole" "$w" "$w" "$w" s "createdb -T + cp -a + neutralize $h s" "$(r "$h" "$w")"
