#!/usr/bin/env bash
# The quick subset of the benchmarks, in under 5 minutes once built: reference agreement, typical throughput
# (1 fork, short iterations), scaling with occasions, rule-base build and JVM start to first decision.
# Usage: benchmarks/run-quick.sh        (BUILD=1 to rebuild first; builds if the jar is missing)
set -euo pipefail
source "$(dirname "$0")/common.sh"
build_if_needed
mkdir -p "$ROOT/benchmarks/target/quick"
OUT="$ROOT/benchmarks/target/quick"
echo "machine: $(machine)"
"$JAVA" -cp "$JAR" org.hocr.bench.Agreement 2000 42 2>/dev/null
QUICK=(-f 1 -wi 2 -w 1s -i 3 -r 1s -foe true)
"$JAVA" -jar "$JAR" 'TypicalBenchmark' "${QUICK[@]}" -rf json -rff "$OUT/typical.json" | grep -E '^(Benchmark|Typical)'
"$JAVA" -jar "$JAR" 'ScalingBenchmark' "${QUICK[@]}" -rf json -rff "$OUT/scaling.json" | grep -E '^(Benchmark|Scaling)'
"$JAVA" -jar "$JAR" 'RuleBaseBenchmark' -f 3 -foe true -rf json -rff "$OUT/rulebase.json" | grep -E '^(Benchmark|RuleBase)'
"$(dirname "$0")/run-coldstart.sh" 3
"$JAVA" -cp "$JAR" org.hocr.bench.Summary "$OUT/typical.json" "$OUT/scaling.json" "$OUT/rulebase.json"
echo "machine after: $(machine)"
