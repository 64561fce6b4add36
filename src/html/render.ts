// The interactive report (`--html`): one self-contained file, the comparison's data as JSON
// and the viewer (html/viewer.ts, bundled with d3-flame-graph) inline, no request to any
// network (its Content-Security-Policy forbids them). Works from file:// and as a
// downloaded artifact.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Comparison } from '../diff/compare';
import { diffFrameStyle, diffHeader, type GraphOptions } from '../render/flame-graph';
import { layoutFlame } from '../render/layout';
import type { HtmlData, HtmlFunctions } from './data';
import type { Report, SourceLink } from '../report/report';

/** The viewer's bundle, as the build writes it into dist/. */
export const VIEWER_FILE = 'viewer.js';

/**
 * Width (pixels) the HTML's flame graph is laid out at, at most: frames narrower than
 * 1/120,000 of the profile are merged (as the PNG merges those under a pixel), so zooming
 * 100x into a 1,200 px view still shows every frame of a pixel or more.
 */
export const HTML_LAYOUT_WIDTH = 120_000;

/**
 * Frames the HTML holds, about, at most, the widest first (layoutFlame's maxFrames):
 * large.cpu's 425,052 made an 18 MB file that took 4.6 s to open.
 */
export const HTML_MAX_FRAMES = 20_000;


/** The unit the HTML's values are whole numbers of: a millionth of the larger side's total, rounded down to a power of ten. */
function quantumOf(comparison: Comparison): number {
  // What a person reads, in a third of the characters of the doubles (large.cpu's file 2.9 MB, then 2.1 MB).
  const largest = Math.max(comparison.measure.whole(comparison.baseline.total), comparison.measure.whole(comparison.candidate.total));
  return largest > 0 ? 10 ** (Math.floor(Math.log10(largest)) - 6) : 1;
}

/**
 * Levels the HTML draws below its root: four times the PNG's, as zooming reaches them (a
 * regression under 5,000 levels of recursion sat under the PNG's 256 and could not be
 * opened); deeper frames are one grey frame, as in the PNG.
 */
export const HTML_DRAWN_DEPTH = 1024;

/** How to write the HTML report: as the pictures, and the functions' sources in the repository (the action's). */
export interface HtmlOptions extends GraphOptions {
  sources?: ReadonlyMap<string, SourceLink>;
}

/** Returns the data of the HTML report's graphs: the diff's frames, the header and the findings. */
export function htmlData(comparison: Comparison, report: Report, options: GraphOptions = {}): HtmlData {
  const quantum = quantumOf(comparison);
  const round = (v: number) => Math.round(v / quantum);
  const names = new Names();
  const layout = layoutFlame(comparison.aligned, { width: HTML_LAYOUT_WIDTH, measure: comparison.measure, maxFrames: HTML_MAX_FRAMES, maxDepth: HTML_DRAWN_DEPTH });
  const style = diffFrameStyle(comparison, report, options);
  const styles: HtmlData['styles'] = [];
  const styleIndex = new Map<string, number>();
  const frames: HtmlData['frames'] = { up: [], name: [], b: [], c: [], bs: [], cs: [], style: [], p: [] };
  for (const f of layout) {
    const s = style(f);
    const entry: HtmlData['styles'][number] = [s.fill, s.outline ?? '', s.dashed ? 1 : 0, s.role];
    const key = entry.join('\u0000');
    let si = styleIndex.get(key);
    if (si === undefined) {
      si = styles.push(entry) - 1;
      styleIndex.set(key, si);
    }
    frames.up.push(f.parent < 0 ? 0 : frames.up.length - f.parent);
    frames.name.push(names.of(f.name));
    frames.b.push(round(f.baseline));
    frames.c.push(round(f.candidate));
    frames.bs.push(round(f.baselineSelf));
    frames.cs.push(round(f.candidateSelf));
    frames.style.push(si);
    frames.p.push(Number(s.p.toPrecision(3)));
  }
  return {
    version: 1,
    quantum,
    ...diffHeader(comparison, report, options),
    verdict: report.verdict,
    normalize: report.normalize,
    unit: comparison.sampleType.unit,
    alpha: report.noise.alpha,
    failPoints: options.failPoints ?? 0.05,
    palette: options.palette ?? 'default',
    baselineTotal: comparison.baseline.total,
    candidateTotal: comparison.candidate.total,
    names: names.list,
    frames,
    styles,
    violations: report.violations.map((v) => ({ function: v.function, metric: v.metric, rule: v.rule, severity: v.severity })),
  };
}

/** Returns every function of the comparison for the HTML report's table and sandwiches (values as htmlData's), with their sources where known. */
export function htmlFunctions(comparison: Comparison, sources?: ReadonlyMap<string, SourceLink>): HtmlFunctions {
  const quantum = quantumOf(comparison);
  const { table } = comparison;
  const value = (row: number, side: 'baseline' | 'candidate', metric: 'self' | 'total') => Math.round(table.meanMeasured(row, side, metric) / quantum);
  const names = new Names();
  const functions: HtmlFunctions = { names: names.list, name: [], file: [], bs: [], bt: [], cs: [], ct: [], p: [], ps: [], status: '', sources: [] };
  const status: string[] = [];
  for (let row = 0; row < table.length; row++) {
    const file = table.file(row);
    functions.name.push(names.of(table.name(row)));
    functions.file.push(file ? names.of(file) : -1);
    functions.bs.push(value(row, 'baseline', 'self'));
    functions.bt.push(value(row, 'baseline', 'total'));
    functions.cs.push(value(row, 'candidate', 'self'));
    functions.ct.push(value(row, 'candidate', 'total'));
    functions.p.push(Number(table.pValue(row, 'total').toPrecision(3)));
    functions.ps.push(Number(table.pValue(row, 'self').toPrecision(3)));
    status.push(table.status(row)[0]);
    const source = sources?.get(table.name(row));
    if (source) functions.sources.push({ row, label: `${source.path}${source.line ? `:${source.line}` : ''}`, url: source.url, changed: source.changed });
  }
  functions.status = status.join('');
  return functions;
}

/** A table of strings, each once: `of` gives a string's index in `list`. */
class Names {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.list.push(name) - 1;
      this.index.set(name, i);
    }
    return i;
  }
}

/**
 * The data as gzipped JSON in base64: the browser's HTML parser took 150 ms a MB over the
 * plain JSON (large.cpu's 2.2 MB, 0.3 s before the first line of script); the viewer
 * inflates it with DecompressionStream. Base64 holds no `<`, so it cannot end its element.
 */
function packedData(value: unknown): string {
  return gzipSync(JSON.stringify(value), { level: 6 }).toString('base64');
}

/**
 * Returns the viewer's script: beside the bundle in dist/ (the build writes it), else
 * bundled from source with esbuild (tests and a development checkout).
 */
export function loadViewer(): string {
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const path = join(dir, VIEWER_FILE);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  // A development checkout: bundled now (esbuild is a development dependency), by a path in
  // a variable so that the bundler leaves the build script out of dist/.
  const script = join(__dirname, '..', '..', 'scripts', 'build-viewer.js');
  return (createRequire(__filename)(script) as { buildViewer(): { script: string } }).buildViewer().script;
}

/**
 * Returns the HTML report of a comparison: one file, no external resource. Every string from
 * the profiles is in the data (gzipped JSON in base64) and reaches the page as text, never as markup.
 */
export function renderHtml(comparison: Comparison, report: Report, options: HtmlOptions = {}, viewer: string = loadViewer()): string {
  const data = htmlData(comparison, report, options);
  const functions = htmlFunctions(comparison, options.sources);
  // A script may not hold `</script`: the bundle's own strings are escaped the same way.
  const script = viewer.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>flamegate report</title>
</head>
<body>
<noscript>This report needs JavaScript: it draws the flame graphs from the data in this file.</noscript>
<script type="application/gzip;base64" id="flamegate-data">${packedData(data)}</script>
<script type="application/gzip;base64" id="flamegate-functions">${packedData(functions)}</script>
<script>${script}</script>
</body>
</html>
`;
}
