#!/usr/bin/env bash
# Measures how long a built Homeward takes from the JVM's start to a ready /actuator/health/readiness, with the demo data
# loaded into a fresh data directory (the slowest start: initdb, all migrations, 302 synthetic persons).
# Usage: bench/startup.sh [runs]   (builds the jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/homeward-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then mvn -q -B package -DskipTests; jar=$(ls target/homeward-*.jar | grep -v original | head -1); fi
port=18080
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  java -jar "$jar" --demo --homeward.data-dir="$dir" --server.port=$port > "$dir/log" 2>&1 &
  pid=$!
  # readiness turns UP only after start-up work (reference and demo data) is done, not merely when Tomcat listens
  until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do sleep 0.1; done
  end=$(date +%s.%N)
  printf 'run %d: ready %.1f s after the JVM started (fresh data directory, demo loaded)\n' "$i" "$(echo "$end - $start" | bc)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
