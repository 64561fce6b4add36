// Aligns the runs of both sides by function name and computes per-function deltas and
// their significance. Values stay per run so the noise model can see the spread.
import type { Normalize, Run } from '../model/run';
import { getUnitScale, type SampleType } from '../model/units';
import { Measure } from '../model/measure';
import { alignedFunctionValues, alignTrees, type AlignedTree, type RunValues } from './align';
import { DriftModel, type Drift, type FunctionDrift } from './drift';
import { FunctionTable, type SideColumns } from './function-table';
import { isKernelFrame } from '../model/kernel';
import { machineFrameKind, markMachineNodes, type MachineKind } from './machine-frames';
import { estimateRunNoise, mean, moderatedTest, type NoisePrior, type TestDrift } from './noise';

/** Which significance test the comparison used, from the number of runs per side. */
export type NoiseTest = 'welch' | 'prediction' | 'sampling';

/** One side's runs. */
export interface SideSummary {
  runs: number;
  sources: string[];
  /** The format each run was read as (Profile.format: `pprof`, `perf-script`, `folded`...). */
  formats: string[];
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
  /** Absolute values or shares of each run's total, in the sample type's unit. */
  measure: Measure;
  noiseTest: NoiseTest;
  /** Run-to-run noise (coefficient of variation) the tests used: estimated from the functions, else the configured one. */
  runNoise: number;
  /** True when runNoise was estimated from this comparison's functions. */
  runNoiseEstimated: boolean;
  baseline: SideSummary;
  candidate: SideSummary;
  /** Every function of either side, in columns; `table.entry(row)` is one as an object. */
  table: FunctionTable;
  /** p-value of the change of the run totals (absolute). */
  pOverall: number;
  /** Per-run drift factors of the whole profile (for the report), or null when not used or not measurable. */
  drift: Drift | null;
  /** The drift between the sides (candidate over baseline) over all parts, 1 without drift. */
  shift: number;
  /** The drift a row's function is judged against: that of the parts outside its subtree. */
  driftOf(row: number): FunctionDrift;
  /** What a row's function measures when it measures the machine (preemption, GC, interrupts, idle). */
  machineKind(row: number): MachineKind | undefined;
  /** Share of each side's total spent in machine frames' subtrees (mean over runs, 0..1). */
  machineShare: { baseline: number; candidate: number };
  /** Share of each side's total in kernel frames' subtrees (mean over runs, 0..1); null when no frame is a kernel one. */
  kernelShare: { baseline: number; candidate: number } | null;
  /** The runs' call trees aligned by call path (baseline runs first), for the pictures. */
  aligned: AlignedTree;
  /**
   * The significance test of a frame or path, on per-run values of the compared measure
   * (absolute, or shares with `normalize: total`), the profile's drift divided out.
   */
  testChange: (baseline: number[], candidate: number[]) => number;
  /** The test of a row's function (its drift and noise) on given per-run values of its measure. */
  testRow: (row: number, baseline: number[], candidate: number[]) => number;
}

interface SideData extends SideColumns {
  summary: SideSummary;
}

/** Returns the comparison of the baseline runs against the candidate runs. */
export function compareRuns(
  baseline: Run[],
  candidate: Run[],
  options: { sampleType: SampleType; normalize: Normalize; runNoise: number; drift?: boolean; floor?: number },
): Comparison {
  // Functions get one id across all runs of both sides: the aligned tree's.
  const aligned = alignTrees(baseline, candidate);
  const { names, files } = aligned;
  const values = alignedFunctionValues(aligned);
  const b = collectSide(baseline, values.slice(0, baseline.length), names.length);
  const c = collectSide(candidate, values.slice(baseline.length), names.length);
  const noiseTest: NoiseTest = baseline.length >= 2 && candidate.length >= 2 ? 'welch'
    : baseline.length >= 2 || candidate.length >= 2 ? 'prediction' : 'sampling';
  const measure = new Measure(options.normalize, options.sampleType.unit);
  const floor = options.floor ?? 0.005;
  const kinds = names.map((name, fn) => machineFrameKind(name, files[fn]));
  const machineFunction = Uint8Array.from(kinds, (k) => (k ? 1 : 0));
  const machineNodes = markMachineNodes(aligned.parent, aligned.func, machineFunction);
  // Machine speed moves time, not bytes: memory profiles are compared as they are.
  const useDrift = options.drift ?? getUnitScale(options.sampleType.unit).dimension !== 'bytes';
  const driftModel = useDrift && baseline.length > 0 && candidate.length > 0 ? new DriftModel(aligned, b.summary, c.summary, machineNodes, measure) : null;
  const none: FunctionDrift = { factor: 1, se: 0, identifiable: false, interaction: 0, runs: new Float64Array(0) };
  // The value of one sampling event, in the measure compared (absolute or share).
  const weightIn = (s: SideSummary) => measure.inRun(s.eventWeight, s.total);
  const prior: NoisePrior = { weightB: weightIn(b.summary), weightC: weightIn(c.summary), phi2: options.runNoise ** 2 };
  const table = new FunctionTable(names, files, aligned.lines, b, c, (row, bs, cs) => moderatedTest(bs, cs, prior, driftOf(row)), measure);
  // Functions large enough to judge (their share averaged over both sides, which the change
  // does not decide) have the drift outside their own subtree; the rest the profile's.
  const pooledTotal = table.pooledShare('total');
  const driftOf = (row: number): FunctionDrift => {
    if (!driftModel) return none;
    if (pooledTotal[row] < floor) return driftModel.overall;
    return driftModel.forFunction(table.ids[row]);
  };
  // Run-to-run noise from the functions themselves: their self values (totals of a call
  // chain repeat each other), over the floor, machine frames left out; where too few
  // functions have a self value that large (a heap profile of a few allocation sites),
  // their totals too.
  const pooledSelf = table.pooledShare('self');
  const judged = (row: number) => machineFunction[table.ids[row]] === 0;
  const estimators: { row: number; metric: 'self' | 'total' }[] = [];
  for (let row = 0; row < table.length; row++) if (pooledSelf[row] >= floor && judged(row)) estimators.push({ row, metric: 'self' });
  if (estimators.length < 5) for (let row = 0; row < table.length; row++) if (pooledTotal[row] >= floor && pooledSelf[row] < floor && judged(row)) estimators.push({ row, metric: 'total' });
  const phi2 = baseline.length > 0 && candidate.length > 0
    ? estimateRunNoise(estimators.map((e) => table.measuredRuns(e.row, 'baseline', e.metric)), estimators.map((e) => table.measuredRuns(e.row, 'candidate', e.metric)), prior.weightB, prior.weightC)
    : null;
  if (phi2 !== null) prior.phi2 = phi2;
  // Frames of the picture: the profile's drift, without the interaction (which the
  // changed parts themselves would inflate when taken over the whole profile).
  const overallDrift: TestDrift = driftModel ? { factor: driftModel.overall.factor, se: driftModel.overall.se, interaction: 0 } : { factor: 1, se: 0, interaction: 0 };
  const absolutePrior: NoisePrior = { weightB: b.summary.eventWeight, weightC: c.summary.eventWeight, phi2: prior.phi2 };
  const pOverall = moderatedTest(b.summary.totals, c.summary.totals, absolutePrior, { factor: 1, se: 0, interaction: 0 });
  // Top-most machine nodes only: their subtrees hold the rest. Found once, summed per run.
  const machineTops: number[] = [];
  for (let node = 1; node < aligned.parent.length; node++) if (machineNodes[node] === 1 && machineNodes[aligned.parent[node]] === 0) machineTops.push(node);
  const machineShare = (side: SideData, offset: number) => mean(side.totals.map((total, r) => {
    const inclusive = aligned.inclusive[offset + r];
    let sum = 0;
    for (const node of machineTops) sum += inclusive[node];
    return total > 0 ? sum / total : 0;
  }));
  return {
    sampleType: options.sampleType,
    measure,
    noiseTest,
    runNoise: Math.sqrt(prior.phi2),
    runNoiseEstimated: phi2 !== null,
    baseline: b.summary,
    candidate: c.summary,
    table,
    pOverall,
    drift: driftModel?.perRun ?? null,
    shift: driftModel?.overall.factor ?? 1,
    driftOf,
    machineKind: (row) => kinds[table.ids[row]],
    machineShare: { baseline: machineShare(b, 0), candidate: machineShare(c, baseline.length) },
    kernelShare: kernelShareOf(aligned, b.totals, c.totals),
    aligned,
    testChange: (bs, cs) => moderatedTest(bs, cs, prior, overallDrift),
    testRow: (row, bs, cs) => moderatedTest(bs, cs, prior, driftOf(row)),
  };
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
      formats: runs.map((r) => r.profile.format),
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

/** Each side's mean share of its runs' totals in kernel frames (the outermost ones hold the rest); null without kernel frames. */
function kernelShareOf(aligned: AlignedTree, baselineTotals: number[], candidateTotals: number[]): { baseline: number; candidate: number } | null {
  const kernelFunction = aligned.names.map((name, fn) => isKernelFrame(name, aligned.modules[fn]));
  if (!kernelFunction.includes(true)) return null;
  const inKernel = new Uint8Array(aligned.parent.length);
  const tops: number[] = [];
  for (let node = 1; node < aligned.parent.length; node++) {
    const up = inKernel[aligned.parent[node]];
    inKernel[node] = up || (kernelFunction[aligned.func[node]] ? 1 : 0);
    if (!up && inKernel[node]) tops.push(node);
  }
  const share = (totals: number[], offset: number) => {
    const shares = totals.map((total, r) => {
      let sum = 0;
      for (const node of tops) sum += aligned.inclusive[offset + r][node];
      return total > 0 ? sum / total : 0;
    });
    return shares.length > 0 ? shares.reduce((s, x) => s + x, 0) / shares.length : 0;
  };
  return { baseline: share(baselineTotals, 0), candidate: share(candidateTotals, baselineTotals.length) };
}
