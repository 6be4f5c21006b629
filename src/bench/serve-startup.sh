#!/usr/bin/env bash
# Measures the time from `./pactgraph serve` on an existing store to the first answered query,
# RUNS times (default 5), and prints each run and the median in milliseconds.
# Usage: src/bench/serve-startup.sh [RUNS]   (from the project folder; builds and loads first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
port=3999
query='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
./pactgraph load >/dev/null
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ./pactgraph serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -H 'Accept: text/csv' --data-urlencode "query=$query" "http://127.0.0.1:$port/pactgraph/sparql"; do
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$(( runs / 2 ))]} ms; jar: $(stat -c %s target/pactgraph.jar) bytes"
