// A function that is new in the candidate while its callers did not grow is work that
// moved (a rename, a replacement: legacyTokenizer became fastTokenizer), not new cost.
// Its violations are withdrawn, with a note, so renaming a hot function does not fail a PR.
import type { Comparison } from '../diff/compare';
import type { Violation } from './evaluate';

/** Share of a new function's growth its callers must carry for it to count as new cost. */
const CARRIED = 0.5;

/** Returns the new functions among `violations` whose every caller grew by less than half as much. */
export function findMovedWork(comparison: Comparison, violations: Violation[]): Set<string> {
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
  const growth = (name: string) => {
    const row = table.rowOf(name);
    return row < 0 ? 0 : table.mean(row, 'candidate', 'total') - table.mean(row, 'baseline', 'total');
  };
  const moved = new Set<string>();
  for (const name of candidates) {
    const own = growth(name);
    const set = callers.get(name)!;
    // A new function at the root has no caller to compare with: it is new cost.
    if (set.size > 0 && [...set].every((c) => growth(c) < CARRIED * own)) moved.add(name);
  }
  return moved;
}
