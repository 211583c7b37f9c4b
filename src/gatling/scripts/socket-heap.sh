#!/usr/bin/env bash
# The heap an idle visitor socket holds by itself, apart from what fills whether or not sockets stay open.
# Every idle visitor also started a conversation, and storing conversations fills H2's page cache (bounded by
# clinicchat.h2-cache-kb) and Tomcat's pools; so a first pass opens N sockets, starts N conversations and closes
# them (the warm-up), and the baseline is the heap after GC once they have closed. A second pass then holds N
# sockets open: (held - baseline) / N is what each open socket costs. Start the node with a page cache the
# warm-up fills (e.g. --clinicchat.h2-cache-kb=16384, H2's own default), or the second pass's conversations
# grow the cache further and are counted as the sockets'.
# The class histograms of the baseline and the held sockets go to $OUT (default /tmp/socket-heap), to compare by owner.
#   src/gatling/scripts/socket-heap.sh PID PORT [sockets] [opens per second]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PID=${1:?pid}; PORT=${2:?port}; N=${3:-10000}; RATE=${4:-100}
OUT=${OUT:-/tmp/socket-heap}; mkdir -p "$OUT"
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
gatling() { # log file, hold seconds
  (cd "$HERE/../../.." && ./mvnw -B -ntp -Pload gatling:test \
     -Dgatling.simulationClass=com.clinicchat.load.IdleSocketsSimulation -Dload.baseUrl="ws://127.0.0.1:$PORT" \
     -Dload.sockets="$N" -Dload.openPerSecond="$RATE" -Dload.hold="$2") > "$1" 2>&1 || true
}
established() { ss -Htn state established "( sport = :$PORT )" | wc -l; }
heap() { "$HERE/heap-after-gc.sh" "$PID" "$PORT"; }
bytes() { sed 's/.*heap_after_gc=\([0-9]*\).*/\1/'; }

echo "before:   $(heap)"
gatling "$OUT/warmup.log" 2
sleep 5
base=$(heap); echo "baseline: $base (after $N conversations started and their sockets closed)"
"$JDK/bin/jcmd" "$PID" GC.class_histogram > "$OUT/baseline.histo"
gatling "$OUT/held.log" $((N / ${RATE%.*} + 90)) &
for _ in $(seq 1 $((N / ${RATE%.*} + 60))); do  # all open, or given up on the rest after the opening plus a minute
  [ "$(established)" -ge "$N" ] && break; sleep 1
done
sleep 10
held=$(heap); echo "held:     $held"
"$JDK/bin/jcmd" "$PID" GC.class_histogram > "$OUT/held.histo"
wait
sleep 5
echo "closed:   $(heap)"
grep -E '^> (open|start|session) ' "$OUT/held.log" | head -3 || true
echo "per idle socket: $(( ($(echo "$held" | bytes) - $(echo "$base" | bytes)) / N )) bytes"
