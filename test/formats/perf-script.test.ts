import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { computeFunctionValues } from '../../src/diff/align';
import { parseProfile } from '../../src/formats/detect';
import { SharedTable, type Profile } from '../../src/model/call-tree';
import { fixture, hasShared, loadFixture } from '../fixtures';

/** Per-function self and total of a profile's sample type, by name. */
function table(profile: Profile, typeIndex = profile.defaultSampleType): Map<string, [number, number]> {
  const v = computeFunctionValues(profile.tree, typeIndex);
  return new Map(profile.tree.names.map((name, fn) => [name, [v.self[fn], v.total[fn]]] as [string, [number, number]]).filter(([, [s, t]]) => s !== 0 || t !== 0));
}

const text = (s: string) => parseProfile(Buffer.from(s), 'x');

describe('perf script', () => {
  it('reads records, names frames as stackcollapse-perf --all and roots them at the process', () => {
    const profile = text([
      '# cmdline : /usr/bin/perf record -g',
      'java 3244 [001] 12.345: 250000 cpu-clock:u: ',
      '\t    7f1e214c24d9 StealTask::do_it(GCTaskManager*, unsigned int) (/usr/lib/libjvm.so)',
      '\t    ffffffff8104f45a native_safe_halt+0x6 ([kernel.kallsyms])',
      '\t    7f1e2162ad6f Lorg/mozilla/Foo;.call(Lorg/Bar;)V (/tmp/perf-3236.map)',
      '\t    7f1e2162ad70 [unknown] (/lib/x86_64-linux-gnu/libc-2.15.so)',
      '\t    7f1e2162ad71 net/http.(*Client).Do (/usr/bin/server)',
      '',
      'V8 WorkerThread 25607/25610 4794564.109216: cpu-clock:u: ',
      '\t    7f1e2162ad72 [unknown] ([unknown])',
      '',
    ].join('\n'));
    expect(profile.format).toBe('perf-script');
    // Modifiers (`:u`) left out; periods in nanoseconds, the record without one at the median.
    expect(profile.sampleTypes).toEqual([{ type: 'cpu-clock', unit: 'nanoseconds' }]);
    const t = table(profile);
    expect([...t.keys()].sort()).toEqual([
      'StealTask::do_it', 'V8_WorkerThread', '[libc-2.15.so]', '[unknown]', 'java', 'native_safe_halt_[k]', 'net/http.(*Client).Do', 'org/mozilla/Foo:.call',
    ].sort());
    // Leaf first in the file: StealTask::do_it is the leaf, net/http... the outermost frame.
    expect(t.get('StealTask::do_it')).toEqual([250000, 250000]);
    expect(t.get('java')).toEqual([0, 250000]);
    expect(t.get('V8_WorkerThread')).toEqual([0, 250000]);
  });

  it('names events without their modifiers, tracepoints whole', () => {
    const types = (header: string) => text(`a 1 1.0: ${header}\n\t 1 f (/x)\n`).sampleTypes.map((t) => t.type);
    expect(types('1000 cycles:ppp: ')).toEqual(['cycles']);
    expect(types('cpu-clock:u: ')).toEqual(['cpu-clock']);
    expect(types('sched:sched_switch: ')).toEqual(['sched:sched_switch']);
    expect(types('probe:foo: ')).toEqual(['probe:foo']);
  });

  it('keeps each event a sample type of its own', () => {
    const profile = text('a 1 1.0: cycles: \n\t 1 f (/x)\n\na 1 1.1: instructions: \n\t 2 g (/x)\n\na 1 1.2: cycles: \n\t 3 g (/x)\n');
    expect(profile.sampleTypes.map((s) => s.type)).toEqual(['cycles', 'instructions']);
    expect(table(profile, 0).get('g')).toEqual([1, 1]);
    expect(table(profile, 1).get('g')).toEqual([1, 1]);
    expect(table(profile, 1).get('f')).toBeUndefined();
  });

  it.skipIf(!hasShared)('gives the same per-function values as stackcollapse-perf --all on FlameGraph\'s fixtures', () => {
    for (const name of ['perf-vertx-stacks-01', 'perf-java-stacks-01', 'perf-cycles-instructions-01']) {
      const source = readFileSync(fixture('flamegraph-gregg', `${name}.txt`), 'utf8');
      const perf = parseProfile(Buffer.from(source), name);
      // stackcollapse-perf.pl saves a stack at a blank line only, so it drops the last record
      // of a file that ends without one; flamegate counts every record.
      const headers = source.split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('#'));
      const firstEvent = / (\S+):\s*$/.exec(headers[0])![1];
      const records = headers.filter((line) => line.trimEnd().endsWith(` ${firstEvent}:`)).length;
      expect(computeFunctionValues(perf.tree, perf.defaultSampleType).sum, name).toBe(records);
      const complete = /\n\s*\n\s*$/.test(source) ? source : source.slice(0, source.lastIndexOf('\n\n') + 1);
      const folded = loadFixture(fixture('flamegraph-gregg', `${name}-collapsed-all.txt`));
      expect(table(parseProfile(Buffer.from(complete), name)), name).toEqual(table(folded));
    }
  });

  it.skipIf(!hasShared)('reads perf output of Go, Rust, Java with inlined frames, forks and a whole system', () => {
    const files = [
      ['inferno', 'collapse-perf__go-stacks.txt'],
      ['inferno', 'collapse-perf__java-inline.txt'],
      ['flamegraph-gregg', 'perf-rust-Yamakaky-dcpu.txt'],
      ['flamegraph-gregg', 'perf-iperf-stacks-pidtid-01.txt'],
      ['speedscope', 'linux-perf__system-wide.linux-perf.txt'],
      ['speedscope', 'linux-perf__forks.linux-perf.txt'],
    ];
    for (const [dir, file] of files) {
      const profile = loadFixture(fixture(dir, file));
      expect(profile.format, file).toBe('perf-script');
      expect(computeFunctionValues(profile.tree, 0).sum, file).toBeGreaterThan(0);
    }
    const gz = parseProfile(gunzipSync(readFileSync(fixture('flamegraph-gregg', 'example-perf-stacks.txt.gz'))), 'example');
    expect(gz.format).toBe('perf-script');
    expect([...table(gz).keys()].some((n) => n.endsWith('_[k]'))).toBe(true);
  });
});

describe('perf script read by guessing each stack line from the one before', () => {
  it('gives the tree of the same stacks as folded text, whether the guesses hold or fail', () => {
    // Records whose stacks share callers and differ at every depth, so that a line's guess
    // (the line that followed it last) holds in some records and fails in others; the JVM's
    // and a plain process's records interleave, as they name one line differently.
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const perf: string[] = [];
    const folded: string[] = [];
    for (let r = 0; r < 3000; r++) {
      const comm = random() < 0.3 ? 'java' : 'app';
      const depth = 1 + Math.floor(random() * 8);
      const frames = Array.from({ length: depth }, (_, d) => Math.floor(random() ** 2 * (d + 3)));
      const period = 1000 + Math.floor(random() * 10);
      perf.push(`${comm} 42 [000] ${r}.000001: ${period} cycles: `);
      // Leaf first; a JVM class name (Lpkg/C;) reads otherwise in a java process.
      for (let d = depth - 1; d >= 0; d--) perf.push(`\t    ${(0x1000 + d * 64 + frames[d]).toString(16)} Lpkg/C${frames[d]};.f${d} (/srv/app)`);
      perf.push('');
      const names = frames.map((f, d) => (comm === 'java' ? `pkg/C${f}:.f${d}` : `Lpkg/C${f}:.f${d}`));
      folded.push(`${comm};${names.join(';')} ${period}`);
    }
    const fromPerf = table(text(perf.join('\n')));
    const fromFolded = table(text(folded.join('\n')));
    expect(fromPerf.size).toBeGreaterThan(50);
    expect(fromPerf).toEqual(fromFolded);
  });
});

describe('perf script in one pass or two', () => {
  // Records of one event with periods, read in one pass; a window over all of them takes
  // the headers first, as does a second event or a record without a period late in the file.
  const records = Array.from({ length: 400 }, (_, r) => [
    `app 42 [000] ${r + 1}.000001: ${1000 + (r % 7)} cycles: `,
    `\t    ${(0x1000 + (r % 5)).toString(16)} leaf${r % 5} (/srv/app)`,
    `\t    2000 mid${r % 3} (/srv/app)`,
    '\t    3000 main (/srv/app)',
    '',
  ].join('\n'));
  const all = { start: 0, end: Infinity };

  it('reads a file of one event alike in one pass and, with a window over all of it, in two', () => {
    const one = text(records.join('\n'));
    const two = parseProfile(Buffer.from(records.join('\n')), 'x', { window: all });
    expect(two.window?.kept).toBe(400);
    expect(table(one)).toEqual(table(two));
    expect(one.eventValues).toEqual([1003]);
    expect(one.notes).toEqual(two.notes);
  });

  it('gives up the one pass at a second event or a record without a period, however late, and reads both passes into a shared table alike', () => {
    const late = [...records, 'app 42 [000] 500.000001: 5000 instructions: \n\t    4000 other (/srv/app)\n\t    3000 main (/srv/app)\n'].join('\n');
    const shared = new SharedTable();
    const mixed = parseProfile(Buffer.from(late), 'late', { shared });
    expect(mixed.sampleTypes.map((t) => t.type)).toEqual(['cycles', 'instructions']);
    expect(table(mixed, 0)).toEqual(table(text(records.join('\n'))));
    expect([...table(mixed, 1)].sort()).toEqual([['app', [0, 5000]], ['main', [0, 5000]], ['other', [5000, 5000]]]);
    // The same file read alone: the shared table holds nothing from the pass given up.
    expect(mixed.tree.names).toEqual(text(late).tree.names);
    expect(mixed.tree.parent.length).toBe(text(late).tree.parent.length);

    const unperiodic = [...records, 'app 42 [000] 500.000001: cycles: \n\t    3000 main (/srv/app)\n'].join('\n');
    const weighed = text(unperiodic);
    expect(weighed.notes).toContain("1 record without a period, among 400 with one: each weighs its event's median period");
    expect(table(weighed).get('main')).toEqual([1003, table(text(records.join('\n'))).get('main')![1] + 1003]);
  });
});
