import { describe, expect, it } from 'vitest';
import { adjustBenjaminiHochberg, mean, predictionTest, samplingTest, variance, welchTest } from '../../src/diff/stats';

describe('statistics', () => {
  it('computes mean and sample variance', () => {
    expect(mean([1, 2, 3, 4, 5])).toBe(3);
    expect(variance([1, 2, 3, 4, 5])).toBe(2.5);
    expect(variance([7])).toBe(0);
  });

  it("matches R's t.test (Welch) on a textbook pair", () => {
    // t.test(1:5, c(2,4,6,8,10)): t = -1.8974, df = 5.8824, p-value = 0.1076
    expect(welchTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10])).toBeCloseTo(0.1076, 3);
  });

  it('treats runs without spread as certain', () => {
    expect(welchTest([5, 5, 5], [5, 5])).toBe(1);
    expect(welchTest([0, 0, 0], [3, 3, 3])).toBe(0);
  });

  it('judges one run against the prediction interval of several', () => {
    // mean 11, sd 1.5811; t = 9 / (1.5811 * sqrt(1 + 1/5)) = 5.196 on 4 df
    expect(predictionTest([10, 12, 11, 9, 13], 20)).toBeCloseTo(0.00655, 4);
    expect(predictionTest([4, 4, 4], 9)).toBeNull();
  });

  it('widens the sampling test by the assumed run-to-run noise', () => {
    expect(samplingTest(100, 100, 1, 1, 0.1)).toBe(1);
    expect(samplingTest(0, 0, 1, 1, 0.1)).toBe(1);
    // z = 60 / sqrt(100 + 160) = 3.72 with sampling noise alone
    expect(samplingTest(100, 160, 1, 1, 0)).toBeCloseTo(0.000199, 5);
    expect(samplingTest(100, 160, 1, 1, 0.1)).toBeGreaterThan(samplingTest(100, 160, 1, 1, 0));
  });

  it("matches R's p.adjust(method = 'BH')", () => {
    expect(adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005])).toEqual([0.02, 0.04, 0.04, 0.02]);
    expect(adjustBenjaminiHochberg([])).toEqual([]);
  });
});
