#!/usr/bin/env bash
# The matrix against Maven, side by side in one run (README.md, "Testing feature combinations"): the same
# configurations built and tested (1) by one `kconfig:matrix` run in one Maven process, configurations in
# parallel, and (2) one `./mvnw -pl generated -Dkconfig.defconfig=FILE verify` per configuration, one after
# the other (what a user, or the old .ci/run profile loop, does without the matrix). Both run the same
# tests (the rendered ones and FeatureAbsenceTest) on the same rendered sources. Prints a table per
# configuration and the ratio, and writes it to benchmarks/results/matrix-vs-maven.md.
#
#   benchmarks/matrix-vs-maven.sh [N]      # the first N configurations of the pairwise sample (default 6)
#
# The Maven side is the cheapest Maven form of a build of one configuration: offline, generated/ alone (the
# kconfig and plugin jars installed once first), no javadoc or sources jars. The command the matrix prints
# to reproduce a failure (-pl generated -am, as a fresh clone needs) costs more.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../.ci/java-home
source .ci/java-home
N=${1:-6}
work=benchmarks/target/matrix-vs-maven
rm -rf "$work" && mkdir -p "$work/samples" benchmarks/results

echo "== installing kconfig and the plugin (once; not timed)" >&2
./mvnw -B -ntp -q install -pl .,kconfig,maven-plugin -DskipTests -Dinvoker.skip -Dmaven.source.skip \
  -Dmaven.javadoc.skip </dev/null >&2

echo "== the pairwise sample: its first $N configurations" >&2
java -jar kconfig/target/kconfig.jar sample --out "$work/samples" Config.uk >&2
mapfile -t configs < <(ls "$work"/samples/sample-*_defconfig | head -n "$N")
list=$(IFS=,; echo "${configs[*]/#/$PWD/}")

now() { date +%s.%N; }
echo "== in-process: one kconfig:matrix run" >&2
t0=$(now)
./mvnw -B -ntp -o -q -pl generated kconfig:matrix -Dkconfig.matrix.strategy=none -Dkconfig.matrix.defconfigs="$list" \
  -Dkconfig.matrix.directory="$PWD/$work/matrix" </dev/null >&2
matrix_wall=$(echo "$(now) - $t0" | bc)

declare -A maven
for f in "${configs[@]}"; do
  id=$(basename "$f" _defconfig)
  echo "== Maven: $id" >&2
  t0=$(now)
  ./mvnw -B -ntp -o -q -pl generated verify -Dkconfig.defconfig="$PWD/$f" -Dmaven.source.skip -Dmaven.javadoc.skip \
    </dev/null >"$work/$id.maven.log" 2>&1 || { echo "Maven build of $id failed: $work/$id.maven.log" >&2; exit 1; }
  maven[$id]=$(echo "$(now) - $t0" | bc)
done

# The command as the issue names it, for the first configuration: the whole reactor (kconfig's and the plugin's
# tests too), which is what `./mvnw -Dkconfig.defconfig=FILE verify` means in this repository.
first=$(basename "${configs[0]}" _defconfig)
echo "== Maven, whole reactor: $first" >&2
t0=$(now)
./mvnw -B -ntp -o -q verify -Dkconfig.defconfig="$PWD/${configs[0]}" </dev/null >"$work/$first.reactor.log" 2>&1 ||
  { echo "Maven build of $first failed: $work/$first.reactor.log" >&2; exit 1; }
reactor=$(echo "$(now) - $t0" | bc)

md=benchmarks/results/matrix-vs-maven.md
{
  echo "# The matrix against one Maven build per configuration"
  echo
  echo "\`benchmarks/matrix-vs-maven.sh $N\`, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average" \
    "$(cut -d' ' -f1-3 /proc/loadavg) at the end. The first $N configurations of the pairwise sample."
  echo
  echo "| configuration | Maven verify, s | in-process (render + compile + test), s | ratio |"
  echo "| --- | ---: | ---: | ---: |"
  total=0
  for f in "${configs[@]}"; do
    id=$(basename "$f" _defconfig)
    own=$(jq -r --arg id "$id" '.configurations[] | select(.id == $id) | .seconds | .render + .compile + .test' \
      "$work/matrix/matrix.json")
    total=$(echo "$total + ${maven[$id]}" | bc)
    printf '| %s | %.1f | %.1f | %.1fx |\n' "$id" "${maven[$id]}" "$own" "$(echo "${maven[$id]} / $own" | bc -l)"
  done
  echo
  printf 'All %d: Maven %.1f s one after the other; the matrix %.1f s wall (one Maven process, %s configurations at once): **%.1fx**.\n' \
    "$N" "$total" "$matrix_wall" "$(jq .threads "$work/matrix/matrix.json")" "$(echo "$total / $matrix_wall" | bc -l)"
  own=$(jq -r --arg id "$first" '.configurations[] | select(.id == $id) | .seconds | .render + .compile + .test' \
    "$work/matrix/matrix.json")
  printf '\nThe whole reactor for %s (`./mvnw -Dkconfig.defconfig=FILE verify` at the root: kconfig'"'"'s and the plugin'"'"'s tests too): %.1f s, **%.1fx** its in-process time.\n' \
    "$first" "$reactor" "$(echo "$reactor / $own" | bc -l)"
} | tee "$md"
