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
  /** Index of the parent frame in the layout's list; -1 for the root. */
  parent: number;
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
  /**
   * Frames to make, about (the HTML report's budget): frames are then opened widest first,
   * and those left when the budget is spent are drawn without their children. Without it,
   * every frame of minWidth or more is drawn.
   */
  maxFrames?: number;
  /** Draw one side only (a plain flame graph): `candidate` or `baseline`. */
  only?: 'baseline' | 'candidate';
}

/**
 * Returns the frames of the aligned tree, parents before children; depth 0 is the root, `all`.
 * Each node's means are worked out once (O(nodes × runs)); then only drawn frames are
 * visited, and each visit reads its nodes' children once.
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
  const weightB = options.only === 'candidate' ? 0 : 1;
  const weightC = options.only === 'baseline' ? 0 : 1;
  // Each node's mean inclusive value per side and its drawn size, once: a frame's set is
  // read several times (size, values, runs), and merged sets hold thousands of nodes.
  const nodes = tree.parent.length;
  const meanB = meanOver(inclusive, 0, nb, nodes);
  const meanC = meanOver(inclusive, nb, nc, nodes);
  const rootSize = weightB * meanB[0] + weightC * meanC[0];
  if (!(rootSize > 0)) return [];
  const scale = options.width / rootSize;
  const minWidth = options.minWidth ?? 1;
  const maxDepth = options.maxDepth ?? DRAWN_DEPTH;
  const sum = (values: Float64Array, set: number[]) => {
    let s = 0;
    for (const n of set) s += values[n];
    return s;
  };
  const runsOf = (set: number[], from: number, count: number) => Array.from({ length: count }, (_, r) => sum(inclusive[from + r], set));
  // Each function's family as a number, worked out once per function.
  const familyNames: string[] = [];
  const familyIndex = new Map<string, number>();
  const familyIds = new Int32Array(tree.names.length).fill(-2);
  const familyOfFunc = (func: number) => {
    if (familyIds[func] !== -2) return familyIds[func];
    const family = familyOf(tree.names[func]);
    let id = familyIndex.get(family);
    if (id === undefined) {
      id = familyNames.push(family) - 1;
      familyIndex.set(family, id);
    }
    return (familyIds[func] = id);
  };
  // While a set's children are read: each family's index in `thin` (-1 or unset: none).
  const thinOf: number[] = [];
  // Scratch for grouping a set's children by function without a Map or an array per child
  // (a merged set reaches every node of a deep profile: 425,000 in large.cpu): each
  // function's group index while a set is read, and each group's members as a linked list.
  const groupOf = new Int32Array(tree.names.length).fill(-1);
  const nextMember = new Int32Array(nodes);

  // The root, `all`, shows the whole profile's change.
  const frames: Frame[] = [{
    name: 'all', parent: -1, x: 0, width: options.width, depth: 0, baseline: meanB[0], candidate: meanC[0],
    baselineRuns: runsOf([0], 0, nb), candidateRuns: runsOf([0], nb, nc),
    status: 'both',
    baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [],
  }];
  // A frame stands for a set of nodes: one call path, or siblings of one family merged
  // (below), whose children are grouped by function. Its values are the sums over the set.
  const maxFrames = options.maxFrames ?? Infinity;
  const stack = new Frontier(Number.isFinite(maxFrames));
  stack.push({ set: [0], frame: 0, x: 0, depth: 0, width: options.width });
  while (stack.length > 0) {
    const { set, frame, x, depth } = stack.pop()!;
    if (frames.length >= maxFrames) {
      // Over budget: the frame stays, its children are not drawn.
      setSelf(frames[frame], selfOf(inclusive, set, childSums(tree, inclusive, set)), nb);
      continue;
    }
    const { funcs, heads, groupB, groupC, kids } = groupChildren(tree, inclusive, meanB, meanC, set, groupOf, nextMember);
    const members = (g: number, into: number[] = []) => {
      for (let c = heads[g]; c >= 0; c = nextMember[c]) into.push(c);
      return into;
    };
    setSelf(frames[frame], selfOf(inclusive, set, kids), nb);
    // Sub-pixel children are merged into one frame after the others, so only the drawn ones
    // are sorted: a node of a deep profile can have thousands of children, most of them tiny.
    const wide: { name: string; groups: number[]; size: number; b: number; c: number }[] = [];
    const deepest = depth + 1 > maxDepth;
    // Thin siblings of one family (closures `Run.func1` ... `Run.func13490`, lambdas) are one
    // frame when together they are wide enough: `main.setFunctions.func* ×13490` and its
    // callees, where one grey "13490 small frames" told nothing.
    const thin: { family: number; groups: number[]; size: number; b: number; c: number }[] = [];
    const rest = { count: 0, b: 0, c: 0 };
    for (let g = 0; g < funcs.length; g++) {
      const size = weightB * groupB[g] + weightC * groupC[g];
      if (!(size > 0)) continue;
      if (!deepest && size * scale >= minWidth) {
        wide.push({ name: tree.names[funcs[g]], groups: [g], size, b: groupB[g], c: groupC[g] });
        continue;
      }
      const family = deepest ? -1 : familyOfFunc(funcs[g]);
      const kin = family >= 0 && (thinOf[family] ?? -1) >= 0 ? thin[thinOf[family]] : undefined;
      if (family < 0) {
        rest.count++;
        rest.b += groupB[g];
        rest.c += groupC[g];
      } else if (kin) {
        kin.groups.push(g);
        kin.size += size;
        kin.b += groupB[g];
        kin.c += groupC[g];
      } else {
        thinOf[family] = thin.length;
        thin.push({ family, groups: [g], size, b: groupB[g], c: groupC[g] });
      }
    }
    for (const kin of thin) {
      thinOf[kin.family] = -1;
      if (kin.groups.length > 1 && kin.size * scale >= minWidth) wide.push({ ...kin, name: `${familyNames[kin.family]} ×${kin.groups.length}` });
      else {
        rest.count += kin.groups.length;
        rest.b += kin.b;
        rest.c += kin.c;
      }
    }
    // With a budget, a node's widest children up to what is left of it; the others join the
    // small frames (50,000 children of one parent had made 50,000 frames past the budget).
    const room = Math.max(1, maxFrames - frames.length - 1);
    if (wide.length > room) {
      wide.sort((a, b) => b.size - a.size);
      for (const extra of wide.splice(room)) {
        rest.count += extra.groups.length;
        rest.b += extra.b;
        rest.c += extra.c;
      }
    }
    // Children in name order, as FlameGraph: the same call path sits at the same place.
    wide.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let cursor = x;
    for (const child of wide) {
      const { b, c } = child;
      const childSet: number[] = [];
      for (const g of child.groups) members(g, childSet);
      frames.push({
        name: child.name,
        parent: frame,
        x: cursor,
        width: child.size * scale,
        depth: depth + 1,
        baseline: b,
        candidate: c,
        baselineRuns: runsOf(childSet, 0, nb),
        candidateRuns: runsOf(childSet, nb, nc),
        status: b === 0 && c > 0 ? 'new' : c === 0 && b > 0 ? 'gone' : 'both',
        // Filled in when the frame's own children are read (setSelf).
        baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [],
      });
      stack.push({ set: childSet, frame: frames.length - 1, x: cursor, depth: depth + 1, width: child.size * scale });
      cursor += child.size * scale;
    }
    if (rest.count > 0) {
      const w = (weightB * rest.b + weightC * rest.c) * scale;
      if (w >= minWidth) {
        frames.push({ name: deepest ? 'deeper frames not drawn' : `${rest.count} small frames`, parent: frame, x: cursor, width: w, depth: depth + 1, baseline: rest.b, candidate: rest.c, baselineRuns: [], candidateRuns: [], status: 'merged', baselineSelf: 0, candidateSelf: 0, baselineSelfRuns: [], candidateSelfRuns: [] });
      }
    }
  }
  return frames;
}

/** A frame waiting to be opened (its children read): its nodes, index, left edge, depth and width. */
interface Open {
  set: number[];
  frame: number;
  x: number;
  depth: number;
  width: number;
}

/** The frames waiting to be opened: last in first out, or, with a budget, widest first (a binary heap). */
class Frontier {
  private readonly items: Open[] = [];

  constructor(private readonly widestFirst: boolean) {}

  get length(): number {
    return this.items.length;
  }

  push(item: Open): void {
    const items = this.items;
    items.push(item);
    if (!this.widestFirst) return;
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (items[up].width >= items[i].width) break;
      [items[up], items[i]] = [items[i], items[up]];
      i = up;
    }
  }

  pop(): Open | undefined {
    const items = this.items;
    if (!this.widestFirst || items.length <= 1) return items.pop();
    const top = items[0];
    items[0] = items.pop()!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let big = i;
      if (l < items.length && items[l].width > items[big].width) big = l;
      if (r < items.length && items[r].width > items[big].width) big = r;
      if (big === i) break;
      [items[big], items[i]] = [items[i], items[big]];
      i = big;
    }
    return top;
  }
}

/** Each run's sum over the children of the nodes of `set`. */
function childSums(tree: AlignedTree, inclusive: Float64Array[], set: number[]): Float64Array {
  const kids = new Float64Array(inclusive.length);
  for (const n of set) {
    for (let c = tree.firstChild[n]; c >= 0; c = tree.nextSibling[c]) {
      for (let r = 0; r < inclusive.length; r++) kids[r] += inclusive[r][c];
    }
  }
  return kids;
}

/** A set's children grouped by function (see layoutFlame's scratch arrays). */
interface ChildGroups {
  /** Group g is function funcs[g]; its first member is heads[g] (then nextMember); its means are groupB[g], groupC[g]. */
  funcs: number[];
  heads: number[];
  groupB: number[];
  groupC: number[];
  /** Each run's sum over all the children. */
  kids: Float64Array;
}

/**
 * Groups the children of the nodes of `set` by function. A function of its own, so that the
 * engine optimizes this loop early: inline in layoutFlame, which runs once, it ran at 0.7 µs
 * a child on large.cpu's 425,000.
 */
function groupChildren(tree: AlignedTree, inclusive: Float64Array[], meanB: Float64Array, meanC: Float64Array, set: number[], groupOf: Int32Array, nextMember: Int32Array): ChildGroups {
  const { firstChild, nextSibling, func: funcOf } = tree;
  const runs = inclusive.length;
  const funcs: number[] = [];
  const heads: number[] = [];
  const groupB: number[] = [];
  const groupC: number[] = [];
  const kids = new Float64Array(runs);
  for (let i = 0; i < set.length; i++) {
    for (let c = firstChild[set[i]]; c >= 0; c = nextSibling[c]) {
      for (let r = 0; r < runs; r++) kids[r] += inclusive[r][c];
      const func = funcOf[c];
      let g = groupOf[func];
      if (g < 0) {
        g = groupOf[func] = funcs.length;
        funcs.push(func);
        heads.push(-1);
        groupB.push(0);
        groupC.push(0);
      }
      nextMember[c] = heads[g];
      heads[g] = c;
      groupB[g] += meanB[c];
      groupC[g] += meanC[c];
    }
  }
  for (const func of funcs) groupOf[func] = -1;
  return { funcs, heads, groupB, groupC, kids };
}

/** Each node's mean over runs from..from+count of `values` (0 where count is 0). */
function meanOver(values: Float64Array[], from: number, count: number, nodes: number): Float64Array {
  if (count === 1) return values[from];
  const mean = new Float64Array(nodes);
  for (let r = from; r < from + count; r++) {
    const run = values[r];
    for (let n = 0; n < nodes; n++) mean[n] += run[n];
  }
  if (count > 1) for (let n = 0; n < nodes; n++) mean[n] /= count;
  return mean;
}

/** Names that may hold a numbered closure or lambda (most do not: one test before the four replaces). */
const CLOSURE = /\.(?:func|gowrap|deferwrap)\d|\$|\{lambda\(/;

/**
 * The family of a function name: the name with its closure or lambda numbers made `*`, so
 * that numbered closures of one function are one family. Go's `main.run.func12` and
 * `.func13.2` are `main.run.func*` (also `.gowrap*`, `.deferwrap*`); Java's
 * `Foo$$Lambda$41/0x0000…` and `Foo$$Lambda.0x0000…` are `Foo$$Lambda*`, `lambda$main$3` is
 * `lambda$main$*`; Scala's `$anonfun$run$2` is `$anonfun$run$*`; C++'s `{lambda(int)#2}` is
 * `{lambda(int)#*}`. Other numbers are the function's own (`crc32.update`, `Func12`): two
 * siblings share a family only when their names match after this.
 */
export function familyOf(name: string): string {
  if (!CLOSURE.test(name)) return name;
  return name
    .replace(/\.(func|gowrap|deferwrap)\d+(?:\.\d+)*/g, '.$1*')
    .replace(/\$\$Lambda(?:\$\d+)?(?:[/.]0x[0-9a-fA-F]+)?/g, '$$$$Lambda*')
    .replace(/\b(lambda|anonfun)\$([\w$]*?)\$\d+/g, '$1$$$2$$*')
    .replace(/\{lambda\(([^)]*)\)#\d+\}/g, '{lambda($1)#*}');
}

/** Returns each run's self value at the nodes of `set` together: their inclusive value less their children's (`kids`, per run). */
function selfOf(inclusive: Float64Array[], set: number[], kids: Float64Array): number[] {
  return inclusive.map((inc, r) => {
    let whole = 0;
    for (const n of set) whole += inc[n];
    const self = whole - kids[r];
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
