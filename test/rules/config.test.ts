import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { defaultConfig, parseConfig, parsePattern } from '../../src/rules/config';
import { getUnitScale, parseQuantity } from '../../src/model/units';

const errorOf = (text: string) => {
  try {
    parseConfig(text, 'rules.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('rules file', () => {
  it('has built-in defaults that need no file', () => {
    const config = defaultConfig();
    expect(config.rules).toHaveLength(1);
    expect(config.rules[0]).toMatchObject({ metric: 'total', maxIncrease: 0.05, maxRelativeIncrease: 0.2, severity: 'fail' });
    expect(config.overall).toMatchObject({ maxRelativeIncrease: 0.1, severity: 'warn' });
    expect(config).toMatchObject({ floor: 0.005, alpha: 0.01, runNoise: 0.1 });
  });

  it('replaces only the keys a file sets', () => {
    const config = parseConfig('alpha: 0.01\nignore: ["runtime.*", "/^syscall\\\\./"]\n', 'rules.yml');
    expect(config.alpha).toBe(0.01);
    expect(config.rules).toEqual(defaultConfig().rules.map((r) => ({ ...r, match: expect.any(Array) })));
    expect(config.ignore.map((m) => [m.test('runtime.mallocgc'), m.test('syscall.Syscall'), m.test('main.run')])).toEqual([[true, false, false], [false, true, false]]);
  });

  it('reads every limit kind and severity', () => {
    const config = parseConfig(`
rules:
  - match: ["main.*", "/^app\\\\//"]
    metric: self
    max-absolute-increase: 20ms
    severity: warn
  - match: "*"
    max-relative-increase: 50%
    max-increase: 2%
overall: null
`, 'rules.yml');
    expect(config.rules[0]).toMatchObject({ metric: 'self', severity: 'warn', maxAbsoluteIncrease: { value: 2e7, dimension: 'time', text: '20ms' } });
    expect(config.rules[0].match.map((m) => m.source)).toEqual(['main.*', '/^app\\//']);
    expect(config.rules[1]).toMatchObject({ metric: 'total', severity: 'fail', maxRelativeIncrease: 0.5, maxIncrease: 0.02 });
    expect(config.overall).toBeNull();
  });

  it('matches globs across / and . and takes parentheses literally', () => {
    expect(parsePattern('encoding/json.*', 'x').test('encoding/json.(*encodeState).marshal')).toBe(true);
    expect(parsePattern('*json*', 'x').test('encoding/json.Marshal')).toBe(true);
    expect(parsePattern('sync.(*Mutex).*', 'x').test('sync.(*Mutex).Lock')).toBe(true);
    expect(parsePattern('main.*', 'x').test('xmain.run')).toBe(false);
    expect(parsePattern('/lock$/i', 'x').test('sync.(*Mutex).Lock')).toBe(true);
  });

  it('parses amounts into base units', () => {
    // One unit table for profiles and settings: MB is what a profile's megabytes are (pprof's 1024^2).
    expect(parseQuantity('4MB', 'x')).toEqual({ value: 4 * 1024 ** 2, dimension: 'bytes', text: '4MB' });
    for (const unit of ['kb', 'MB', 'gb', 'ms', 's', 'us']) expect(parseQuantity(`1${unit}`, 'x').value).toBe(getUnitScale(unit).scale);
    expect(getUnitScale('constructor')).toEqual({ dimension: 'count', scale: 1 });
    expect(() => parseQuantity('1constructor', 'x')).toThrow("x: expected an amount such as 20ms, 4MB or 1000, got '1constructor'");
    expect(parseQuantity('1.5s', 'x')).toMatchObject({ value: 1.5e9, dimension: 'time' });
    expect(parseQuantity(1000, 'x')).toMatchObject({ value: 1000, dimension: 'count' });
    expect(parseQuantity('512KiB', 'x')).toMatchObject({ value: 524288, dimension: 'bytes' });
  });

  it('names the key and the value that is wrong', () => {
    expect(errorOf('rules:\n  - max-increase: 5%\n    metric: cum\n')).toBe("rules.yml: rules[0].metric: expected self or total, got 'cum'");
    expect(errorOf('rules:\n  - match: "*"\n')).toBe('rules.yml: rules[0]: no limit, expected at least one of max-increase, max-relative-increase, max-absolute-increase');
    expect(errorOf('rules:\n  - max-absolute-increase: fast\n')).toBe("rules.yml: rules[0].max-absolute-increase: expected an amount such as 20ms, 4MB or 1000, got 'fast'");
    expect(errorOf('rule: []\n')).toMatch(/^rules\.yml: unknown key 'rule', expected one of rules, overall, ignore/);
    expect(errorOf('alpha: 2\n')).toBe('rules.yml: alpha: expected a level between 0 and 1 such as 0.05 (or 5%), got 2');
    expect(errorOf('rules:\n  - max-increase: lots\n')).toBe("rules.yml: rules[0].max-increase: expected a percentage such as 5%, got 'lots'");
    expect(errorOf('ignore: ["/(/"]\n')).toMatch(/^rules\.yml: ignore: '\/\(\/' is not a valid regular expression/);
    expect(errorOf('- a\n- b\n')).toBe('rules.yml: expected a mapping of settings (rules, overall, ignore, ...), got a list');
    expect(errorOf('rules: [\n')).toMatch(/^rules\.yml line \d+: not valid YAML \(/);
  });

  it('refuses a bare number where a percentage is meant: 5 would be 500%', () => {
    expect(errorOf('rules:\n  - max-increase: 5\n')).toBe('rules.yml: rules[0].max-increase: expected a percentage such as 5%, got 5 (a bare number is ambiguous: write 5%, or 500% if 5 is a fraction)');
    expect(errorOf('rules:\n  - max-relative-increase: 0.2\n')).toBe('rules.yml: rules[0].max-relative-increase: expected a percentage such as 5%, got 0.2 (a bare number is ambiguous: write 0.2%, or 20% if 0.2 is a fraction)');
    expect(errorOf('overall:\n  max-increase: 0.07\n')).toMatch(/^rules\.yml: overall\.max-increase: expected a percentage such as 5%, got 0\.07 \(.* or 7% if 0\.07 is a fraction\)$/);
    expect(errorOf('floor: 0.005\n')).toMatch(/^rules\.yml: floor: expected a percentage such as 5%, got 0\.005 /);
    expect(errorOf('run-noise: 10\n')).toMatch(/^rules\.yml: run-noise: expected a percentage such as 5%, got 10 /);
    expect(errorOf('floor: 150%\n')).toBe("rules.yml: floor: expected a share of the total up to 100%, got '150%'");
  });

  it('takes alpha as a number between 0 and 1, as statistics writes it, or as a percentage', () => {
    expect(parseConfig('alpha: 0.01\n', 'rules.yml').alpha).toBe(0.01);
    expect(parseConfig('alpha: 1%\n', 'rules.yml').alpha).toBe(0.01);
    for (const bad of ['0', '1', '5', '100%', '0%', 'low']) expect(errorOf(`alpha: ${bad}\n`)).toMatch(/^rules\.yml: alpha: expected a level between 0 and 1 such as 0\.05 \(or 5%\), got /);
  });

  it('keeps a bare absolute limit as a count', () => {
    expect(parseConfig('rules:\n  - max-absolute-increase: 1000\n', 'rules.yml').rules[0].maxAbsoluteIncrease).toEqual({ value: 1000, dimension: 'count', text: '1000' });
  });

  it('remembers where each rule was set, for messages', () => {
    const config = parseConfig('rules:\n  - max-increase: 1%\n  - max-increase: 2%\noverall: { max-increase: 3% }\n', "rules file 'x.yml'");
    expect(config.rules.map((r) => r.where)).toEqual(["rules file 'x.yml': rules[0]", "rules file 'x.yml': rules[1]"]);
    expect(config.overall?.where).toBe("rules file 'x.yml': overall");
    expect(parseConfig('alpha: 0.01\n', "rules file 'x.yml'").rules[0].where).toBe('built-in rules: rules[0]');
  });
});
