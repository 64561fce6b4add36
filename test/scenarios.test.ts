// The verdict on real profiles with known answers: planted regressions are caught, noise is
// left alone. Go and Node profiles come from test/data/scenarios (generate.sh rewrites
// them); perf folded runs are resampled from a real perf capture in ../shared.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles, type CompareRequest } from '../src/compare-files';
import { allFunctions, type Report } from '../src/report/report';
import { EXAMPLES, fixture, hasShared } from './fixtures';

const SCENARIOS = resolve(__dirname, 'data', 'scenarios');
const runs = (dir: string, side: string, which: string, ext = '.pb.gz') => [join(dir, `${side}-${which}${ext}`)];

async function compare(request: CompareRequest): Promise<Report> {
  return (await compareFiles({ configPath: join(SCENARIOS, 'no-config.yml'), ...request })).report;
}
const flagged = (r: Report) => [...new Set(r.violations.map((v) => v.function))];
const leads = (r: Report) => r.findings.map((f) => f.function);

describe('a regression in a callee shared by two callers (Go CPU)', () => {
  const dir = join(SCENARIOS, 'shared-callee');
  for (const which of ['[12345]', '[123]', '[345]']) {
    it(`leads with main.checksum, callers as its path (${which} runs a side)`, async () => {
      const r = await compare({ baseline: runs(dir, 'baseline', which), candidate: runs(dir, 'candidate', which) });
      expect(r.verdict).toBe('fail');
      expect(leads(r)[0]).toBe('main.checksum');
      for (const f of ['main.parseRecords', 'main.compress', 'main.render', 'sort.Ints']) expect(flagged(r)).not.toContain(f);
    });
  }
  it('shows the growth of main.checksum along each of its two callers', async () => {
    const r = await compare({ baseline: runs(dir, 'baseline', '*'), candidate: runs(dir, 'candidate', '*') });
    const finding = r.findings.find((f) => f.function === 'main.checksum')!;
    expect(finding.paths.map((p) => p.callers[0]).sort()).toEqual(['main.handleDownload', 'main.handleUpload']);
    const total = finding.paths.reduce((sum, p) => sum + p.delta, 0);
    const change = r.violations.find((v) => v.function === 'main.checksum')!.delta;
    expect(total).toBeCloseTo(change, -6); // the two paths carry the whole growth (to the ms)
    for (const p of finding.paths) expect(p.delta).toBeGreaterThan(0.3 * change);
  });
});

describe('an improvement that shifts every other function\'s share (Go CPU)', () => {
  const dir = join(SCENARIOS, 'improvement');
  it('passes with absolute values and with shares, 5 and 1 runs a side', async () => {
    for (const normalize of ['none', 'total'] as const) {
      for (const which of ['*', '1', '3']) {
        const r = await compare({ baseline: runs(dir, 'baseline', which), candidate: runs(dir, 'candidate', which), normalize });
        expect(r.violations, `${normalize} ${which}`).toEqual([]);
        expect(r.verdict).toBe('pass');
      }
    }
  });
  it('reports main.compress as the biggest improvement', async () => {
    const r = await compare({ baseline: runs(dir, 'baseline', '*'), candidate: runs(dir, 'candidate', '*') });
    const drop = allFunctions(r).sort((a, b) => (a.candidate.total - a.baseline.total) - (b.candidate.total - b.baseline.total))[0];
    expect(['main.compress', 'main.spin', 'crypto/sha256.block', 'crypto/sha256.Sum256', 'crypto/sha256.(*digest).Write']).toContain(drop.name);
    const compress = allFunctions(r).find((f) => f.name === 'main.compress')!;
    expect(compress.candidate.total).toBeLessThan(0.6 * compress.baseline.total);
  });
});

describe('heap growth (Go inuse_space)', () => {
  const dir = join(SCENARIOS, 'heap-growth');
  it('fails on main.cacheStore and leaves main.sessionStore alone', async () => {
    for (const which of ['*', '[123]']) {
      const r = await compare({ baseline: runs(dir, 'baseline', which), candidate: runs(dir, 'candidate', which), sampleType: 'inuse_space' });
      expect(r.verdict).toBe('fail');
      expect(flagged(r)).toContain('main.cacheStore');
      expect(flagged(r)).not.toContain('main.sessionStore');
      expect(r.sampleType).toEqual({ type: 'inuse_space', unit: 'bytes' });
    }
  });
});

describe('lock contention where the baseline had none (Go mutex delay)', () => {
  const dir = join(SCENARIOS, 'mutex-from-zero');
  it('fails on the new contention, with 5 runs and with 1 run a side', async () => {
    for (const which of ['*', '1']) {
      const r = await compare({ baseline: runs(dir, 'baseline', which), candidate: runs(dir, 'candidate', which), sampleType: 'delay' });
      expect(r.baseline.total).toBe(0);
      expect(r.verdict).toBe('fail');
      expect(leads(r)[0]).toBe('main.updateShared.func1');
      expect(r.violations[0].status).toBe('new');
    }
  });
  it('compares profiles without any contention at all and passes', async () => {
    const r = await compare({ baseline: runs(dir, 'baseline', '[12]'), candidate: runs(dir, 'baseline', '[345]'), sampleType: 'delay' });
    expect(r.verdict).toBe('pass');
    expect(r.candidate.total).toBe(0);
  });
});

describe('Node .cpuprofile runs', () => {
  const dir = join(SCENARIOS, 'node-cpuprofile');
  it('fails on tokenize, which does twice the work, and nothing else', async () => {
    const r = await compare({ baseline: runs(dir, 'baseline', '*', '.cpuprofile'), candidate: runs(dir, 'candidate', '*', '.cpuprofile') });
    expect(r.sampleType).toEqual({ type: 'wall', unit: 'microseconds' });
    expect(r.verdict).toBe('fail');
    expect(leads(r)[0]).toBe('tokenize');
    for (const f of ['checksum', 'sortRecords', 'render']) expect(flagged(r)).not.toContain(f);
  });
  it('passes runs of the same code against each other', async () => {
    const r = await compare({ baseline: runs(dir, 'baseline', '[123]', '.cpuprofile'), candidate: runs(dir, 'baseline', '[45]', '.cpuprofile') });
    expect(r.verdict).not.toBe('fail');
  });
});

describe('pure noise: runs of one binary against each other', () => {
  const sets: [string, string, string | undefined][] = [
    [EXAMPLES, '.cpu.pb.gz', undefined],
    [join(SCENARIOS, 'shared-callee'), '.pb.gz', undefined],
    [join(SCENARIOS, 'improvement'), '.pb.gz', undefined],
    [join(SCENARIOS, 'heap-growth'), '.pb.gz', 'inuse_space'],
  ];
  for (const [dir, ext, sampleType] of sets) {
    const name = dir.split('/').slice(-1)[0];
    it(`${name}: several runs a side pass`, async () => {
      for (const [b, c] of [['[123]', '[45]'], ['[45]', '[123]'], ['[12]', '[34]']]) {
        for (const side of ['baseline', 'candidate']) {
          const r = await compare({ baseline: runs(dir, side, b, ext), candidate: runs(dir, side, c, ext), sampleType });
          expect(r.verdict, `${side} ${b} against ${c}`).not.toBe('fail');
        }
      }
    });
    it(`${name}: at most one of the 20 single-run pairs fails`, async () => {
      let fails = 0;
      for (let i = 1; i <= 5; i++) {
        for (let j = 1; j <= 5; j++) {
          if (i === j) continue;
          const r = await compare({ baseline: runs(dir, 'baseline', String(i), ext), candidate: runs(dir, 'baseline', String(j), ext), sampleType });
          if (r.verdict === 'fail') fails++;
          expect(r.noise.runToRunMeasured).toBe(false);
        }
      }
      expect(fails).toBeLessThanOrEqual(1);
    });
  }
});

// Multinomial resampling of a real perf capture: each run draws `samples` stacks with the
// capture's frequencies; the candidate doubles the weight of stacks through `target`.
function resampleFolded(lines: { stack: string; count: number }[], samples: number, seed: number, target?: string): string {
  let state = seed >>> 0;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const weights = lines.map((l) => l.count * (target && l.stack.split(';').includes(target) ? 2 : 1));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1];
  const counts = new Array<number>(lines.length).fill(0);
  for (let s = 0; s < samples; s++) {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]++;
  }
  return lines.map((l, i) => (counts[i] > 0 ? `${l.stack} ${counts[i]}\n` : '')).join('');
}

describe.skipIf(!hasShared)('perf folded stacks with kernel frames (resampled from a real capture)', () => {
  const text = hasShared ? readFileSync(fixture('flamegraph-gregg', 'perf-vertx-stacks-01-collapsed-all.txt'), 'utf8') : '';
  const lines = text.split('\n').filter(Boolean).map((l) => {
    const i = l.lastIndexOf(' ');
    return { stack: l.slice(0, i), count: Number(l.slice(i + 1)) };
  });
  const dir = mkdtempSync(join(tmpdir(), 'flamegate-perf-'));
  const target = 'sys_write_[k]';
  for (let r = 1; r <= 3; r++) {
    writeFileSync(join(dir, `baseline-${r}.folded`), resampleFolded(lines, 20000, r));
    writeFileSync(join(dir, `candidate-${r}.folded`), resampleFolded(lines, 20000, 100 + r, target));
    writeFileSync(join(dir, `noise-${r}.folded`), resampleFolded(lines, 20000, 200 + r));
  }
  // With one run a side the run-to-run noise is estimated at the 80th percentile of the
  // functions' differences (a single run cannot tell a bursty function from a steady one),
  // and here every other function's share moved by a fifth with the doubling: one run a
  // side is not enough to call it, three are.
  it('flags the kernel function whose stacks doubled, keeping the _[k] name', async () => {
    for (const which of ['[123]']) {
      const r = await compare({ baseline: runs(dir, 'baseline', which, '.folded'), candidate: runs(dir, 'candidate', which, '.folded') });
      expect(r.verdict).toBe('fail');
      expect(flagged(r)).toContain(target);
    }
  });
  it('passes resampled noise with one and with three runs a side', async () => {
    for (const which of ['[123]', '1', '2']) {
      const r = await compare({ baseline: runs(dir, 'baseline', which, '.folded'), candidate: runs(dir, 'noise', which, '.folded') });
      expect(r.violations).toEqual([]);
    }
  });
});
