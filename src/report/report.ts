// The JSON report (DESIGN.md section 7): the one value every output is rendered from.
import type { Comparison, NoiseTest } from '../diff/compare';
import type { FunctionTable } from '../diff/function-table';
import { LIMITS } from '../model/call-tree';
import { Measure } from '../model/measure';
import type { Normalize } from '../model/run';
import type { Finding } from '../explain/attribution';
import type { GrowthPath } from '../explain/growth-paths';
import type { SampleType } from '../model/units';
import type { Change, Judgement, Verdict } from '../rules/evaluate';
import type { Pattern, PatternOf } from '../explain/patterns';

/** One side of a function in the report: means per run and each run's value. */
export interface ReportSide {
  /** Mean self and total per run, in the sample type's unit. */
  self: number;
  total: number;
  /** Mean share of the run's total (0..1). */
  selfShare: number;
  totalShare: number;
  /** Each run's self and total, in the unit. */
  selfRuns: number[];
  totalRuns: number[];
}

/** A function in the report: both sides, and the raw p-values of its change. */
export interface ReportFunction {
  name: string;
  /** Source file from the profile; absent when unknown. */
  file?: string;
  /** Line where the function starts in `file` (pprof's start_line, V8's lineNumber + 1); absent when unknown. */
  line?: number;
  /** `new`: only in the candidate; `gone`: only in the baseline. */
  status: 'both' | 'new' | 'gone';
  baseline: ReportSide;
  candidate: ReportSide;
  /** Raw two-sided p-values of the change of total and of self, with the drift divided out. */
  pValue: number;
  pValueSelf: number;
}

/** A function's source in the repository (github/sources.ts finds it), for links and marks. */
export interface SourceLink {
  /** Path in the repository (`src/work.js`). */
  path: string;
  /** Line where the function starts; absent when the profile does not say. */
  line?: number;
  /** The line at the head commit on GitHub. */
  url: string;
  /** The pull request changed this file. */
  changed: boolean;
}

/** A broken rule in the report; values in `valueUnit`. */
export interface ReportViolation {
  function: string;
  /**
   * What kind of growth it is (explain/patterns.ts): `hot-spot` (its own code), `subtree`
   * (what it calls), `new-code`, `allocation`, `contention` (a lock profile), `kernel`.
   * Absent in reports of flamegate before 0.3.
   */
  pattern?: Pattern;
  /** The direct callees that carry the growth below it, largest first (at most 3). */
  carriers?: string[];
  metric: 'self' | 'total';
  severity: 'fail' | 'warn';
  rule: string;
  status: ReportFunction['status'];
  baseline: number;
  candidate: number;
  delta: number;
  /** Change relative to the function's baseline value; null for a new function. */
  relative: number | null;
  /** Change in points of the baseline total (0.05 = 5 points); null when that total is 0. */
  ofBaselineTotal: number | null;
  /** One-sided (did it grow?), adjusted for the number of functions tested (weighted Benjamini-Hochberg). */
  pValue: number;
  /** The runner's drift divided out of the candidate before judging (1 = none; see diff/drift.ts). */
  drift: number;
  /** False when too little of the profile lies outside the function to tell its change from a drift: judged on raw values. */
  driftIdentifiable: boolean;
  /** The change as measured, before the drift was divided out (values as above). */
  raw: { candidate: number; delta: number; relative: number | null };
}

/** One side's runs: how many, their totals (mean and each, in the unit), the files, and the format each was read as. */
export interface ReportSideSummary {
  runs: number;
  total: number;
  totals: number[];
  sources: string[];
  /** Parallel to sources: `pprof`, `perf-script`, `folded`, `cpuprofile`, `chrome-trace`, `heapprofile`, `speedscope`. Absent in reports of flamegate before 0.2. */
  formats?: string[];
}

/** A cause of growth, the flagged functions it explains, and the paths its growth came along. */
export interface ReportFinding extends Finding {
  paths: GrowthPath[];
}

/** Everything in the report but its functions: what the verdict, the comment and the tables read. */
export interface ReportHead {
  verdict: Verdict;
  /** Share of each side's total in kernel frames (mean over runs, 0..1); absent when no frame is a kernel one (or before 0.3). */
  kernelShare?: { baseline: number; candidate: number };
  sampleType: SampleType;
  normalize: Normalize;
  /** Unit of violation values: the sample type's unit, or `share` (of the run total). */
  valueUnit: string;
  noise: {
    test: NoiseTest;
    /** False when a side has one run: run-to-run noise was assumed, not measured. */
    runToRunMeasured: boolean;
    assumedRunNoise: number | null;
    alpha: number;
    /** Per-run profile-wide drift factors (null when not used or too few parts to tell), and the between-side drift of the whole profile. */
    drift: { baseline: number[]; candidate: number[]; change: number } | null;
    /** Run-to-run noise (coefficient of variation) the tests used, and whether it was estimated from these profiles' functions. */
    runNoise: number;
    runNoiseEstimated: boolean;
    /** Share of each side's total in frames that measure the machine (preemption, GC, interrupts, idle): never judged on their own. */
    machineShare: { baseline: number; candidate: number };
    tested: number;
    /** Distinct hypotheses among the tested (functions with identical per-run values count once). */
    hypotheses: number;
    notSignificant: number;
  };
  baseline: ReportSideSummary;
  candidate: ReportSideSummary;
  overall: { baseline: number; candidate: number; delta: number; relative: number | null; pValue: number; violated: boolean; severity?: string; rule?: string } | null;
  violations: ReportViolation[];
  /** The flagged functions grouped by cause (callee first, callers as its path). */
  findings: ReportFinding[];
  /** What the importers skipped or assumed. */
  notes: string[];
}

/** The JSON report (DESIGN.md section 7) as written by --json and read back: schema/report.schema.json, checked in report/validate.ts. */
export interface ReportJson extends ReportHead {
  /** Every function, largest change of total first (see reportJsonParts). */
  functions: ReportFunction[];
}

/**
 * A report in memory: the JSON report's fields, its functions read by row. A report built
 * here reads them from the comparison's columns: a large profile has tens of thousands
 * of functions, and an object per function (or sorting them) was a tenth of a large
 * compare that writes no JSON. A report read from JSON reads its list.
 */
export interface Report extends ReportHead {
  functions: FunctionRows;
}

/** Assembles the report from the comparison, the rules' judgement and the attribution. */
export function buildReport(comparison: Comparison, judgement: Judgement, findings: ReportFinding[], notes: string[], alpha: number, patterns: ReadonlyMap<string, PatternOf> = new Map()): Report {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  // Free text (from profiles, paths and notes) within LIMITS.text, as the schema holds it.
  const cut = (text: string) => (text.length > LIMITS.text ? `${text.slice(0, LIMITS.text - 40)}… (${text.length} characters)` : text);
  const sideSummary = (s: Comparison['baseline']): ReportSideSummary => ({ runs: s.runs, total: s.total, totals: s.totals, sources: s.sources.map(cut), formats: s.formats });
  const o = judgement.overall;
  const report: Report = {
    verdict: judgement.verdict,
    ...(comparison.kernelShare ? { kernelShare: comparison.kernelShare } : {}),
    sampleType: { type: cut(comparison.sampleType.type), unit: cut(comparison.sampleType.unit) },
    normalize: comparison.measure.normalize,
    valueUnit: cut(comparison.measure.valueUnit),
    noise: {
      test: comparison.noiseTest,
      runToRunMeasured: comparison.noiseTest !== 'sampling',
      assumedRunNoise: comparison.noiseTest === 'sampling' && !comparison.runNoiseEstimated ? comparison.runNoise : null,
      alpha,
      drift: comparison.drift && {
        baseline: comparison.drift.baseline,
        candidate: comparison.drift.candidate,
        change: comparison.shift - 1,
      },
      runNoise: comparison.runNoise,
      runNoiseEstimated: comparison.runNoiseEstimated,
      machineShare: comparison.machineShare,
      tested: judgement.tested,
      hypotheses: judgement.hypotheses,
      notSignificant: judgement.notSignificant,
    },
    baseline: sideSummary(comparison.baseline),
    candidate: sideSummary(comparison.candidate),
    overall: o && {
      baseline: o.change.baseline, candidate: o.change.candidate, delta: o.change.delta, relative: finite(o.change.relative),
      pValue: o.pValue, violated: o.violated, ...(o.severity ? { severity: o.severity, rule: o.rule } : {}),
    },
    violations: judgement.violations.map((v): ReportViolation => ({
      function: v.function,
      ...(patterns.has(v.function) ? { pattern: patterns.get(v.function)!.pattern, carriers: patterns.get(v.function)!.carriers } : {}),
      metric: v.metric,
      severity: v.severity,
      rule: v.rule,
      status: v.status,
      ...changeFields(v.change),
      pValue: v.pValue,
      drift: v.drift.factor,
      driftIdentifiable: v.drift.identifiable,
      raw: { candidate: v.rawChange.candidate, delta: v.rawChange.delta, relative: Number.isFinite(v.rawChange.relative) ? v.rawChange.relative : null },
    })),
    findings,
    functions: tableRows(comparison.table),
    notes: notes.map(cut),
  };
  return report;
}

/** A report's functions by row, without making an object per function where it can. */
export interface FunctionRows {
  length: number;
  name(row: number): string;
  /** A row's total on one side, in the report's measure (unit, or share). */
  total(row: number, side: 'baseline' | 'candidate'): number;
  /** The raw p-value of the change of a row's total. */
  pValue(row: number): number;
  entry(row: number): ReportFunction;
}

/** The rows of a comparison's function table. */
function tableRows(table: FunctionTable): FunctionRows {
  return {
    length: table.length,
    name: (row) => table.name(row),
    total: (row, side) => table.meanMeasured(row, side, 'total'),
    pValue: (row) => table.pValue(row, 'total'),
    entry: (row): ReportFunction => table.entry(row),
  };
}

/** The rows of a report's list of functions (a report read from JSON). */
function listRows(list: ReportFunction[], measure: Measure): FunctionRows {
  return {
    length: list.length,
    name: (row) => list[row].name,
    total: (row, side) => measure.of(list[row][side], 'total'),
    pValue: (row) => list[row].pValue,
    entry: (row) => list[row],
  };
}

/** A report read from JSON (already validated), its functions as rows. */
export function fromJson(json: ReportJson): Report {
  return { ...json, functions: listRows(json.functions, Measure.of(json)) };
}

/** Every function of a report, as entries (in no particular order). */
export function allFunctions(report: Report): ReportFunction[] {
  return Array.from({ length: report.functions.length }, (_, row) => report.functions.entry(row));
}

function changeFields(c: Change) {
  return {
    baseline: c.baseline,
    candidate: c.candidate,
    delta: c.delta,
    relative: Number.isFinite(c.relative) ? c.relative : null,
    ofBaselineTotal: Number.isFinite(c.points) ? c.points : null,
  };
}
