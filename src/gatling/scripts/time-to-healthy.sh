#!/usr/bin/env bash
# Start to healthy: launches the jar (src/gatling/scripts/run-jar.sh, same arguments) and polls /actuator/health every 50 ms
# until it answers 200 with status UP; prints the seconds from launch to then, and the process id. Stops the
# process afterwards unless KEEP=1.
#   src/gatling/scripts/time-to-healthy.sh target/clinicchat-0.1.0-SNAPSHOT.jar /tmp/clinicchat-start 18081
set -euo pipefail
HERE=$(dirname "$0")
PORT=${3:-18080}
start=$(date +%s.%N)
pid=$("$HERE/run-jar.sh" "$@")
until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "process $pid died; see its app.log" >&2; exit 1; fi
  sleep 0.05
done
end=$(date +%s.%N)
printf 'healthy after %.2f s (pid %s, load average %s)\n' "$(echo "$end - $start" | bc)" "$pid" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${KEEP:-0}" != 1 ]; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
