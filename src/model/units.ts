/** What one value of a profile measures, as pprof's ValueType: `cpu`/`nanoseconds`. */
export interface SampleType {
  type: string;
  unit: string;
}

/** The family of a unit: values of one family can be converted into each other. */
export type Dimension = 'time' | 'bytes' | 'count';

const TIME: Record<string, number> = {
  nanoseconds: 1, ns: 1, nanosecond: 1,
  microseconds: 1e3, us: 1e3, microsecond: 1e3,
  milliseconds: 1e6, ms: 1e6, millisecond: 1e6,
  seconds: 1e9, s: 1e9, second: 1e9,
};
const BYTES: Record<string, number> = {
  bytes: 1, byte: 1, b: 1, kilobytes: 1024, kb: 1024, megabytes: 1024 ** 2, mb: 1024 ** 2,
  gigabytes: 1024 ** 3, gb: 1024 ** 3,
};

/** Returns the dimension of a unit and how many base units (ns, bytes, 1) one of it is. */
export function getUnitScale(unit: string): { dimension: Dimension; scale: number } {
  const u = unit.toLowerCase();
  if (u in TIME) return { dimension: 'time', scale: TIME[u] };
  if (u in BYTES) return { dimension: 'bytes', scale: BYTES[u] };
  return { dimension: 'count', scale: 1 };
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
