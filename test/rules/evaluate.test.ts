import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/diff/compare';
import { defaultConfig, parseConfig } from '../../src/rules/config';
import { evaluateRules } from '../../src/rules/evaluate';
import { folded, foldedRuns } from '../profiles';

const type = { type: 'samples', unit: 'count' };
// Twenty steady functions give the drift estimate something to stand on.
const steady = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`main;steady${i}`, 500]));

function judge(baseline: Record<string, number>[], candidate: Record<string, number>[], config = defaultConfig()) {
  const comparison = compareRuns(foldedRuns(...baseline.map(folded)), foldedRuns(...candidate.map(folded)), { sampleType: type, normalize: 'none', runNoise: config.runNoise });
  return evaluateRules(comparison, config);
}

describe('rules and verdict', () => {
  const base = (hot: number, jitter = 0) => ({ ...steady, 'main;hot': hot + jitter, 'main;steady0': 500 + jitter });

  it('fails a function over every limit of a fail rule, significantly', () => {
    const j = judge([base(2000, 0), base(2000, 20), base(2000, -20)], [base(4000, 0), base(4000, 30), base(4000, -30)]);
    expect(j.verdict).toBe('fail');
    expect(j.violations.map((v) => [v.function, v.metric, v.severity, v.status])).toContainEqual(['hot', 'total', 'fail', 'both']);
    expect(j.violations.map((v) => v.function)).not.toContain('steady1');
  });

  it('passes a change over one limit but under the other', () => {
    // +12% of the function, +2 points of the total: under max-increase 5%
    const j = judge([base(2000, 0), base(2000, 10), base(2000, -10)], [base(2240, 0), base(2240, 10), base(2240, -10)]);
    expect(j.verdict).toBe('pass');
  });

  it('leaves a large but insignificant change alone', () => {
    const j = judge([base(2000), base(6000), base(4000)], [base(3000), base(7200), base(5000)]);
    expect(j.violations).toEqual([]);
    expect(j.notSignificant).toBeGreaterThan(0);
  });

  it('reports a new function as new and judges it', () => {
    const j = judge([steady, steady, steady], [{ ...steady, 'main;added': 3000 }, { ...steady, 'main;added': 3100 }, { ...steady, 'main;added': 2900 }]);
    expect(j.violations.find((v) => v.function === 'added')).toMatchObject({ status: 'new', severity: 'fail' });
    expect(j.violations.find((v) => v.function === 'added')!.change.relative).toBe(Infinity);
  });

  it('does not judge ignored functions, nor functions under the floor', () => {
    const config = parseConfig('ignore: ["hot"]\n', 'test');
    const j = judge([base(2000, 0), base(2000, 20)], [base(4000, 0), base(4000, 20)], config);
    expect(j.violations.map((v) => v.function)).not.toContain('hot');
    const floor = parseConfig('floor: 50%\n', 'test');
    expect(judge([base(2000, 0), base(2000, 20)], [base(4000, 0), base(4000, 20)], floor).violations.map((v) => v.function)).not.toContain('hot');
  });

  it('warns through a warn rule and the overall rule', () => {
    const config = parseConfig('rules:\n  - match: "hot"\n    max-relative-increase: 50%\n    severity: warn\n', 'test');
    const j = judge([base(2000, 0), base(2000, 20), base(2000, -20)], [base(4000, 0), base(4000, 30), base(4000, -30)], config);
    expect(j.verdict).toBe('warn');
    expect(j.overall).toMatchObject({ violated: true, severity: 'warn' });
  });

  it('judges a runner that is 15% slower by the overall rule, not function by function', () => {
    // Every part slowed alike: the drift outside each function is divided out of it; the
    // functions that are the whole profile cannot be told from a drift and are judged raw,
    // +15%, under the 20% rule.
    const slow = (k: number) => Object.fromEntries(Object.entries(base(2000)).map(([s, v]) => [s, Math.round(v * k)]));
    const j = judge([slow(1), slow(1.01), slow(0.99)], [slow(1.15), slow(1.16), slow(1.14)]);
    expect(j.violations).toEqual([]);
    expect(j.overall?.violated).toBe(true);
    expect(j.verdict).toBe('warn');
  });
});
