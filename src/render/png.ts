// PNG from the SVG with resvg: @resvg/resvg-js where its native binary loads (faster),
// else @resvg/resvg-wasm, which the bundle carries so the action runs on every runner OS.
// Both get the bundled DejaVu Sans Mono and no system fonts: the same input gives the same bytes.
// The only file that knows the rasterizer.
import { createRequire } from 'node:module';
import { initWasm, Resvg as ResvgWasm } from '@resvg/resvg-wasm';
import { FONT_FAMILY } from './svg';

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
  wasmReady ??= initWasm(assets.loadWasm());
  await wasmReady;
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
