// A function that is new in the candidate while its callers did not grow is work that
// moved (a rename, a replacement: legacyTokenizer became fastTokenizer), not new cost.
// Its violations are withdrawn, with a note, so renaming a hot function does not fail a PR.
// The callers' growth is judged by the noise model, not by raw means: a caller whose mean
// happened to grow by less while its growth is significant (or within the noise of the new
// function's cost) has not shown that the work moved, and the new function stays a
// regression. Each caller's change is judged with the runner's drift outside its subtree
// divided out, so a slower baseline cannot make a caller look unchanged.
import type { Comparison } from '../diff/compare';
import type { Violation } from './evaluate';
import { getAdjustedChange } from './evaluate';

/** Share of a new function's growth its callers must carry for it to count as new cost. */
const CARRIED = 0.5;

/** Returns the new functions among `violations` whose every caller did not grow significantly and grew by less than half as much. */
export function findMovedWork(comparison: Comparison, violations: Violation[], alpha = 0.05): Set<string> {
  const candidates = new Set(violations.filter((v) => v.status === 'new').map((v) => v.function));
  if (candidates.size === 0) return new Set();
  const { aligned } = comparison;
  const callers = new Map<string, Set<string>>([...candidates].map((n) => [n, new Set()]));
  // Function ids of the candidates, so the pass over every node compares numbers, not names.
  const isCandidate = new Uint8Array(aligned.names.length);
  aligned.names.forEach((name, fn) => (isCandidate[fn] = candidates.has(name) ? 1 : 0));
  for (let node = 1; node < aligned.parent.length; node++) {
    const fn = aligned.func[node];
    const up = aligned.parent[node];
    if (isCandidate[fn] === 1 && up > 0) callers.get(aligned.names[fn])!.add(aligned.names[aligned.func[up]]);
  }
  const { table } = comparison;
  const change = (name: string) => {
    const row = table.rowOf(name);
    if (row < 0) return { delta: 0, grew: false };
    const entry = table.entry(row);
    const adjusted = getAdjustedChange(comparison, entry, 'total', comparison.driftOf(row).factor);
    // One-sided: did the caller grow?
    const grew = adjusted.delta > 0 && entry.pValue / 2 <= alpha;
    return { delta: adjusted.delta, grew };
  };
  const moved = new Set<string>();
  for (const name of candidates) {
    const own = change(name).delta;
    const set = callers.get(name)!;
    // A new function at the root has no caller to compare with: it is new cost.
    if (set.size > 0 && [...set].every((c) => {
      const caller = change(c);
      return !caller.grew && caller.delta < CARRIED * own;
    })) moved.add(name);
  }
  return moved;
}
