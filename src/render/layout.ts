// Flame graph layout: the aligned call tree of both sides as rectangles. Width is
// baseline + candidate, so code added or removed keeps its place; frames narrower than
// a pixel are merged per parent into one frame so the picture stays readable.
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
  const size = (n: number) => weightB * mean(n, 0, nb) + weightC * mean(n, nb, nc);
  const rootSize = size(0);
  if (!(rootSize > 0)) return [];
  const scale = options.width / rootSize;
  const minWidth = options.minWidth ?? 1;
  const maxDepth = options.maxDepth ?? DRAWN_DEPTH;

  const childrenOf = (n: number) => {
    const kids: number[] = [];
    for (let c = tree.firstChild[n]; c >= 0; c = tree.nextSibling[c]) kids.push(c);
    return kids;
  };
  const nameOf = (n: number) => tree.names[tree.func[n]];

  // The root, `all`, shows the whole profile's change.
  const frames: Frame[] = [{
    name: 'all', x: 0, width: options.width, depth: 0, baseline: mean(0, 0, nb), candidate: mean(0, nb, nc),
    baselineRuns: Array.from({ length: nb }, (_, r) => inclusive[r][0]),
    candidateRuns: Array.from({ length: nc }, (_, r) => inclusive[nb + r][0]),
    status: 'both',
    baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [],
  }];
  const stack: { node: number; frame: number; x: number; depth: number }[] = [{ node: 0, frame: 0, x: 0, depth: 0 }];
  while (stack.length > 0) {
    const { node, frame, x, depth } = stack.pop()!;
    const kids = childrenOf(node);
    setSelf(frames[frame], selfOf(inclusive, node, kids), nb);
    // Sub-pixel children are merged into one frame after the others, so only the drawn ones
    // are sorted: a node of a deep profile can have thousands of children, most of them tiny.
    const small: number[] = [];
    const wide: number[] = [];
    const deepest = depth + 1 > maxDepth;
    for (const k of kids) {
      const s = size(k);
      if (s > 0) (deepest || s * scale < minWidth ? small : wide).push(k);
    }
    // Children in name order, as FlameGraph: the same call path sits at the same place.
    wide.sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
    let cursor = x;
    const placed: { node: number; x: number }[] = [];
    for (const k of wide) {
      placed.push({ node: k, x: cursor });
      cursor += size(k) * scale;
    }
    for (const { node: k, x: kx } of placed) {
      const b = mean(k, 0, nb);
      const c = mean(k, nb, nc);
      frames.push({
        name: nameOf(k),
        x: kx,
        width: size(k) * scale,
        depth: depth + 1,
        baseline: b,
        candidate: c,
        baselineRuns: Array.from({ length: nb }, (_, r) => inclusive[r][k]),
        candidateRuns: Array.from({ length: nc }, (_, r) => inclusive[nb + r][k]),
        status: b === 0 && c > 0 ? 'new' : c === 0 && b > 0 ? 'gone' : 'both',
        // Filled in when the frame's own children are read (setSelf).
        baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [],
      });
      stack.push({ node: k, frame: frames.length - 1, x: kx, depth: depth + 1 });
    }
    if (small.length > 0) {
      const b = small.reduce((s, k) => s + mean(k, 0, nb), 0);
      const c = small.reduce((s, k) => s + mean(k, nb, nc), 0);
      const w = (weightB * b + weightC * c) * scale;
      if (w >= minWidth) {
        frames.push({ name: deepest ? 'deeper frames not drawn' : `${small.length} small frames`, x: cursor, width: w, depth: depth + 1, baseline: b, candidate: c, baselineRuns: [], candidateRuns: [], status: 'merged', baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [] });
      }
    }
  }
  return frames;
}

/** Returns each run's self value at `node`: its inclusive value less its children's. */
function selfOf(inclusive: Float64Array[], node: number, kids: number[]): number[] {
  return inclusive.map((inc) => {
    let self = inc[node];
    for (const k of kids) self -= inc[k];
    // The subtraction leaves rounding dust where the function has no value of its own.
    return Math.abs(self) <= 1e-9 * Math.abs(inc[node]) ? 0 : self;
  });
}

function setSelf(frame: Frame, selfRuns: number[], nb: number): void {
  frame.baselineSelfRuns = selfRuns.slice(0, nb);
  frame.candidateSelfRuns = selfRuns.slice(nb);
  const mean = (v: number[]) => (v.length > 0 ? v.reduce((s, x) => s + x, 0) / v.length : 0);
  frame.baselineSelf = mean(frame.baselineSelfRuns);
  frame.candidateSelf = mean(frame.candidateSelfRuns);
}
