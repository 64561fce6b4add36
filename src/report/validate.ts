// The JSON report read back from an artifact (mode: comment) is untrusted: code from a
// fork's pull request wrote it. It is checked against this schema, with caps on every
// string and list, before anything is rendered from it; the Markdown is rendered anew
// (and escaped again), never taken from the artifact.
import { z } from 'zod';
import { verdictOf } from '../rules/evaluate';
import { InputError } from '../errors';
import { LIMITS } from '../model/call-tree';
import { fromJson, type Report, type ReportJson } from './report';

// Every cap is one of flamegate's own limits (model/call-tree.ts LIMITS): a report it wrote
// always validates. 250,000 functions had failed a cap of 200,000 below the 1,000,000 allowed.
const text = z.string().max(LIMITS.text);
const num = z.number().finite();
/** One value per run of a side. */
const numbers = z.array(num).max(LIMITS.runs);
/** Names of functions, notes. */
const names = z.array(text).max(LIMITS.functions);
/** A broken rule per function, metric and rule: a few per function at most. */
const MAX_VIOLATIONS = 4 * LIMITS.functions;
const status = z.enum(['both', 'new', 'gone']);
const side = z.object({ self: num, total: num, selfShare: num, totalShare: num, selfRuns: numbers, totalRuns: numbers });
const runNames = z.array(text).max(LIMITS.runs);
const summary = z.object({ runs: z.number().int().min(0).max(LIMITS.runs), total: num, totals: numbers, sources: runNames, formats: runNames.optional() });

/** The schema of flamegate's JSON report (DESIGN.md section 7, with flamegate's extra fields). */
export const reportSchema = z.object({
  verdict: z.enum(['pass', 'warn', 'fail', 'no-baseline']),
  sampleType: z.object({ type: text, unit: text }),
  kernelShare: z.object({ baseline: num, candidate: num }).optional(),
  normalize: z.enum(['none', 'total']),
  valueUnit: text,
  noise: z.object({
    test: z.enum(['welch', 'prediction', 'sampling']),
    runToRunMeasured: z.boolean(),
    assumedRunNoise: num.nullable(),
    alpha: num,
    drift: z.object({ baseline: numbers, candidate: numbers, change: num }).nullable(),
    runNoise: num,
    runNoiseEstimated: z.boolean(),
    machineShare: z.object({ baseline: num, candidate: num }),
    tested: num,
    hypotheses: num,
    notSignificant: num,
  }),
  baseline: summary,
  candidate: summary,
  overall: z.object({
    baseline: num, candidate: num, delta: num, relative: num.nullable(), pValue: num, violated: z.boolean(),
    severity: text.optional(), rule: text.optional(),
  }).nullable(),
  violations: z.array(z.object({
    function: text, pattern: z.enum(['hot-spot', 'subtree', 'new-code', 'allocation', 'contention', 'kernel']).optional(), carriers: names.optional(), metric: z.enum(['self', 'total']), severity: z.enum(['fail', 'warn']), rule: text, status,
    baseline: num, candidate: num, delta: num, relative: num.nullable(), ofBaselineTotal: num.nullable(), pValue: num,
    drift: num, driftIdentifiable: z.boolean(), raw: z.object({ candidate: num, delta: num, relative: num.nullable() }),
  })).max(MAX_VIOLATIONS),
  findings: z.array(z.object({
    function: text, callers: names, into: names,
    paths: z.array(z.object({ callers: names, delta: num })).max(100),
  })).max(LIMITS.functions),
  functions: z.array(z.object({
    name: text, file: text.optional(), line: z.number().int().positive().optional(), status, baseline: side, candidate: side, pValue: num, pValueSelf: num,
  })).max(LIMITS.functions),
  notes: names,
});

/**
 * Returns the report if `value` has the report's shape and its verdict is the one its
 * violations give (a report edited to say `pass` over failing rows is refused); throws
 * InputError naming the first bad field, or the verdict and what the violations say.
 */
export function validateReport(value: unknown, source: string): Report {
  const result = reportSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${source}: not a flamegate report: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const report = result.data;
  const expected = report.baseline.runs === 0 ? 'no-baseline' : verdictOf(report.violations, report.overall);
  // Without a baseline nothing was judged: a no-baseline report has no violations to show.
  if (report.verdict !== expected || (expected === 'no-baseline' && (report.violations.length > 0 || report.overall?.violated))) {
    const count = (s: string) => report.violations.filter((v) => v.severity === s).length;
    throw new InputError(`${source}: verdict '${report.verdict}' disagrees with its ${count('fail')} failing and ${count('warn')} warning violation(s) and ${report.baseline.runs} baseline run(s), which give '${expected}'${expected === 'no-baseline' && report.violations.length > 0 ? ' and no violations' : ''}: refused`);
  }
  return fromJson(report);
}

/**
 * The report's types (report.ts) and this schema describe one contract: the build fails
 * when they differ in any field, so a change to either cannot change the other in silence.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
export const typesMatchSchema: Same<ReportJson, z.infer<typeof reportSchema>> = true;

/** What the pull-request run says it was for. */
export const contextSchema = z.object({
  pullRequest: z.number().int().positive(),
  headSha: z.string().regex(/^[0-9a-f]{7,40}$/),
  baseSha: z.string().regex(/^[0-9a-f]{7,40}$/).nullable(),
  baseRef: text.nullable(),
  key: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/),
  runId: z.number().int().positive(),
});
