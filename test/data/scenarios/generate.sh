#!/usr/bin/env bash
# Rewrites the scenario profiles with Go (go 1.19+): 5 baseline and 5 candidate runs per
# scenario, interleaved so machine drift spreads over both sides.
set -euo pipefail
cd "$(dirname "$0")"
(cd gen && go build -trimpath -o /tmp/flamegate-scenarios .)
for s in ${SCENARIOS:-shared-callee improvement heap-growth mutex-from-zero block-from-zero labels}; do
  mkdir -p "$s"
  for i in 1 2 3 4 5; do
    /tmp/flamegate-scenarios -scenario "$s" -out "$s/baseline-$i.pb.gz"
    /tmp/flamegate-scenarios -scenario "$s" -candidate -out "$s/candidate-$i.pb.gz"
  done
done
