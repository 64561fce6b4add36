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

/**
 * Returns a gzip-free pprof profile with `samples` samples of the program `program` (its
 * call graph and code paths), the samples drawn with `seed`: two seeds are two runs of one
 * program, which differ only in where their samples fell.
 */
export function generateProfile(samples: number, seed: number, functions = 30_000, program = 1): Uint8Array {
  // The program's shape from its own seed; the samples from the run's.
  let random = xorshift(program);
  const strings = new StringTable();
  const fns: PprofFunction[] = [];
  for (let i = 1; i <= functions; i++) {
    const pkg = `github.com/acme/svc/pkg${i % 400}`;
    fns.push(new PprofFunction({ id: i, name: strings.dedup(`${pkg}.Func${i}`), filename: strings.dedup(`${pkg}/file${i % 50}.go`) }));
  }
  // Every fourth location holds an inlined frame too.
  const locations: Location[] = fns.map((_, i) => new Location({
    id: i + 1,
    address: 0x400000 + i * 16,
    line: i % 4 === 0 && i + 2 <= functions ? [new Line({ functionId: i + 2, line: 10 }), new Line({ functionId: i + 1, line: 20 })] : [new Line({ functionId: i + 1, line: 30 })],
  }));
  // A call graph: each function calls a few others, so stacks share prefixes as real ones do.
  const callees = Array.from({ length: functions }, () => Array.from({ length: 3 }, () => 1 + Math.floor(random() ** 2 * functions)));
  const roots = Array.from({ length: 20 }, () => 1 + Math.floor(random() * functions));
  const keyLabel = strings.dedup('handler');
  const labelValues = Array.from({ length: 8 }, (_, i) => strings.dedup(`/api/v${i}`));
  // A pool of distinct code paths, sampled with a skew (a few hot paths, a long tail), as a
  // benchmark's samples fall on the paths its code takes.
  const paths = Array.from({ length: Math.min(20_000, Math.max(100, samples / 10)) }, () => {
    const depth = 20 + Math.floor(random() * 21);
    const stack: number[] = [roots[Math.floor(random() * roots.length)]];
    while (stack.length < depth) stack.push(callees[stack[stack.length - 1] - 1][Math.floor(random() * 3)]);
    return stack.reverse();
  });
  random = xorshift(seed * 2654435761);
  const out: Sample[] = [];
  for (let s = 0; s < samples; s++) {
    out.push(new Sample({
      locationId: paths[Math.floor(random() ** 3 * paths.length)],
      value: [1, 10_000_000],
      label: [new Label({ key: keyLabel, str: labelValues[Math.floor(random() * 8)] })],
    }));
  }
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
