#!/usr/bin/env bash
# One measured run of a jar, as in docs/benchmarks.md: start it on a fresh data folder, warm it up, then
#   1. saturation (VisitorSimulation, load.mode=saturate) with a JFR recording of the node,
#   2. latency at a fixed rate of questions (VisitorSimulation, default mode),
# and stop it. Reports land in target/gatling/, the recording and logs in $OUT.
#   src/gatling/scripts/profile-run.sh target/clinicchat-0.1.0-SNAPSHOT.jar /tmp/clinicchat-run-1 [port] [rate]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${1:?jar}; OUT=${2:?output folder}; PORT=${3:-18080}; RATE=${4:-25}
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
rm -rf "$OUT"; mkdir -p "$OUT"
KEEP=1 JAVA_OPTS="-Xmx2g ${JAVA_OPTS:-}" "$HERE/time-to-healthy.sh" "$JAR" "$OUT" "$PORT" | tee "$OUT/start.txt"
PID=$(grep -o 'pid [0-9]*' "$OUT/start.txt" | cut -d' ' -f2)
trap 'kill "$PID" 2>/dev/null || true' EXIT
gatling() { # simulation class, log name, more -D options
  local class=$1 log=$2; shift 2
  (cd "$HERE/../../.." && ./mvnw -B -ntp -Pload gatling:test -Dgatling.simulationClass="com.clinicchat.load.$class" \
     -Dload.baseUrl="ws://127.0.0.1:$PORT" "$@") > "$OUT/$log.log" 2>&1 || true
  echo "== $log (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
  sed -n '/---- Requests/,/---- Errors\|^---- visitor\|^=====/p' "$OUT/$log.log" | tail -12 | head -9
  grep -E '^(Global|reply):' "$OUT/$log.log" | tail -6
}
gatling VisitorSimulation warmup -Dload.mode=saturate -Dload.visitors=8 -Dload.duration=20
"$JDK/bin/jcmd" "$PID" JFR.start name=saturate settings=profile filename="$OUT/saturate.jfr" > /dev/null
gatling VisitorSimulation saturate -Dload.mode=saturate -Dload.visitors=16 -Dload.duration=60
"$JDK/bin/jcmd" "$PID" JFR.stop name=saturate > /dev/null
"$JDK/bin/jcmd" "$PID" Thread.print > /dev/null
gatling VisitorSimulation rate -Dload.questionsPerSecond="$RATE" -Dload.duration=60
python3 "$HERE/jfr-summary.py" "$OUT/saturate.jfr" "$JDK/bin/jfr" > "$OUT/profile.md"
head -20 "$OUT/profile.md"
