// Issue 15: inputs that profilers write and tools misread (../shared/cases/formats), each
// read the way its profiler means it. Each right value is asserted on the file; the same
// kind in other profilers' output is asserted on inputs written here.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Function as PprofFunction, Line, Location, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { compareFiles, type CompareRequest } from '../../src/compare-files';
import { computeFunctionValues } from '../../src/diff/align';
import { analyze } from '../../src/engine';
import { parseProfile } from '../../src/formats/detect';
import { frameIdentity, withoutArguments } from '../../src/formats/frame-names';
import { tryParsePprof } from '../../src/formats/pprof';
import { tryParsePprofFast } from '../../src/formats/pprof-fast';
import type { Profile } from '../../src/model/call-tree';
import { allFunctions } from '../../src/report/report';
import { defaultConfig } from '../../src/rules/config';
import { foldedRuns } from '../profiles';

const CASES = resolve(__dirname, '..', '..', '..', 'shared', 'cases', 'formats');
const hasCases = existsSync(CASES);
if (!hasCases) console.warn(`skipping the format cases of issue 15: ${CASES} is absent (place the shared/ folder beside the checkout)`);
const at = (...parts: string[]) => join(CASES, ...parts);

/** Compares two case files, one run a side, with the default rules. */
async function verdictOf(baseline: string, candidate: string, request: Partial<CompareRequest> = {}) {
  const { report } = await compareFiles({ baseline: [at(baseline)], candidate: [at(candidate)], ...request });
  return report;
}

/** Per-function self and total of a profile's default sample type, by name. */
function table(profile: Profile, typeIndex = profile.defaultSampleType): Map<string, [number, number]> {
  const v = computeFunctionValues(profile.tree, typeIndex);
  return new Map(profile.tree.names.map((name, fn) => [name, [v.self[fn], v.total[fn]]] as [string, [number, number]]).filter(([, [s, t]]) => s !== 0 || t !== 0));
}

const parse = (text: string | Buffer, source = 'x') => parseProfile(typeof text === 'string' ? Buffer.from(text) : text, source);

describe.skipIf(!hasCases)('perf records of unequal period', () => {
  it('weighs each record by its period, in the event\'s unit, and fails the doubled function', async () => {
    const profile = parse(readFileSync(at('perf-cycles-varying-period.txt')));
    expect(profile.sampleTypes).toEqual([{ type: 'cycles', unit: 'cycles' }]);
    expect(table(profile).get('compress')).toEqual([9_000_000, 9_000_000]);
    expect(table(profile).get('main')).toEqual([0, 10_000_000]);
    const report = await verdictOf('perf-cycles-varying-period.txt', 'perf-cycles-varying-period-cand.txt');
    expect(report.verdict).toBe('fail');
    const compress = report.violations.find((v) => v.function === 'compress')!;
    expect([compress.baseline, compress.candidate, compress.ofBaselineTotal]).toEqual([9_000_000, 18_000_000, 0.9]);
  });
});

describe('perf periods in every event', () => {
  it('reads cpu-clock periods as nanoseconds and counts records without a period', () => {
    const clock = parse('a 1 1.0: 1001001 cpu-clock:ppp: \n\t 1 f (/x)\n\na 1 1.1: 1001001 cpu-clock:ppp: \n\t 1 f (/x)\n');
    expect(clock.sampleTypes).toEqual([{ type: 'cpu-clock', unit: 'nanoseconds' }]);
    expect(table(clock).get('f')).toEqual([2_002_002, 2_002_002]);
    const bare = parse('a 1 1.0: cpu-clock: \n\t 1 f (/x)\n\na 1 1.1: cpu-clock: \n\t 1 f (/x)\n');
    expect(bare.sampleTypes).toEqual([{ type: 'cpu-clock', unit: 'count' }]);
    expect(table(bare).get('f')).toEqual([2, 2]);
  });
});

describe.skipIf(!hasCases)('C++ templates and lambdas in perf script', () => {
  it('keeps whole demangled names, cuts only the argument list, and fails the lambda that grew', async () => {
    const names = [...table(parse(readFileSync(at('perf-cpp-templates-base.txt')))).keys()].sort();
    expect(names).toEqual([
      '(anonymous namespace)::Worker::run',
      'bench',
      'core::array::<impl core::default::Default for [T: _]>::default',
      'main',
      'std::_Function_handler<bool (double), main::{lambda(double)#2}>::_M_invoke',
      'std::_Function_handler<bool (int), main::{lambda(int)#1}>::_M_invoke',
    ]);
    const report = await verdictOf('perf-cpp-templates-base.txt', 'perf-cpp-templates-cand.txt');
    expect(report.verdict).toBe('fail');
    expect(report.violations.map((v) => v.function)).toEqual(['std::_Function_handler<bool (double), main::{lambda(double)#2}>::_M_invoke']);
  });

  it('cuts argument lists of every shape, and leaves names without one whole', () => {
    const cases: [string, string][] = [
      ['foo(int)', 'foo'],
      ['Foo::bar(int) const', 'Foo::bar'],
      ['Foo::bar(int) const &&', 'Foo::bar'],
      ['Foo::baz(std::vector<int, std::allocator<int> > const&) [clone .cold]', 'Foo::baz'],
      ['main::{lambda(int)#1}::operator()(int) const', 'main::{lambda(int)#1}::operator()'],
      ['Foo::operator()', 'Foo::operator()'],
      ['(anonymous namespace)::run(int)', '(anonymous namespace)::run'],
      ['(anonymous namespace)', '(anonymous namespace)'],
      ['net/http.(*Client).Do', 'net/http.(*Client).Do'],
      ['Lorg/mozilla/Foo;.call(Lorg/Bar;)V', 'Lorg/mozilla/Foo;.call'],
      ['Lio/netty/Foo;.read(Lio/netty/Buf;)Lio/ne', 'Lio/netty/Foo;.read'],
      ['truncated(std::vector<int', 'truncated'],
      ['plain_c_function', 'plain_c_function'],
    ];
    for (const [name, want] of cases) expect(withoutArguments(name), name).toBe(want);
  });
});

describe.skipIf(!hasCases)('async-profiler frame annotations', () => {
  it('reads `_[j]`, `_[i]` as the frame\'s tier, not its identity: one method, PASS', async () => {
    const names = [...table(parse(readFileSync(at('asprof-annotated-base.txt')))).keys()];
    expect(names).toContain('java.lang.StringBuilder.delete');
    expect(names.filter((n) => /_\[[ij]\]$/.test(n))).toEqual([]);
    const report = await verdictOf('asprof-annotated-base.txt', 'asprof-annotated-cand.txt');
    expect(report.verdict).toBe('pass');
    const del = allFunctions(report).find((f) => f.name === 'java.lang.StringBuilder.delete')!;
    expect([del.baseline.total, del.candidate.total]).toEqual([1098, 1098]);
  });
});

describe('frame identity', () => {
  it('drops what changes from run to run or build to build, and keeps the rest', () => {
    const cases: [string, string][] = [
      ['delete_[i]', 'delete'], ['run_[j]', 'run'], ['interp_[0]', 'interp'], ['c1_[1]', 'c1'],
      ['do_syscall_64_[k]', 'do_syscall_64_[k]'], // kernel: a place, kept (and read by the machine-frame rules)
      ['parse (bench.py:12)', 'parse (bench.py)'], ['<module> (/home/ci/a/bench.py:41)', '<module> (/home/ci/a/bench.py)'],
      ['parse (bench.py)', 'parse (bench.py)'],
      ['/app/bench.py:parse:12', '/app/bench.py:parse'], ['bench.py:<module>:1', 'bench.py:<module>'],
      ['process 4242:"python bench.py"', 'process "python bench.py"'],
      ['thread (0x7F3A2B1C0740)', 'thread'], ['thread (0x7F3A2B1C0740): "worker-1"', 'thread: "worker-1"'],
      ['[main tid=1234]', '[main]'],
      ['core::ptr::drop_in_place<alloc::vec::Vec<u8>>::h67c9877e6f2a615c', 'core::ptr::drop_in_place<alloc::vec::Vec<u8>>'],
      ['main.main', 'main.main'], ['f(x:3)', 'f(x:3)'], ['count 12', 'count 12'],
    ];
    for (const [name, want] of cases) expect(frameIdentity(name), name).toBe(want);
  });
});

describe.skipIf(!hasCases)('py-spy frames', () => {
  it('compares functions by name and file, not line: one line added at the top, PASS', async () => {
    expect([...table(parse(readFileSync(at('pyspy-raw-lineno-base.txt')))).keys()]).toContain('parse (bench.py)');
    expect((await verdictOf('pyspy-raw-lineno-base.txt', 'pyspy-raw-lineno-cand.txt')).verdict).toBe('pass');
  });

  it('never makes a run new by its process and thread ids: PASS', async () => {
    const names = [...table(parse(readFileSync(at('pyspy-raw-threads-subprocesses-run1.txt')))).keys()];
    expect(names).toEqual(expect.arrayContaining(['process "python bench.py"', 'thread']));
    const report = await verdictOf('pyspy-raw-threads-subprocesses-run1.txt', 'pyspy-raw-threads-subprocesses-run2.txt');
    expect(report.verdict).toBe('pass');
    expect(allFunctions(report).filter((f) => f.status !== 'both')).toEqual([]);
  });
});

describe.skipIf(!hasCases)('pprof values', () => {
  it('refuses a saved diff (negative values) in one line with the exact value', async () => {
    await expect(verdictOf('pprof-negative-values-small.pb.gz', 'pprof-no-period-cand.pb.gz')).rejects.toThrow(
      /^baseline '[^']*pprof-negative-values-small\.pb\.gz': sample 0 has the value -1 \(cpu\/nanoseconds\), below zero: a saved difference of two profiles \(pprof -diff_base -proto\), not a profile; expected the two profiles it was made from, as --baseline and --candidate$/,
    );
    await expect(verdictOf('pprof-no-period-base.pb.gz', 'pprof-diffbase-negative.pb.gz')).rejects.toThrow(/sample 2 has the value -2000000000 \(cpu\/nanoseconds\)/);
  });

  it('counts sampling events by the smallest value step where a profile has no period and no count: FAIL', async () => {
    const report = await verdictOf('pprof-no-period-base.pb.gz', 'pprof-no-period-cand.pb.gz');
    expect(report.verdict).toBe('fail');
    expect(report.violations.map((v) => [v.function, v.baseline, v.candidate])).toEqual([['main.encodeJSON', 1e9, 2e9]]);
    expect(report.notes.join('\n')).toMatch(/no sampling period and no count: its sampling noise assumes one sample per 10 ms/);
  });
});

/** A pprof profile of one cpu/nanoseconds type whose samples hold `values`, each at its own function. */
function pprofOf(values: bigint[]): Uint8Array {
  const strings = new StringTable();
  const fns = values.map((_, i) => new PprofFunction({ id: i + 1, name: strings.dedup(`f${i}`) }));
  const locations = values.map((_, i) => new Location({ id: i + 1, line: [new Line({ functionId: i + 1 })] }));
  return new PprofProfile({
    sampleType: [new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
    sample: values.map((v, i) => new Sample({ locationId: [i + 1], value: [v] })),
    function: fns, location: locations, stringTable: strings,
  }).encode();
}

describe('pprof int64 values', () => {
  it('reads large values exactly in both readers, and names a negative one exactly', () => {
    const big = pprofOf([2n ** 40n + 1n, 5_000_000_000n, 1n]);
    for (const read of [tryParsePprofFast, tryParsePprof]) {
      const result = read(big);
      if ('reason' in result) throw new Error(result.reason);
      expect(table(result.profile).get('f0')).toEqual([2 ** 40 + 1, 2 ** 40 + 1]);
      expect(table(result.profile).get('f1')).toEqual([5e9, 5e9]);
    }
    // pprof-format writes a negative int64 as its 10-byte two's complement.
    for (const value of [-1n, -3_000_000_000n, -(2n ** 52n)]) {
      expect(() => parse(Buffer.from(pprofOf([5n, value])), 'd.pb')).toThrow(`d.pb: sample 1 has the value ${value} (cpu/nanoseconds), below zero`);
    }
  });
});

describe('paths in identities', () => {
  it('reads a script by its path under the project, so two checkouts of one bundle compare', async () => {
    const cpuprofile = (dir: string) => JSON.stringify({
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2] },
        { id: 2, callFrame: { functionName: '', url: `file://${dir}/dist/x.js`, lineNumber: 4 }, children: [3, 4] },
        { id: 3, callFrame: { functionName: 'parse', url: `file://${dir}/node_modules/p/index.js`, lineNumber: 1 } },
        { id: 4, callFrame: { functionName: 'readFile', url: 'node:fs', lineNumber: 1 } },
      ],
      samples: [3, 3, 4, 2], timeDeltas: [0, 1000, 1000, 1000], startTime: 0, endTime: 4000,
    });
    const a = parse(cpuprofile('/home/ci/a'));
    const b = parse(cpuprofile('/home/ci/b'));
    expect(a.tree.names).toEqual(b.tree.names);
    expect(a.tree.names).toContain('(anonymous) dist/x.js:5'); // where it is defined, as pprof's start line
    expect(a.tree.files[a.tree.names.indexOf('parse')]).toBe('node_modules/p/index.js');
    expect(a.tree.files[a.tree.names.indexOf('readFile')]).toBe('node:fs');
  });

  it('reads py-spy\'s full script paths under the project the same way', () => {
    const names = (dir: string) => [...table(parse(`<module> (${dir}/bench.py:3);parse (${dir}/lib/parse.py:9);loads (/usr/lib/python3.11/json/__init__.py:346) 5\n`)).keys()];
    expect(names('/home/ci/a')).toEqual(['<module> (bench.py)', 'parse (lib/parse.py)', 'loads (/usr/lib/python3.11/json/__init__.py)']);
    expect(names('/home/ci/b')).toEqual(names('/home/ci/a'));
  });
});

describe.skipIf(!hasCases)('differential folded stacks', () => {
  it('refuses difffolded.pl output in one line that says what it is; never a count inside a name', () => {
    expect(() => parse(readFileSync(at('folded-difffolded-two-counts.txt')), 'd.folded')).toThrow(
      /^d\.folded: differential folded stacks \(3 lines with two counts, as difffolded\.pl writes: baseline count, then candidate count\), a pair of profiles in one file; expected the two folded files it was made from, as --baseline and --candidate$/,
    );
  });
});

describe.skipIf(!hasCases)('text encodings', () => {
  it('reads UTF-8 with a byte-order mark, UTF-16, a tab before the count and any line end alike', async () => {
    const plain = table(parse('main;foo 10\nmain;bar 20\nmain;baz 5\n'));
    expect(table(parse(readFileSync(at('encodings', 'bom.folded'))))).toEqual(plain); // CRLF, BOM, no final line break
    expect(table(parse('main;foo 10\rmain;bar 20\rmain;baz 5\r'))).toEqual(plain);
    expect(table(parse(readFileSync(at('encodings', 'tabs.folded'))))).toEqual(table(parse('main;foo 10\nmain;bar 20\n')));
    const utf16 = readFileSync(at('encodings', 'utf16.folded'));
    const base = table(parse(readFileSync(at('encodings', 'base-1.folded'))));
    expect(table(parse(utf16))).toEqual(base);
    const bigEndian = Buffer.from(utf16); // the same text, big-endian with its mark
    bigEndian.swap16();
    expect(table(parse(bigEndian))).toEqual(base);
    expect(table(parse(utf16.subarray(2)))).toEqual(base); // little-endian without a mark
    expect((await verdictOf('encodings/base-*.folded', 'encodings/bom-*.folded')).verdict).toBe('pass');
    const report = await verdictOf('encodings/base-*.folded', 'encodings/bom-*.folded');
    expect(allFunctions(report).filter((f) => f.status !== 'both')).toEqual([]);
  });

  it('strips the byte-order mark of JSON formats too', () => {
    const json = '{"nodes":[{"id":1,"callFrame":{"functionName":"(root)"},"children":[2]},{"id":2,"callFrame":{"functionName":"main"}}],"samples":[2],"timeDeltas":[0],"startTime":0,"endTime":10}';
    expect(table(parse(`\ufeff${json}`))).toEqual(table(parse(json)));
  });
});

describe.skipIf(!hasCases)('Chrome trace events', () => {
  it('imports the CPU profile of a DevTools trace, as an object or a list of events', () => {
    for (const file of ['chrome-trace-profilechunk.json', 'chrome-trace-profilechunk-array.json']) {
      const profile = parse(readFileSync(at(file)));
      expect(profile.format).toBe('chrome-trace');
      expect(profile.sampleTypes[0]).toEqual({ type: 'wall', unit: 'microseconds' });
      const t = table(profile);
      expect(t.get('alpha'), file).toEqual([2000, 6000]);
      expect(t.get('beta'), file).toEqual([4000, 4000]);
      expect(t.get('(program)'), file).toEqual([1000, 1000]);
    }
  });

  it('puts each thread\'s profile under its thread\'s name, without ids, when a trace has several', () => {
    const events = JSON.parse(readFileSync(at('chrome-trace-profilechunk-array.json'), 'utf8')) as { pid: number; tid: number; args: { name?: string } }[];
    const worker = events.map((e) => ({ ...e, pid: 200, tid: 7, args: e.args.name ? { name: 'DedicatedWorker thread' } : e.args }));
    const t = table(parse(JSON.stringify([...events, ...worker])));
    expect(t.get('CrRendererMain')).toEqual([0, 7000]);
    expect(t.get('DedicatedWorker thread')).toEqual([0, 7000]);
    expect(t.get('alpha')).toEqual([4000, 12000]);
  });
});

describe.skipIf(!hasCases)('V8 sampling heap profiles', () => {
  it('reads .heapprofile as space/bytes, not as a .cpuprofile, and fails the growth of buildCache', async () => {
    for (const file of ['node-heap-prof.heapprofile', 'node-heap-prof-nosamples.heapprofile']) {
      const profile = parse(readFileSync(at(file)));
      expect(profile.format).toBe('heapprofile');
      expect(profile.sampleTypes[profile.defaultSampleType]).toEqual({ type: 'space', unit: 'bytes' });
      expect(table(profile).get('buildCache')).toEqual([4194304, 4194304]);
      expect(table(profile).get('main')).toEqual([0, 5242880]);
    }
    const report = await verdictOf('node-heap-prof.heapprofile', 'node-heap-prof-nosamples-cand.heapprofile');
    expect(report.verdict).toBe('fail');
    expect(report.violations[0]).toMatchObject({ function: 'buildCache', baseline: 4 * 2 ** 20, candidate: 40 * 2 ** 20 });
    expect((await verdictOf('node-heap-prof.heapprofile', 'node-heap-prof-nosamples.heapprofile')).verdict).toBe('pass');
  });
});

describe.skipIf(!hasCases)('pprof without symbols', () => {
  it('names an unsymbolized frame by its binary or library, as go tool pprof groups them: a rebuild passes', async () => {
    const names = [...table(parse(readFileSync(at('pprof-addresses-only.pb.gz')))).keys()].sort();
    expect(names).toEqual(['[libc.so.6]', '[server]']);
    const report = await verdictOf('pprof-addresses-only.pb.gz', 'pprof-addresses-only-rebuilt.pb.gz');
    expect(report.verdict).toBe('pass');
    expect(allFunctions(report).filter((f) => f.status !== 'both')).toEqual([]);
  });
});

describe.skipIf(!hasCases)('process names at the root', () => {
  it('compares one program built as before and after, not its file name: no profile made new', async () => {
    const report = await verdictOf('perf-comm/before-perf-1.txt', 'perf-comm/after-perf-1.txt');
    const fns = allFunctions(report);
    expect(fns.find((f) => f.name === 'after')).toMatchObject({ status: 'both' });
    expect(fns.find((f) => f.name === 'before')).toBeUndefined();
    expect(fns.find((f) => f.name === 'checksum')).toMatchObject({ status: 'both' });
    expect(report.notes.join('\n')).toContain('every run\'s stacks start at one frame, named before, after: compared as one frame, after');
  });

  it('does the same for folded stacks rooted at the process (stackcollapse-perf.pl), and keeps several processes apart', () => {
    const compare = (baseline: string, candidate: string) => analyze({ baseline: foldedRuns(baseline), candidate: foldedRuns(candidate), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] }).report;
    const renamed = compare('bench-old;main;work 100\nbench-old;main;io 50\n', 'bench-new;main;work 100\nbench-new;main;io 50\n');
    expect(renamed.verdict).toBe('pass');
    expect(allFunctions(renamed).every((f) => f.status === 'both')).toBe(true);
    const apart = compare('a;main 100\nb;main 50\n', 'a;main 100\nc;main 50\n');
    expect(allFunctions(apart).find((f) => f.name === 'c')).toMatchObject({ status: 'new' });
  });
});

describe.skipIf(!hasCases)('the format each file was read as', () => {
  it('is in the JSON report, the comment\'s details and the terminal', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown');
    const { renderTerminal } = await import('../../src/report/terminal');
    // The trace's profile saved as a .cpuprofile: the same samples, another format.
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-formats-'));
    const cpuprofile = join(dir, 'run.txt');
    writeFileSync(cpuprofile, JSON.stringify({
      nodes: [{ id: 1, callFrame: { functionName: '(root)' }, children: [2, 4] }, { id: 2, callFrame: { functionName: 'alpha' }, children: [3] }, { id: 3, callFrame: { functionName: 'beta' } }, { id: 4, callFrame: { functionName: '(program)' } }],
      samples: [2, 3, 3, 4, 3, 3, 2], timeDeltas: [100, 1000, 1000, 1000, 1000, 1000, 1000], startTime: 1000000, endTime: 1007100,
    }));
    const { report } = await compareFiles({ baseline: [at('chrome-trace-profilechunk.json')], candidate: [cpuprofile] });
    expect(report.verdict).toBe('pass');
    expect(report.baseline.formats).toEqual(['chrome-trace']);
    expect(report.candidate.formats).toEqual(['cpuprofile']);
    expect(renderMarkdown(report)).toMatch(/- baseline \(read as `chrome-trace`\): `[^`]*cases\/formats\/chrome-trace-profilechunk\.json`\n- candidate \(read as `cpuprofile`\): `[^`]*flamegate-formats-\w+\/run\.txt`/);
    expect(renderTerminal(report)).toContain('read as: baseline chrome-trace, candidate cpuprofile');
  });
});

describe('speedscope files', () => {
  it('name a function by its name and file (py-spy\'s <module> of two scripts is two functions), the file under the project', () => {
    const file = (dir: string) => JSON.stringify({
      $schema: 'https://www.speedscope.app/file-format-schema.json',
      shared: { frames: [{ name: '<module>', file: `${dir}/bench.py`, line: 1 }, { name: '<module>', file: `${dir}/lib/util.py`, line: 1 }, { name: 'dumps', file: '/usr/lib/python3.11/json/__init__.py' }] },
      profiles: [{ type: 'sampled', name: 'MainThread', unit: 'seconds', startValue: 0, endValue: 1, samples: [[0, 1], [0, 2]], weights: [0.5, 0.25] }],
    });
    const names = [...table(parse(file('/home/ci/a'))).keys()].sort();
    expect(names).toEqual(['<module> (bench.py)', '<module> (lib/util.py)', 'dumps (/usr/lib/python3.11/json/__init__.py)']);
    expect([...table(parse(file('/home/ci/b'))).keys()].sort()).toEqual(names);
  });
});

describe('py-spy raw lines without a stack', () => {
  it('reads ` 7` (samples without a Python stack) as no frame, without a note', () => {
    const profile = parse('<module> (bench.py:3);parse (bench.py:9) 5\n 7\n');
    expect(profile.notes).toEqual([]);
    expect(table(profile).get('parse (bench.py)')).toEqual([5, 5]);
  });
});

describe.skipIf(!hasCases)('notes of several files', () => {
  it('says a note that files share once, and names an empty run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-notes-'));
    const heap = readFileSync(at('node-heap-prof.heapprofile'), 'utf8');
    for (const i of [1, 2, 3]) writeFileSync(join(dir, `b-${i}.heapprofile`), heap);
    writeFileSync(join(dir, 'c-1.heapprofile'), heap);
    writeFileSync(join(dir, 'c-2.heapprofile'), JSON.stringify({ head: { callFrame: { functionName: '(root)', url: '' }, selfSize: 0, id: 1, children: [] }, samples: [] }));
    const { report } = await compareFiles({ baseline: [join(dir, 'b-*.heapprofile')], candidate: [join(dir, 'c-*.heapprofile')] });
    const interval = report.notes.filter((n) => n.includes('sampling noise assumes'));
    expect(interval).toEqual([expect.stringMatching(/b-1\.heapprofile and 4 more files: sampling noise assumes one sample per 512 KiB, node --heap-prof's default interval \(the file does not say; .*\)$/)]);
    expect(report.notes).toContainEqual(expect.stringMatching(/c-2\.heapprofile: holds no space\/bytes \(an empty profile\): it counts as a run that did nothing$/));
  });
});

describe('perf script, odd but real', () => {
  it('reads a first record without a stack (--call-graph dwarf could not unwind it)', () => {
    const text = 'before 17926 22913.516714:    1001001 cpu-clock:ppp: \n\nbefore 17926 22913.517714:    1001001 cpu-clock:ppp: \n\t  11a6 checksum+0x1d (/home/dev/c/before)\n\t  2724a __libc_start_call_main+0x7a (/usr/lib/libc.so.6)\n\n';
    const profile = parse(text);
    expect(profile.format).toBe('perf-script');
    expect(table(profile).get('checksum')).toEqual([1001001, 1001001]);
    expect(table(profile).get('before')).toEqual([1001001, 2002002]);
  });

  it('weighs a record without a period among ones with a period by the median, with a note', () => {
    const profile = parse('p 1 1.0: 250000 cycles: \n\t 1 work (/x)\n\np 1 1.1: 250000 cycles: \n\t 1 work (/x)\n\np 1 1.2: cycles: \n\t 1 main (/x)\n');
    expect(profile.sampleTypes).toEqual([{ type: 'cycles', unit: 'cycles' }]);
    expect(table(profile).get('main')).toEqual([250000, 250000]);
    expect(profile.notes).toEqual(['1 record without a period, among 2 with one: each weighs its event\'s median period']);
  });

  it('refuses perf script without call stacks in one line that says how to record them', () => {
    expect(() => parse('prog 1234 100.000001:     250000 cycles:  401000 work+0x10 (/usr/bin/prog)\n', 'flat.txt')).toThrow(
      'flat.txt: perf script output without call stacks (each record one line, its address after the event): one frame a sample says nothing of callers; expected perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)',
    );
  });

  it('reads lone CRs among LF and CR LF line ends as line ends', () => {
    expect(table(parse('main;a;b 10\rmain;a;c 5\nmain;a;d 3\r\nmain;x 1\r'))).toEqual(table(parse('main;a;b 10\nmain;a;c 5\nmain;a;d 3\nmain;x 1\n')));
  });

  it('cuts a name of 66,000 qualifiers in linear time', () => {
    const name = `f(int)${' const'.repeat(66_000)}`;
    const start = performance.now();
    expect(withoutArguments(name)).toBe('f');
    expect(performance.now() - start).toBeLessThan(2000); // quadratic took 18 s; this is a hang guard, not a benchmark
  });
});

describe.skipIf(!hasCases)('Chrome traces, large or reordered', () => {
  it('reads a chunk of 200,000 samples, and names threads whatever the order of the metadata', () => {
    const n = 200_000;
    const nodes = [{ id: 1, callFrame: { functionName: '(root)' } }, { id: 2, parent: 1, callFrame: { functionName: 'w' } }];
    const big = { traceEvents: [{ name: 'ProfileChunk', ph: 'P', pid: 1, id: 1, args: { data: { cpuProfile: { nodes, samples: new Array(n).fill(2) }, timeDeltas: new Array(n).fill(1) } } }] };
    expect(table(parse(JSON.stringify(big))).get('w')![0]).toBe(n); // the last sample gets the mean interval
    const events = JSON.parse(readFileSync(at('chrome-trace-profilechunk-array.json'), 'utf8')) as { name: string; pid: number; tid: number; args: { name?: string } }[];
    const worker = events.map((e) => ({ ...e, pid: 200, tid: 7, args: e.args.name ? { name: 'DedicatedWorker thread' } : e.args }));
    const all = [...events, ...worker];
    const metaLast = [...all.filter((e) => e.name !== 'thread_name'), ...all.filter((e) => e.name === 'thread_name')];
    expect(table(parse(JSON.stringify(metaLast)))).toEqual(table(parse(JSON.stringify(all))));
  });
});
