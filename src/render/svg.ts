// SVG of a flame graph model: every frame a group whose <title> holds the full name and
// its numbers and whose <rect> carries the colour as `fill`. Every string is escaped;
// characters XML cannot hold are dropped.
import { shortenName, visible } from '../text';

/** A frame as drawn. */
export interface DrawnFrame {
  x: number;
  y: number;
  width: number;
  /** The frame's colour, `#rrggbb`. */
  fill: string;
  /** An outline in this colour: solid on a cause (its own cost changed), dashed on code new in or gone from the candidate. */
  outline?: string;
  dashed?: boolean;
  /** Text inside the frame (already cut to fit), '' for none. */
  label: string;
  /** Tooltip: full name and numbers. */
  title: string;
}

/** A legend entry. */
export interface LegendItem {
  fill: string;
  outline?: string;
  dashed?: boolean;
  label: string;
}

/** Everything the SVG shows. */
export interface GraphModel {
  width: number;
  height: number;
  title: string;
  /** Colour of the title (the verdict's). */
  titleColor: string;
  subtitle: string;
  legend: LegendItem[];
  frames: DrawnFrame[];
  /** A line chart between the legend and the frames (flamegate trend: the top functions over the snapshots). */
  chart?: LineChart;
}

/** A small line chart, in the picture's pixels (the caller scales the values). */
export interface LineChart {
  /** The plot area. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Gridlines with their labels: y values at the left, x values under the plot. */
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  /** Under the x ticks: what the axis is (`seconds`). */
  xLabel: string;
  lines: { color: string; dashed?: boolean; label: string; points: [number, number][] }[];
}

/** Frame height and text metrics (DejaVu Sans Mono, whose advance is 0.602 em). */
export const FRAME_HEIGHT = 16;
export const FONT_SIZE = 11;
export const CHAR_WIDTH = FONT_SIZE * 0.6021;
export const FONT_FAMILY = 'DejaVu Sans Mono';

/**
 * Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold.
 * Line feeds stay only with `lines` (a tooltip we composed of lines, its parts made visible
 * first); anywhere else a profile's line feed is written as `\u000A`.
 */
export function escapeXml(text: string, lines = false): string {
  return visible(text, lines)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Fixed precision keeps the SVG byte-for-byte stable. */
function n(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

function stroke(item: { outline?: string; dashed?: boolean }, fallback = ''): string {
  return item.outline ? ` stroke="${item.outline}" stroke-width="1.5"${item.dashed ? ' stroke-dasharray="3 2"' : ''}` : fallback;
}

/** Returns the SVG document of the model. */
export function renderSvg(model: GraphModel): string {
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n(model.width)}" height="${n(model.height)}" viewBox="0 0 ${n(model.width)} ${n(model.height)}" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}">`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="10" y="22" font-size="15" font-weight="bold" fill="${model.titleColor}">${escapeXml(model.title)}</text>`);
  out.push(`<text x="10" y="40" fill="#333333">${escapeXml(model.subtitle)}</text>`);
  let lx = 10;
  for (const item of model.legend) {
    out.push(`<rect x="${n(lx)}" y="49" width="14" height="11" fill="${item.fill}"${stroke(item, ' stroke="#888888" stroke-width="0.5"')}/>`);
    out.push(`<text x="${n(lx + 18)}" y="58.5" fill="#333333">${escapeXml(item.label)}</text>`);
    lx += 18 + item.label.length * CHAR_WIDTH + 16;
  }
  if (model.chart) out.push(...renderChart(model.chart));
  for (const f of model.frames) {
    const inset = f.outline ? 0.75 : 0;
    out.push(`<g><title>${escapeXml(f.title, true)}</title><rect x="${n(f.x + inset)}" y="${n(f.y + inset)}" width="${n(Math.max(f.width - 0.5 - 2 * inset, 0.5))}" height="${FRAME_HEIGHT - 1 - 2 * inset}" fill="${f.fill}"${stroke(f)}/>${f.label ? `<text x="${n(f.x + 3)}" y="${n(f.y + FRAME_HEIGHT - 4.5)}">${escapeXml(f.label)}</text>${underscores(f.label, f.x + 3, f.y + FRAME_HEIGHT - 2.5)}` : ''}</g>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The chart's axes, gridlines, lines and their legend (right of the plot). */
function renderChart(chart: LineChart): string[] {
  const out: string[] = [];
  const { x, y, width, height } = chart;
  out.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="#fafbfc" stroke="#d0d7de" stroke-width="0.5"/>`);
  for (const t of chart.yTicks) {
    out.push(`<line x1="${n(x)}" y1="${n(t.y)}" x2="${n(x + width)}" y2="${n(t.y)}" stroke="#e6e8eb" stroke-width="0.5"/>`);
    out.push(`<text x="${n(x - 4)}" y="${n(t.y + 4)}" text-anchor="end" fill="#57606a">${escapeXml(t.label)}</text>`);
  }
  for (const t of chart.xTicks) out.push(`<text x="${n(t.x)}" y="${n(y + height + 13)}" text-anchor="middle" fill="#57606a">${escapeXml(t.label)}</text>`);
  out.push(`<text x="${n(x + width)}" y="${n(y + height + 26)}" text-anchor="end" fill="#57606a">${escapeXml(chart.xLabel)}</text>`);
  chart.lines.forEach((line, i) => {
    const points = line.points.map(([px, py]) => `${n(px)},${n(py)}`).join(' ');
    out.push(`<polyline points="${points}" fill="none" stroke="${line.color}" stroke-width="1.75"${line.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    const ly = y + 8 + i * 16;
    const lx = x + width + 12;
    out.push(`<line x1="${n(lx)}" y1="${n(ly)}" x2="${n(lx + 18)}" y2="${n(ly)}" stroke="${line.color}" stroke-width="2.5"${line.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    out.push(`<text x="${n(lx + 24)}" y="${n(ly + 4)}" fill="#24292f">${escapeXml(line.label)}</text>`);
  });
  return out;
}

/**
 * Underscores drawn again as 1 px lines under their characters: DejaVu Sans Mono's is 0.4 px
 * thick at 11 px and vanished in the PNG (`__GI___libc_write` read as `  GI   libc write`).
 * The font is monospaced, so character i starts at x + i advances; a run of them is one line.
 */
function underscores(label: string, x: number, y: number): string {
  const out: string[] = [];
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== '_') continue;
    let end = i;
    while (chars[end + 1] === '_') end++;
    out.push(`<rect x="${n(x + i * CHAR_WIDTH)}" y="${n(y)}" width="${n((end - i + 1) * CHAR_WIDTH)}" height="1" fill="#000000"/>`);
    i = end;
  }
  return out.join('');
}

/** Cuts `name` (made visible: a control character shows as its escape) and appends `suffix` when there is room, to fit `width` pixels; '' when nothing fits. */
export function fitLabel(raw: string, suffix: string, width: number): string {
  const name = visible(raw);
  const chars = Math.floor((width - 6) / CHAR_WIDTH);
  if (chars < 3) return '';
  const full = suffix ? `${name} ${suffix}` : name;
  if ([...full].length <= chars) return full;
  const room = chars - (suffix ? suffix.length + 1 : 0);
  if (suffix && room >= 5) return `${shortenName(name, room)} ${suffix}`;
  return shortenName(name, chars);
}

