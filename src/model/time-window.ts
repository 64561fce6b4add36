// A time window of a profile (--time-range START..END, --skip START): the samples taken in
// it, in seconds from the profile's start, for formats that time each sample (perf script,
// V8 .cpuprofile and Chrome traces, speedscope evented profiles). A benchmark's warm-up (JIT
// compilation, cold caches) is left out this way.

/** Seconds from the profile's start; `end` may be Infinity. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** What a window kept of one profile: sample records kept and in all, and the profile's span in seconds. */
export interface WindowCounts {
  kept: number;
  records: number;
  span: number;
}

/** Counts a parse's samples by time and decides which it keeps. */
export class WindowFilter {
  private kept = 0;
  private records = 0;
  private first = Infinity;
  private last = -Infinity;

  constructor(readonly window: TimeWindow) {}

  /** Counts a sample taken `seconds` after the profile's start and says whether it is in the window. */
  keep(seconds: number): boolean {
    this.records++;
    if (seconds < this.first) this.first = seconds;
    if (seconds > this.last) this.last = seconds;
    const keep = seconds >= this.window.start && seconds < this.window.end;
    if (keep) this.kept++;
    return keep;
  }

  /**
   * Counts an interval from `start` to `end` seconds (a speedscope evented frame's time)
   * and returns how much of it lies in the window, in seconds: an interval is cut at the
   * window's edges, not kept or left whole (a frame open for 10 s held every window).
   */
  overlap(start: number, end: number): number {
    this.records++;
    if (start < this.first) this.first = start;
    if (end > this.last) this.last = end;
    const kept = Math.max(0, Math.min(end, this.window.end) - Math.max(start, this.window.start));
    if (kept > 0) this.kept++;
    return kept;
  }

  result(): WindowCounts {
    return { kept: this.kept, records: this.records, span: this.records > 0 ? Math.max(0, this.last) : 0 };
  }
}
