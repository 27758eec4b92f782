#!/usr/bin/env bash
# Benchmark 4: the batch audit end to end through the command line: generate N cases (default 1,000,000), then
# audit them, reporting wall time and peak resident memory (GNU time).
# Needs the `generate` and `audit` commands of examples/target/hocr.jar:
#   java -jar examples/target/hocr.jar generate --count N --seed S --out FILE
#   java -jar examples/target/hocr.jar audit FILE      (worker threads: the number of processors)
# Usage: benchmarks/run-audit.sh [N] [SEED]     JAVA_OPTS="-Xmx768m" ... to cap the heap.
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-1000000}"
SEED="${2:-1}"
CLI="$ROOT/examples/target/hocr.jar"
if [[ ! -f "$CLI" || "${BUILD:-}" == 1 ]]; then
  # A reactor build: never `mvn install`, which would overwrite the snapshots in the shared ~/.m2.
  (cd "$ROOT" && mvn -q -B package -DskipTests -pl examples -am)
fi
if ! "$JAVA" -jar "$CLI" --help 2>&1 | grep -qw audit || ! "$JAVA" -jar "$CLI" --help 2>&1 | grep -qw generate; then
  echo "run-audit: examples/target/hocr.jar has no 'generate' and 'audit' commands yet: the figure is pending." >&2
  exit 3
fi
TIME=/usr/bin/time
[[ -x "$TIME" ]] || { echo "run-audit: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 3; }
WORK="${WORK:-$ROOT/benchmarks/target/audit}"
mkdir -p "$WORK"
FILE="$WORK/cases-$N-$SEED"
echo "machine: $(machine)"
if [[ ! -s "$FILE" ]]; then
  echo "generating $N cases (seed $SEED) ..."
  # shellcheck disable=SC2086
  "$TIME" -f "generate: %e s wall, %M KiB peak resident" "$JAVA" ${JAVA_OPTS:-} -jar "$CLI" generate --count "$N" --seed "$SEED" --out "$FILE"
fi
echo "auditing $(du -h "$FILE" | cut -f1) of cases ..."
# shellcheck disable=SC2086
# Exit code 1 means the audit found disagreements (the generated batch has them on purpose): not a failure here.
status=0
"$TIME" -f "audit: %e s wall, %U s user, %S s system, %M KiB peak resident" \
  "$JAVA" ${JAVA_OPTS:-} -jar "$CLI" audit "$FILE" > "$WORK/audit-$N-$SEED.out" || status=$?
if (( status > 1 )); then
  echo "run-audit: the audit failed (exit code $status)" >&2
  exit "$status"
fi
tail -5 "$WORK/audit-$N-$SEED.out"
echo "machine after: $(machine)"
