// Linux `perf script` text: one record per sample, a header line (`comm pid [cpu] time:
// [period] event:`) and the stack below it, leaf first, one `address symbol (dso)` per
// line. Frames are named as Brendan Gregg's stackcollapse-perf.pl --all names them, so a
// perf file and its folded form compare alike: the process name as root, arguments cut,
// kernel frames `_[k]`, JIT frames `_[j]`, unknown symbols by their module.
// https://github.com/brendangregg/FlameGraph/blob/master/stackcollapse-perf.pl
import { CallTreeBuilder, type Profile, type SharedTable } from '../model/call-tree';

/** A header line: comm (may hold spaces), then the pid or pid/tid. */
const HEADER = /^(\S.*?)\s+(\d+)(?:\/\d+)?\s/;
/** A stack line: address, symbol, and the module in parentheses. */
const FRAME = /^\s+([0-9a-fA-F]+)\s+(.*?)(?:\s+\(([^()]*)\))?\s*$/;
/** A stack line without a symbol: address and module only. */
const BARE_FRAME = /^\s+([0-9a-fA-F]+)\s+\(([^()]*)\)\s*$/;

/** True when `text` starts (after `#` comments) like perf script output: a header, then an indented address. */
export function looksLikePerfScript(text: string): boolean {
  const lines = text.slice(0, 64 * 1024).split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    if (line.startsWith('#') || line.trim() === '') continue;
    return HEADER.test(line) && eventOf(line) !== null && FRAME.test(lines[i + 1]);
  }
  return false;
}

/**
 * The event of a header line: its last token ending in ':', without perf's modifiers
 * (`cycles:u`, `cpu-clock:ppp` are `cycles`, `cpu-clock`), so that `--sample-type cycles`
 * finds it and runs recorded with other modifiers compare.
 */
function eventOf(header: string): string | null {
  const m = /(\S+):\s*$/.exec(header);
  return m ? m[1].replace(/:[ukhHGIpPSDWeb]{1,4}$/, '') : null; // perf's event modifiers only
}

/** Returns the profile in perf script `text`, or why it holds none. */
export function tryParsePerfScript(text: string, shared?: SharedTable): { profile: Profile } | { reason: string } {
  // Two passes over the lines, none kept: the events first (one sample type each), then
  // the records, straight into the call tree. perf files run to hundreds of megabytes.
  const events: string[] = [];
  forEachLine(text, (line) => {
    if (line === '' || line.startsWith('#') || /^\s/.test(line) || !HEADER.test(line)) return;
    const event = eventOf(line) ?? '';
    if (!events.includes(event)) events.push(event);
  });
  if (events.length === 0) return { reason: 'no perf script sample (expected a line such as "comm 1234 5.678: cycles:" and its stack below)' };

  const builder = new CallTreeBuilder(events.length, text.length / 16, shared);
  const values = new Float64Array(events.length);
  const stack: number[] = []; // leaf first, as perf prints it
  const path: number[] = [];
  let current: { event: number; comm: string } | null = null;
  let unrecognized = 0;
  let firstUnrecognized = 0;
  const flush = () => {
    if (!current) return;
    path.length = 0;
    path.push(builder.functionId(current.comm));
    for (let i = stack.length - 1; i >= 0; i--) path.push(stack[i]);
    values.fill(0);
    values[current.event] = 1;
    builder.addStack(path, values, 1);
    current = null;
    stack.length = 0;
  };
  forEachLine(text, (line, lineNo) => {
    if (line.startsWith('#')) return;
    if (line.trim() === '') {
      flush();
      return;
    }
    const header = /^\s/.test(line) ? null : HEADER.exec(line);
    if (header) {
      flush();
      current = { event: events.indexOf(eventOf(line) ?? ''), comm: header[1].replace(/ /g, '_') };
      return;
    }
    const bare = current ? BARE_FRAME.exec(line) : null;
    const frame = bare ? null : current ? FRAME.exec(line) : null;
    if (!current || (!frame && !bare)) {
      if (unrecognized++ === 0) firstUnrecognized = lineNo;
      return;
    }
    // A frame without a symbol is `[unknown]`, as stackcollapse-perf reads it.
    const module = bare ? bare[2] : frame![3] ?? '';
    const name = frameName(bare ? '' : frame![2], module, current.comm);
    // The DSO tells system libraries (libc.so.6) from the program's own code.
    if (name !== null) stack.push(builder.functionId(name, '', module === '[unknown]' ? '' : module));
  });
  flush();
  const notes = builder.notes();
  if (unrecognized > 0) notes.push(`${unrecognized} line${unrecognized === 1 ? '' : 's'} not in perf script form skipped (first: line ${firstUnrecognized})`);
  return {
    profile: {
      format: 'perf-script',
      // One sample type per event, counted in samples, as stackcollapse-perf counts them.
      sampleTypes: events.map((event) => ({ type: event || 'samples', unit: 'count' })),
      defaultSampleType: 0, // the first event, as stackcollapse-perf
      tree: builder.build(),
      notes,
    },
  };
}

/** Calls `f` with each line of `text` (without its line break) and its number, from 1. */
function forEachLine(text: string, f: (line: string, lineNo: number) => void): void {
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    f(line, ++lineNo);
    start = end + 1;
  }
}

/** Names a frame as stackcollapse-perf.pl does; null for frames it skips. */
function frameName(symbol: string, module: string, comm: string): string | null {
  // Linux 4.8+ prints symbol offsets (`cpu_startup_entry+0x800047c022ec`).
  let name = symbol.replace(/\+0x[0-9a-f]+$/, '');
  if (name.startsWith('(')) return null; // process names
  if (name === '') name = '[unknown]';
  else if (name === '[unknown]') {
    name = module !== '' && module !== '[unknown]' ? `[${module.replace(/.*\//, '')}]` : '[unknown]';
  } else {
    name = name.replace(/;/g, ':');
    // Arguments are noise, but Go methods (`net/http.(*Client).Do`) and C++'s anonymous
    // namespace keep their parentheses.
    if (!/\.\(.*\)\./.test(name)) name = name.replace(/\((?!anonymous namespace\)).*/, '');
    name = name.replace(/["']/g, '');
    // Java: `Lorg/mozilla/Foo;.call` becomes `org/mozilla/Foo:.call`.
    if (comm === 'java' && name.includes('/')) name = name.replace(/^L/, '');
  }
  if (/^\[|vmlinux$/.test(module) && !module.includes('unknown')) name += '_[k]';
  else if (/\/tmp\/perf-\d+\.map/.test(module)) name += '_[j]';
  return name;
}
