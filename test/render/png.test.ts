// PNG from the bundled fonts with both rasterizers: deterministic, the same bytes from
// resvg-js and resvg-wasm, about 1200 px wide and well under 1 MB.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { loadRasterAssets } from '../../src/render/assets';
import { buildDiffGraph } from '../../src/render/flame-graph';
import { renderPng } from '../../src/render/png';
import { renderSvg } from '../../src/render/svg';
import { analyze } from '../../src/engine';
import { defaultConfig } from '../../src/rules/config';
import { EXAMPLES } from '../fixtures';
import { folded, foldedRuns } from '../profiles';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const nativeLoads = (() => {
  try {
    createRequire(__filename)('@resvg/resvg-js');
    return true;
  } catch {
    return false;
  }
})();

function dimensions(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const example = await compareFiles({
  baseline: [join(EXAMPLES, 'baseline-*.cpu.pb.gz')],
  candidate: [join(EXAMPLES, 'candidate-*.cpu.pb.gz')],
  configPath: join(__dirname, '..', 'data', 'scenarios', 'no-config.yml'),
});

describe('PNG', () => {
  const { report, comparison } = example;
  const svg = renderSvg(buildDiffGraph(comparison, report));
  const assets = loadRasterAssets();

  it('renders with the WebAssembly resvg: a 1200 px wide PNG under 1 MB, the same bytes every time', async () => {
    const first = await renderPng(svg, assets, 'wasm');
    const second = await renderPng(svg, assets, 'wasm');
    expect(first.renderer).toBe('resvg-wasm');
    expect([...first.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(dimensions(first.png)).toEqual({ width: 1200, height: expect.any(Number) });
    expect(first.png.length).toBeLessThan(1 << 20);
    expect(Buffer.compare(first.png, second.png)).toBe(0);
  });

  it.skipIf(!nativeLoads)('gives the same bytes with the native resvg-js', async () => {
    const native = await renderPng(svg, assets, 'native');
    const wasm = await renderPng(svg, assets, 'wasm');
    expect(native.renderer).toBe('resvg-js');
    expect(Buffer.compare(native.png, wasm.png)).toBe(0);
  });

  it('draws names from profiles as text, never as markup', async () => {
    const names = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', 'a&b', "it's", 'ctrl\u0001\u001fchars', '\ud800lone surrogate', 'x'.repeat(100_000)];
    const steady = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`main;steady${i}`, 300]));
    const stacks = (k: number) => folded({ ...steady, ...Object.fromEntries(names.map((n) => [`main;${n}`, 200 * k])) });
    const hostile = analyze({ baseline: foldedRuns(stacks(1), stacks(1)), candidate: foldedRuns(stacks(2), stacks(2)), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const text = renderSvg(buildDiffGraph(hostile.comparison, hostile.report));
    expect(text).not.toMatch(/<script|<svg onload|\u0001/);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text.length).toBeLessThan(200_000);
    const { png } = await renderPng(text, assets, 'wasm'); // resvg refuses malformed XML
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});
