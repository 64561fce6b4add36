// Flame graph layout: the aligned call tree of both sides as rectangles. Width is
// baseline + candidate, so code added or removed keeps its place. Frames narrower than a
// pixel are merged: siblings of one family (numbered closures, lambdas) into one frame that
// keeps their callees, the others per parent into one "N small frames".
import type { Measure } from '../model/measure';
import type { AlignedTree } from '../diff/align';

/** One rectangle of the flame graph. */
export interface Frame {
  /** Function name, or `N small frames` for a merged frame. */
  name: string;
  /** Left edge and width in pixels; depth 0 is the root (`all`). */
  x: number;
  width: number;
  depth: number;
  /** Mean inclusive value per side, in the measure (unit, or share of the run total). */
  baseline: number;
  candidate: number;
  /** Each run's inclusive value (baseline runs, candidate runs); empty for merged frames. */
  baselineRuns: number[];
  candidateRuns: number[];
  /** Mean self value per side on this call path (inclusive less the children's); 0 for merged frames. */
  baselineSelf: number;
  candidateSelf: number;
  /** Each run's self value on this call path; empty for merged frames. */
  baselineSelfRuns: number[];
  candidateSelfRuns: number[];
  /** `new`: only in the candidate; `gone`: only in the baseline; `merged`: sub-pixel frames together. */
  status: 'both' | 'new' | 'gone' | 'merged';
}

/**
 * Levels a picture draws below its root: 256 frames of 16 px, a PNG of about 4,200 px at
 * most. A profile 2,000 frames deep drew 32,130 px, and one 50,000 deep 800,098 px.
 */
export const DRAWN_DEPTH = 256;

/** What to draw: `sides` picks the runs that make the width. */
export interface LayoutOptions {
  /** Drawing width in pixels. */
  width: number;
  /** Frames narrower than this (pixels) are merged (default 1). */
  minWidth?: number;
  /** Absolute values, or shares of each run's total (normalize: total). */
  measure: Measure;
  /** Levels drawn below the root (default DRAWN_DEPTH); deeper frames are one grey frame, `deeper frames not drawn`. */
  maxDepth?: number;
  /** Draw one side only (a plain flame graph): `candidate` or `baseline`. */
  only?: 'baseline' | 'candidate';
}

/**
 * Returns the frames of the aligned tree, parents before children; depth 0 is the root, `all`.
 * Only drawn frames are visited, and each visit reads the node's children once: O(nodes).
 */
export function layoutFlame(tree: AlignedTree, options: LayoutOptions): Frame[] {
  const { runs } = tree;
  // Inclusive values per run, as shares of the run's total with `share`.
  const inclusive = tree.inclusive.map((inc) => {
    const total = inc[0];
    return options.measure.share ? inc.map((v) => options.measure.inRun(v, total)) : inc;
  });
  const nb = tree.baselineRuns;
  const nc = runs - nb;
  const mean = (n: number, from: number, count: number) => {
    let s = 0;
    for (let r = from; r < from + count; r++) s += inclusive[r][n];
    return count > 0 ? s / count : 0;
  };
  const weightB = options.only === 'candidate' ? 0 : 1;
  const weightC = options.only === 'baseline' ? 0 : 1;
  const nameOf = (n: number) => tree.names[tree.func[n]];
  // A frame stands for a set of nodes: one call path, or siblings of one family merged
  // (below). Its values are the sums over the set.
  const sum = (set: number[], from: number, count: number) => set.reduce((s, n) => s + mean(n, from, count), 0);
  const sizeOf = (set: number[]) => weightB * sum(set, 0, nb) + weightC * sum(set, nb, nc);
  const rootSize = sizeOf([0]);
  if (!(rootSize > 0)) return [];
  const scale = options.width / rootSize;
  const minWidth = options.minWidth ?? 1;
  const maxDepth = options.maxDepth ?? DRAWN_DEPTH;

  const runsOf = (set: number[], from: number, count: number) => Array.from({ length: count }, (_, r) => set.reduce((s, n) => s + inclusive[from + r][n], 0));
  // The children of a set, grouped by function: merged siblings share their callees.
  const childrenOf = (set: number[]) => {
    const groups = new Map<string, number[]>();
    for (const n of set) {
      for (let c = tree.firstChild[n]; c >= 0; c = tree.nextSibling[c]) {
        const group = groups.get(nameOf(c));
        if (group) group.push(c);
        else groups.set(nameOf(c), [c]);
      }
    }
    return groups;
  };

  // The root, `all`, shows the whole profile's change.
  const frames: Frame[] = [{
    name: 'all', x: 0, width: options.width, depth: 0, baseline: mean(0, 0, nb), candidate: mean(0, nb, nc),
    baselineRuns: Array.from({ length: nb }, (_, r) => inclusive[r][0]),
    candidateRuns: Array.from({ length: nc }, (_, r) => inclusive[nb + r][0]),
    status: 'both',
    baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [],
  }];
  const stack: { set: number[]; frame: number; x: number; depth: number }[] = [{ set: [0], frame: 0, x: 0, depth: 0 }];
  while (stack.length > 0) {
    const { set, frame, x, depth } = stack.pop()!;
    const groups = childrenOf(set);
    setSelf(frames[frame], selfOf(inclusive, set, [...groups.values()].flat()), nb);
    // Sub-pixel children are merged into one frame after the others, so only the drawn ones
    // are sorted: a node of a deep profile can have thousands of children, most of them tiny.
    const small: { name: string; set: number[]; size: number }[] = [];
    const wide: { name: string; set: number[]; size: number }[] = [];
    const deepest = depth + 1 > maxDepth;
    for (const [name, group] of groups) {
      const size = sizeOf(group);
      if (size > 0) (deepest || size * scale < minWidth ? small : wide).push({ name, set: group, size });
    }
    // Thin siblings of one family (closures `Run.func1` ... `Run.func13490`, lambdas) are one
    // frame when together they are wide enough: `main.setFunctions.func* ×13490` and its
    // callees, where one grey "13490 small frames" told nothing.
    const rest: typeof small = [];
    if (!deepest) {
      const families = new Map<string, typeof small>();
      for (const child of small) {
        const family = familyOf(child.name);
        if (family === child.name) rest.push(child);
        else if (families.has(family)) families.get(family)!.push(child);
        else families.set(family, [child]);
      }
      for (const [family, members] of families) {
        const size = members.reduce((s, m) => s + m.size, 0);
        if (members.length > 1 && size * scale >= minWidth) wide.push({ name: `${family} ×${members.length}`, set: members.flatMap((m) => m.set), size });
        else rest.push(...members);
      }
    } else rest.push(...small);
    // Children in name order, as FlameGraph: the same call path sits at the same place.
    wide.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let cursor = x;
    for (const child of wide) {
      const b = sum(child.set, 0, nb);
      const c = sum(child.set, nb, nc);
      frames.push({
        name: child.name,
        x: cursor,
        width: child.size * scale,
        depth: depth + 1,
        baseline: b,
        candidate: c,
        baselineRuns: runsOf(child.set, 0, nb),
        candidateRuns: runsOf(child.set, nb, nc),
        status: b === 0 && c > 0 ? 'new' : c === 0 && b > 0 ? 'gone' : 'both',
        // Filled in when the frame's own children are read (setSelf).
        baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [],
      });
      stack.push({ set: child.set, frame: frames.length - 1, x: cursor, depth: depth + 1 });
      cursor += child.size * scale;
    }
    if (rest.length > 0) {
      const b = rest.reduce((s, k) => s + sum(k.set, 0, nb), 0);
      const c = rest.reduce((s, k) => s + sum(k.set, nb, nc), 0);
      const w = (weightB * b + weightC * c) * scale;
      if (w >= minWidth) {
        frames.push({ name: deepest ? 'deeper frames not drawn' : `${rest.length} small frames`, x: cursor, width: w, depth: depth + 1, baseline: b, candidate: c, baselineRuns: [], candidateRuns: [], status: 'merged', baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [] });
      }
    }
  }
  return frames;
}

/**
 * The family of a function name: its numbered parts made `*` (`main.setFunctions.func12`
 * and `.func13` are `main.setFunctions.func*`; Java's `Foo$$Lambda$41` and `Foo$$Lambda$42`
 * are `Foo$$Lambda$*`). A name without numbers is its own family.
 */
function familyOf(name: string): string {
  return name.replace(/\d+/g, '*');
}

/** Returns each run's self value at the nodes of `set` together: their inclusive value less their children's. */
function selfOf(inclusive: Float64Array[], set: number[], kids: number[]): number[] {
  return inclusive.map((inc) => {
    let whole = 0;
    for (const n of set) whole += inc[n];
    let self = whole;
    for (const k of kids) self -= inc[k];
    // The subtraction leaves rounding dust where the function has no value of its own.
    return Math.abs(self) <= 1e-9 * Math.abs(whole) ? 0 : self;
  });
}

function setSelf(frame: Frame, selfRuns: number[], nb: number): void {
  frame.baselineSelfRuns = selfRuns.slice(0, nb);
  frame.candidateSelfRuns = selfRuns.slice(nb);
  const mean = (v: number[]) => (v.length > 0 ? v.reduce((s, x) => s + x, 0) / v.length : 0);
  frame.baselineSelf = mean(frame.baselineSelfRuns);
  frame.candidateSelf = mean(frame.candidateSelfRuns);
}
