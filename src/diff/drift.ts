// Long because it is one model: the parts, the leave-out estimate, the per-run speeds and
// the drift of like-for-like code all read the same tables of parts.
//
// Runner drift: how much slower or faster the candidate's runner ran than the baseline's,
// estimated only from code that did not change. CI runners differ in speed by 10-20% from
// one job to the next, so dividing a drift out keeps untouched functions from failing; but
// in a micro-benchmark the changed code is half the profile or more, and a drift estimate
// it can carry turns the regression into "the runner was slower". So:
// - The estimate is a vote of many small parts of the call tree (call paths merged up to a
//   few sampling events each), each part one vote whatever its size (weights capped), so
//   one changed subtree is a few votes among many: the weighted median of the parts'
//   log-ratios (the median-of-ratios normalization of DESeq, with capped weights).
// - A function is judged against the drift of the parts OUTSIDE its own subtree (leave
//   its subtree out): its own growth can never be the evidence that excuses it. When fewer
//   than MIN_PARTS parts lie outside (the function is most of the profile), the drift
//   cannot be told apart from its change and it is judged on the raw values.
// - Only the part of the drift the parts establish is divided out: the log-factor is
//   shrunk towards 0 by two standard errors, then bounded to what runners really drift.
// - Frames that measure the machine (machine-frames.ts) never vote.
// - How much the parts disagree beyond their own noise (runner interaction: memory-bound
//   code slows more than compute-bound on a busy machine) is estimated too, robustly, and
//   widens every function's test (`interaction`).
import type { Measure } from '../model/measure';
import type { AlignedTree } from './align';
import { mean } from './noise';

/** Fewer parts than this outside a function's subtree and its drift is not identifiable. */
export const MIN_PARTS = 5;
/** The largest drift divided out: runners differ by 10-20%, rarely more. */
export const MAX_DRIFT = 1.25;
/** A part's vote grows with its sampling events up to about this many, then stays equal. */
const FULL_VOTE_EVENTS = 10;
/** Smallest part, in mean sampling events per run (smaller call paths merge into their caller). */
const PART_EVENTS = 4;
/** Log-ratios of parts new or gone on one side are held at ±log(this). */
const LOG_RATIO_CAP = Math.log(10);
/** A function whose subtrees hold less than this share of the parts' votes is judged against the profile's drift. */
const LEAVE_OUT_SHARE = 0.1;
/** Events a run of the same code outside a subtree needs before its drift is read from there. */
const CODE_EVENTS = 10;
/** Standard errors a drift must stand clear of 1 by before any of it is divided out. */
const SHRINK_SE = 2;

/** Per-run drift factors (1 = like the baseline's mean run), for the report. */
export interface Drift {
  baseline: number[];
  candidate: number[];
}

/** The drift a function is judged against. */
export interface FunctionDrift {
  /** Candidate over baseline speed factor divided out of the candidate (1 = none). */
  factor: number;
  /** Standard error of log(factor) before shrinking; 0 when not identifiable. */
  se: number;
  /** False when too few parts lie outside the function's subtree to tell drift from its change. */
  identifiable: boolean;
  /** Variance of those parts' log-ratios beyond their own noise: how unevenly the runners differ (0 when not identifiable). */
  interaction: number;
  /**
   * Each run's speed against its own side's mean run (baseline runs first), from the same
   * parts, shrunk towards 1 by two standard errors: a run that was slower as a whole is
   * divided by it, so the runs of a side vary only as the function does. Within a side
   * only: it never moves the difference between the sides. Empty when not identifiable.
   */
  runs: Float64Array;
}

/** One side's runs as the drift model reads them. */
export interface DriftSide {
  runs: number;
  /** Each run's total (for shares) and the mean value of one sampling event, in the unit. */
  totals: number[];
  eventWeight: number;
}

/**
 * The drift of a comparison. `aligned` holds the baseline's `baseline.runs` runs first, then
 * the candidate's; `machine` marks nodes in machine frames' subtrees (they never vote);
 * `measure` says whether each run's values are taken as shares of its total.
 */
export class DriftModel {
  /** Node of each part, and each part's mean per run on each side (in the measure). */
  private readonly partNode: Int32Array;
  private readonly logRatio: Float64Array;
  private readonly weight: Float64Array;
  /** Sampling and run-to-run variance of each part's log-ratio. */
  private readonly noise: Float64Array;
  /** Part indices in increasing log-ratio. */
  private readonly order: Int32Array;
  private readonly byFunction = new Map<number, FunctionDrift>();
  /**
   * Per function: the votes of the parts inside its subtrees, their count and a sum of a
   * hash of their indices. A call chain (main.main, runtime.main, testing.runN) has the same
   * parts inside each frame: one leave-out estimate serves them all.
   */
  private readonly insideWeight: Float64Array;
  private readonly insideKey: Float64Array;
  private readonly insideCount: Int32Array;
  private readonly bySet = new Map<string, FunctionDrift>();
  private readonly totalWeight: number;
  /** Each run's value of each part, in the measure, and each part's baseline mean. */
  private readonly values: Float64Array[];
  private readonly reference: Float64Array;
  private readonly baselineRuns: number;
  /** Mean sampling events per run of each part (both sides pooled). */
  private readonly partEvents: Float64Array;
  /** The drift of all parts (no subtree left out). */
  readonly overall: FunctionDrift;
  /** Each run's factor against the baseline's mean run, or null with too few parts. */
  readonly perRun: Drift | null;

  constructor(
    private readonly aligned: AlignedTree,
    baseline: DriftSide,
    candidate: DriftSide,
    machine: Uint8Array,
    measure: Measure,
  ) {
    const { parent } = aligned;
    const nodes = parent.length;
    const nb = baseline.runs;
    const runs = aligned.runs;
    // Mean events per run of each node's own leaves (both sides pooled: the choice of parts
    // must not depend on the change), merged up until a node holds PART_EVENTS.
    const events = new Float64Array(nodes);
    for (let r = 0; r < runs; r++) {
      const leaves = aligned.leaves[r];
      const leafEvents = aligned.leafEvents[r];
      for (let i = 0; i < leaves.length; i++) if (machine[leaves[i]] === 0) events[leaves[i]] += leafEvents[i] / runs;
    }
    for (let n = nodes - 1; n > 0; n--) if (events[n] < PART_EVENTS - 1e-6) events[parent[n]] += events[n];
    const partOf = new Int32Array(nodes).fill(-1);
    const partNodes: number[] = [];
    if (nodes > 0 && events[0] >= PART_EVENTS - 1e-6) partOf[0] = partNodes.push(0) - 1;
    for (let n = 1; n < nodes; n++) partOf[n] = events[n] >= PART_EVENTS - 1e-6 ? partNodes.push(n) - 1 : partOf[parent[n]];
    const parts = partNodes.length;
    this.partNode = Int32Array.from(partNodes);
    // Each part's value in each run, in the measure.
    const values = Array.from({ length: runs }, () => new Float64Array(parts));
    for (let r = 0; r < runs; r++) {
      const side = r < nb ? baseline : candidate;
      const total = side.totals[r < nb ? r : r - nb];
      const scale = measure.runScale(total);
      const leaves = aligned.leaves[r];
      const self = aligned.self[r];
      for (let i = 0; i < leaves.length; i++) {
        const p = partOf[leaves[i]];
        if (p >= 0 && machine[leaves[i]] === 0) values[r][p] += self[i] * scale;
      }
    }
    const nc = runs - nb;
    const sideStats = (from: number, count: number, p: number, weight: number) => {
      let sum = 0;
      for (let r = from; r < from + count; r++) sum += values[r][p];
      const mean = count > 0 ? sum / count : 0;
      let ss = 0;
      for (let r = from; r < from + count; r++) ss += (values[r][p] - mean) ** 2;
      // Variance of the mean: measured across runs, never below sampling noise.
      const poisson = Math.abs(weight * mean) / Math.max(count, 1);
      const measured = count >= 2 ? ss / (count - 1) / count : 0;
      return { mean, variance: Math.max(poisson, measured) };
    };
    const weightIn = (side: DriftSide) => measure.inRun(side.eventWeight, mean(side.totals));
    this.logRatio = new Float64Array(parts);
    this.weight = new Float64Array(parts);
    this.noise = new Float64Array(parts);
    for (let p = 0; p < parts; p++) {
      const b = sideStats(0, nb, p, weightIn(baseline));
      const c = sideStats(nb, nc, p, weightIn(candidate));
      const ratio = b.mean > 0 && c.mean > 0 ? Math.log(c.mean / b.mean) : c.mean > 0 ? LOG_RATIO_CAP : -LOG_RATIO_CAP;
      this.logRatio[p] = Math.max(-LOG_RATIO_CAP, Math.min(LOG_RATIO_CAP, ratio));
      this.noise[p] = (b.mean > 0 ? b.variance / b.mean ** 2 : 1) + (c.mean > 0 ? c.variance / c.mean ** 2 : 1);
      // Inverse variance of a part with e events, capped so that big parts vote as one.
      const e = Math.min(events[this.partNode[p]], FULL_VOTE_EVENTS);
      this.weight[p] = e / FULL_VOTE_EVENTS;
    }
    this.values = values;
    this.baselineRuns = nb;
    this.partEvents = Float64Array.from(this.partNode, (n) => events[n]);
    this.reference = new Float64Array(parts);
    for (let r = 0; r < nb; r++) for (let p = 0; p < parts; p++) this.reference[p] += values[r][p] / nb;
    // Ties broken by what the parts hold, not by their node numbers (which differ when the
    // profiles were read on worker threads), so the same profiles give the same drift.
    this.order = Int32Array.from(Array.from({ length: parts }, (_, p) => p).sort((a, b) =>
      this.logRatio[a] - this.logRatio[b] || this.weight[a] - this.weight[b] || this.reference[a] - this.reference[b] || this.noise[a] - this.noise[b]));
    this.overall = this.estimate(null);
    // Each function's share of the parts' votes inside its subtrees, in one walk up from
    // every part (a function counted once per path, recursion or not).
    const { func } = aligned;
    const seen = new Int32Array(aligned.names.length).fill(-1);
    this.insideWeight = new Float64Array(aligned.names.length);
    this.insideKey = new Float64Array(aligned.names.length);
    this.insideCount = new Int32Array(aligned.names.length);
    let totalWeight = 0;
    for (let p = 0; p < parts; p++) {
      totalWeight += this.weight[p];
      for (let n = this.partNode[p]; n > 0; n = parent[n]) {
        const fn = func[n];
        if (seen[fn] === p) continue;
        seen[fn] = p;
        this.insideWeight[fn] += this.weight[p];
        this.insideKey[fn] += ((p + 1) * 2654435761) % 4294967296 + p * p;
        this.insideCount[fn]++;
      }
    }
    this.totalWeight = totalWeight;
    this.perRun = parts >= MIN_PARTS ? this.runFactors(values, nb) : null;
  }

  /**
   * The drift outside function `fn`'s subtrees (its own change left out); memoized. A
   * function whose subtrees hold less than a tenth of the parts' votes cannot carry the
   * densest half of them: it gets the profile's drift (a large profile has thousands of
   * such functions, and a leave-out estimate each was most of a compare's time).
   */
  forFunction(fn: number): FunctionDrift {
    if (!(this.insideWeight[fn] >= LEAVE_OUT_SHARE * this.totalWeight)) return this.overall;
    const set = `${this.insideCount[fn]}:${this.insideKey[fn]}`;
    let known = this.byFunction.get(fn) ?? this.bySet.get(set);
    if (!known) {
      const { parent, func } = this.aligned;
      const inside = new Uint8Array(this.partNode.length);
      // A part lies in fn's subtree when fn is on its path.
      for (let p = 0; p < this.partNode.length; p++) {
        for (let n = this.partNode[p]; n > 0; n = parent[n]) {
          if (func[n] === fn) {
            inside[p] = 1;
            break;
          }
        }
      }
      known = this.estimate(inside);
      if (known.identifiable) known = this.withCodeDrift(known, inside);
      this.byFunction.set(fn, known);
      this.bySet.set(set, known);
    }
    return known;
  }

  /** The drift of the parts not marked in `leaveOut` (see FunctionDrift); linear in the parts but for one sort. */
  private estimate(leaveOut: Uint8Array | null): FunctionDrift {
    const kept = new Int32Array(this.order.length);
    let count = 0;
    let total = 0;
    let sumSquares = 0;
    for (let i = 0; i < this.order.length; i++) {
      const p = this.order[i];
      if (leaveOut?.[p] === 1) continue;
      kept[count++] = p;
      total += this.weight[p];
      sumSquares += this.weight[p] ** 2;
    }
    if (count < MIN_PARTS || !(total > 0)) return { factor: 1, se: 0, identifiable: false, interaction: 0, runs: new Float64Array(0) };
    const parts = kept.subarray(0, count);
    const median = this.shorthMedian(parts, total);
    // Standard error of a median: 1.2533 sigma / sqrt(n), sigma from the weighted MAD.
    const mad = this.medianDeviation(parts, median, total);
    const effective = (total * total) / sumSquares;
    const se = (1.2533 * 1.4826 * mad) / Math.sqrt(effective);
    // Divide out only what the parts establish, and no more than a runner drifts.
    const shrunk = Math.sign(median) * Math.max(0, Math.abs(median) - SHRINK_SE * se);
    const bounded = Math.max(-Math.log(MAX_DRIFT), Math.min(Math.log(MAX_DRIFT), shrunk));
    // How much the parts disagree beyond their own noise, robustly: the weighted median of
    // the excess (the median of a chi-square with one degree of freedom is 0.455).
    const excess = new Float64Array(count);
    for (let i = 0; i < count; i++) excess[i] = ((this.logRatio[parts[i]] - median) ** 2 - this.noise[parts[i]]) / 0.455;
    const byExcess = Int32Array.from({ length: count }, (_, i) => i).sort((x, y) => excess[x] - excess[y]);
    let acc = 0;
    let interaction = 0;
    for (let i = 0; i < count; i++) {
      acc += this.weight[parts[byExcess[i]]];
      interaction = excess[byExcess[i]];
      if (acc >= total / 2) break;
    }
    const runs = this.baselineRuns >= 2 || this.values.length - this.baselineRuns >= 2 ? this.runSpeeds(leaveOut) : new Float64Array(0);
    return { factor: Math.exp(bounded), se, identifiable: true, interaction: Math.max(0, interaction), runs };
  }

  /**
   * The drift of like-for-like code: a function's subtree is made of code (the functions its
   * parts end in), and how fast that code ran on each side and in each run can be read where
   * the same code runs outside the subtree, under unchanged callers (a shared callee's other
   * callers). On real machines slow slots hit some code and not other (byte loops halve
   * their speed while branchy code beside them does not), so the profile-wide median misses
   * the drift that a subtree made mostly of such code had. The subtree's share in code that
   * also runs outside (with at least CODE_EVENTS events a run there) takes that code's drift;
   * the rest keeps the profile's (`general`). Not shrunk: each run is divided by its own
   * speed of that code, and the test's spread carries the noise that adds.
   */
  private withCodeDrift(general: FunctionDrift, inside: Uint8Array): FunctionDrift {
    const { func, parent } = this.aligned;
    const nb = this.baselineRuns;
    const runs = this.values.length;
    const nc = runs - nb;
    if (nb === 0 || nc === 0) return general;
    // Functions that call into the subtree (its frames' ancestors): the same code directly
    // under one of them is likely the subtree's own, with a frame lost or inlined (V8 drops
    // a frame now and then, compilers inline), and would carry the change; it is left out.
    const callers = new Set<number>();
    for (let p = 0; p < this.partNode.length; p++) {
      if (inside[p] !== 1) continue;
      for (let n = parent[this.partNode[p]]; n > 0; n = parent[n]) callers.add(func[n]);
    }
    const insideByCode = new Map<number, number>();
    const outsideByCode = new Map<number, number[]>();
    let insideTotal = 0;
    for (let p = 0; p < this.partNode.length; p++) {
      const code = func[this.partNode[p]];
      let pooled = 0;
      for (let r = 0; r < runs; r++) pooled += this.values[r][p] / runs;
      if (inside[p] === 1) {
        insideByCode.set(code, (insideByCode.get(code) ?? 0) + pooled);
        insideTotal += pooled;
      } else if (!callers.has(func[parent[this.partNode[p]]] ?? -1)) {
        let list = outsideByCode.get(code);
        if (!list) outsideByCode.set(code, (list = []));
        list.push(p);
      }
    }
    if (!(insideTotal > 0)) return general;
    // Each run's speed of the covered code against the baseline's mean run of it, the
    // candidate's runs included: the difference between the sides and within them come from
    // the same runs, so the test's own spread carries the noise they add (the regression
    // adjustment of a covariate, with the subtree's code shares as its coefficients).
    let covered = 0;
    const logRuns = new Float64Array(runs);
    for (const [code, value] of insideByCode) {
      const outside = outsideByCode.get(code);
      if (!outside) continue;
      let events = 0;
      for (const p of outside) events += this.partEvents[p];
      if (events < CODE_EVENTS) continue;
      const perRun = new Float64Array(runs);
      for (let r = 0; r < runs; r++) for (const p of outside) perRun[r] += this.values[r][p];
      const reference = mean(perRun.subarray(0, nb));
      if (!(reference > 0) || !perRun.every((v) => v > 0)) continue;
      const a = value / insideTotal;
      covered += a;
      for (let r = 0; r < runs; r++) logRuns[r] += a * Math.log(perRun[r] / reference);
    }
    if (covered === 0) return general;
    // Said as the report says a drift: the candidate's mean over the baseline's (its factor)
    // and each run against its side's mean; the test divides out both, as one.
    const rest = 1 - covered;
    const shift = mean(logRuns.subarray(nb)) - mean(logRuns.subarray(0, nb));
    const speeds = new Float64Array(runs);
    for (let r = 0; r < runs; r++) {
      const center = r < nb ? 0 : shift;
      speeds[r] = Math.exp(logRuns[r] - center + rest * Math.log(general.runs.length === runs ? general.runs[r] : 1));
    }
    return { ...general, factor: Math.exp(shift) * general.factor ** rest, se: rest * general.se, runs: speeds };
  }

  /** Weighted median of |log-ratio - center| over `parts` (sorted by log-ratio): the two sides merged outwards from the center. */
  private medianDeviation(parts: Int32Array, center: number, total: number): number {
    let right = 0;
    while (right < parts.length && this.logRatio[parts[right]] <= center) right++;
    let left = right - 1;
    let acc = 0;
    let deviation = 0;
    while (left >= 0 || right < parts.length) {
      const dl = left >= 0 ? center - this.logRatio[parts[left]] : Infinity;
      const dr = right < parts.length ? this.logRatio[parts[right]] - center : Infinity;
      const p = dl <= dr ? parts[left--] : parts[right++];
      deviation = Math.min(dl, dr);
      acc += this.weight[p];
      if (acc >= total / 2) break;
    }
    return deviation;
  }

  /** Each run's speed against its side's mean run, shrunk by two standard errors (see FunctionDrift.runs). */
  private runSpeeds(leaveOut: Uint8Array | null): Float64Array {
    const runs = this.values.length;
    const logSpeed = new Float64Array(runs);
    const se = new Float64Array(runs);
    for (let r = 0; r < runs; r++) {
      const pairs: [number, number][] = [];
      let sum = 0;
      let squares = 0;
      for (let p = 0; p < this.reference.length; p++) {
        if (leaveOut?.[p] === 1 || !(this.reference[p] > 0)) continue;
        pairs.push([this.values[r][p] / this.reference[p], this.weight[p]]);
        sum += this.weight[p];
        squares += this.weight[p] ** 2;
      }
      const median = this.weightedQuantileOf(pairs, 0.5);
      if (!(median > 0)) continue;
      const mad = this.weightedQuantileOf(pairs.map(([v, w]) => [Math.abs(v - median), w]), 0.5);
      logSpeed[r] = Math.log(median);
      se[r] = (1.2533 * 1.4826 * mad) / median / Math.sqrt((sum * sum) / squares);
    }
    const out = new Float64Array(runs).fill(1);
    const nb = this.baselineRuns;
    for (const [from, to] of [[0, nb], [nb, runs]]) {
      if (to - from < 2) continue;
      let center = 0;
      for (let r = from; r < to; r++) center += logSpeed[r] / (to - from);
      for (let r = from; r < to; r++) {
        const d = logSpeed[r] - center;
        out[r] = Math.exp(Math.sign(d) * Math.max(0, Math.abs(d) - SHRINK_SE * se[r]));
      }
    }
    return out;
  }

  /**
   * The weighted median of the parts inside the shortest interval of log-ratios that holds
   * half the weight (the shorth, Andrews et al. 1972): the densest cluster of parts. Parts
   * of a changed subtree sit apart at their own ratio; a plain median, once they are a
   * third of the parts, is pulled towards them by the spread of the rest.
   */
  private shorthMedian(kept: Int32Array, total: number): number {
    let best = [0, kept.length - 1];
    let width = Infinity;
    let acc = 0;
    for (let i = 0, j = -1; i < kept.length; i++) {
      while (acc < total / 2 && j + 1 < kept.length) acc += this.weight[kept[++j]];
      if (acc < total / 2) break;
      const w = this.logRatio[kept[j]] - this.logRatio[kept[i]];
      if (w < width) {
        width = w;
        best = [i, j];
      }
      acc -= this.weight[kept[i]];
    }
    // The window is in log-ratio order: its weighted median by one pass.
    let half = 0;
    for (let i = best[0]; i <= best[1]; i++) half += this.weight[kept[i]] / 2;
    let run = 0;
    for (let i = best[0]; i <= best[1]; i++) {
      run += this.weight[kept[i]];
      if (run >= half) return this.logRatio[kept[i]];
    }
    return this.logRatio[kept[best[1]]];
  }

  private weightedQuantileOf(pairs: [number, number][], q: number): number {
    pairs.sort((a, b) => a[0] - b[0]);
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let acc = 0;
    for (const [value, w] of pairs) {
      acc += w;
      if (acc >= q * total) return value;
    }
    return pairs.length > 0 ? pairs[pairs.length - 1][0] : 0;
  }

  /** Each run's weighted median part ratio against the baseline's mean run (for the report). */
  private runFactors(values: Float64Array[], nb: number): Drift {
    const parts = this.partNode.length;
    const reference = new Float64Array(parts);
    for (let r = 0; r < nb; r++) for (let p = 0; p < parts; p++) reference[p] += values[r][p] / nb;
    const factor = (r: number) => {
      const pairs: [number, number][] = [];
      for (let p = 0; p < parts; p++) if (reference[p] > 0) pairs.push([values[r][p] / reference[p], this.weight[p]]);
      const k = this.weightedQuantileOf(pairs, 0.5);
      return k > 0 && Number.isFinite(k) ? k : 1;
    };
    return {
      baseline: Array.from({ length: nb }, (_, r) => factor(r)),
      candidate: Array.from({ length: values.length - nb }, (_, r) => factor(nb + r)),
    };
  }
}
