#!/usr/bin/env bash
# Starts the packaged jar for a load test: its own data folder, on a loopback port, with the per-address limits
# raised (every simulated visitor comes from 127.0.0.1). Extra JVM options come from JAVA_OPTS, extra Spring
# arguments after the script's own. Prints the process id; the log goes to $DIR/app.log.
#   src/gatling/scripts/run-jar.sh target/clinicchat-0.1.0-SNAPSHOT.jar /tmp/clinicchat-load 18080 [--more=args]
set -euo pipefail
JAR=${1:?jar}; DIR=${2:?data folder}; PORT=${3:-18080}; shift $(( $# < 3 ? $# : 3 ))
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mkdir -p "$DIR"
# shellcheck disable=SC2086
nohup "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" \
  --server.port="$PORT" --server.address=127.0.0.1 --clinicchat.data-dir="$DIR" \
  --clinicchat.chat.max-sockets-per-address=1000000 --clinicchat.chat.ip-rate-limit=100000000 \
  --clinicchat.chat.connection-rate-limit=1000 --clinicchat.ask.rate-limit=100000000 \
  "$@" > "$DIR/app.log" 2>&1 &
echo $!
