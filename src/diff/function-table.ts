// The per-function values of a comparison, in columns over the aligned tree's function
// ids. A large profile has tens of thousands of functions and a compare needs only a few
// of them as objects (the rules' candidates, the table's top rows): an object per function,
// with its run arrays and two significance tests, took 40 ms of large.cpu's 0.61 s. Rows
// are made into FunctionDelta objects when asked for (the JSON report asks for every one).

import type { Measure } from '../model/measure';

/** A function's values on one side: means over runs, and each run's value. */
export interface SideValues {
  /** Mean self value per run, in the sample type's unit. */
  self: number;
  /** Mean total value per run, in the sample type's unit. */
  total: number;
  /** Mean share of the run's total (0..1). */
  selfShare: number;
  totalShare: number;
  /** Each run's self and total, in the unit (divided by the run's total, they are its shares). */
  selfRuns: number[];
  totalRuns: number[];
}

/** One function in both sides (the report writes the fields of report.ts ReportFunction from it). */
export interface FunctionDelta {
  name: string;
  /** Source file from the profile; absent when unknown. */
  file?: string;
  /** Line where the function starts in `file`; absent when unknown. */
  line?: number;
  /** `new`: only in the candidate; `gone`: only in the baseline. */
  status: 'both' | 'new' | 'gone';
  baseline: SideValues;
  candidate: SideValues;
  /** Raw two-sided p-values of the change of total and of self, with the drift divided out. */
  pValue: number;
  pValueSelf: number;
}

/** One side's runs, per function (global id). */
export interface SideColumns {
  /** Each run's absolute self and total, and its total over all functions. */
  self: Float64Array[];
  total: Float64Array[];
  totals: number[];
  /** Whether the function appears in the side at all. */
  present: Uint8Array;
}

/** Which value of a function: its self or its total. */
export type Metric = 'self' | 'total';

/** The functions of a comparison, one row per function present in either side. */
export class FunctionTable {
  /** Function id (as the aligned tree's) of each row, in id order. */
  readonly ids: Int32Array;
  private readonly entries: (FunctionDelta | undefined)[];
  private readonly pValues: Record<Metric, Float64Array>;
  /** Mean shares by side and metric (baseline self, baseline total, candidate self, candidate total), made on first use. */
  private readonly shares: (Float64Array | undefined)[] = [undefined, undefined, undefined, undefined];
  private byName: Map<string, number> | undefined;
  /** pooledShare's columns, made on first use. */
  private readonly pooled: Partial<Record<Metric, Float64Array>> = {};

  constructor(
    private readonly names: string[],
    private readonly files: string[],
    /** Start line of each function, 0 when unknown. */
    private readonly lines: number[],
    private readonly baseline: SideColumns,
    private readonly candidate: SideColumns,
    /** The significance test of a row on two sides' per-run values of its measure (noise.ts moderatedTest, with the row's drift). */
    private readonly test: (row: number, baseline: number[], candidate: number[]) => number,
    /** Tests shares of each run's total (normalize: total) or values. */
    private readonly measure: Measure,
  ) {
    let count = 0;
    for (let id = 0; id < names.length; id++) if (baseline.present[id] === 1 || candidate.present[id] === 1) count++;
    this.ids = new Int32Array(count);
    for (let id = 0, row = 0; id < names.length; id++) if (baseline.present[id] === 1 || candidate.present[id] === 1) this.ids[row++] = id;
    this.entries = new Array(count);
    this.pValues = { self: new Float64Array(count).fill(NaN), total: new Float64Array(count).fill(NaN) };
  }

  get length(): number {
    return this.ids.length;
  }

  name(row: number): string {
    return this.names[this.ids[row]];
  }

  /** The source file of a row's function, when a profile names one. */
  file(row: number): string | undefined {
    return this.files[this.ids[row]] || undefined;
  }

  /** The line where a row's function starts in its file, when a profile says. */
  line(row: number): number | undefined {
    return this.lines[this.ids[row]] || undefined;
  }

  /** `new`: only in the candidate; `gone`: only in the baseline; else `both`. */
  status(row: number): FunctionDelta['status'] {
    const id = this.ids[row];
    const inB = this.baseline.present[id] === 1;
    const inC = this.candidate.present[id] === 1;
    return inB && inC ? 'both' : inC ? 'new' : 'gone';
  }

  /** The row of a function name, -1 when absent. */
  rowOf(name: string): number {
    if (!this.byName) {
      this.byName = new Map();
      for (let row = 0; row < this.ids.length; row++) this.byName.set(this.name(row), row);
    }
    return this.byName.get(name) ?? -1;
  }

  /** Mean per run of a row's self or total on one side, in the unit. */
  mean(row: number, side: 'baseline' | 'candidate', metric: Metric): number {
    const runs = this[side][metric];
    const id = this.ids[row];
    let sum = 0;
    for (let r = 0; r < runs.length; r++) sum += runs[r][id];
    return runs.length > 0 ? sum / runs.length : 0;
  }

  /** A row's mean self or total on one side in the comparison's measure: shares with `normalize: total`, else the unit. */
  meanMeasured(row: number, side: 'baseline' | 'candidate', metric: Metric): number {
    return this.measure.share ? this.meanShare(row, side, metric) : this.mean(row, side, metric);
  }

  /** Mean share of the run totals of a row's self or total on one side (0..1). */
  meanShare(row: number, side: 'baseline' | 'candidate', metric: Metric): number {
    return this.shareColumn(side, metric)[row];
  }

  /** Per row, the mean of the two sides' mean shares of self or total: a function's size that its change does not decide (the rules' floor and family read it). */
  pooledShare(metric: Metric): Float64Array {
    let column = this.pooled[metric];
    if (!column) {
      const b = this.shareColumn('baseline', metric);
      const c = this.shareColumn('candidate', metric);
      column = this.pooled[metric] = b.map((share, row) => (share + c[row]) / 2);
    }
    return column;
  }

  /** The mean shares of one side's self or total, a column made on first use. */
  private shareColumn(side: 'baseline' | 'candidate', metric: Metric): Float64Array {
    const key = (side === 'baseline' ? 0 : 2) + (metric === 'self' ? 0 : 1);
    let column = this.shares[key];
    if (!column) {
      const { totals } = this[side];
      const runs = this[side][metric];
      column = new Float64Array(this.ids.length);
      for (let r = 0; r < runs.length; r++) {
        if (!(totals[r] > 0)) continue;
        const values = runs[r];
        for (let i = 0; i < column.length; i++) column[i] += values[this.ids[i]] / totals[r];
      }
      if (runs.length > 1) for (let i = 0; i < column.length; i++) column[i] /= runs.length;
      this.shares[key] = column;
    }
    return column;
  }

  /** Raw two-sided p-value of the change of a row's self or total, tested when first asked for. */
  pValue(row: number, metric: Metric): number {
    const known = this.pValues[metric][row];
    if (!Number.isNaN(known)) return known;
    return this.tested(row, metric, this.runValues(row, 'baseline', metric), this.runValues(row, 'candidate', metric));
  }

  /** Each run's self or total of a row on one side, in the unit. */
  private runValues(row: number, side: 'baseline' | 'candidate', metric: Metric): number[] {
    const id = this.ids[row];
    return this[side][metric].map((values) => values[id]);
  }

  /** Each run's self or total of a row on one side in the compared measure: the unit, or with normalize total each run's share of its total. */
  measuredRuns(row: number, side: 'baseline' | 'candidate', metric: Metric): number[] {
    return this.measured(this.runValues(row, side, metric), side);
  }

  /** Run values of one side in the compared measure (see measuredRuns). */
  private measured(runs: number[], side: 'baseline' | 'candidate'): number[] {
    const { totals } = this[side];
    return this.measure.share ? runs.map((v, r) => this.measure.inRun(v, totals[r])) : runs;
  }

  /** pValue, from the row's per-run values of each side (in the unit). */
  private tested(row: number, metric: Metric, baseline: number[], candidate: number[]): number {
    const known = this.pValues[metric][row];
    if (!Number.isNaN(known)) return known;
    return (this.pValues[metric][row] = this.test(row, this.measured(baseline, 'baseline'), this.measured(candidate, 'candidate')));
  }

  /** The row as the report's entry; made once. */
  entry(row: number): FunctionDelta {
    const known = this.entries[row];
    if (known) return known;
    const id = this.ids[row];
    const baseline = this.sideValues(row, 'baseline');
    const candidate = this.sideValues(row, 'candidate');
    return (this.entries[row] = {
      name: this.names[id],
      file: this.file(row), // left out of the JSON when unknown
      line: this.line(row),
      status: this.status(row),
      baseline,
      candidate,
      pValue: this.tested(row, 'total', baseline.totalRuns, candidate.totalRuns),
      pValueSelf: this.tested(row, 'self', baseline.selfRuns, candidate.selfRuns),
    });
  }

  /** One side of a row as the report shows it: the means of mean() and meanShare(), and each run's values. */
  private sideValues(row: number, side: 'baseline' | 'candidate'): SideValues {
    return {
      self: this.mean(row, side, 'self'),
      total: this.mean(row, side, 'total'),
      selfShare: this.meanShare(row, side, 'self'),
      totalShare: this.meanShare(row, side, 'total'),
      selfRuns: this.runValues(row, side, 'self'),
      totalRuns: this.runValues(row, side, 'total'),
    };
  }
}
