// The analysis stage, without I/O: loaded runs in, report out. The CLI and the action share it.
import { attributeGrowth, findCallRelations } from './explain/attribution';
import { compareRuns, type Comparison } from './diff/compare';
import type { LoadedRuns } from './load/load';
import { findGrowthPaths } from './explain/growth-paths';
import { findLibraryFunctions } from './explain/library-frames';
import type { Config } from './rules/config';
import { evaluateRules, exceedsLimits, withdraw, withDelta, type Judgement } from './rules/evaluate';
import { checkRules } from './rules/check';
import { findMovedWork, findReplacements, withReplacements } from './explain/moved-work';
import { getUnitScale } from './model/units';
import { buildReport, type Report } from './report/report';
import { findPatterns } from './explain/patterns';

/** What a comparison produced: the report, and the comparison the pictures are drawn from. */
export interface Analysis {
  report: Report;
  comparison: Comparison;
  config: Config;
}

/**
 * The second seam: runs in (see load/load.ts), analysis out. Compares the runs, applies
 * the rules, explains the growth (attribution, growth paths, moved work) and builds the
 * report. No I/O.
 */
export function analyze(loaded: LoadedRuns): Analysis {
  const { baseline, candidate, sampleType, normalize, config } = loaded;
  const comparison = compareRuns(baseline, candidate, { sampleType, normalize, runNoise: config.runNoise, drift: config.drift, floor: config.floor });
  // Rules that can never fire: a limit in a unit the sample type lacks is an error (on the
  // first run too, as a YAML error is); a match that matches no function, a note.
  const merged = comparison.aligned.mergedRoots;
  const inputNotes = [
    ...loaded.notes,
    ...(merged ? [`every run's stacks start at one frame, named ${merged.join(', ')}: compared as one frame, ${merged[merged.length - 1]} (a process named after its binary, built or renamed apart)`] : []),
    ...checkRules(config, sampleType, comparison.table),
  ];
  if (baseline.length === 0) {
    // Nothing to judge against: the verdict says so, and the pictures show the candidate alone.
    const judgement: Judgement = { verdict: 'no-baseline', violations: [], notSignificant: 0, tested: 0, hypotheses: 0, overall: null };
    return { report: buildReport(comparison, judgement, [], inputNotes, config.alpha), comparison, config };
  }
  const rawJudgement = evaluateRules(comparison, config);
  // A new function that replaced gone ones under the same callers is judged by the net
  // change (oldParse's baseline against newParse's candidate); others that their callers'
  // growth does not carry are work that moved.
  const replacements = findReplacements(comparison, rawJudgement, config.alpha);
  const replaced = withReplacements(rawJudgement, replacements);
  const moved = findMovedWork(comparison, replaced.violations.filter((v) => !replacements.has(v.function)), config.alpha);
  const judgement = withdraw(replaced, moved);
  const notes = [
    ...inputNotes,
    ...[...replacements].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, r]) => `${name} is new and ${r.replaces.join(', ')} ${r.replaces.length === 1 ? 'is' : 'are'} gone under the same callers: judged as a replacement, by the net change${r.violations.length === 0 ? ' (within the noise or the rules: not a regression)' : ''}`),
    ...[...moved].sort().map((name) => `${name} is new, but its callers did not grow (the noise model says they grew by less than half its cost): counted as work that moved, not as a regression`),
  ];

  // Each flagged function and the runner drift its rules divided out (its total's, when a rule judged that).
  const driftOf = new Map<string, number>();
  const wholeProfile = new Set<string>();
  for (const v of judgement.violations) {
    if (v.metric === 'total' || !driftOf.has(v.function)) driftOf.set(v.function, v.drift.factor);
    if (v.metric === 'total' && !v.drift.identifiable && comparison.drift !== null) wholeProfile.add(v.function);
  }
  // Would this much growth of the function still break one of the rules it broke?
  const dimension = getUnitScale(sampleType.unit).dimension;
  const wouldBreak = (name: string, delta: number) =>
    judgement.violations.some((v) => v.function === name && exceedsLimits(withDelta(v.change, delta), v.limits, dimension));
  const flagged = new Set(driftOf.keys());
  const library = findLibraryFunctions(comparison.aligned, flagged);
  const findings = flagged.size > 0
    ? attributeGrowth(flagged, findCallRelations(comparison.aligned, flagged, comparison.measure), { isLibrary: (name) => library.has(name), wouldBreak, drift: (name) => driftOf.get(name)!, wholeProfile: (name) => wholeProfile.has(name), profileDrift: comparison.shift })
    : [];
  const paths = findGrowthPaths(comparison.aligned, findings.map((f) => f.function), comparison.measure);
  const located = findings.map((f) => ({ ...f, paths: paths.get(f.function) ?? [] }));
  // The pattern of each flagged function's growth, the leads' read in the tree first.
  const { table, measure } = comparison;
  const order = [...new Set([...findings.map((f) => f.function), ...flagged])];
  const growths = order.map((name) => {
    const row = table.rowOf(name);
    const value = (side: 'baseline' | 'candidate', metric: 'self' | 'total') => (row < 0 ? 0 : table.meanMeasured(row, side, metric));
    return {
      name, status: row < 0 ? 'both' as const : table.status(row),
      self: { baseline: value('baseline', 'self'), candidate: value('candidate', 'self') },
      total: { baseline: value('baseline', 'total'), candidate: value('candidate', 'total') },
    };
  });
  const patterns = findPatterns(comparison.aligned, measure, sampleType, growths);
  return { report: buildReport(comparison, judgement, located, notes, config.alpha, patterns), comparison, config };
}
