#!/usr/bin/env bash
# The allocator suite (README.md, section 4): builds the benchmarks on a ukalloc jar that has the
# allocators, runs every Tailor backend and every peer on every pattern in one JMH run (with -prof gc),
# optionally the two-thread benchmark on a thread-safe jar, then the ratio report: a table on standard
# output, benchmarks/results/allocator-ratios.{md,svg}. Arguments go to JMH (both runs).
#
#   benchmarks/ukalloc-bench.sh                        # jar of benchmarks/ukalloc_defconfig (every backend)
#   UKALLOC_PROFILE=fast benchmarks/ukalloc-bench.sh   # the jar of a profile of the root pom instead
#   benchmarks/ukalloc-bench.sh -f 1 -wi 1 -i 1 -w 1s -r 1s       # smoke run (a few minutes)
#   benchmarks/ukalloc-bench.sh -p pattern=MIXED_16_2048 -p backend=tlsf -p peer=glibc,bump-pointer
#   UKALLOC_THREADED_PROFILE=threadsafe UKALLOC_THREADED_BACKENDS=bbuddy benchmarks/ukalloc-bench.sh
#
# Environment:
#   UKALLOC_PROFILE            profile of the single-thread suite's jar (default: benchmarks/ukalloc_defconfig)
#   UKALLOC_BENCH              JMH regexp of the single-thread suite (default: AllocatorBenchmark and PeerBenchmark)
#   UKALLOC_THREADED_PROFILE   profile of a thread-safe jar (PERTHREAD or LOCK) for ThreadedBenchmark;
#                              unset: the two-thread benchmark is not run
#   UKALLOC_THREADED_BACKENDS  its backends, comma-separated (default: slab,mimalloc)
#   UKALLOC_REPORT_ONLY=1      no build, no run: the report of the JSON files in benchmarks/results/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../.ci/java-home
source .ci/java-home

results=benchmarks/results
# Debian's libjemalloc.so.2 needs static TLS room to be loaded by dlopen (see JemallocFfmHeap);
# JMH's forks inherit the environment. Not LD_PRELOAD, which would replace glibc's malloc too.
export GLIBC_TUNABLES=${GLIBC_TUNABLES:-glibc.rtld.optional_static_tls=16384}
if [ ! -e /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ] && ! ldconfig -p 2>/dev/null | grep -q libjemalloc.so.2; then
  echo "note: libjemalloc.so.2 not found: jemalloc-ffm will fail (apt-get install -y libjemalloc2)" >&2
fi

# build LABEL PROFILE: benchmarks.jar on that profile's ukalloc jar (empty: benchmarks/ukalloc_defconfig),
# copied to benchmarks/target/benchmarks-LABEL.jar so that later builds do not change what runs.
build() {
  local label=$1 profile=$2 config
  if [ -n "$profile" ]; then
    config=(-P"$profile")
  else
    config=(-Dkconfig.defconfig="$PWD/benchmarks/ukalloc_defconfig" -Dukalloc.classifier=bench)
  fi
  echo "== building the benchmarks on the ukalloc jar of ${profile:-benchmarks/ukalloc_defconfig}" >&2
  ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests "${config[@]}" </dev/null >&2
  cp benchmarks/target/benchmarks.jar "benchmarks/target/benchmarks-$label.jar"
}

if [ -z "${UKALLOC_REPORT_ONLY:-}" ]; then
  mkdir -p "$results"
  rm -f "$results"/*.json
  build suite "${UKALLOC_PROFILE:-}"
  java -jar benchmarks/target/benchmarks-suite.jar \
    "${UKALLOC_BENCH:-ukalloc\.(AllocatorBenchmark|PeerBenchmark)}" \
    -prof gc -rf json -rff "$results/suite.json" "$@"
  if [ -n "${UKALLOC_THREADED_PROFILE:-}" ]; then
    build threaded "$UKALLOC_THREADED_PROFILE"
    # A -p backend=... among the arguments chooses the backends itself: JMH would run a second -p twice.
    backends=(-p backend="${UKALLOC_THREADED_BACKENDS:-slab,mimalloc}")
    for arg in "$@"; do
      case $arg in backend=*) backends=() ;; esac
    done
    java -jar benchmarks/target/benchmarks-threaded.jar 'ukalloc\.ThreadedBenchmark' \
      "${backends[@]}" -prof gc -rf json -rff "$results/threaded.json" "$@"
  else
    echo "(two-thread benchmark not run: set UKALLOC_THREADED_PROFILE to a thread-safe profile)" >&2
  fi
fi
# The default build (./mvnw verify) later replaces benchmarks.jar with one on the default jar, where the
# Tailor backends are missing; the copies above keep this run's jars.
java -cp "$(ls benchmarks/target/benchmarks-suite.jar benchmarks/target/benchmarks.jar 2>/dev/null | head -n 1)" \
  dev.tailor.benchmarks.ukalloc.report.Report "$results" "$results"/*.json
