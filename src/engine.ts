// The comparison pipeline without I/O: runs in, report out. The CLI and the action share it.
import { attributeGrowth, findCallRelations, isLibraryFunction } from './diff/attribution';
import { compareRuns, type Comparison, type Normalize, type Run } from './diff/compare';
import { findGrowthPaths } from './diff/growth-paths';
import type { SampleType } from './model/units';
import type { Config } from './rules/config';
import { evaluateRules, exceedsLimits, withdraw, withDelta, type Judgement } from './rules/evaluate';
import { findMovedWork } from './rules/moved-work';
import { getUnitScale } from './model/units';
import { buildReport, type Report } from './report/report';

/** What a comparison produced: the report, and the comparison the pictures are drawn from. */
export interface CompareResult {
  report: Report;
  comparison: Comparison;
  config: Config;
}

/** Compares the runs, applies the rules, attributes the growth and returns the report. */
export function compareProfiles(
  baseline: Run[],
  candidate: Run[],
  sampleType: SampleType,
  options: { normalize: Normalize; config: Config; notes?: string[] },
): CompareResult {
  const { config } = options;
  const comparison = compareRuns(baseline, candidate, { sampleType, normalize: options.normalize, runNoise: config.runNoise, drift: config.drift });
  if (baseline.length === 0) {
    // Nothing to judge against: the verdict says so, and the pictures show the candidate alone.
    const judgement: Judgement = { verdict: 'no-baseline', violations: [], notSignificant: 0, tested: 0, hypotheses: 0, overall: null };
    return { report: buildReport(comparison, judgement, [], options.notes ?? [], config.alpha), comparison, config };
  }
  const rawJudgement = evaluateRules(comparison, config);
  const moved = findMovedWork(comparison, rawJudgement.violations);
  const judgement = withdraw(rawJudgement, moved);
  const notes = [...(options.notes ?? []), ...[...moved].sort().map((name) => `${name} is new, but its callers did not grow: counted as work that moved, not as a regression`)];

  const growth = new Map<string, number>();
  for (const v of judgement.violations) growth.set(v.function, Math.max(growth.get(v.function) ?? -Infinity, v.change.delta));
  const { table } = comparison;
  const fileOf = (name: string) => {
    const row = table.rowOf(name);
    return row < 0 ? undefined : table.file(row);
  };
  // Would this much growth of the function still break one of the rules it broke?
  const dimension = getUnitScale(sampleType.unit).dimension;
  const wouldBreak = (name: string, delta: number) =>
    judgement.violations.some((v) => v.function === name && exceedsLimits(withDelta(v.change, delta), v.limits, dimension));
  const findings = growth.size > 0
    ? attributeGrowth(growth, findCallRelations(comparison.aligned, baseline.length, new Set(growth.keys()), options.normalize === 'total'), (name) => isLibraryFunction(name, fileOf(name)), wouldBreak)
    : [];
  const paths = findGrowthPaths(comparison.aligned, baseline.length, findings.map((f) => f.function), options.normalize === 'total');
  const located = findings.map((f) => ({ ...f, paths: paths.get(f.function) ?? [] }));
  return { report: buildReport(comparison, judgement, located, notes, config.alpha), comparison, config };
}
