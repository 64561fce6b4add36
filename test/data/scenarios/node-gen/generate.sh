#!/usr/bin/env bash
# Rewrites the .cpuprofile scenario: 5 baseline and 5 candidate runs of work.js under
# `node --cpu-prof`, interleaved so machine drift spreads over both sides.
set -euo pipefail
cd "$(dirname "$0")"
out=../node-cpuprofile
rm -rf "$out" && mkdir -p "$out"
tmp=$(mktemp -d)
for i in 1 2 3 4 5; do
  node --cpu-prof --cpu-prof-dir="$tmp/b$i" work.js && mv "$tmp/b$i"/*.cpuprofile "$out/baseline-$i.cpuprofile"
  node --cpu-prof --cpu-prof-dir="$tmp/c$i" work.js --candidate && mv "$tmp/c$i"/*.cpuprofile "$out/candidate-$i.cpuprofile"
done
rm -rf "$tmp"
