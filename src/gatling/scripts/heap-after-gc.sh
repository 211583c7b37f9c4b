#!/usr/bin/env bash
# Live heap of a running JVM after a full GC (GC.class_histogram collects first), in bytes, with the count of
# open sockets to the port and the load average. Run once before IdleSocketsSimulation opens its sockets and
# once while it holds them: (during - before) / sockets is the heap per idle socket.
#   src/gatling/scripts/heap-after-gc.sh PID PORT
set -euo pipefail
PID=${1:?pid}; PORT=${2:?port}
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
bytes=$("$JDK/bin/jcmd" "$PID" GC.class_histogram | awk '/^Total/ {print $3}')
sockets=$(ss -Htn state established "( sport = :$PORT )" | wc -l)
rss=$(awk '/VmRSS/ {print $2 * 1024}' "/proc/$PID/status")
echo "heap_after_gc=$bytes sockets=$sockets rss=$rss load=$(cut -d' ' -f1-3 /proc/loadavg) at=$(date -u +%FT%TZ)"
