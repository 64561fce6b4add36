import { describe, expect, it } from 'vitest';
import { estimateDrift, weightedMedian } from '../../src/diff/drift';

describe('profile-wide drift', () => {
  it('takes the weighted median', () => {
    expect(weightedMedian([1, 2, 3], [1, 1, 1])).toBe(2);
    expect(weightedMedian([1, 2, 3], [5, 1, 1])).toBe(1);
  });

  it('finds a runner that is 20% slower despite one part that doubled', () => {
    const functions = 30;
    const base = Array.from({ length: functions }, (_, f) => Float64Array.of(100 + f, 100 + f));
    const cand = base.map((v, f) => Float64Array.of(v[0] * 1.2 * (f === 0 ? 2 : 1)));
    const drift = estimateDrift(base, cand, 2, 1)!;
    expect(drift.baseline).toEqual([1, 1]);
    expect(drift.candidate[0]).toBeCloseTo(1.2, 10);
  });

  it('stays out of profiles with too few parts to tell', () => {
    const base = Array.from({ length: 4 }, () => Float64Array.of(10));
    expect(estimateDrift(base, base, 1, 1)).toBeNull();
  });
});
