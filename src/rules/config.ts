// The rules file (YAML, default .github/flamegate.yml): which changes break the build.
import picomatch from 'picomatch';
import { describeValue, InputError, quote } from '../errors';
import type { Normalize } from '../model/run';
import { parseQuantity, type Dimension } from '../model/units';

/** A function-name pattern: a glob (`encoding/json.*`) or a regular expression (`/^main\./`). */
export interface Matcher {
  source: string;
  test: (name: string) => boolean;
}

/** Limits of one rule; the rule is broken when the change exceeds every limit it lists. */
export interface Limits {
  /** Increase in points of the baseline profile's total (0.05 = 5%). */
  maxIncrease?: number;
  /** Increase relative to the function's own baseline value (0.5 = 50%). */
  maxRelativeIncrease?: number;
  /** Increase in base units (nanoseconds, bytes, count) of the given dimension. */
  maxAbsoluteIncrease?: { value: number; dimension: Dimension; text: string };
  severity: 'fail' | 'warn';
  /** Where the limits were set, for messages: `rules file 'x.yml': rules[0]`. */
  where?: string;
}

/** A rule over functions. */
export interface Rule extends Limits {
  /** Patterns; the rule applies to functions matching any. */
  match: Matcher[];
  metric: 'self' | 'total';
}

/**
 * A leak's limit (flamegate trend): a share of the last snapshot's total (`share`, 0.01 =
 * 1%), an amount over the whole series (`amount`, base units: bytes or a count), or a rate
 * (`rate`, base units per second, or per snapshot when `per` is `snapshot`).
 */
export type MaxGrowth =
  | { kind: 'share'; value: number; text: string }
  | { kind: 'amount'; value: number; dimension: Dimension; text: string }
  | { kind: 'rate'; value: number; dimension: Dimension; per: 'second' | 'snapshot'; text: string };

/** Everything the rules file can set, with the built-in defaults filled in. */
export interface Config {
  rules: Rule[];
  /** The whole profile's total; null turns the check off. */
  overall: Limits | null;
  /** Functions never judged (still reported). */
  ignore: Matcher[];
  /** Functions whose metric stays below this share of the run total on both sides are not judged. */
  floor: number;
  /** False discovery rate for the significance test (Benjamini-Hochberg). */
  alpha: number;
  /** Assumed run-to-run noise (coefficient of variation) when both sides have one run. */
  runNoise: number;
  /** Divide out profile-wide drift before testing; default: on for time and counts, off for bytes. */
  drift?: boolean;
  /** flamegate trend's rule: how much a leak may grow before the verdict is fail. */
  trend: { maxGrowth: MaxGrowth };
  /** Defaults for options the command line can also set. */
  normalize?: Normalize;
  sampleType?: string;
}

/**
 * The built-in configuration, used without a rules file and as the base of one: the
 * mapping a rules file would hold, read by the same code as one. An object, not YAML text:
 * a run without a rules file then never loads the YAML parser (18 ms of the CLI's start).
 */
const DEFAULT_RULES: Readonly<Record<string, unknown>> = Object.freeze({
  rules: [{
    match: '*',
    metric: 'total',
    'max-increase': '5%', // points of the baseline profile's total
    'max-relative-increase': '20%', // above the run-to-run noise of CI machines
    severity: 'fail',
  }],
  overall: {
    'max-relative-increase': '10%',
    severity: 'warn', // baselines come from another runner: a hint, not a gate
  },
  // Waiting, not work: V8's idle time (also as pprof's ':(idle):0').
  ignore: ['(idle)', '*:(idle):*'],
  floor: '0.5%',
  alpha: 0.01,
  'run-noise': '10%',
  // A leak that grew by more than 1% of the last snapshot's total fails; a smaller one warns.
  trend: { 'max-growth': '1%' },
});

const TOP_KEYS = ['rules', 'overall', 'ignore', 'floor', 'alpha', 'run-noise', 'drift', 'normalize', 'sample-type', 'trend'];
const RULE_KEYS = ['match', 'metric', 'max-increase', 'max-relative-increase', 'max-absolute-increase', 'severity'];

/** Returns the built-in configuration. */
export function defaultConfig(): Config {
  return configFromMapping(DEFAULT_RULES, 'built-in rules', null);
}

/**
 * Parses a rules file. Keys it sets replace the built-in ones (a `rules:` list replaces
 * the built-in rule list). Throws InputError naming the file and the key.
 */
export function parseConfig(text: string, source: string, base: Config | null = defaultConfig()): Config {
  // Loaded here, the first time a rules file is read (see DEFAULT_RULES).
  const { parseDocument } = require('yaml') as typeof import('yaml');
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0] ? ` line ${e.linePos[0].line}` : '';
    throw new InputError(`${source}${line}: not valid YAML (${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')})`);
  }
  return configFromMapping(doc.toJS() ?? {}, source, base);
}

/** The configuration a rules file's mapping (`raw`) sets on top of `base`. */
function configFromMapping(raw: unknown, source: string, base: Config | null): Config {
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    throw new InputError(`${source}: expected a mapping of settings (rules, overall, ignore, ...), got ${describeValue(raw)}`);
  }
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!TOP_KEYS.includes(key)) throw new InputError(`${source}: unknown key ${quote(key)}, expected one of ${TOP_KEYS.join(', ')}`);
  }
  const where = (key: string) => `${source}: ${key}`;
  const config: Config = base
    ? { ...base }
    : { rules: [], overall: null, ignore: [], floor: 0, alpha: 0.05, runNoise: 0, trend: { maxGrowth: { kind: 'share', value: 0.01, text: '1%' } } };
  if ('rules' in o) {
    if (!Array.isArray(o.rules)) throw new InputError(`${where('rules')}: expected a list of rules, got ${describeValue(o.rules)}`);
    config.rules = o.rules.map((r, i) => parseRule(r, `${where('rules')}[${i}]`));
  }
  if ('overall' in o) config.overall = o.overall === null || o.overall === false ? null : parseLimits(o.overall, where('overall'), ['max-increase', 'max-relative-increase', 'max-absolute-increase', 'severity']);
  if ('ignore' in o) config.ignore = parsePatterns(o.ignore, where('ignore'));
  if ('floor' in o) {
    config.floor = parsePercentage(o.floor, where('floor'));
    if (config.floor > 1) throw new InputError(`${where('floor')}: expected a share of the total up to 100%, got ${describeValue(o.floor)}`);
  }
  if ('alpha' in o) config.alpha = parseLevel(o.alpha, where('alpha'));
  if ('run-noise' in o) config.runNoise = parsePercentage(o['run-noise'], where('run-noise'));
  if ('drift' in o) {
    if (typeof o.drift !== 'boolean') throw new InputError(`${where('drift')}: expected true or false, got ${describeValue(o.drift)}`);
    config.drift = o.drift;
  }
  if ('normalize' in o) {
    if (o.normalize !== 'none' && o.normalize !== 'total') throw new InputError(`${where('normalize')}: expected none or total, got ${describeValue(o.normalize)}`);
    config.normalize = o.normalize;
  }
  if ('sample-type' in o) {
    if (typeof o['sample-type'] !== 'string') throw new InputError(`${where('sample-type')}: expected a sample type name such as cpu, got ${describeValue(o['sample-type'])}`);
    config.sampleType = o['sample-type'];
  }
  if ('trend' in o) {
    const t = o.trend;
    if (typeof t !== 'object' || t === null || Array.isArray(t)) throw new InputError(`${where('trend')}: expected a mapping with max-growth, got ${describeValue(t)}`);
    for (const key of Object.keys(t)) {
      if (key !== 'max-growth') throw new InputError(`${where('trend')}: unknown key ${quote(key)}, expected max-growth`);
    }
    if ('max-growth' in t) config.trend = { maxGrowth: parseMaxGrowth((t as Record<string, unknown>)['max-growth'], `${where('trend')}.max-growth`) };
  }
  return config;
}

/** Time units a rate may be per, in seconds. */
const PER: Record<string, number> = { s: 1, sec: 1, second: 1, min: 60, minute: 60, h: 3600, hour: 3600 };

/**
 * Parses a leak's limit: `1%` (of the last snapshot's total), `4MiB` (over the series),
 * `100KiB/s`, `10MB/min`, `1000/h`, `512KiB/snapshot`. Throws InputError naming `where`.
 */
export function parseMaxGrowth(raw: unknown, where: string): MaxGrowth {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  const refuse = () => new InputError(`${where}: expected a share such as 1%, an amount such as 4MiB, or a rate such as 100KiB/s, 10MB/min or 512KiB/snapshot, got ${describeValue(raw)}`);
  if (PERCENT.test(text)) return { kind: 'share', value: parsePercentage(text, where), text };
  const rate = /^(.+?)\s*\/\s*([a-z]+)$/i.exec(text);
  let amount;
  try {
    amount = parseQuantity(rate ? rate[1] : text, where);
  } catch {
    throw refuse();
  }
  if (amount.dimension === 'time') throw refuse();
  if (!rate) return { kind: 'amount', value: amount.value, dimension: amount.dimension, text };
  const per = rate[2].toLowerCase();
  if (per === 'snapshot') return { kind: 'rate', value: amount.value, dimension: amount.dimension, per: 'snapshot', text };
  if (!(per in PER)) throw refuse();
  return { kind: 'rate', value: amount.value / PER[per], dimension: amount.dimension, per: 'second', text };
}

function parseRule(raw: unknown, where: string): Rule {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${where}: expected a rule (match, metric, limits), got ${describeValue(raw)}`);
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!RULE_KEYS.includes(key)) throw new InputError(`${where}: unknown key ${quote(key)}, expected one of ${RULE_KEYS.join(', ')}`);
  }
  const metric = o.metric ?? 'total';
  if (metric !== 'self' && metric !== 'total') throw new InputError(`${where}.metric: expected self or total, got ${describeValue(metric)}`);
  return {
    match: 'match' in o ? parsePatterns(o.match, `${where}.match`) : parsePatterns('*', where),
    metric,
    ...parseLimits(raw, where, RULE_KEYS),
  };
}

function parseLimits(raw: unknown, where: string, allowed: string[]): Limits {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new InputError(`${where}: expected limits (max-increase, max-relative-increase, max-absolute-increase, severity), got ${describeValue(raw)}`);
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw new InputError(`${where}: unknown key ${quote(key)}, expected one of ${allowed.join(', ')}`);
  }
  const severity = o.severity ?? 'fail';
  if (severity !== 'fail' && severity !== 'warn') throw new InputError(`${where}.severity: expected fail or warn, got ${describeValue(severity)}`);
  const limits: Limits = { severity, where };
  if (o['max-increase'] !== undefined) limits.maxIncrease = parsePercentage(o['max-increase'], `${where}.max-increase`);
  if (o['max-relative-increase'] !== undefined) limits.maxRelativeIncrease = parsePercentage(o['max-relative-increase'], `${where}.max-relative-increase`);
  if (o['max-absolute-increase'] !== undefined) limits.maxAbsoluteIncrease = parseQuantity(o['max-absolute-increase'], `${where}.max-absolute-increase`);
  if (limits.maxIncrease === undefined && limits.maxRelativeIncrease === undefined && limits.maxAbsoluteIncrease === undefined) {
    throw new InputError(`${where}: no limit, expected at least one of max-increase, max-relative-increase, max-absolute-increase`);
  }
  return limits;
}

/** The smallest max-increase of the fail rules: where the picture's colour is full (undefined: none). */
export function failLimit(config: Config): number | undefined {
  const limits = config.rules.filter((r) => r.severity === 'fail' && r.maxIncrease !== undefined).map((r) => r.maxIncrease!);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/**
 * Parses `5%` or `5 %` into a fraction (0.05); throws InputError otherwise. A bare number
 * is refused: `max-increase: 5` read as a fraction is 500%, a rule that never fires.
 */
export function parsePercentage(raw: unknown, where: string): number {
  const m = typeof raw === 'string' ? PERCENT.exec(raw) : null;
  if (m) return Number(m[1]) / 100;
  const hint = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0
    ? ` (a bare number is ambiguous: write ${raw}%, or ${Number((raw * 100).toPrecision(12))}% if ${raw} is a fraction)`
    : '';
  throw new InputError(`${where}: expected a percentage such as 5%, got ${describeValue(raw)}${hint}`);
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** Parses a significance level: a number between 0 and 1 (`0.05`, the statistical convention) or a percentage (`5%`). */
function parseLevel(raw: unknown, where: string): number {
  const m = typeof raw === 'string' ? PERCENT.exec(raw) : null;
  const level = typeof raw === 'number' ? raw : m ? Number(m[1]) / 100 : NaN;
  if (level > 0 && level < 1) return level;
  throw new InputError(`${where}: expected a level between 0 and 1 such as 0.05 (or 5%), got ${describeValue(raw)}`);
}

/** Parses one pattern or a list of them. */
function parsePatterns(raw: unknown, where: string): Matcher[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((p, i) => {
    if (typeof p !== 'string' || p === '') throw new InputError(`${where}${Array.isArray(raw) ? `[${i}]` : ''}: expected a glob or /regex/, got ${describeValue(p)}`);
    return parsePattern(p, where);
  });
}

/** Returns a matcher for a glob or `/regex/flags`; `*` crosses `/` and `.` (names are not paths). */
export function parsePattern(pattern: string, where: string): Matcher {
  const re = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
  if (re) {
    try {
      const regex = new RegExp(re[1], re[2]);
      return { source: pattern, test: (name) => regex.test(name) };
    } catch (error) {
      throw new InputError(`${where}: ${quote(pattern)} is not a valid regular expression (${(error as Error).message})`);
    }
  }
  // Parentheses are literal in function names (`sync.(*Mutex).Lock`), never glob groups.
  const glob = pattern.replace(/[()]/g, (c) => `[${c}]`);
  // picomatch's own matcher builds a result object per call: its regular expression, with
  // the matcher's equality test, is the same answer 2 to 10 times faster (20,000 names).
  const regex = picomatch.makeRe(glob, { bash: true, dot: true, noextglob: true });
  return { source: pattern, test: (name) => name !== '' && (name === glob || regex.test(name)) };
}
