// flamegate trend: leaks over time, with no baseline. A series of heap profiles written
// during one run (a snapshot every few seconds) in; the functions whose in-use memory grows
// steadily out, each with its growth rate, its test and its verdict under max-growth.
import { InputError, quote } from '../errors';
import { alignedFunctionValues, alignTrees, type AlignedTree } from '../diff/align';
import { adjustBenjaminiHochberg } from '../diff/stats';
import { checkTag, fileNotes, loadConfig, readFiles } from '../load/load';
import { expandInputs, listTypes, naturalCompare, selectSampleTypeOf } from '../load/load-runs';
import type { Run } from '../model/run';
import { getUnitScale, type SampleType } from '../model/units';
import type { Config, MaxGrowth } from '../rules/config';
import { timing } from '../timing';
import { medianOf, seriesTrend, theilSen } from './series';

/** What to read. */
export interface TrendRequest {
  /** Heap profile files or globs: the snapshots, in any order (ordered by their time, else by name). */
  profiles: string[];
  /** In-use type to follow (default: the profile's default, or its first in-use type). */
  sampleType?: string;
  /** Rules file (default .github/flamegate.yml when it exists): alpha, floor, ignore, trend.max-growth. */
  configPath?: string;
  maxDecompressedBytes?: number;
  /** max-growth, over the rules file's (the command line's --max-growth, the action's input). */
  maxGrowth?: MaxGrowth;
  /** Keep only the samples with this label (a service's memory; see CompareRequest.tag). */
  tag?: { key: string; value: string };
  notes?: string[];
}

/** One snapshot of the series. */
export interface TrendSnapshot {
  source: string;
  /** When it was taken (ISO 8601), when the profile says (pprof time_nanos). */
  time?: string;
  /** Its total of the sample type, in the unit. */
  total: number;
}

/** A function's in-use values over the series and its trend. */
export interface TrendFunction {
  name: string;
  file?: string;
  line?: number;
  /** Self (allocated here) and total (here and below) at each snapshot, in the unit. */
  self: number[];
  total: number[];
  /** Theil-Sen slope of self, in the unit per `per` (second or snapshot). */
  slope: number;
  /** The slope over the series' span: the growth the trend accounts for, in the unit. */
  growth: number;
  /** Mann-Kendall one-sided p-value of an upward trend of self, and adjusted for the functions tested (Benjamini-Hochberg). */
  p: number;
  q: number;
  /** The largest fall from an earlier high, in the unit (see series.ts). */
  drawdown: number;
  /** Whether it leaks: significant, a leak's shape (never gives back half of its growth, still growing), and above the floor. */
  leak: boolean;
  /** Why a function that grew is no leak: the first check it fails (see NOT_LEAK); absent for a leak and for a function that did not grow. */
  why?: NotLeak;
}

/** Why a function that grew is no leak, in the order checked: its shape (series.ts SeriesTrend.shape), then its test, then its size. */
export const NOT_LEAK = {
  freed: 'freed again',
  stopped: 'stopped rising',
  noise: 'within sampling noise',
  'not significant': 'not significant',
  small: 'under the floor',
} as const;
export type NotLeak = keyof typeof NOT_LEAK;

/** A leak and what its rule says. */
export interface TrendLeak {
  function: string;
  /** Growth over the series, in the unit, and as a share of the last snapshot's total. */
  growth: number;
  share: number;
  /** Growth rate in the unit per `per`. */
  rate: number;
  /** `fail` when it is over max-growth, else `warn`. */
  severity: 'fail' | 'warn';
  /** The call path that carries most of its growth, root first (the function last). */
  path: string[];
}

/** flamegate trend's report (the JSON of `flamegate trend --json`). */
export interface TrendReport {
  kind: 'trend';
  verdict: 'pass' | 'warn' | 'fail';
  sampleType: SampleType;
  /** What a rate is per: `second` when every snapshot says its time, else `snapshot`. */
  per: 'second' | 'snapshot';
  /** How the snapshots were ordered: by their time, or by file name. */
  order: 'time' | 'name';
  snapshots: TrendSnapshot[];
  /** The whole profile's total over the series. */
  overall: { slope: number; growth: number; p: number; first: number; last: number };
  alpha: number;
  /** The rule: max-growth as written, and what it is. */
  maxGrowth: string;
  /** Functions tested (above the floor somewhere in the series). */
  tested: number;
  leaks: TrendLeak[];
  /** Every function tested, the leaks first, then by growth. */
  functions: TrendFunction[];
  notes: string[];
}

/** A trend's report and the aligned tree its picture is drawn from. */
export interface TrendAnalysis {
  report: TrendReport;
  /** The snapshots' call trees aligned (each snapshot a "candidate" run), in series order. */
  aligned: AlignedTree;
  /** Times of the snapshots on the rate's axis: seconds from the first, or 0, 1, 2, ... */
  times: number[];
  /** What one sample stands for, in the unit (samplingStep; 0: not sampled or unknown). */
  step: number;
  /** Whether every snapshot states `step` (a pprof period in the unit's dimension); else it is inferred (see seriesTrend). */
  stepStated: boolean;
  config: Config;
}

/**
 * Fewer snapshots than this can show no leak: the last half's test (series.ts LATE_LEVEL,
 * 0.05) needs 4 values, whose smallest p is 1/4! = 0.042. A series of 6 that only grew was
 * passed as "not a leak"; it is refused instead.
 */
export const MIN_SNAPSHOTS = 8;
/**
 * Below this many snapshots a leak is told from sampling noise only when it is fast: the
 * last half's growth must pass a t test against the noise whose degrees of freedom are its
 * length less 2 (series.ts growthNoise, NOISE_LEVEL). scripts/calibrate-trend.js measures
 * it on real programs (README, "Leaks over time").
 */
const FEW_SNAPSHOTS = 16;

/** Reads the snapshots (globs expanded), follows one in-use sample type, and judges every function's trend. Throws InputError. */
export async function trendFiles(request: TrendRequest, progressTo?: { isTTY?: boolean; write(text: string): unknown }): Promise<TrendAnalysis> {
  const read = loadConfig(request.configPath);
  const config = request.maxGrowth ? { ...read, trend: { maxGrowth: request.maxGrowth } } : read;
  const files = expandInputs(request.profiles, 'profiles');
  if (files.length < MIN_SNAPSHOTS) {
    throw new InputError(`profiles ${request.profiles.map((p) => quote(p)).join(' ')}: ${files.length} file${files.length === 1 ? '' : 's'}, expected a series of at least ${MIN_SNAPSHOTS} heap profiles of one run (fewer can show no leak; ${FEW_SNAPSHOTS} or more to tell a slow leak from noise)`);
  }
  const parsed = await readFiles(files.map((file) => ({ file, side: 'profile' })), { maxDecompressedBytes: request.maxDecompressedBytes, ...(request.tag ? { label: request.tag } : {}) }, progressTo);
  const tagNotes = request.tag ? checkTag(request.tag, parsed) : [];
  const requested = request.sampleType ?? config.sampleType ?? inUseType(parsed[0].profile.sampleTypes);
  const { sampleType, runs } = selectSampleTypeOf(parsed, requested);
  refuseCumulative(sampleType, parsed[0].source, parsed[0].profile.sampleTypes);
  checkTrendRule(config.trend.maxGrowth, sampleType);
  const notes = [...(request.notes ?? []), ...tagNotes, ...fileNotes(parsed)];
  const analysis = analyzeTrend(runs, sampleType, config, notes);
  timing('trend analysed');
  return analysis;
}

/** The in-use type of a heap profile with several (`inuse_space` of Go's four), else undefined (the profile's default). */
function inUseType(types: SampleType[]): string | undefined {
  return types.find((t) => t.type === 'inuse_space')?.type ?? types.find((t) => /^inuse/.test(t.type))?.type;
}

/** Refuses what cannot show a leak: time (a CPU profile), and allocations since the start, which only ever grow. */
function refuseCumulative(sampleType: SampleType, source: string, types: SampleType[]): void {
  const where = `profile ${quote(source)}`;
  const { dimension } = getUnitScale(sampleType.unit);
  if (dimension === 'time') {
    throw new InputError(`${where}: ${sampleType.type}/${sampleType.unit} is time, expected memory in use (a heap profile: inuse_space, inuse_objects; it has ${listTypes(types)}); trend follows memory, compare judges time`);
  }
  if (/^alloc_/.test(sampleType.type)) {
    throw new InputError(`${where}: ${sampleType.type} counts every allocation since the program started, so it grows in any program; expected memory in use (--sample-type ${sampleType.type.replace(/^alloc_/, 'inuse_')})`);
  }
}

/**
 * Judges a series of runs (already read, one sample type): orders them by time (else by
 * name), follows each function's self value over them, and flags leaks (see series.ts:
 * Mann-Kendall with Benjamini-Hochberg over the functions tested, a leak's shape, growth
 * above the floor); max-growth gives each leak's severity. No I/O.
 */
export function analyzeTrend(input: Run[], sampleType: SampleType, config: Config, notes: string[] = []): TrendAnalysis {
  // By time where every snapshot says one and most say different ones; two that say the
  // same (a file copied) go by name between them. One such pair ordered a whole series by
  // name, which ran against time: a leak read as memory freed.
  const timed = input.every((r) => r.profile.time !== undefined);
  const distinct = timed ? new Set(input.map((r) => r.profile.time)).size : 0;
  const byTime = timed && distinct * 2 > input.length;
  const runs = byTime
    ? [...input].sort((a, b) => a.profile.time! - b.profile.time! || naturalCompare(a.source, b.source))
    : [...input].sort((a, b) => naturalCompare(a.source, b.source));
  const ownNotes: string[] = [];
  if (!byTime) {
    const some = input.some((r) => r.profile.time !== undefined);
    ownNotes.push(timed
      ? 'most snapshots say the same time as another: ordered by file name (heap-2 before heap-10), growth per snapshot'
      : some
        ? 'some snapshots say when they were taken and some do not: ordered by file name, growth per snapshot'
        : 'the snapshots do not say when they were taken: ordered by file name (heap-2 before heap-10), growth per snapshot');
  } else if (distinct < input.length) {
    ownNotes.push(`${input.length - distinct} snapshot${input.length - distinct === 1 ? ' says' : 's say'} the same time as another (a file copied?): ordered by file name among them`);
  }
  if (runs.length < FEW_SNAPSHOTS) ownNotes.push(`${runs.length} snapshots: only a fast leak can be told from the heap profiler's sampling noise in so few; write ${FEW_SNAPSHOTS} or more`);
  const times = byTime ? runs.map((r) => (r.profile.time! - runs[0].profile.time!) / 1000) : runs.map((_, i) => i);
  const aligned = alignTrees([], runs);
  const values = alignedFunctionValues(aligned);
  const totals = values.map((v) => v.sum);
  const n = runs.length;
  const last = totals[n - 1];
  // Functions tested: above the floor (a share of the median total) in some snapshot, not
  // ignored. Of the largest total, one snapshot's spike of 5 GB left a 24 MB leak untested.
  const floor = config.floor * medianOf(totals);
  const ids: number[] = [];
  for (let id = 0; id < aligned.names.length; id++) {
    let high = 0;
    for (let r = 0; r < n; r++) high = Math.max(high, values[r].self[id]);
    if (high > 0 && high >= floor && !config.ignore.some((m) => m.test(aligned.names[id]))) ids.push(id);
  }
  const steps = runs.map(samplingStep);
  const step = Math.max(...steps.map((s) => s.step));
  const stepStated = steps.every((s) => s.stated);
  const trends = ids.map((id) => {
    const self = values.map((v) => v.self[id]);
    return { id, self, total: values.map((v) => v.total[id]), trend: seriesTrend(times, self, step, stepStated) };
  });
  const q = adjustBenjaminiHochberg(trends.map((t) => t.trend.p));
  const functions: TrendFunction[] = trends.map(({ id, self, total, trend }, i) => {
    const file = aligned.files[id];
    const line = aligned.lines[id];
    // The trend's growth, at most the range the values took (a slope over a short series can promise more).
    const growth = Math.min(trend.growth, Math.max(...self) - Math.min(...self));
    const leak = q[i] <= config.alpha && trend.steady && growth >= config.floor * last;
    const why: NotLeak | undefined = leak || !(growth > 0) ? undefined
      : trend.shape === 'freed' || trend.shape === 'stopped' || trend.shape === 'noise' ? trend.shape
      : q[i] > config.alpha ? 'not significant' : 'small';
    return {
      name: aligned.names[id], ...(file ? { file } : {}), ...(line ? { line } : {}),
      self, total, slope: trend.slope, growth, p: trend.p, q: q[i], drawdown: trend.drawdown, leak, ...(why ? { why } : {}),
    };
  });
  functions.sort((a, b) => Number(b.leak) - Number(a.leak) || b.growth - a.growth || (a.name < b.name ? -1 : 1));
  const per = byTime ? 'second' as const : 'snapshot' as const;
  const limit = config.trend.maxGrowth;
  // Bytes a second against snapshots that say no time was compared with bytes times snapshots.
  if (limit.kind === 'rate' && limit.per === 'second' && per === 'snapshot') {
    throw new InputError(`max-growth ${quote(limit.text)}: a rate per second, but the snapshots do not say when they were taken; expected a share (1%), an amount (4MiB) or a rate per snapshot (512KiB/snapshot)`);
  }
  const leaks: TrendLeak[] = functions.filter((f) => f.leak).map((f) => ({
    function: f.name,
    growth: f.growth,
    share: last > 0 ? f.growth / last : 0,
    rate: f.slope,
    severity: overLimit(limit, f, last, n, per, sampleType) ? 'fail' : 'warn',
    path: heaviestPath(aligned, aligned.names.indexOf(f.name), times),
  }));
  const whole = seriesTrend(times, totals);
  const verdict = leaks.some((l) => l.severity === 'fail') ? 'fail' : leaks.length > 0 ? 'warn' : 'pass';
  const report: TrendReport = {
    kind: 'trend',
    verdict,
    sampleType,
    per,
    order: byTime ? 'time' : 'name',
    snapshots: runs.map((r, i) => ({ source: r.source, ...(byTime ? { time: new Date(r.profile.time!).toISOString() } : {}), total: totals[i] })),
    overall: { slope: whole.slope, growth: whole.growth, p: whole.p, first: totals[0], last },
    alpha: config.alpha,
    maxGrowth: config.trend.maxGrowth.text,
    tested: functions.length,
    leaks,
    functions,
    notes: [...notes, ...ownNotes],
  };
  return { report, aligned, times, step, stepStated, config };
}

/**
 * What one sample of a run stands for, in the comparison's unit (see seriesTrend): the
 * profile's period where it is in the sample type's dimension (Go's heap profiles: 512 KiB),
 * else its value per sampling event (eventValuesOf), else its total over its `samples`
 * count (V8's .heapprofile); 0 when unknown (an exact profile, or a type counted in objects).
 * `stated`: whether the profile says it (the period), rather than it being inferred.
 */
export function samplingStep(run: Run): { step: number; stated: boolean } {
  const { profile, typeIndex, scale } = run;
  const type = profile.sampleTypes[typeIndex];
  const own = getUnitScale(type.unit);
  if (profile.period && profile.period.value > 0) {
    const period = getUnitScale(profile.period.unit);
    if (period.dimension === own.dimension && own.dimension !== 'count') return { step: (profile.period.value * period.scale / own.scale) * scale, stated: true };
  }
  const event = profile.eventValues?.[typeIndex] ?? 0;
  if (event > 0) return { step: event * scale, stated: false };
  const samples = profile.sampleTypes.findIndex((t) => t.type === 'samples' && t.unit === 'count');
  if (samples < 0 || samples === typeIndex) return { step: 0, stated: false };
  let value = 0;
  let count = 0;
  for (const v of profile.tree.leafSelf[typeIndex]) value += v;
  for (const v of profile.tree.leafSelf[samples]) count += v;
  return { step: count > 0 ? (value / count) * scale : 0, stated: false };
}

/** Whether a leak breaks max-growth (its dimension already checked: checkTrendRule). */
function overLimit(limit: MaxGrowth, f: TrendFunction, last: number, snapshots: number, per: 'second' | 'snapshot', sampleType: SampleType): boolean {
  const { scale } = getUnitScale(sampleType.unit);
  if (limit.kind === 'share') return last > 0 && f.growth / last > limit.value;
  if (limit.kind === 'amount') return f.growth * scale > limit.value;
  // A rate per snapshot on a timed series: its growth over the steps between snapshots.
  // (A rate per second on a series without times is refused before: see analyzeTrend.)
  if (limit.per === 'snapshot' && per === 'second') return (f.growth * scale) / Math.max(1, snapshots - 1) > limit.value;
  return f.slope * scale > limit.value;
}

/** The call path (names, root first) of the node of function `fn` whose total grew fastest (Theil-Sen slope over the series). */
function heaviestPath(tree: AlignedTree, fn: number, times: number[]): string[] {
  let best = -1;
  let bestSlope = -Infinity;
  for (let node = 1; node < tree.parent.length; node++) {
    if (tree.func[node] !== fn) continue;
    const slope = theilSen(times, tree.inclusive.map((run) => run[node]));
    if (slope > bestSlope) {
      bestSlope = slope;
      best = node;
    }
  }
  const path: string[] = [];
  for (let node = best; node > 0; node = tree.parent[node]) path.push(tree.names[tree.func[node]]);
  return path.reverse();
}

/** Refuses a max-growth in another dimension than the sample type's (`4MiB` for inuse_objects). */
export function checkTrendRule(limit: MaxGrowth, sampleType: SampleType): void {
  if (limit.kind === 'share') return;
  const { dimension } = getUnitScale(sampleType.unit);
  if (limit.dimension !== dimension) {
    throw new InputError(`max-growth ${quote(limit.text)}: ${limit.dimension === 'bytes' ? 'a size' : 'a count'}, but ${sampleType.type} is in ${sampleType.unit}; expected ${dimension === 'bytes' ? 'a size such as 4MiB or 100KiB/s' : 'a count such as 1000 or 100/min'}, or a share such as 1%`);
  }
}
