// How a comparison reads its values: in the sample type's unit (normalize `none`: each run
// does fixed work) or as shares of each run's total (`total`: runs of unequal length). Every
// absolute-versus-share choice (the unit of a value, a run's scale, points of the total,
// the words and numbers people read) is made here, once.
import { formatPercent, formatValue, getUnitScale } from './units';
import type { Normalize } from './run';

/** A function's means on one side, absolute and as shares (diff's SideValues, the report's ReportSide). */
export interface SideMeans {
  self: number;
  total: number;
  selfShare: number;
  totalShare: number;
}

/** The measure of a comparison: `normalize` and the sample type's unit. */
export class Measure {
  /** True when values are shares of each run's total (0..1), not amounts of the unit. */
  readonly share: boolean;

  constructor(readonly normalize: Normalize, readonly unit: string) {
    this.share = normalize === 'total';
  }

  /** The measure a report was written in. */
  static of(report: { normalize: Normalize; sampleType: { unit: string } }): Measure {
    return new Measure(report.normalize, report.sampleType.unit);
  }

  /** What values are in: the unit, or `share` (the report's `valueUnit`). */
  get valueUnit(): string {
    return this.share ? 'share' : this.unit;
  }

  /** How the report's header says it: `absolute values` or `shares of each run's total`. */
  get description(): string {
    return this.share ? 'shares of each run\'s total' : 'absolute values';
  }

  /** The factor that puts one run's values (in the unit) in this measure: 1 / the run's total for shares (0 for an empty run), else 1. */
  runScale(runTotal: number): number {
    return this.share ? (runTotal > 0 ? 1 / runTotal : 0) : 1;
  }

  /** A value of one run (in the unit) in this measure: divided by the run's total for shares (0 for an empty run). */
  inRun(value: number, runTotal: number): number {
    return this.share ? (runTotal > 0 ? value / runTotal : 0) : value;
  }

  /** A side's mean self or total in this measure. */
  of(side: SideMeans, metric: 'self' | 'total'): number {
    if (this.share) return metric === 'self' ? side.selfShare : side.totalShare;
    return metric === 'self' ? side.self : side.total;
  }

  /** A side's total (in the unit) in this measure: 1 for shares. */
  whole(total: number): number {
    return this.share ? 1 : total;
  }

  /** A change in points of the baseline's total (0.05 = 5 points; a share's change is one already); ±Infinity when that total is 0 and the change is not. */
  points(delta: number, baselineTotal: number): number {
    return this.share ? delta : ratio(delta, baselineTotal);
  }

  /** A change as an amount of the sample type's base unit (ns, bytes, count), given the baseline's total in the unit. */
  amount(delta: number, baselineTotal: number): number {
    return (this.share ? delta * baselineTotal : delta) * getUnitScale(this.unit).scale;
  }

  /** A value for people: `1.23 s`, or `12.3%` of the total for shares. */
  format(value: number): string {
    if (this.share) return `${(value * 100).toFixed(Math.abs(value) >= 0.1 ? 1 : 2)}%`;
    return formatValue(value, this.unit);
  }

  /** A signed change for people: `+160 ms`, `+2.1 pts`. */
  formatSigned(delta: number): string {
    const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
    if (this.share) return `${sign}${(Math.abs(delta) * 100).toFixed(1)} pts`;
    return `${sign}${this.format(Math.abs(delta))}`;
  }

  /** A change with its relative size: `+0.99 s (+99%, 25.7% of total)`; `ofTotal` (points) is left out for shares, whose change is in points already. */
  formatChange(delta: number, relative: number | null, ofTotal: number | null): string {
    const parts = [relative === null ? (delta > 0 ? 'new' : 'gone') : formatPercent(relative)];
    if (ofTotal !== null && !this.share) parts.push(`${formatPercent(ofTotal, false)} of total`);
    return `${this.formatSigned(delta)} (${parts.join(', ')})`;
  }
}

/** delta / base, or ±Infinity (0 for no change) when base is 0. */
export function ratio(delta: number, base: number): number {
  if (base !== 0) return delta / base;
  return delta > 0 ? Infinity : delta < 0 ? -Infinity : 0;
}
