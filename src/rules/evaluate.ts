// Applies the rules to a comparison: which functions broke which limits, significantly,
// and the verdict. Long because the family of tests, the grouping of call chains and the
// weighted correction are one decision: which functions are judged, and how many at once.
import { ratio } from '../model/measure';
import type { Comparison } from '../diff/compare';
import type { FunctionDelta } from '../diff/function-table';
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
  /** The change judged: the candidate divided by the runner's drift outside the function's subtree. */
  change: Change;
  /** The change as measured, before the drift was divided out. */
  rawChange: Change;
  /** The drift factor divided out (1 = none; see diff/drift.ts), and whether the profile outside the function could tell it. */
  drift: { factor: number; identifiable: boolean };
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
  /** Tests in the family the correction ran over: (function, metric) pairs whose share, averaged over both sides, is over the floor. */
  tested: number;
  /** Distinct hypotheses among them (functions with identical per-run values count once). */
  hypotheses: number;
  overall: { change: Change; pValue: number; violated: boolean; severity?: 'fail' | 'warn'; rule?: string } | null;
}

/** Returns a metric's change for one function, in every scale the limits use. */
export function getChange(comparison: Comparison, f: FunctionDelta, metric: 'self' | 'total'): Change {
  const { measure } = comparison;
  return changeOf(comparison, measure.of(f.baseline, metric), measure.of(f.candidate, metric));
}

/** Returns the change with `factor` (a runner's drift, see diff/drift.ts) divided out of the candidate. */
export function getAdjustedChange(comparison: Comparison, f: FunctionDelta, metric: 'self' | 'total', factor: number): Change {
  const { measure } = comparison;
  return changeOf(comparison, measure.of(f.baseline, metric), measure.of(f.candidate, metric) / factor);
}

/** The change from b to c (in the comparison's measure) in every scale the limits use. */
export function changeOf(comparison: Comparison, b: number, c: number): Change {
  const { measure } = comparison;
  const delta = c - b;
  const baseTotal = comparison.baseline.total;
  return {
    baseline: b,
    candidate: c,
    delta,
    points: measure.points(delta, baseTotal),
    relative: ratio(delta, b),
    absolute: measure.amount(delta, baseTotal),
  };
}


/** The pooled share (mean of both sides' shares) at or below which a function can never break the rule. */
function smallestPooledShare(limits: Limits, comparison: Comparison, dimension: string): number {
  let bound = 0;
  if (limits.maxIncrease !== undefined) bound = Math.max(bound, limits.maxIncrease / 2);
  const absolute = limits.maxAbsoluteIncrease;
  if (absolute !== undefined && absolute.dimension === dimension) {
    const total = comparison.baseline.total * getUnitScale(comparison.sampleType.unit).scale;
    if (total > 0) bound = Math.max(bound, absolute.value / total / 2);
  }
  return bound;
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
  const { measure } = comparison;
  // The family the correction runs over is chosen by size, not by the change (independent
  // filtering, Bourgon et al. 2010): every (function, metric) whose share, averaged over
  // both sides, is over the floor and that some rule judges. Choosing "the functions whose
  // change breaks a rule" and correcting over those alone let one noisy GC frame, tested
  // alone, fail at p 0.048. Machine frames (preemption, GC, interrupts, idle) are a
  // difference between runners, never a regression on their own.
  const tests: { row: number; f: FunctionDelta; metric: 'self' | 'total'; p: number; size: number; change: Change; rawChange: Change; drift: Violation['drift']; broken: Rule[] }[] = [];
  const { table } = comparison;
  const pooledShares = { self: table.pooledShare('self'), total: table.pooledShare('total') };
  for (let row = 0; row < table.length; row++) {
    // The floor first, on the table's columns: it leaves out most functions of a large
    // profile before any name is matched or any function is made an object.
    if (pooledShares.total[row] < config.floor && pooledShares.self[row] < config.floor) continue;
    if (comparison.machineKind(row) !== undefined) continue;
    const name = table.name(row);
    if (config.ignore.some((m) => m.test(name))) continue;
    for (const metric of ['self', 'total'] as const) {
      if (pooledShares[metric][row] < config.floor) continue;
      const rules = config.rules.filter((r) => r.metric === metric && r.match.some((m) => m.test(name)));
      if (rules.length === 0) continue;
      // A function can break a rule's limit of L points only if it grows by more than L,
      // and then its share averaged over both sides is over L / 2 (likewise for an absolute
      // limit): smaller functions could never be flagged, so they stay out of the family
      // (a size bound, which the change does not decide; the correction keeps its power).
      if (pooledShares[metric][row] <= Math.min(...rules.map((r) => smallestPooledShare(r, comparison, dimension)))) continue;
      const f = table.entry(row); // made once, and only for a function some rule matches
      const d = comparison.driftOf(row);
      const change = getAdjustedChange(comparison, f, metric, d.factor);
      const broken = rules.filter((r) => exceedsLimits(change, r, dimension));
      // One-sided: a rule judges growth, so the question is "did it grow?" (the entry's
      // p-values are two-sided, for the tables, which show both directions).
      const twoSided = metric === 'self' ? f.pValueSelf : f.pValue;
      const p = change.delta > 0 ? twoSided / 2 : 1 - twoSided / 2;
      tests.push({ row, f, metric, p, size: pooledShares[metric][row], change, rawChange: getChange(comparison, f, metric), drift: { factor: d.factor, identifiable: d.identifiable }, broken });
    }
  }
  // Functions with the same per-run values (a call chain where each frame only calls the
  // next: runtime.main, main.main, or Node's Module._load, Module._compile, ... that differ
  // by a sample of their own) are one hypothesis on the same data: count them once.
  const eventWeight = Math.max(comparison.baseline.eventWeight, comparison.candidate.eventWeight) * (measure.share ? 1 / Math.max(comparison.baseline.total, 1e-300) : 1);
  const groupRuns: number[][] = [];
  // In name order: which function stands for a group must not depend on function ids
  // (they differ when the profiles were read on worker threads).
  tests.sort((a, b) => (a.f.name < b.f.name ? -1 : a.f.name > b.f.name ? 1 : a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0));
  const groupOf = tests.map((t) => {
    const runs = [...table.measuredRuns(t.row, 'baseline', t.metric), ...table.measuredRuns(t.row, 'candidate', t.metric)];
    // Two samples' worth apart at most, but never a quarter of the value: one event of a
    // lock profile can weigh 100 ms (a WaitGroup's wait), and new contention from zero
    // grouped with main.main took its p-value and went unflagged.
    const same = groupRuns.findIndex((g) => g.every((v, r) => Math.abs(v - runs[r]) <= Math.max(Math.min(2 * eventWeight, 0.25 * Math.abs(v)), 0.03 * Math.abs(v))));
    if (same >= 0) return same;
    return groupRuns.push(runs) - 1;
  });
  // A group's p-value is its first member's (in name order), its weight its largest.
  const groupP = new Array<number>(groupRuns.length).fill(NaN);
  const groupWeight = new Array<number>(groupRuns.length).fill(0);
  tests.forEach((t, i) => {
    if (Number.isNaN(groupP[groupOf[i]])) groupP[groupOf[i]] = t.p;
    groupWeight[groupOf[i]] = Math.max(groupWeight[groupOf[i]], Math.sqrt(t.size));
  });
  // Weighted by size, which the change does not decide: the rules judge points of the
  // profile's total, which a large function can break and a small one rarely can, so the
  // error budget goes where a regression can be (weights: square root of the share).
  const groupAdjusted = adjustBenjaminiHochberg(groupP, groupWeight);
  const adjusted = groupOf.map((g) => groupAdjusted[g]);
  const violations: Violation[] = [];
  let notSignificant = 0;
  tests.forEach((t, i) => {
    if (t.broken.length === 0) return;
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
        rawChange: t.rawChange,
        drift: t.drift,
        pValue: adjusted[i],
      });
    }
  });
  violations.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.change.points - a.change.points || (a.function < b.function ? -1 : 1));

  let overall: Judgement['overall'] = null;
  // With shares the whole profile is 1 on both sides: there is no total to judge.
  if (!measure.share) {
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
  return { verdict: verdictOf(violations, overall), violations, notSignificant, tested: tests.length, hypotheses: groupRuns.length, overall };
}

/** Returns the judgement without the violations of `names`, its verdict decided again. */
export function withdraw(judgement: Judgement, names: Set<string>): Judgement {
  if (names.size === 0) return judgement;
  const violations = judgement.violations.filter((v) => !names.has(v.function));
  return { ...judgement, violations, verdict: verdictOf(violations, judgement.overall) };
}

/** Returns the judgement with these violations instead (sorted as evaluateRules sorts them), its verdict decided again. */
export function withViolations(judgement: Judgement, violations: Violation[]): Judgement {
  const sorted = [...violations].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.change.points - a.change.points || (a.function < b.function ? -1 : 1));
  return { ...judgement, violations: sorted, verdict: verdictOf(sorted, judgement.overall) };
}

/** The verdict of these violations and the profile-wide check: `fail` over `warn` over `pass`. */
export function verdictOf(violations: readonly { severity: 'fail' | 'warn' }[], overall: { violated: boolean; severity?: string } | null): Verdict {
  const severities = violations.map((v): string => v.severity).concat(overall?.violated && overall.severity ? [overall.severity] : []);
  return severities.includes('fail') ? 'fail' : severities.includes('warn') ? 'warn' : 'pass';
}

function severityRank(s: 'fail' | 'warn'): number {
  return s === 'fail' ? 0 : 1;
}
