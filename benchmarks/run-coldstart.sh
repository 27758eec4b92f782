#!/usr/bin/env bash
# Benchmark 3: JVM start to first decision, in fresh JVMs, N times (default 5); then the command line end to end
# (java -jar examples/target/hocr.jar classify on the Annex C example), if it is built.
# Usage: benchmarks/run-coldstart.sh [N]   Extra JVM flags: JAVA_OPTS="-XX:TieredStopAtLevel=1" ...
# CDS=1 first records an application class-data archive (JDK 13+: -XX:ArchiveClassesAtExit) in one training run,
# then starts every JVM from it (-XX:SharedArchiveFile): the deployment option for a fast first decision.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
N="${1:-5}"
if [[ "${CDS:-}" == 1 ]]; then
  ARCHIVE="$ROOT/benchmarks/target/hocr-cds.jsa"
  "$JAVA" -XX:ArchiveClassesAtExit="$ARCHIVE" -cp "$JAR" org.hocr.bench.FirstDecision > /dev/null 2>&1
  JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$ARCHIVE"
fi
echo "cold start, $N fresh JVMs ${JAVA_OPTS:+(JAVA_OPTS=$JAVA_OPTS)}:"
for ((i = 1; i <= N; i++)); do
  # shellcheck disable=SC2086
  "$JAVA" ${JAVA_OPTS:-} -cp "$JAR" org.hocr.bench.FirstDecision "$(date +%s%N)" 2>/dev/null
done
CLI="$ROOT/examples/target/hocr.jar"
if [[ -f "$CLI" ]]; then
  echo "command line, classify examples/reports/annex-c-stalking.json, wall time:"
  for ((i = 1; i <= N; i++)); do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$JAVA" ${JAVA_OPTS:-} -jar "$CLI" classify "$ROOT/examples/reports/annex-c-stalking.json" > /dev/null
    echo "  $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
fi
