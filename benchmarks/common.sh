# Shared by the benchmark scripts: the repository root, the benchmarks jar (built if missing), the machine.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
RESULTS="$ROOT/benchmarks/results"
JAVA="${JAVA:-java}"

build_if_needed() {
  if [[ ! -f "$JAR" || "${BUILD:-}" == 1 ]]; then
    echo "building the library and the benchmarks (mvn package -pl benchmarks -am) ..." >&2
    (cd "$ROOT" && mvn -q -B package -DskipTests -pl benchmarks -am)
  fi
}

machine() {
  local mem cpu
  mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null)
  cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)
  echo "date $(date -u +%Y-%m-%dT%H:%MZ); nproc $(nproc); memory $mem; cpu ${cpu:-unknown};" \
       "$("$JAVA" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
}
