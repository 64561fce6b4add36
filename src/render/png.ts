// PNG from the SVG with resvg: @resvg/resvg-js where its native binary loads (faster),
// else @resvg/resvg-wasm, which the bundle carries so the action runs on every runner OS.
// Both get the bundled DejaVu Sans Mono and no system fonts: the same input gives the same bytes.
// The only file that knows the rasterizer.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { initWasm, Resvg as ResvgWasm } from '@resvg/resvg-wasm';
import { FONT_FAMILY } from './svg';
import { timing } from '../timing';

/** The font and the WebAssembly module, read by the caller. */
export interface RasterAssets {
  font: Uint8Array;
  /** Path of the same font, for the native renderer, which loads fonts from files. */
  fontPath: string;
  /** resvg's WebAssembly module; loaded only when the native renderer is not used. */
  loadWasm: () => Uint8Array;
}

/** Which renderer to use: `auto` prefers the native one. */
export type RendererChoice = 'auto' | 'native' | 'wasm';

let wasmReady: Promise<void> | undefined;

/**
 * Starts compiling resvg's WebAssembly, unless the native renderer will draw: a caller that
 * knows a picture is coming calls this first, and the compiling (on V8's background threads)
 * overlaps the reading of the profiles. renderPng waits for it.
 *
 * Compiled by V8's baseline compiler only (Liftoff, `--liftoff-only`, set before the module
 * compiles). By default V8 also recompiles hot functions with TurboFan on the other cores,
 * and waits for that at exit; one picture never repays it. Measured on Node 20 (2 cores),
 * each process drawing one picture, same PNG bytes: the demo's diff 1.27 → 0.48 s and 155 →
 * 72 MB, a 4,210 px tall one 1.45 → 0.89 s, the 200,000-sample synthetic pair's (764 KB of
 * SVG, the largest seen from a real-sized profile) 1.42 → 0.65 s. TurboFan wins only past
 * about 6 MB of SVG (3 MB 1.41 → 1.14 s, 6 MB even, 12 MB 3.18 → 3.87 s), which only rows
 * of one-pixel frames reach: for them Liftoff costs a fifth more, for the rest it saves half.
 */
export function prepareRenderer(assets: RasterAssets, choice: RendererChoice = 'auto'): void {
  if (wasmReady || choice === 'native' || (choice === 'auto' && loadNative())) return;
  setFlagsFromString('--liftoff-only');
  wasmReady = initWasm(assets.loadWasm());
  // Handled here so a failure is not an unhandled rejection before renderPng awaits it (and throws it).
  wasmReady.catch(() => undefined);
}

/** Renders the SVG to PNG bytes and says which renderer did. */
export async function renderPng(svg: string, assets: RasterAssets, choice: RendererChoice = 'auto'): Promise<{ png: Uint8Array; renderer: 'resvg-js' | 'resvg-wasm' }> {
  if (choice !== 'wasm') {
    const native = loadNative();
    if (native) {
      const image = new native.Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: [assets.fontPath], defaultFontFamily: FONT_FAMILY, monospaceFamily: FONT_FAMILY },
        fitTo: { mode: 'original' },
      }).render();
      return { png: new Uint8Array(image.asPng()), renderer: 'resvg-js' };
    }
    if (choice === 'native') throw new Error('the native renderer @resvg/resvg-js is not installed for this platform');
  }
  prepareRenderer(assets, 'wasm');
  await wasmReady;
  timing('rasterizer ready');
  const resvg = new ResvgWasm(svg, {
    font: { fontBuffers: [assets.font], defaultFontFamily: FONT_FAMILY, monospaceFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return { png, renderer: 'resvg-wasm' };
}

interface NativeResvg {
  Resvg: new (svg: string, options: object) => { render(): { asPng(): Uint8Array } };
}

let native: NativeResvg | null | undefined;

/** Loads @resvg/resvg-js when it is installed and its binary loads here; null otherwise. */
function loadNative(): NativeResvg | null {
  if (native !== undefined) return native;
  try {
    // A name the bundler cannot see: the native package stays outside dist/.
    const name = ['@resvg', 'resvg-js'].join('/');
    native = createRequire(__filename)(name) as NativeResvg;
  } catch {
    native = null;
  }
  return native;
}
