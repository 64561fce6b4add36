// Numbers and names as people read them, shared by the Markdown and terminal reports.
import { Measure } from '../model/measure';
import { formatPercent } from '../model/units';
import type { GrowthPath } from '../explain/growth-paths';
import { type Report, type ReportFunction, type ReportViolation } from './report';

/** The change of a function's total, in the report's measure. */
export function functionChange(report: Report, f: ReportFunction): { baseline: number; candidate: number; delta: number; relative: number | null; ofTotal: number | null } {
  const measure = Measure.of(report);
  const baseline = measure.of(f.baseline, 'total');
  const candidate = measure.of(f.candidate, 'total');
  const delta = candidate - baseline;
  const relative = baseline !== 0 ? delta / baseline : null;
  return { baseline, candidate, delta, relative, ofTotal: ofTotal(report, delta) };
}

/** A change in points of the baseline total (a share's change is one already); null when that total is 0. */
function ofTotal(report: Report, delta: number): number | null {
  const measure = Measure.of(report);
  return measure.share || report.baseline.total !== 0 ? measure.points(delta, report.baseline.total) : null;
}

export { formatP } from './p-value';

/**
 * Functions whose total grew (or shrank) most. Improvements are listed only when
 * significant and at least 0.5% of the total: a list of noise would read as good news.
 */
export function biggestChanges(report: Report, direction: 1 | -1, count: number): ReportFunction[] {
  // The first `count` in order, kept while passing over the rows once: a large profile has
  // tens of thousands of functions, and the comment and the table each ask twice. Only the
  // rows kept become objects.
  const rows = report.functions;
  const top: { row: number; delta: number }[] = [];
  const before = (a: { row: number; delta: number }, b: { row: number; delta: number }) =>
    (b.delta - a.delta) * direction < 0 || (a.delta === b.delta && rows.name(a.row) < rows.name(b.row));
  for (let row = 0; row < rows.length; row++) {
    const delta = rows.total(row, 'candidate') - rows.total(row, 'baseline');
    if (!(delta * direction > 0)) continue;
    if (direction === -1 && !(Math.abs(ofTotal(report, delta) ?? 1) >= 0.005 && rows.pValue(row) <= report.noise.alpha)) continue;
    const item = { row, delta };
    if (top.length === count) {
      if (count === 0 || !before(item, top[count - 1])) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && before(item, top[at - 1])) at--;
    top.splice(at, 0, item);
  }
  return top.map(({ row }) => rows.entry(row));
}

/**
 * The biggest changes of total as rows of the top lists: functions whose totals are the same
 * in every run of both sides ran on the same samples (a call chain, each calling the next
 * and nothing else: `main.main` and `runtime.main`), so they share one row. At most `count`
 * rows, each a list of functions in biggestChanges' order.
 */
export function biggestChangeRows(report: Report, direction: 1 | -1, count: number): ReportFunction[][] {
  const rows: ReportFunction[][] = [];
  for (const f of biggestChanges(report, direction, count * 4)) {
    const same = rows.find((row) => sameSamples(row[0], f));
    if (same) same.push(f);
    else if (rows.length < count) rows.push([f]);
  }
  return rows;
}

function sameSamples(a: ReportFunction, b: ReportFunction): boolean {
  const equal = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.status === b.status && equal(a.baseline.totalRuns, b.baseline.totalRuns) && equal(a.candidate.totalRuns, b.candidate.totalRuns);
}

/** The change of self of a row's functions together (in a chain, the deepest's), in the measure. */
export function selfChange(report: Report, row: ReportFunction[]): number {
  const measure = Measure.of(report);
  return row.reduce((sum, f) => sum + measure.of(f.candidate, 'self') - measure.of(f.baseline, 'self'), 0);
}

/** The verdict in words: `fail: 3 regressions`. */
export function verdictSummary(report: Report): string {
  // Count causes, not every caller and callee of one growth (see attribution).
  const leads = leadViolations(report).map((l) => l.lead);
  const fails = leads.filter((v) => v.severity === 'fail').length;
  const warns = leads.filter((v) => v.severity === 'warn').length;
  const overall = report.overall?.violated ? ` (profile total ${report.overall.severity === 'fail' ? 'over its limit' : 'grew'})` : '';
  if (report.verdict === 'no-baseline') return 'no baseline to compare with';
  if (report.verdict === 'pass') return 'no regression';
  const parts: string[] = [];
  if (fails > 0) parts.push(`${fails} regression${fails === 1 ? '' : 's'}`);
  if (warns > 0) parts.push(`${warns} warning${warns === 1 ? '' : 's'}`);
  return `${parts.join(', ') || 'profile total grew'}${parts.length > 0 ? overall : ''}`;
}

/** How the noise was handled, in one sentence. */
export function noiseSentence(report: Report): string {
  const { noise } = report;
  const distinct = noise.hypotheses < noise.tested ? `, ${noise.hypotheses} distinct` : '';
  const pct = (x: number) => `${Number((x * 100).toPrecision(3))}%`;
  const fdr = `weighted Benjamini-Hochberg at ${Number((noise.alpha * 100).toPrecision(4))}% over ${noise.tested} function${noise.tested === 1 ? '' : 's'} large enough to break a rule${distinct}`;
  const runNoise = noise.runNoiseEstimated ? `run-to-run noise ${pct(noise.runNoise)}, estimated` : `run-to-run noise ${pct(noise.runNoise)}, assumed: too few functions to estimate it`;
  const drift = noise.drift && Math.abs(noise.drift.change) > 0.001
    ? ` Runner drift: judged for each function from the code outside it (whole profile ${formatPercent(noise.drift.change)}).`
    : '';
  const machine = noise.machineShare && runnersDiffered(noise.machineShare.baseline, noise.machineShare.candidate)
    ? ` The runners differed: frames that measure the machine (preemption, GC, interrupts, idle) held ${pct(noise.machineShare.baseline)} of the baseline and ${pct(noise.machineShare.candidate)} of the candidate; they are never judged on their own.`
    : '';
  if (noise.test === 'welch') return `moderated t-test on log per-run values (${runNoise}), ${fdr}.${drift}${machine}`;
  if (noise.test === 'prediction') return `one run against the other side's runs (moderated variance, ${runNoise}), ${fdr}.${drift}${machine}`;
  return `one run per side (${runNoise} on top of sampling noise), ${fdr}.${drift}${machine} Compare several runs per side for a sharper verdict.`;
}

/** True when the share of machine frames moved by 2 points or more and by half or more: the runners differed. */
export function runnersDiffered(baseline: number, candidate: number): boolean {
  const [low, high] = baseline < candidate ? [baseline, candidate] : [candidate, baseline];
  return high - low >= 0.02 && high >= 1.5 * low;
}

/** Where the judged change differs from the measured one: ` (measured +30.3%; runner drift +4.0% divided out)`, else ''. */
export function driftNote(report: Report, v: ReportViolation): string {
  if (v.drift === undefined || Math.abs(v.drift - 1) < 0.001) return '';
  return ` (measured ${Measure.of(report).formatChange(v.raw.delta, v.raw.relative, null)}; runner drift ${formatPercent(v.drift - 1)} divided out)`;
}

/** Violations grouped by finding order, one entry per function (its worst violation). */
export function leadViolations(report: Report): { lead: ReportViolation; paths: GrowthPath[]; into: string[] }[] {
  const byFunction = new Map<string, ReportViolation>();
  for (const v of report.violations) if (!byFunction.has(v.function)) byFunction.set(v.function, v);
  return report.findings
    .filter((f) => byFunction.has(f.function))
    .map((f) => ({ lead: byFunction.get(f.function)!, paths: f.paths, into: f.into }));
}

/** What each pattern of growth means, in one line of what to look at (the carriers follow it). */
const PATTERN_WORDS: Record<NonNullable<ReportViolation['pattern']>, { label: string; look: string; carriers: string }> = {
  'hot-spot': { label: 'hot spot', look: 'its own code takes the time: look inside it, not at what it calls', carriers: 'the rest through' },
  subtree: { label: 'subtree', look: 'its own code did not grow; what it calls did', carriers: 'through' },
  'new-code': { label: 'new code', look: 'the candidate runs it and the baseline never did: is it meant to run here, this often?', carriers: 'through' },
  allocation: { label: 'allocation', look: 'more memory allocated or kept: look for new or larger allocations here and below', carriers: 'through' },
  contention: { label: 'contention', look: 'more time waiting for a lock through it: look at what holds the lock, and for how long', carriers: 'through' },
  kernel: { label: 'kernel', look: 'the growth is kernel time below it (system calls, I/O, page faults): look at what it asks the kernel for', carriers: 'through' },
};

/** A lock's release: Go's `sync.(*Mutex).Unlock`, `sync.(*RWMutex).RUnlock`, pthread_mutex_unlock, ReentrantLock.unlock. */
const UNLOCK = /(?:^|[.:_])R?[Uu]nlock$/;

/** Contention seen from the holder (Go's mutex profile: the stack that unlocked, delayed by the waiters). */
const HOLDER_WORDS = { label: 'contention', look: 'others waited longer for a lock it held (the profile records the holder at its unlock): look at what it does while holding the lock', carriers: 'released through' };

/**
 * The pattern line of a violation: `subtree: its own code did not grow; what it calls did,
 * through a, b`, with `name` to set each carrier's name (code in Markdown); null before 0.3.
 */
export function patternLine(v: ReportViolation, name: (text: string) => string, report?: Report): string | null {
  if (!v.pattern) return null;
  // Go's mutex profile records the stack that released the lock (its Unlock), the block
  // profile and other lock profiles the one that waited: the holder is read differently.
  const words = v.pattern === 'contention' && v.carriers?.some((c) => UNLOCK.test(c)) ? HOLDER_WORDS : PATTERN_WORDS[v.pattern];
  const carriers = v.carriers?.length ? `; ${words.carriers} ${v.carriers.map(name).join(', ')}` : '';
  return `${words.label}: ${words.look}${carriers}${v.pattern === 'contention' && report ? waitShare(v, report) : ''}`;
}

/** A lock's share of all the wait time, each side: `; 62.0% of all wait time (0% before)`. */
function waitShare(v: ReportViolation, report: Report): string {
  const share = (value: number, total: number) => (report.normalize === 'total' ? value : total > 0 ? value / total : 0);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const before = report.baseline.runs > 0 ? ` (${pct(share(v.baseline, report.baseline.total))} before)` : '';
  return `; ${pct(share(v.candidate, report.candidate.total))} of all wait time${before}`;
}

/** ` · kernel time 1.2% → 45.6% of each total`, for profiles with kernel frames; '' without. */
export function kernelNote(report: Report): string {
  const k = report.kernelShare;
  if (!k) return '';
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  return report.baseline.runs > 0 ? ` · kernel time ${pct(k.baseline)} → ${pct(k.candidate)} of each total` : ` · kernel time ${pct(k.candidate)} of the total`;
}
