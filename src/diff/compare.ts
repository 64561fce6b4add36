// Aligns the runs of both sides by function name and computes per-function deltas and
// their significance. Values stay per run so the noise model can see the spread.
import { computeFunctionValues, findEventType, type Profile } from '../model/call-tree';
import { getUnitScale, type SampleType } from '../model/units';
import { alignTrees, type AlignedTree } from './align';
import { estimateDrift, type Drift } from './drift';
import { mean, predictionTest, samplingTest, welchTest } from './stats';

/** `none`: absolute values (fixed work per run); `total`: shares of each run's total. */
export type Normalize = 'none' | 'total';

/** Which significance test the comparison used, from the number of runs per side. */
export type NoiseTest = 'welch' | 'prediction' | 'sampling';

/** One profile file, read and reduced to one sample type. */
export interface Run {
  /** Where it came from, for messages. */
  source: string;
  profile: Profile;
  /** Index of the compared sample type in profile.sampleTypes. */
  typeIndex: number;
  /** Factor from the run's unit to the comparison's unit (1 unless units differ, µs vs ns). */
  scale: number;
}

/** A function's values on one side: means over runs, and each run's value. */
export interface SideValues {
  /** Mean self value per run, in the sample type's unit. */
  self: number;
  /** Mean total value per run, in the sample type's unit. */
  total: number;
  /** Mean share of the run's total (0..1). */
  selfShare: number;
  totalShare: number;
  /** Each run's self and total, in the unit. */
  selfRuns: number[];
  totalRuns: number[];
  /** Each run's self and total as shares of that run's total. */
  selfShareRuns: number[];
  totalShareRuns: number[];
}

/** One function in both sides. */
export interface FunctionDelta {
  name: string;
  /** Source file from the profile, '' when unknown. */
  file: string;
  /** `new`: only in the candidate; `gone`: only in the baseline. */
  status: 'both' | 'new' | 'gone';
  baseline: SideValues;
  candidate: SideValues;
  /** Raw two-sided p-values of the change of self and total, with the drift divided out. */
  pSelf: number;
  pTotal: number;
  /** Means of the compared measure (unit, or share), the candidate's with the drift between the sides divided out. */
  adjusted: { baseline: { self: number; total: number }; candidate: { self: number; total: number } };
}

/** One side's runs. */
export interface SideSummary {
  runs: number;
  sources: string[];
  /** Mean run total, in the unit. */
  total: number;
  /** Each run's total, in the unit. */
  totals: number[];
  /** Mean value of one sampling event (the sampling period for CPU), in the unit. */
  eventWeight: number;
}

/** Everything the rules and reports need about two sets of runs. */
export interface Comparison {
  sampleType: SampleType;
  normalize: Normalize;
  noiseTest: NoiseTest;
  /** Assumed run-to-run noise used by the sampling test (fraction). */
  runNoise: number;
  baseline: SideSummary;
  candidate: SideSummary;
  functions: FunctionDelta[];
  /** p-value of the change of the run totals (absolute). */
  pOverall: number;
  /** Per-run drift factors the significance tests divided out, or null when not used. */
  drift: Drift | null;
  /** The runs' call trees aligned by call path (baseline runs first), for the pictures. */
  aligned: AlignedTree;
  /**
   * The significance test of the comparison, on per-run values of the compared measure
   * (absolute, or shares with `normalize: total`), the drift between the sides divided out.
   */
  testChange: (baseline: number[], candidate: number[]) => number;
}

interface SideData {
  summary: SideSummary;
  /** Per function (global id): per-run absolute self/total. */
  self: Map<number, Float64Array>;
  totalValues: Map<number, Float64Array>;
  files: Map<number, string>;
}

/** Returns the comparison of the baseline runs against the candidate runs. */
export function compareRuns(
  baseline: Run[],
  candidate: Run[],
  options: { sampleType: SampleType; normalize: Normalize; runNoise: number; drift?: boolean },
): Comparison {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const b = collectSide(baseline, ids, names);
  const c = collectSide(candidate, ids, names);
  const noiseTest: NoiseTest = baseline.length >= 2 && candidate.length >= 2 ? 'welch'
    : baseline.length >= 2 || candidate.length >= 2 ? 'prediction' : 'sampling';
  const share = options.normalize === 'total';
  const tester = makeTester(noiseTest, b.summary, c.summary, share, options.runNoise);
  // Machine speed moves time, not bytes: memory profiles are compared as they are.
  const useDrift = options.drift ?? getUnitScale(options.sampleType.unit).dimension !== 'bytes';
  const aligned = alignTrees([...baseline, ...candidate]);
  const drift = useDrift ? findDrift(aligned, baseline.length, b, c, share) : null;
  // Significance is judged with the drift between the sides divided out of the candidate.
  // Runs within a side keep their spread: functions answer a machine's state differently
  // (memory-bound code slows more than compute-bound), so that spread is real noise.
  const shift = drift ? mean(drift.candidate) / mean(drift.baseline) : 1;
  const unshift = (values: number[]) => (shift === 1 ? values : values.map((v) => v / shift));
  const test = (bs: number[], cs: number[]) => tester(bs, unshift(cs));
  const adjustedMeans = (side: SideValues, k: number) => ({
    self: mean(share ? side.selfShareRuns : side.selfRuns) / k,
    total: mean(share ? side.totalShareRuns : side.totalRuns) / k,
  });

  const functions: FunctionDelta[] = [];
  for (let id = 0; id < names.length; id++) {
    const bs = sideValues(b, id);
    const cs = sideValues(c, id);
    const inB = b.self.has(id);
    const inC = c.self.has(id);
    functions.push({
      name: names[id],
      file: b.files.get(id) || c.files.get(id) || '',
      status: inB && inC ? 'both' : inC ? 'new' : 'gone',
      baseline: bs,
      candidate: cs,
      pSelf: share ? test(bs.selfShareRuns, cs.selfShareRuns) : test(bs.selfRuns, cs.selfRuns),
      pTotal: share ? test(bs.totalShareRuns, cs.totalShareRuns) : test(bs.totalRuns, cs.totalRuns),
      adjusted: { baseline: adjustedMeans(bs, 1), candidate: adjustedMeans(cs, shift) },
    });
  }
  const pOverall = makeTester(noiseTest, b.summary, c.summary, false, options.runNoise)(b.summary.totals, c.summary.totals);
  return {
    sampleType: options.sampleType,
    normalize: options.normalize,
    noiseTest,
    runNoise: options.runNoise,
    baseline: b.summary,
    candidate: c.summary,
    functions,
    pOverall,
    drift,
    aligned,
    testChange: test,
  };
}

// Drift is estimated over parts of the call tree, not functions: a shared leaf
// (sha256.block under both a changed and an unchanged caller) would carry the change into
// the estimate. Paths too small to measure are merged into their caller until each part
// holds about 20 sampling events of the baseline.
function findDrift(aligned: AlignedTree, baselineRuns: number, b: SideData, c: SideData, share: boolean): Drift | null {
  const nodes = aligned.parent.length;
  const acc = new Float64Array(nodes);
  for (let r = 0; r < baselineRuns; r++) for (let n = 0; n < nodes; n++) acc[n] += aligned.self[r][n] / baselineRuns;
  const threshold = Math.max(20 * b.summary.eventWeight, 0.002 * b.summary.total);
  const merged = new Uint8Array(nodes);
  for (let n = nodes - 1; n > 0; n--) {
    if (acc[n] < threshold) {
      acc[aligned.parent[n]] += acc[n];
      merged[n] = 1;
    }
  }
  const partOf = new Int32Array(nodes);
  for (let n = 1; n < nodes; n++) partOf[n] = merged[n] ? partOf[aligned.parent[n]] : n;
  const parts = [...new Set(partOf)].filter((p) => acc[p] >= threshold);
  const index = new Map(parts.map((p, i) => [p, i]));
  const perRun = (offset: number, summary: SideSummary) => {
    const values = parts.map(() => new Float64Array(summary.runs));
    for (let r = 0; r < summary.runs; r++) {
      const self = aligned.self[offset + r];
      const scale = share ? (summary.totals[r] > 0 ? 1 / summary.totals[r] : 0) : 1;
      for (let n = 1; n < nodes; n++) {
        const i = index.get(partOf[n]);
        if (i !== undefined) values[i][r] += self[n] * scale;
      }
    }
    return values;
  };
  return estimateDrift(perRun(0, b.summary), perRun(baselineRuns, c.summary), b.summary.runs, c.summary.runs);
}

function collectSide(runs: Run[], ids: Map<string, number>, names: string[]): SideData {
  const self = new Map<number, Float64Array>();
  const totalValues = new Map<number, Float64Array>();
  const files = new Map<number, string>();
  const totals: number[] = [];
  let eventWeightSum = 0;
  runs.forEach((run, r) => {
    const { tree, sampleTypes } = run.profile;
    const values = computeFunctionValues(tree, run.typeIndex, findEventType(sampleTypes, run.typeIndex));
    totals.push(values.sum * run.scale);
    // The value one sampling event stands for. A heap profile's object counts are
    // estimates scaled up from far fewer samples, each worth about one sampling period of
    // bytes (Go's MemProfileRate), so the period is the floor.
    let weight = values.events > 0 ? values.sum / values.events : 0;
    const period = run.profile.period;
    const typeUnit = sampleTypes[run.typeIndex].unit;
    if (period && period.unit === typeUnit && getUnitScale(typeUnit).dimension === 'bytes') weight = Math.max(weight, period.value);
    eventWeightSum += weight * run.scale;
    for (let fn = 0; fn < tree.names.length; fn++) {
      if (values.total[fn] === 0 && values.self[fn] === 0 && !hasNode(values, fn)) continue;
      const name = tree.names[fn];
      let id = ids.get(name);
      if (id === undefined) {
        id = names.length;
        names.push(name);
        ids.set(name, id);
      }
      let s = self.get(id);
      let t = totalValues.get(id);
      if (!s || !t) {
        s = new Float64Array(runs.length);
        t = new Float64Array(runs.length);
        self.set(id, s);
        totalValues.set(id, t);
      }
      s[r] += values.self[fn] * run.scale;
      t[r] += values.total[fn] * run.scale;
      if (tree.files[fn] && !files.has(id)) files.set(id, tree.files[fn]);
    }
  });
  return {
    summary: {
      runs: runs.length,
      sources: runs.map((r) => r.source),
      total: mean(totals),
      totals,
      eventWeight: runs.length > 0 ? eventWeightSum / runs.length : 0,
    },
    self,
    totalValues,
    files,
  };
}

// A function whose samples all have value 0 (a mutex profile without contention) still
// appeared; only functions with no value at all on either metric are left out.
function hasNode(values: { totalEvents: Float64Array }, fn: number): boolean {
  return values.totalEvents[fn] !== 0;
}

function sideValues(side: SideData, id: number): SideValues {
  const { totals, runs } = side.summary;
  const self = side.self.get(id) ?? new Float64Array(runs);
  const total = side.totalValues.get(id) ?? new Float64Array(runs);
  const shareOf = (values: Float64Array) => Array.from(values, (v, r) => (totals[r] > 0 ? v / totals[r] : 0));
  const selfShares = shareOf(self);
  const totalShares = shareOf(total);
  return {
    self: mean(self),
    total: mean(total),
    selfShare: mean(selfShares),
    totalShare: mean(totalShares),
    selfRuns: Array.from(self),
    totalRuns: Array.from(total),
    selfShareRuns: selfShares,
    totalShareRuns: totalShares,
  };
}

type Tester = (baseline: number[], candidate: number[]) => number;

function makeTester(test: NoiseTest, b: SideSummary, c: SideSummary, share: boolean, runNoise: number): Tester {
  // The value of one sampling event, in the measure compared (absolute or share).
  const weightB = share ? (b.total > 0 ? b.eventWeight / b.total : 0) : b.eventWeight;
  const weightC = share ? (c.total > 0 ? c.eventWeight / c.total : 0) : c.eventWeight;
  const sampling: Tester = (bs, cs) => samplingTest(mean(bs), mean(cs), weightB, weightC, runNoise);
  if (test === 'welch') return (bs, cs) => welchTest(bs, cs);
  if (test === 'sampling') return sampling;
  return (bs, cs) => {
    const p = bs.length >= 2 ? predictionTest(bs, cs[0]) : predictionTest(cs, bs[0]);
    return p ?? sampling(bs, cs);
  };
}
