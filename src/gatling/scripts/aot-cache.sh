#!/usr/bin/env bash
# Builds a JDK 25 AOT cache for the packaged jar (Spring Boot's CDS/AOT cache support): extracts the jar (the
# cache needs the same, unpacked class path at training and at run time), then a training run starts the whole
# application context (index built, ONNX model loaded, Tomcat up) and exits at the end of the refresh, writing
# the cache. Then start with:  java -XX:AOTCache=target/app/clinicchat.aot -jar target/app/clinicchat-*.jar
#   src/gatling/scripts/aot-cache.sh [target/clinicchat-0.1.0-SNAPSHOT.jar] [target/app]
set -euo pipefail
JAR=${1:-target/clinicchat-0.1.0-SNAPSHOT.jar}; DEST=${2:-target/app}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
rm -rf "$DEST"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST"
TRAINING=$(mktemp -d)   # a throw-away database and port for the training run
"$JAVA" -XX:AOTCacheOutput="$DEST/clinicchat.aot" -Dspring.context.exit=onRefresh \
  -jar "$DEST/$(basename "$JAR")" --clinicchat.data-dir="$TRAINING" --server.port=0
rm -rf "$TRAINING"
ls -l "$DEST/clinicchat.aot"
