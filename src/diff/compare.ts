// Aligns the runs of both sides by function name and computes per-function deltas and
// their significance. Values stay per run so the noise model can see the spread.
import type { Profile } from '../model/call-tree';
import { getUnitScale, type SampleType } from '../model/units';
import { alignedFunctionValues, alignTrees, type AlignedTree, type RunValues } from './align';
import { estimateDrift, type Drift } from './drift';
import { FunctionTable, type SideColumns } from './function-table';
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
  /** Each run's self and total, in the unit (divided by the run's total, they are its shares). */
  selfRuns: number[];
  totalRuns: number[];
}

/** One function in both sides; also the report's entry for it (see ReportFunction), so its fields are in the report's order. */
export interface FunctionDelta {
  name: string;
  /** Source file from the profile; absent when unknown. */
  file?: string;
  /** `new`: only in the candidate; `gone`: only in the baseline. */
  status: 'both' | 'new' | 'gone';
  baseline: SideValues;
  candidate: SideValues;
  /** Raw two-sided p-values of the change of total and of self, with the drift divided out. */
  pValue: number;
  pValueSelf: number;
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
  /** Every function of either side, in columns; `table.entry(row)` is one as an object. */
  table: FunctionTable;
  /** p-value of the change of the run totals (absolute). */
  pOverall: number;
  /** Per-run drift factors the significance tests divided out, or null when not used. */
  drift: Drift | null;
  /** The drift between the sides (candidate over baseline), 1 without drift. */
  shift: number;
  /** The runs' call trees aligned by call path (baseline runs first), for the pictures. */
  aligned: AlignedTree;
  /**
   * The significance test of the comparison, on per-run values of the compared measure
   * (absolute, or shares with `normalize: total`), the drift between the sides divided out.
   */
  testChange: (baseline: number[], candidate: number[]) => number;
}

interface SideData extends SideColumns {
  summary: SideSummary;
}

/** Returns the comparison of the baseline runs against the candidate runs. */
export function compareRuns(
  baseline: Run[],
  candidate: Run[],
  options: { sampleType: SampleType; normalize: Normalize; runNoise: number; drift?: boolean },
): Comparison {
  // Functions get one id across all runs of both sides: the aligned tree's.
  const aligned = alignTrees([...baseline, ...candidate]);
  const { names, files } = aligned;
  const values = alignedFunctionValues(aligned);
  const b = collectSide(baseline, values.slice(0, baseline.length), names.length);
  const c = collectSide(candidate, values.slice(baseline.length), names.length);
  const noiseTest: NoiseTest = baseline.length >= 2 && candidate.length >= 2 ? 'welch'
    : baseline.length >= 2 || candidate.length >= 2 ? 'prediction' : 'sampling';
  const share = options.normalize === 'total';
  const tester = makeTester(noiseTest, b.summary, c.summary, share, options.runNoise);
  // Machine speed moves time, not bytes: memory profiles are compared as they are.
  const useDrift = options.drift ?? getUnitScale(options.sampleType.unit).dimension !== 'bytes';
  const drift = useDrift ? findDrift(aligned, baseline.length, b, c, share) : null;
  // Significance is judged with the drift between the sides divided out of the candidate.
  // Runs within a side keep their spread: functions answer a machine's state differently
  // (memory-bound code slows more than compute-bound), so that spread is real noise.
  const shift = drift ? mean(drift.candidate) / mean(drift.baseline) : 1;
  const unshift = (values: number[]) => (shift === 1 ? values : values.map((v) => v / shift));
  const test = (bs: number[], cs: number[]) => tester(bs, unshift(cs));
  const table = new FunctionTable(names, files, b, c, test, share);
  const pOverall = makeTester(noiseTest, b.summary, c.summary, false, options.runNoise)(b.summary.totals, c.summary.totals);
  return {
    sampleType: options.sampleType,
    normalize: options.normalize,
    noiseTest,
    runNoise: options.runNoise,
    baseline: b.summary,
    candidate: c.summary,
    table,
    pOverall,
    drift,
    shift,
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
  for (let r = 0; r < baselineRuns; r++) {
    const leaves = aligned.leaves[r];
    const self = aligned.self[r];
    for (let i = 0; i < leaves.length; i++) acc[leaves[i]] += self[i] / baselineRuns;
  }
  const threshold = Math.max(20 * b.summary.eventWeight, 0.002 * b.summary.total);
  for (let n = nodes - 1; n > 0; n--) if (acc[n] < threshold) acc[aligned.parent[n]] += acc[n];
  // Each node's part: that of the nearest node, itself or an ancestor, that was not merged
  // (a node's acc is final once its own turn came, so acc < threshold tells the merged).
  const part = new Int32Array(nodes);
  let parts = 0;
  part[0] = acc[0] >= threshold ? parts++ : -1; // what merged all the way up
  for (let n = 1; n < nodes; n++) part[n] = acc[n] < threshold ? part[aligned.parent[n]] : parts++;
  const perRun = (offset: number, summary: SideSummary) => {
    const values = Array.from({ length: parts }, () => new Float64Array(summary.runs));
    for (let r = 0; r < summary.runs; r++) {
      const leaves = aligned.leaves[offset + r];
      const self = aligned.self[offset + r];
      const scale = share ? (summary.totals[r] > 0 ? 1 / summary.totals[r] : 0) : 1;
      for (let l = 0; l < leaves.length; l++) {
        const i = part[leaves[l]];
        if (i >= 0) values[i][r] += self[l] * scale;
      }
    }
    return values;
  };
  return estimateDrift(perRun(0, b.summary), perRun(baselineRuns, c.summary), b.summary.runs, c.summary.runs);
}

function collectSide(runs: Run[], values: RunValues[], functionCount: number): SideData {
  const present = new Uint8Array(functionCount);
  const totals: number[] = [];
  let eventWeightSum = 0;
  runs.forEach((run, r) => {
    const { sampleTypes } = run.profile;
    const v = values[r];
    totals.push(v.sum);
    // The value one sampling event stands for. A heap profile's object counts are
    // estimates scaled up from far fewer samples, each worth about one sampling period of
    // bytes (Go's MemProfileRate), so the period is the floor.
    let weight = v.events > 0 ? v.sum / v.events : 0;
    const period = run.profile.period;
    const typeUnit = sampleTypes[run.typeIndex].unit;
    if (period && period.unit === typeUnit && getUnitScale(typeUnit).dimension === 'bytes') weight = Math.max(weight, period.value * run.scale);
    eventWeightSum += weight;
    // A function whose samples all have value 0 (a mutex profile without contention)
    // still appeared; only functions with no value and no event are left out.
    for (let fn = 0; fn < functionCount; fn++) present[fn] |= v.present[fn];
  });
  return {
    summary: {
      runs: runs.length,
      sources: runs.map((r) => r.source),
      total: mean(totals),
      totals,
      eventWeight: runs.length > 0 ? eventWeightSum / runs.length : 0,
    },
    self: values.map((v) => v.self),
    total: values.map((v) => v.total),
    totals,
    present,
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
