// Finds the rasterizer's font and WebAssembly module: beside the bundle in dist/ (the
// build copies them there), else in node_modules (tests, a development checkout).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RasterAssets } from './png';

/** The file names the build copies into dist/. */
export const FONT_FILE = 'DejaVuSansMono.ttf';
export const WASM_FILE = 'resvg.wasm';

function locate(file: string, packagePath: string): string {
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const path = join(dir, file);
    if (existsSync(path)) return path;
  }
  return createRequire(__filename).resolve(packagePath);
}

/** Returns the font and the (lazily read) WebAssembly module. */
export function loadRasterAssets(): RasterAssets {
  const fontPath = locate(FONT_FILE, 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf');
  return {
    font: readFileSync(fontPath),
    fontPath,
    loadWasm: () => readFileSync(locate(WASM_FILE, '@resvg/resvg-wasm/index_bg.wasm')),
  };
}
