// Builds the pictures' models: the diff flame graph (hue from the change of each frame's
// total; deep and outlined where the frame's own cost changed, pale where only its callees'
// did, see cause.ts) and the plain flame graph of one side (colour by package).
import { visible } from '../text';
import type { Comparison } from '../diff/compare';
import { formatPercent, formatValue } from '../model/units';
import { formatP, verdictSummary } from '../report/format';
import type { Report } from '../report/report';
import { classifyFrame } from './cause';
import { isKernelFrame } from '../model/kernel';
import { changeColor, GREYS, kernelColor, MERGED, outlineColor, packageColor, packageOf, throughColor, type PaletteName } from './colors';
import { layoutFlame, type Frame } from './layout';
import { fitLabel, FRAME_HEIGHT, type DrawnFrame, type GraphModel } from './svg';

/** How to draw. */
export interface GraphOptions {
  /** Image width in pixels (default 1200). */
  width?: number;
  /** Root at the top instead of the bottom. */
  icicle?: boolean;
  /** `colorblind` draws less in blue instead of green. */
  palette?: PaletteName;
  /** Report key for the title. */
  key?: string;
  /** Change (points of the baseline total) at which colour is full: the fail limit (default 5%). */
  failPoints?: number;
}

export const MARGIN = 10;
/** A cause is never paler than this (of the full colour), so a small one still stands out from the pale frames. */
const CAUSE_STRENGTH = 0.6;
export const GRAPH_TOP = 72;
export const VERDICT_COLORS: Record<Report['verdict'], string> = { pass: '#1a7f37', warn: '#9a6700', fail: '#cf222e', 'no-baseline': '#57606a' };

/** The picture of a report: the diff flame graph, or the candidate's plain one when there is no baseline. */
export function buildReportGraph(comparison: Comparison, report: Report, options: GraphOptions = {}): GraphModel {
  return report.verdict === 'no-baseline' ? buildPlainGraph(comparison, 'candidate', options) : buildDiffGraph(comparison, report, options);
}

/** How the diff draws one frame: its colour, outline, the word after its name, its hover text and p. */
export interface FrameStyle {
  fill: string;
  outline?: string;
  dashed?: boolean;
  /** After the name in the label: `+12%`, `new`, `gone`, or ''. */
  suffix: string;
  /** Hover text: full name, both sides, change, p and why it is coloured. */
  title: string;
  /** p-value of the frame's change (1 for merged frames). */
  p: number;
  /** What the colour says: where the cost changed (`cause`), through callees, new or gone code, or nothing. */
  role: 'cause' | 'through' | 'new' | 'gone' | 'none';
}

/**
 * Returns the diff's styling of layout frames (see buildDiffGraph), for the PNG and the HTML
 * report alike: hue from the change of the frame's total, deep and outlined where its own
 * cost changed, pale where only its callees' did, strong and dashed for new and gone code.
 */
export function diffFrameStyle(comparison: Comparison, report: Report, options: GraphOptions = {}): (f: Frame) => FrameStyle {
  const palette = options.palette ?? 'default';
  const full = options.failPoints ?? 0.05;
  const start = full / 5;
  const { measure } = comparison;
  const fmt = (v: number) => measure.format(v);
  const points = (delta: number) => measure.points(delta, comparison.baseline.total);
  return (f) => {
    const delta = f.candidate - f.baseline;
    const relative = f.baseline !== 0 ? delta / f.baseline : null;
    const hasRuns = f.baselineRuns.length > 0 && f.candidateRuns.length > 0;
    // A frame of a function is tested as the function's own row is (its drift and noise), so
    // a frame that is the function's only call path has the table's p; other frames (the
    // root, merged families) with the profile's drift.
    const row = f.depth > 0 ? comparison.table.rowOf(f.name) : -1;
    const test = (b: number[], c: number[]) => (row >= 0 ? comparison.testRow(row, b, c) : comparison.testChange(b, c));
    // The root is the whole profile: judged as the overall rule judges it, without drift.
    const p = f.depth === 0 && report.overall ? report.overall.pValue : hasRuns ? test(f.baselineRuns, f.candidateRuns) : 1;
    const significant = p <= report.noise.alpha;
    const selfDelta = f.candidateSelf - f.baselineSelf;
    const { role, direction } = classifyFrame({ total: points(delta), totalSignificant: significant, self: points(selfDelta) }, start,
      () => hasRuns && test(f.baselineSelfRuns, f.candidateSelfRuns) <= report.noise.alpha);
    let fill: string;
    let outline: string | undefined;
    let dashed = false;
    let suffix = '';
    let why = '';
    let shown: FrameStyle['role'] = 'none';
    if (f.status === 'merged') fill = MERGED;
    else if ((f.status === 'new' || f.status === 'gone') && significant && Math.abs(points(delta)) >= start / 2) {
      // New and gone code: a strong colour, a dashed outline and the word, no hover needed.
      // Only when significant: a frame that one run happened to sample is noise, not new code.
      const way = f.status === 'new' ? 1 : -1;
      fill = changeColor(palette, way, Math.max(0.6, Math.abs(points(delta)) / full));
      outline = outlineColor(palette, way);
      dashed = true;
      suffix = f.status;
      shown = f.status;
    } else if (role === 'cause') {
      // Where the cost changed: deep colour by the self change, and a solid outline.
      fill = changeColor(palette, direction, Math.max(CAUSE_STRENGTH, Math.abs(points(selfDelta)) / full));
      outline = outlineColor(palette, direction);
      suffix = relative === null ? '' : formatPercent(relative);
      shown = 'cause';
    } else if (role === 'through') {
      fill = throughColor(palette, direction, Math.abs(points(delta)) / full);
      suffix = relative === null ? '' : formatPercent(relative);
      shown = 'through';
    } else {
      fill = GREYS[hash(f.name) & 1];
    }
    if (f.status !== 'merged' && role !== 'none') {
      const self = `self ${measure.formatSigned(selfDelta)}: ${fmt(f.baselineSelf)} → ${fmt(f.candidateSelf)}`;
      why = role === 'cause' ? `\nown cost ${direction > 0 ? 'grew' : 'shrank'} (${self})` : `\n${direction > 0 ? 'grew' : 'shrank'} through callees (${self})`;
    }
    const change = measure.formatChange(delta, relative, points(delta));
    const title = f.status === 'merged'
      ? `${visible(f.name)} narrower than a pixel\nbaseline ${fmt(f.baseline)} → candidate ${fmt(f.candidate)}`
      : `${cap(f.name)}\nbaseline ${fmt(f.baseline)} → candidate ${fmt(f.candidate)}\nchange ${change}, p ${formatP(p)}${f.status === 'both' ? '' : ` (${f.status})`}${why}`;
    return { fill, ...(outline ? { outline, dashed } : {}), suffix, title, p, role: shown };
  };
}

/** The diff's header: title in the verdict's colour, subtitle and legend. */
export function diffHeader(comparison: Comparison, report: Report, options: GraphOptions = {}): Pick<GraphModel, 'title' | 'titleColor' | 'subtitle' | 'legend'> {
  const palette = options.palette ?? 'default';
  const full = options.failPoints ?? 0.05;
  const { measure } = comparison;
  const unit = comparison.sampleType.unit;
  const totalChange = report.baseline.total !== 0 ? formatPercent(report.candidate.total / report.baseline.total - 1) : 'new';
  const key = options.key ?? report.sampleType.type;
  return {
    title: `flamegate · ${key} · ${report.verdict.toUpperCase()}: ${verdictSummary(report)}`,
    titleColor: VERDICT_COLORS[report.verdict],
    subtitle: `${report.sampleType.type}/${report.sampleType.unit} · candidate ${runs(report.candidate.runs)} against baseline ${runs(report.baseline.runs)} · total ${formatValue(report.baseline.total, unit)} → ${formatValue(report.candidate.total, unit)} (${totalChange})${measure.share ? ' · shares of each run' : ''} · width: baseline + candidate`,
    legend: [
      { fill: changeColor(palette, 1, 1), outline: outlineColor(palette, 1), label: `own cost grew ≥ ${Number((full * 100).toPrecision(3))}% of total` },
      { fill: changeColor(palette, 1, CAUSE_STRENGTH), outline: outlineColor(palette, 1), label: 'own cost grew' },
      { fill: throughColor(palette, 1, 0.5), label: 'grew through callees' },
      { fill: GREYS[0], label: 'no significant change' },
      { fill: throughColor(palette, -1, 0.5), label: 'shrank through callees' },
      { fill: changeColor(palette, -1, 0.6), outline: outlineColor(palette, -1), label: 'own cost shrank' },
      { fill: changeColor(palette, 1, 0.6), outline: outlineColor(palette, 1), dashed: true, label: 'new' },
      { fill: changeColor(palette, -1, 0.6), outline: outlineColor(palette, -1), dashed: true, label: 'gone' },
    ],
  };
}

/** Returns the diff flame graph of a comparison and its report. */
export function buildDiffGraph(comparison: Comparison, report: Report, options: GraphOptions = {}): GraphModel {
  const width = options.width ?? 1200;
  const frames = layoutFlame(comparison.aligned, { width: width - 2 * MARGIN, measure: comparison.measure });
  const style = diffFrameStyle(comparison, report, options);
  const drawn = place(frames, options.icicle ?? false, (f) => {
    const { fill, outline, dashed, suffix, title } = style(f);
    return { fill, ...(outline ? { outline, dashed } : {}), label: fitLabel(f.name, suffix, f.width), title };
  }, (fill) => fill !== MERGED && !GREYS.includes(fill));
  return { width, height: drawn.height, ...diffHeader(comparison, report, options), frames: drawn.frames };
}

/** Returns the plain flame graph of one side, coloured by package. */
export function buildPlainGraph(comparison: Comparison, side: 'baseline' | 'candidate', options: GraphOptions = {}): GraphModel {
  const width = options.width ?? 1200;
  const { measure } = comparison;
  const frames = layoutFlame(comparison.aligned, { width: width - 2 * MARGIN, measure, only: side });
  const unit = comparison.sampleType.unit;
  const summary = comparison[side];
  const drawn = place(frames, options.icicle ?? false, (f) => {
    const value = side === 'baseline' ? f.baseline : f.candidate;
    const ofTotal = measure.share ? value : summary.total !== 0 ? value / summary.total : 0;
    return {
      fill: f.status === 'merged' ? MERGED : isKernelFrame(f.name) ? kernelColor(f.name) : packageColor(packageOf(f.name)),
      label: fitLabel(f.name, '', f.width),
      title: `${cap(f.name)}\n${measure.share ? '' : `${formatValue(value, unit)}, `}${(ofTotal * 100).toFixed(2)}% of total`,
    };
  });
  return {
    width,
    height: drawn.height,
    title: `flamegate · ${options.key ?? comparison.sampleType.type} · ${side} profile`,
    titleColor: '#24292f',
    subtitle: `${comparison.sampleType.type}/${unit} · ${runs(summary.runs)} (mean) · total ${formatValue(summary.total, unit)} · colour: package`,
    // Kernel frames in blues, user code in warm colours by package.
    legend: comparison.kernelShare ? [{ fill: packageColor('main'), label: 'user code (by package)' }, { fill: kernelColor('kernel'), label: `kernel (${(comparison.kernelShare[side] * 100).toFixed(1)}% of the total)` }] : [],
    frames: drawn.frames,
  };
}

/** Puts frames on rows (root at the bottom, or at the top for an icicle). */
/** Frames narrower than this (pixels) are a thin tower's when nothing wider reaches their depth. */
const TOWER_WIDTH = 4;

/**
 * Places the frames, root at the bottom (or top with `icicle`). Levels above the deepest
 * frame worth seeing (at least TOWER_WIDTH wide, or coloured by a change in the diff) hold
 * only thin grey towers of deep call stacks (a Node profile's bootstrap frames took 60% of
 * its picture): they are left out, and the picture ends there.
 */
export function place(frames: Frame[], icicle: boolean, style: (f: Frame) => Omit<DrawnFrame, 'x' | 'y' | 'width'>, coloured: (fill: string) => boolean = () => false, top = GRAPH_TOP): { frames: DrawnFrame[]; height: number } {
  const styled = frames.map((f) => ({ f, s: style(f) }));
  const maxDepth = styled.reduce((m, { f, s }) => (f.width >= TOWER_WIDTH || coloured(s.fill) ? Math.max(m, f.depth) : m), 0);
  const drawn = styled.filter(({ f }) => f.depth <= maxDepth).map(({ f, s }) => ({
    x: MARGIN + f.x,
    y: top + (icicle ? f.depth : maxDepth - f.depth) * FRAME_HEIGHT,
    width: f.width,
    ...s,
  }));
  return { frames: drawn, height: top + (maxDepth + 1) * FRAME_HEIGHT + MARGIN };
}

function runs(n: number): string {
  return `${n} run${n === 1 ? '' : 's'}`;
}

/** A name for a title's first line: visible (its line feeds too, so it cannot add lines) and at most 2000 characters. */
export function cap(name: string): string {
  const shown = visible(name);
  return shown.length > 2000 ? `${shown.slice(0, 2000)}… (${name.length} characters)` : shown;
}

export function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h >>> 0;
}
