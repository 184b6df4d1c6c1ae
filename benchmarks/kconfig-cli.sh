#!/usr/bin/env bash
# Times cold runs of the Kconfig CLI on the Linux 6.18 x86_64 defconfig job in several JVM set-ups
# (plain, AppCDS, JDK 25 AOT cache, C1 only, ...) and compares them with reference figures of Linux's
# C `conf`, which are NOT measured here (the C tool cannot be built on this machine).
#
#   benchmarks/kconfig-cli.sh [-n RUNS] [-w WARMUP] [-r ROUNDS] [--variants a,b,...] [--list]
#                             [--jar JAR] [--corpus DIR] [--no-hyperfine] [--no-probes]
#
#   -n RUNS        measured cold runs per variant (default 10)
#   -w WARMUP      unmeasured runs per variant and round (default 1)
#   -r ROUNDS      split the runs into rounds, variants in alternating order, so that load from other
#                  work on the machine spreads over all variants (default 2)
#   --variants     comma-separated subset of the variants (--list shows them)
#   --jar JAR      the CLI jar (default kconfig/target/kconfig.jar)
#   --no-probes    skip the probe-cost measurement (ProbeTimer)
#   --idle-wait S  before timing each variant, wait up to S seconds (default 60; 0: never) until the
#                  machine is idle (>= 85 % idle CPU over one second): on a shared machine, builds of
#                  others otherwise dominate the figures
#
# The timed job, run in the corpus directory with its env.sh sourced, is
#   java [JVM flags] -jar kconfig.jar --shell-cache shell-cache.json --config OUT \
#        defconfig arch/x86/configs/x86_64_defconfig
# OUT is deleted before every run (so every run writes it). Before timing, each variant's output is
# checked against expected/x86_64/defconfig.config, and each archive is checked to be really used.
# The noCLI variants run the same job through benchmarks.jar's EngineMain (no option parsing, no
# picocli), to show what the CLI layer costs.
#
# The $(shell,...) probes are always replayed from shell-cache.json in the timed runs: run for real
# they need the kernel's scripts/*.sh, which the corpus does not have, and the job would fail. Their
# cost is measured separately (ProbeTimer: the same ~100 commands through the engine's
# ProcessShellRunner; a lower bound, because the commands calling ./scripts/*.sh fail at once).
#
# Needs a JDK 25 (JAVA_HOME, else .ci/java-home finds one), hyperfine if installed (else a bash loop
# with date +%s%N), and the jars:  ./mvnw -q -pl benchmarks -am package -DskipTests
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=10
WARMUP=1
ROUNDS=2
VARIANTS=all
JAR=$ROOT/kconfig/target/kconfig.jar
BJAR=$ROOT/benchmarks/target/benchmarks.jar
CORPUS=$ROOT/../shared/corpus/linux-6.18
USE_HYPERFINE=1
PROBES=1
LIST=0
IDLE_WAIT=60

# Reference figures of Linux 6.18's C conf for this job, measured on the project's machines, NOT in
# this run: the whole run with the real probes, and the engine alone with the probes replayed.
C_WHOLE=1.30
C_ENGINE=0.46

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case $1 in
    -n|--runs) RUNS=$2; shift 2 ;;
    -w|--warmup) WARMUP=$2; shift 2 ;;
    -r|--rounds) ROUNDS=$2; shift 2 ;;
    --variants) VARIANTS=$2; shift 2 ;;
    --jar) JAR=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --no-hyperfine) USE_HYPERFINE=0; shift ;;
    --no-probes) PROBES=0; shift ;;
    --idle-wait) IDLE_WAIT=$2; shift 2 ;;
    --list) LIST=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 >&2 ;;
  esac
done
[ "$ROUNDS" -ge 1 ] && [ "$RUNS" -ge "$ROUNDS" ] || { echo "need RUNS >= ROUNDS >= 1" >&2; exit 2; }
command -v hyperfine >/dev/null || USE_HYPERFINE=0

# name|tool|JVM flags|archive kind (built by a training run of this very job; @ARCHIVE@ is its path)
ALL_VARIANTS=(
  "plain|cli||"
  "Xshare:off|cli|-Xshare:off|"
  "C1-only|cli|-XX:TieredStopAtLevel=1|"
  "SerialGC|cli|-XX:+UseSerialGC|"
  "AppCDS|cli|-XX:SharedArchiveFile=@ARCHIVE@|jsa"
  "AOT|cli|-XX:AOTCache=@ARCHIVE@|aot"
  "AOT+C1|cli|-XX:AOTCache=@ARCHIVE@ -XX:TieredStopAtLevel=1|aot-c1"
  "AOT+C1+Serial|cli|-XX:AOTCache=@ARCHIVE@ -XX:TieredStopAtLevel=1 -XX:+UseSerialGC|aot-c1"
  "noCLI|engine||"
  "noCLI+AOT+C1|engine|-XX:AOTCache=@ARCHIVE@ -XX:TieredStopAtLevel=1|aot-c1"
)
if [ "$LIST" = 1 ]; then
  for v in "${ALL_VARIANTS[@]}"; do
    IFS='|' read -r n t f a <<<"$v"; printf '%-15s %-7s %s\n' "$n" "$t" "${f//@ARCHIVE@/$t-$a.${a%%-*}}"
  done
  exit 0
fi

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  # shellcheck source=../.ci/java-home
  source "$ROOT/.ci/java-home"
fi
JAVA=$JAVA_HOME/bin/java
CORPUS=$(cd "$CORPUS" && pwd)
EXPECTED=$CORPUS/expected/x86_64/defconfig.config
WORK=$ROOT/benchmarks/target/cli-bench
mkdir -p "$WORK"
rm -f "$WORK"/times-*.txt "$WORK"/cpu-*.txt "$WORK"/hyperfine-*.json
OUT=$WORK/defconfig.config

# The timed runs use copies of the jars and of the shell cache: a rebuild during the runs (other work
# in the checkout) then neither changes what is timed nor silently invalidates the archives, and the
# corpus' shell-cache.json is never written.
have_cli=0 have_engine=0
if [ -f "$JAR" ] && "$JAVA_HOME/bin/jar" tf "$JAR" 2>/dev/null | grep -qx 'dev/tailor/kconfig/cli/KconfigCli.class'; then
  cp "$JAR" "$WORK/cli.jar"; have_cli=1
else
  echo "warning: $JAR missing or without the CLI (dev.tailor.kconfig.cli.KconfigCli): CLI variants skipped" >&2
fi
if [ -f "$BJAR" ]; then
  cp "$BJAR" "$WORK/engine.jar"; have_engine=1
else
  echo "warning: $BJAR missing: noCLI variants and probe costs skipped" >&2; PROBES=0
fi
tool_cmd() { # tool -> the java arguments that start it
  case $1 in
    cli) printf '%s\n' -jar "$WORK/cli.jar" ;;
    engine) printf '%s\n' -cp "$WORK/engine.jar" dev.tailor.benchmarks.kconfig.EngineMain ;;
  esac
}
cp "$CORPUS/shell-cache.json" "$WORK/shell-cache.json"
chmod u+w "$WORK/shell-cache.json"
ARGS=(--shell-cache "$WORK/shell-cache.json" --config "$OUT" defconfig arch/x86/configs/x86_64_defconfig)

selected=()
for v in "${ALL_VARIANTS[@]}"; do
  IFS='|' read -r name tool _ <<<"$v"
  { [ "$VARIANTS" = all ] || [[ ",$VARIANTS," == *",$name,"* ]]; } || continue
  [ "$tool" = cli ] && [ "$have_cli" = 0 ] && continue
  [ "$tool" = engine ] && [ "$have_engine" = 0 ] && continue
  selected+=("$v")
done
[ ${#selected[@]} -gt 0 ] || { echo "nothing to run (--variants $VARIANTS; see --list)" >&2; exit 2; }

# Everything below runs in the corpus directory with env.sh's variables, as `make defconfig` would.
cd "$CORPUS"
unset srctree
# shellcheck disable=SC1091
. ./env.sh
before=$(ls -A "$CORPUS")

# Sets TOOL and FLAGS for variant $1 (the whole "name|tool|flags|archive" line).
setup_variant() {
  local name tool flags archive
  IFS='|' read -r name tool flags archive <<<"$1"
  mapfile -t TOOL < <(tool_cmd "$tool")
  ARCHIVE=""
  [ -n "$archive" ] && ARCHIVE=$WORK/$tool-$archive.${archive%%-*}
  read -r -a FLAGS <<<"${flags//@ARCHIVE@/$ARCHIVE}"
  KIND=$archive
}
run_tool() { rm -f "$OUT" "$OUT.old"; "$JAVA" "$@" "${TOOL[@]}" "${ARGS[@]}"; }

# An archive is valid only for the same JDK and the same jar (path, size, time stamp): rebuilt on
# every invocation of this script, by one run of the job itself.
built=","
build_archive() { # kind, path
  case $built in *",$2,"*) return ;; esac
  rm -f "$2"
  case $1 in
    jsa) run_tool -XX:ArchiveClassesAtExit="$2" ;;
    aot) run_tool -XX:AOTCacheOutput="$2" ;;
    aot-c1) run_tool -XX:AOTCacheOutput="$2" -XX:TieredStopAtLevel=1 ;;
  esac >"$2.log" 2>&1 || { echo "training run for $2 failed, see $2.log" >&2; exit 1; }
  built="$built$2,"
}

# Waits until the CPUs are >= 85 % idle over one second, at most IDLE_WAIT seconds; counts the waits
# that timed out (the figures of those rounds include other work).
busy_rounds=0
wait_idle() {
  local deadline=$(( $(date +%s) + IDLE_WAIT )) a b
  while [ "$IDLE_WAIT" -gt 0 ]; do
    read -r -a a < <(grep '^cpu ' /proc/stat)
    sleep 1
    read -r -a b < <(grep '^cpu ' /proc/stat)
    # fields: cpu user nice system idle iowait irq softirq steal
    awk -v u=$(( b[1] + b[2] + b[3] + b[6] + b[7] + b[8] - a[1] - a[2] - a[3] - a[6] - a[7] - a[8] )) \
        -v i=$(( b[4] + b[5] - a[4] - a[5] )) 'BEGIN { exit !(u + i > 0 && i / (u + i) >= 0.85) }' && return 0
    [ "$(date +%s)" -lt "$deadline" ] || { busy_rounds=$(( busy_rounds + 1 )); return 0; }
  done
}

secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

echo "JDK:      $("$JAVA" -version 2>&1 | sed -n 2p)"
echo "machine:  $(nproc) CPUs, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "corpus:   $CORPUS (probes replayed from a copy of its shell-cache.json)"
echo "jars:     copies of $( [ "$have_cli" = 1 ] && echo "$JAR" ) $( [ "$have_engine" = 1 ] && echo "$BJAR" ) in $WORK"
echo "runs:     $RUNS measured per variant in $ROUNDS rounds (+ $WARMUP warm-up per round), with $( [ "$USE_HYPERFINE" = 1 ] && echo hyperfine || echo 'a bash loop, date +%s%N')"
echo

# ---- preparation: archives and check runs -------------------------------------------------------
for v in "${selected[@]}"; do
  setup_variant "$v"
  name=${v%%|*}
  strict=()
  if [ -n "$KIND" ]; then
    s=$(date +%s%N); build_archive "$KIND" "$ARCHIVE"; e=$(date +%s%N)
    echo "archive for $name: $(basename "$ARCHIVE"), $(du -h "$ARCHIVE" | cut -f1), training run $(secs "$s" "$e") s"
    # Flags that make an unusable archive an error (by default the JVM silently runs without it).
    case $KIND in jsa) strict=(-Xshare:on) ;; aot*) strict=(-XX:AOTMode=on) ;; esac
  fi
  if ! run_tool "${strict[@]}" "${FLAGS[@]}" >"$WORK/check-$name.log" 2>&1; then
    echo "variant $name: check run failed, see $WORK/check-$name.log:" >&2; cat "$WORK/check-$name.log" >&2; exit 1
  fi
  cmp -s "$OUT" "$EXPECTED" || { echo "variant $name: output differs from $EXPECTED" >&2; exit 1; }
  cmp -s "$WORK/shell-cache.json" "$CORPUS/shell-cache.json" ||
    { echo "variant $name: the shell cache changed (a probe was not replayed?)" >&2; exit 1; }
done
echo "all variants write the C tool's .config byte for byte"
echo

# ---- timed runs -----------------------------------------------------------------------------------
# Appends wall-clock seconds to times-NAME.txt and mean user+system CPU seconds to cpu-NAME.txt.
time_variant() { # name, runs
  local name=$1 runs=$2 i t0 t1
  if [ "$USE_HYPERFINE" = 1 ]; then
    local json=$WORK/hyperfine-$name-$round.json
    hyperfine -N --style none --warmup "$WARMUP" --runs "$runs" --prepare "rm -f $OUT $OUT.old" \
      --export-json "$json" "$(printf '%q ' "$JAVA" "${FLAGS[@]}" "${TOOL[@]}" "${ARGS[@]}")" \
      >>"$WORK/hyperfine.log" 2>&1
    awk '/"times": \[/ { on = 1; next } on && /\]/ { on = 0 } on { gsub(/[ ,]/, ""); print }' "$json" \
      >> "$WORK/times-$name.txt"
    awk -v n="$runs" '/"user":/ { gsub(/[ ,]/, ""); split($0, a, ":"); u = a[2] }
                      /"system":/ { gsub(/[ ,]/, ""); split($0, a, ":"); s = a[2] }
                      END { for (i = 0; i < n; i++) print u + s }' "$json" >> "$WORK/cpu-$name.txt"
  else
    local TIMEFORMAT='%U %S' cpu
    for ((i = 0; i < WARMUP; i++)); do run_tool "${FLAGS[@]}" >/dev/null 2>&1; done
    for ((i = 0; i < runs; i++)); do
      rm -f "$OUT" "$OUT.old"
      t0=$(date +%s%N)
      cpu=$( { time "$JAVA" "${FLAGS[@]}" "${TOOL[@]}" "${ARGS[@]}" >/dev/null 2>&1; } 2>&1 )
      t1=$(date +%s%N)
      awk -v d=$(( t1 - t0 )) 'BEGIN { printf "%.6f\n", d / 1e9 }' >> "$WORK/times-$name.txt"
      awk '{ print $1 + $2 }' <<<"$cpu" >> "$WORK/cpu-$name.txt"
    done
  fi
}

for ((round = 1; round <= ROUNDS; round++)); do
  runs=$(( RUNS / ROUNDS + (round <= RUNS % ROUNDS ? 1 : 0) ))
  order=("${selected[@]}")
  if (( round % 2 == 0 )); then   # every other round backwards
    order=(); for ((i = ${#selected[@]} - 1; i >= 0; i--)); do order+=("${selected[$i]}"); done
  fi
  for v in "${order[@]}"; do
    setup_variant "$v"
    wait_idle
    time_variant "${v%%|*}" "$runs"
  done
  echo "round $round/$ROUNDS done (load average $(cut -d' ' -f1 /proc/loadavg), $busy_rounds busy starts so far)"
done

stats() { # file of seconds -> mean sd median min max
  sort -n "$1" | awk '
    { t[NR] = $1; s += $1; ss += $1 * $1 }
    END { m = s / NR; sd = NR > 1 ? sqrt((ss - NR * m * m) / (NR - 1)) : 0; if (sd != sd) sd = 0
          med = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%.4f %.4f %.4f %.4f %.4f\n", m, sd, med, t[1], t[NR] }'
}

# JVM floor: the same JVM started and stopped without running anything of ours.
floor=$(for ((i = 0; i < 7; i++)); do
  s=$(date +%s%N); "$JAVA" -version 2>/dev/null; e=$(date +%s%N); echo $(( e - s ))
done | sort -n | sed -n 4p)

after=$(ls -A "$CORPUS")
[ "$before" = "$after" ] || echo "warning: the corpus directory changed during the runs" >&2
rm -f "$OUT" "$OUT.old"

# ---- probe cost (not part of the timed runs) ------------------------------------------------------
probe_seq="" probe_par=""
if [ "$PROBES" = 1 ]; then
  echo
  echo "Probe cost: the ~100 recorded \$(shell,...) commands through the engine's ProcessShellRunner"
  echo "(a lower bound: the commands calling ./scripts/*.sh, absent here, fail at once)"
  wait_idle
  "$JAVA" -cp "$WORK/engine.jar" -Dtailor.corpus="$CORPUS" dev.tailor.benchmarks.kconfig.ProbeTimer 3 1 2 4 \
    2>/dev/null | tee "$WORK/probes.txt"
  probe_seq=$(awk '$1 == 1 { print $2 }' "$WORK/probes.txt")
  probe_par=$(awk '$1 == 2 { print $2 }' "$WORK/probes.txt")
fi

# ---- table ----------------------------------------------------------------------------------------
echo
echo "Linux 6.18 x86_64 defconfig, one cold JVM per run, probes replayed; $RUNS runs per variant, $(nproc) CPUs."
echo "C reference figures, NOT measured in this run (project machines): whole run with real probes ${C_WHOLE} s,"
echo "engine alone with probes replayed ${C_ENGINE} s."
echo
{
  printf 'variant\tmean ± sd [s]\tmedian\tmin\tCPU [s]\tmed/%s\t%s-med' "$C_ENGINE" "$C_WHOLE"
  [ -n "$probe_seq" ] && printf '\t+probes 1 thr\t+probes 2 thr'
  printf '\tJVM flags\n'
  for v in "${selected[@]}"; do
    IFS='|' read -r name tool flags archive <<<"$v"
    read -r mean sd med min _ <<<"$(stats "$WORK/times-$name.txt")"
    read -r cpu _ <<<"$(stats "$WORK/cpu-$name.txt")"
    shown=${flags//@ARCHIVE@/$tool-$archive.${archive%%-*}}
    [ "$tool" = engine ] && shown="${shown:+$shown }(EngineMain)"
    awk -v n="$name" -v f="${shown:--}" -v m="$mean" -v sd="$sd" -v med="$med" -v min="$min" -v cpu="$cpu" \
        -v ce="$C_ENGINE" -v cw="$C_WHOLE" -v ps="$probe_seq" -v pp="$probe_par" 'BEGIN {
      printf "%s\t%.3f ± %.3f\t%.3f\t%.3f\t%.3f\t%.2fx\t%+.3f", n, m, sd, med, min, cpu, med / ce, cw - med
      if (ps != "") printf "\t%.2f s = %.2fx\t%.2f s = %.2fx", med + ps, (med + ps) / cw, med + pp, (med + pp) / cw
      printf "\t%s\n", f }'
  done
  awk -v f="$floor" 'BEGIN { printf "(JVM floor)\t\t%.3f\t\t\t\t\t\t\tjava -version, median of 7\n", f / 1e9 }'
} | column -t -s $'\t'
cat <<EOF

CPU:          user + system CPU time per run (less sensitive than wall time to other work on the machine).
med/${C_ENGINE}:     our median / C's engine-alone time (like for like: both replay the probes).
${C_WHOLE}-med:     C's whole-run time minus our median = what is left for the ~100 real probes if target (a)
              (whole run <= C's) is to be met; C itself spends about ${C_WHOLE} - ${C_ENGINE} = 0.84 s on them.
EOF
if [ -n "$probe_seq" ]; then
cat <<EOF
+probes:      our median + the probe cost measured here (ProbeTimer, 1 thread as conf does, or 2 threads),
              and the ratio of that estimated whole run to C's ${C_WHOLE} s (measured on another machine).
EOF
fi
[ "$busy_rounds" -gt 0 ] && echo "Note: $busy_rounds variant timings started on a busy machine (idle wait timed out): treat with care."
echo "Target (b), the engine in a warm JVM, is measured by DefconfigBenchmark (JMH), not here."
echo "Raw times: $WORK/times-*.txt"
