// Sample labels (pprof's Sample.label: Go's pprof.Do, Pyroscope tags, @datadog/pprof; a
// speedscope file's profile names as the label `profile`): which samples a parse keeps
// (--tag key=value), and the values a key takes (--split-by key).

/** What an importer does with labels: keep only the samples with `key`=`value` (with a value), and count the records of each value of `key`. */
export interface LabelOptions {
  key: string;
  value?: string;
}

/** The records of each value of a label key in one profile ('' for samples without the key), and how many the importer kept. */
export interface LabelCounts {
  key: string;
  values: [string, number][];
  kept: number;
  /** Every label key the samples carry (string labels), for a message when `key` is not one of them. */
  keys: string[];
}

/** Counts a parse's samples by label value and decides which it keeps. */
export class LabelFilter {
  private readonly counts = new Map<string, number>();
  private readonly keys = new Set<string>();
  private kept = 0;

  constructor(readonly options: LabelOptions) {}

  /** Notes a label key a sample carries. */
  sawKey(key: string): void {
    this.keys.add(key);
  }

  /** Counts a sample with `value` ('' for none) and says whether to keep it. */
  keep(value: string, records = 1): boolean {
    this.counts.set(value, (this.counts.get(value) ?? 0) + records);
    const keep = this.options.value === undefined || value === this.options.value;
    if (keep) this.kept += records;
    return keep;
  }

  result(): LabelCounts {
    return { key: this.options.key, values: [...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), kept: this.kept, keys: [...this.keys].sort() };
  }
}
