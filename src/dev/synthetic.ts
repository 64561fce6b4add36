// A seeded generator of realistic pprof CPU profiles for the benchmark: tens of thousands
// of functions in packages, stacks 20-40 deep built from a call graph, some inlined frames,
// and labels. One program (its call graph and code paths) for every seed: a seed draws
// another run's samples of it, so that runs compare as runs of one program do. The same
// seed gives the same bytes.
import { Function as PprofFunction, Label, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';

/** A xorshift32 generator of numbers in [0, 1), seeded. */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** One run of a synthetic program: its functions, and each sample's stack (leaf first, location ids). */
interface SyntheticRun {
  functions: number;
  /** The code paths (location ids, leaf first); a sample is one of them. */
  paths: number[][];
  /** Each sample's path (an index into paths) and label value (0-7). */
  samples: { path: number; label: number }[];
}

/** The function `i` (from 1) of every synthetic program: its package-qualified name and file. */
function functionName(i: number): { name: string; file: string } {
  const pkg = `github.com/acme/svc/pkg${i % 400}`;
  return { name: `${pkg}.Func${i}`, file: `${pkg}/file${i % 50}.go` };
}

/** The functions a location holds, innermost first: every fourth holds an inlined frame too. */
function locationFunctions(i: number, functions: number): number[] {
  return i % 4 === 0 && i + 2 <= functions ? [i + 2, i + 1] : [i + 1];
}

/** Draws the program `program` (call graph, paths) and a run of it from `seed`. */
function syntheticRun(samples: number, seed: number, functions: number, program: number): SyntheticRun {
  // The program's shape from its own seed; the samples from the run's.
  let random = xorshift(program);
  // A call graph: each function calls a few others, so stacks share prefixes as real ones do.
  const callees = Array.from({ length: functions }, () => Array.from({ length: 3 }, () => 1 + Math.floor(random() ** 2 * functions)));
  const roots = Array.from({ length: 20 }, () => 1 + Math.floor(random() * functions));
  // A pool of distinct code paths, sampled with a skew (a few hot paths, a long tail), as a
  // benchmark's samples fall on the paths its code takes.
  const paths = Array.from({ length: Math.min(20_000, Math.max(100, samples / 10)) }, () => {
    const depth = 20 + Math.floor(random() * 21);
    const stack: number[] = [roots[Math.floor(random() * roots.length)]];
    while (stack.length < depth) stack.push(callees[stack[stack.length - 1] - 1][Math.floor(random() * 3)]);
    return stack.reverse();
  });
  random = xorshift(seed * 2654435761);
  const drawn: SyntheticRun['samples'] = [];
  for (let s = 0; s < samples; s++) drawn.push({ path: Math.floor(random() ** 3 * paths.length), label: Math.floor(random() * 8) });
  return { functions, paths, samples: drawn };
}

/**
 * Returns a gzip-free pprof profile with `samples` samples of the program `program` (its
 * call graph and code paths), the samples drawn with `seed`: two seeds are two runs of one
 * program, which differ only in where their samples fell.
 */
export function generateProfile(samples: number, seed: number, functions = 30_000, program = 1): Uint8Array {
  const run = syntheticRun(samples, seed, functions, program);
  const strings = new StringTable();
  const fns: PprofFunction[] = [];
  for (let i = 1; i <= functions; i++) {
    const { name, file } = functionName(i);
    fns.push(new PprofFunction({ id: i, name: strings.dedup(name), filename: strings.dedup(file) }));
  }
  const locations: Location[] = fns.map((_, i) => new Location({
    id: i + 1,
    address: 0x400000 + i * 16,
    line: locationFunctions(i, functions).map((f, k, all) => new Line({ functionId: f, line: k === all.length - 1 ? (all.length > 1 ? 20 : 30) : 10 })),
  }));
  const keyLabel = strings.dedup('handler');
  const labelValues = Array.from({ length: 8 }, (_, i) => strings.dedup(`/api/v${i}`));
  const out = run.samples.map((s) => new Sample({ locationId: run.paths[s.path], value: [1, 10_000_000], label: [new Label({ key: keyLabel, str: labelValues[s.label] })] }));
  return new Profile({
    sampleType: [new ValueType({ type: strings.dedup('samples'), unit: strings.dedup('count') }), new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
    periodType: new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') }),
    period: 10_000_000,
    function: fns,
    location: locations,
    sample: out,
    stringTable: strings,
  }).encode();
}

/**
 * The same run as generateProfile's, as text: `perf script` output (a record a sample, its
 * frames leaf first, an inlined frame as its own line, as `perf script --inline` prints it),
 * or folded stacks (one line a distinct stack, as stackcollapse-perf.pl writes them).
 */
export function generateText(samples: number, seed: number, format: 'perf-script' | 'folded' | 'cpuprofile', functions = 30_000, program = 1): string {
  const run = syntheticRun(samples, seed, functions, program);
  // Each path's frames, leaf first (function ids).
  const frames = run.paths.map((path) => path.flatMap((location) => locationFunctions(location - 1, functions)));
  if (format === 'cpuprofile') return cpuProfileOf(run, frames);
  if (format === 'folded') {
    const counts = new Map<number, number>();
    for (const s of run.samples) counts.set(s.path, (counts.get(s.path) ?? 0) + 1);
    return [...counts].map(([path, count]) => `${frames[path].map((f) => functionName(f).name).reverse().join(';')} ${count}\n`).join('');
  }
  const lines = frames.map((stack) => stack.map((f) => `\t    ${(0x400000 + (f - 1) * 16).toString(16)} ${functionName(f).name}+0x1c (/usr/local/bin/svc)\n`).join(''));
  const out: string[] = [];
  for (const [i, s] of run.samples.entries()) {
    out.push(`svc  4242 [00${i % 2}] ${(1000 + i * 0.01).toFixed(6)}:   10000000 cpu-clock:u: \n${lines[s.path]}\n`);
  }
  return out.join('');
}

/** A run as V8's .cpuprofile: its call tree as nodes (callers first), a sample a node, 10 ms apart. */
function cpuProfileOf(run: SyntheticRun, frames: number[][]): string {
  interface Node { id: number; callFrame: object; hitCount: number; children: number[] }
  const frame = (f: number) => {
    const { name, file } = functionName(f);
    return { functionName: name.slice(name.lastIndexOf('.') + 1), scriptId: String(1 + (f % 400)), url: `file:///srv/${file.replace(/\.go$/, '.js')}`, lineNumber: f % 500, columnNumber: f % 80 };
  };
  const nodes: Node[] = [{ id: 1, callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, hitCount: 0, children: [] }];
  const childOf = new Map<string, number>();
  const leafOf = frames.map((stack) => {
    let node = 1;
    for (let i = stack.length - 1; i >= 0; i--) {
      const key = `${node}:${stack[i]}`;
      let child = childOf.get(key);
      if (child === undefined) {
        child = nodes.length + 1;
        nodes.push({ id: child, callFrame: frame(stack[i]), hitCount: 0, children: [] });
        nodes[node - 1].children.push(child);
        childOf.set(key, child);
      }
      node = child;
    }
    return node;
  });
  const samples = run.samples.map((s) => leafOf[s.path]);
  for (const id of samples) nodes[id - 1].hitCount++;
  return JSON.stringify({ nodes, startTime: 1_000_000, endTime: 1_000_000 + samples.length * 10_000, samples, timeDeltas: samples.map(() => 10_000) });
}
