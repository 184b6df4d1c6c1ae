#!/usr/bin/env bash
# Fragmentation and replay speed (README.md, "Fragmentation: fragmentation.sh"): every bundled trace
# (benchmarks/traces/*.trace.gz) through glibc and jemalloc (traces/replay-native.c) and through every
# allocator of a ukalloc jar that has them all (`replay --json`), in one run. Prints a table and writes it
# to benchmarks/results/fragmentation.md (benchmarks/target/ with FRAG_TRACES); the raw JSON lines go to
# benchmarks/target/fragmentation.jsonl.
#
#   benchmarks/fragmentation.sh                          # jar of benchmarks/ukalloc_defconfig, built if stale
#   FRAG_JAR=generated/target/ukalloc-0.1.0-SNAPSHOT-all.jar benchmarks/fragmentation.sh   # a given jar
#   FRAG_TRACES="benchmarks/traces/cc1-O2.trace.gz" benchmarks/fragmentation.sh
#
# Environment: FRAG_JAR (a ukalloc jar), FRAG_TRACES (space-separated), FRAG_HEAP (the jar's --heap,
# default 1g), FRAG_TARGETS (default "tlsf slab dlmalloc"), JEMALLOC (path of libjemalloc.so.2).
#
# Needs gcc, zlib's headers (apt-get install -y zlib1g-dev), jemalloc (apt-get install -y libjemalloc2;
# without it the jemalloc row is left out), jq and a JDK 25.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../.ci/java-home
source .ci/java-home

# Allocators the issue holds to "fragmentation at or below glibc's on the same traces" (names as `info` lists them).
read -r -a TARGETS <<<"${FRAG_TARGETS:-tlsf slab dlmalloc}"
JEMALLOC=${JEMALLOC:-/usr/lib/x86_64-linux-gnu/libjemalloc.so.2}
HEAP=${FRAG_HEAP:-1g}
read -r -a traces <<<"${FRAG_TRACES:-$(echo benchmarks/traces/*.trace.gz)}"
mkdir -p benchmarks/target benchmarks/results
replay_native=benchmarks/target/replay-native
raw=benchmarks/target/fragmentation.jsonl
# A run on a subset of the traces does not replace the committed results.
md=benchmarks/results/fragmentation.md
if [ -n "${FRAG_TRACES:-}" ]; then md=benchmarks/target/fragmentation.md; fi

command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 1; }
if ! echo '#include <zlib.h>' | gcc -E -x c - >/dev/null 2>&1; then
  echo "zlib's headers are missing: apt-get install -y zlib1g-dev" >&2
  exit 1
fi
gcc -O2 -Wall -o "$replay_native" benchmarks/traces/replay-native.c -lz -ldl

# The self-test: hand-written traces whose figures are known (under glibc, exact footprints).
"$replay_native" --selftest >&2
if [ -e "$JEMALLOC" ]; then
  LD_PRELOAD=$JEMALLOC "$replay_native" --selftest >&2
else
  echo "note: $JEMALLOC not found, no jemalloc row (apt-get install -y libjemalloc2)" >&2
  JEMALLOC=
fi

# The jar: FRAG_JAR, or that of benchmarks/ukalloc_defconfig (every backend, no free-list sanity checks:
# `all` has them, which makes bbuddy walk its lists on every call), rebuilt when the sources are newer.
jar=${FRAG_JAR:-}
if [ -z "$jar" ]; then
  jar=$(ls generated/target/ukalloc-*-bench.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ] || [ -n "$(find modules benchmarks/ukalloc_defconfig -newer "$jar" -print -quit)" ]; then
    echo "== building the ukalloc jar of benchmarks/ukalloc_defconfig" >&2
    ./mvnw -B -ntp -q -pl generated -am package -DskipTests \
      -Dkconfig.defconfig="$PWD/benchmarks/ukalloc_defconfig" -Dukalloc.classifier=bench </dev/null >&2
    jar=$(ls generated/target/ukalloc-*-bench.jar | head -n 1)
  fi
fi
# `info` lists them under "Allocators:", one a line, the name first.
mapfile -t allocators < <(java -jar "$jar" info | sed -n '/^Allocators:/,/^$/{/^  /s/^ *\([^ ]*\).*/\1/p}')
echo "== $jar: ${allocators[*]}" >&2
load=$(cut -d ' ' -f 1-3 /proc/loadavg)

# run NAME TRACE COMMAND...: one JSON line in $raw; a replay that stops gives {"error": ...}.
run() {
  local name=$1 trace=$2 out err
  shift 2
  echo "   $name $(basename "$trace")" >&2
  err=$(mktemp)
  if out=$("$@" 2>"$err"); then
    echo "$out" | jq -c --arg a "$name" --arg t "$trace" '. + {allocator: $a, trace: $t}' >>"$raw"
  else
    jq -cn --arg a "$name" --arg t "$trace" --arg e "$(head -c 300 "$err")" \
      '{allocator: $a, trace: $t, error: $e}' >>"$raw"
  fi
  rm -f "$err"
}

# native NAME TRACE COMMAND...: replay-native, the best of three runs (smallest footprint): jemalloc's
# stats.resident now and then comes out 2 MiB higher, depending on where the kernel put its mappings.
native() {
  local name=$1 trace=$2
  shift 2
  run "$name" "$trace" bash -c 'for _ in 1 2 3; do "$@" || exit 1; done | jq -sc "min_by(.peak_footprint_bytes)"' \
    native "$@" --json "$trace"
}

: >"$raw"
# Fixed metadata below the first block (control block, bitmaps): the footprint of a single 1-byte malloc,
# less that byte. The native side subtracts what the allocator holds before the first operation; this is
# the jar's counterpart, for the "net" figures.
one=$(mktemp --suffix=.trace)
echo 'm 1 1' >"$one"
for a in "${allocators[@]}"; do
  fixed=$(java -jar "$jar" replay --allocator "$a" --json --heap "$HEAP" "$one" 2>/dev/null \
    | jq -c --arg a "$a" '{allocator: $a, fixed_bytes: (.peak_footprint_bytes - 1), heap_bytes}') || fixed=
  if [ -n "$fixed" ]; then echo "$fixed" >>"$raw"; fi
done
rm -f "$one"
for t in "${traces[@]}"; do
  native glibc "$t" "$replay_native"
  if [ -n "$JEMALLOC" ]; then native jemalloc "$t" env LD_PRELOAD="$JEMALLOC" "$replay_native"; fi
  for a in "${allocators[@]}"; do
    run "$a" "$t" java -jar "$jar" replay --allocator "$a" --json --heap "$HEAP" "$t"
  done
done

# Two tables, a row per allocator. Fragmentation: per trace the measured figure with the net one (fixed
# metadata taken off) in brackets, and the net one over glibc's on that trace, with the verdict for the
# target allocators (met at or below 1; none when the allocator refused requests). Then ns per operation.
table=$(jq -rs --argjson targets "$(printf '%s\n' "${TARGETS[@]}" | jq -R . | jq -s .)" '
  def name: split("/") | last | sub("\\.trace(\\.gz)?$"; "");
  def fixed($d): (. * $d | round) as $m | "\($m / $d | floor).\($m % $d + $d | tostring | .[1:])";
  def f3: fixed(1000);
  def f2: fixed(100);
  (map(select(.fixed_bytes != null) | {key: .allocator, value: .}) | from_entries) as $fixed
  | map(select(.trace != null) | .trace |= name) as $runs
  | ($runs | map(.trace) | unique) as $traces
  | ($runs | map(.allocator) | reduce .[] as $a ([]; if index([$a]) then . else . + [$a] end)) as $rows
  # net: less the fixed metadata, unless the first block is not at the bottom of the heap (bbuddy)
  | def net: if $fixed[.allocator] == null then .fragmentation
             elif $fixed[.allocator].fixed_bytes * 2 > $fixed[.allocator].heap_bytes then null
             else (.peak_footprint_bytes - $fixed[.allocator].fixed_bytes) / .peak_live_bytes end;
    ($runs | map(select(.allocator == "glibc" and .error == null) | {key: .trace, value: .fragmentation})
      | from_entries) as $glibc
  | def cell($a; $t): $runs | map(select(.allocator == $a and .trace == $t)) | first;
    def verdict: if .error != null or .failures > 0 then null
                 else (net) as $n | if $n == null or $glibc[.trace] == null then null else $n <= $glibc[.trace] end end;
  ("| allocator | " + ($traces | map("\(.) | ÷ glibc") | join(" | ")) + " |"),
  ("| --- " * (1 + 2 * ($traces | length)) + "|"),
  ($rows[] as $a | "| \($a) | " + ([$traces[] as $t | cell($a; $t) as $r
     | if $r == null then "–", ""
       elif $r.error != null then "error: \($r.error | gsub("[|\n]"; " ") | .[0:60])", ""
       else ($r.fragmentation | f3)
              + ((($r | net) // "n/a") as $n | if $n == "n/a" then " (net n/a)"
                 elif ($n | f3) == ($r.fragmentation | f3) then "" else " (net \($n | f3))" end)
              + (if $r.failures > 0 then ", \($r.failures) refused" else "" end),
            (if $r.failures > 0 then "no verdict"
             elif ($r | net) == null or $glibc[$t] == null then "–"
             else (($r | net) / $glibc[$t] | f2)
                  + (if ($targets | index([$a])) == null then "" elif ($r | verdict) then " ✓" else " ✗" end) end)
       end] | join(" | ")) + " |"),
  "",
  ("| ns per operation | " + ($traces | join(" | ")) + " |"),
  ("| --- " * (1 + ($traces | length)) + "|"),
  ($rows[] as $a | "| \($a) | " + ([$traces[] as $t | cell($a; $t) as $r
     | if $r == null or $r.error != null then "–" else $r.ns_per_op | round | tostring end] | join(" | ")) + " |"),
  "",
  ($targets[] as $a
   | if ($rows | index([$a])) == null then "- \($a): not in this jar"
     else [$traces[] as $t | cell($a; $t) | select(. != null) | verdict] as $v
       | "- \($a): at or below glibc on \($v | map(select(. == true)) | length) of \($traces | length) traces (net)"
         + ([$traces[] as $t | cell($a; $t) | select(. != null and .error == null and .failures == 0
              and $glibc[.trace] != null and .fragmentation <= $glibc[.trace])] | length
            | ", \(.) of \($traces | length) as measured") end)
' "$raw")

{
  echo "# Fragmentation and replay speed"
  echo
  echo "\`benchmarks/fragmentation.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'); jar \`$(basename "$jar")\` (${allocators[*]}), heap $HEAP;"
  echo "$(getconf GNU_LIBC_VERSION); jemalloc $(dpkg-query -W -f '${Version}' libjemalloc2 2>/dev/null || echo '?');"
  echo "$(nproc) cores, load average $load at the start (other builds run alongside): **ns/op are noisy**"
  echo "(and the jar's are those of one cold JVM pass, JIT compilation included); fragmentation is deterministic."
  echo
  echo "Fragmentation = peak footprint / peak live bytes (requested sizes). Footprint: the jar's allocators, the"
  echo "highest byte in use above the heap's start; glibc, mallinfo2 arena - keepcost + hblkhd; jemalloc,"
  echo "stats.resident; both native ones less what they held before the first operation. Net (jar): less the"
  echo "allocator's fixed metadata below its first block, the footprint of one 1-byte malloc (benchmarks/README.md,"
  echo "section 5). ÷ glibc: the net figure over glibc's on the same trace; ✓/✗: the issue's target (at"
  echo "or below glibc) for ${TARGETS[*]}; an allocator that refused requests gets no verdict."
  echo
  echo "$table"
} >"$md"
echo "$table"
echo "(written to $md; raw figures in $raw)" >&2
