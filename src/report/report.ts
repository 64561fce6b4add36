// The JSON report (DESIGN.md section 7): the one value every output is rendered from.
import type { Comparison, FunctionDelta, NoiseTest, Normalize, SideValues } from '../diff/compare';
import type { Finding } from '../diff/attribution';
import type { GrowthPath } from '../diff/growth-paths';
import { mean } from '../diff/stats';
import type { SampleType } from '../model/units';
import type { Change, Judgement, Verdict } from '../rules/evaluate';

/** One side of a function in the report: means and each run's value, in the unit. */
export type ReportSide = Omit<SideValues, 'selfShareRuns' | 'totalShareRuns'>;

/** A function in the report. */
export interface ReportFunction {
  name: string;
  file?: string;
  status: FunctionDelta['status'];
  baseline: ReportSide;
  candidate: ReportSide;
  /** Raw two-sided p-value of the change of total (and of self). */
  pValue: number;
  pValueSelf: number;
}

/** A broken rule in the report; values in `valueUnit`. */
export interface ReportViolation {
  function: string;
  metric: 'self' | 'total';
  severity: 'fail' | 'warn';
  rule: string;
  status: FunctionDelta['status'];
  baseline: number;
  candidate: number;
  delta: number;
  /** Change relative to the function's baseline value; null for a new function. */
  relative: number | null;
  /** Change in points of the baseline total (0.05 = 5 points); null when that total is 0. */
  ofBaselineTotal: number | null;
  /** Adjusted for the number of functions tested. */
  pValue: number;
}

/** A cause of growth, the flagged functions it explains, and the paths its growth came along. */
export interface ReportFinding extends Finding {
  paths: GrowthPath[];
}

/** Everything flamegate concluded, as written by --json. */
export interface Report {
  verdict: Verdict;
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
    /** Per-run profile-wide drift factors divided out before testing (null when not used). */
    drift: { baseline: number[]; candidate: number[]; change: number } | null;
    tested: number;
    /** Distinct hypotheses among the tested (functions with identical per-run values count once). */
    hypotheses: number;
    notSignificant: number;
  };
  baseline: { runs: number; total: number; totals: number[]; sources: string[] };
  candidate: { runs: number; total: number; totals: number[]; sources: string[] };
  overall: { baseline: number; candidate: number; delta: number; relative: number | null; pValue: number; violated: boolean; severity?: string; rule?: string } | null;
  violations: ReportViolation[];
  /** The flagged functions grouped by cause (callee first, callers as its path). */
  findings: ReportFinding[];
  /** Every function, largest change of total first. */
  functions: ReportFunction[];
  /** What the importers skipped or assumed. */
  notes: string[];
}

/** Assembles the report from the comparison, the rules' judgement and the attribution. */
export function buildReport(comparison: Comparison, judgement: Judgement, findings: ReportFinding[], notes: string[], alpha: number): Report {
  const side = (s: FunctionDelta['baseline']): ReportSide => ({
    self: s.self, total: s.total, selfShare: s.selfShare, totalShare: s.totalShare, selfRuns: s.selfRuns, totalRuns: s.totalRuns,
  });
  const functions = [...comparison.functions]
    .sort((a, b) => Math.abs(b.candidate.total - b.baseline.total) - Math.abs(a.candidate.total - a.baseline.total) || (a.name < b.name ? -1 : 1))
    .map((f): ReportFunction => ({
      name: f.name,
      ...(f.file ? { file: f.file } : {}),
      status: f.status,
      baseline: side(f.baseline),
      candidate: side(f.candidate),
      pValue: f.pTotal,
      pValueSelf: f.pSelf,
    }));
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  const sideSummary = (s: Comparison['baseline']) => ({ runs: s.runs, total: s.total, totals: s.totals, sources: s.sources });
  const o = judgement.overall;
  return {
    verdict: judgement.verdict,
    sampleType: comparison.sampleType,
    normalize: comparison.normalize,
    valueUnit: comparison.normalize === 'total' ? 'share' : comparison.sampleType.unit,
    noise: {
      test: comparison.noiseTest,
      runToRunMeasured: comparison.noiseTest !== 'sampling',
      assumedRunNoise: comparison.noiseTest === 'sampling' ? comparison.runNoise : null,
      alpha,
      drift: comparison.drift && {
        baseline: comparison.drift.baseline,
        candidate: comparison.drift.candidate,
        change: mean(comparison.drift.candidate) / mean(comparison.drift.baseline) - 1,
      },
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
      metric: v.metric,
      severity: v.severity,
      rule: v.rule,
      status: v.status,
      ...changeFields(v.change),
      pValue: v.pValue,
    })),
    findings,
    functions,
    notes,
  };
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

/**
 * The report as JSON text: indented, except that each function is one line. A large
 * profile's report holds tens of thousands of functions; indenting their run arrays too
 * doubled the file (15 MB for large.cpu) and the time to write it.
 */
export function reportJson(report: Report): string {
  const fields = Object.entries(report).map(([key, value]) => {
    const text = key === 'functions' ? functionLines(report.functions) : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/**
 * The functions as a JSON list, one a line. One stringify of the whole list, then a line
 * break where one function ends and the next begins: `},{"name":` occurs nowhere else, as a
 * quote inside a string is escaped (2.5x quicker than a stringify per function).
 */
function functionLines(functions: ReportFunction[]): string {
  if (functions.length === 0) return '[]';
  const compact = JSON.stringify(functions);
  return `[\n    ${compact.slice(1, -1).replaceAll('},{"name":', '},\n    {"name":')}\n  ]`;
}
