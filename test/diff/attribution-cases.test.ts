// Attribution on whole comparisons (issue 13): folded runs written to a temporary folder and
// compared the way the CLI does, with the built-in rules. Each case plants a change large
// enough for any sane noise model (+60% to +100%, several runs a side, ±3% jitter).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import type { Report } from '../../src/report/report';

const NO_CONFIG = resolve(__dirname, '..', 'data', 'scenarios', 'no-config.yml');
const CASES = resolve(__dirname, '..', '..', '..', 'shared', 'cases', 'verdict');

/** A seeded generator, so a failure repeats. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Writes `runs` runs a side into a new folder (`baseline-N.<ext>`, `candidate-N.<ext>`), each
 * made by `write` from its side's stacks with every count moved by up to ±3%.
 */
function writeRuns(
  baseline: Record<string, number>,
  candidate: Record<string, number>,
  runs = 3,
  write: (stacks: [string, number][]) => string = (stacks) => stacks.map(([s, c]) => `${s} ${c}\n`).join(''),
  ext = 'folded',
): string {
  const dir = mkdtempSync(join(tmpdir(), 'flamegate-attribution-'));
  const random = seeded(runs * 7919 + Object.keys(candidate).length);
  const jitter = (stacks: Record<string, number>) => Object.entries(stacks).map(([s, c]): [string, number] => [s, Math.max(1, Math.round(c * (0.97 + 0.06 * random())))]);
  for (let r = 1; r <= runs; r++) {
    writeFileSync(join(dir, `baseline-${r}.${ext}`), write(jitter(baseline)));
    writeFileSync(join(dir, `candidate-${r}.${ext}`), write(jitter(candidate)));
  }
  return dir;
}

async function compareDir(dir: string, ext = 'folded'): Promise<Report> {
  return (await compareFiles({ baseline: [join(dir, `baseline-*.${ext}`)], candidate: [join(dir, `candidate-*.${ext}`)], configPath: NO_CONFIG })).report;
}

const leads = (r: Report) => r.findings.map((f) => f.function);
const flagged = (r: Report) => [...new Set(r.violations.map((v) => v.function))].sort();

describe('attribution of whole comparisons', () => {
  it('attributes a caller whose growth is the sum of leads that are themselves sums of leads (was: "reading \'push\'")', async () => {
    const baseline = {
      'main.main;main.handleRequest;main.parseJSON': 1000,
      'main.main;main.handleRequest;main.renderHTML': 1000,
      'main.main;main.compress': 1000,
      'runtime.gcBgMarkWorker;runtime.gcDrain': 1000,
    };
    const candidate = { ...baseline, 'main.main;main.handleRequest;main.parseJSON': 2000, 'main.main;main.handleRequest;main.renderHTML': 2000, 'main.main;main.compress': 2000 };
    const r = await compareDir(writeRuns(baseline, candidate));
    expect(flagged(r)).toEqual(['main.compress', 'main.handleRequest', 'main.main', 'main.parseJSON', 'main.renderHTML']);
    // Three independent causes; handleRequest and main.main are their path, not causes.
    expect(leads(r).sort()).toEqual(['main.compress', 'main.parseJSON', 'main.renderHTML']);
    const callers = r.findings.flatMap((f) => f.callers).sort();
    expect(callers).toEqual(['main.handleRequest', 'main.main']);
  });

  it('leads with a mid-level function that calls its shared callees more often, not with a callee', async () => {
    // main.handleRequest calls main.decode and main.hash twice as often; main.batch calls
    // them as before, so neither callee got slower itself.
    const baseline = {
      'main.main;main.handleRequest;main.decode': 1000,
      'main.main;main.handleRequest;main.hash': 1000,
      'main.main;main.batch;main.decode': 1500,
      'main.main;main.batch;main.hash': 1500,
      'main.main;main.render': 3000,
    };
    const candidate = { ...baseline, 'main.main;main.handleRequest;main.decode': 2000, 'main.main;main.handleRequest;main.hash': 2000 };
    const r = await compareDir(writeRuns(baseline, candidate, 5));
    expect(r.verdict).toBe('fail');
    expect(flagged(r)).toContain('main.handleRequest');
    expect(leads(r)).toEqual(['main.handleRequest']);
    expect(r.findings[0].into).toEqual(expect.arrayContaining(flagged(r).filter((f) => f === 'main.decode' || f === 'main.hash')));
  });

  it('leads with a mid-level function when one shared callee carries all of its growth', async () => {
    const baseline = {
      'main.main;main.handleRequest;main.decode': 1000,
      'main.main;main.handleRequest;main.route': 500,
      'main.main;main.batch;main.decode': 1500,
      'main.main;main.render': 3000,
    };
    const candidate = { ...baseline, 'main.main;main.handleRequest;main.decode': 2000 };
    const r = await compareDir(writeRuns(baseline, candidate, 5));
    expect(flagged(r)).toContain('main.handleRequest');
    expect(leads(r)[0]).toBe('main.handleRequest');
  });

  it('still leads with a shared callee that grew under every caller', async () => {
    const baseline = {
      'main.main;main.handleRequest;main.decode': 1000,
      'main.main;main.batch;main.decode': 1000,
      'main.main;main.render': 3000,
    };
    const candidate = { ...baseline, 'main.main;main.handleRequest;main.decode': 2000, 'main.main;main.batch;main.decode': 2000 };
    const r = await compareDir(writeRuns(baseline, candidate, 5));
    expect(leads(r)).toEqual(['main.decode']);
  });
});

describe.skipIf(!readdirSafe(join(CASES, 'go-nodot')).length)('project code told from the standard library by what the profile says', () => {
  it('go-nodot: leads with shop.tokenize (module "shop", no dot), not strings.Fields', async () => {
    const dir = join(CASES, 'go-nodot');
    const r = (await compareFiles({ baseline: [join(dir, 'gomod-base-*.folded')], candidate: [join(dir, 'gomod-cand-*.folded')], configPath: NO_CONFIG })).report;
    expect(r.verdict).toBe('fail');
    expect(leads(r)[0]).toBe('shop.tokenize');
    expect(r.findings[0].into).toContain('strings.Fields');
  });
});

describe('project code told from system libraries', () => {
  // A C program whose writeLog writes twice as much: the growth is in glibc's write below it.
  const baseline = {
    'prog;main;writeLog;__GI___libc_write;entry_SYSCALL_64_[k];ksys_write_[k]': 800,
    'prog;main;writeLog;formatLine': 400,
    'prog;main;compute': 2000,
  };
  const candidate = { ...baseline, 'prog;main;writeLog;__GI___libc_write;entry_SYSCALL_64_[k];ksys_write_[k]': 1600 };

  it('folded: glibc internals and kernel frames are system code, so writeLog leads', async () => {
    const r = await compareDir(writeRuns(baseline, candidate, 5));
    expect(flagged(r)).toEqual(expect.arrayContaining(['__GI___libc_write', 'writeLog']));
    expect(leads(r)[0]).toBe('writeLog');
    expect(r.findings[0].into).toContain('__GI___libc_write');
  });

  it('perf script: the shared library a frame ran in (libc.so.6) marks it as system code, whatever its name', async () => {
    // Frames named like project code (`write_all`) but in libc, as perf prints their DSO.
    const dso: Record<string, string> = { prog: '', main: '/home/dev/c/prog', writeLog: '/home/dev/c/prog', formatLine: '/home/dev/c/prog', compute: '/home/dev/c/prog', write_all: '/usr/lib/x86_64-linux-gnu/libc.so.6', __GI___libc_write: '/usr/lib/x86_64-linux-gnu/libc.so.6', entry_SYSCALL_64: '[kernel.kallsyms]', ksys_write: '[kernel.kallsyms]' };
    const perf = (stacks: [string, number][]) => {
      let out = '';
      let t = 1;
      for (const [stack, count] of stacks) {
        const frames = stack.split(';').slice(1).map((f) => f.replace(/_\[k\]$/, '')).reverse();
        for (let i = 0; i < count; i++) {
          out += `prog 4242 ${(t++ / 1000).toFixed(6)}: 1000000 cpu-clock:ppp: \n`;
          for (const f of frames) out += `\t${(0x1000 + f.length).toString(16)} ${f}+0x1${dso[f] ? ` (${dso[f]})` : ''}\n`;
          out += '\n';
        }
      }
      return out;
    };
    const withWriteAll = (stacks: Record<string, number>) => Object.fromEntries(Object.entries(stacks).map(([s, c]) => [s.replace('writeLog;__GI___libc_write', 'writeLog;write_all;__GI___libc_write'), Math.round(c / 10)]));
    const dir = writeRuns(withWriteAll(baseline), withWriteAll(candidate), 5, perf, 'txt');
    expect(readFileSync(join(dir, 'baseline-1.txt'), 'utf8')).toContain('write_all+0x1 (/usr/lib/x86_64-linux-gnu/libc.so.6)');
    const r = await compareDir(dir, 'txt');
    expect(flagged(r)).toEqual(expect.arrayContaining(['write_all', 'writeLog']));
    expect(leads(r)[0]).toBe('writeLog');
    expect(r.findings[0].into).toEqual(expect.arrayContaining(['write_all', '__GI___libc_write']));
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
