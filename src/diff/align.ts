// Aligns the call trees of several runs by call path: one union tree whose nodes keep
// each run's self value. The noise model's drift estimate uses it (call paths separate a
// shared leaf's callers), and so will the diff flame graph.
import { PairMap } from '../model/pair-map';
import type { Run } from './compare';

/** The union of several runs' call trees. */
export interface AlignedTree {
  /** Parent of each union node; -1 for the root (node 0). */
  parent: number[];
  /** Function name of each node; '' for the root. */
  name: string[];
  /** Self value of each node in each run (in the comparison's unit): self[run][node]. */
  self: Float64Array[];
}

/** Returns the runs' trees merged by call path (function names from the root). */
export function alignTrees(runs: Run[]): AlignedTree {
  const parent = [-1];
  const name = [''];
  const nameIds = new Map<string, number>();
  const children = new PairMap();
  const mapped: Int32Array[] = runs.map((run) => {
    const { tree } = run.profile;
    // Names are interned once per function, not once per node.
    const ids = tree.names.map((n) => {
      let id = nameIds.get(n);
      if (id === undefined) nameIds.set(n, (id = nameIds.size));
      return id;
    });
    const map = new Int32Array(tree.parent.length);
    for (let node = 1; node < tree.parent.length; node++) {
      const up = map[tree.parent[node]];
      const fn = tree.func[node];
      let id = children.get(up, ids[fn]);
      if (id < 0) {
        id = parent.length;
        parent.push(up);
        name.push(tree.names[fn]);
        children.set(up, ids[fn], id);
      }
      map[node] = id;
    }
    return map;
  });
  const self = runs.map((run, r) => {
    const values = new Float64Array(parent.length);
    const column = run.profile.tree.self[run.typeIndex];
    const map = mapped[r];
    for (let node = 1; node < map.length; node++) values[map[node]] += column[node] * run.scale;
    return values;
  });
  return { parent, name, self };
}
