// The statistics of one value over a series of snapshots: Mann-Kendall's test of a trend,
// the Theil-Sen slope, and the two checks that tell a leak from memory that is freed (a
// sawtooth) and from memory that fills up to a bound and stays (a cache, a plateau).
import { tPValue, zPValue } from '../diff/noise';

/**
 * Mann-Kendall's test of an upward trend in `y` (in time order): S, the number of pairs
 * (i < j) that rise less the pairs that fall, and the one-sided p-value of S under "no
 * trend". Exact (the permutation distribution of S, Kendall's inversion counts) up to 10
 * values without ties; else the normal approximation with the tie correction of the
 * variance and a continuity correction. Sources: Kendall (1975) "Rank correlation methods";
 * Gilbert (1987) "Statistical methods for environmental pollution monitoring", §16.4.
 *
 * With times `t`, the variance is corrected for serial correlation (Hamed and Rao 1998, "A
 * modified Mann-Kendall trend test for autocorrelated data", J. Hydrology 204): the series
 * less its Theil-Sen trend is ranked, and its significant rank autocorrelations (|r_k| >
 * 1.96/sqrt(n)) widen Var(S) by n/n* (never narrow it). A sampled heap profile's value
 * wanders: a cache that replaces a sixth of its entries each snapshot keeps most of its
 * samples, and each snapshot's error carries into the next.
 * Fewer than 3 values: p = 1.
 */
export function mannKendall(y: ArrayLike<number>, t?: ArrayLike<number>): { s: number; p: number } {
  const n = y.length;
  if (n < 3) return { s: 0, p: 1 };
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    const yi = y[i];
    for (let j = i + 1; j < n; j++) s += Math.sign(y[j] - yi);
  }
  const ties = tieGroups(y);
  const inflation = t ? serialInflation(t, y) : 1;
  if (n <= 10 && ties.length === 0 && inflation === 1) return { s, p: exactUpper(n, s) };
  let variance = n * (n - 1) * (2 * n + 5);
  for (const g of ties) variance -= g * (g - 1) * (2 * g + 5);
  variance = (variance / 18) * inflation;
  if (!(variance > 0)) return { s, p: 1 };
  const z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
  // zPValue is two-sided: half of it is the upper tail when z > 0.
  const twoSided = zPValue(z);
  return { s, p: z > 0 ? twoSided / 2 : 1 - twoSided / 2 };
}

/** Hamed and Rao's n/n* for `y` over `t` (see mannKendall), at least 1. */
function serialInflation(t: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = y.length;
  const slope = theilSen(t, y);
  const residual = Array.from({ length: n }, (_, i) => y[i] - slope * t[i]);
  const ranks = rank(residual);
  const mean = (n + 1) / 2;
  let denominator = 0;
  for (const r of ranks) denominator += (r - mean) ** 2;
  if (!(denominator > 0)) return 1;
  const bound = 1.96 / Math.sqrt(n);
  let sum = 0;
  for (let k = 1; k < n - 2; k++) {
    let numerator = 0;
    for (let i = 0; i < n - k; i++) numerator += (ranks[i] - mean) * (ranks[i + k] - mean);
    const rho = numerator / denominator;
    if (Math.abs(rho) > bound) sum += (n - k) * (n - k - 1) * (n - k - 2) * rho;
  }
  return Math.max(1, 1 + (2 / (n * (n - 1) * (n - 2))) * sum);
}

/** Ranks 1..n, ties given their mean rank. */
function rank(values: number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i + 1;
    while (j < order.length && values[order[j]] === values[order[i]]) j++;
    for (let k = i; k < j; k++) ranks[order[k]] = (i + j + 1) / 2;
    i = j;
  }
  return ranks;
}

/** Sizes of the groups of equal values (only groups of two or more). */
function tieGroups(y: ArrayLike<number>): number[] {
  const sorted = Float64Array.from(y).sort();
  const groups: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i > 1) groups.push(j - i);
    i = j;
  }
  return groups;
}

/**
 * P(S >= s) for n distinct values in random order: S = pairs - 2 × inversions, and the
 * number of permutations with k inversions is the Mahonian number (one row at a time).
 */
function exactUpper(n: number, s: number): number {
  const pairs = (n * (n - 1)) / 2;
  let counts = [1];
  for (let m = 2; m <= n; m++) {
    const next = new Array<number>(counts.length + m - 1).fill(0);
    for (let k = 0; k < counts.length; k++) for (let add = 0; add < m; add++) next[k + add] += counts[k];
    counts = next;
  }
  let total = 0;
  let upper = 0;
  for (let k = 0; k < counts.length; k++) {
    total += counts[k];
    if (pairs - 2 * k >= s) upper += counts[k];
  }
  return upper / total;
}

/** `count` indexes evenly spaced over 0..n-1, the first and the last among them; all of them when n <= count. */
export function evenlySpaced(n: number, count: number): number[] {
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.round((i * (n - 1)) / (count - 1)));
}

/** Points Theil-Sen pairs at most: 200 points make 19,900 slopes to sort. */
const MAX_SLOPE_POINTS = 200;

/**
 * The Theil-Sen slope of y over t: the median of the slopes of all pairs with different t
 * (Sen 1968, "Estimates of the regression coefficient based on Kendall's tau"). Robust: up
 * to 29% of the points can be anything. Over more than 200 points, the pairs of 200 evenly
 * spaced ones (a series of 1,000 snapshots had 499,500 slopes to sort for each function).
 * Units: y's unit per t's unit; 0 when fewer than two distinct t.
 */
export function theilSen(t: ArrayLike<number>, y: ArrayLike<number>, from = 0, to = y.length): number {
  const points = evenlySpaced(to - from, MAX_SLOPE_POINTS).map((i) => from + i);
  const slopes: number[] = [];
  for (let a = 0; a < points.length - 1; a++) {
    const i = points[a];
    for (let b = a + 1; b < points.length; b++) {
      const j = points[b];
      const dt = t[j] - t[i];
      if (dt !== 0) slopes.push((y[j] - y[i]) / dt);
    }
  }
  if (slopes.length === 0) return 0;
  const sorted = Float64Array.from(slopes).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How a value moved over the series. */
export interface SeriesTrend {
  /** Theil-Sen slope, in the value's unit per unit of time (second, or snapshot). */
  slope: number;
  /** The slope times the series' span: the growth the trend accounts for. */
  growth: number;
  /** Mann-Kendall one-sided p-value of an upward trend (not yet adjusted for the many functions). */
  p: number;
  /**
   * The largest fall from an earlier high (maximum drawdown). Memory that is freed (a
   * sawtooth, a cache that replaces its entries) falls; a leak keeps what it took, and a
   * sampled heap profile keeps the samples of what is still held.
   */
  drawdown: number;
  /** Mann-Kendall one-sided p-value of an upward trend over the last half, and its Theil-Sen slope: a cache that filled and stays full has stopped growing. */
  lateP: number;
  lateSlope: number;
  /**
   * What sampling alone could move the last half's growth by, one standard deviation (see
   * growthNoise), in the value's unit; 0 when the profile is not sampled or does not say.
   */
  noise: number;
  /** Whether the shape is a leak's (see seriesTrend); the significance is judged over all functions. */
  steady: boolean;
  /**
   * The shape, and where it is no leak's, the first check it fails: `steady` (a leak's),
   * `falling` (no rise), `freed` (gave back over half its growth), `stopped` (no longer
   * rising in the last half), `noise` (a last-half rise that sampling alone explains).
   */
  shape: 'steady' | 'falling' | 'freed' | 'stopped' | 'noise';
}

/**
 * A leak's growth over the last half must pass a one-sided Student t test against the
 * sampling noise (see growthNoise) at this level, with the noise's own degrees of freedom.
 * Chosen by measurement, not by its name: the noise is estimated under the leak (less its
 * own rise's variance), which leans to small, and at 0.25% a simulated full Go cache was
 * flagged in 0.1-1.5% of series of 16 snapshots or more (README, "Leaks over time").
 */
export const NOISE_LEVEL = 0.0025;

/** The last half's test must reach this: with 8 snapshots its 4 values can (1/4! = 0.042). */
export const LATE_LEVEL = 0.05;

/**
 * What sampling alone moves the growth of a held value over `late` (its Theil-Sen slope
 * times its span, at times `t`) by, as one standard deviation, when nothing is allocated or
 * freed on balance; and the degrees of freedom of that estimate. `step` is what one sample
 * stands for; units are the values'.
 *
 * A snapshot of a value v held is about v/step samples (Poisson): variance s2 = v step. Each
 * snapshot replaces a share r of the objects (a cache's turnover), so two snapshots k apart
 * share at least 1 - k r of their samples: first in, first out, the least they can share
 * (a cache that evicts at random shares (1 - r)^k, more). That correlation, max(0, 1 - k r),
 * gives the variance of the least-squares slope, which stands for Theil-Sen's (Sen 1968).
 * The first differences' variance gives r: read about their median (a leak's steady rise
 * is not noise), as a variance, not a MAD, since a sparse profile's differences are mostly
 * 0 and the one jump is the noise; less the variance of the median rise itself (new
 * samples arrive as a Poisson stream: m a snapshot vary by m step), the rest is turnover,
 * 2 s2 r (the rise's variance is taken off only where the profile states its step:
 * `stepStated`); r is 1 (every object replaced) at most. A leak's samples stay, so its noise is
 * small. The estimate rests on n - 1 differences less their median: n - 2 degrees of
 * freedom.
 *
 * Measured on simulated Go caches and leaks (64 KiB entries at 512 KiB a sample, 12 to 24
 * snapshots; `npm run simulate:trend`): the rule this replaced, growth over 2.5 times the
 * endpoint-difference noise, flagged a full cache in 1-7% of series, as the Theil-Sen
 * growth spreads 1.1-1.3 times that noise and the variance's own error was ignored.
 */
export function growthNoise(t: ArrayLike<number>, late: ArrayLike<number>, step: number, stepStated = true): { noise: number; df: number } {
  const n = late.length;
  const df = Math.max(1, n - 2);
  if (n < 2) return { noise: 0, df };
  let mean = 0;
  for (let i = 0; i < n; i++) mean += late[i] / n;
  const s2 = Math.max(0, mean) * step;
  if (!(s2 > 0)) return { noise: 0, df };
  const diffs = Float64Array.from({ length: n - 1 }, (_, i) => late[i + 1] - late[i]);
  const median = medianOf(diffs);
  let squares = 0;
  for (const d of diffs) squares += (d - median) ** 2;
  // A rise of m samples a snapshot is itself Poisson (variance m): what is left is turnover.
  // Only with a step the profile states: a step guessed 16 times too large (V8's 512 KiB
  // against the inspector's 32 KiB) took all of a cache's wander for a rise's, and a
  // Node cache was flagged in 12 of 180 series.
  const turnover = Math.max(0, squares / df - (stepStated ? Math.max(0, median) * step : 0));
  const replaced = Math.min(1, turnover / (2 * s2));
  let tMean = 0;
  for (let i = 0; i < n; i++) tMean += t[i] / n;
  let sxx = 0;
  for (let i = 0; i < n; i++) sxx += (t[i] - tMean) ** 2;
  if (!(sxx > 0)) return { noise: 0, df };
  // Var(sum c_i y_i) = s2 sum_ij c_i c_j max(0, 1 - r |i - j|), with c_i = t_i - mean.
  let variance = 0;
  for (let i = 0; i < n; i++) {
    const ci = t[i] - tMean;
    variance += ci * ci;
    for (let k = 1; i + k < n && k * replaced < 1; k++) variance += 2 * ci * (t[i + k] - tMean) * (1 - k * replaced);
  }
  const span = t[n - 1] - t[0];
  return { noise: (Math.sqrt(s2 * Math.max(0, variance)) / sxx) * span, df };
}

/** The median of `values` (the mean of the middle two of an even count); NaN for none. */
export function medianOf(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The trend of `y` over times `t` (ascending). A leak's shape: it grows (slope > 0), it
 * never gives back more than half of what it grew (drawdown), and it still grows in the
 * last half (Mann-Kendall over it at LATE_LEVEL, at half the whole series' slope or more,
 * and by more than sampling alone explains: growthNoise, one-sided t at NOISE_LEVEL):
 * memory freed in cycles and a cache that filled up to its bound are not leaks, even when
 * the first snapshots rise.
 *
 * `step` is what one sample of a sampled heap profile stands for (Go's MemProfileRate, 512
 * KiB; V8's interval), `stepStated` whether the profile says it or it was inferred: see
 * growthNoise. A sampled cache's estimate wanders; a leak's
 * samples stay, and its rise is new samples.
 */
export function seriesTrend(t: ArrayLike<number>, y: ArrayLike<number>, step = 0, stepStated = true): SeriesTrend {
  const n = y.length;
  const slope = theilSen(t, y);
  const growth = n > 1 ? slope * (t[n - 1] - t[0]) : 0;
  let high = -Infinity;
  let drawdown = 0;
  for (let i = 0; i < n; i++) {
    high = Math.max(high, y[i]);
    drawdown = Math.max(drawdown, high - y[i]);
  }
  const p = slope > 0 ? mannKendall(y, t).p : 1;
  const half = Math.floor(n / 2);
  const late = Array.prototype.slice.call(y, half) as number[];
  const lateTimes = Array.prototype.slice.call(t, half) as number[];
  const lateSlope = theilSen(lateTimes, late);
  const lateP = slope > 0 ? mannKendall(late, lateTimes).p : 1;
  const { noise, df } = step > 0 ? growthNoise(lateTimes, late, step, stepStated) : { noise: 0, df: 1 };
  const lateGrowth = late.length > 1 ? lateSlope * (lateTimes[late.length - 1] - lateTimes[0]) : 0;
  // tPValue is two-sided: half of it is the upper tail, as lateGrowth > 0 here.
  const aboveNoise = noise === 0 || (lateGrowth > 0 && tPValue(lateGrowth / noise, df) / 2 <= NOISE_LEVEL);
  const shape = !(slope > 0) ? 'falling' : drawdown > growth / 2 ? 'freed' : !(lateP <= LATE_LEVEL && lateSlope >= slope / 2) ? 'stopped' : !aboveNoise ? 'noise' : 'steady';
  return { slope, growth, p, drawdown, lateP, lateSlope, noise, steady: shape === 'steady', shape };
}
