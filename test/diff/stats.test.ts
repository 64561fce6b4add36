import { describe, expect, it } from 'vitest';
import { estimateRunNoise, mean, moderatedTest, tPValue, variance, type NoisePrior, type TestDrift } from '../../src/diff/noise';
import { adjustBenjaminiHochberg } from '../../src/diff/stats';

const prior: NoisePrior = { weightB: 1, weightC: 1, phi2: 0.05 ** 2 };
const none: TestDrift = { factor: 1, se: 0, interaction: 0 };

describe('statistics', () => {
  it('computes mean and sample variance', () => {
    expect(mean([1, 2, 3, 4, 5])).toBe(3);
    expect(variance([1, 2, 3, 4, 5])).toBe(2.5);
    expect(variance([7])).toBe(0);
  });

  it("matches R's pt for the t distribution", () => {
    // 2 * pt(-1.8974, 5.8824) = 0.1076 (t.test(1:5, c(2,4,6,8,10)), Welch)
    expect(tPValue(-1.8974, 5.8824)).toBeCloseTo(0.1076, 3);
  });

  it("matches R's p.adjust(method = 'BH'), and weights move the budget to the heavier tests", () => {
    expect(adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.005])).toEqual([0.02, 0.04, 0.04, 0.02]);
    expect(adjustBenjaminiHochberg([])).toEqual([]);
    expect(adjustBenjaminiHochberg([0.01, 0.01], [1, 1])).toEqual([0.01, 0.01]);
    const [heavy, light] = adjustBenjaminiHochberg([0.02, 0.02, 0.5], [2, 0.5, 0.5]);
    expect(heavy).toBeLessThan(light);
  });
});

describe('the moderated test (noise.ts)', () => {
  it('finds a doubling of 3 steady runs a side, and not the same runs against themselves', () => {
    expect(moderatedTest([1000, 1020, 980], [2000, 2030, 1990], prior, none)).toBeLessThan(0.001);
    expect(moderatedTest([1000, 1020, 980], [1010, 990, 1000], prior, none)).toBeGreaterThan(0.3);
  });

  it('does not believe three runs that happened to agree are free of noise', () => {
    // Identical runs: without the prior the variance would be 0 and any change certain.
    const p = moderatedTest([1000, 1000, 1000], [1060, 1060, 1060], prior, none);
    expect(p).toBeGreaterThan(0.01);
  });

  it('keeps the spread of runs that scatter far beyond the prior (a run in a slow slot)', () => {
    const steady = moderatedTest([300, 310, 305, 295, 300], [420, 430, 425, 415, 420], prior, none);
    const oneSlow = moderatedTest([300, 310, 305, 295, 300], [300, 305, 310, 300, 900], prior, none);
    expect(steady).toBeLessThan(0.001);
    expect(oneSlow).toBeGreaterThan(0.05);
  });

  it('lets a steady function stand on its own runs at five a side, not at three, when the prior is wide', () => {
    // The Go calibration corpus: tokenize's five baseline runs within 4% of each other, +50%
    // in the candidate, while the functions around it double in slow slots (prior 37%).
    const wide = { ...prior, phi2: 0.37 ** 2 };
    const five = moderatedTest([372, 376, 372, 360, 360], [512, 620, 592, 540, 588], wide, none);
    expect(five).toBeLessThan(0.001);
    // Three runs of a bursty function can agree by chance: the wide prior still holds.
    const three = moderatedTest([372, 376, 372], [512, 620, 592], wide, none);
    expect(three).toBeGreaterThan(0.01);
    // Five runs that scatter as the prior says stay moderated.
    expect(moderatedTest([300, 420, 350, 500, 280], [420, 590, 480, 700, 400], wide, none)).toBeGreaterThan(0.01);
  });

  it('divides the drift out of the candidate, and widens by its uncertainty and the runners\' interaction', () => {
    const b = [1000, 1010, 990, 1005, 995];
    const c = [1200, 1210, 1190, 1205, 1195];
    expect(moderatedTest(b, c, prior, none)).toBeLessThan(0.001);
    expect(moderatedTest(b, c, prior, { factor: 1.2, se: 0.01, interaction: 0 })).toBeGreaterThan(0.5);
    expect(moderatedTest(b, [1100, 1110, 1090, 1105, 1095], prior, { factor: 1, se: 0, interaction: 0.1 ** 2 })).toBeGreaterThan(0.2);
  });

  it('tests a new function (no baseline value) against sampling noise', () => {
    expect(moderatedTest([0, 0, 0], [80, 76, 85], prior, none)).toBeLessThan(0.001);
    expect(moderatedTest([0, 0, 0], [1, 0, 2], prior, none)).toBeGreaterThan(0.01);
  });
});

describe('run-to-run noise from the functions', () => {
  const functions = 40;
  // Deterministic pseudo-noise: function f, run r gets a factor within +-cv.
  const runsOf = (f: number, n: number, cv: number, offset: number) => Array.from({ length: n }, (_, r) => 10000 * (1 + f / 10) * (1 + cv * Math.sin(7 * f + 3 * r + offset)));
  it('measures the spread within sides when there are several runs', () => {
    const phi = Math.sqrt(estimateRunNoise(Array.from({ length: functions }, (_, f) => runsOf(f, 5, 0.1, 0)), Array.from({ length: functions }, (_, f) => runsOf(f, 5, 0.1, 1)), 1, 1)!);
    expect(phi).toBeGreaterThan(0.04);
    expect(phi).toBeLessThan(0.12);
  });
  it('errs wide with one run a side, never below 8%, and says nothing from too few functions', () => {
    const phi = Math.sqrt(estimateRunNoise(Array.from({ length: functions }, (_, f) => runsOf(f, 1, 0.02, 0)), Array.from({ length: functions }, (_, f) => runsOf(f, 1, 0.02, 2)), 1, 1)!);
    expect(phi).toBeGreaterThanOrEqual(0.08);
    expect(estimateRunNoise([[100], [200]], [[110], [190]], 1, 1)).toBeNull();
  });
});
