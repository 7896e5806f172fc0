#!/usr/bin/env bash
# bench/gates.sh — wall time of `bin/odooops gate all` on the passing fixture repository and on the seeds-layout one
# (each made a git repository with main and production, so that every gate runs), against the 2 s budget of issue 5.
# Builds the jar if it is missing. RUNS (default 10) sets the number of timed runs; one untimed run warms the disk.
set -euo pipefail
root=$(CDPATH='' cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
runs=${RUNS:-10}
budget_ms=2000
. "$root/bench/lib.sh"
jar=$root/gates-cli/target/odooops.jar

if [[ ! -f $jar ]]; then
  echo "building $jar ..." >&2
  (cd "$root" && ./mvnw -B -ntp -q -DskipTests package -pl gates-cli -am)
fi

work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT

ratio() { awk -v t="$1" -v b="$budget_ms" 'BEGIN { printf "%.2f", t / b }'; }

# bench_fixture NAME LABEL: times `gate all` on fixture NAME made a git repository with main and production
bench_fixture() {
  local name=$1 label=$2 repo=$work/$1
  cp -a "$root/gates-cli/src/test/resources/gate-fixtures/$name/." "$repo"
  local git_=(git -C "$repo" -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false)
  "${git_[@]}" init -q -b main
  "${git_[@]}" add -A
  "${git_[@]}" commit -q -m "customer repository"
  "${git_[@]}" branch production

  "$root/bin/odooops" gate all --repo "$repo" >/dev/null
  local times=() i start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    if ! "$root/bin/odooops" gate all --repo "$repo" >/dev/null; then
      echo "bench/gates.sh: gate all failed on the $name fixture" >&2
      exit 1
    fi
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done

  local sorted=($(printf '%s\n' "${times[@]}" | sort -n)) median
  local n=${#sorted[@]}
  if ((n % 2)); then
    median=${sorted[n / 2]}
  else
    median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
  fi
  echo "odooops gate all on the $label, $n runs (ms): ${times[*]}"
  printf 'median %d ms  min %d ms  max %d ms\n' "$median" "${sorted[0]}" "${sorted[n - 1]}"
  printf 'ratio to the 2 s budget: median %s  min %s  max %s\n' "$(ratio "$median")" "$(ratio "${sorted[0]}")" \
    "$(ratio "${sorted[n - 1]}")"
  bench_row "gate all: $label" "$median" "${sorted[0]}" "${sorted[n - 1]}" ms "2 s budget" "$(ratio "$median")"
}

bench_fixture passing "passing fixture repository"
# the seeds' own layout: one deploy/docker-compose.yml holding production and staging (issue 12)
bench_fixture seeds-layout "seeds-layout fixture repository"
