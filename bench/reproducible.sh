#!/usr/bin/env bash
# Constitution §5.3: two clean builds of one commit give byte-identical artifacts. Clones the commit twice into
# temporary directories (different paths, fresh target/ trees), builds each with `./mvnw -B -ntp -q -DskipTests
# package`, one after the other, and compares the SHA-256 of every jar both builds made (the modules' jars, the
# javadoc and test jars, and the shaded odooops.jar and odooops-agent.jar) and of every CycloneDX SBOM.
# Exit 0 when all are identical, 1 when any differs (it names them), 2 when a build fails.
#
# The class-data-sharing archives (gates-cli/target/odooops.jsa, odoo-agent/target/odooops-agent.jsa) are listed
# but not compared: the JVM writes them from a training run, with addresses and a header of its own, and they are
# not published (the Docker image makes its own, for its own JDK). They may differ between two builds.
#
# Usage: bench/reproducible.sh [COMMIT]   (default HEAD; the commit must be committed: it is cloned)
# Needs git, network access to Maven Central or a warm ~/.m2, and about 2 x the time of one package build.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
repo=$(pwd)
commit=$(git rev-parse --verify "${1:-HEAD}^{commit}")
work=$(mktemp -d "${TMPDIR:-/tmp}/odooops-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT

build() { # $1: name of the clone
  local dir=$work/$1 started
  git clone --quiet --no-local --no-checkout "$repo" "$dir"
  git -C "$dir" checkout --quiet --detach "$commit"
  started=$(date +%s)
  if ! (cd "$dir" && ./mvnw -B -ntp -q -DskipTests package >"$work/$1.log" 2>&1); then
    echo "reproducible: build $1 of $commit failed; its log:" >&2
    tail -40 "$work/$1.log" >&2
    exit 2
  fi
  echo "reproducible: build $1 of ${commit:0:12} took $(( $(date +%s) - started )) s" >&2
}

digests() { # $1: name of the clone; prints "<sha256>  <path>" for each artifact, sorted by path
  (cd "$work/$1" && find . -path '*/target/*' -maxdepth 3 -type f \( -name '*.jar' -o -name 'bom.json' \) \
    -not -path '*/target/test-classes/*' | LC_ALL=C sort | xargs -r sha256sum)
}

build a
build b
digests a >"$work/a.sha256"
digests b >"$work/b.sha256"

count=$(wc -l <"$work/a.sha256")
if ((count == 0)); then
  echo "reproducible: the build made no jar: nothing was compared" >&2
  exit 2
fi
for jsa in $(cd "$work/a" && find . -path '*/target/*.jsa' -maxdepth 3 | LC_ALL=C sort); do
  if cmp -s "$work/a/$jsa" "$work/b/$jsa"; then same="identical"; else same="differs (not compared: see above)"; fi
  echo "reproducible: CDS archive ${jsa#./} $same" >&2
done

if diff -u "$work/a.sha256" "$work/b.sha256" >"$work/diff"; then
  cat "$work/a.sha256"
  echo "reproducible: ${commit:0:12}: all $count artifacts identical in two clean builds"
  bench_row "reproducible artifacts (${commit:0:12})" "$count" "$count" "$count" "identical" "-" "-"
  exit 0
fi
echo "reproducible: ${commit:0:12}: artifacts differ between two clean builds:" >&2
cat "$work/diff" >&2
bench_row "reproducible artifacts (${commit:0:12})" "differ" "-" "-" "" "-" "-"
exit 1
