#!/usr/bin/env bash
# Decide in a loop under Java Flight Recorder and print the hottest frames.
# Usage: benchmarks/profile.sh typical|campaign [SECONDS] [OCCASIONS]     (JFR file: benchmarks/target/profile.jfr)
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
KIND="${1:-typical}"
SECONDS_="${2:-60}"
OCCASIONS="${3:-10000}"
JFR="$ROOT/benchmarks/target/profile.jfr"
echo "machine: $(machine)"
"$JAVA" -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename="$JFR",settings=profile \
  -cp "$JAR" org.hocr.bench.Loop "$KIND" "$SECONDS_" "$OCCASIONS" 2>/dev/null
echo "hottest frames (own time), of $(jfr print --events jdk.ExecutionSample "$JFR" | grep -c 'jdk.ExecutionSample') samples:"
jfr print --events jdk.ExecutionSample --stack-depth 1 "$JFR" | grep -A1 'stackTrace = \[' | grep -v -e 'stackTrace' -e '^--' \
  | sed -e 's/^ *//' -e 's/(.*//' | sort | uniq -c | sort -rn | head -25
echo "full stacks: jfr print --events jdk.ExecutionSample --stack-depth 64 $JFR"
