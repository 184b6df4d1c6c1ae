#!/usr/bin/env bash
# Times cold runs of the whole kconfig CLI on the Linux 6.18 x86_64 defconfig job with REAL $(shell,...)
# probes (no shell cache): the figure to hold against the C conf's whole run, 1.3 s, which is a
# REFERENCE FIGURE from the project's machines, NOT measured here (the C tool cannot be built here).
#
#   benchmarks/kconfig-real-probes.sh [-n RUNS] [-w WARMUP] [--variants a,b,...] [--jar JAR]
#                                     [--launcher FILE] [--corpus DIR] [--no-hyperfine]
#                                     [--idle-wait S] [--keep]
#
#   -n RUNS        measured cold runs per variant (default 10)
#   -w WARMUP      extra unmeasured runs per variant just before its timed runs (default 1; the
#                  preparation runs below come on top)
#   --variants     comma-separated subset of: jar-seq, jar-par, aot-seq, aot-par, jar-cache,
#                  aot-cache, probes (default: all)
#   --jar JAR      the CLI jar (default kconfig/target/kconfig.jar)
#   --launcher F   the AOT+C1 launcher (default kconfig/bin/kconfig)
#   --idle-wait S  before each variant, wait up to S seconds (default 60; 0: never) until the 1-minute
#                  load average is below 0.5
#   --keep         keep the scratch directory (printed at the start)
#
# STUBS. The corpus has no kernel scripts/*.sh, so 10 of its 100 probes cannot run for real:
#   ./scripts/cc-version.sh, as-version.sh, ld-version.sh, rustc-version.sh, rustc-llvm-version.sh,
#   pahole-version.sh, rust_is_available.sh, cc-can-link.sh (-m64 and -m32), tools-support-relr.sh
# (without them scripts/Kconfig.include stops: "Sorry, this C compiler is not supported"). This
# script builds a scratch tree (symbolic links to the corpus, plus a real scripts/ directory) and puts
# STUB scripts there, generated from shell-cache.json: the version scripts print the recorded output,
# the `{ ./scripts/X; } >/dev/null 2>&1 && echo "y" || echo "n"` ones exit 0 or 1 as recorded. A stub
# costs one `sh` start; the kernel's script runs gcc/ld/rustc (cc-can-link.sh and
# tools-support-relr.sh compile and link), so the figures are somewhat LOWER than with the real
# scripts. The other 90 probes (gcc, ld, objcopy, nm, ar, python3, bindgen, ... option tests) run FOR
# REAL; this machine has the toolchain the cache was recorded with (gcc 12.2.0-14+deb12u1, binutils
# 2.40, rustc 1.95.0), and the script checks that every one of the 100 commands prints its recorded
# output here.
#
# Variants (each run: one cold JVM, in the scratch tree, env.sh sourced, no shell cache):
#   jar-seq    java -jar kconfig.jar, KCONFIG_PROBE_JOBS=1: probes one by one, as Linux's conf does
#   jar-par    java -jar kconfig.jar, default parallel probes, started early from the journal of the
#              previous run ($XDG_CACHE_HOME/tailor/kconfig-probes; XDG_CACHE_HOME is a scratch dir,
#              and a preparation run creates the journal)
#   aot-seq    kconfig/bin/kconfig (JDK 25 AOT cache + C1), KCONFIG_PROBE_JOBS=1
#   aot-par    kconfig/bin/kconfig, parallel probes (the launcher makes its AOT cache, under the same
#              scratch XDG_CACHE_HOME, on its first run: two preparation runs)
#   jar-cache, aot-cache   the same two tools with --shell-cache (a copy of shell-cache.json): the
#              engine without probes, for comparison
#   probes     the probes alone: the 100 commands of shell-cache.json, each through `sh -c`, one by
#              one, in the scratch tree (what Linux's conf spends on probes; driven by one /bin/sh)
# The job:  --config $SCRATCH/out.config defconfig arch/x86/configs/x86_64_defconfig
# Every variant's .config is compared with expected/x86_64/defconfig.config byte for byte, after its
# preparation runs and after its timed runs.
#
# Needs a JDK 25 (JAVA_HOME, else .ci/java-home finds one), python3, hyperfine if installed (else a
# bash loop with date +%s%N), and the jar:  ./mvnw -o -q -pl kconfig package -DskipTests
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=10
WARMUP=1
VARIANTS=all
JAR=$ROOT/kconfig/target/kconfig.jar
LAUNCHER=$ROOT/kconfig/bin/kconfig
CORPUS=$ROOT/../shared/corpus/linux-6.18
USE_HYPERFINE=1
IDLE_WAIT=60
LOAD_MAX=0.5
KEEP=0

# Reference figure of Linux 6.18's C conf for this job (whole run, real probes), measured on the
# project's machines, NOT in this run.
C_WHOLE=1.30

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case $1 in
    -n|--runs) RUNS=$2; shift 2 ;;
    -w|--warmup) WARMUP=$2; shift 2 ;;
    --variants) VARIANTS=$2; shift 2 ;;
    --jar) JAR=$2; shift 2 ;;
    --launcher) LAUNCHER=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --no-hyperfine) USE_HYPERFINE=0; shift ;;
    --idle-wait) IDLE_WAIT=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 2 >&2 ;;
  esac
done
[ "$RUNS" -ge 1 ] || { echo "need RUNS >= 1" >&2; exit 2; }
command -v hyperfine >/dev/null || USE_HYPERFINE=0
command -v python3 >/dev/null || { echo "python3 is needed (reads shell-cache.json)" >&2; exit 2; }

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  # shellcheck source=../.ci/java-home
  source "$ROOT/.ci/java-home"
fi
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java
CORPUS=$(cd "$CORPUS" && pwd)
EXPECTED=$CORPUS/expected/x86_64/defconfig.config
[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -o -q -pl kconfig package -DskipTests" >&2; exit 2; }
[ -f "$LAUNCHER" ] || { echo "no launcher $LAUNCHER" >&2; exit 2; }

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/kconfig-real-probes.XXXXXX")
cleanup() { [ "$KEEP" = 1 ] && echo "scratch directory kept: $SCRATCH" || rm -rf "$SCRATCH"; }
trap cleanup EXIT
TREE=$SCRATCH/tree
OUT=$SCRATCH/out.config
RES=$SCRATCH/results
mkdir -p "$TREE/scripts" "$RES" "$SCRATCH/bin" "$SCRATCH/xdg"

# Copies of the jar and the launcher: a rebuild in the checkout during the runs changes nothing (and
# does not invalidate the launcher's AOT cache, which is tied to the jar's path, size and time stamp).
cp "$JAR" "$SCRATCH/kconfig.jar"
cp "$LAUNCHER" "$SCRATCH/bin/kconfig"
chmod +x "$SCRATCH/bin/kconfig"
cp "$CORPUS/shell-cache.json" "$SCRATCH/shell-cache.json"
chmod u+w "$SCRATCH/shell-cache.json"

# ---- the scratch tree ---------------------------------------------------------------------------
# Every top-level entry of the corpus except scripts/ is a symbolic link; scripts/ is a real
# directory of links to the corpus' scripts/* plus the stubs. The tree itself is writable: probes
# run `mkdir .tmp_$$` in it.
for e in "$CORPUS"/* "$CORPUS"/.[!.]*; do
  [ -e "$e" ] || continue
  [ "$(basename "$e")" = scripts ] && continue
  ln -s "$e" "$TREE/"
done
for e in "$CORPUS"/scripts/*; do ln -s "$e" "$TREE/scripts/"; done

# The stubs, from shell-cache.json. Prints one line per stub.
echo "stub scripts in the scratch tree (from shell-cache.json; these probes do NOT run for real):"
python3 - "$CORPUS/shell-cache.json" "$TREE/scripts" <<'PY'
import json, os, re, shlex, sys
cache = json.load(open(sys.argv[1], encoding="utf-8"))
outdir = sys.argv[2]
status_form = re.compile(r'^\{ (.*); \} >/dev/null 2>&1 && echo "y" \|\| echo "n"$', re.S)
script_call = re.compile(r'(?:^|\s)\./scripts/([A-Za-z0-9_.-]+)((?:\s[^;]*)?)$', re.S)
stubs = {}  # script -> {"$*" -> (stdout, exit status)}
for cmd, out in cache.items():
    if "scripts/" not in cmd:
        continue
    m = status_form.match(cmd)
    inner, result = (m.group(1), None) if m else (cmd, out)
    c = script_call.search(inner)
    if not c:
        sys.exit(f"cannot make a stub for: {cmd}")
    name, args = c.group(1), " ".join(shlex.split(c.group(2)))
    if result is None:
        if out not in ("y\n", "n\n"):
            sys.exit(f"unexpected result {out!r} of {cmd}")
        entry = ("", 0 if out == "y\n" else 1)
    else:
        entry = (result, 0)
    old = stubs.setdefault(name, {}).setdefault(args, entry)
    if old != entry:
        sys.exit(f"conflicting recorded results for {name} {args}")
for name, cases in sorted(stubs.items()):
    lines = ["#!/bin/sh",
             "# STUB, not the kernel's script: written by benchmarks/kconfig-real-probes.sh from the",
             "# corpus' shell-cache.json. Reproduces the result recorded for these arguments; no real work.",
             'case "$*" in']
    for args, (stdout, status) in cases.items():
        body = (f"printf '%s' {shlex.quote(stdout)}; " if stdout else "") + f"exit {status}"
        lines.append(f"  {shlex.quote(args)}) {body} ;;")
    lines.append('  *) echo "$0: stub without a recorded result for: $*" >&2; exit 2 ;;')
    lines.append("esac")
    path = os.path.join(outdir, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.chmod(path, 0o755)
    print(f"  stub scripts/{name}: " + ", ".join(
        f"'{a}' -> " + (repr(o.rstrip("\n")) if o else f"exit {s}") for a, (o, s) in cases.items()))
PY
nstubbed=$(python3 -c 'import json,sys; print(sum("scripts/" in k for k in json.load(open(sys.argv[1]))))' \
  "$CORPUS/shell-cache.json")
ntotal=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$CORPUS/shell-cache.json")

# The probes-alone driver: one `sh -c CMD` after the other, output discarded (conf reads it from a pipe).
python3 - "$CORPUS/shell-cache.json" >"$SCRATCH/probes.sh" <<'PY'
import json, shlex, sys
print("#!/bin/sh")
for cmd in json.load(open(sys.argv[1], encoding="utf-8")):
    print(f"sh -c {shlex.quote(cmd)} >/dev/null 2>&1")
PY

# ---- environment: env.sh, as `make defconfig` exports it; no cache, no inherited probe settings ----
unset srctree KCONFIG_SHELL_CACHE KCONFIG_PROBE_JOBS TAILOR_AOT TAILOR_AOT_DIR
# shellcheck disable=SC1091
. "$CORPUS/env.sh"
export XDG_CACHE_HOME=$SCRATCH/xdg KCONFIG_JAR=$SCRATCH/kconfig.jar
cd "$TREE"

# Each of the 100 commands must print its recorded output here (stubs included), else the timed job
# would not be the recorded one.
python3 - "$CORPUS/shell-cache.json" <<'PY'
import json, subprocess, sys
cache = json.load(open(sys.argv[1], encoding="utf-8"))
bad = [c for c, out in cache.items()
       if subprocess.run(["/bin/sh", "-c", c], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
          .stdout.decode("utf-8", "surrogateescape") != out]
for c in bad:
    print(f"  probe output differs from the recording: {c[:150]}", file=sys.stderr)
print(f"probe check: {len(cache) - len(bad)} of {len(cache)} commands print their recorded output here")
PY

# ---- variants -------------------------------------------------------------------------------------
JOB=(--config "$OUT" defconfig arch/x86/configs/x86_64_defconfig)
CACHED=(--shell-cache "$SCRATCH/shell-cache.json")
# name|command (bash words)|preparation runs|description
ALL_VARIANTS=(
  "jar-seq|env KCONFIG_PROBE_JOBS=1 $JAVA -jar $SCRATCH/kconfig.jar ${JOB[*]}|1|java -jar, probes one by one (KCONFIG_PROBE_JOBS=1)"
  "jar-par|$JAVA -jar $SCRATCH/kconfig.jar ${JOB[*]}|1|java -jar, parallel probes + journal"
  "aot-seq|env KCONFIG_PROBE_JOBS=1 $SCRATCH/bin/kconfig ${JOB[*]}|2|bin/kconfig (AOT+C1), probes one by one"
  "aot-par|$SCRATCH/bin/kconfig ${JOB[*]}|2|bin/kconfig (AOT+C1), parallel probes + journal"
  "probes|sh $SCRATCH/probes.sh|0|the $ntotal probes alone, sh -c one by one"
  "jar-cache|$JAVA -jar $SCRATCH/kconfig.jar ${CACHED[*]} ${JOB[*]}|1|java -jar, --shell-cache: engine without probes"
  "aot-cache|$SCRATCH/bin/kconfig ${CACHED[*]} ${JOB[*]}|1|bin/kconfig (AOT+C1), --shell-cache: engine without probes"
)
selected=()
for v in "${ALL_VARIANTS[@]}"; do
  name=${v%%|*}
  { [ "$VARIANTS" = all ] || [[ ",$VARIANTS," == *",$name,"* ]]; } && selected+=("$v")
done
[ ${#selected[@]} -gt 0 ] || { echo "nothing to run (--variants $VARIANTS)" >&2; exit 2; }

# Waits until the 1-minute load average is below LOAD_MAX, at most IDLE_WAIT seconds.
busy=()
wait_idle() { # name
  local deadline=$(( $(date +%s) + IDLE_WAIT ))
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$LOAD_MAX" 'BEGIN { exit !(l >= m) }'; do
    if [ "$(date +%s)" -ge "$deadline" ]; then busy+=("$1"); break; fi
    sleep 2
  done
  cut -d' ' -f1 /proc/loadavg >"$RES/load-$1.txt"
}

# Checks the .config of the last run; $2 says which run.
check_output() { # name, when
  if [ ! -f "$OUT" ]; then
    echo "variant $1: no $OUT after the $2" >&2; echo "missing" >"$RES/check-$1.txt"; return 1
  elif cmp -s "$OUT" "$EXPECTED"; then
    return 0
  else
    echo "variant $1: the .config after the $2 differs from $EXPECTED:" >&2
    diff "$EXPECTED" "$OUT" | grep '^[<>]' | sort | uniq | head -20 >&2 || true
    echo "  ($(diff "$EXPECTED" "$OUT" | grep -c '^[<>]') differing lines; < expected, > ours)" >&2
    echo "differs" >"$RES/check-$1.txt"; return 1
  fi
}

# Waits (at most 60 s) for the launcher's AOT cache, which a background JVM assembles after the first run.
wait_aot_cache() {
  local i
  for ((i = 0; i < 120; i++)); do
    compgen -G "$XDG_CACHE_HOME/tailor/kconfig-*.aot" >/dev/null && return 0
    sleep 0.5
  done
  echo "warning: the launcher made no AOT cache in 60 s; aot-* variants run without it" >&2
}

secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

echo "JDK:      $("$JAVA" -version 2>&1 | sed -n 2p)"
echo "machine:  $(nproc) CPUs, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "tools:    $(gcc --version | head -1); $(ld --version | head -1); $(rustc --version 2>/dev/null || echo 'no rustc')"
echo "corpus:   $CORPUS"
echo "scratch:  $SCRATCH (tree: links to the corpus + scripts/ with $nstubbed probes STUBBED; XDG_CACHE_HOME=$SCRATCH/xdg)"
echo "probes:   $ntotal commands, $(( ntotal - nstubbed )) run for real, $nstubbed call a stub script"
echo "runs:     $RUNS measured per variant (+ $WARMUP warm-up, + preparation runs), with $( [ "$USE_HYPERFINE" = 1 ] && echo "hyperfine $(hyperfine --version | cut -d' ' -f2)" || echo 'a bash loop, date +%s%N')"
echo

failed=0
for v in "${selected[@]}"; do
  IFS='|' read -r name cmd prep desc <<<"$v"
  read -r -a words <<<"$cmd"

  # Preparation: creates the journal (first parallel run) and the launcher's AOT cache; checks output.
  for ((i = 1; i <= prep; i++)); do
    rm -f "$OUT" "$OUT.old"
    s=$(date +%s%N)
    if ! "${words[@]}" >"$RES/prep-$name-$i.log" 2>&1; then
      echo "variant $name: preparation run $i failed:" >&2; tail -5 "$RES/prep-$name-$i.log" >&2
      failed=1; continue 2
    fi
    e=$(date +%s%N)
    echo "$name: preparation run $i: $(secs "$s" "$e") s"
    [ "$name" = probes ] || check_output "$name" "preparation run $i" || failed=1
    [[ $name == aot-* && $i == 1 ]] && wait_aot_cache
  done

  wait_idle "$name"
  echo "$name: timing $RUNS runs (load average $(cat "$RES/load-$name.txt"))"
  if [ "$USE_HYPERFINE" = 1 ]; then
    hyperfine -N --style none --warmup "$WARMUP" --runs "$RUNS" --prepare "rm -f $OUT $OUT.old" \
      --export-json "$RES/hyperfine-$name.json" "$(printf '%q ' "${words[@]}")" >"$RES/hyperfine-$name.log" 2>&1 ||
      { echo "variant $name: hyperfine failed, see $RES/hyperfine-$name.log" >&2; tail -5 "$RES/hyperfine-$name.log" >&2; failed=1; continue; }
    python3 - "$RES/hyperfine-$name.json" "$RES/times-$name.txt" "$RES/cpu-$name.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
open(sys.argv[2], "w").write("".join(f"{t:.6f}\n" for t in r["times"]))
open(sys.argv[3], "w").write(f"{r['user'] + r['system']:.6f}\n")
PY
  else
    TIMEFORMAT='%U %S'
    for ((i = 0; i < WARMUP; i++)); do rm -f "$OUT" "$OUT.old"; "${words[@]}" >/dev/null 2>&1; done
    for ((i = 0; i < RUNS; i++)); do
      rm -f "$OUT" "$OUT.old"
      t0=$(date +%s%N)
      cpu=$( { time "${words[@]}" >/dev/null 2>&1; } 2>&1 )
      t1=$(date +%s%N)
      awk -v d=$(( t1 - t0 )) 'BEGIN { printf "%.6f\n", d / 1e9 }' >>"$RES/times-$name.txt"
      awk '{ print $1 + $2 }' <<<"$cpu" >>"$RES/cpu-$name.txt"
    done
  fi
  [ "$name" = probes ] || check_output "$name" "timed runs" || failed=1
done
leftover=$(find "$TREE" -maxdepth 1 -name '.tmp_*' | wc -l)
[ "$leftover" -eq 0 ] || echo "warning: $leftover .tmp_* directories left in the scratch tree by probes" >&2

# ---- table ----------------------------------------------------------------------------------------
stats() { # file of seconds -> median min mean sd
  sort -n "$1" | awk '{ t[NR] = $1; s += $1; ss += $1 * $1 }
    END { m = s / NR; sd = NR > 1 ? sqrt((ss - NR * m * m) / (NR - 1)) : 0; if (sd != sd) sd = 0
          med = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
          printf "%.3f %.3f %.3f %.3f\n", med, t[1], m, sd }'
}
echo
echo "Linux 6.18 x86_64 defconfig, whole CLI run, one cold JVM per run, REAL probes except $nstubbed stubbed"
echo "scripts/*.sh calls; $RUNS runs per variant; $(nproc) CPUs. C conf reference: ${C_WHOLE} s for the whole run"
echo "(real probes), measured on the project's machines, NOT in this run."
echo
{
  printf 'variant\tmedian [s]\tmin [s]\tmean ± sd\tCPU [s]\tmedian / C %s (ref.)\tload at start\twhat\n' "$C_WHOLE"
  for v in "${selected[@]}"; do
    IFS='|' read -r name _ _ desc <<<"$v"
    if [ ! -s "$RES/times-$name.txt" ]; then printf '%s\tFAILED\n' "$name"; continue; fi
    read -r med min mean sd <<<"$(stats "$RES/times-$name.txt")"
    cpu=$(awk '{ s += $1 } END { printf "%.2f", s / NR }' "$RES/cpu-$name.txt")
    ok=""; [ -f "$RES/check-$name.txt" ] && ok=" [OUTPUT $(cat "$RES/check-$name.txt")]"
    awk -v n="$name" -v med="$med" -v min="$min" -v mean="$mean" -v sd="$sd" -v cpu="$cpu" -v c="$C_WHOLE" \
        -v l="$(cat "$RES/load-$name.txt")" -v d="$desc$ok" \
      'BEGIN { printf "%s\t%.3f\t%.3f\t%.3f ± %.3f\t%s\t%.2fx\t%s\t%s\n", n, med, min, mean, sd, cpu, med / c, l, d }'
  done
} | column -t -s $'\t'
echo
echo "CPU: user + system time per run, children included (the probes' gcc, ld, ...)."
echo "Output: every variant that ran wrote expected/x86_64/defconfig.config byte for byte unless marked."
[ ${#busy[@]} -eq 0 ] || echo "Note: 1-minute load average still >= $LOAD_MAX after ${IDLE_WAIT} s before: ${busy[*]}. It lags: it
also counts the previous variant's own runs, so check the 'load at start' column and other work on the machine."
[ "$KEEP" = 1 ] && echo "Raw times: $RES/times-*.txt"
exit "$failed"
