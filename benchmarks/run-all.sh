#!/usr/bin/env bash
# Every benchmark with the forks and iterations in the annotations (about 10 minutes on 2 cores), the cold start
# ten times, and a summary; results go to benchmarks/results/<date>/ (the figures in benchmarks/README.md).
# Usage: benchmarks/run-all.sh          (BUILD=1 to rebuild first; builds if the jar is missing)
# The 1,000,000-case audit is separate: benchmarks/run-audit.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
OUT="$RESULTS/$(date -u +%Y-%m-%d)"
mkdir -p "$OUT"
{
  echo "machine: $(machine)"
  "$JAVA" -cp "$JAR" org.hocr.bench.Agreement 10000 42 2>/dev/null
  "$JAVA" -jar "$JAR" 'TypicalBenchmark' -foe true -rf json -rff "$OUT/typical.json"
  "$JAVA" -jar "$JAR" 'ScalingBenchmark' -foe true -rf json -rff "$OUT/scaling.json"
  "$JAVA" -jar "$JAR" 'RuleBaseBenchmark' -foe true -rf json -rff "$OUT/rulebase.json"
  "$(dirname "$0")/run-coldstart.sh" 10
  "$JAVA" -cp "$JAR" org.hocr.bench.Summary "$OUT/typical.json" "$OUT/scaling.json" "$OUT/rulebase.json"
  echo "machine after: $(machine)"
} 2>&1 | tee "$OUT/run.txt"
