// The HTML report's data and page (html/render.ts), read back as the viewer reads them. The
// viewer itself is tested in Chromium (test/html-browser.test.ts).
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import type { HtmlData, HtmlFunctions } from '../../src/html/data';
import { HTML_MAX_FRAMES, htmlData, htmlFunctions, renderHtml } from '../../src/html/render';
import { defaultConfig } from '../../src/rules/config';
import { fixture, hasShared, loadFixture } from '../fixtures';
import { folded, foldedRuns } from '../profiles';

/** The data blocks of a page, unpacked as the viewer unpacks them. */
function blocks(html: string): { data: HtmlData; functions: HtmlFunctions } {
  const block = (id: string) => {
    const packed = new RegExp(`<script type="application/gzip;base64" id="${id}">([A-Za-z0-9+/=]*)</script>`).exec(html);
    if (!packed) throw new Error(`no ${id} block`);
    return JSON.parse(gunzipSync(Buffer.from(packed[1], 'base64')).toString('utf8'));
  };
  return { data: block('flamegate-data'), functions: block('flamegate-functions') };
}

const compare = (base: Record<string, number>, head: Record<string, number>) => analyze({ baseline: foldedRuns(folded(base)), candidate: foldedRuns(folded(head)), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });

describe('HTML report', () => {
  it('holds the diff frames with their values, styles and p, and every function', () => {
    const { comparison, report } = compare({ 'main;a;x': 300, 'main;b': 700 }, { 'main;a;x': 900, 'main;b': 700 });
    const html = renderHtml(comparison, report, {}, '/* viewer */');
    const { data, functions } = blocks(html);
    expect(data.verdict).toBe(report.verdict);
    const q = data.quantum;
    const frame = (name: string) => {
      const i = data.frames.name.findIndex((n) => data.names[n] === name);
      return { i, b: data.frames.b[i] * q, c: data.frames.c[i] * q, bs: data.frames.bs[i] * q, cs: data.frames.cs[i] * q, parent: i - data.frames.up[i], style: data.styles[data.frames.style[i]], p: data.frames.p[i] };
    };
    expect(frame('all')).toMatchObject({ i: 0, b: 1000, c: 1600 });
    const x = frame('x');
    expect(x).toMatchObject({ b: 300, c: 900, bs: 300, cs: 900 });
    expect(data.names[data.frames.name[x.parent]]).toBe('a');
    expect(x.style[3]).toBe('cause');
    expect(x.p).toBeLessThan(0.001);
    expect(frame('b').style[3]).toBe('none');
    const row = (name: string) => functions.name.findIndex((n) => functions.names[n] === name);
    expect(functions.name.map((n) => functions.names[n]).sort()).toEqual(['a', 'b', 'main', 'x']);
    expect(functions.bt[row('a')] * q).toBe(300);
    expect(functions.ct[row('a')] * q).toBe(900);
    expect(functions.status).toBe('bbbb');
    expect(data.violations.map((v) => v.function)).toContain('x');
  });

  it('keeps to its frame budget when one parent has more children than the budget, merging the thinnest', () => {
    const children = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`main;parent;child${i}`, 1]));
    const { comparison, report } = compare(children, children);
    const data = htmlData(comparison, report);
    expect(data.frames.up.length).toBeLessThanOrEqual(HTML_MAX_FRAMES + 2);
    const merged = data.frames.name.map((n) => data.names[n]).filter((n) => /^\d+ small frames$/.test(n));
    expect(merged).toHaveLength(1);
    // The merged frame holds the rest: the parent's children add up to it.
    const parent = data.frames.name.findIndex((n) => data.names[n] === 'parent');
    let sum = 0;
    for (let i = 0; i < data.frames.up.length; i++) if (i - data.frames.up[i] === parent && i > 0) sum += data.frames.b[i];
    expect(sum).toBe(data.frames.b[parent]);
  });

  it('lets no string of a profile into the markup, and no resource from outside', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const { comparison, report } = compare({ [`main;${hostile}`]: 100, 'main;b': 100 }, { [`main;${hostile}`]: 400, 'main;b': 100 });
    const html = renderHtml(comparison, report, {}, 'console.log("</script>")');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('alert(');
    // The viewer's own `</script` is escaped too: one script element ends where it should.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">`);
    expect(blocks(html).data.names).toContain(hostile);
  });

  it.skipIf(!hasShared)('keeps a large profile to its frame budget, widest frames first (large.cpu)', () => {
    const profile = loadFixture(fixture('pprof-google', 'large.cpu'));
    const runs = [{ source: 'large.cpu', profile, typeIndex: profile.defaultSampleType, scale: 1 }];
    const { comparison, report } = analyze({ baseline: runs, candidate: runs, sampleType: profile.sampleTypes[profile.defaultSampleType], normalize: 'none', config: defaultConfig(), notes: [] });
    const data = htmlData(comparison, report);
    const frames = data.frames.up.length;
    expect(comparison.aligned.parent.length).toBeGreaterThan(400_000);
    expect(frames).toBeGreaterThan(HTML_MAX_FRAMES * 0.9);
    expect(frames).toBeLessThan(HTML_MAX_FRAMES * 1.1);
    // Every frame's parent comes before it, and children fit in their parent.
    const sums = new Float64Array(frames);
    for (let i = 1; i < frames; i++) {
      expect(data.frames.up[i]).toBeGreaterThan(0);
      sums[i - data.frames.up[i]] += data.frames.b[i];
    }
    for (let i = 0; i < frames; i++) expect(sums[i]).toBeLessThanOrEqual(data.frames.b[i] + frames);
    expect(htmlFunctions(comparison).name).toHaveLength(comparison.table.length);
    // The whole page, at most a few MB.
    expect(renderHtml(comparison, report, {}, '').length).toBeLessThan(3e6);
  });
});
