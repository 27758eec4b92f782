#!/usr/bin/env bash
# Benchmark 3: JVM start to first decision, in fresh JVMs, N times (default 5); then the command line end to end
# (java -jar examples/target/hocr.jar classify on the Annex C example), if it is built.
# Usage: benchmarks/run-coldstart.sh [N]   Extra JVM flags: JAVA_OPTS="-XX:TieredStopAtLevel=1" ...
# CDS=1 first records an application class-data archive (JDK 13+: -XX:ArchiveClassesAtExit) in one training run,
# then starts every JVM from it (-XX:SharedArchiveFile): the deployment option for a fast first decision. An archive
# only serves the class path it was recorded with, so the command line gets its own, recorded from `hocr classify`.
# For a one-shot command, add JAVA_OPTS=-XX:TieredStopAtLevel=1 (the quick compiler only: a faster first decision,
# slower batches).
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
N="${1:-5}"
CLI="$ROOT/examples/target/hocr.jar"
EXAMPLE="$ROOT/examples/reports/annex-c-stalking.json"
LIB_OPTS="${JAVA_OPTS:-}"
CLI_OPTS="${JAVA_OPTS:-}"
if [[ "${CDS:-}" == 1 ]]; then
  ARCHIVE="$ROOT/benchmarks/target/hocr-bench-cds.jsa"
  "$JAVA" -XX:ArchiveClassesAtExit="$ARCHIVE" -cp "$JAR" org.hocr.bench.FirstDecision > /dev/null 2>&1
  LIB_OPTS="$LIB_OPTS -XX:SharedArchiveFile=$ARCHIVE"
  if [[ -f "$CLI" ]]; then
    CLI_ARCHIVE="$ROOT/benchmarks/target/hocr-cli-cds.jsa"
    "$JAVA" -XX:ArchiveClassesAtExit="$CLI_ARCHIVE" -jar "$CLI" classify "$EXAMPLE" > /dev/null 2>&1
    CLI_OPTS="$CLI_OPTS -XX:SharedArchiveFile=$CLI_ARCHIVE"
  fi
fi
echo "cold start, $N fresh JVMs ${LIB_OPTS:+(JVM options:$LIB_OPTS)}:"
for ((i = 1; i <= N; i++)); do
  # shellcheck disable=SC2086
  "$JAVA" $LIB_OPTS -cp "$JAR" org.hocr.bench.FirstDecision "$(date +%s%N)" 2>/dev/null
done
if [[ -f "$CLI" ]]; then
  echo "command line, classify examples/reports/annex-c-stalking.json, wall time ${CLI_OPTS:+(JVM options:$CLI_OPTS)}:"
  for ((i = 1; i <= N; i++)); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$JAVA" $CLI_OPTS -jar "$CLI" classify "$EXAMPLE" > /dev/null
    echo "  $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
fi
