// The call paths through which a function's growth came: `handleUpload ← main` carried
// +160 ms of checksum's growth, `handleDownload ← main` the rest. Read from the call trees,
// so a reader sees where the slower function is called from without hovering.
import type { AlignedTree } from '../diff/align';
import type { Measure } from '../model/measure';

/** One caller path of a function and how much of the function's value moved along it. */
export interface GrowthPath {
  /** Callers, nearest first, at most `depth` frames. */
  callers: string[];
  /** Change of the function's total along this path (mean per run, in the measure). */
  delta: number;
}

/**
 * Returns the caller paths (nearest `depth` callers) of each named function along which its
 * total changed most, largest growth first, keeping paths that carry at least 10% of the
 * largest, in the comparison's measure (absolute, or shares of each run's total).
 */
export function findGrowthPaths(tree: AlignedTree, names: string[], measure: Measure, depth = 3, count = 3): Map<string, GrowthPath[]> {
  if (names.length === 0) return new Map(); // the usual case: nothing was flagged
  const wanted = new Set(names);
  const sums = new Map<string, Map<string, number>>(names.map((n) => [n, new Map()]));
  const { runs, baselineRuns } = tree;
  const candidateRuns = runs - baselineRuns;
  // Each run's weight: -1 / runs for the baseline, +1 / runs for the candidate, over its total for shares.
  const weights = tree.inclusive.map((inclusive, r) => {
    const scale = measure.runScale(inclusive[0]);
    return r < baselineRuns ? -scale / baselineRuns : scale / candidateRuns;
  });
  const isWanted = tree.names.map((n) => wanted.has(n));
  for (let node = 1; node < tree.parent.length; node++) {
    const fn = tree.func[node];
    if (!isWanted[fn]) continue;
    let change = 0;
    let any = false;
    for (let r = 0; r < runs; r++) {
      const value = tree.inclusive[r][node];
      if (value !== 0) any = true;
      change += value * weights[r];
    }
    if (!any) continue;
    // Only the outermost occurrence on a path counts, as for total.
    const callers: string[] = [];
    let outermost = true;
    for (let up = tree.parent[node]; up > 0; up = tree.parent[up]) {
      if (tree.func[up] === fn) {
        outermost = false;
        break;
      }
      if (callers.length < depth) callers.push(tree.names[tree.func[up]]);
    }
    if (!outermost) continue;
    const key = callers.join('\u0000');
    const byPath = sums.get(tree.names[fn])!;
    byPath.set(key, (byPath.get(key) ?? 0) + change);
  }
  const result = new Map<string, GrowthPath[]>();
  for (const [name, byPath] of sums) {
    const paths = [...byPath]
      .map(([key, delta]) => ({ callers: key === '' ? [] : key.split('\u0000'), delta }))
      .filter((p) => p.delta > 0)
      .sort((a, b) => b.delta - a.delta || (a.callers.join() < b.callers.join() ? -1 : 1));
    const top = paths[0]?.delta ?? 0;
    result.set(name, paths.filter((p) => p.delta >= 0.1 * top).slice(0, count));
  }
  return result;
}
