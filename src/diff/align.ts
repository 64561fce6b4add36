// Aligns the call trees of several runs by call path: one union tree whose nodes keep
// each run's self value. The noise model's drift estimate uses it (call paths separate a
// shared leaf's callers), and so does the diff flame graph.
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
  /** Self value of each node in each run (in the comparison's unit): self[run][node]. */
  self: Float64Array[];
}

/** Returns the runs' trees merged by call path (function names from the root). */
export function alignTrees(runs: Run[]): AlignedTree {
  const names: string[] = [];
  const nameIds = new Map<string, number>();
  // The union has at most the nodes of all runs (a generous guess costs nothing).
  const table = new NodeTable(runs.reduce((sum, run) => sum + run.profile.tree.parent.length, 0));
  const mapped: Int32Array[] = runs.map((run) => {
    const { tree } = run.profile;
    // Names are interned once per function, not once per node.
    const ids = Int32Array.from(tree.names, (n) => {
      let id = nameIds.get(n);
      if (id === undefined) {
        id = names.length;
        names.push(n);
        nameIds.set(n, id);
      }
      return id;
    });
    const map = new Int32Array(tree.parent.length);
    for (let node = 1; node < tree.parent.length; node++) map[node] = table.child(map[tree.parent[node]], ids[tree.func[node]]);
    return map;
  });
  const size = table.size;
  const self = runs.map((run, r) => {
    const values = new Float64Array(size);
    const column = run.profile.tree.self[run.typeIndex];
    const map = mapped[r];
    for (let node = 1; node < map.length; node++) values[map[node]] += column[node] * run.scale;
    return values;
  });
  return { parent: table.parent.subarray(0, size), func: table.func.subarray(0, size), names, self };
}
