// A function that is new in the candidate while its callers did not grow is work that
// moved (a rename, a replacement: legacyTokenizer became fastTokenizer), not new cost.
// Its violations are withdrawn, with a note, so renaming a hot function does not fail a PR.
// New code is never withdrawn on raw means: a caller whose mean happened to grow by less
// (a noisy or slower baseline) has not shown that the work moved. The noise model must
// say, at the comparison's alpha, that every caller grew by less than half the new
// function's cost: a one-sided test of the caller's runs (its drift divided out) against
// its baseline runs plus that half.
import type { Comparison } from '../diff/compare';
import { mean } from '../diff/noise';
import { getUnitScale } from '../model/units';
import { changeOf, exceedsLimits, withViolations, type Judgement, type Violation } from '../rules/evaluate';

/** Share of a new function's growth its callers must carry for it to count as new cost. */
const CARRIED = 0.5;

/** Returns the new functions among `violations` whose every caller grew, by the noise model, by less than half as much. */
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
  const runs = (row: number, side: 'baseline' | 'candidate') => table.measuredRuns(row, side, 'total');
  const moved = new Set<string>();
  for (const name of candidates) {
    const row = table.rowOf(name);
    const own = row < 0 ? 0 : mean(runs(row, 'candidate')) - mean(runs(row, 'baseline'));
    const set = callers.get(name)!;
    // A new function at the root has no caller to compare with: it is new cost.
    if (set.size === 0 || !(own > 0)) continue;
    const carriedLess = (caller: string) => {
      const c = table.rowOf(caller);
      if (c < 0) return false;
      const baseline = runs(c, 'baseline');
      const level = mean(baseline);
      if (!(level > 0)) return false;
      // Did the caller grow by less than half the new function's cost? Its candidate runs
      // scaled down by (level + half) / level, tested one-sided for a decrease.
      const scale = level / (level + CARRIED * own);
      const candidate = runs(c, 'candidate').map((v) => v * scale);
      const p = comparison.testRow(c, baseline, candidate);
      return mean(candidate) / comparison.driftOf(c).factor < level && p / 2 <= alpha;
    };
    if ([...set].every(carriedLess)) moved.add(name);
  }
  return moved;
}

/** A new function judged against the gone functions it replaced under the same callers. */
export interface Replacement {
  /** The gone functions, by name. */
  replaces: string[];
  /** Its violations, with the change from the gone functions' baseline to its candidate; empty when the net change breaks no rule or is within the noise. */
  violations: Violation[];
}

/**
 * A new function that took the place of gone ones under the same callers (oldParse became
 * newParse) is judged by the net change: the gone functions' baseline total against its
 * candidate total (one-sided test of the noise model, with the new function's drift).
 * Returns the replacements among the judgement's new functions, by name.
 */
export function findReplacements(comparison: Comparison, judgement: Judgement, alpha = 0.05): Map<string, Replacement> {
  const fresh = new Set(judgement.violations.filter((v) => v.status === 'new' && v.metric === 'total').map((v) => v.function));
  const out = new Map<string, Replacement>();
  if (fresh.size === 0) return out;
  const { aligned, table } = comparison;
  // Callers of the new functions and of every gone function, by function id.
  const gone = new Uint8Array(aligned.names.length);
  for (let row = 0; row < table.length; row++) if (table.status(row) === 'gone') gone[table.ids[row]] = 1;
  const isFresh = aligned.names.map((n) => fresh.has(n));
  const callersOf = new Map<number, Set<number>>();
  for (let node = 1; node < aligned.parent.length; node++) {
    const fn = aligned.func[node];
    const up = aligned.parent[node];
    if (up <= 0 || !(isFresh[fn] || gone[fn] === 1)) continue;
    if (!callersOf.has(fn)) callersOf.set(fn, new Set());
    callersOf.get(fn)!.add(aligned.func[up]);
  }
  const dimension = getUnitScale(comparison.sampleType.unit).dimension;
  const runs = (row: number, side: 'baseline' | 'candidate') => table.measuredRuns(row, side, 'total');
  for (const [fn, callers] of callersOf) {
    if (!isFresh[fn]) continue;
    const name = aligned.names[fn];
    const replaced = [...callersOf].filter(([g, c]) => gone[g] === 1 && [...c].some((x) => callers.has(x))).map(([g]) => aligned.names[g]).sort();
    if (replaced.length === 0) continue;
    const row = table.rowOf(name);
    const baselineRuns = replaced.map((n) => runs(table.rowOf(n), 'baseline')).reduce((sum, r) => sum.map((v, i) => v + r[i]));
    const candidateRuns = runs(row, 'candidate');
    const factor = comparison.driftOf(row).factor;
    const change = changeOf(comparison, mean(baselineRuns), mean(candidateRuns) / factor);
    const p = comparison.testRow(row, baselineRuns, candidateRuns);
    const grew = change.delta > 0 && p / 2 <= alpha;
    const violations = judgement.violations
      .filter((v) => v.function === name && v.metric === 'total' && grew && exceedsLimits(change, v.limits, dimension))
      .map((v) => ({ ...v, change, rawChange: changeOf(comparison, mean(baselineRuns), mean(candidateRuns)), pValue: Math.max(v.pValue, p / 2) }));
    out.set(name, { replaces: replaced, violations });
  }
  return out;
}

/** The judgement with each replacement's total violations replaced by its net ones (none when the net change is no regression). */
export function withReplacements(judgement: Judgement, replacements: Map<string, Replacement>): Judgement {
  if (replacements.size === 0) return judgement;
  const kept = judgement.violations.filter((v) => !(replacements.has(v.function) && v.metric === 'total'));
  const violations = [...kept, ...[...replacements.values()].flatMap((r) => r.violations)];
  return withViolations(judgement, violations);
}
