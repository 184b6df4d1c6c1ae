#!/usr/bin/env bash
# The matrix against Maven, side by side in one run (README.md, "Testing feature combinations"): the same
# configurations built and tested (1) by one `kconfig:matrix` run in one Maven process, configurations in
# parallel, test classes run once per code (the matrix's default), and (2) one
# `./mvnw -pl generated -Dkconfig.defconfig=FILE verify` per configuration, one after the other (what a user,
# or the old .ci/run profile loop, does without the matrix), and (3) the whole reactor,
# `./mvnw -Dkconfig.defconfig=FILE verify` at the root, as a fresh clone types it. Both sides run the same tests
# (the rendered ones and FeatureAbsenceTest) on the same rendered sources. Prints the table and the ratios, and
# writes them to benchmarks/results/matrix-vs-maven.md.
#
#   benchmarks/matrix-vs-maven.sh [N [M]]   # matrix: the first N configurations of the pairwise sample (default:
#                                           # all of it); Maven: M of them, evenly spread (default 4); the
#                                           # reactor: the first of those M
#
# Per configuration, the matrix costs its wall time over N (a configuration's own time in matrix.json is
# shared with the one running beside it, and leaves out the tests it took from another); Maven costs the mean
# of its M builds. The Maven side is the cheapest Maven form of a build of one configuration: offline,
# generated/ alone (the kconfig and plugin jars installed once first), no javadoc or sources jars.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../.ci/java-home
source .ci/java-home
work=benchmarks/target/matrix-vs-maven
rm -rf "$work" && mkdir -p "$work/samples" benchmarks/results

echo "== installing kconfig and the plugin (once; not timed)" >&2
./mvnw -B -ntp -q install -pl .,kconfig,maven-plugin -DskipTests -Dinvoker.skip -Dmaven.source.skip \
  -Dmaven.javadoc.skip </dev/null >&2

java -jar kconfig/target/kconfig.jar sample --out "$work/samples" Config.uk >&2
mapfile -t all < <(ls "$work"/samples/sample-*_defconfig)
N=${1:-${#all[@]}} M=${2:-4}
configs=("${all[@]:0:N}")
timed=()
for ((i = 0; i < M && i < N; i++)); do timed+=("${configs[i * N / M]}"); done
echo "== the pairwise sample: ${#all[@]} configurations; the matrix builds $N, Maven ${#timed[@]} of them" >&2
list=$(IFS=,; echo "${configs[*]/#/$PWD/}")

now() { date +%s.%N; }
echo "== in-process: one kconfig:matrix run" >&2
t0=$(now)
./mvnw -B -ntp -o -q -pl generated kconfig:matrix -Dkconfig.matrix.strategy=none -Dkconfig.matrix.defconfigs="$list" \
  -Dkconfig.matrix.directory="$PWD/$work/matrix" </dev/null >&2
matrix_wall=$(echo "$(now) - $t0" | bc)
per_config=$(echo "$matrix_wall / $N" | bc -l)

declare -A maven
total=0
for f in "${timed[@]}"; do
  id=$(basename "$f" _defconfig)
  echo "== Maven: $id" >&2
  t0=$(now)
  ./mvnw -B -ntp -o -q -pl generated verify -Dkconfig.defconfig="$PWD/$f" -Dmaven.source.skip -Dmaven.javadoc.skip \
    </dev/null >"$work/$id.maven.log" 2>&1 || { echo "Maven build of $id failed: $work/$id.maven.log" >&2; exit 1; }
  maven[$id]=$(echo "$(now) - $t0" | bc)
  total=$(echo "$total + ${maven[$id]}" | bc)
done
mean=$(echo "$total / ${#timed[@]}" | bc -l)

first=$(basename "${timed[0]}" _defconfig)
echo "== Maven, whole reactor: $first" >&2
t0=$(now)
./mvnw -B -ntp -o -q verify -Dkconfig.defconfig="$PWD/${timed[0]}" </dev/null >"$work/$first.reactor.log" 2>&1 ||
  { echo "Maven build of $first failed: $work/$first.reactor.log" >&2; exit 1; }
reactor=$(echo "$(now) - $t0" | bc)

md=benchmarks/results/matrix-vs-maven.md
json=$work/matrix/matrix.json
{
  echo "# The matrix against one Maven build per configuration"
  echo
  echo "\`benchmarks/matrix-vs-maven.sh $N ${#timed[@]}\`, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load" \
    "average $(cut -d' ' -f1-3 /proc/loadavg) at the end. The matrix: the first $N of the ${#all[@]} configurations of" \
    "the pairwise sample; Maven: ${#timed[@]} of them, evenly spread."
  echo
  echo "| configuration | Maven verify (-pl generated), s | its own time in the matrix (render + compile + tests it ran), s | tests it ran / took from another |"
  echo "| --- | ---: | ---: | ---: |"
  for f in "${timed[@]}"; do
    id=$(basename "$f" _defconfig)
    jq -r --arg id "$id" --arg mvn "${maven[$id]}" '.configurations[] | select(.id == $id) |
      "| \(.id) | \($mvn | tonumber * 10 | round / 10) | \(.seconds | .render + .compile + .test | . * 10 | round / 10) | \(.tests.passed + .tests.failed + .tests.skipped - .tests.reused) / \(.tests.reused) |"' "$json"
  done
  echo
  printf 'The matrix: %d configurations in %.1f s wall (one Maven process, %s at once; %s of %s tests taken from a configuration with the same code): **%.1f s per configuration**.\n\n' \
    "$N" "$matrix_wall" "$(jq .threads "$json")" "$(jq '[.configurations[].tests.reused] | add' "$json")" \
    "$(jq '[.configurations[].tests | .passed + .failed + .skipped] | add' "$json")" "$per_config"
  printf -- '- Maven, `-pl generated` (the cheapest build of one configuration): %.1f s per configuration (mean of %d): **%.1fx**.\n' \
    "$mean" "${#timed[@]}" "$(echo "$mean / $per_config" | bc -l)"
  printf -- '- Maven, the whole reactor for %s (`./mvnw -Dkconfig.defconfig=FILE verify` at the root: kconfig'"'"'s and the plugin'"'"'s tests too): %.1f s: **%.1fx**.\n' \
    "$first" "$reactor" "$(echo "$reactor / $per_config" | bc -l)"
} | tee "$md"
