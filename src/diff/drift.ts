// Profile-wide drift: how much slower or faster each run ran as a whole, estimated so that
// a few changed call paths cannot move it. CI runners differ in speed by 10-20% from one
// job to the next; a function is flagged when it changed more than the rest of its
// profile did, and the `overall` rule judges a change of everything. The estimate is the
// median-of-ratios normalization of RNA-seq (DESeq's size factors), over parts of the
// call tree, weighted by their size with a cap.

/** Fewer parts than this and the estimate is not trusted (drift is left at 1). */
const MIN_PARTS = 5;
/** No part weighs more than this in the median, so one large change cannot decide it. */
const WEIGHT_CAP = 0.2;

/** Per-run drift factors (1 = like the baseline mean), or null when there are too few parts to tell. */
export interface Drift {
  baseline: number[];
  candidate: number[];
}

/**
 * Returns each run's drift factor: the weighted median of its parts' ratios to the
 * baseline mean. `baselineParts[p][r]` is part p's value in baseline run r; parts should
 * each hold enough samples to measure (see findDrift in compare.ts).
 */
export function estimateDrift(baselineParts: Float64Array[], candidateParts: Float64Array[], baselineRuns: number, candidateRuns: number): Drift | null {
  const reference = baselineParts.map((values) => values.reduce((a, b) => a + b, 0) / baselineRuns);
  const sum = reference.reduce((a, b) => a + Math.max(0, b), 0);
  const voters = reference.map((_, p) => p).filter((p) => reference[p] > 0);
  if (!(sum > 0) || voters.length < MIN_PARTS) return null;
  const weights = voters.map((p) => Math.min(reference[p] / sum, WEIGHT_CAP));
  const factor = (values: Float64Array[], r: number) => {
    const k = weightedMedian(voters.map((p) => values[p][r] / reference[p]), weights);
    return k > 0 && Number.isFinite(k) ? k : 1;
  };
  return {
    baseline: Array.from({ length: baselineRuns }, (_, r) => factor(baselineParts, r)),
    candidate: Array.from({ length: candidateRuns }, (_, r) => factor(candidateParts, r)),
  };
}

/** The value below which half of the weight lies. */
export function weightedMedian(values: number[], weights: number[]): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const half = weights.reduce((a, b) => a + b, 0) / 2;
  let acc = 0;
  for (const i of order) {
    acc += weights[i];
    if (acc >= half) return values[i];
  }
  return values[order[order.length - 1]] ?? 1;
}
