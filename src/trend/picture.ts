// flamegate trend's picture: the heap's flame graph (width: mean in use over the snapshots)
// coloured by how each frame grew through the series, under a line chart of the leaks (and
// the functions that grew most) over the snapshots.
import { formatValue, getUnitScale } from '../model/units';
import { visible } from '../text';
import { Measure } from '../model/measure';
import { formatP } from '../report/p-value';
import { cap, GRAPH_TOP, hash, MARGIN, place, VERDICT_COLORS } from '../render/flame-graph';
import { changeColor, GREYS, MERGED, outlineColor, throughColor, type PaletteName } from '../render/colors';
import { layoutFlame } from '../render/layout';
import { fitLabel, type GraphModel, type LineChart } from '../render/svg';
import { shortenName } from '../text';
import { evenlySpaced, seriesTrend } from './series';
import { formatRate, trendSummary } from './text';
import type { TrendAnalysis } from './trend';

/** Line colours of the chart: reds for leaks, other hues for the rest (LINES lines at most). */
const LEAK_COLORS = ['#cf222e', '#82071e', '#fa4549', '#a40e26', '#ff8182'];
const OTHER_COLORS = ['#8250df', '#0969da', '#bf8700', '#1b7c83', '#57606a'];
const LINES = 5;
const CHART_HEIGHT = 150;
const CHART_LEFT = 80;
/** Room right of the plot for the lines' names. */
const CHART_LEGEND = 360;
/** Snapshots a frame's colour is judged on, at most (see buildTrendGraph). */
const FRAME_POINTS = 120;

/** A frame's colour is full when it grew by this share of the last snapshot's total, unless max-growth is a share. */
const FULL_SHARE = 0.05;

/** Returns the model of the trend picture (renderSvg draws it). */
export function buildTrendGraph(analysis: TrendAnalysis, options: { width?: number; icicle?: boolean; palette?: PaletteName; key?: string } = {}): GraphModel {
  const { report, aligned, times } = analysis;
  const width = options.width ?? 1200;
  const palette = options.palette ?? 'default';
  const unit = report.sampleType.unit;
  const fmt = (v: number) => formatValue(v, unit);
  const last = report.overall.last;
  const limit = analysis.config.trend.maxGrowth;
  const full = limit.kind === 'share' ? limit.value : FULL_SHARE;
  const leaks = new Set(report.leaks.map((l) => l.function));
  const leakRates = new Map(report.leaks.map((l) => [l.function, l.rate]));
  const measure = new Measure('none', unit);
  const frames = layoutFlame(aligned, { width: width - 2 * MARGIN, measure, only: 'candidate' });

  const chartTop = GRAPH_TOP;
  const graphTop = chartTop + CHART_HEIGHT + 40;
  // A frame's colour reads at most FRAME_POINTS snapshots, evenly spaced: thousands of frames
  // over a series of 1,000 snapshots were 10^9 steps of the trend test.
  const picked = evenlySpaced(times.length, FRAME_POINTS);
  const pickedTimes = picked.map((i) => times[i]);
  const drawn = place(frames, options.icicle ?? false, (f) => {
    const series = f.candidateRuns;
    const trend = series.length > 1 && f.status !== 'merged' ? seriesTrend(pickedTimes, picked.map((i) => series[i]), analysis.step, analysis.stepStated) : undefined;
    const grows = trend !== undefined && trend.steady && trend.p <= report.alpha;
    const share = trend && last > 0 ? trend.growth / last : 0;
    const leak = f.depth > 0 && leaks.has(f.name);
    const fill = f.status === 'merged' ? MERGED
      : grows ? (leak ? changeColor(palette, 1, Math.max(0.6, share / full)) : throughColor(palette, 1, share / full))
      : GREYS[hash(f.name) & 1];
    const title = f.status === 'merged'
      ? `${f.name} narrower than a pixel\nmean ${fmt(f.candidate)} in use`
      : `${cap(f.name)}\nin use ${fmt(series[0] ?? 0)} → ${fmt(series[series.length - 1] ?? 0)} (mean ${fmt(f.candidate)})${trend ? `\ntrend ${formatRate(report, trend.slope)}, p ${formatP(trend.p)}${leak ? '\nleaks: what it allocates is kept' : grows ? '\ngrows steadily (through what it calls)' : trend.slope > 0 && trend.drawdown > trend.growth / 2 ? '\nrises and falls: freed again' : ''}` : ''}`;
    // A leak's frame says the function's rate, as the table does (the frame's own path may carry callees too).
    return { fill, ...(leak ? { outline: outlineColor(palette, 1) } : {}), label: fitLabel(f.name, leak ? formatRate(report, leakRates.get(f.name) ?? 0) : '', f.width), title };
  }, (fill) => fill !== MERGED && !GREYS.includes(fill), graphTop);

  const n = report.snapshots.length;
  const span = report.per === 'second' && n > 1 ? ` over ${formatSeconds(times[n - 1])}` : '';
  return {
    width,
    height: drawn.height,
    title: `flamegate trend · ${options.key ?? report.sampleType.type} · ${report.verdict.toUpperCase()}: ${trendSummary(report, (type) => type)}`,
    titleColor: VERDICT_COLORS[report.verdict],
    subtitle: `${report.sampleType.type}/${unit} · ${n} snapshots${span} · total ${fmt(report.overall.first)} → ${fmt(last)} (trend ${formatRate(report, report.overall.slope)}) · width: mean in use`,
    legend: [
      { fill: changeColor(palette, 1, 1), outline: outlineColor(palette, 1), label: `leaks, ≥ ${Number((full * 100).toPrecision(3))}% of the total` },
      { fill: changeColor(palette, 1, 0.6), outline: outlineColor(palette, 1), label: 'leaks' },
      { fill: throughColor(palette, 1, 0.5), label: 'grows here or below, not judged a leak' },
      { fill: GREYS[0], label: 'no steady growth' },
    ],
    chart: seriesChart(analysis, width, chartTop),
    frames: drawn.frames,
  };
}

/** The chart of the leaks, then the functions that grew most, over the snapshots (self values). */
function seriesChart(analysis: TrendAnalysis, width: number, top: number): LineChart {
  const { report, times } = analysis;
  const unit = report.sampleType.unit;
  // The leaks, then the largest of the rest (a line under 5% of the highest is only clutter).
  const peak = (f: { self: number[] }) => Math.max(...f.self);
  const highest = Math.max(0, ...report.functions.map(peak));
  const others = report.functions.filter((f) => !f.leak && peak(f) >= 0.05 * highest).sort((a, b) => peak(b) - peak(a));
  const shown = [...report.functions.filter((f) => f.leak), ...others].slice(0, LINES);
  const x = CHART_LEFT;
  const plotWidth = width - CHART_LEFT - CHART_LEGEND;
  const high = Math.max(0, ...shown.flatMap((f) => f.self));
  const yMax = niceCeiling(high, unit);
  const t0 = times[0];
  const t1 = times[times.length - 1];
  const px = (t: number) => x + (t1 > t0 ? ((t - t0) / (t1 - t0)) * plotWidth : 0);
  const py = (v: number) => top + CHART_HEIGHT - (yMax > 0 ? (v / yMax) * CHART_HEIGHT : 0);
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((k) => ({ y: py(k * yMax), label: formatValue(k * yMax, unit) }));
  const xTicks = niceSteps(t0, t1).map((t) => ({ x: px(t), label: report.per === 'second' ? formatSeconds(t) : `#${t + 1}` }));
  return {
    x, y: top, width: plotWidth, height: CHART_HEIGHT, yTicks, xTicks,
    xLabel: report.per === 'second' ? 'time since the first snapshot' : 'snapshot',
    lines: shown.map((f, i) => ({
      color: f.leak ? LEAK_COLORS[i] : OTHER_COLORS[i - shown.filter((g) => g.leak).length],
      dashed: !f.leak,
      label: `${shortenName(visible(f.name), 40)} ${f.leak ? 'leaks' : 'no leak'}`,
      points: f.self.map((v, s) => [px(times[s]), py(v)] as [number, number]),
    })),
  };
}

/**
 * A round value at or above `value` whose quarters are round too, in the unit as
 * formatValue writes it: bytes in powers of 1024 (40 MB, not 47.7 MB), other units in tens.
 */
function niceCeiling(value: number, unit: string): number {
  if (!(value > 0)) return 1;
  const { dimension, scale } = getUnitScale(unit);
  const base = value * scale;
  const prefix = dimension === 'bytes' ? 1024 ** Math.max(0, Math.floor(Math.log(base) / Math.log(1024))) : 1;
  const shown = base / prefix;
  const power = 10 ** Math.floor(Math.log10(shown));
  const step = [1, 1.2, 1.6, 2, 2.4, 3, 4, 6, 8, 10].find((k) => k * power >= shown) ?? 10;
  return (step * power * prefix) / scale;
}

/** About six evenly spaced round values from `from` to `to`. */
function niceSteps(from: number, to: number): number[] {
  if (!(to > from)) return [from];
  const raw = (to - from) / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to + 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

function formatSeconds(seconds: number): string {
  if (seconds >= 120) return `${Number((seconds / 60).toPrecision(3))} min`;
  return `${Number(seconds.toPrecision(3))} s`;
}
