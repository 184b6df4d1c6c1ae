#!/usr/bin/env bash
# A quick A/B check of allocator changes (README.md, section 4): the fastest of many rounds, in ns per step,
# of each subject on each pattern, every subject in its own JVM, next to the bump pointer measured in the
# same run. Not the JMH suite: use it while iterating, then confirm with ukalloc-bench.sh.
#
#   benchmarks/quick-compare.sh JAR[,JAR...] SUBJECT[,SUBJECT...] [PATTERN[,PATTERN...]] [ROUNDS]
#   benchmarks/quick-compare.sh /tmp/before.jar,generated/target/ukalloc-0.1.0-SNAPSHOT-fast.jar mimalloc
#
# JARs are ukalloc jars that hold the subjects (each is run with every subject); benchmarks.jar must be built
# (./mvnw -pl benchmarks -am package -DskipTests). With QUICK_ISOLATE=1 (root, taskset) every other process
# is moved to CPU 0 while it runs on CPU 1, and given back both CPUs at the end: on 2 cores shared with
# builds this halves the spread.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../.ci/java-home
source .ci/java-home
jars=$1 subjects=$2 patterns=${3:-FIXED64,MIXED_16_2048,LIVE_10000} rounds=${4:-40}
bench=benchmarks/target/benchmarks.jar
[ -f "$bench" ] || { echo "no $bench: ./mvnw -pl benchmarks -am package -DskipTests" >&2; exit 1; }

pin=()
if [ "${QUICK_ISOLATE:-}" = 1 ]; then
  affinity() { for p in /proc/[0-9]*; do p=${p#/proc/}; [ "$p" = $$ ] || taskset -a -p "$1" "$p" >/dev/null 2>&1 || true; done; }
  affinity 0x1
  trap 'affinity 0x3' EXIT
  pin=(taskset -c 1)
fi

run() { # JAR SUBJECT -> lines "subject pattern ns" (the result lines, marked "=", not the heaps' own notes)
  "${pin[@]}" java --enable-native-access=ALL-UNNAMED -cp "$1:$bench" \
    dev.tailor.benchmarks.ukalloc.QuickCompare "$2" "$patterns" "$rounds" | sed -n 's/^= //p'
}

bump=$(run "${jars%%,*}" bump)
echo "bump pointer"
echo "$bump" | awk '{ printf "  %s %s ns/step\n", $2, $3 }'
for jar in ${jars//,/ }; do
  for subject in ${subjects//,/ }; do
    echo "$(basename "$jar")"
    run "$jar" "$subject" | awk -v bump="$bump" '
      BEGIN { n = split(bump, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], f, " "); limit[f[2]] = f[3] } }
      { printf "  %s %s %s ns/step = %.1f x bump\n", $1, $2, $3, $3 / limit[$2] }'
  done
done
