#!/usr/bin/env bash
# Measures what HTTP Basic with PBKDF2 hashes costs a request: the first request of a user (one
# PBKDF2 verification) and the following ones (checked against the remembered digest), each
# against an anonymous request measured in the same run. Prints medians of RUNS requests and ratios.
# Usage: src/bench/auth-cost.sh [RUNS]   (from the project folder; builds and loads first)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-21}"
port=3998
users="$(mktemp -d)/users"
printf 'bench-password-1\n' | ./pactgraph passwd "$users" bench --role read >/dev/null
./pactgraph load >/dev/null
./pactgraph serve --port "$port" --auth "$users" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/pactgraph/sparql?query=ASK%7B%7D"
until curl -sf -o /dev/null "$url"; do sleep 0.05; done
ms() { curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url" | awk '{ printf "%.2f\n", $1 * 1000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for i in $(seq 1 5); do ms >/dev/null; done   # warm up the query path
first=$(ms -u bench:bench-password-1)
anonymous=$(for i in $(seq 1 "$runs"); do ms; done | median)
cached=$(for i in $(seq 1 "$runs"); do ms -u bench:bench-password-1; done | median)
echo "anonymous ASK: median $anonymous ms of $runs"
echo "first request of a user (PBKDF2, $(grep -o '\$[0-9]*\$' "$users" | tr -d '$') iterations): $first ms = $(awk "BEGIN { printf \"%.1f\", $first / $anonymous }") x anonymous"
echo "later requests of that user: median $cached ms of $runs = $(awk "BEGIN { printf \"%.2f\", $cached / $anonymous }") x anonymous"
