// Issue 16: hostile input, round two. A fork's pull request controls every byte of the
// candidate profiles: each kind below is refused in one line or read right, in every importer.
import { Function as PprofFunction, Line, Location, Mapping, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/formats/detect';
import { tryParsePprof } from '../../src/formats/pprof';
import { tryParsePprofFast } from '../../src/formats/pprof-fast';
import { main } from '../../src/cli/cli';
import { compareFiles } from '../../src/compare-files';
import { analyze } from '../../src/engine';
import { readProfiles } from '../../src/load/load-runs';
import { renderPicture } from '../../src/outputs/outputs';
import { reportJson } from '../../src/report/json';
import { renderMarkdown } from '../../src/report/markdown';
import { allFunctions } from '../../src/report/report';
import { renderTerminal } from '../../src/report/terminal';
import { validateReport } from '../../src/report/validate';
import { defaultConfig } from '../../src/rules/config';
import { foldedRuns } from '../profiles';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';

const parse = (text: string | Uint8Array, source = 'h') => parseProfile(typeof text === 'string' ? Buffer.from(text) : text, source);

/** A pprof profile of one cpu/nanoseconds type from its parts (ids as given). */
function pprof(parts: { functions: [number, string][]; locations: [number, number, number?][]; samples: [number[], bigint][]; mappings?: [number, string][] }): Uint8Array {
  const strings = new StringTable();
  return new PprofProfile({
    sampleType: [new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
    function: parts.functions.map(([id, name]) => new PprofFunction({ id, name: strings.dedup(name) })),
    location: parts.locations.map(([id, fn, mapping]) => new Location({ id, mappingId: mapping ?? 0, line: fn ? [new Line({ functionId: fn })] : [] })),
    mapping: (parts.mappings ?? []).map(([id, file]) => new Mapping({ id, filename: strings.dedup(file) })),
    sample: parts.samples.map(([locs, v]) => new Sample({ locationId: locs, value: [v] })),
    stringTable: strings,
  }).encode();
}

describe('duplicate ids', () => {
  it('refuses two functions, locations or mappings with one id, in both pprof readers, as go tool pprof does', () => {
    const twoFunctions = pprof({ functions: [[1, 'main.innocent'], [1, 'main.hot']], locations: [[1, 1]], samples: [[[1], 100n]] });
    const twoLocations = pprof({ functions: [[1, 'a'], [2, 'b']], locations: [[1, 1], [1, 2]], samples: [[[1], 100n]] });
    const twoMappings = pprof({ functions: [[1, 'a']], locations: [[1, 1, 1]], mappings: [[1, '/bin/a'], [1, '/bin/b']], samples: [[[1], 100n]] });
    const zero = pprof({ functions: [[0, 'a']], locations: [[1, 0]], samples: [[[1], 100n]] });
    for (const read of [tryParsePprofFast, tryParsePprof]) {
      expect(read(twoFunctions)).toEqual({ reason: 'a broken pprof profile: more than one function with the id 1, expected each function id once (go tool pprof refuses them too)' });
      expect(read(twoLocations)).toEqual({ reason: 'a broken pprof profile: more than one location with the id 1, expected each location id once (go tool pprof refuses them too)' });
      expect(read(twoMappings)).toEqual({ reason: 'a broken pprof profile: more than one mapping with the id 1, expected each mapping id once (go tool pprof refuses them too)' });
      expect(read(zero)).toEqual({ reason: 'a broken pprof profile: a function with the reserved id 0, expected ids from 1 (go tool pprof refuses it too)' });
    }
  });

  it('tells ids of 2^53 and more apart (uint64: hashes, addresses), in both readers', () => {
    const big = (locIds: bigint[], fnIds: bigint[]) => {
      const strings = new StringTable();
      return new PprofProfile({
        sampleType: [new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
        function: fnIds.map((id, i) => new PprofFunction({ id, name: strings.dedup(`f${i}`) })),
        location: locIds.map((id, i) => new Location({ id, line: [new Line({ functionId: fnIds[i] })] })),
        sample: locIds.map((id, i) => new Sample({ locationId: [id], value: [BigInt(10 * (i + 1))] })),
        stringTable: strings,
      }).encode();
    };
    const bytes = big([2n ** 60n, 2n ** 60n + 1n], [2n ** 53n, 2n ** 53n + 1n]);
    for (const read of [tryParsePprofFast, tryParsePprof]) {
      const result = read(bytes);
      if ('reason' in result) throw new Error(result.reason);
      const names = result.profile.tree.names;
      const v = result.profile.tree.leafSelf[0];
      expect(names.slice().sort()).toEqual(['f0', 'f1']);
      expect([...v].sort((a, b) => a - b)).toEqual([10, 20]);
    }
    expect(tryParsePprof(big([2n ** 60n, 2n ** 60n], [1n, 2n]))).toEqual({ reason: 'a broken pprof profile: more than one location with the id 1152921504606846976, expected each location id once (go tool pprof refuses them too)' });
  });

  it('refuses two .cpuprofile or trace nodes with one id', () => {
    const nodes = [{ id: 1, callFrame: { functionName: '(root)' }, children: [2] }, { id: 2, callFrame: { functionName: 'work' } }, { id: 2, callFrame: { functionName: 'other' } }];
    expect(() => parse(JSON.stringify({ nodes, samples: [2], timeDeltas: [1] }))).toThrow("h: more than one .cpuprofile node with the id 2, expected each id once");
  });
});

describe('numbers that are not finite or not exact', () => {
  it('refuses a sample value over 2^53, Infinity or NaN in every importer, in one line', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      // A value at or over 2^53 is said as that, never as the rounded number or Infinity.
      ['folded', `main;a 1\nmain;b ${'9'.repeat(400)}\n`, /^h: line 2: the count '9{200}…' is 2\^53 or more as a number; expected counts from 0 to below 2\^53 \(9007199254740992\)$/],
      ['folded', 'main;a 1\nmain;b 9007199254740993\n', /^h: line 2: the count '9007199254740993' is 2\^53 or more as a number;/],
      ['perf', `p 1 1.0: ${'9'.repeat(400)} cycles: \n\t 1 f (/x)\n`, /^h: line 1: a period of 2\^53 or more; expected periods from 0 to below 2\^53 \(9007199254740992\)$/],
      ['perf', 'p 1 1.0: 9223372036854775807 cycles: \n\t 1 f (/x)\n', /^h: line 1: a period of 2\^53 or more;/],
      ['cpuprofile', JSON.stringify({ nodes: [{ id: 1, callFrame: { functionName: '(root)' }, children: [2] }, { id: 2, callFrame: { functionName: 'w' } }], samples: [2, 2], timeDeltas: [1, 1e308], startTime: 0 }), /^h: \.cpuprofile timeDeltas\[1\] is 1e\+308, expected microseconds \(a number within ±2\^53\)$/],
      ['cpuprofile', JSON.stringify({ nodes: [{ id: 1, callFrame: { functionName: '(root)' }, children: [2] }, { id: 2, callFrame: { functionName: 'w' } }], samples: [2, 2], timeDeltas: [1, 'abc'], startTime: 0 }), /^h: \.cpuprofile timeDeltas\[1\] is 'abc', expected microseconds/],
      ['hitCount', JSON.stringify({ nodes: [{ id: 1, callFrame: { functionName: '(root)' }, children: [2, 3] }, { id: 2, callFrame: { functionName: 'a' }, hitCount: 5 }, { id: 3, callFrame: { functionName: 'b' }, hitCount: -4 }], startTime: 0, endTime: 1000 }), /^h: \.cpuprofile node 3 has hitCount -4, expected a count \(0 or more\)$/],
      ['heapprofile', JSON.stringify({ head: { callFrame: { functionName: '(root)' }, selfSize: 0, id: 1, children: [{ callFrame: { functionName: 'a' }, selfSize: 1e308, id: 2, children: [] }] } }), /^h: \.heapprofile node 2 has selfSize of 2\^53 or more, expected bytes \(a number from 0 to below 2\^53\)$/],
      ['heapprofile', JSON.stringify({ head: { callFrame: { functionName: '(root)' }, selfSize: 0, id: 1, children: [{ callFrame: { functionName: 'a' }, selfSize: '1048576', id: 2, children: [] }] } }), /selfSize '1048576', expected bytes/],
      ['speedscope', JSON.stringify({ shared: { frames: [{ name: 'a' }] }, profiles: [{ type: 'sampled', unit: 'milliseconds', samples: [[0], [0]], weights: [1, 1e308] }] }), /^h: a broken speedscope file: profile 0 weight 1 is of 2\^53 or more, expected a number from 0 to below 2\^53$/],
      ['speedscope', '{"shared":{"frames":[{"name":"a"}]},"profiles":[{"type":"sampled","unit":"milliseconds","samples":[[0],[0]],"weights":[1,9007199254740993]}]}', /weight 1 is of 2\^53 or more/],
      ['speedscope', JSON.stringify({ shared: { frames: [{ name: 'a' }] }, profiles: [{ type: 'sampled', unit: 'milliseconds', samples: [[0], [0]], weights: [-10, 5] }] }), /weight 0 is -10, expected a number from 0 to below 2\^53$/],
      ['trace', JSON.stringify({ traceEvents: [{ name: 'ProfileChunk', ph: 'P', pid: 1, id: 1, args: { data: { cpuProfile: { nodes: [{ id: 1, callFrame: { functionName: '(root)' } }, { id: 2, parent: 1, callFrame: { functionName: 'w' } }], samples: [2, 2] }, timeDeltas: [100, -1e308] } } }] }), /timeDeltas\[1\] is -1e\+308, expected microseconds/],
    ];
    for (const [kind, input, message] of cases) expect(() => parse(input), kind).toThrow(message);
  });
});

describe('text parsing in linear time', () => {
  // Hang guards, not benchmarks: each took 6 to 42 s with backtracking regexes.
  const perf = 'p 1 1.0: 250000 cycles: \n\t 1 work (/x)\n\n';
  const within = (label: string, text: string) => {
    const start = performance.now();
    try {
      parse(text);
    } catch {
      // refused is fine; slow is not
    }
    expect(performance.now() - start, label).toBeLessThan(3000);
  };
  it('reads perf script and folded lines of megabytes of spaces, parentheses and qualifiers without slowing down', () => {
    within('header of spaces', `${perf}x${' '.repeat(400_000)}y\n`);
    within('module of 400k characters', `${perf.trimEnd()}\n\t 7f [unknown] (${'a'.repeat(400_000)})\n`);
    within('qualifiers', `${perf.trimEnd()}\n\t 7f f${' const'.repeat(100_000)} at (/usr/bin/prog)\n`);
    within('symbol of spaces', `${perf.trimEnd()}\n\t 7f a${' '.repeat(400_000)}b (/usr/bin/prog)\n`);
    within('event of 400k characters', `p 1 100.3: ${'a'.repeat(400_000)}\n\t 1 f (/x)\n`);
    within('folded line of spaces', `main;a${' '.repeat(400_000)}1\n`);
    within('folded frames of parentheses', `${'('.repeat(200_000)}${')'.repeat(200_000)} 5\n`);
  });
});

describe('invisible, bidirectional and control characters in every output', () => {
  const evil = 'admin\u202E\u2066gnp.exe\u200B\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u009b2J';
  const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

  it('shows them as escapes in the terminal table, the Markdown, the SVG and the error lines', async () => {
    const analysis = analyze({ baseline: foldedRuns('main;work 100\nmain;other 100\n'), candidate: foldedRuns(`main;work 100\nmain;other 100\nmain;${evil} 300\n`), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    expect(analysis.report.verdict).toBe('fail');
    for (const [label, text] of [['terminal', renderTerminal(analysis.report, { color: false })], ['markdown', renderMarkdown(analysis.report)], ['svg', renderPicture(analysis, {})]] as const) {
      expect(text, label).toContain('admin\\u202E\\u2066gnp.exe\\u200B');
      expect(unsafe.test(text), label).toBe(false);
    }
    // An error that quotes the input: the folded "no stack line" error, through the CLI's edge.
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-hostile-'));
    writeFileSync(join(dir, 'bad.folded'), `${evil} not a stack\n`);
    let err = '';
    const status = await main(['compare', '--baseline', join(dir, 'bad.folded'), '--candidate', join(dir, 'bad.folded')], { out: { write: () => true } as never, err: { write: (s: string) => ((err += s), true) } as never });
    expect(status).toBe(2);
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(unsafe.test(err)).toBe(false);
    expect(err).toContain('\\u202E');
  });
});

describe('one set of limits', () => {
  it('writes a report of 250,000 functions that its own schema and validator accept', async () => {
    const text = Array.from({ length: 250_000 }, (_, i) => `main;f${i} ${1 + (i % 3)}\n`).join('');
    const { report } = analyze({ baseline: foldedRuns(text), candidate: foldedRuns(text), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: ['x'.repeat(100_000)] });
    const json = JSON.parse(reportJson(report));
    expect(json.functions).toHaveLength(250_001);
    expect(json.notes[0].length).toBeLessThanOrEqual(16_384);
    const schema = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'schema', 'report.schema.json'), 'utf8')));
    expect(schema(json), JSON.stringify(schema.errors?.slice(0, 2))).toBe(true);
    expect(validateReport(json, 'r').functions.length).toBe(250_001);
  }, 60_000);

  it('refuses more than 1,000 files a side in one line, before reading any', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-many-'));
    for (let i = 0; i < 1001; i++) writeFileSync(join(dir, `r-${i}.folded`), 'main 1\n');
    await expect(compareFiles({ baseline: [join(dir, 'r-1.folded')], candidate: [join(dir, '*.folded')] })).rejects.toThrow(/^candidate '.*\*\.folded': more than 1000 files, the limit a side; expected at most 1000 runs \(each file is one\)$/);
  });
});

describe('depth', () => {
  it('keeps a 50,000-deep .cpuprofile and heap profile within the depth limit, and the picture within 256 levels', async () => {
    const depth = 50_000;
    const nodes = Array.from({ length: depth + 1 }, (_, i) => ({ id: i + 1, callFrame: { functionName: i === 0 ? '(root)' : `f${i % 7}_${i}` }, ...(i < depth ? { children: [i + 2] } : {}) }));
    const text = JSON.stringify({ nodes, samples: [depth + 1, depth + 1, Math.floor(depth / 2)], timeDeltas: [0, 1000, 1000], startTime: 0, endTime: 3000 });
    const start = performance.now();
    const profile = parse(text);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(profile.tree.parent.length).toBeLessThanOrEqual(4097);
    expect(profile.notes.join('\n')).toMatch(/frames deeper than 4096 merged into their caller at depth 4096/);

    // Written by hand: JSON.stringify recurses, and 50,000 levels overflow its stack.
    const open = Array.from({ length: depth }, (_, i) => `{"callFrame":{"functionName":"${i === 0 ? '(root)' : `g${i}`}"},"selfSize":0,"id":${i + 1},"children":[`).join('');
    const heap = parse(`{"head":${open}{"callFrame":{"functionName":"leaf"},"selfSize":1024,"id":${depth + 1},"children":[]}${']}'.repeat(depth)}}`);
    expect(heap.tree.parent.length).toBeLessThanOrEqual(4097);
    const run = { source: 'deep', profile, typeIndex: 0, scale: 1 };
    const analysis = analyze({ baseline: [run], candidate: [run], sampleType: profile.sampleTypes[0], normalize: 'none', config: defaultConfig(), notes: [] });
    const svg = renderPicture(analysis, {});
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(height).toBeLessThan(257 * 16 + 200);
    expect(svg).toContain('deeper frames not drawn');
  }, 60_000);
});

describe('layers and files that are not what they seem', () => {
  it('reads gzip inside gzip, and names zstd, bzip2, xz, zip and a third gzip layer', async () => {
    const folded = Buffer.from('main;a 3\nmain;b 4\n');
    expect(parse(gzipSync(gzipSync(folded))).tree.names).toEqual(['main', 'a', 'b']);
    expect(() => parse(gzipSync(gzipSync(gzipSync(folded))))).toThrow(/^h: gzip inside gzip inside gzip, which flamegate does not open; expected a profile, raw or gzipped \(decompress it first\)$/);
    const layers: [number[], string][] = [
      [[0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0], 'zstd-compressed data'], [[0x42, 0x5a, 0x68, 0x39, 0x31, 0x41], 'bzip2-compressed data'],
      [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0], 'xz-compressed data'], [[0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'a zip archive'],
    ];
    for (const [magic, name] of layers) expect(() => parse(Uint8Array.from(magic))).toThrow(`h: ${name}, which flamegate does not open`);
    expect(parse('BZhello;world 3\n').tree.names).toEqual(['BZhello', 'world']); // text that starts like bzip2 is text
  });

  it('refuses a FIFO, a character device, a zero-filled 1 GiB sparse file and an oversized file without reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-files-'));
    const fifo = join(dir, 'pipe.pb');
    execFileSync('mkfifo', [fifo]);
    const sparse = join(dir, 'sparse.pb');
    writeFileSync(sparse, '');
    truncateSync(sparse, 2 ** 30);
    const start = performance.now();
    expect(() => readProfiles([fifo], 'candidate', {})).toThrow(`candidate '${fifo}': a FIFO (named pipe), expected a regular file holding a profile`);
    expect(() => readProfiles(['/dev/zero'], 'candidate', {})).toThrow("candidate '/dev/zero': a character device, expected a regular file holding a profile");
    expect(() => readProfiles([sparse], 'candidate', {})).toThrow(`candidate '${sparse}': starts with a zero byte, which no profile format does`);
    expect(() => readProfiles([sparse], 'candidate', { maxDecompressedBytes: 2 ** 20 })).toThrow(`candidate '${sparse}': 1073741824 bytes, over the limit of 1048576 a profile (--max-decompressed-size); expected a smaller profile`);
    expect(performance.now() - start).toBeLessThan(3000); // none of them read whole
  });
});

describe('names that are object keys', () => {
  it('reads __proto__, constructor and toString as names, units and sample types like any other', async () => {
    const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    for (const unit of keys) {
      const strings = new StringTable();
      const bytes = (v: bigint) => new PprofProfile({
        sampleType: [new ValueType({ type: strings.dedup(unit), unit: strings.dedup(unit) })],
        function: keys.map((name, i) => new PprofFunction({ id: i + 1, name: strings.dedup(name) })),
        location: keys.map((_, i) => new Location({ id: i + 1, line: [new Line({ functionId: i + 1 })] })),
        sample: [new Sample({ locationId: [1, 2, 3, 4, 5], value: [v] }), new Sample({ locationId: [2, 3], value: [100n] })],
        stringTable: strings,
      }).encode();
      const run = (v: bigint) => ({ source: unit, profile: parse(bytes(v)), typeIndex: 0, scale: 1 });
      const { report } = analyze({ baseline: [run(300n)], candidate: [run(3000n)], sampleType: { type: unit, unit }, normalize: 'none', config: defaultConfig(), notes: [] });
      expect(report.verdict, unit).toBe('fail'); // a unit named like a key is a count, and the growth is judged
      expect(allFunctions(report).map((f) => f.name).sort(), unit).toEqual([...keys].sort());
      expect(validateReport(JSON.parse(reportJson(report)), unit).verdict).toBe('fail');
    }
  });
});
