#!/usr/bin/env bash
# Builds the benchmarks on a ukalloc jar that has the allocators, then runs the allocator benchmarks
# (AllocatorBenchmark and the JDK baselines, in one JMH run). Arguments go to JMH, e.g. -f 2 -wi 5 -i 10.
#
#   benchmarks/ukalloc-bench.sh                # config benchmarks/ukalloc_defconfig: backends, no stats/sanity
#   UKALLOC_PROFILE=all benchmarks/ukalloc-bench.sh   # the `all` profile instead (stats + sanity: slower)
#   UKALLOC_BENCH=AllocatorBenchmark benchmarks/ukalloc-bench.sh   # JMH's benchmark regexp (default: all of them)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../.ci/java-home
source .ci/java-home

if [ -n "${UKALLOC_PROFILE:-}" ]; then
  config=(-P"$UKALLOC_PROFILE")
else
  config=(-Dkconfig.defconfig="$PWD/benchmarks/ukalloc_defconfig" -Dukalloc.classifier=bench)
fi
./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests "${config[@]}" </dev/null
# benchmarks.jar now holds that jar's classes; the default build (./mvnw verify) replaces it with one
# on the default configuration's jar, where AllocatorBenchmark finds no backend.
exec java -jar benchmarks/target/benchmarks.jar "${UKALLOC_BENCH:-dev.tailor.benchmarks.ukalloc}" "$@"
