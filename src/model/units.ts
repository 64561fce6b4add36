import { describeValue, InputError } from '../errors';

/** What one value of a profile measures, as pprof's ValueType: `cpu`/`nanoseconds`. */
export interface SampleType {
  type: string;
  unit: string;
}

/** The family of a unit: values of one family can be converted into each other. */
export type Dimension = 'time' | 'bytes' | 'count';

/**
 * Every unit name flamegate knows, in profiles and in settings alike, and how many base
 * units (ns, bytes, 1) one of it is. Memory follows pprof (`measurement.go`): kilobyte and
 * kB are 1024 bytes, as `go tool pprof` reads them and as flamegate prints them; KiB, MiB
 * and GiB say the same unambiguously. A Map: a unit named `constructor` is no unit.
 */
const UNITS: ReadonlyMap<string, { dimension: Dimension; scale: number }> = new Map([
  ...(['nanoseconds', 'nanosecond', 'ns'] as const).map((u) => [u, { dimension: 'time', scale: 1 }] as const),
  ...(['microseconds', 'microsecond', 'us', 'µs'] as const).map((u) => [u, { dimension: 'time', scale: 1e3 }] as const),
  ...(['milliseconds', 'millisecond', 'ms'] as const).map((u) => [u, { dimension: 'time', scale: 1e6 }] as const),
  ...(['seconds', 'second', 's'] as const).map((u) => [u, { dimension: 'time', scale: 1e9 }] as const),
  ...(['minutes', 'minute', 'm'] as const).map((u) => [u, { dimension: 'time', scale: 60e9 }] as const),
  ...(['bytes', 'byte', 'b'] as const).map((u) => [u, { dimension: 'bytes', scale: 1 }] as const),
  ...(['kilobytes', 'kilobyte', 'kb', 'kib'] as const).map((u) => [u, { dimension: 'bytes', scale: 1024 }] as const),
  ...(['megabytes', 'megabyte', 'mb', 'mib'] as const).map((u) => [u, { dimension: 'bytes', scale: 1024 ** 2 }] as const),
  ...(['gigabytes', 'gigabyte', 'gb', 'gib'] as const).map((u) => [u, { dimension: 'bytes', scale: 1024 ** 3 }] as const),
] as [string, { dimension: Dimension; scale: number }][]);

/** Returns the dimension of a unit and how many base units (ns, bytes, 1) one of it is; an unknown unit is a count. */
export function getUnitScale(unit: string): { dimension: Dimension; scale: number } {
  return UNITS.get(unit.toLowerCase()) ?? { dimension: 'count', scale: 1 };
}

/**
 * Parses an amount a person wrote (`20ms`, `4MB`, `512KiB`, `1000`) into base units (ns,
 * bytes, count); throws an InputError naming `where` for anything else.
 */
export function parseQuantity(raw: unknown, where: string): { value: number; dimension: Dimension; text: string } {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const m = /^(\d+(?:\.\d+)?)\s*([a-zµ]*)$/i.exec(text);
  const unit = m ? (m[2] === '' ? { dimension: 'count' as const, scale: 1 } : UNITS.get(m[2].toLowerCase())) : undefined;
  if (!m || !unit) throw new InputError(`${where}: expected an amount such as 20ms, 4MB or 1000, got ${describeValue(raw)}`);
  return { value: Number(m[1]) * unit.scale, dimension: unit.dimension, text };
}

/** Formats a value of a unit for people: `1.23 s`, `4.5 MB`, `1,200`. */
export function formatValue(value: number, unit: string): string {
  const { dimension, scale } = getUnitScale(unit);
  const base = value * scale;
  const abs = Math.abs(base);
  if (base === 0) return '0'; // nothing (a new function's baseline), not "0.00 ns"
  if (dimension === 'time') {
    if (abs >= 1e9) return `${fixed(base / 1e9)} s`;
    if (abs >= 1e6) return `${fixed(base / 1e6)} ms`;
    if (abs >= 1e3) return `${fixed(base / 1e3)} µs`;
    return `${fixed(base)} ns`;
  }
  if (dimension === 'bytes') {
    if (abs >= 1024 ** 3) return `${fixed(base / 1024 ** 3)} GB`;
    if (abs >= 1024 ** 2) return `${fixed(base / 1024 ** 2)} MB`;
    if (abs >= 1024) return `${fixed(base / 1024)} kB`;
    return `${fixed(base)} B`;
  }
  if (abs >= 1e6) return `${fixed(base / 1e6)}M`;
  if (abs >= 1e4) return `${fixed(base / 1e3)}k`;
  return Number.isInteger(base) ? String(base) : fixed(base);
}

function fixed(x: number): string {
  const a = Math.abs(x);
  return x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : 2);
}

/** Formats a fraction as a signed percentage: `+12.3%`. */
export function formatPercent(fraction: number, signed = true): string {
  if (!Number.isFinite(fraction)) return fraction > 0 ? '+∞%' : fraction < 0 ? '−∞%' : 'n/a';
  const p = fraction * 100;
  const a = Math.abs(p);
  const text = a >= 100 ? p.toFixed(0) : a >= 10 ? p.toFixed(1) : p.toFixed(2);
  return signed && p > 0 ? `+${text}%` : `${text}%`;
}
