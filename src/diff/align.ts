// Aligns the call trees of several runs by call path: one union tree whose nodes keep
// each run's self value and sampling events. Per-function values, the noise model's drift
// estimate (call paths separate a shared leaf's callers) and the diff flame graph all
// read it, so the runs' trees are walked once.
import { findEventType, type CallTree } from '../model/call-tree';
import { NodeTable } from '../model/node-table';
import type { Run } from './compare';

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
  /** Self value of each node in each run (in the comparison's unit): self[run][node]. */
  self: Float64Array[];
  /** Each node's subtree value (self plus descendants) in each run. */
  inclusive: Float64Array[];
  /** Sampling events in each node's subtree in each run (see findEventType). */
  inclusiveEvents: Float64Array[];
  /** Children of each node as linked lists: firstChild[node], then nextSibling[child]; -1 ends. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
}

/** Returns the runs' trees merged by call path (function names from the root). */
export function alignTrees(runs: Run[]): AlignedTree {
  return alignColumns(runs.map((run) => {
    const { tree, sampleTypes } = run.profile;
    const eventType = findEventType(sampleTypes, run.typeIndex);
    return { tree, values: tree.self[run.typeIndex], scale: run.scale, events: eventType >= 0 ? tree.self[eventType] : tree.records };
  }));
}

/** One tree to align: a value column (times `scale`) and an event column, per node. */
interface Column {
  tree: CallTree;
  values: Float64Array;
  scale: number;
  events: Float64Array;
}

function alignColumns(columns: Column[]): AlignedTree {
  const shared = columns[0]?.tree.shared;
  if (shared?.nodes && columns.every((c) => c.tree.shared === shared)) return alignShared(columns, shared.nodes, shared.names, shared.files);
  const names: string[] = [];
  const files: string[] = [];
  const nameIds = new Map<string, number>();
  // The union has at most the nodes of all trees (a generous guess costs nothing).
  const capacity = columns.reduce((sum, c) => sum + c.tree.parent.length, 0);
  let table: NodeTable | undefined;
  const mapped: Int32Array[] = columns.map(({ tree }, r) => {
    // Names are interned once per function, not once per node.
    const ids = Int32Array.from(tree.names, (n, fn) => {
      let id = nameIds.get(n);
      if (id === undefined) {
        id = names.length;
        names.push(n);
        files.push('');
        nameIds.set(n, id);
      }
      if (!files[id] && tree.files[fn]) files[id] = tree.files[fn];
      return id;
    });
    const map = new Int32Array(tree.parent.length);
    if (r === 0) {
      // The first tree's paths are distinct: its nodes start the union as they are.
      const func = new Int32Array(tree.parent.length);
      for (let node = 1; node < func.length; node++) func[node] = ids[tree.func[node]];
      func[0] = -1;
      table = NodeTable.from(tree.parent, func, capacity);
      for (let node = 0; node < map.length; node++) map[node] = node;
      return map;
    }
    for (let node = 1; node < tree.parent.length; node++) map[node] = table!.child(map[tree.parent[node]], ids[tree.func[node]]);
    return map;
  });
  table ??= new NodeTable(1);
  const size = table.size;
  const spread = (r: number, column: Float64Array, scale: number) => {
    const values = new Float64Array(size);
    const map = mapped[r];
    for (let node = 1; node < map.length; node++) values[map[node]] += column[node] * scale;
    return values;
  };
  return finishAligned(table, names, files, columns.map((c, r) => spread(r, c.values, c.scale)), columns.map((c, r) => spread(r, c.events, 1)));
}

/** The trees were built into one table: they are aligned already, only their columns are copied. */
function alignShared(columns: Column[], table: NodeTable, names: string[], files: string[]): AlignedTree {
  const size = table.size;
  // Self values are only read: unscaled, with nothing at the root (as nearly always), the
  // tree's own column serves, its buffer running past the tree's nodes with zeros (see
  // CallTreeBuilder). Events are summed up in place, so they are always copied.
  const view = (column: Float64Array, scale: number) =>
    scale === 1 && column[0] === 0 && column.buffer.byteLength >= column.byteOffset + size * 8 ? new Float64Array(column.buffer, column.byteOffset, size) : copy(column, scale);
  const copy = (column: Float64Array, scale: number) => {
    const values = new Float64Array(size);
    // A tree ends where the table ended when it was built; the root's own value is left out, as in alignColumns.
    const n = Math.min(column.length, size);
    if (scale === 1) values.set(column.subarray(0, n));
    else for (let node = 0; node < n; node++) values[node] = column[node] * scale;
    values[0] = 0;
    return values;
  };
  return finishAligned(table, names.slice(), files.slice(), columns.map((c) => view(c.values, c.scale)), columns.map((c) => copy(c.events, 1)));
}

/** The aligned tree of a table and its per-run self and event columns (one value per node). */
function finishAligned(table: NodeTable, names: string[], files: string[], self: Float64Array[], events: Float64Array[]): AlignedTree {
  const size = table.size;
  const parent = table.parent.subarray(0, size);
  const sumUp = (values: Float64Array) => {
    for (let node = size - 1; node > 0; node--) values[parent[node]] += values[node];
    return values;
  };
  return {
    parent,
    func: table.func.subarray(0, size),
    names,
    files,
    self,
    inclusive: self.map((column) => sumUp(column.slice())),
    inclusiveEvents: events.map(sumUp),
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
  const aligned = alignColumns([{ tree, values: tree.self[typeIndex], scale: 1, events: eventType >= 0 ? tree.self[eventType] : tree.records }]);
  return alignedFunctionValues(aligned)[0];
}

/** One run's per-function values, indexed by the aligned tree's function ids. */
export interface RunValues {
  self: Float64Array;
  /** As pprof: a function counts once per sample, even when it recurses. */
  total: Float64Array;
  /** Sampling events whose stack holds the function. */
  totalEvents: Float64Array;
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
  const { func, self, inclusive, inclusiveEvents } = tree;
  const runs = self.length;
  const out: RunValues[] = self.map((_, r) => ({
    self: new Float64Array(fnCount),
    total: new Float64Array(fnCount),
    totalEvents: new Float64Array(fnCount),
    sum: n > 0 ? inclusive[r][0] : 0,
    events: n > 0 ? inclusiveEvents[r][0] : 0,
  }));
  const onPath = new Int32Array(fnCount);
  walk(tree, (node) => {
    const fn = func[node];
    if (fn < 0) return;
    const outermost = onPath[fn]++ === 0;
    for (let r = 0; r < runs; r++) {
      const o = out[r];
      o.self[fn] += self[r][node];
      if (outermost) {
        o.total[fn] += inclusive[r][node];
        o.totalEvents[fn] += inclusiveEvents[r][node];
      }
    }
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
