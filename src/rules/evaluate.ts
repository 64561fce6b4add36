// Applies the rules to a comparison: which functions broke which limits, significantly,
// and the verdict.
import type { Comparison, FunctionDelta } from '../diff/compare';
import { adjustBenjaminiHochberg } from '../diff/stats';
import { getUnitScale } from '../model/units';
import type { Config, Limits, Rule } from './config';

/** `no-baseline` is decided at the edge, when no baseline could be loaded. */
export type Verdict = 'pass' | 'warn' | 'fail' | 'no-baseline';

/** How a metric of one function (or the whole profile) changed. */
export interface Change {
  /** Baseline and candidate means, in the compared measure (unit, or share of total). */
  baseline: number;
  candidate: number;
  delta: number;
  /** delta in points of the baseline profile's total (0.05 = 5 points). */
  points: number;
  /** delta relative to the baseline value; Infinity for something from nothing. */
  relative: number;
  /** delta in base units (ns, bytes, count), for absolute limits. */
  absolute: number;
}

/** A broken rule. */
export interface Violation {
  function: string;
  metric: 'self' | 'total';
  severity: 'fail' | 'warn';
  /** The rule, in words: `total > 5% of baseline total and > +20%`. */
  rule: string;
  /** The rule's limits. */
  limits: Limits;
  status: FunctionDelta['status'];
  change: Change;
  /** p-value adjusted for the number of functions tested (Benjamini-Hochberg). */
  pValue: number;
}

/** What the rules concluded. */
export interface Judgement {
  verdict: Verdict;
  /** Sorted: fail before warn, then by points of total. */
  violations: Violation[];
  /** Functions over some limit but not significant: the noise the model left alone. */
  notSignificant: number;
  /** Functions tested (over some limit). */
  tested: number;
  /** Distinct hypotheses among them (functions with identical per-run values count once). */
  hypotheses: number;
  overall: { change: Change; pValue: number; violated: boolean; severity?: 'fail' | 'warn'; rule?: string } | null;
}

/** Returns a metric's change for one function, in every scale the limits use. */
export function getChange(comparison: Comparison, f: FunctionDelta, metric: 'self' | 'total'): Change {
  const share = comparison.normalize === 'total';
  const pick = (side: FunctionDelta['baseline']) => (share ? side[metric === 'self' ? 'selfShare' : 'totalShare'] : side[metric]);
  return changeOf(comparison, pick(f.baseline), pick(f.candidate));
}

/** Returns the change with the drift between the sides divided out of the candidate (see diff/drift.ts). */
export function getAdjustedChange(comparison: Comparison, f: FunctionDelta, metric: 'self' | 'total'): Change {
  const share = comparison.normalize === 'total';
  const pick = (side: FunctionDelta['baseline']) => (share ? side[metric === 'self' ? 'selfShare' : 'totalShare'] : side[metric]);
  return changeOf(comparison, pick(f.baseline), pick(f.candidate) / comparison.shift);
}

/** The change from b to c (in the comparison's measure) in every scale the limits use. */
function changeOf(comparison: Comparison, b: number, c: number): Change {
  const share = comparison.normalize === 'total';
  const delta = c - b;
  const baseTotal = comparison.baseline.total;
  return {
    baseline: b,
    candidate: c,
    delta,
    points: share ? delta : ratio(delta, baseTotal),
    relative: ratio(delta, b),
    absolute: (share ? delta * baseTotal : delta) * getUnitScale(comparison.sampleType.unit).scale,
  };
}

function ratio(delta: number, base: number): number {
  if (base !== 0) return delta / base;
  return delta > 0 ? Infinity : delta < 0 ? -Infinity : 0;
}

/** Returns `change` with its delta replaced by `delta` (the same baseline, every scale recomputed). */
export function withDelta(change: Change, delta: number): Change {
  const k = change.delta !== 0 ? delta / change.delta : 0;
  return {
    baseline: change.baseline,
    candidate: change.baseline + delta,
    delta,
    points: change.delta !== 0 ? change.points * k : 0,
    relative: ratio(delta, change.baseline),
    absolute: change.delta !== 0 ? change.absolute * k : 0,
  };
}

/** True when the change exceeds every limit the rule lists (increases only). */
export function exceedsLimits(change: Change, limits: Limits, dimension: string): boolean {
  if (!(change.delta > 0)) return false;
  if (limits.maxIncrease !== undefined && !(change.points > limits.maxIncrease)) return false;
  if (limits.maxRelativeIncrease !== undefined && !(change.relative > limits.maxRelativeIncrease)) return false;
  if (limits.maxAbsoluteIncrease !== undefined) {
    if (limits.maxAbsoluteIncrease.dimension !== dimension) return false;
    if (!(change.absolute > limits.maxAbsoluteIncrease.value)) return false;
  }
  return true;
}

/** Describes a rule's limits in words: `total > 5% of baseline total and > +20%`. */
export function describeLimits(metric: string, limits: Limits): string {
  const parts: string[] = [];
  if (limits.maxIncrease !== undefined) parts.push(`> ${pct(limits.maxIncrease)} of baseline total`);
  if (limits.maxRelativeIncrease !== undefined) parts.push(`> +${pct(limits.maxRelativeIncrease)}`);
  if (limits.maxAbsoluteIncrease !== undefined) parts.push(`> +${limits.maxAbsoluteIncrease.text}`);
  return `${metric} ${parts.join(' and ')}`;
}

function pct(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(6))}%`;
}

/** Applies the configuration's rules to the comparison and returns the verdict. */
export function evaluateRules(comparison: Comparison, config: Config): Judgement {
  const dimension = getUnitScale(comparison.sampleType.unit).dimension;
  const share = comparison.normalize === 'total';
  // Every (function, metric) over some rule's limits is one test of the family.
  const tests: { f: FunctionDelta; metric: 'self' | 'total'; change: Change; broken: Rule[] }[] = [];
  const { table } = comparison;
  const shares = { self: table.maxShare('self'), total: table.maxShare('total') };
  const overFloor = (row: number, metric: 'self' | 'total') => shares[metric][row] >= config.floor;
  for (let row = 0; row < table.length; row++) {
    // The floor first, on the table's columns: it leaves out most functions of a large
    // profile before any name is matched or any function is made an object.
    if (!overFloor(row, 'total') && !overFloor(row, 'self')) continue;
    const name = table.name(row);
    if (config.ignore.some((m) => m.test(name))) continue;
    for (const metric of ['self', 'total'] as const) {
      if (!overFloor(row, metric)) continue;
      const rules = config.rules.filter((r) => r.metric === metric && r.match.some((m) => m.test(name)));
      if (rules.length === 0) continue;
      const f = table.entry(row); // made once, and only for a function some rule matches
      const change = getChange(comparison, f, metric);
      // The change must break the rule both as measured and with the profile-wide drift
      // divided out: a function that grew with everything else is the runner, not the code.
      const adjusted = getAdjustedChange(comparison, f, metric);
      const broken = rules.filter((r) => exceedsLimits(change, r, dimension) && exceedsLimits(adjusted, r, dimension));
      if (broken.length > 0) tests.push({ f, metric, change, broken });
    }
  }
  // Correct only across the functions large enough to break a rule: correcting across
  // hundreds of untouched ones leaves no power with a few runs (DESIGN.md section 3).
  // Functions with the same per-run values (a call chain where each frame only calls the
  // next: runtime.main, main.main) are one hypothesis on the same data: count them once.
  const groups = new Map<string, number>();
  const groupOf = tests.map((t) => {
    const runs = (side: FunctionDelta['baseline']) => (t.metric === 'self' ? side.selfRuns : side.totalRuns).join(',');
    const key = `${runs(t.f.baseline)}|${runs(t.f.candidate)}`;
    if (!groups.has(key)) groups.set(key, groups.size);
    return groups.get(key)!;
  });
  const groupP = new Array<number>(groups.size);
  tests.forEach((t, i) => (groupP[groupOf[i]] = t.metric === 'self' ? t.f.pValueSelf : t.f.pValue));
  const groupAdjusted = adjustBenjaminiHochberg(groupP);
  const adjusted = groupOf.map((g) => groupAdjusted[g]);
  const violations: Violation[] = [];
  let notSignificant = 0;
  tests.forEach((t, i) => {
    if (adjusted[i] > config.alpha) {
      notSignificant++;
      return;
    }
    for (const rule of t.broken) {
      violations.push({
        function: t.f.name,
        metric: t.metric,
        severity: rule.severity,
        rule: describeLimits(t.metric, rule),
        limits: rule,
        status: t.f.status,
        change: t.change,
        pValue: adjusted[i],
      });
    }
  });
  violations.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.change.points - a.change.points || (a.function < b.function ? -1 : 1));

  let overall: Judgement['overall'] = null;
  if (!share) {
    const b = comparison.baseline.total;
    const c = comparison.candidate.total;
    const change: Change = {
      baseline: b, candidate: c, delta: c - b, points: ratio(c - b, b), relative: ratio(c - b, b),
      absolute: (c - b) * getUnitScale(comparison.sampleType.unit).scale,
    };
    const limits = config.overall;
    const violated = limits !== null && exceedsLimits(change, limits, dimension) && comparison.pOverall <= config.alpha;
    overall = { change, pValue: comparison.pOverall, violated, ...(limits ? { severity: limits.severity, rule: describeLimits('profile total', limits) } : {}) };
  }
  return { verdict: verdictOf(violations, overall), violations, notSignificant, tested: tests.length, hypotheses: groups.size, overall };
}

/** Returns the judgement without the violations of `names`, its verdict decided again. */
export function withdraw(judgement: Judgement, names: Set<string>): Judgement {
  if (names.size === 0) return judgement;
  const violations = judgement.violations.filter((v) => !names.has(v.function));
  return { ...judgement, violations, verdict: verdictOf(violations, judgement.overall) };
}

function verdictOf(violations: Violation[], overall: Judgement['overall']): Verdict {
  const severities = violations.map((v) => v.severity).concat(overall?.violated && overall.severity ? [overall.severity] : []);
  return severities.includes('fail') ? 'fail' : severities.includes('warn') ? 'warn' : 'pass';
}

function severityRank(s: 'fail' | 'warn'): number {
  return s === 'fail' ? 0 : 1;
}
