// The noise model of a function's per-run values: sampling noise (Poisson: a value v made
// of v / w sampling events of weight w has variance w * v) plus run-to-run noise that grows
// with the value (coefficient of variation phi), both estimated from the comparison itself:
// - phi from many functions at once, robustly (most functions did not change). With two
//   or more runs on a side, from the spread within the sides; with one run a side, from
//   the differences between the sides, at their 80th percentile rather than the median:
//   a single run cannot tell a bursty function from a steady one, so the model errs wide.
// - Each function's own spread is moderated towards that prior, as limma does for gene
//   expression with few replicates (Smyth 2004, "Linear models and empirical Bayes
//   methods for assessing differential expression in microarray experiments"): with three
//   runs a side, a function whose three values happened to agree closely is not believed
//   to be noise-free, and one whose values scatter is not thrown away.
// - The runner's drift divided out of the candidate brings its own uncertainty, and the
//   runners' uneven effect on functions (runner interaction, from drift.ts) widens the test.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** Prior degrees of freedom of the moderated variance (limma's d0; fixed, see README). */
export const PRIOR_DF = 4;
/** Run-to-run noise is never estimated below this (coefficient of variation). */
const MIN_RUN_NOISE = 0.02;
/** With one run a side, never below this. */
const MIN_SINGLE_RUN_NOISE = 0.08;
/** Fewer functions than this to estimate from, and the configured `run-noise` is used (with few, the 80th percentile is their largest: conservative). */
const MIN_ESTIMATORS = 3;

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
 * Estimates phi^2, the squared run-to-run coefficient of variation, from functions'
 * per-run values (`baseline[f]`, `candidate[f]`: each run's value of function f, in the
 * measure). With one run a side, the candidate's values are divided by `drift` first (the
 * profile's drift: a change elsewhere shifts every share). Returns null when fewer than 3
 * functions carry a value on both sides.
 */
export function estimateRunNoise(baseline: number[][], candidate: number[][], weightB: number, weightC: number, drift = 1): number | null {
  const excess: number[] = [];
  const nb = baseline[0]?.length ?? 0;
  const nc = candidate[0]?.length ?? 0;
  if (nb >= 2 || nc >= 2) {
    // Within each side with two or more runs: (s^2 - w mu) / mu^2 estimates phi^2 times a
    // chi-square over its degrees of freedom; pooled over the sides.
    for (let f = 0; f < baseline.length; f++) {
      let sum = 0;
      let df = 0;
      for (const [values, w] of [[baseline[f], weightB], [candidate[f], weightC]] as const) {
        if (values.length < 2) continue;
        const m = mean(values);
        if (!(m > 0)) continue;
        sum += ((variance(values) - w * m) / (m * m)) * (values.length - 1);
        df += values.length - 1;
      }
      if (df > 0) excess.push(sum / df / chiSquareMedianOverDf(df));
    }
    if (excess.length < MIN_ESTIMATORS) return null;
    return Math.max(MIN_RUN_NOISE ** 2, quantile(excess, 0.5));
  }
  // One run a side: (c - b)^2 - w(b + c) estimates phi^2 (b^2 + c^2) times a chi-square(1).
  for (let f = 0; f < baseline.length; f++) {
    const b = baseline[f][0];
    const c = candidate[f][0] / drift;
    if (!(b > 0 && c > 0)) continue;
    excess.push(((c - b) ** 2 - weightB * b - weightC * c) / (b * b + c * c));
  }
  if (excess.length < MIN_ESTIMATORS) return null;
  // The 80th percentile of a chi-square(1) is 1.642.
  return Math.max(MIN_SINGLE_RUN_NOISE ** 2, quantile(excess, 0.8) / 1.642);
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
 * measure; one or more runs a side), the candidate divided by `drift.factor`. Each side's
 * variance is the moderated one: (d0 s0^2 + (n - 1) s^2) / (d0 + n - 1), with s0^2 = w mu
 * + phi^2 mu^2 the prior for a value of that size; degrees of freedom by Welch-Satterthwaite
 * over d0 + n - 1 per side. With one run a side the prior alone (a normal test).
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
  const mb = mean(baseline);
  const mc = mean(candidate) / k;
  const side = (m: number, s2: number, n: number, w: number) => {
    const s0 = Math.abs(w * m) + prior.phi2 * m * m;
    const df = PRIOR_DF + n - 1;
    return { v: (PRIOR_DF * s0 + (n - 1) * s2) / df / n, df };
  };
  const b = side(mb, variance(baseline), nb, prior.weightB);
  const c = side(mc, variance(candidate) / (k * k), nc, prior.weightC);
  // The drift's own uncertainty (when any was divided out) and the runners' uneven effect,
  // on the candidate's mean.
  const extra = mc * mc * ((k !== 1 ? drift.se * drift.se : 0) + drift.interaction);
  const se2 = b.v + c.v + extra;
  if (!(se2 > 0)) return mb === mc ? 1 : 0;
  const z = (mc - mb) / Math.sqrt(se2);
  if (nb === 1 && nc === 1) return zPValue(z);
  const df = (se2 * se2) / ((b.v * b.v) / b.df + (c.v * c.v) / c.df + (extra > 0 ? (extra * extra) / 1e6 : 0));
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
