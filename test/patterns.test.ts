// The pattern of each violation (issue 19): real profiles with known planted changes, from
// the calibration corpus (Go runtime/pprof), the scenario profiles (Go heap and mutex), and
// a real program under Linux perf whose system calls grow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../src/compare-files';
import { renderMarkdown } from '../src/report/markdown';
import type { Report } from '../src/report/report';
import { renderTerminal } from '../src/report/terminal';
import { EXAMPLES } from './fixtures';

const ROOT = resolve(__dirname, '..');
const CORPUS = join(ROOT, 'calibration', 'corpus', 'go');
const SCENARIOS = join(ROOT, 'test', 'data', 'scenarios');
const NO_CONFIG = join(SCENARIOS, 'no-config.yml');

const violation = (report: Report, name: string) => report.violations.find((v) => v.function === name);
const go = (variant: string) => compareFiles({ baseline: [join(CORPUS, 'base-0[1-5].pb.gz')], candidate: [join(CORPUS, `${variant}-[1-5].pb.gz`)], configPath: NO_CONFIG });

describe('the pattern of each violation', () => {
  it('calls a leaf that does more work itself a hot spot (Go, main.tokenize +100%)', async () => {
    const { report } = await go('leaf-100');
    expect(violation(report, 'main.tokenize')).toMatchObject({ pattern: 'hot-spot' });
  });

  it('calls a caller whose callees run more often a subtree, and names the callees that carry it (Go, main.parseRecord)', async () => {
    const { report } = await go('mid-100');
    const v = violation(report, 'main.parseRecord')!;
    expect(v.pattern).toBe('subtree');
    expect(v.carriers!.length).toBeGreaterThan(0);
    for (const c of v.carriers!) expect(['main.normField', 'main.hashField']).toContain(c);
  });

  it('calls a function absent from the baseline new code (Go, main.auditTokens)', async () => {
    const { report } = await go('new-100');
    expect(violation(report, 'main.auditTokens')).toMatchObject({ pattern: 'new-code', status: 'new' });
  });

  it('calls growth of a heap profile allocation, and of a lock profile contention, new or not (Go inuse_space, mutex delay)', async () => {
    const heap = await compareFiles({ baseline: [join(SCENARIOS, 'heap-growth', 'baseline-*.pb.gz')], candidate: [join(SCENARIOS, 'heap-growth', 'candidate-*.pb.gz')], sampleType: 'inuse_space', configPath: NO_CONFIG });
    expect(violation(heap.report, 'main.cacheStore')).toMatchObject({ pattern: 'allocation' });
    const mutex = await compareFiles({ baseline: [join(SCENARIOS, 'mutex-from-zero', 'baseline-*.pb.gz')], candidate: [join(SCENARIOS, 'mutex-from-zero', 'candidate-*.pb.gz')], sampleType: 'delay', configPath: NO_CONFIG });
    const lock = violation(mutex.report, 'main.updateShared.func1')!;
    expect(lock).toMatchObject({ pattern: 'contention', status: 'new' });
    // The lead says its share of all the wait time, new from none.
    const share = `${((lock.candidate / mutex.report.candidate.total) * 100).toFixed(1)}%`;
    // Go's mutex profile records the holder, at its Unlock: read as the holder.
    expect(renderTerminal(mutex.report, { color: false })).toMatch(new RegExp(`contention: others waited longer for a lock it held \\(the profile records the holder at its unlock\\): look at what it does while holding the lock; released through sync\\.\\(\\*Mutex\\)\\.Unlock; ${share.replace('.', '\\.')} of all wait time \\(0\\.0% before\\)`));
  });

  it('leads a block profile\'s new contention with the function that waits, the lock it waits through and its share, beside a WaitGroup wait that was there before (Go block profile)', async () => {
    const block = await compareFiles({ baseline: [join(SCENARIOS, 'block-from-zero', 'baseline-*.pb.gz')], candidate: [join(SCENARIOS, 'block-from-zero', 'candidate-*.pb.gz')], sampleType: 'delay', configPath: NO_CONFIG });
    expect(block.report.verdict).toBe('fail');
    const lead = block.report.findings[0];
    expect(lead.function).toBe('main.updateShared.func1');
    const v = violation(block.report, 'main.updateShared.func1')!;
    expect(v).toMatchObject({ pattern: 'contention', status: 'new', carriers: ['sync.(*Mutex).Lock'] });
    const share = `${((v.candidate / block.report.candidate.total) * 100).toFixed(1)}%`;
    expect(renderMarkdown(block.report)).toContain(`| | ↳ contention: more time waiting for a lock through it: look at what holds the lock, and for how long; through \`sync.(*Mutex).Lock\`; ${share} of all wait time (0.0% before) | | | | | | |`);
    // The wait for the goroutines, as long in both (one run each side), is no regression.
    expect(violation(block.report, 'sync.(*WaitGroup).Wait')).toBeUndefined();
  });

  it('says the pattern and what to look at in the comment and the terminal (the demo)', async () => {
    const { report } = await compareFiles({ baseline: [join(EXAMPLES, 'baseline-*.cpu.pb.gz')], candidate: [join(EXAMPLES, 'candidate-*.cpu.pb.gz')], configPath: NO_CONFIG });
    expect(violation(report, 'main.encodeJSON')).toMatchObject({ pattern: 'subtree', carriers: ['encoding/json.Marshal'] });
    // Its own cost grew too (+82 ms), but most of its +964 ms is in what it calls.
    expect(violation(report, 'encoding/json.structEncoder.encode')).toMatchObject({ pattern: 'subtree' });
    expect(renderMarkdown(report)).toContain('| | ↳ subtree: its own code did not grow; what it calls did; through `encoding/json.Marshal` | | | | | | |');
    expect(renderTerminal(report, { color: false })).toContain('subtree: its own code did not grow; what it calls did; through encoding/json.Marshal');
  });

  const perf = spawnSync('perf', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!perf) console.warn('patterns.test.ts: the kernel case is skipped: no perf (apt-get install linux-perf)');
  it.skipIf(!perf)('calls growth in kernel frames kernel (dd under perf, writing in 1-byte system calls instead of 64-byte ones)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-kernel-'));
    const record = (name: string, bs: number, count: number) => {
      const data = join(dir, `${name}.data`);
      const rec = spawnSync('perf', ['record', '-q', '-F', '999', '-g', '-o', data, '--', 'dd', 'if=/dev/zero', 'of=/dev/null', `bs=${bs}`, `count=${count}`], { encoding: 'utf8' });
      if (rec.status !== 0) throw new Error(`perf record: ${rec.stderr}`);
      const script = spawnSync('perf', ['script', '-i', data], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const path = join(dir, `${name}.perf.txt`);
      writeFileSync(path, script.stdout);
      return path;
    };
    // The same bytes: 64 times the system calls in the candidate.
    const baseline = [1, 2, 3].map((i) => record(`base-${i}`, 64, 20_000));
    const candidate = [1, 2, 3].map((i) => record(`head-${i}`, 1, 1_280_000));
    const { report } = await compareFiles({ baseline, candidate, configPath: NO_CONFIG });
    expect(report.verdict).toBe('fail');
    const leads = report.findings.map((f) => violation(report, f.function)!).filter(Boolean);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.map((v) => v.pattern)).toContain('kernel');
    // The header says how much of each side is kernel time (dd lives in system calls either way).
    expect(report.kernelShare!.baseline).toBeGreaterThan(0.2);
    expect(report.kernelShare!.candidate).toBeGreaterThan(0.2);
    const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
    expect(renderMarkdown(report)).toContain(` · kernel time ${pct(report.kernelShare!.baseline)} → ${pct(report.kernelShare!.candidate)} of each total`);
    // A plain graph draws kernel frames in blues, with a legend that says so.
    const { buildPlainGraph } = await import('../src/render/flame-graph');
    const analysis = await compareFiles({ baseline: [], candidate, configPath: NO_CONFIG });
    const plain = buildPlainGraph(analysis.comparison, 'candidate');
    expect(plain.legend.map((l) => l.label)).toEqual(['user code (by package)', expect.stringMatching(/^kernel \(\d+\.\d% of the total\)$/)]);
    const kernelFills = plain.frames.filter((f) => /_\[k\]/.test(f.title)).map((f) => f.fill);
    expect(kernelFills.length).toBeGreaterThan(0);
    for (const fill of kernelFills) expect(Number.parseInt(fill.slice(5, 7), 16)).toBeGreaterThan(Number.parseInt(fill.slice(1, 3), 16));
  });

  it('gives no kernel share to profiles without kernel frames', async () => {
    const { report } = await go('leaf-100');
    expect(report.kernelShare).toBeUndefined();
    expect(renderMarkdown(report)).not.toContain('kernel time');
  });
});
