// The noise model of a function's per-run values: sampling noise (Poisson: a value v made
// of v / w sampling events of weight w has variance w * v) plus run-to-run noise that grows
// with the value (coefficient of variation phi), both estimated from the comparison itself:
// - phi from many functions at once, robustly (most functions did not change). With two
//   or more runs on a side, from the spread within the sides; with one run a side, from
//   the differences between the sides, at their 80th percentile rather than the median:
//   a single run cannot tell a bursty function from a steady one, so the model errs wide.
// - Each function's own spread is moderated towards that prior, as limma does for gene
//   expression with few replicates (Smyth 2004, "Linear models and empirical Bayes
//   methods for assessing differential expression in microarray experiments"), but only
//   upwards: with three runs a side, a function whose three values happened to agree
//   closely is not believed to be noise-free, and one whose values scatter well beyond the
//   prior keeps its own spread and its own (few) degrees of freedom.
// - The runner's drift divided out of the candidate brings its own uncertainty, and the
//   runners' uneven effect on functions (runner interaction, from drift.ts) widens the test.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** Prior degrees of freedom of the moderated variance (limma's d0; fixed, see README). */
export const PRIOR_DF = 4;
/** Runs a side before a spread well below the prior stands on its own (see moderatedTest). */
const MIN_RUNS_OWN_SPREAD = 4;
/** Run-to-run noise is never estimated below this (coefficient of variation). */
const MIN_RUN_NOISE = 0.02;
/** With one run a side, never below this. */
const MIN_SINGLE_RUN_NOISE = 0.08;
/** Fewer functions than this to estimate from, and the configured `run-noise` is used (runs within a side: the median of their spreads). */
const MIN_ESTIMATORS = 3;
/**
 * With one run a side the estimate reads the changes between the sides, the regressions
 * among them: with fewer functions than this, their 80th percentile is the largest change,
 * and a regression in a small profile (two functions, one doubled) hid itself. Ten keeps
 * two changed functions above the percentile.
 */
const MIN_SINGLE_RUN_ESTIMATORS = 10;

/** What a function's test needs besides its values. */
export interface NoisePrior {
  /** Value of one sampling event on each side, in the measure. */
  weightB: number;
  weightC: number;
  /** Squared run-to-run coefficient of variation. */
  phi2: number;
}

/** The drift a candidate's values are divided by, with its uncertainty. */
export interface TestDrift {
  factor: number;
  /** Standard error of log(factor). */
  se: number;
  /** Variance of log-ratios the runners' difference adds to every function. */
  interaction: number;
  /** Each run's speed within its side (baseline runs first), divided out of its value; empty for none. */
  runs?: ArrayLike<number>;
}

/** Mean of the values; 0 for none. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length > 0 ? sum / values.length : 0;
}

/** Sample variance (n - 1 in the denominator); 0 for fewer than two values. */
export function variance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i] - m) ** 2;
  return sum / (n - 1);
}

/**
 * Estimates phi^2, the squared run-to-run coefficient of variation (the variance of a
 * value's logarithm beyond sampling noise), from functions' per-run values (`baseline[f]`,
 * `candidate[f]`: each run's value of function f, in the measure; `weightB`/`weightC` the
 * value of one sampling event). Returns null when fewer than 3 functions carry a value.
 */
export function estimateRunNoise(baseline: number[][], candidate: number[][], weightB: number, weightC: number): number | null {
  const excess: number[] = [];
  const nb = baseline[0]?.length ?? 0;
  const nc = candidate[0]?.length ?? 0;
  if (nb >= 2 || nc >= 2) {
    // Within each side with two or more runs: the variance of log values less the sampling
    // part (w / v) estimates phi^2 times a chi-square over its degrees of freedom.
    for (let f = 0; f < baseline.length; f++) {
      let sum = 0;
      let df = 0;
      for (const [values, w] of [[baseline[f], weightB], [candidate[f], weightC]] as const) {
        if (values.length < 2 || !values.every((v) => v > 0)) continue;
        const logs = values.map((v) => Math.log(v));
        sum += (variance(logs) - w / mean(values)) * (values.length - 1);
        df += values.length - 1;
      }
      if (df > 0) excess.push(sum / df / chiSquareMedianOverDf(df));
    }
    if (excess.length < MIN_ESTIMATORS) return null;
    return Math.max(MIN_RUN_NOISE ** 2, quantile(excess, 0.5));
  }
  // One run a side: (log c - log b)^2 - w/b - w/c estimates 2 phi^2 times a chi-square(1).
  for (let f = 0; f < baseline.length; f++) {
    const b = baseline[f][0];
    const c = candidate[f][0];
    if (!(b > 0 && c > 0)) continue;
    excess.push((Math.log(c / b) ** 2 - weightB / b - weightC / c) / 2);
  }
  if (excess.length < MIN_SINGLE_RUN_ESTIMATORS) return null;
  // The 80th percentile of a chi-square(1) is 1.642.
  return Math.max(MIN_SINGLE_RUN_NOISE ** 2, quantile(excess, 0.8) / 1.642);
}

/** 5th percentile of a chi-square with df degrees of freedom (Wilson-Hilferty). */
function chiSquare05(df: number): number {
  return df * Math.max(0, 1 - 2 / (9 * df) - 1.6449 * Math.sqrt(2 / (9 * df))) ** 3;
}

/** 95th percentile of a chi-square with df degrees of freedom (Wilson-Hilferty). */
function chiSquare95(df: number): number {
  return df * (1 - 2 / (9 * df) + 1.6449 * Math.sqrt(2 / (9 * df))) ** 3;
}

/** Median of a chi-square with df degrees of freedom, over df (Wilson-Hilferty). */
function chiSquareMedianOverDf(df: number): number {
  return (1 - 2 / (9 * df)) ** 3;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
}

/**
 * Two-sided p-value of the change from `baseline` to `candidate` (each run's value, in the
 * measure; one or more runs a side), the candidate divided by `drift.factor`, on the log
 * scale: run-to-run noise is multiplicative (a slower run is slower by a factor) and
 * heavy-tailed, and the log keeps a run twice as slow from swamping the rest. Values are
 * offset by one sampling event, so a function absent from a run (0) is finite. Each side's
 * variance of log values is moderated upwards only: max(s^2, (d0 s0^2 + (n - 1) s^2) /
 * (d0 + n - 1)) with s0^2 = mu / (mu + 1)^2 + phi^2 for a value of mu events (sampling
 * plus run-to-run noise); degrees of freedom by Welch-Satterthwaite. One run a side: a normal test.
 */
export function moderatedTest(baseline: ArrayLike<number>, candidate: ArrayLike<number>, prior: NoisePrior, drift: TestDrift): number {
  const nb = baseline.length;
  const nc = candidate.length;
  if (nb === 0 || nc === 0) return 1;
  const speeds = drift.runs;
  if (speeds && speeds.length === nb + nc) {
    baseline = Array.from(baseline, (v, r) => v / speeds[r]);
    candidate = Array.from(candidate, (v, r) => v / speeds[nb + r]);
  }
  const k = drift.factor;
  // Moderation only ever widens: a function whose runs happened to agree is not believed
  // to be noise-free, but one whose runs scatter keeps its own spread (and its own degrees
  // of freedom). Run-to-run noise is heavy-tailed on real machines: call-heavy functions
  // double in some runs while loops beside them do not (calibration/README.md), and
  // pulling their spread towards the typical function's made false alarms.
  const side = (values: ArrayLike<number>, w: number, scale: number) => {
    const offset = w > 0 ? w : Number.MIN_VALUE;
    // Mean and variance of the logs in one pass each, without an array (a JSON report
    // tests every function of a large profile twice).
    const n = values.length;
    let m = 0;
    for (let i = 0; i < n; i++) m += Math.log(Math.max(0, values[i] / scale) + offset);
    m /= n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (Math.log(Math.max(0, values[i] / scale) + offset) - m) ** 2;
    const s2 = n >= 2 ? squares / (n - 1) : 0;
    // Sampling variance of log(v + w) for a Poisson count of mean mu events: mu / (mu + 1)^2
    // (w / v for large counts; small for a function that hardly ever ran, so a new
    // function's empty baseline is as certain as it is).
    const mu = Math.max(0, Math.exp(m) / offset - 1);
    const s0 = mu / (mu + 1) ** 2 + prior.phi2;
    const df = PRIOR_DF + n - 1;
    const moderated = (PRIOR_DF * s0 + (n - 1) * s2) / df;
    // A spread the prior explains (a chi-square test at 5%) borrows the prior's degrees of
    // freedom; a spread well beyond it (a run in a slow slot) stands on its own runs.
    const beyond = n >= 2 && (n - 1) * s2 > s0 * chiSquare95(n - 1);
    // Symmetrically, with enough runs to show it, a spread well below the prior (a tight
    // loop beside functions that double in slow slots) stands on its own runs too: the
    // prior is the typical function's noise, and holding a steady function to it hid a +50%
    // leaf at five runs a side. Not with fewer runs: three runs of a bursty function all
    // in a quiet slot look as steady, and would fail against three in a slow one.
    const below = n >= MIN_RUNS_OWN_SPREAD && (n - 1) * s2 < s0 * chiSquare05(n - 1);
    const sampling = mu / (mu + 1) ** 2;
    if (beyond) return { m, v: s2 / n, df: n - 1 };
    if (below) return { m, v: Math.max(s2, sampling + MIN_RUN_NOISE ** 2) / n, df: n - 1 };
    return { m, v: Math.max(s2, moderated) / n, df };
  };
  const b = side(baseline, prior.weightB, 1);
  const c = side(candidate, prior.weightC, k);
  // The drift's own uncertainty (when any was divided out) and the runners' uneven effect.
  const extra = (k !== 1 ? drift.se * drift.se : 0) + drift.interaction;
  const se2 = b.v + c.v + extra;
  if (!(se2 > 0)) return b.m === c.m ? 1 : 0;
  const z = (c.m - b.m) / Math.sqrt(se2);
  if (nb === 1 && nc === 1) return zPValue(z);
  // The drift's terms are estimated from many parts: treated as known (no degrees of freedom lost).
  const df = ((b.v + c.v) ** 2) / ((b.v * b.v) / b.df + (c.v * c.v) / c.df);
  return tPValue(z, df);
}

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export function tPValue(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  // Loaded on first use: only tests with two or more runs a side need it, and its tables
  // were a fifth of the modules every start initialised.
  const tCdf = require('@stdlib/stats-base-dists-t-cdf') as typeof import('@stdlib/stats-base-dists-t-cdf');
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Two-sided p-value of a standard normal statistic. */
export function zPValue(z: number): number {
  if (!Number.isFinite(z)) return 0;
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}
