// The Benjamini-Hochberg correction for many tests at once. The comparison's own test is
// noise.ts's moderatedTest.

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
