// Aligns the call trees of several runs by call path: one union tree whose nodes keep
// each run's self value and sampling events. Per-function values, the noise model's drift
// estimate (call paths separate a shared leaf's callers) and the diff flame graph all
// read it, so the runs' trees are walked once.
import { childIndex, findEventType } from '../model/call-tree';
import { NodeTable } from '../model/node-table';
import { scratchFloat64, scratchInt32 } from '../model/scratch';
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
  /** Sampling events that ended at each node in each run (see findEventType). */
  events: Float64Array[];
}

/** Returns the runs' trees merged by call path (function names from the root). */
export function alignTrees(runs: Run[]): AlignedTree {
  const names: string[] = [];
  const files: string[] = [];
  const nameIds = new Map<string, number>();
  // The union has at most the nodes of all runs (a generous guess costs nothing).
  const table = new NodeTable(runs.reduce((sum, run) => sum + run.profile.tree.parent.length, 0));
  const mapped: Int32Array[] = runs.map((run) => {
    const { tree } = run.profile;
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
    for (let node = 1; node < tree.parent.length; node++) map[node] = table.child(map[tree.parent[node]], ids[tree.func[node]]);
    return map;
  });
  const size = table.size;
  const spread = (r: number, column: Float64Array, scale: number) => {
    const values = new Float64Array(size);
    const map = mapped[r];
    for (let node = 1; node < map.length; node++) values[map[node]] += column[node] * scale;
    return values;
  };
  const self = runs.map((run, r) => spread(r, run.profile.tree.self[run.typeIndex], run.scale));
  const events = runs.map((run, r) => {
    const eventType = findEventType(run.profile.sampleTypes, run.typeIndex);
    return spread(r, eventType >= 0 ? run.profile.tree.self[eventType] : run.profile.tree.records, 1);
  });
  return { parent: table.parent.subarray(0, size), func: table.func.subarray(0, size), names, files, self, events };
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
  const runs = tree.self.length;
  const fnCount = tree.names.length;
  const inclusive = tree.self.map((self, r) => {
    const values = scratchFloat64(`aligned.inclusive.${r}`, n);
    values.set(self);
    return values;
  });
  const inclusiveEvents = tree.events.map((events, r) => {
    const values = scratchFloat64(`aligned.inclusiveEvents.${r}`, n);
    values.set(events);
    return values;
  });
  for (let node = n - 1; node > 0; node--) {
    const p = tree.parent[node];
    for (let r = 0; r < runs; r++) {
      inclusive[r][p] += inclusive[r][node];
      inclusiveEvents[r][p] += inclusiveEvents[r][node];
    }
  }
  const out: RunValues[] = tree.self.map((_, r) => ({
    self: new Float64Array(fnCount),
    total: new Float64Array(fnCount),
    totalEvents: new Float64Array(fnCount),
    sum: n > 0 ? inclusive[r][0] : 0,
    events: n > 0 ? inclusiveEvents[r][0] : 0,
  }));
  const { start, list } = childIndex(tree.parent, 'aligned');
  const onPath = new Int32Array(fnCount);
  // Depth-first stack of nodes to enter (n) and to leave (~n); each node goes on twice at most.
  const stack = scratchInt32('aligned.stack', 2 * n + 1);
  let top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const entry = stack[--top];
    if (entry < 0) {
      const fn = tree.func[~entry];
      if (fn >= 0) onPath[fn]--;
      continue;
    }
    const node = entry;
    const fn = tree.func[node];
    if (fn >= 0) {
      const outermost = onPath[fn] === 0;
      for (let r = 0; r < runs; r++) {
        const o = out[r];
        o.self[fn] += tree.self[r][node];
        if (outermost) {
          o.total[fn] += inclusive[r][node];
          o.totalEvents[fn] += inclusiveEvents[r][node];
        }
      }
      onPath[fn]++;
    }
    stack[top++] = ~node;
    for (let i = start[node]; i < start[node + 1]; i++) stack[top++] = list[i];
  }
  return out;
}
