// The outputs step both edges (cli/, action/) call: an analysis made into its picture (SVG,
// PNG) and its reports, and files written. Which files, and where, is the edge's choice.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Analysis } from '../engine';
import { InputError, quote } from '../errors';
import { loadRasterAssets } from '../render/assets';
import { buildReportGraph, type GraphOptions } from '../render/flame-graph';
import { prepareRenderer, renderPng, type RendererChoice } from '../render/png';
import { renderSvg } from '../render/svg';
import { renderHtml, type HtmlOptions } from '../html/render';
import { failLimit } from '../rules/config';
import { writeFileParts } from './write-parts';

/**
 * The analysis's picture as SVG: the diff flame graph, or the candidate alone when there
 * was no baseline; full colour at the smallest limit of the fail rules.
 */
export function renderPicture(analysis: Analysis, options: Omit<GraphOptions, 'failPoints'> = {}): string {
  return renderSvg(buildReportGraph(analysis.comparison, analysis.report, { ...options, failPoints: failLimit(analysis.config) }));
}

/** The interactive report (one self-contained HTML file); full colour at the smallest limit of the fail rules, as the picture. */
export function renderReportHtml(analysis: Analysis, options: Omit<HtmlOptions, 'failPoints'> = {}): string {
  return renderHtml(analysis.comparison, analysis.report, { ...options, failPoints: failLimit(analysis.config) });
}

/** The picture as PNG (see render/png.ts for `renderer`). */
export async function rasterize(svg: string, renderer: RendererChoice = 'auto'): Promise<Uint8Array> {
  return (await renderPng(svg, loadRasterAssets(), renderer)).png;
}

/** Starts readying the rasterizer for a PNG to come, while the profiles are read (render/png.ts prepareRenderer). */
export function prepareRasterizer(renderer: RendererChoice = 'auto'): void {
  prepareRenderer(loadRasterAssets(), renderer);
}

/**
 * Makes a folder and its missing parents, one at a time: Node's recursive mkdirSync spun
 * forever at full CPU under /proc (`--html /proc/nope/x.html`); this fails with ENOENT there.
 */
function makeFolders(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolders(parent);
  try {
    mkdirSync(dir);
  } catch (error) {
    // Made meanwhile (two outputs into one new folder, another process): that is fine.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Writes an output to `path` piece by piece (`-`: to `stdout`), making its folder; throws
 * an InputError naming the path when it cannot be written.
 */
export function writeOutput(path: string, content: string | Uint8Array | Iterable<string>, stdout?: NodeJS.WritableStream): void {
  const parts = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
  if (path === '-' && stdout) {
    for (const part of parts) stdout.write(part);
    return;
  }
  try {
    makeFolders(dirname(path));
    writeFileParts(path, parts);
  } catch (error) {
    throw new InputError(`cannot write ${quote(path)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
