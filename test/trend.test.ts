// flamegate trend (issue 19): leaks over a series of heap profiles with no baseline. The
// statistics on known series; then real programs' series: a Go service written with
// runtime/pprof.WriteHeapProfile in a loop, and a Node one under @datadog/pprof and under
// V8's sampling heap profiler (.heapprofile), each in a leaking and a non-leaking build;
// the CLI (dist) with its picture, and the action (dist) against a loopback GitHub.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Function as PprofFunction, Line, Location, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors';
import { parseMaxGrowth } from '../src/rules/config';
import { mannKendall, seriesTrend, theilSen } from '../src/trend/series';
import { trendFiles } from '../src/trend/trend';
import { renderTrendMarkdown } from '../src/trend/text';
import { EXAMPLES } from './fixtures';
import { pullRequestEnv, runActionAsync, withServer } from './github/run-action';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const NO_CONFIG = join(ROOT, 'test', 'data', 'scenarios', 'no-config.yml');

describe('the statistics of a series', () => {
  it('gives Mann-Kendall the exact p of a rising series without ties (1/n!) and the normal one with ties', () => {
    expect(mannKendall([1, 2, 3, 4, 5]).p).toBeCloseTo(1 / 120, 12);
    expect(mannKendall([1, 2, 3, 4, 5]).s).toBe(10);
    expect(mannKendall([5, 4, 3, 2, 1]).p).toBe(1);
    // Ties: the variance loses the tied pairs (Gilbert 1987, 16.4): n=6, one pair tied.
    const { s, p } = mannKendall([1, 2, 2, 3, 4, 5]);
    expect(s).toBe(14);
    const variance = (6 * 5 * 17 - 2 * 1 * 9) / 18;
    const z = (14 - 1) / Math.sqrt(variance);
    expect(p).toBeCloseTo(0.5 * (1 - erf(z / Math.SQRT2)), 6);
  });

  it('gives the Theil-Sen slope as the median pairwise slope, untouched by an outlier', () => {
    expect(theilSen([0, 1, 2, 3, 4], [0, 2, 4, 6, 8])).toBe(2);
    expect(theilSen([0, 1, 2, 3, 4], [0, 2, 400, 6, 8])).toBe(2);
  });

  it('calls a line a leak, and neither a sawtooth nor a cache that filled and stays full', () => {
    const t = Array.from({ length: 24 }, (_, i) => i);
    expect(seriesTrend(t, t.map((i) => 10 + 3 * i + (i % 3))).steady).toBe(true);
    // Memory freed every 5 snapshots: it rises four times out of five.
    const saw = seriesTrend(t, t.map((i) => (i % 5) * 10));
    expect(saw.steady).toBe(false);
    // A sawtooth over a leak: what it keeps grows (the troughs rise) by more than it gives back.
    expect(seriesTrend(t, t.map((i) => 8 * i + (i % 4) * 5)).steady).toBe(true);
    // Filled in 6 snapshots, then full: an early rise, then nothing.
    const cache = seriesTrend(t, t.map((i) => Math.min(i, 6) * 10 + (i * 7) % 3));
    expect(cache.slope).toBeGreaterThanOrEqual(0);
    expect(cache.steady).toBe(false);
  });

  it('weighs a sampled profile\'s rise against its sampling noise: a few samples kept are not a leak, a stream of new ones is', () => {
    const t = Array.from({ length: 16 }, (_, i) => i);
    // @datadog/pprof's own getAllocationProfile in a program without a leak: three samples of 32 KiB, kept.
    const sparse = [0, 44, 120, 120, 120, 120, 120, 120, 120, 120, 120, 163, 163, 163, 163, 163].map((k) => k * 1000);
    expect(seriesTrend(t, sparse).steady).toBe(true);
    expect(seriesTrend(t, sparse, 32768).steady).toBe(false);
    // Go's leak: 1.9 MB a snapshot at 512 KiB a sample, about 3.6 new samples each time.
    const leak = t.map((i) => 1.9e6 * i + (i % 2) * 5e5);
    expect(seriesTrend(t, leak, 524288).steady).toBe(true);
  });

  it('does not call a full cache whose sampled size wandered up through the last half a leak (a real Go series that a normal 2.5-sigma rule flagged)', () => {
    // test/programs/heap-series -mode steady, main.(*lru).put: 240 entries of 64 KiB, a sixth
    // replaced each tick, full after 6 of 24 snapshots; each sample stands for 557,604 bytes.
    const t = [0, 0.027, 0.051, 0.079, 0.103, 0.139, 0.167, 0.199, 0.227, 0.255, 0.283, 0.311, 0.339, 0.367, 0.395, 0.423, 0.447, 0.475, 0.503, 0.531, 0.559, 0.587, 0.611, 0.639];
    const samples = [7, 11, 16, 18, 24, 29, 26, 27, 27, 28, 27, 25, 22, 23, 21, 23, 25, 28, 33, 33, 37, 37, 38, 34];
    const cache = seriesTrend(t, samples.map((k) => k * 557604), 524288);
    expect(cache.lateP).toBeLessThanOrEqual(0.05); // it did rise through the last half
    expect(cache.steady).toBe(false);
    expect(cache.shape).toBe('noise');
    // The leak of the same program at the same sampling: 40 sessions of 48 KiB a tick.
    const leak = [3, 10, 13, 17, 20, 23, 27, 27, 32, 33, 40, 44, 49, 53, 60, 62, 64, 65, 68, 70, 76, 79, 83, 86];
    expect(seriesTrend(t, leak.map((k) => k * 549000), 524288).steady).toBe(true);
  });

  it('takes a rise\'s own sampling variance off the noise only where the profile states its step', () => {
    // A Node Map cache under the inspector's sampling heap profiler (32 KiB), read as a
    // .heapprofile, which states no interval: flamegate takes V8's 512 KiB. With that guess
    // the rise's variance took all of the cache's wander, and it was flagged (12 of 180).
    const bytes = [2068112, 3841040, 5810960, 8043536, 10177616, 9947824, 9783664, 9915040, 10210576, 10112112, 10276288, 10506144, 10112176, 10374832, 10276336, 10342000, 10276336, 10177840, 10276336, 10703152, 10571856, 10867360, 10998688, 10965856];
    const t = bytes.map((_, i) => i);
    expect(seriesTrend(t, bytes, 524288, false).shape).toBe('noise');
    expect(seriesTrend(t, bytes, 524288, true).shape).toBe('steady');
  });

  it('reads max-growth as a share, an amount or a rate, and refuses anything else in one line', () => {
    expect(parseMaxGrowth('2%', 'x')).toMatchObject({ kind: 'share', value: 0.02 });
    expect(parseMaxGrowth('4MiB', 'x')).toMatchObject({ kind: 'amount', value: 4 * 1024 ** 2, dimension: 'bytes' });
    expect(parseMaxGrowth('60KiB/min', 'x')).toMatchObject({ kind: 'rate', value: 1024, per: 'second' });
    expect(parseMaxGrowth('1000/snapshot', 'x')).toMatchObject({ kind: 'rate', value: 1000, per: 'snapshot', dimension: 'count' });
    for (const bad of ['fast', '10ms', '4MB/fortnight', '-1%']) expect(() => parseMaxGrowth(bad, 'input max-growth')).toThrow(/^input max-growth: expected a share such as 1%/);
  });
});

describe('odd series', () => {
  const heapLeak = join(ROOT, 'examples', 'heap-leak');

  it('orders snapshots by time when two say the same one (a file copied), by name between them', async () => {
    // Named against time (heap-i as snap-(25-i)), one copied: ordered by name, the leak read
    // as memory freed (74.2 MB -> 10.7 MB) and passed.
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-trend-dup-'));
    const files = readdirSync(heapLeak).filter((f) => f.endsWith('.pb.gz')).sort();
    files.forEach((f, i) => copyFileSync(join(heapLeak, f), join(dir, `snap-${String(files.length - i).padStart(2, '0')}.pb.gz`)));
    copyFileSync(join(dir, 'snap-12.pb.gz'), join(dir, 'snap-12-copy.pb.gz'));
    const { report } = await trendFiles({ profiles: [join(dir, 'snap-*.pb.gz')], configPath: NO_CONFIG });
    expect(report.order).toBe('time');
    expect(report.verdict).toBe('fail');
    expect(report.leaks.map((l) => l.function)).toEqual(['main.(*sessionStore).remember']);
    expect(report.snapshots[0].total).toBeLessThan(report.snapshots[report.snapshots.length - 1].total);
    expect(report.notes).toContain('1 snapshot says the same time as another (a file copied?): ordered by file name among them');
  });

  it('says why a function that grew is no leak (the demo\'s series)', async () => {
    const { report } = await trendFiles({ profiles: [join(heapLeak, 'heap-*.pb.gz')], configPath: NO_CONFIG });
    const why = (name: string) => report.functions.find((f) => f.name === name)?.why;
    expect(why('main.(*sessionStore).remember')).toBeUndefined();
    expect(why('main.(*batcher).add')).toBe('freed');
    expect(why('main.(*lru).put')).toBe('noise');
    expect(renderTrendMarkdown(report)).toContain('| within sampling noise |');
  });

  it('tests a leak beside one snapshot\'s spike of 5 GB in another function', async () => {
    // The functions tested were those over 0.5% of the largest total, the spike's: 25 MB.
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-trend-spike-'));
    for (let i = 0; i < 24; i++) {
      const strings = new StringTable();
      const functions = ['main', 'leak', 'burst'].map((name, f) => new PprofFunction({ id: f + 1, name: strings.dedup(name) }));
      const location = functions.map((f) => new Location({ id: f.id, line: [new Line({ functionId: f.id })] }));
      const profile = new PprofProfile({
        sampleType: [new ValueType({ type: strings.dedup('inuse_space'), unit: strings.dedup('bytes') })],
        sample: [new Sample({ locationId: [2, 1], value: [(i + 1) * 1e6] }), new Sample({ locationId: [3, 1], value: [i === 12 ? 5e9 : 1e6] })],
        location, function: functions, stringTable: strings, timeNanos: 1.7e18 + i * 1e9,
      });
      writeFileSync(join(dir, `heap-${i + 1}.pb.gz`), gzipSync(profile.encode()));
    }
    const { report } = await trendFiles({ profiles: [join(dir, 'heap-*.pb.gz')], configPath: NO_CONFIG });
    expect(report.leaks.map((l) => l.function)).toEqual(['leak']);
  });
});

const go = spawnSync('go', ['version']).status === 0;
if (!go) console.warn('trend.test.ts: the Go cases are skipped: no Go toolchain (apt-get install golang-go)');

/** Builds test/programs/heap-series once and writes a series of `mode` (leak or steady); returns its folder. */
function goSeries(mode: string, ticks = 24): string {
  const dir = mkdtempSync(join(tmpdir(), `flamegate-go-${mode}-`));
  const binary = join(tmpdir(), 'flamegate-heap-series');
  const build = spawnSync('go', ['build', '-o', binary, '.'], { cwd: join(ROOT, 'test', 'programs', 'heap-series'), encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod', GOCACHE: join(tmpdir(), 'flamegate-gocache') } });
  if (build.status !== 0) throw new Error(`go build: ${build.stderr}`);
  const run = spawnSync(binary, ['-mode', mode, '-out', dir, '-ticks', String(ticks)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`heap-series: ${run.stderr}`);
  return dir;
}

/** Runs test/programs/node-heap/series.js under `profiler` (datadog or inspector); returns its folder. */
function nodeSeries(profiler: string, mode: string): string {
  const dir = mkdtempSync(join(tmpdir(), `flamegate-node-${profiler}-${mode}-`));
  const run = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'test', 'programs', 'node-heap', 'series.js'), '--profiler', profiler, '--mode', mode, '--out', dir, '--ticks', '16'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`series.js: ${run.stderr}`);
  return dir;
}

describe('leaks in real programs\' heap series', () => {
  it.skipIf(!go)('finds the Go service\'s leak, per second, and nothing in the build without it (a sawtooth batch and a full cache are not leaks)', async () => {
    const leak = await trendFiles({ profiles: [join(goSeries('leak'), 'heap-*.pb.gz')], configPath: NO_CONFIG });
    expect(leak.report.per).toBe('second');
    expect(leak.report.order).toBe('time');
    expect(leak.report.sampleType.type).toBe('inuse_space');
    expect(leak.report.verdict).toBe('fail');
    expect(leak.report.leaks.map((l) => l.function)).toEqual(['main.(*sessionStore).remember']);
    const [first] = leak.report.leaks;
    expect(first.path.slice(-2)).toEqual(['main.handleRequest', 'main.(*sessionStore).remember']);
    // 40 sessions of 48 KiB a tick: about 1.9 MB a snapshot, sampled.
    const remember = leak.report.functions[0];
    const perSnapshot = (remember.self[remember.self.length - 1] - remember.self[0]) / (remember.self.length - 1);
    expect(perSnapshot).toBeGreaterThan(1.2e6);
    expect(perSnapshot).toBeLessThan(3e6);
    const batch = leak.report.functions.find((f) => f.name === 'main.(*batcher).add')!;
    expect(batch.leak).toBe(false);
    expect(batch.drawdown).toBeGreaterThan(5e6);

    const steady = await trendFiles({ profiles: [join(goSeries('steady'), 'heap-*.pb.gz')], configPath: NO_CONFIG });
    expect(steady.report.verdict).toBe('pass');
    expect(steady.report.leaks).toEqual([]);
    expect(steady.report.functions.find((f) => f.name === 'main.(*lru).put')?.leak).toBe(false);
  });

  it('finds the Node service\'s leak under @datadog/pprof (pprof with times) and V8\'s .heapprofile (ordered by name), and none without it', async () => {
    for (const profiler of ['datadog', 'inspector']) {
      const glob = (dir: string) => join(dir, profiler === 'datadog' ? 'heap-*.pb.gz' : 'heap-*.heapprofile');
      const leak = await trendFiles({ profiles: [glob(nodeSeries(profiler, 'leak'))], configPath: NO_CONFIG });
      expect(leak.report.verdict, profiler).toBe('fail');
      const failing = leak.report.leaks.filter((l) => l.severity === 'fail').map((l) => l.function);
      expect(failing, profiler).toEqual(['rememberSession']);
      expect(leak.report.per).toBe(profiler === 'datadog' ? 'second' : 'snapshot');
      // heap-2 before heap-10: the 16 snapshots in the order they were written.
      expect(leak.report.snapshots.map((s) => /heap-(\d+)\./.exec(s.source)![1])).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
      const steady = await trendFiles({ profiles: [glob(nodeSeries(profiler, 'steady'))], configPath: NO_CONFIG });
      expect(steady.report.leaks.filter((l) => l.severity === 'fail'), profiler).toEqual([]);
    }
  });

  it('refuses a rate per second on snapshots that say no time, and reads a rate per snapshot on timed ones (V8 .heapprofile, Go)', async () => {
    const untimed = join(nodeSeries('inspector', 'leak'), 'heap-*.heapprofile');
    const error = await trendFiles({ profiles: [untimed], configPath: NO_CONFIG, maxGrowth: parseMaxGrowth('1GiB/s', '--max-growth') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe("max-growth '1GiB/s': a rate per second, but the snapshots do not say when they were taken; expected a share (1%), an amount (4MiB) or a rate per snapshot (512KiB/snapshot)");
    if (!go) return;
    // Go's leak is 40 sessions of 48 KiB a snapshot, about 1.9 MB: over 1 MiB a snapshot, under 4 MiB.
    const dir = goSeries('leak');
    const over = await trendFiles({ profiles: [join(dir, 'heap-*.pb.gz')], configPath: NO_CONFIG, maxGrowth: parseMaxGrowth('1MiB/snapshot', '--max-growth') });
    expect(over.report.leaks[0].severity).toBe('fail');
    const under = await trendFiles({ profiles: [join(dir, 'heap-*.pb.gz')], configPath: NO_CONFIG, maxGrowth: parseMaxGrowth('4MiB/snapshot', '--max-growth') });
    expect(under.report.leaks[0].severity).toBe('warn');
  });

  it('refuses what cannot show a leak: too few snapshots, a CPU profile, allocations since the start', async () => {
    const refuse = async (request: Parameters<typeof trendFiles>[0]) => {
      const error = await trendFiles(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    };
    expect(await refuse({ profiles: [join(EXAMPLES, 'baseline-1.cpu.pb.gz')] })).toMatch(/^profiles '.*baseline-1\.cpu\.pb\.gz': 1 file, expected a series of at least 8 heap profiles of one run \(fewer can show no leak/);
    // Each pattern whole (they were cut to nothing).
    expect(await refuse({ profiles: [join(EXAMPLES, 'baseline-1.cpu.pb.gz'), join(EXAMPLES, 'baseline-2.cpu.pb.gz')] })).toMatch(/^profiles '.*baseline-1\.cpu\.pb\.gz' '.*baseline-2\.cpu\.pb\.gz': 2 files/);
    expect(await refuse({ profiles: [join(EXAMPLES, '*.cpu.pb.gz')] })).toMatch(/cpu\/nanoseconds is time, expected memory in use/);
    if (go) expect(await refuse({ profiles: [join(goSeries('steady', 8), '*.pb.gz')], sampleType: 'alloc_space' })).toMatch(/alloc_space counts every allocation since the program started.*--sample-type inuse_space/);
    if (go) expect(await refuse({ profiles: [join(goSeries('steady', 8), '*.pb.gz')], sampleType: 'inuse_objects', maxGrowth: parseMaxGrowth('4MiB', '--max-growth') })).toMatch(/^max-growth '4MiB': a size, but inuse_objects is in count/);
  });
});

describe.skipIf(!go)('flamegate trend from dist, as users run it', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

  it('prints the leak, exits 1, writes the JSON, the comment and a PNG; a rate limit over the leak makes it a warning', () => {
    const dir = goSeries('leak');
    const out = mkdtempSync(join(tmpdir(), 'flamegate-trend-out-'));
    const r = run(['trend', '--profiles', join(dir, 'heap-*.pb.gz'), '--config', NO_CONFIG, '--json', join(out, 't.json'), '--markdown', join(out, 't.md'), '--png', join(out, 't.png')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^flamegate trend: FAIL: 1 function leaks, 1 over max-growth 1%/);
    expect(r.stdout).toMatch(/FAIL {2}main\.\(\*sessionStore\)\.remember .* \+\d+(\.\d+)? MB\/s/);
    const json = JSON.parse(readFileSync(join(out, 't.json'), 'utf8'));
    expect(json).toMatchObject({ kind: 'trend', verdict: 'fail', per: 'second', leaks: [{ function: 'main.(*sessionStore).remember', severity: 'fail' }] });
    expect(readFileSync(join(out, 't.md'), 'utf8')).toContain('| ❌ | `main.(*sessionStore).remember` |');
    const png = readFileSync(join(out, 't.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    // A leak of far less than 1 GB/s warns and passes the gate.
    const under = run(['trend', '--profiles', join(dir, 'heap-*.pb.gz'), '--config', NO_CONFIG, '--max-growth', '1GiB/s']);
    expect(under.status).toBe(0);
    expect(under.stdout).toMatch(/^flamegate trend: WARN: 1 function leaks, under max-growth 1GiB\/s/);
  });

  it('says what is wrong in one line for wrong arguments', () => {
    expect(run(['trend']).stderr).toBe("flamegate: missing --profiles: expected the heap profiles of one run, as files or a glob (--profiles 'heap-*.pb.gz')\n");
    const bad = run(['trend', '--profiles', 'x', '--max-growth', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^flamegate: --max-growth: expected a share such as 1%.*got 'lots'\n$/);
    expect(run(['trend', '--profiles', 'nothing-*.pb.gz']).stderr).toBe("flamegate: profiles 'nothing-*.pb.gz': the glob matched no file\n");
    expect(run(['trend', '--help']).stdout).toContain('Finds memory leaks in a series of heap profiles');
  });
});

describe.skipIf(!go)('mode trend in the action, against a loopback GitHub', () => {
  it('comments the leak with its picture, sets the outputs and fails the step', async () => {
    const dir = goSeries('leak');
    await withServer(async (server, api) => {
      const r = await runActionAsync({ mode: 'trend', candidate: join(dir, 'heap-*.pb.gz'), key: 'heap', config: NO_CONFIG }, pullRequestEnv(api));
      expect(r.status).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(r.outputs.regressions).toBe('1');
      const body = server.comments.get('acme/app#7')![0].body;
      expect(body).toContain('### flamegate trend · `heap` · ❌ fail: 1 function leaks, 1 over max-growth 1%');
      expect(body).toMatch(/!\[heap growth flame graph\]\(https:\/\/github\.com\/acme\/app\/raw\/[0-9a-f]{40}\/heap\/[0-9a-f]{16}\.png\)/);
      expect(r.summary).toContain('`main.(*sessionStore).remember`');
      expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).kind).toBe('trend');
      // A limit above the leak: the step passes with a warning verdict.
      const warn = await runActionAsync({ mode: 'trend', candidate: join(dir, 'heap-*.pb.gz'), key: 'heap', config: NO_CONFIG, 'max-growth': '90%' }, pullRequestEnv(api, { runId: 813 }));
      expect(warn.status).toBe(0);
      expect(warn.outputs.verdict).toBe('warn');
      expect(server.comments.get('acme/app#7')).toHaveLength(1);
    });
  });
});

describe('the trend comment', () => {
  it.skipIf(!go)('shows every profile string as code, never as markup', async () => {
    const { report } = await trendFiles({ profiles: [join(goSeries('leak', 10), 'heap-*.pb.gz')], configPath: NO_CONFIG });
    const hostile = { ...report, leaks: report.leaks.map((l) => ({ ...l, function: '<img src=x onerror=alert(1)>|@team' })), functions: report.functions.map((f, i) => (i === 0 ? { ...f, name: '<img src=x onerror=alert(1)>|@team' } : f)) };
    const markdown = renderTrendMarkdown(hostile);
    expect(markdown).toContain('`<img src=x onerror=alert(1)>\\|@team`');
    expect(markdown).not.toMatch(/(^|[^`])<img/);
  });
});

/** The error function (Abramowitz and Stegun 7.1.26), for the normal tail in the test above. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496735) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

