// Aligns the call trees of several runs by call path: one union tree whose nodes keep
// each run's self value and sampling events. Per-function values, the noise model's drift
// estimate (call paths separate a shared leaf's callers) and the diff flame graph all
// read it, so the runs' trees are walked once.
import { absorbTree, findEventType, SharedTable, type CallTree } from '../model/call-tree';
import { NodeTable } from '../model/node-table';
import type { Run } from '../model/run';

/** The union of several runs' call trees. */
export interface AlignedTree {
  /** Parent of each union node; -1 for the root (node 0). */
  parent: Int32Array;
  /** Function of each node, an index into `names`; -1 for the root. */
  func: Int32Array;
  /** Function names of the union. */
  names: string[];
  /** Source file of each function, '' when no run names one. */
  files: string[];
  /** Binary or shared library of each function (see CallTree.modules), '' when no run names one. */
  modules: string[];
  /** Line where each function starts in its file (see CallTree.lines), 0 when no run says. */
  lines: number[];
  /** Number of runs: baseline runs first, then candidate runs. */
  runs: number;
  /** How many of the runs are the baseline's (the first ones); the rest are the candidate's. */
  baselineRuns: number;
  /** When every run's stacks start at one frame, named differently (see mergedRoot): those names, compared as one frame named as the candidate's. */
  mergedRoots?: string[];
  /** Where each run's samples ended: leaves[run] are union nodes (the root never), self[run] the run's value at each (in the comparison's unit). */
  leaves: Int32Array[];
  self: Float64Array[];
  /** Each node's subtree value (self plus descendants) in each run. */
  inclusive: Float64Array[];
  /** Sampling events (see findEventType) at each run's leaves, and their sum per run. */
  leafEvents: Float64Array[];
  events: number[];
  /** Children of each node as linked lists: firstChild[node], then nextSibling[child]; -1 ends. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
}

/** Returns the runs' trees merged by call path (function names from the root). */
export function alignTrees(baseline: Run[], candidate: Run[]): AlignedTree {
  const columns = [...baseline, ...candidate].map((run): Column => {
    const { tree, sampleTypes } = run.profile;
    const eventType = findEventType(sampleTypes, run.typeIndex);
    const step = run.profile.eventValues?.[run.typeIndex] ?? 0;
    const events = eventType >= 0 ? tree.leafSelf[eventType] : step > 0 ? tree.leafSelf[run.typeIndex].map((v) => v / step) : tree.leafRecords;
    return { tree, values: tree.leafSelf[run.typeIndex], scale: run.scale, events };
  });
  const merged = differentOnlyRoots(columns);
  if (!merged) return Object.assign(alignColumns(columns), { baselineRuns: baseline.length });
  // Moved into a table of their own, the one root renamed: the whole profile would
  // otherwise be new under the candidate's name and gone under the baseline's.
  const union = new SharedTable();
  const name = merged.names[merged.names.length - 1];
  const moved = columns.map((c) => ({ ...c, tree: absorbTree(c.tree, union, name) }));
  const aligned = alignShared(moved, union.nodes ?? new NodeTable(1), union.names, union.files, union.modules, union.lines);
  return Object.assign(aligned, { baselineRuns: baseline.length, mergedRoots: merged.names });
}

/**
 * The names of the runs' only root frames, in run order without repeats, when every run's
 * stacks all start at one frame and those frames are not all named alike; else undefined.
 * It is the process name that perf script and stackcollapse-perf.pl root stacks at: the
 * same program built as `before` and `after`, or a binary renamed, is one program.
 */
function differentOnlyRoots(columns: Column[]): { names: string[] } | undefined {
  if (columns.length < 2) return undefined;
  const names: string[] = [];
  // The depth-1 node above each node, one pass a table (parents come before children):
  // runs read into one shared table share it.
  const tops = new Map<Int32Array, Int32Array>();
  for (const { tree, values } of columns) {
    const { parent, func, leaves } = tree;
    let top = tops.get(parent);
    if (!top) {
      top = new Int32Array(parent.length);
      for (let node = 1; node < parent.length; node++) top[node] = parent[node] === 0 ? node : top[parent[node]];
      tops.set(parent, top);
    }
    let root = -1;
    for (let i = 0; i < leaves.length; i++) {
      if (values[i] === 0 || leaves[i] === 0) continue;
      const node = top[leaves[i]];
      if (root === -1) root = node;
      else if (node !== root) return undefined;
    }
    if (root === -1) return undefined;
    const name = tree.names[func[root]];
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 1 ? { names } : undefined;
}

/** An aligned tree before it is told which runs are the baseline's. */
type Unsplit = Omit<AlignedTree, 'baselineRuns'>;

/** One tree to align: a value (times `scale`) and an event count per leaf of the tree. */
interface Column {
  tree: CallTree;
  values: Float64Array;
  scale: number;
  events: Float64Array;
}

function alignColumns(columns: Column[]): Unsplit {
  const shared = columns[0]?.tree.shared;
  if (shared?.nodes && columns.every((c) => c.tree.shared === shared)) return alignShared(columns, shared.nodes, shared.names, shared.files, shared.modules, shared.lines);
  // Trees built on their own (tests, one tree alone): moved into one new table first, as
  // the parse pool does with its workers' trees. Leaves keep their order, so the columns
  // still belong to them.
  const union = new SharedTable();
  const moved = columns.map((c) => ({ ...c, tree: absorbTree(c.tree, union) }));
  return alignShared(moved, union.nodes ?? new NodeTable(1), union.names, union.files, union.modules, union.lines);
}

/** The trees were built into one table: they are aligned already, node for node. */
function alignShared(columns: Column[], table: NodeTable, names: string[], files: string[], modules: string[], lines: number[]): Unsplit {
  return finishAligned(table, names.slice(), files.slice(), modules.slice(), Array.from(names, (_, fn) => lines[fn] ?? 0), columns.map(leavesOf));
}

/** One run's leaves, with its scaled values and events. */
interface RunLeaves {
  nodes: Int32Array;
  self: Float64Array;
  events: Float64Array;
}

function leavesOf(column: Column): RunLeaves {
  const { leaves } = column.tree;
  // The root's own value (samples with an empty stack) is left out, as it always was.
  let count = 0;
  for (let i = 0; i < leaves.length; i++) if (leaves[i] !== 0) count++;
  const nodes = new Int32Array(count);
  const self = new Float64Array(count);
  const events = new Float64Array(count);
  for (let i = 0, j = 0; i < leaves.length; i++) {
    if (leaves[i] === 0) continue;
    nodes[j] = leaves[i];
    self[j] = column.values[i] * column.scale;
    events[j++] = column.events[i];
  }
  return { nodes, self, events };
}

/** The aligned tree of a table and each run's leaves: their values summed up the tree. */
function finishAligned(table: NodeTable, names: string[], files: string[], modules: string[], lines: number[], runs: RunLeaves[]): Unsplit {
  const size = table.size;
  const parent = table.parent.subarray(0, size);
  const sumUp = (nodes: Int32Array, leafValues: Float64Array) => {
    const values = new Float64Array(size);
    for (let i = 0; i < nodes.length; i++) values[nodes[i]] += leafValues[i];
    for (let node = size - 1; node > 0; node--) values[parent[node]] += values[node];
    return values;
  };
  return {
    parent,
    func: table.func.subarray(0, size),
    names,
    files,
    modules,
    lines,
    runs: runs.length,
    leaves: runs.map((r) => r.nodes),
    self: runs.map((r) => r.self),
    inclusive: runs.map((r) => sumUp(r.nodes, r.self)),
    leafEvents: runs.map((r) => r.events),
    events: runs.map((r) => r.events.reduce((sum, e) => sum + e, 0)),
    firstChild: table.firstChild.subarray(0, size),
    nextSibling: table.nextSibling.subarray(0, size),
  };
}

/**
 * Returns one tree's self and total per function (indexed as tree.names), as pprof counts
 * them: the same walk as a comparison's. Events come from sample type `eventType` (a count),
 * or from sample records when -1.
 */
export function computeFunctionValues(tree: CallTree, typeIndex: number, eventType = -1): RunValues {
  const aligned = Object.assign(alignColumns([{ tree, values: tree.leafSelf[typeIndex], scale: 1, events: eventType >= 0 ? tree.leafSelf[eventType] : tree.leafRecords }]), { baselineRuns: 1 });
  return alignedFunctionValues(aligned)[0];
}

/** One run's per-function values, indexed by the aligned tree's function ids. */
export interface RunValues {
  self: Float64Array;
  /** As pprof: a function counts once per sample, even when it recurses. */
  total: Float64Array;
  /** 1 where the function is on the stack of a sample with a value or an event, else 0. */
  present: Uint8Array;
  /** Sum of the run's values, and of its events. */
  sum: number;
  events: number;
}

/**
 * Returns each run's self and total per function. Only the outermost occurrence of a
 * function on a path adds its subtree to the total; one depth-first walk of the union
 * tree finds those for every run at once.
 */
export function alignedFunctionValues(tree: AlignedTree): RunValues[] {
  const n = tree.parent.length;
  const fnCount = tree.names.length;
  const { func, parent, inclusive, runs } = tree;
  // A node is marked when a sample below it has a value or an event: one byte a node,
  // shared by the runs, instead of summing each run's events up the tree.
  const marked = new Uint8Array(n);
  const out: RunValues[] = tree.self.map((self, r) => {
    const values = new Float64Array(fnCount);
    const present = new Uint8Array(fnCount);
    const leaves = tree.leaves[r];
    const events = tree.leafEvents[r];
    if (r > 0) marked.fill(0);
    for (let i = 0; i < leaves.length; i++) {
      values[func[leaves[i]]] += self[i];
      if (self[i] !== 0 || events[i] !== 0) marked[leaves[i]] = 1;
    }
    for (let node = n - 1; node > 0; node--) {
      if (marked[node] === 0) continue;
      marked[parent[node]] = 1;
      present[func[node]] = 1;
    }
    return { self: values, total: new Float64Array(fnCount), present, sum: n > 0 ? inclusive[r][0] : 0, events: tree.events[r] };
  });
  const onPath = new Int32Array(fnCount);
  walk(tree, (node) => {
    const fn = func[node];
    if (fn < 0) return;
    if (onPath[fn]++ !== 0) return;
    for (let r = 0; r < runs; r++) out[r].total[fn] += inclusive[r][node];
  }, (node) => {
    const fn = func[node];
    if (fn >= 0) onPath[fn]--;
  });
  return out;
}

/**
 * Walks the tree depth first, calling `enter` on the way down and `leave` on the way up of
 * every node; along the child links and back up the parents, so no stack is needed.
 */
export function walk(tree: AlignedTree, enter: (node: number) => void, leave: (node: number) => void): void {
  const { parent, firstChild, nextSibling } = tree;
  let node = parent.length > 0 ? 0 : -1;
  while (node >= 0) {
    enter(node);
    if (firstChild[node] >= 0) {
      node = firstChild[node];
      continue;
    }
    // Leave nodes until one has a next sibling.
    while (node >= 0) {
      leave(node);
      const next = node > 0 ? nextSibling[node] : -1;
      if (next >= 0) {
        node = next;
        break;
      }
      node = parent[node];
    }
  }
}
