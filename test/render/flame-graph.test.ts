import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { analyze } from '../../src/engine';
import { GREYS } from '../../src/render/colors';
import { buildDiffGraph, buildPlainGraph } from '../../src/render/flame-graph';
import { familyOf, layoutFlame } from '../../src/render/layout';
import { CHAR_WIDTH, escapeXml, fitLabel, FRAME_HEIGHT, renderSvg } from '../../src/render/svg';
import { shortenName } from '../../src/text';
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

/** Hue (0-360), saturation and lightness (0-1) of a #rrggbb colour. */
export function hueOf(hex: string): { hue: number; saturation: number; lightness: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  if (d === 0) return { hue: 0, saturation: 0, lightness: l };
  const hue = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (hue * 60 + 360) % 360, saturation: d / (1 - Math.abs(2 * l - 1)), lightness: l };
}
const isRed = (hex: string) => { const { hue, saturation } = hueOf(hex); return saturation > 0.3 && (hue < 20 || hue > 340); };
const isGreen = (hex: string) => { const { hue, saturation } = hueOf(hex); return saturation > 0.3 && hue > 90 && hue < 160; };
const isBlue = (hex: string) => { const { hue, saturation } = hueOf(hex); return saturation > 0.3 && hue > 190 && hue < 240; };

/** A frame as the SVG draws it, with the names of the frames below it (root first). */
interface SvgFrame { name: string; title: string; x: number; y: number; width: number; fill: string; outline: string | null; dashed: boolean; stack: string[] }

/** Every frame of a (flame, root at the bottom) SVG, with its call path read off the rows below it. */
function svgFrames(svg: string): SvgFrame[] {
  const frames: SvgFrame[] = [];
  for (const m of svg.matchAll(/<g><title>([^<]*)<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="[\d.]+" fill="(#[0-9a-f]{6})"(?: stroke="(#[0-9a-f]{6})" stroke-width="1.5"( stroke-dasharray)?)?/g)) {
    // Outlined rectangles are inset by half the stroke.
    const inset = m[6] ? 0.75 : 0;
    frames.push({ name: m[1].split('\n')[0], title: m[1], x: Number(m[2]) - inset, y: Number(m[3]) - inset, width: Number(m[4]) + 0.5 + 2 * inset, fill: m[5], outline: m[6] ?? null, dashed: Boolean(m[7]), stack: [] });
  }
  for (const f of frames) {
    for (let below = f; ;) {
      const parent = frames.find((p) => Math.abs(p.y - below.y - FRAME_HEIGHT) < 0.1 && p.x <= below.x + 0.05 && below.x + below.width <= p.x + p.width + 0.05);
      if (!parent) break;
      f.stack.unshift(parent.name);
      below = parent;
    }
  }
  return frames;
}

/** Where the frame's own cost changed: deep colour, solid outline. */
const isCause = (f: SvgFrame) => f.outline !== null && !f.dashed && hueOf(f.fill).lightness < 0.8 && /\nown cost (grew|shrank) \(self /.test(f.title);
/** Changed through its callees only: a pale tone of the hue, lighter than the greys, no outline. */
const isThrough = (f: SvgFrame) => f.outline === null && hueOf(f.fill).saturation > 0.3 && hueOf(f.fill).lightness > 0.86 && /\n(grew|shrank) through callees \(self /.test(f.title);
const isGrey = (f: SvgFrame) => f.outline === null && GREYS.includes(f.fill);

describe('layout', () => {
  const steady = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`main;s${i}`, 100]));
  const { comparison } = analyze({ baseline: foldedRuns(folded({ ...steady, 'main;a;x': 300, 'main;gone': 200 })), candidate: foldedRuns(folded({ ...steady, 'main;a;x': 600, 'main;new': 100 })), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
  const frames = layoutFlame(comparison.aligned, { width: 1000, measure: comparison.measure });
  const byName = new Map(frames.map((f) => [f.name, f]));

  it('makes width baseline + candidate, root first, children in name order', async () => {
    expect(frames[0]).toMatchObject({ name: 'all', x: 0, width: 1000, depth: 0, baseline: 1300, candidate: 1500 });
    expect(byName.get('a')!.width).toBeCloseTo((900 / 2800) * 1000, 6);
    expect(byName.get('gone')).toMatchObject({ status: 'gone', baseline: 200, candidate: 0 });
    expect(byName.get('new')).toMatchObject({ status: 'new', baseline: 0, candidate: 100 });
    const level1 = frames.filter((f) => f.depth === 2).map((f) => f.name);
    expect(level1).toEqual([...level1].sort());
  });

  it('merges frames narrower than the minimum width into one per parent', async () => {
    const narrow = layoutFlame(comparison.aligned, { width: 1000, measure: comparison.measure, minWidth: 80 });
    const merged = narrow.filter((f) => f.status === 'merged');
    expect(merged).toHaveLength(1);
    // main's children but `a` (321 px): s0..s7 (numbered, but not closures), gone and new.
    expect(merged[0].name).toBe('10 small frames');
    expect(merged[0].baseline + merged[0].candidate).toBe(8 * 200 + 200 + 100);
  });

  it('draws thin siblings of one family as one frame, with their callees merged by name', async () => {
    // 40 closures of one function, each too thin to draw, all calling `work`: one frame
    // `run.func* ×40` over one `work`, where they had been one grey "40 small frames".
    const closures = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`main;run.func${i + 1};work`, 10]));
    const { comparison: c } = analyze({ baseline: foldedRuns(folded({ ...closures, 'main;other': 2000 })), candidate: foldedRuns(folded({ ...closures, 'main;other': 2000 })), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const drawn = layoutFlame(c.aligned, { width: 1000, measure: c.measure, minWidth: 5 });
    const family = drawn.find((f) => f.name === 'run.func* ×40')!;
    expect(family).toMatchObject({ depth: 2, baseline: 400, candidate: 400, status: 'both' });
    const work = drawn.filter((f) => f.name === 'work');
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ depth: 3, baseline: 400, candidate: 400, baselineSelf: 400 });
    expect(family.baselineSelf).toBe(0);
    expect(drawn.some((f) => f.status === 'merged')).toBe(false);
  });
});

describe('families', () => {
  it('makes closure and lambda numbers one family, and leaves a function\'s own numbers alone', () => {
    const cases: [string, string][] = [
      ['main.run.func12', 'main.run.func*'],
      ['main.run.func13.2', 'main.run.func*'],
      ['main.(*T).Run.func1.gowrap2', 'main.(*T).Run.func*.gowrap*'],
      ['Foo$$Lambda$41/0x0000000800c0b000.apply', 'Foo$$Lambda*.apply'],
      ['Foo$$Lambda.0x00007f12.run', 'Foo$$Lambda*.run'],
      ['com.x.Foo.lambda$main$12', 'com.x.Foo.lambda$main$*'],
      ['Foo$$anonfun$run$2', 'Foo$$anonfun$run$*'],
      ['{lambda(int)#2}::operator()', '{lambda(int)#*}::operator()'],
      ['crc32.update', 'crc32.update'],
      ['pkg3.Func17', 'pkg3.Func17'],
      ['sha256block', 'sha256block'],
    ];
    for (const [name, family] of cases) expect(familyOf(name), name).toBe(family);
  });

  it('keeps thin siblings apart whose names merely hold numbers', async () => {
    // Numbered names that are not closures stay apart: one grey frame.
    const numbered = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`main;handler${i + 1};work`, 10]));
    const { comparison: n } = analyze({ baseline: foldedRuns(folded({ ...numbered, 'main;other': 2000 })), candidate: foldedRuns(folded({ ...numbered, 'main;other': 2000 })), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const apart = layoutFlame(n.aligned, { width: 1000, measure: n.measure, minWidth: 5 });
    expect(apart.find((f) => f.status === 'merged')).toMatchObject({ name: '40 small frames', baseline: 400, candidate: 400 });
    expect(apart.some((f) => f.name.includes('×'))).toBe(false);
  });
});

describe('thin towers', () => {
  it('leaves out levels that hold only thin grey frames, and keeps every level a wide frame reaches', async () => {
    // A tower 30 frames tall and 0.3% wide over a wide call of depth 3.
    const tower = Array.from({ length: 30 }, (_, i) => `t${i}`).join(';');
    const profile = folded({ 'main;a;b;c': 1000, [`main;${tower}`]: 3 });
    const { comparison, report } = analyze({ baseline: foldedRuns(profile, profile, profile), candidate: foldedRuns(profile, profile, profile), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const graph = buildDiffGraph(comparison, report, { width: 1000 });
    const depths = new Set(graph.frames.map((f) => f.y));
    // all, main, a, b, c: five levels, not thirty-one.
    expect(depths.size).toBe(5);
    expect(graph.height).toBe(72 + 5 * FRAME_HEIGHT + 10);
    expect(graph.frames.some((f) => f.label.startsWith('c'))).toBe(true);
  });
});

describe('labels and escaping', () => {
  it('cuts names to fit and keeps the change when there is room', async () => {
    expect(fitLabel('main.encodeJSON', '+99.0%', 400)).toBe('main.encodeJSON +99.0%');
    // The qualifier goes first, so the function's own name survives.
    expect(fitLabel('encoding/json.(*encodeState).reflectValue', '+102%', 150)).toBe('…reflectValue +102%');
    expect(fitLabel('encoding/json.Marshal', '+102%', 60)).toBe('…Marshal');
    expect(fitLabel('anything', '', 20)).toBe('');
  });

  it('keeps a function\'s own name when it cuts: Go, Java, C++, a JS frame with its place, a long own name', () => {
    expect(shortenName('encoding/json.(*encodeState).reflectValue', 25)).toBe('…ncodeState).reflectValue');
    expect(shortenName('com.example.shop.OrderServiceImpl.validateOrder', 20)).toBe('…validateOrder');
    expect(shortenName('runtime.mallocgc', 9)).toBe('…mallocgc');
    expect(shortenName('runtime.mallocgc', 6)).toBe('mallo…');
    expect(shortenName('std::vector<int>::push_back(int const&)', 30)).toBe('std::vector<int>::push_back(…)');
    expect(shortenName('std::vector<int>::push_back(int const&)', 20)).toBe('…tor<int>::push_back');
    expect(shortenName('handleRequest /app/server.js:12', 14)).toBe('handleRequest');
    expect(shortenName('main.main', 20)).toBe('main.main');
    expect(shortenName('main.setFunctions.func* ×980', 15)).toBe('…func* ×980');
    expect(shortenName('example.com/shop.contendedCounter.func1', 18)).toBe('…ndedCounter.func1');
    expect(shortenName('example.com/shop.contendedCounter.func1', 12)).toBe('…func1');
  });

  it('draws underscores again as lines under their characters, a run of them as one', () => {
    const model = { width: 400, height: 40, title: 't', titleColor: '#000000', subtitle: '', legend: [], frames: [{ x: 10, y: 20, width: 300, fill: '#dadada', label: '__GI___libc_write', title: '' }] };
    const svg = renderSvg(model);
    const lines = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="1" fill="#000000"\/>/g)].map((m) => m.slice(1).map(Number));
    // `__` at characters 0-1, `___` at 4-6, `_` at 11; the text starts at x 13, the lines 13.5 below the frame's top.
    const at = (v: number) => Number(v.toFixed(2));
    expect(lines).toEqual([[13, 33.5, at(2 * CHAR_WIDTH)], [at(13 + 4 * CHAR_WIDTH), 33.5, at(3 * CHAR_WIDTH)], [at(13 + 11 * CHAR_WIDTH), 33.5, at(CHAR_WIDTH)]]);
  });

  it('escapes markup, and shows controls, bidi overrides and zero-width characters as escapes', async () => {
    expect(escapeXml(`<script>&"'\u0001`)).toBe('&lt;script&gt;&amp;&quot;&#39;\\u0001');
    expect(escapeXml('admin\u202E\u2066gnp.exe\u200B')).toBe('admin\\u202E\\u2066gnp.exe\\u200B');
  });
});

const example = await compareFiles({ baseline: [join(EXAMPLES, 'baseline-*.cpu.pb.gz')], candidate: [join(EXAMPLES, 'candidate-*.cpu.pb.gz')], configPath: NO_CONFIG });

describe('the diff flame graph of the example regression', () => {
  const { report, comparison } = example;
  const svg = renderSvg(buildDiffGraph(comparison, report, { key: 'cpu' }));
  const fills = frameFills(svg);

  it('matches the golden SVG', () => expectGolden('go119-cpu.svg', svg));

  it('paints the planted regression red and untouched code grey', async () => {
    expect(fills.get('main.encodeJSON')!.every(isRed)).toBe(true);
    for (const name of ['main.hashBlocks', 'main.sortRecords', 'crypto/sha256.block']) {
      expect(fills.get(name)!.every((f) => GREYS.includes(f)), name).toBe(true);
    }
  });

  it('outlines the JSON encoder whose own cost grew, and draws main.encodeJSON, which only calls it, pale', async () => {
    const frames = svgFrames(svg);
    const named = (name: string) => frames.filter((f) => f.name === name);
    expect(named('encoding/json.structEncoder.encode').some(isCause)).toBe(true);
    for (const name of ['all', 'main.encodeJSON', 'encoding/json.Marshal']) expect(named(name).every(isThrough), name).toBe(true);
    // Every outlined frame is in the encoder.
    expect(frames.filter(isCause).every((f) => f.stack.includes('main.encodeJSON'))).toBe(true);
  });

  it('says the verdict, the sample type, the runs and the totals in the header', async () => {
    expect(svg).toContain('flamegate · cpu · FAIL: 1 regression');
    expect(svg).toContain('cpu/nanoseconds · candidate 5 runs against baseline 5 runs · total 3.86 s → 4.97 s (+28.7%)');
  });

  it('draws a plain flame graph of one side, coloured by package', async () => {
    const plain = renderSvg(buildPlainGraph(comparison, 'candidate', { key: 'cpu' }));
    const plainFills = frameFills(plain);
    expect(new Set(plainFills.get('encoding/json.Marshal'))).toEqual(new Set(plainFills.get('encoding/json.(*encodeState).marshal')));
    expect(plainFills.get('encoding/json.Marshal')).not.toEqual(plainFills.get('crypto/sha256.block'));
    expectGolden('go119-cpu-candidate.svg', plain);
  });
});

describe('removed and faster code is green, or blue for colour-blind readers', () => {
  it('paints a function doing half the work green: outlined where the work shrank, pale below', async () => {
    const { report, comparison } = await compareFiles({ baseline: [join(SCENARIOS, 'improvement', 'baseline-*')], candidate: [join(SCENARIOS, 'improvement', 'candidate-*')], configPath: NO_CONFIG });
    for (const [palette, isHue] of [['default', isGreen], ['colorblind', isBlue]] as const) {
      const frames = svgFrames(renderSvg(buildDiffGraph(comparison, report, { palette })));
      const compress = frames.filter((f) => f.name === 'main.compress');
      expect(compress.length).toBe(1);
      expect(compress.every((f) => isThrough(f) && isHue(f.fill)), palette).toBe(true);
      const work = frames.filter((f) => f.name === 'crypto/sha256.block' && f.stack.join(';').endsWith('main.compress;main.spin;crypto/sha256.Sum256;crypto/sha256.(*digest).Write'));
      expect(work.length).toBe(1);
      expect(work.every((f) => isCause(f) && isHue(f.fill) && f.title.includes('own cost shrank (self -')), palette).toBe(true);
    }
  });

  it('outlines code gone from the candidate and code new in it', async () => {
    const steady = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`main;steady${i}`, 300]));
    const runs = (extra: Record<string, number>) => foldedRuns(folded({ ...steady, ...extra }), folded({ ...steady, ...extra }), folded({ ...steady, ...extra }));
    const { report, comparison } = analyze({ baseline: runs({ 'main;legacy': 600 }), candidate: runs({ 'main;replacement': 500 }), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const svg = renderSvg(buildDiffGraph(comparison, report));
    expect(frameFills(svg).get('legacy')!.every(isGreen)).toBe(true);
    expect(frameFills(svg).get('replacement')!.every(isRed)).toBe(true);
    expect(svg).toMatch(/<title>legacy\n[^<]*\(gone\)[^<]*<\/title><rect [^>]*stroke-dasharray/);
    expect(svg).toMatch(/>legacy gone</);
    expect(svg).toMatch(/>replace[^<]* new</);
  });
});

describe('the frames whose own cost changed stand out from the callers it changed through', () => {
  it('outlines the work under main.checksum and draws its callers pale (shared-callee, real Go profiles)', async () => {
    const { report, comparison } = await compareFiles({ baseline: [join(SCENARIOS, 'shared-callee', 'baseline-*')], candidate: [join(SCENARIOS, 'shared-callee', 'candidate-*')], configPath: NO_CONFIG });
    const frames = svgFrames(renderSvg(buildDiffGraph(comparison, report)));
    const causes = frames.filter(isCause);
    // main.checksum (with main.spin inlined) hashes twice as much under both handlers:
    // sha256.block, where that time is spent, is the cause on both paths, and only there.
    expect(causes.map((f) => `${f.stack.slice(3).join(';')};${f.name}`).sort()).toEqual([
      'main.handleDownload;main.checksum;main.spin;crypto/sha256.Sum256;crypto/sha256.(*digest).Write;crypto/sha256.block',
      'main.handleUpload;main.checksum;main.spin;crypto/sha256.Sum256;crypto/sha256.(*digest).Write;crypto/sha256.block',
    ]);
    expect(causes.every((f) => isRed(f.fill) && f.title.includes('own cost grew (self +'))).toBe(true);
    for (const name of ['all', 'runtime.main', 'main.main', 'main.handleUpload', 'main.handleDownload', 'main.checksum']) {
      const named = frames.filter((f) => f.name === name);
      expect(named.length, name).toBeGreaterThan(0);
      expect(named.every((f) => isThrough(f) && isRed(f.fill) && f.title.includes('grew through callees (self ')), name).toBe(true);
    }
    // The same function under a handler's own, unchanged hashing is grey.
    const own = frames.filter((f) => f.name === 'crypto/sha256.block' && f.stack.join(';') === 'all;runtime.main;main.main;main.handleUpload;main.spin;crypto/sha256.Sum256;crypto/sha256.(*digest).Write');
    expect(own.length).toBe(1);
    expect(own.every(isGrey)).toBe(true);
  });

  it('outlines each of two independent regressions, a caller with work of its own too, and draws only the callers pale', async () => {
    // Three runs a side with a little spread; db does more work itself and in its query.
    const run = (i: number, grown: boolean) => folded({
      ...Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`main;steady${k}`, 300 + ((i + k) % 3) * 4])),
      'main;api;encode;json': (grown ? 900 : 500) + i * 5,
      'main;api;log': 200 - i * 3,
      'main;worker;compress': (grown ? 700 : 400) + i * 4,
      'main;worker;poll': 300 + i * 2,
      'main;db': (grown ? 500 : 300) + i * 3,
      'main;db;query': (grown ? 600 : 450) - i * 2,
    });
    const { report, comparison } = analyze({ baseline: foldedRuns(run(0, false), run(1, false), run(2, false)), candidate: foldedRuns(run(0, true), run(1, true), run(2, true)), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const frames = svgFrames(renderSvg(buildDiffGraph(comparison, report)));
    const style = (name: string) => {
      const f = frames.find((g) => g.name === name)!;
      return isCause(f) ? 'cause' : isThrough(f) ? 'through' : isGrey(f) ? 'grey' : `other ${f.fill}`;
    };
    expect(Object.fromEntries(['all', 'main', 'api', 'encode', 'json', 'log', 'worker', 'compress', 'poll', 'db', 'query', 'steady0'].map((n) => [n, style(n)]))).toEqual({
      all: 'through', main: 'through', api: 'through', encode: 'through', json: 'cause', log: 'grey',
      worker: 'through', compress: 'cause', poll: 'grey', db: 'cause', query: 'cause', steady0: 'grey',
    });
    expect(frames.find((f) => f.name === 'db')!.title).toContain('own cost grew (self +200: 303 → 503)');
  });

  it('explains the outline and the pale tone in the legend', async () => {
    const { report, comparison } = await compareFiles({ baseline: [join(SCENARIOS, 'shared-callee', 'baseline-*')], candidate: [join(SCENARIOS, 'shared-callee', 'candidate-*')], configPath: NO_CONFIG });
    const svg = renderSvg(buildDiffGraph(comparison, report));
    expect(svg).toMatch(/<rect [^>]*stroke="#[0-9a-f]{6}" stroke-width="1.5"\/>\n<text [^>]*>own cost grew<\/text>/);
    expect(svg).toContain('>grew through callees</text>');
    expect(svg).toContain('>shrank through callees</text>');
    expect(svg).toContain('>own cost shrank</text>');
  });
});
