// Profile-wide drift: how much slower or faster each run ran as a whole, estimated so that
// a few changed functions cannot move it. CI runners differ in speed by 10-20% from one
// job to the next; a function is flagged when it changed more than the rest of its
// profile did, and the `overall` rule judges a change of everything.

/** A run's drift factor is the weighted median of its functions' self ratios to the baseline mean. */
const MIN_FUNCTIONS = 10;
/** A function's weight in the median is its share of the baseline, capped so no handful of functions decides it. */
const WEIGHT_CAP = 0.02;
/** Functions under this share of the baseline are too noisy to vote. */
const MIN_SHARE = 0.001;

/** Per-run drift factors (1 = like the baseline mean), or null when there are too few functions to tell. */
export interface Drift {
  baseline: number[];
  candidate: number[];
}

/**
 * Returns each run's drift factor from per-function self values per run (`self`, keyed by
 * function, one value per run) of both sides, or null when fewer than ten functions carry
 * 0.1% of the baseline each.
 */
export function estimateDrift(baselineSelf: Float64Array[], candidateSelf: Float64Array[], baselineRuns: number, candidateRuns: number): Drift | null {
  const count = baselineSelf.length;
  const reference = new Float64Array(count);
  let sum = 0;
  for (let f = 0; f < count; f++) {
    let s = 0;
    for (let r = 0; r < baselineRuns; r++) s += baselineSelf[f][r];
    reference[f] = s / baselineRuns;
    if (reference[f] > 0) sum += reference[f];
  }
  if (!(sum > 0)) return null;
  const voters: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < count; f++) {
    const share = reference[f] / sum;
    if (share >= MIN_SHARE) {
      voters.push(f);
      weights.push(Math.min(share, WEIGHT_CAP));
    }
  }
  if (voters.length < MIN_FUNCTIONS) return null;
  const factor = (values: Float64Array[], r: number) => {
    const ratios = voters.map((f) => values[f][r] / reference[f]);
    const k = weightedMedian(ratios, weights);
    return k > 0 && Number.isFinite(k) ? k : 1;
  };
  return {
    baseline: Array.from({ length: baselineRuns }, (_, r) => factor(baselineSelf, r)),
    candidate: Array.from({ length: candidateRuns }, (_, r) => factor(candidateSelf, r)),
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
