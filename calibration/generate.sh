#!/usr/bin/env bash
# Regenerates flamegate's calibration corpus, calibration/corpus/{go,node,c}/, from the
# programs in calibration/programs/ (see calibration/README.md).
#
# Takes 10-20 minutes on a 2-core machine (10 when idle, 18 beside other jobs): 94 runs
# per language of ~1.3 s of CPU each, plus 8 busy ones and perf script. Writes ~3.5 MB.
#
# Needs only Debian packages: golang-go (1.19+), nodejs (20+), gcc, linux-perf, util-linux
# (taskset) and gzip; `perf record` as root (or kernel.perf_event_paranoid <= 1).
#
#   calibration/generate.sh            the whole corpus (replaces it)
#   calibration/generate.sh --smoke    one run of each variant into a temporary folder,
#                                      to check the programs; the corpus is not touched
#   calibration/generate.sh --busy-only  only the busy-base runs, into the corpus
#   LANGS="go c" calibration/generate.sh   only these languages' corpora
#
# Per language: 12 `base` runs, 5 runs of each of the 14 variants, and 12 `loaded-base`
# runs (the base program while a busy loop and a 64 MB memcpy loop load the other core: a
# different runner), and at the end 8 `busy-base` runs (the same loads and a busy loop on
# the program's own core: a busier runner, whose preemption and interrupt frames show).
# Runs are interleaved (base, leaf-10, mid-10, ..., base, ...) and the three languages take
# turns in every slot, so slow drifts of the machine hit every variant alike; the loaded
# runs come in two blocks, a third and two thirds of the way.
set -euo pipefail
cd "$(dirname "$0")"
here=$PWD

smoke=0
busy_only=0
if [ "${1:-}" = --smoke ]; then smoke=1; shift; fi
if [ "${1:-}" = --busy-only ]; then busy_only=1; shift; fi
langs=${LANGS:-go node c}

for tool in go node gcc perf gzip taskset; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool not found (apt-get install golang-go nodejs gcc linux-perf util-linux gzip)" >&2; exit 2; }
done

# One build of each program serves every run (the variant is an argument).
build=${TMPDIR:-/tmp}/flamegate-calibration-build
rm -rf "$build" && mkdir -p "$build/tmp"
hogs=()
cleanup() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$build"
}
trap cleanup EXIT

(cd programs/go && go build -trimpath -o "$build/pipeline-go" .)
gcc -O2 -fno-omit-frame-pointer -fno-inline -o "$build/pipeline" programs/c/pipeline.c
gcc -O2 -o "$build/hog" hog.c

if [ "$smoke" = 1 ]; then
  out=${1:-$(mktemp -d)}
else
  out=$here/corpus
fi
if [ "$busy_only" = 0 ]; then
  for lang in $langs; do
    rm -rf "${out:?}/$lang" && mkdir -p "$out/$lang"
  done
fi

# run LANG VARIANT NAME: one run of the program, its profile written as $out/LANG/NAME.*
run() {
  local lang=$1 variant=$2 name=$3 t=$build/tmp
  rm -rf "${t:?}"/*
  case $lang in
    go)
      # The program records its own CPU profile (runtime/pprof at 250 Hz, gzipped pprof).
      # It prints that StartCPUProfile cannot set its 100 Hz: expected, see main.go.
      "$build/pipeline-go" "$variant" "$out/go/$name.pb.gz" 2>"$t/err" || { cat "$t/err" >&2; return 1; }
      ;;
    node)
      node --cpu-prof --cpu-prof-interval 1000 --no-turbo-inlining --cpu-prof-dir "$t" --cpu-prof-name run.cpuprofile \
        programs/node/pipeline.js "$variant"
      gzip -9 -n -c "$t/run.cpuprofile" >"$out/node/$name.cpuprofile.gz"
      ;;
    c)
      (cd "$build" && perf record -q -F 999 -g -o "$t/perf.data" -- ./pipeline "$variant" 2>"$t/err") || { cat "$t/err" >&2; return 1; }
      perf script -i "$t/perf.data" 2>/dev/null | gzip -9 -n >"$out/c/$name.perf.txt.gz"
      ;;
  esac
}

# slot VARIANT NAME: one run of every language.
slot() {
  for lang in $langs; do run "$lang" "$1" "$2"; done
}

start_load() {
  # Both on the second core; the programs run where the scheduler puts them.
  taskset -c 1 "$build/hog" busy & hogs+=($!)
  taskset -c 1 "$build/hog" memcpy & hogs+=($!)
  sleep 1 # let the memcpy loop fill its buffers
}

# A busier runner: the same loads, and a busy loop on the program's own core too, so it
# gets about half a core and is preempted (noisy neighbours on a shared CI host).
start_busy() {
  start_load
  taskset -c 0 "$build/hog" busy & hogs+=($!)
  sleep 1
}

busy_block() {
  start_busy
  for k in $(seq 1 "$1"); do
    name=busy-base-$(printf %02d "$k")
    echo "generate.sh: $name (busy)"
    slot base "$name"
  done
  stop_load
}

stop_load() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  hogs=()
}

variants=(leaf-10 mid-10 new-10 leaf-25 mid-25 new-25 improve-25 leaf-50 mid-50 new-50 improve-50 leaf-100 mid-100 new-100)

if [ "$smoke" = 1 ]; then
  slot base base-01
  for v in "${variants[@]}"; do slot "$v" "$v-1"; done
  start_load
  slot base loaded-base-01
  stop_load
  echo "generate.sh: smoke runs in $out"
  exit 0
fi

# The plan: 5 rounds of the 14 variants (the order turned by 3 each round), with the 12
# base runs spread evenly among those 70 runs, and the loaded blocks at a third and two
# thirds.
if [ "$busy_only" = 1 ]; then
  busy_block 8
  echo "generate.sh: busy-base runs in $out"
  exit 0
fi

plan=()
for round in 1 2 3 4 5; do
  for i in "${!variants[@]}"; do
    v=${variants[$(((i + 3 * (round - 1)) % ${#variants[@]}))]}
    plan+=("$v $v-$round")
  done
done
slots=$((${#plan[@]} + 12))
full=()
b=0
for ((i = 0, j = 0; i < slots; i++)); do
  if [ "$b" -lt 12 ] && [ "$i" -eq $(((2 * b + 1) * slots / 24)) ]; then
    b=$((b + 1))
    full+=("base base-$(printf %02d "$b")")
  else
    full+=("${plan[$j]}")
    j=$((j + 1))
  fi
done

t0=$(date +%s)
loaded=0
for i in "${!full[@]}"; do
  if [ "$i" -eq $((slots / 3)) ] || [ "$i" -eq $((2 * slots / 3)) ]; then
    start_load
    for k in 1 2 3 4 5 6; do
      loaded=$((loaded + 1))
      name=loaded-base-$(printf %02d "$loaded")
      echo "generate.sh: $name (loaded) [$(($(date +%s) - t0)) s]"
      slot base "$name"
    done
    stop_load
  fi
  read -r variant name <<<"${full[$i]}"
  echo "generate.sh: $name [$((i + 1))/$slots, $(($(date +%s) - t0)) s]"
  slot "$variant" "$name"
done
busy_block 8
seconds=$(($(date +%s) - t0))

# The manifest: which function each variant plants, by the name the profiles show.
cat >"$out/manifest.json" <<EOF
{
  "about": "flamegate calibration corpus: see calibration/README.md. Per language 12 base runs, 5 runs of each variant (NAME-1..5), 12 loaded-base runs (base program, busy loop and 64 MB memcpy loop on the other core), 8 busy-base runs (the same, and a busy loop on the program's core too).",
  "variants": {
    "leaf-P": "the leaf function does P% more work",
    "mid-P": "the mid-level function calls its shared callees P% more often (they also run, unchanged, under another caller)",
    "new-P": "a function absent from base does work equal to P% of the leaf function's, called from the batch loop",
    "improve-P": "the function does P% less work"
  },
  "percents": { "leaf": [10, 25, 50, 100], "mid": [10, 25, 50, 100], "new": [10, 25, 50, 100], "improve": [25, 50] },
  "runs": { "base": 12, "variant": 5, "loaded-base": 12, "busy-base": 8 },
  "go": {
    "files": "go/NAME.pb.gz",
    "recorded": "runtime/pprof CPU profile at 250 Hz (runtime.SetCPUProfileRate before pprof.StartCPUProfile)",
    "planted": { "leaf": "main.tokenize", "mid": "main.parseRecord", "new": "main.auditTokens", "improve": "main.checksum" },
    "shared": ["main.normField", "main.hashField"],
    "unchangedCaller": "main.renderRecords"
  },
  "node": {
    "files": "node/NAME.cpuprofile.gz",
    "recorded": "node --cpu-prof --cpu-prof-interval 1000 --no-turbo-inlining pipeline.js VARIANT",
    "planted": { "leaf": "tokenize", "mid": "parseRecord", "new": "auditTokens", "improve": "checksum" },
    "shared": ["normField", "hashField"],
    "unchangedCaller": "renderRecords"
  },
  "c": {
    "files": "c/NAME.perf.txt.gz",
    "recorded": "gcc -O2 -fno-omit-frame-pointer -fno-inline; perf record -F 999 -g; perf script",
    "planted": { "leaf": "tokenize", "mid": "parse_record", "new": "audit_tokens", "improve": "checksum" },
    "shared": ["norm_field", "hash_field"],
    "unchangedCaller": "render_records"
  },
  "generated": {
    "languages": "$langs",
    "seconds": $seconds,
    "kernel": "$(uname -r)",
    "cpus": $(nproc),
    "go": "$(go version | cut -d' ' -f3)",
    "node": "$(node --version)",
    "gcc": "$(gcc -dumpfullversion)",
    "perf": "$(perf --version | cut -d' ' -f3)"
  }
}
EOF
echo "generate.sh: done in $seconds s; $(du -sh "$out" | cut -f1) in $out"
