// What a breaker found in trend, labels and time windows (issue 19), each now a test: an
// output over an input, a window cutting a long speedscope frame, V8 samples out of time
// order, a window with no time in it, line separators, a label value that forges the split's
// summary, a .heapprofile with a broken selfSize, a repeated --tag.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Function as PprofFunction, Label, Line, Location, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../src/compare-files';
import { InputError } from '../src/errors';
import { fitLabel } from '../src/render/svg';
import { visible } from '../src/text';
import { EXAMPLES } from './fixtures';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'flamegate-selection-'));
const refuse = async (run: Promise<unknown>) => {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
};

describe('outputs and inputs', () => {
  it('refuses an output that would overwrite an input profile, and leaves the profile as it was', () => {
    const base = join(dir, 'base.pb.gz');
    copyFileSync(join(EXAMPLES, 'baseline-1.cpu.pb.gz'), base);
    const before = readFileSync(base);
    const r = cli(['compare', '--baseline', base, '--candidate', join(EXAMPLES, 'candidate-1.cpu.pb.gz'), '--json', base]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`flamegate: --json '${base}': that is an input ('${base}'), which the output would overwrite; expected another file name\n`);
    expect(readFileSync(base).equals(before)).toBe(true);
    const series = cli(['trend', '--profiles', join(ROOT, 'examples', 'heap-leak', '*.pb.gz'), '--markdown', join(ROOT, 'examples', 'heap-leak', 'heap-01.pb.gz')]);
    expect(series.status).toBe(2);
    expect(series.stderr).toMatch(/^flamegate: --markdown '.*heap-01\.pb\.gz': that is an input/);
  });
});

describe('time windows', () => {
  it('cuts a speedscope frame open across the window at its edges', async () => {
    // main open 0-10 s, work 1-9 s inside it (milliseconds).
    const file = join(dir, 'evented.speedscope.json');
    writeFileSync(file, JSON.stringify({
      $schema: 'https://www.speedscope.app/file-format-schema.json',
      shared: { frames: [{ name: 'main' }, { name: 'work' }] },
      profiles: [{ type: 'evented', name: 'p', unit: 'milliseconds', startValue: 0, endValue: 10000, events: [
        { type: 'O', frame: 0, at: 0 }, { type: 'O', frame: 1, at: 1000 }, { type: 'C', frame: 1, at: 9000 }, { type: 'C', frame: 0, at: 10000 },
      ] }],
    }));
    const inside = await compareFiles({ baseline: [], candidate: [file], window: { start: 2, end: 3 } });
    expect(inside.report.candidate.total).toBe(1000);
    const edge = await compareFiles({ baseline: [], candidate: [file], window: { start: 0, end: 0.5 } });
    expect(edge.report.candidate.total).toBe(500);
  });

  it('reads V8 samples out of time order in time order, so a window counts none twice, and refuses a window with no time in it', async () => {
    const profile = (deltas: number[]) => JSON.stringify({
      nodes: [{ id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2] }, { id: 2, callFrame: { functionName: 'work', url: '' } }],
      startTime: 0, endTime: 1_000_000, samples: deltas.map(() => 2), timeDeltas: deltas,
    });
    // Every 100 ms to 500 ms, then one 400 ms back (at 100 ms again), then on to 900 ms.
    const file = join(dir, 'back.cpuprofile');
    writeFileSync(file, profile([0, 100_000, 100_000, 100_000, 100_000, 100_000, -400_000, 700_000, 100_000]));
    const { report } = await compareFiles({ baseline: [], candidate: [file], window: { start: 0.2, end: 0.3 } });
    expect(report.candidate.total).toBe(100_000);
    // Past the last sample, only its zero-length end would be kept.
    const flat = join(dir, 'flat.cpuprofile');
    writeFileSync(flat, JSON.stringify({ ...JSON.parse(profile([0, 100_000])), endTime: 100_000 }));
    expect(await refuse(compareFiles({ baseline: [flat], candidate: [flat], window: { start: 0.1, end: Infinity } }))).toMatch(/^the window from 0\.1 s to the end: keeps no sample of the baseline/);
  });
});

/** A CPU pprof profile of two samples with label service=`value` on the first (pprof-format). */
function labelled(value: string): Buffer {
  const strings = new StringTable();
  const fn = (name: string, id: number) => new PprofFunction({ id, name: strings.dedup(name) });
  const functions = [fn('main.a', 1), fn('main.b', 2)];
  const locations = functions.map((f, i) => new Location({ id: i + 1, line: [new Line({ functionId: f.id })] }));
  const profile = new PprofProfile({
    sampleType: [new ValueType({ type: strings.dedup('cpu'), unit: strings.dedup('nanoseconds') })],
    sample: [
      new Sample({ locationId: [1], value: [1_000_000], label: [new Label({ key: strings.dedup('service'), str: strings.dedup(value) })] }),
      new Sample({ locationId: [2], value: [2_000_000], label: [new Label({ key: strings.dedup('service'), str: strings.dedup('upload') })] }),
    ],
    location: locations, function: functions, stringTable: strings,
  });
  return gzipSync(profile.encode());
}

describe('strings from profiles', () => {
  it('writes line separators and line feeds of names as escapes, in labels too', () => {
    expect(visible('main.other\u2029HIDDEN\u2028x')).toBe('main.other\\u2029HIDDEN\\u2028x');
    expect(fitLabel('a\nb', '', 400)).toBe('a\\u000Ab');
  });

  it('quotes a label value that would forge the split\'s summary', () => {
    const forged = 'download pass, service=upload';
    for (const side of ['base', 'head']) writeFileSync(join(dir, `${side}.labels.pb.gz`), labelled(forged));
    const r = cli(['compare', '--baseline', join(dir, 'base.labels.pb.gz'), '--candidate', join(dir, 'head.labels.pb.gz'), '--split-by', 'service']);
    expect(r.stdout.split('\n')[0]).toBe(`flamegate: split by service: service='${forged}' pass, service=upload pass`);
  });

  it('refuses a .heapprofile whose selfSize is no number as a .heapprofile, and a repeated --tag', async () => {
    const file = join(dir, 'bad.heapprofile');
    writeFileSync(file, JSON.stringify({ head: { callFrame: { functionName: '(root)', url: '' }, selfSize: 'lots', id: 1, children: [] }, samples: [] }));
    expect(await refuse(compareFiles({ baseline: [], candidate: [file] }))).toMatch(/selfSize 'lots', expected bytes/);
    const twice = cli(['compare', '--baseline', 'a', '--candidate', 'b', '--tag', 'service=api', '--tag', 'service=web']);
    expect(twice.stderr).toBe("flamegate: --tag given 2 times ('service=api', 'service=web'): expected one; to judge each value on its own, use --split-by KEY\n");
  });
});

describe('text past V8\'s longest string', () => {
  /**
   * Writes `head`, `body` (one line, repeated to just past 512 MiB) and then `tail`, to
   * `name` in a fresh folder: the stacks in the tail lie past what one string can hold.
   */
  function pastLongestString(name: string, body: string, tail: string, head = ''): string {
    const file = join(mkdtempSync(join(tmpdir(), 'flamegate-big-')), name);
    const block = Buffer.alloc(16 * 2 ** 20, body);
    const fd = openSync(file, 'w');
    writeSync(fd, head);
    for (let written = 0; written <= 512 * 2 ** 20; written += block.length) writeSync(fd, block);
    writeSync(fd, tail);
    closeSync(fd);
    return file;
  }

  /** The CLI's JSON report of `baseline` against `candidate`, its peak memory in MB (from /proc), and its stderr. */
  function compareBig(baseline: string, candidate: string) {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-big-json-'));
    const json = join(dir, 'report.json');
    // Linux's own count of the process's peak resident memory, printed as it exits.
    const peak = join(dir, 'peak.js');
    writeFileSync(peak, "process.on('exit', () => process.stderr.write('peak ' + require('node:fs').readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\\s+(\\d+)/)[1] + '\\n'));\n");
    const run = spawnSync(process.execPath, ['--require', peak, CLI, 'compare', '--baseline', baseline, '--candidate', candidate, '--json', json], { encoding: 'utf8', env: { ...process.env, FLAMEGATE_THREADS: '1' } });
    return { status: run.status, stderr: run.stderr, peak: Number(/peak (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024, report: run.status === 2 ? undefined : JSON.parse(readFileSync(json, 'utf8')) };
  }

  it.skipIf(process.platform !== 'linux')('reads folded stacks and perf script past 512 MiB in pieces, in a fraction of the file\'s size in memory', () => {
    // 513 MiB of comment lines, then the stacks: the old reader refused the file by name.
    const folded = pastLongestString('big.folded', `# ${'x'.repeat(1021)}\n`, 'main;work;inner 30\nmain;other 10\n');
    const candidate = pastLongestString('big-candidate.folded', `# ${'x'.repeat(1021)}\n`, 'main;work;inner 60\nmain;other 10\n');
    const r = compareBig(folded, candidate);
    expect(r.stderr).toMatch(/^peak \d+\n$/);
    const inner = r.report.functions.find((f: { name: string }) => f.name === 'inner');
    expect([inner.baseline.self, inner.candidate.self]).toEqual([30, 60]);
    // Neither file was held whole: the two are 1 GiB together.
    expect(r.peak).toBeLessThan(300);

    const record = (n: number) => `prog 4242 [000] ${n}.000001:     250000 cycles:u: \n\t    401000 inner+0x10 (/usr/bin/prog)\n\t    401100 work+0x20 (/usr/bin/prog)\n\t    401200 main+0x30 (/usr/bin/prog)\n\n`;
    // A record first: perf script is told from other text by its first 64 KiB.
    const perf = pastLongestString('big.perf', `# ${'x'.repeat(1021)}\n`, record(2) + record(3), record(1));
    const p = compareBig(perf, perf);
    expect(p.stderr).toMatch(/^peak \d+\n$/);
    expect(p.report.functions.find((f: { name: string }) => f.name === 'inner').baseline.self).toBe(750000);
    expect(p.peak).toBeLessThan(300);
    for (const file of [folded, candidate, perf]) rmSync(dirname(file), { recursive: true, force: true });
  }, 120_000);

  it.skipIf(process.platform !== 'linux')('keeps no piece of the text alive for the names first met in it, in perf script and folded stacks', () => {
    // A new function every 64 KiB among repeated stacks: a name cut from a piece (and the
    // key it was found by) kept the whole piece, and so the file, in memory: a 128 MiB perf
    // file compared with itself peaked at 410 MB (210 MB now), folded stacks at 235 MB (80 MB).
    const spread = (name: string, repeated: string, fresh: (k: number) => string) => {
      const file = join(mkdtempSync(join(tmpdir(), 'flamegate-names-')), name);
      const fd = openSync(file, 'w');
      const block = repeated.repeat(Math.ceil(64 * 1024 / repeated.length));
      for (let k = 0, written = 0; written < 128 * 2 ** 20; k++) written += writeSync(fd, block + fresh(k));
      closeSync(fd);
      return file;
    };
    const record = (leaf: string) => `prog 4242 [000] 1.000001:     250000 cycles:u: \n\t    401000 ${leaf}+0x10 (/usr/bin/prog)\n\t    401100 work+0x20 (/usr/bin/prog)\n\t    401200 main+0x30 (/usr/bin/prog)\n\n`;
    const perf = spread('names.perf', record('inner'), (k) => record(`fresh_function_number_${k}`));
    const folded = spread('names.folded', `main;work;inner_${'x'.repeat(200)} 1\n`, (k) => `main;work;fresh_function_number_${k} 1\n`);
    for (const [file, limit] of [[perf, 300], [folded, 150]] as const) {
      const r = compareBig(file, file);
      expect(r.stderr).toMatch(/^peak \d+\n$/);
      expect(r.report.functions.filter((f: { name: string }) => f.name.startsWith('fresh_function_number_')).length).toBe(r.report.functions.length - (file === perf ? 4 : 3));
      expect(r.peak).toBeLessThan(limit);
      rmSync(dirname(file), { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses JSON over 512 MiB by name, not as an internal error', async () => {
    const { parseProfile, MAX_TEXT_BYTES } = await import('../src/formats/detect');
    const big = Buffer.alloc(MAX_TEXT_BYTES + 16, ' ');
    big.write('{"nodes": [', 0);
    expect(() => parseProfile(big, 'big.cpuprofile')).toThrow(/^big\.cpuprofile: 512 MiB of JSON, over the 512 MiB flamegate parses as JSON; expected a smaller file \(record fewer seconds or split it\), or pprof, which has no such limit$/);
  });
});
