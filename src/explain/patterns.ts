// Names the pattern of each flagged function's growth, as engineers read a flame graph
// (../shared/seed/flame-graphs.md): a hot spot (its own code), a subtree (what it calls),
// new code, allocation or lock contention (by the sample type), kernel time (the growth
// lies in kernel frames below it). Each comes with the callees that carry the growth.
import type { AlignedTree } from '../diff/align';
import { isKernelFrame } from '../model/kernel';
import type { Measure } from '../model/measure';
import type { SampleType } from '../model/units';
import { getUnitScale } from '../model/units';

/** The pattern of a function's growth (the JSON report's `pattern`). */
export type Pattern = 'hot-spot' | 'subtree' | 'new-code' | 'allocation' | 'contention' | 'kernel';

/** A pattern and the direct callees that carry the growth below the function, largest first. */
export interface PatternOf {
  pattern: Pattern;
  carriers: string[];
}

/** What one flagged function changed by, per side (means, in the comparison's measure). */
export interface Growth {
  name: string;
  status: 'both' | 'new' | 'gone';
  self: { baseline: number; candidate: number };
  total: { baseline: number; candidate: number };
}

/** Lock profiles' sample types: Go's mutex and block profiles (contentions, delay), async-profiler's lock events; not `cpu-clock`. */
const CONTENTION = /^(contentions?|delay|locks?|lock[-_]\w+|wait|wait[-_]\w+)$/i;
/** Memory profiles' sample types besides bytes: objects allocated or in use. */
const ALLOCATION = /alloc|inuse|objects|heap/i;
/** Functions whose tree is read for carriers and kernel time, at most (the leads come first). */
const READ_AT_MOST = 20;
/** Callees named as carriers: those that together carry this share of the growth, at most 3. */
const CARRY = 0.8;

/**
 * Returns the pattern of each function's growth. The first READ_AT_MOST are read in the
 * tree (one pass each over its nodes): their carriers are the direct callees that carry
 * the growth, and their kernel share the growth in kernel frames below them.
 */
export function findPatterns(tree: AlignedTree, measure: Measure, sampleType: SampleType, growths: Growth[]): Map<string, PatternOf> {
  const out = new Map<string, PatternOf>();
  const kind = sampleType.type;
  const memory = getUnitScale(sampleType.unit).dimension === 'bytes' || ALLOCATION.test(sampleType.type);
  for (const [i, g] of growths.entries()) {
    const below = i < READ_AT_MOST ? readBelow(tree, measure, g.name) : { callees: new Map<string, number>(), kernel: 0 };
    const totalDelta = g.total.candidate - g.total.baseline;
    const selfDelta = g.self.candidate - g.self.baseline;
    const carriers = carriersOf(below.callees, totalDelta - selfDelta);
    let pattern: Pattern;
    // The profile's kind first (a lock's new contention is contention), then new code.
    if (CONTENTION.test(kind) && !memory) pattern = 'contention';
    else if (memory) pattern = 'allocation';
    else if (g.status === 'new') pattern = 'new-code';
    else if (isKernelFrame(g.name) || (totalDelta > 0 && below.kernel >= totalDelta / 2)) pattern = 'kernel';
    else pattern = selfDelta >= totalDelta / 2 ? 'hot-spot' : 'subtree';
    out.set(g.name, { pattern, carriers });
  }
  return out;
}

/** The callees that together carry CARRY of `growth` (largest first, at most 3); none when it did not grow. */
function carriersOf(callees: Map<string, number>, growth: number): string[] {
  if (!(growth > 0)) return [];
  const carriers: string[] = [];
  let carried = 0;
  for (const [name, delta] of [...callees].filter(([, d]) => d > 0).sort((a, b) => b[1] - a[1])) {
    if (carried >= CARRY * growth || carriers.length === 3) break;
    carriers.push(name);
    carried += delta;
  }
  return carriers;
}

/**
 * Reads the tree below a function's outermost frames (a recursive call is counted once):
 * the change of each direct callee's total, and of the kernel frames' (outermost ones).
 */
function readBelow(tree: AlignedTree, measure: Measure, name: string): { callees: Map<string, number>; kernel: number } {
  const nodes = tree.parent.length;
  const fn = tree.names.indexOf(name);
  const callees = new Map<string, number>();
  if (fn < 0) return { callees, kernel: 0 };
  const delta = nodeDelta(tree, measure);
  // 1: inside the function's frames; 2: inside a kernel frame there too. Parents come first.
  const state = new Uint8Array(nodes);
  let kernel = 0;
  for (let n = 1; n < nodes; n++) {
    const up = state[tree.parent[n]];
    const own = tree.func[n] === fn;
    if (up === 0 && !own) continue;
    const isKernel = isKernelFrame(tree.names[tree.func[n]], tree.modules[tree.func[n]]);
    if (up === 0) {
      state[n] = 1;
      for (let c = tree.firstChild[n]; c >= 0; c = tree.nextSibling[c]) {
        const callee = tree.names[tree.func[c]];
        callees.set(callee, (callees.get(callee) ?? 0) + delta(c));
      }
    } else state[n] = up === 2 || isKernel ? 2 : 1;
    if (up === 1 && isKernel) kernel += delta(n);
  }
  return { callees, kernel };
}

/** A node's change of inclusive value, candidate mean less baseline mean, in the measure. */
function nodeDelta(tree: AlignedTree, measure: Measure): (node: number) => number {
  const nb = tree.baselineRuns;
  const nc = tree.runs - nb;
  const totals = tree.inclusive.map((inc) => inc[0]);
  return (node) => {
    let b = 0;
    let c = 0;
    for (let r = 0; r < tree.runs; r++) {
      const v = measure.inRun(tree.inclusive[r][node], totals[r]);
      if (r < nb) b += v;
      else c += v;
    }
    return (nc > 0 ? c / nc : 0) - (nb > 0 ? b / nb : 0);
  };
}
