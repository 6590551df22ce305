#!/usr/bin/env bash
# Builds and runs the JMH benchmark of scoring one submission: bench/jmh/run.sh [JMH options, e.g. -f 1 -wi 3]
# Output: bench/results/jmh-scoring.txt (the human-readable JMH log) and jmh-scoring.json.
source "$(dirname "$0")/../lib.sh"
if [ ! -f "$ROOT/target/uptake-0.1.0-SNAPSHOT.jar.original" ]; then (cd "$ROOT" && ./mvnw -q -DskipTests package); fi
(cd "$ROOT" && ./mvnw -q -f bench/jmh/pom.xml package)
CP="$BENCH_DIR/jmh/target/classes:$(cat "$BENCH_DIR/jmh/target/classpath.txt"):$ROOT/target/uptake-0.1.0-SNAPSHOT.jar.original"
OUT="$RESULTS/jmh-scoring.txt"
QUIET=$(wait_quiet)
{
  echo "$QUIET"
  echo "# JMH: scoring one dma-sme submission ($(date -u +%FT%TZ))"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "load before: $(uptime)"
  "$JAVA" -cp "$CP" org.openjdk.jmh.Main -rf json -rff "$RESULTS/jmh-scoring.json" "$@" 'org.uptake.bench.ScoringBenchmark'
  echo "load after: $(uptime)"
} 2>&1 | tee "$OUT"
