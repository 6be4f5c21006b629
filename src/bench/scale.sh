#!/usr/bin/env bash
# Runs the three scale benchmarks of the README's "Benchmarks" section, one after the other,
# on generated corpora of the given sizes (default 1000,10000), and prints their tables.
# Usage: src/bench/scale.sh [SIZES]   (from the project folder; builds the jar first if needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
docs="${1:-1000,10000}"
./pactgraph bench load    --docs "$docs" --repeats 3 2>/dev/null
./pactgraph bench query   --docs "$docs" --rounds 20 2>/dev/null
./pactgraph bench startup --docs "$docs" --starts 5  2>/dev/null
