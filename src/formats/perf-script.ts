// Linux `perf script` text: one record per sample, a header line (`comm pid [cpu] time:
// [period] event:`) and the stack below it, leaf first, one `address symbol (dso)` per
// line. Frames are named as Brendan Gregg's stackcollapse-perf.pl --all names them, so a
// perf file and its folded form compare alike: the process name as root, the argument
// list cut (only the last one: C++ templates and lambdas keep theirs), kernel frames
// `_[k]`, unknown symbols by their module. Each record weighs its period, as `perf report`
// and stackcollapse-perf.pl do: with `perf record -F` the kernel varies the period, and a
// record of 9M cycles is 45 of 200k. https://github.com/brendangregg/FlameGraph/blob/master/stackcollapse-perf.pl
import { CallTreeBuilder, LIMITS, ownCopy, UnusableProfile, type Profile, type SharedTable } from '../model/call-tree';
import { doubled } from '../model/node-table';
import { WindowFilter, type TimeWindow } from '../model/time-window';
import { frameIdentity, withoutArguments } from './frame-names';
import { TextLines } from './text-lines';

// Lines are read by index, token by token, never by a regex that can backtrack: a header
// of 200,000 spaces took 35 s under `^(\S.*?)\s+(\d+)...`, and 2 MB lines are legal.

/** A header line's parts: `comm pid[/tid] [cpu] time: [period] event:`; the comm may hold spaces. */
interface Header {
  comm: string;
  /** The last token without its colon and perf's modifiers (`cycles:u` is `cycles`), or null when the line does not end in `event:`. */
  event: string | null;
  /** The number before the event, -1 when perf script printed none. */
  period: number;
  /** The record's time in seconds (`5.678901:`), NaN when the line has none. */
  time: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;
const DIGITS = /^\d+$/;
const TIME = /^\d+\.\d+:$/;

/** The parts of a header line, or null when it is none (it starts with a blank, or has no pid followed by more). */
function parseHeader(line: string): Header | null {
  if (line === '' || isSpace(line.charCodeAt(0))) return null;
  const tokens = line.split(/[ \t\r]+/);
  if (tokens[tokens.length - 1] === '') tokens.pop();
  // The pid: the first token after the first that is digits (or digits/digits), with more after it.
  let pid = -1;
  for (let t = 1; t < tokens.length - 1; t++) {
    const slash = tokens[t].indexOf('/');
    const head = slash < 0 ? tokens[t] : tokens[t].slice(0, slash);
    if (DIGITS.test(head) && (slash < 0 || DIGITS.test(tokens[t].slice(slash + 1)))) {
      pid = t;
      break;
    }
  }
  if (pid < 0) return null;
  let timeAt = -1;
  for (let t = pid + 1; t < tokens.length && timeAt < 0; t++) if (TIME.test(tokens[t])) timeAt = t;
  const time = timeAt < 0 ? NaN : Number(tokens[timeAt].slice(0, -1));
  // The event ends the header (`cycles:u:`); a header without one (`-F comm,tid,time`)
  // ends with the time, which is no event: each record was one.
  const last = tokens.length - 1;
  const event = last !== timeAt && tokens[last].length > 1 && tokens[last].endsWith(':') ? tokens[last].slice(0, -1).replace(/:[ukhHGIpPSDWeb]{1,4}$/, '') : null;
  // The period: the number before the event, after the pid (`5.678: 250000 cycles:`, and
  // `-F comm,pid,period,event`). Without an event its unit is unknown: each record is one.
  const period = event !== null && last - 1 > pid && DIGITS.test(tokens[last - 1]) ? Number(tokens[last - 1]) : -1;
  return { comm: tokens.slice(0, pid).join(' '), event, period, time };
}

/** A stack line's symbol and module: `\t 7f12 work+0x10 (/usr/bin/prog)`; '' for a missing symbol (`7f12 ([unknown])`), null when the line is no frame. */
function parseFrame(line: string): { symbol: string; module: string | undefined } | null {
  if (line === '' || !isSpace(line.charCodeAt(0))) return null;
  let start = 0;
  while (start < line.length && isSpace(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  let space = start;
  while (space < end && !isSpace(line.charCodeAt(space))) space++;
  if (space === start || space === end || !/^[0-9a-fA-F]+$/.test(line.slice(start, space))) return null;
  let rest = space;
  while (rest < end && isSpace(line.charCodeAt(rest))) rest++;
  // The module: a last `(...)` without parentheses inside, after a blank or alone.
  if (line.charCodeAt(end - 1) === 0x29 /* ) */) {
    const open = line.lastIndexOf('(', end - 1);
    if (open >= rest && line.indexOf(')', open) === end - 1 && (open === rest || isSpace(line.charCodeAt(open - 1)))) {
      let symbolEnd = open;
      while (symbolEnd > rest && isSpace(line.charCodeAt(symbolEnd - 1))) symbolEnd--;
      return { symbol: line.slice(rest, symbolEnd), module: line.slice(open + 1, end - 1) };
    }
  }
  return { symbol: line.slice(rest, end), module: undefined };
}

/**
 * True when `text` starts (after `#` comments) like perf script output: a record header
 * (naming its event, or at least saying when: `-F comm,tid,time`) with a stack line below
 * it, the blank line that ends a record, or the next header (`--call-graph dwarf` writes a
 * record whose stack could not be unwound as a header alone, and such records may fill the
 * first 64 KiB). Flat records (`perf record` without -g) are told apart before this.
 * Whether any record has a stack is for the reader to say (perf record without -g).
 */
export function looksLikePerfScript(text: string): boolean {
  // Comment lines are skipped, between a header and its stack too.
  const lines = text.slice(0, 64 * 1024).split('\n').filter((line) => !line.startsWith('#'));
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at < 0 || at === lines.length - 1) return false;
  const header = parseHeader(lines[at].replace(/\r$/, ''));
  if (!header || (header.event === null && Number.isNaN(header.time))) return false;
  const next = lines[at + 1].replace(/\r$/, '');
  return parseFrame(next) !== null || next.trim() === '' || parseHeader(next) !== null;
}

/**
 * True when `text` is perf script output recorded without call stacks (`perf record`
 * without `-g`): each record one line, its sampled address after the event
 * (`prog 1234 100.5: 250000 cycles:  401000 work+0x10 (/usr/bin/prog)`).
 */
export function looksLikeFlatPerfScript(text: string): boolean {
  const first = text.slice(0, 4096).split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'));
  return first !== undefined && /^\S[^\n]{0,200}?\s\d+(?:\/\d+)?\s[^\n]{0,200}?\d+\.\d+:\s+(?:\d+\s+)?[\w:.-]+:\s+[0-9a-fA-F]+\s/.test(first);
}


/** The unit of an event's periods: time for the clock events (their period is in nanoseconds), else the event itself (cycles, instructions, cache-misses). */
function unitOf(event: string): string {
  return event === 'cpu-clock' || event === 'task-clock' ? 'nanoseconds' : event || 'count';
}


/** What the headers of a file say before its records are read: its events, and each record's. */
interface Headers {
  events: string[];
  /** Some record prints its period: records weigh their periods (else each weighs 1). */
  periods: boolean;
  /** Each event's typical (median) period, which a record without one weighs. */
  typical: number[];
  /** Records with a period and without one. */
  withPeriod: number;
  withoutPeriod: number;
  /** Each record's event and period (-1 for none), in order. */
  recordEvents: Int32Array;
  recordPeriods: Float64Array;
  /** The earliest record's time, which a window counts from (NaN without a window). */
  origin: number;
}

/**
 * Returns the profile in perf script `text` (a string, or lines read in pieces), or why it
 * holds none. perf files run to hundreds of megabytes, and no line is kept: the records go
 * straight into the call tree. A file of one event whose records all print a period, or
 * none do (what `perf script` writes for one `perf record -e`), is read in one pass; a
 * second event, records with and without a period, or a window take a first pass over the
 * headers alone (a tenth of the time).
 */
export function tryParsePerfScript(text: string | TextLines, shared?: SharedTable, window?: TimeWindow): { profile: Profile } | { reason: string } {
  const lines = typeof text === 'string' ? TextLines.fromString(text) : text;
  if (!window) {
    const read = readRecords(lines, undefined, shared);
    if (read) return read;
  }
  const headers = readHeaders(lines, window);
  if ('reason' in headers) return headers;
  const read = readRecords(lines, headers, shared, window);
  if (!read) throw new Error('perf script: the pass over the records gave up with its headers read');
  return read;
}

/** The first pass: the headers only (the stack lines below them, indented, are not even cut out). */
function readHeaders(lines: TextLines, window: TimeWindow | undefined): Headers | { reason: string } {
  const events: string[] = [];
  // Periods are read when records print them (`perf script` prints one for every record or
  // for none); a record without one among them weighs its event's median period.
  let withPeriod = 0;
  let withoutPeriod = 0;
  const seen: number[][] = []; // each event's periods, for its typical one
  let recordEvents = new Int32Array(1024);
  let recordPeriods = new Float64Array(1024);
  let records = 0;
  let origin = NaN;
  let untimed = 0;
  lines.forEachLine((line, lineNo) => {
    if (line.startsWith('#')) return;
    const header = parseHeader(line);
    if (!header) return;
    if (!(header.period < LIMITS.value)) throw hugePeriod(lineNo);
    // The event without perf's modifiers (`cycles:u`, `cpu-clock:ppp` are `cycles`, `cpu-clock`),
    // so that `--sample-type cycles` finds it and runs recorded with other modifiers compare.
    const event = header.event ?? '';
    let e = events.indexOf(event);
    if (e < 0) seen[(e = events.push(event) - 1)] = [];
    const { period } = header;
    if (period < 0) withoutPeriod++;
    else {
      withPeriod++;
      seen[e].push(period);
    }
    if (records === recordEvents.length) {
      recordEvents = doubled(recordEvents);
      recordPeriods = doubled(recordPeriods);
    }
    recordEvents[records] = e;
    recordPeriods[records++] = period;
    if (window) {
      if (Number.isNaN(header.time)) untimed++;
      else if (!(header.time >= origin)) origin = header.time;
    }
  }, true);
  if (window && untimed > 0) return { reason: `${untimed} perf script record${untimed === 1 ? '' : 's'} without a time (\"5.678901:\" after the pid), which --time-range and --skip need; expected perf script's default fields` };
  if (events.length === 0) return noRecords();
  return { events, periods: withPeriod > 0, typical: seen.map(median), withPeriod, withoutPeriod, recordEvents, recordPeriods, origin };
}

/** The error for a period of 2^53 or more at line `lineNo` (the tree's own check names a sample index). */
function hugePeriod(lineNo: number): UnusableProfile {
  return new UnusableProfile(`line ${lineNo}: a period of 2^53 or more`, 'periods from 0 to below 2^53 (9007199254740992)');
}

/** Why perf script whose records have no stack is refused (`--call-graph dwarf` writes a header alone where it could not unwind, but not for every record). */
const WITHOUT_STACKS = 'perf script output without call stacks (no record has frames below its header): one frame a sample, or none, says nothing of callers; expected perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)';

/** Why a text with no perf script record is none. */
function noRecords(): { reason: string } {
  return { reason: 'no perf script sample (expected a line such as "comm 1234 5.678: cycles:" and its stack below)' };
}

/** Distinct stack lines kept at most (about 150 bytes each): past it, lines are parsed each time. */
const MAX_LINE_ENTRIES = 1 << 20;

/**
 * The pass over the records, into the call tree. With `headers` (the first pass's), each
 * record's event and period come from there; without, the file is taken for one event
 * whose records all print a period or all print none, and the pass gives up (returns
 * undefined) at the first record that says otherwise. Either pass builds the same nodes
 * from the records it read, so a shared table has nothing extra after one gave up.
 */
function readRecords(lines: TextLines, headers: Headers | undefined, shared?: SharedTable, window?: TimeWindow): { profile: Profile } | { reason: string } | undefined {
  // Without headers: the one event, whether its records print periods, and the periods seen.
  const events = headers ? headers.events : [];
  let periods = headers ? headers.periods : false;
  const oneEventPeriods: number[] = [];
  const filter = window ? new WindowFilter(window) : undefined;

  const columns = headers ? events.length : 1;
  const builder = new CallTreeBuilder(columns, lines.byteLength / 16, shared);
  const values = new Float64Array(columns);
  const stack: number[] = []; // leaf first, as perf prints it
  const path: number[] = [];
  let current: { event: number; comm: string; java: boolean; period: number; keep: boolean } | null = null;
  let record = 0;
  // Each frame as written (symbol, module, and whether in a JVM), to its function.
  const frameIds = new Map<string, number>();
  // Each stack line as written is an entry, parsed once (a line repeats in every record
  // through it), apart for the JVM and the rest (a JVM's frames are named otherwise). An entry
  // keeps its function (-1 for a frame left out) and the two entries that followed it last:
  // a line's return address fixes its caller's line in most records, and a guess checked by
  // one string comparison costs a seventh of a hash lookup (145 MB of perf script: 1.1 s of
  // lookups before). The last follower alone was right for 79% of the lines of FlameGraph's
  // example-perf-stacks and 64% of the bench's; one of the last two for 90% and 81%.
  const lineEntries = [new Map<string, number>(), new Map<string, number>()];
  const entryLine: string[] = [];
  const entryId: number[] = [];
  const entryNext: number[] = []; // each entry's last two followers: [entry * 2] the latest, [entry * 2 + 1] the one before
  const firstEntry = [-1, -1, -1, -1]; // the same for the line after a record's leaf, by table: [table * 2] the latest
  let previous = -1; // the entry of the record's line before, -1 after its leaf
  // A record's leaf line holds the sampled instruction's address, which differs from sample
  // to sample in real recordings: it is not kept (1 GB of such records kept 830 MB of
  // lines). The lines above it hold return addresses, as many as the call sites.
  let frames = 0; // stack lines of the record so far
  let stacked = 0; // records with a stack line
  let unrecognized = 0;
  let firstUnrecognized = 0;
  const flush = () => {
    if (current && frames > 0) stacked++;
    frames = 0;
    if (!current) return;
    if (!current.keep) {
      current = null;
      stack.length = 0;
      return;
    }
    path.length = 0;
    path.push(builder.functionId(current.comm));
    for (let i = stack.length - 1; i >= 0; i--) path.push(stack[i]);
    values.fill(0);
    values[current.event] = periods ? current.period : 1;
    builder.addStack(path, values, 1);
    current = null;
    stack.length = 0;
  };
  /** Records that `entry` followed the previous line, and pushes its function. */
  const follow = (table: number, entry: number) => {
    const next = previous >= 0 ? entryNext : firstEntry;
    const at = previous >= 0 ? previous * 2 : table * 2;
    if (next[at] !== entry) {
      next[at + 1] = next[at];
      next[at] = entry;
    }
    previous = entry;
    frames++;
    if (entryId[entry] >= 0) stack.push(entryId[entry]);
  };
  const ended = lines.forEachLine((line, lineNo) => {
    if (current && frames > 0 && line.length > 0 && isSpace(line.charCodeAt(0))) {
      const table = current.java ? 1 : 0;
      const next = previous >= 0 ? entryNext : firstEntry;
      const at = previous >= 0 ? previous * 2 : table * 2;
      const latest = next[at];
      const earlier = next[at + 1];
      const entry = latest >= 0 && entryLine[latest] === line ? latest : earlier >= 0 && entryLine[earlier] === line ? earlier : lineEntries[table].get(line);
      if (entry !== undefined) {
        follow(table, entry);
        return;
      }
    }
    // Anything but a known stack line starts the guesses again, unless it is a new one.
    const before = previous;
    previous = -1;
    if (line.startsWith('#')) return;
    if (line.trim() === '') {
      flush();
      return;
    }
    const header = parseHeader(line);
    if (header) {
      flush();
      let e = 0;
      let period = 1;
      if (headers) {
        e = headers.recordEvents[record];
        period = !periods ? 1 : headers.recordPeriods[record] >= 0 ? headers.recordPeriods[record] : headers.typical[e];
      } else {
        // One event, and a period on every record or on none: else the headers are read first.
        const event = header.event ?? '';
        if (record === 0) {
          events.push(event);
          periods = header.period >= 0;
        } else if (event !== events[0] || header.period >= 0 !== periods) return false;
        if (periods) oneEventPeriods.push((period = header.period));
      }
      if (!(period < LIMITS.value)) throw hugePeriod(lineNo);
      const comm = header.comm.replace(/ /g, '_');
      current = { event: e, comm, java: comm === 'java', period, keep: !filter || filter.keep(header.time - headers!.origin) };
      record++;
      return;
    }
    const frame = current ? parseFrame(line) : null;
    if (!current || !frame) {
      if (unrecognized++ === 0) firstUnrecognized = lineNo;
      return;
    }
    // A frame without a symbol is `[unknown]`, as stackcollapse-perf reads it.
    const module = frame.module ?? '';
    const { symbol } = frame;
    const key = `${current.java ? 'j' : ''}\u0000${module}\u0000${symbol}`;
    let id = frameIds.get(key);
    if (id === undefined) {
      const name = frameName(symbol, module, current.comm);
      // The DSO tells system libraries (libc.so.6) from the program's own code.
      id = name === null ? -1 : builder.functionId(name, '', module === '[unknown]' ? '' : module);
      frameIds.set(ownCopy(key), id); // a key made of slices kept their 64 KiB pieces alive
    }
    if (frames === 0 || entryLine.length >= MAX_LINE_ENTRIES) {
      // The leaf (or past the cap): parsed, not kept; the next line is guessed from the record's start.
      frames++;
      if (id >= 0) stack.push(id);
      return;
    }
    const entry = entryLine.push(ownCopy(line)) - 1;
    entryId.push(id);
    entryNext.push(-1, -1);
    lineEntries[current.java ? 1 : 0].set(entryLine[entry], entry);
    previous = before;
    follow(current.java ? 1 : 0, entry);
  });
  if (!ended) return undefined;
  flush();
  if (events.length === 0) return noRecords();
  if (stacked === 0) return { reason: WITHOUT_STACKS };
  const typical = headers ? headers.typical : [median(oneEventPeriods)];
  const notes = [...builder.notes(), ...lines.utf8Note()];
  if (unrecognized > 0) notes.push(`${unrecognized} line${unrecognized === 1 ? '' : 's'} not in perf script form skipped (first: line ${firstUnrecognized})`);
  if (periods && headers && headers.withoutPeriod > 0) notes.push(`${headers.withoutPeriod} record${headers.withoutPeriod === 1 ? '' : 's'} without a period, among ${headers.withPeriod} with one: each weighs its event's median period`);
  return {
    profile: {
      format: 'perf-script',
      // One sample type per event, in its periods (records are the sampling events).
      sampleTypes: events.map((event) => ({ type: event || 'samples', unit: periods ? unitOf(event) : 'count' })),
      defaultSampleType: 0, // the first event, as stackcollapse-perf
      // One sampling event is a record of the typical (median) period: `perf record -F`
      // starts each thread at a period of 1 and raises it, so the smallest says nothing.
      ...(periods ? { eventValues: typical } : {}),
      tree: builder.build(),
      ...(filter ? { window: filter.result() } : {}),
      notes,
    },
  };
}

/** The median of the values (the upper one of an even count); 0 for none. */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}

/** Names a frame as stackcollapse-perf.pl does; null for frames it skips. */
function frameName(symbol: string, module: string, comm: string): string | null {
  // Linux 4.8+ prints symbol offsets (`cpu_startup_entry+0x800047c022ec`).
  let name = symbol.replace(/\+0x[0-9a-f]+$/, '');
  // Process names, as stackcollapse-perf skips them; `(anonymous namespace)::run` is a function.
  if (/^\([^()]*\)$/.test(name)) return null;
  if (name === '') name = '[unknown]';
  else if (name === '[unknown]') {
    name = module !== '' && module !== '[unknown]' ? `[${module.slice(module.lastIndexOf('/') + 1)}]` : '[unknown]';
  } else {
    // The argument list is noise; parentheses inside the name (Go's `(*Client).Do`, C++'s
    // `bool (int)` template arguments, `{lambda(int)#1}`, `(anonymous namespace)`) are not.
    // `;` is folded stacks' separator (and a JVM class name's end).
    name = frameIdentity(withoutArguments(name)).replace(/;/g, ':').replace(/["']/g, '');
    // Java: `Lorg/mozilla/Foo;.call` becomes `org/mozilla/Foo:.call`.
    if (comm === 'java' && name.includes('/')) name = name.replace(/^L/, '');
  }
  // Kernel frames are marked, as stackcollapse-perf marks them; JIT frames (perf-PID.map)
  // are not: the tier a function ran in is not its identity.
  if (/^\[|vmlinux$/.test(module) && !module.includes('unknown')) name += '_[k]';
  return name;
}
