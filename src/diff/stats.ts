// Significance tests for per-function deltas. The t distribution comes from stdlib-js.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

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

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
function tPValue(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  // Loaded on first use: only Welch's and the prediction test need it (two or more runs a
  // side), and its tables were a fifth of the modules every start initialised.
  const tCdf = require('@stdlib/stats-base-dists-t-cdf') as typeof import('@stdlib/stats-base-dists-t-cdf');
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Two-sided p-value of a standard normal statistic. */
function zPValue(z: number): number {
  if (!Number.isFinite(z)) return 0;
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}

/**
 * Welch's t-test (unequal variances) on per-run values, both sides two or more runs.
 * When neither side varies, the difference is certain: p = 0 if the means differ, else 1.
 */
export function welchTest(baseline: ArrayLike<number>, candidate: ArrayLike<number>): number {
  const nb = baseline.length;
  const nc = candidate.length;
  const mb = mean(baseline);
  const mc = mean(candidate);
  const vb = variance(baseline) / nb;
  const vc = variance(candidate) / nc;
  const se2 = vb + vc;
  if (se2 === 0) return mb === mc ? 1 : 0;
  // Welch-Satterthwaite degrees of freedom.
  const df = (se2 * se2) / ((vb * vb) / (nb - 1) + (vc * vc) / (nc - 1));
  return tPValue((mc - mb) / Math.sqrt(se2), df);
}

/**
 * One run against several: is `single` outside the prediction interval of the runs'
 * distribution? As Bencher's t-test threshold, the spread of the several runs stands for
 * the machine's run-to-run noise, which sampling noise alone underestimates.
 * Returns null when the runs do not vary (no spread to judge by).
 */
export function predictionTest(runs: ArrayLike<number>, single: number): number | null {
  const n = runs.length;
  const sd = Math.sqrt(variance(runs));
  if (sd === 0) return null;
  return tPValue((single - mean(runs)) / (sd * Math.sqrt(1 + 1 / n)), n - 1);
}

/**
 * One run a side: a normal approximation of the Poisson sampling noise of each value,
 * widened by an assumed run-to-run noise (coefficient of variation `runNoise`), because a
 * single run cannot measure it and machines vary far more than sampling does.
 * `weightB`/`weightC` are the value of one sampling event in each run (for example the
 * CPU sampling period), so a value v counts v / weight events with variance weight * v.
 */
export function samplingTest(b: number, c: number, weightB: number, weightC: number, runNoise: number): number {
  const variance = Math.abs(weightB * b) + Math.abs(weightC * c) + runNoise ** 2 * (b * b + c * c);
  if (variance === 0) return b === c ? 1 : 0;
  return zPValue((c - b) / Math.sqrt(variance));
}

/**
 * Benjamini-Hochberg adjusted p-values (false discovery rate) for a family of tests, in
 * the input's order.
 */
export function adjustBenjaminiHochberg(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1];
    running = Math.min(running, (pValues[i] * m) / rank);
    adjusted[i] = running;
  }
  return adjusted;
}
