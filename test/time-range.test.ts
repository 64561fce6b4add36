// Time windows (issue 19): --time-range and --skip keep the samples taken in a window of
// each profile, so a benchmark's warm-up is left out. A real Node benchmark under
// --cpu-prof whose warm-up takes twice as long in the candidate; Linux perf's own output
// checked against its time stamps read independently; the CLI from dist.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../src/compare-files';
import { InputError } from '../src/errors';
import { EXAMPLES, fixture, hasShared } from './fixtures';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const NO_CONFIG = join(ROOT, 'test', 'data', 'scenarios', 'no-config.yml');

/** Three runs a side of test/programs/node-warmup under node --cpu-prof; returns the folder. */
function warmupRuns(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flamegate-warmup-'));
  for (const mode of ['base', 'head']) mkdirSync(join(dir, mode));
  for (let i = 0; i < 3; i++) {
    for (const mode of ['base', 'head']) {
      const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', join(dir, mode), join(ROOT, 'test', 'programs', 'node-warmup', 'bench.js'), mode], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`bench.js: ${r.stderr}`);
    }
  }
  return dir;
}

describe('a Node benchmark whose warm-up grew', () => {
  const dir = warmupRuns();
  const sides = { baseline: [join(dir, 'base', '*.cpuprofile')], candidate: [join(dir, 'head', '*.cpuprofile')], configPath: NO_CONFIG };

  it('fails on the warm-up as a whole, and passes on the measured loop alone', async () => {
    const whole = await compareFiles(sides);
    expect(whole.report.verdict).toBe('fail');
    expect(whole.report.violations.map((v) => v.function)).toContain('warmUp');
    // After both warm-ups (0.3 s and 0.6 s), the same 0.8 s of the loop on each side.
    const loop = await compareFiles({ ...sides, window: { start: 1, end: 1.8 } });
    expect(loop.report.verdict).toBe('pass');
    expect(loop.report.notes[0]).toMatch(/^kept the samples from 1 s to 1\.8 s of each profile: \d+\.\d% of the sample records$/);
    expect(loop.report.baseline.total / 1e6).toBeCloseTo(0.8, 1);
    expect(loop.report.candidate.total / 1e6).toBeCloseTo(0.8, 1);
    // --skip leaves different lengths of the loop: as shares of each run, the same code.
    const skipped = await compareFiles({ ...sides, window: { start: 1, end: Infinity }, normalize: 'total' });
    expect(skipped.report.verdict).toBe('pass');
  });

  it('refuses a window past the samples, and a profile that does not time its samples, in one line', async () => {
    const refuse = async (request: Parameters<typeof compareFiles>[0]) => {
      const error = await compareFiles(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      return (error as Error).message;
    };
    expect(await refuse({ ...sides, window: { start: 30, end: Infinity } })).toMatch(/^the window from 30 s to the end: keeps no sample of the baseline \('.*\.cpuprofile' and 2 more\), whose samples end (between 1\.\d+ and 1\.\d+|1\.\d+) s after their start; expected a window inside them$/);
    expect(await refuse({ baseline: [join(EXAMPLES, 'baseline-1.cpu.pb.gz')], candidate: [join(EXAMPLES, 'candidate-1.cpu.pb.gz')], window: { start: 2, end: Infinity } })).toMatch(/^the window from 2 s to the end: baseline '.*baseline-1\.cpu\.pb\.gz' is pprof, which records no time per sample; expected perf script, a V8 \.cpuprofile or Chrome trace, or a speedscope evented profile$/);
  });
});

describe.skipIf(!hasShared)('perf script\'s time stamps', () => {
  it('keeps exactly the records whose time falls in the window, counted from the first record', async () => {
    const file = fixture('speedscope', 'linux-perf__forks.linux-perf.txt');
    const text = readFileSync(file, 'utf8');
    const times = [...text.matchAll(/^\S.*?\s(\d+\.\d+):\s/gm)].map((m) => Number(m[1]));
    expect(times.length).toBeGreaterThan(10);
    const first = Math.min(...times);
    const mid = (Math.max(...times) - first) / 2;
    const expected = times.filter((t) => t - first >= mid).length;
    const { report } = await compareFiles({ baseline: [], candidate: [file], window: { start: mid, end: Infinity } });
    expect(report.notes[0]).toBe(`kept the samples from ${Number(mid.toPrecision(6))} s to the end of each profile: ${((expected / times.length) * 100).toFixed(1)}% of the sample records`);
  });
});

describe('--time-range and --skip from dist', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'compare', '--baseline', join(EXAMPLES, 'baseline-1.cpu.pb.gz'), '--candidate', join(EXAMPLES, 'candidate-1.cpu.pb.gz'), ...args], { encoding: 'utf8' });

  it('says what is wrong in one line', () => {
    expect(run(['--time-range', 'soon']).stderr).toBe("flamegate: --time-range: expected START..END such as 2s..10s, 2s.. or ..10s, got 'soon'\n");
    expect(run(['--time-range', '10s..2s']).stderr).toBe("flamegate: --time-range: '10s..2s' ends before it starts; expected START..END with END after START\n");
    expect(run(['--skip', '4MB']).stderr).toBe("flamegate: --skip: expected a time such as 2s or 500ms, got '4MB'\n");
    expect(run(['--skip', '2s', '--time-range', '..3s']).stderr).toBe('flamegate: --time-range and --skip: expected one of them (--skip 2s is --time-range 2s..)\n');
    const pprof = run(['--skip', '1.5']);
    expect(pprof.status).toBe(2);
    expect(pprof.stderr).toMatch(/^flamegate: the window from 1\.5 s to the end: baseline '.*' is pprof, which records no time per sample/);
  });
});
