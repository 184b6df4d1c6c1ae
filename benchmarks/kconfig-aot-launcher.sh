#!/bin/sh
# Prototype launcher for the kconfig CLI: C1-only JIT plus a JDK 25 AOT cache (JEP 483/514/515) that
# it creates by itself. A proposal for a real launcher (see benchmarks/README.md, "Faster cold
# start"); the figures there are for exactly these JVM options.
#
#   benchmarks/kconfig-aot-launcher.sh [kconfig CLI arguments...]
#
# Environment:
#   KCONFIG_JAR       the CLI jar (default: kconfig/target/kconfig.jar of this checkout)
#   JAVA_HOME         a JDK 25 or newer (else the java on PATH)
#   TAILOR_AOT_DIR    where caches live (default ${XDG_CACHE_HOME:-$HOME/.cache}/tailor)
#   TAILOR_AOT=0      run without any cache (and create none)
#
# How it works:
#   * A cache is valid only for one JDK and one jar (the JVM checks the jar's size and time stamp),
#     so its file name carries a checksum of both; a new JDK or a rebuilt jar gets a new cache.
#   * If the cache exists: java -XX:AOTCache=... (about 30 % off a cold run on 2 CPUs, see README).
#   * If not, and the command does real work (not --help/--version): this run records the AOT
#     configuration (-XX:AOTMode=record; the run takes about 1 s longer), then a background JVM
#     assembles the cache (-XX:AOTMode=create, about 1 s) and renames it into place atomically, so
#     concurrent launches never see a half-written cache. Output of the user's run is unchanged:
#     the JVM's own messages about the recording are turned off.
#   * -Xlog:aot=off: an unusable cache (deleted JDK, copied jar, ...) must not print warnings, which
#     the JVM writes to standard output by default; the run just goes on without the cache.
set -u

here=$(cd "$(dirname "$0")" && pwd)
jar=${KCONFIG_JAR:-$here/../kconfig/target/kconfig.jar}
if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=java; fi
# C1 only: on small machines C2's compiler threads compete with the run itself (see README).
opts="-XX:TieredStopAtLevel=1 -Xlog:aot=off"

[ "${TAILOR_AOT:-1}" = 0 ] && exec "$java" $opts -jar "$jar" "$@"

for a in "$@"; do
  case $a in -h|--help|-V|--version|help) exec "$java" $opts -jar "$jar" "$@" ;; esac
done

jvm=$(command -v "$java" 2>/dev/null) && jvm=$(readlink -f "$jvm") || exec "$java" $opts -jar "$jar" "$@"
id=$( { echo "$jvm"; stat -c '%s %Y' "$jvm" "$(dirname "$jvm")/../lib/modules" "$jar"; readlink -f "$jar"; } 2>/dev/null |
      cksum | cut -d' ' -f1)
dir=${TAILOR_AOT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tailor}
cache=$dir/kconfig-$id.aot

if [ -f "$cache" ]; then
  exec "$java" $opts -XX:AOTCache="$cache" -jar "$jar" "$@"
fi

# First run with this JDK and jar: record while doing the user's work, assemble in the background.
mkdir -p "$dir" 2>/dev/null || exec "$java" $opts -jar "$jar" "$@"
tmp=$dir/kconfig-$id.$$
"$java" $opts -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput \
  -XX:AOTMode=record -XX:AOTConfiguration="$tmp.aotconf" -jar "$jar" "$@"
status=$?
if [ -s "$tmp.aotconf" ]; then
  (
    "$java" $opts -XX:AOTMode=create -XX:AOTConfiguration="$tmp.aotconf" -XX:AOTCache="$tmp.aot" \
      -jar "$jar" >/dev/null 2>&1 && mv -f "$tmp.aot" "$cache"
    rm -f "$tmp.aotconf" "$tmp.aot"
  ) </dev/null >/dev/null 2>&1 &
fi
exit $status
