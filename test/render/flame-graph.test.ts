import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { compareProfiles } from '../../src/engine';
import { GREYS } from '../../src/render/colors';
import { buildDiffGraph, buildPlainGraph } from '../../src/render/flame-graph';
import { layoutFlame } from '../../src/render/layout';
import { escapeXml, fitLabel, renderSvg } from '../../src/render/svg';
import { defaultConfig } from '../../src/rules/config';
import { EXAMPLES } from '../fixtures';
import { expectGolden } from '../golden';
import { folded, foldedRuns } from '../profiles';

const NO_CONFIG = join(__dirname, '..', 'data', 'scenarios', 'no-config.yml');
const SCENARIOS = join(__dirname, '..', 'data', 'scenarios');

/** The fills of every frame in an SVG, by the first line of its title (the name). */
export function frameFills(svg: string): Map<string, string[]> {
  const fills = new Map<string, string[]>();
  for (const m of svg.matchAll(/<g><title>([^\n<]*)[^<]*<\/title><rect [^>]*fill="([^"]+)"/g)) {
    fills.set(m[1], [...(fills.get(m[1]) ?? []), m[2]]);
  }
  return fills;
}

/** Hue (0-360) and saturation (0-1) of a #rrggbb colour. */
export function hueOf(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, saturation: 0 };
  const hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  const l = (max + min) / 2;
  return { hue: (hue * 60 + 360) % 360, saturation: d / (1 - Math.abs(2 * l - 1)) };
}
const isRed = (hex: string) => { const { hue, saturation } = hueOf(hex); return saturation > 0.3 && (hue < 20 || hue > 340); };
const isGreen = (hex: string) => { const { hue, saturation } = hueOf(hex); return saturation > 0.3 && hue > 90 && hue < 160; };
const isBlue = (hex: string) => { const { hue, saturation } = hueOf(hex); return saturation > 0.3 && hue > 190 && hue < 240; };

describe('layout', () => {
  const steady = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`main;s${i}`, 100]));
  const { comparison } = compareProfiles(
    foldedRuns(folded({ ...steady, 'main;a;x': 300, 'main;gone': 200 })),
    foldedRuns(folded({ ...steady, 'main;a;x': 600, 'main;new': 100 })),
    { type: 'samples', unit: 'count' },
    { normalize: 'none', config: defaultConfig() },
  );
  const frames = layoutFlame(comparison.aligned, { width: 1000, share: false, baselineRuns: 1 });
  const byName = new Map(frames.map((f) => [f.name, f]));

  it('makes width baseline + candidate, root first, children in name order', () => {
    expect(frames[0]).toMatchObject({ name: 'all', x: 0, width: 1000, depth: 0, baseline: 1300, candidate: 1500 });
    expect(byName.get('a')!.width).toBeCloseTo((900 / 2800) * 1000, 6);
    expect(byName.get('gone')).toMatchObject({ status: 'gone', baseline: 200, candidate: 0 });
    expect(byName.get('new')).toMatchObject({ status: 'new', baseline: 0, candidate: 100 });
    const level1 = frames.filter((f) => f.depth === 2).map((f) => f.name);
    expect(level1).toEqual([...level1].sort());
  });

  it('merges frames narrower than the minimum width into one per parent', () => {
    const narrow = layoutFlame(comparison.aligned, { width: 1000, share: false, baselineRuns: 1, minWidth: 80 });
    const merged = narrow.filter((f) => f.status === 'merged');
    expect(merged).toHaveLength(1);
    // main's children but `a` (321 px): eight steady frames, gone and new.
    expect(merged[0].name).toBe('10 small frames');
    expect(merged[0].baseline + merged[0].candidate).toBe(8 * 200 + 200 + 100);
  });
});

describe('labels and escaping', () => {
  it('cuts names to fit and keeps the change when there is room', () => {
    expect(fitLabel('main.encodeJSON', '+99.0%', 400)).toBe('main.encodeJSON +99.0%');
    expect(fitLabel('encoding/json.(*encodeState).reflectValue', '+102%', 150)).toBe('encoding/json.… +102%');
    expect(fitLabel('encoding/json.Marshal', '+102%', 60)).toBe('encodin…');
    expect(fitLabel('anything', '', 20)).toBe('');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<script>&"'\u0001`)).toBe('&lt;script&gt;&amp;&quot;&#39;');
  });
});

describe('the diff flame graph of the example regression', () => {
  const { report, comparison } = compareFiles({ baseline: [join(EXAMPLES, 'baseline-*.cpu.pb.gz')], candidate: [join(EXAMPLES, 'candidate-*.cpu.pb.gz')], configPath: NO_CONFIG });
  const svg = renderSvg(buildDiffGraph(comparison, report, { key: 'cpu' }));
  const fills = frameFills(svg);

  it('matches the golden SVG', () => expectGolden('go119-cpu.svg', svg));

  it('paints the planted regression red and untouched code grey', () => {
    expect(fills.get('main.encodeJSON')!.every(isRed)).toBe(true);
    for (const name of ['main.hashBlocks', 'main.sortRecords', 'crypto/sha256.block']) {
      expect(fills.get(name)!.every((f) => GREYS.includes(f)), name).toBe(true);
    }
  });

  it('says the verdict, the sample type, the runs and the totals in the header', () => {
    expect(svg).toContain('flamegate · cpu · FAIL: 1 regression');
    expect(svg).toContain('cpu/nanoseconds · candidate 5 runs against baseline 5 runs · total 3.86 s → 4.97 s (+28.7%)');
  });

  it('draws a plain flame graph of one side, coloured by package', () => {
    const plain = renderSvg(buildPlainGraph(comparison, 'candidate', { key: 'cpu' }));
    const plainFills = frameFills(plain);
    expect(new Set(plainFills.get('encoding/json.Marshal'))).toEqual(new Set(plainFills.get('encoding/json.(*encodeState).marshal')));
    expect(plainFills.get('encoding/json.Marshal')).not.toEqual(plainFills.get('crypto/sha256.block'));
    expectGolden('go119-cpu-candidate.svg', plain);
  });
});

describe('removed and faster code is green, or blue for colour-blind readers', () => {
  it('paints a function doing half the work green', () => {
    const { report, comparison } = compareFiles({ baseline: [join(SCENARIOS, 'improvement', 'baseline-*')], candidate: [join(SCENARIOS, 'improvement', 'candidate-*')], configPath: NO_CONFIG });
    expect(frameFills(renderSvg(buildDiffGraph(comparison, report))).get('main.compress')!.every(isGreen)).toBe(true);
    expect(frameFills(renderSvg(buildDiffGraph(comparison, report, { palette: 'colorblind' }))).get('main.compress')!.every(isBlue)).toBe(true);
  });

  it('outlines code gone from the candidate and code new in it', () => {
    const steady = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`main;steady${i}`, 300]));
    const runs = (extra: Record<string, number>) => foldedRuns(folded({ ...steady, ...extra }), folded({ ...steady, ...extra }), folded({ ...steady, ...extra }));
    const { report, comparison } = compareProfiles(runs({ 'main;legacy': 600 }), runs({ 'main;replacement': 500 }), { type: 'samples', unit: 'count' }, { normalize: 'none', config: defaultConfig() });
    const svg = renderSvg(buildDiffGraph(comparison, report));
    expect(frameFills(svg).get('legacy')!.every(isGreen)).toBe(true);
    expect(frameFills(svg).get('replacement')!.every(isRed)).toBe(true);
    expect(svg).toMatch(/<title>legacy\n[^<]*\(gone\)<\/title><rect [^>]*stroke-dasharray/);
    expect(svg).toMatch(/>legacy gone</);
    expect(svg).toMatch(/>replace[^<]* new</);
  });
});
