// Classic significance tests (Welch's, a prediction interval, a sampling test) and the
// Benjamini-Hochberg correction. The comparison's own test is noise.ts's moderatedTest.
import { mean, tPValue, variance, zPValue } from './noise';

export { mean, variance };

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
 * the input's order. With `weights` (positive, chosen without looking at the p-values),
 * the weighted procedure of Genovese, Roeder and Wasserman (2006, "False discovery control
 * with p-value weighting"): each p is divided by its weight, weights normalized to mean 1.
 */
export function adjustBenjaminiHochberg(pValues: number[], weights?: number[]): number[] {
  const m = pValues.length;
  const meanWeight = weights && m > 0 ? weights.reduce((a, b) => a + b, 0) / m : 1;
  const q = pValues.map((p, i) => (weights && weights[i] > 0 ? Math.min(1, (p * meanWeight) / weights[i]) : p));
  const order = q.map((_, i) => i).sort((a, b) => q[a] - q[b] || a - b);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1];
    running = Math.min(running, (q[i] * m) / rank);
    adjusted[i] = running;
  }
  return adjusted;
}
