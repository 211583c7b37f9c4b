#!/usr/bin/env bash
# CPU per question: the node's process CPU time (user + system, from /proc) over a saturation run of
# VisitorSimulation, divided by the replies Gatling received. Contention from other processes on the machine
# stretches latency but not (much) the CPU a question takes, so this is the figure to compare across runs.
#   src/gatling/scripts/cpu-per-question.sh PID PORT [visitors] [seconds]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PID=${1:?pid}; PORT=${2:?port}; VISITORS=${3:-8}; SECONDS_=${4:-40}
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
before=$(cpu)
log=$(mktemp)
(cd "$HERE/../../.." && ./mvnw -B -ntp -Pload gatling:test -Dgatling.simulationClass=com.clinicchat.load.VisitorSimulation \
   -Dload.baseUrl="ws://127.0.0.1:$PORT" -Dload.mode=saturate -Dload.visitors="$VISITORS" \
   -Dload.duration="$SECONDS_" -Dload.escalatePercent=0) > "$log" 2>&1 || true
after=$(cpu)
replies=$(grep -E '^> reply ' "$log" | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')
rate=$(grep -E '^reply: mean requests per second' "$log" | tail -1 | grep -o 'actual : [0-9.]*' | cut -d' ' -f3)
echo "replies=$replies questions_per_s=$rate cpu_s=$(echo "($after - $before) / $ticks" | bc -l | cut -c1-6)" \
  "cpu_ms_per_question=$(echo "($after - $before) * 1000 / $ticks / $replies" | bc -l | cut -c1-6)" \
  "load=$(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$log"
