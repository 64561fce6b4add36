// The verdict on the calibration corpus (calibration/, real Go, Node and C profiles of one
// pipeline, see its README): a few of the comparisons `npm run calibrate` makes, as tests
// that fail when the noise model, the drift or the attribution regress. The full figures
// (false alarms over 180 splits, power per variant) are in README "What we measured".
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../src/compare-files';
import { machineFrameKind } from '../src/diff/machine-frames';
import { renderMarkdown } from '../src/report/markdown';

const CORPUS = resolve(__dirname, '..', 'calibration', 'corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));
const LANGS = ['go', 'node', 'c'] as const;
const file = (lang: string, name: string) => join(CORPUS, manifest[lang].files.replace('NAME', name));
// Unchanged runs are numbered base-01..12, loaded-base-01..12 and busy-base-01..08, a variant's runs leaf-100-1..5.
const runs = (lang: string, prefix: string, picks: number[]) => picks.map((i) => file(lang, `${prefix}${prefix.includes('base') ? String(i).padStart(2, '0') : i}`));
const compare = async (baseline: string[], candidate: string[]) => (await compareFiles({ baseline, candidate })).report;

describe.each(LANGS)('calibration corpus: %s', (lang) => {
  const planted = manifest[lang].planted as Record<string, string>;

  it('passes unchanged runs against each other, and runs of a loaded machine against normal ones', async () => {
    for (const [b, c] of [[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], [[2, 4, 6], [8, 10, 12]], [[1], [12]]]) {
      expect((await compare(runs(lang, 'base-', b), runs(lang, 'base-', c))).verdict, `base ${b} against ${c}`).not.toBe('fail');
    }
    const loaded = await compare(runs(lang, 'base-', [1, 2, 3, 4, 5]), runs(lang, 'loaded-base-', [1, 2, 3, 4, 5]));
    expect(loaded.verdict).not.toBe('fail');
  });

  if (lang === 'go') {
    it('says the runners differed when the candidate ran on a busy core, and passes it', async () => {
      // busy-base: a busy loop shared the program's core. Go's preemption frames went from
      // under 1% of the samples to 13-18%: the report says so, and they are never judged.
      const busy = await compare(runs(lang, 'base-', [1, 2, 3, 4, 5]), runs(lang, 'busy-base-', [1, 2, 3, 4, 5]));
      expect(busy.verdict).not.toBe('fail');
      expect(busy.noise.machineShare.candidate).toBeGreaterThan(Math.max(0.1, 5 * busy.noise.machineShare.baseline));
      expect(renderMarkdown(busy)).toContain('The runners differed');
      // The loaded runs (the other core busy) moved them by less than 2 points: not said.
      const loaded = await compare(runs(lang, 'base-', [1, 2, 3, 4, 5]), runs(lang, 'loaded-base-', [1, 2, 3, 4, 5]));
      expect(renderMarkdown(loaded)).not.toContain('The runners differed');
    });
  }

  it('fails a leaf and a new function that doubled, and leads with them', async () => {
    for (const variant of ['leaf', 'new']) {
      const r = await compare(runs(lang, 'base-', [1, 2, 3, 4, 5]), runs(lang, `${variant}-100-`, [1, 2, 3, 4, 5]));
      expect(r.verdict, variant).toBe('fail');
      expect(r.findings[0].function, variant).toBe(planted[variant]);
    }
  });

  it('passes improvements', async () => {
    for (const variant of ['improve-25', 'improve-50']) {
      expect((await compare(runs(lang, 'base-', [1, 2, 3, 4, 5]), runs(lang, `${variant}-`, [1, 2, 3, 4, 5]))).verdict, variant).toBe('pass');
    }
  });
});

describe('frames that measure the machine', () => {
  it('are told by the profile: Go runtime files (also under -trimpath), kernel interrupt frames, V8 pseudo-frames', async () => {
    expect(machineFrameKind('runtime.asyncPreempt', 'runtime/preempt_amd64.s')).toBe('preemption');
    expect(machineFrameKind('runtime.gcBgMarkWorker', '/usr/lib/go-1.22/src/runtime/mgc.go')).toBe('gc');
    expect(machineFrameKind('runtime.gcDrain')).toBe('gc');
    expect(machineFrameKind('runtime.mallocgc', 'runtime/malloc.go')).toBeUndefined();
    expect(machineFrameKind('pvm_irq_enable_[k]')).toBe('preemption');
    expect(machineFrameKind('asm_sysvec_apic_timer_interrupt_[k]')).toBe('interrupt');
    expect(machineFrameKind('sys_write_[k]')).toBeUndefined();
    expect(machineFrameKind('irq_exit_rcu')).toBeUndefined(); // no kernel marker: a user function of that name
    expect(machineFrameKind('(garbage collector)')).toBe('gc');
    expect(machineFrameKind('main.runtime')).toBeUndefined();
  });
});
