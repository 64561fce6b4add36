// The HTML report's viewer, bundled by esbuild into the page (html/render.ts): the diff flame
// graph (d3-flame-graph, coloured as the PNG), the baseline and candidate on their own, a
// sandwich view of one function, and the table of every function. Every string from the
// profiles reaches the page as text (textContent, SVG text), never as markup.
import flamegraph, { type FlameGraph, type FlameNode, type Tooltip } from 'd3-flame-graph';
// The package exports its script only: its stylesheet by path (esbuild reads it as text).
import libraryCss from '../../node_modules/d3-flame-graph/dist/d3-flamegraph.css';
import { select } from 'd3-selection';
import { gunzipSync, strFromU8 } from 'fflate';
import safeRegex from 'safe-regex2';
import { isKernelFrame } from '../model/kernel';
import { Measure } from '../model/measure';
import { formatP as reportP } from '../report/p-value';
import { formatPercent } from '../model/units';
import { changeColor, GREYS, kernelColor, MERGED, packageColor, packageOf, throughColor } from '../render/colors';
import type { HtmlData, HtmlFunctions } from './data';

/** One frame of a flame graph: of the diff (index into the data's frames) or of a sandwich. */
interface Cell {
  name: string;
  /** Inclusive and self values per side (means, in the measure). */
  b: number;
  c: number;
  bs: number;
  cs: number;
  fill: string;
  outline: string;
  dashed: boolean;
  role: string;
  /** p of the frame's change; NaN where none was worked out (sandwich frames). */
  p: number;
  children?: Cell[];
}

type Frame = FlameNode<Cell>;
type View = 'diff' | 'baseline' | 'candidate';

const HIGHLIGHT = '#e600e6';
const ROLE_WORDS: Record<string, string> = {
  cause: 'own cost changed (outlined)',
  through: 'changed through its callees',
  new: 'new in the candidate',
  gone: 'gone from the candidate',
  none: 'no significant change',
};

performance.mark('flamegate-start');
/**
 * A case-insensitive regular expression typed by the reader, or why it is refused: one
 * with nested repetition (`(a+)+b`) can take exponential time on a long name and froze the
 * tab (safe-regex2 limits the star height to 1).
 */
function userRegex(source: string): RegExp | string {
  let re: RegExp;
  try {
    re = new RegExp(source, 'i');
  } catch (error) {
    return `not a regular expression: ${(error as Error).message}`;
  }
  return safeRegex(re) ? re : 'nested repetition (as in (a+)+) can take exponential time on long names: simplify the pattern';
}

/** A name set into flamegate's own text: isolated, so a right-to-left override in it stays inside it. */
function iso(name: string): string {
  return `\u2068${name}\u2069`;
}

/** A frame that stands for no one function: sub-pixel frames merged, levels not drawn, a family of closures. */
function synthetic(name: string): boolean {
  return /^\d+ small frames$|^deeper frames not drawn$| ×\d+$/.test(name);
}

/** A block of the page's data: gzipped JSON in base64 (html/render.ts packedData). */
function unpack<T>(id: string): T {
  const packed = atob(document.getElementById(id)!.textContent!.trim());
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
  // fflate, not the browser's DecompressionStream: that took 150 ms over large.cpu's 1 MB.
  return JSON.parse(strFromU8(gunzipSync(bytes))) as T;
}

/** Values in the measure: the file holds whole numbers of data.quantum. */
function scale(columns: number[][], quantum: number): void {
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) column[i] *= quantum;
  }
}

/** Every function (HtmlFunctions), read when first asked for. */
let functionsLoad: Promise<HtmlFunctions> | undefined;
function functionsData(): Promise<HtmlFunctions> {
  functionsLoad ??= Promise.resolve().then(() => {
    const fn = unpack<HtmlFunctions>('flamegate-functions');
    scale([fn.bs, fn.bt, fn.cs, fn.ct], data.quantum);
    fn.name.forEach((n, row) => functionRow.set(fn.names[n], row));
    for (const src of fn.sources) sourceByName.set(fn.names[fn.name[src.row]], src);
    return fn;
  });
  return functionsLoad;
}

// Set once the data is loaded (start).
let data: HtmlData;
let measure: Measure;
let names: string[];
/** Each frame's parent index (-1 for the root), from the data's distances. */
let parents: number[];
const points = (delta: number) => measure.points(delta, data.baselineTotal);
const violationsOf = new Map<string, HtmlData['violations']>();
const functionRow = new Map<string, number>();

/**
 * Colours a callers tree: each frame is the sandwiched function's time through that caller,
 * pale in the direction of its change when the function's total change is significant.
 */
function colourFlow(d: Cell, fn: HtmlFunctions, row: number | undefined): void {
  const total = points(d.c - d.b);
  const significant = row !== undefined && fn.p[row] <= data.alpha && Math.abs(total) >= data.failPoints / 5;
  d.role = significant ? 'through' : 'none';
  d.fill = significant ? throughColor(data.palette, total > 0 ? 1 : -1, Math.abs(total) / data.failPoints) : GREYS[0];
  d.p = row === undefined ? NaN : fn.p[row];
  for (const child of d.children ?? []) colourFlow(child, fn, row);
}
/** Functions' sources in the repository, once the functions are read. */
const sourceByName = new Map<string, HtmlFunctions['sources'][number]>();

/** An element with text (never markup) and attributes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (string | HTMLElement | SVGElement)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const child of children) e.append(child);
  return e;
}

/** A p-value as the reports write it (report/p-value.ts), `–` where none was worked out. */
function formatP(p: number): string {
  return Number.isFinite(p) ? reportP(p) : '–';
}


/** The diff's frames as a tree (parents come first in the data). */
function diffTree(): Cell {
  const f = data.frames;
  const cells: Cell[] = parents.map((_, i) => {
    const [fill, outline, dashed, role] = data.styles[f.style[i]];
    return { name: names[f.name[i]], b: f.b[i], c: f.c[i], bs: f.bs[i], cs: f.cs[i], fill, outline, dashed: dashed === 1, role, p: f.p[i] };
  });
  for (let i = 1; i < cells.length; i++) (cells[parents[i]].children ??= []).push(cells[i]);
  return cells[0];
}

/** The change drawn after a frame's name in the diff: the relative change, or `new` and `gone`. */
function suffix(d: Cell): string {
  if (d.role === 'new' || d.role === 'gone') return d.role;
  if ((d.role === 'cause' || d.role === 'through') && d.b !== 0) return formatPercent(d.c / d.b - 1);
  return '';
}

/** Width of a label character (11 px DejaVu Sans Mono) and a label's margins, in pixels. */
const CHAR_PX = 6.7;
const LABEL_MARGIN = 10;

/**
 * The label drawn in a frame `px` wide: the name and its change where both fit, else the
 * name alone (the box cuts it from the start, so the function's own name survives).
 */
function label(d: Cell, px: number, withChange: boolean): string {
  const change = withChange ? suffix(d) : '';
  const full = change ? `${d.name} ${change}` : d.name;
  return full.length * CHAR_PX + LABEL_MARGIN <= px || !change ? full : d.name;
}

/** The hover's lines: both sides' total and self, the change, p, what the colour says and the rules that flagged it. */
function hoverLines(d: Cell, view: View): string[] {
  const lines = [d.name];
  if (view !== 'diff') {
    const v = view === 'baseline' ? d.b : d.c;
    const s = view === 'baseline' ? d.bs : d.cs;
    const whole = view === 'baseline' ? data.baselineTotal : data.candidateTotal;
    lines.push(`total ${measure.format(v)} (${((measure.share ? v : whole ? v / whole : 0) * 100).toFixed(2)}% of ${view})`, `self ${measure.format(s)}`);
    return lines;
  }
  const delta = d.c - d.b;
  const relative = d.b !== 0 ? delta / d.b : null;
  lines.push(`total: baseline ${measure.format(d.b)} → candidate ${measure.format(d.c)}`);
  lines.push(`self: baseline ${measure.format(d.bs)} → candidate ${measure.format(d.cs)} (${measure.formatSigned(d.cs - d.bs)})`);
  lines.push(`change ${measure.formatChange(delta, relative, points(delta))}, p ${formatP(d.p)}`);
  lines.push(d.role === 'none' && d.p <= data.alpha ? `significant, but under the colour's threshold (${formatPercent(data.failPoints / 5, false)} of the total)` : ROLE_WORDS[d.role] ?? d.role);
  for (const v of violationsOf.get(d.name) ?? []) lines.push(`${v.severity}: ${v.rule} (${v.metric})`);
  const src = sourceByName.get(d.name);
  if (src) lines.push(`source ${src.label}${src.changed ? ' (changed in this PR)' : ''}`);
  return lines;
}

const tooltipBox = el('div', { class: 'tip', role: 'tooltip' });

function makeTooltip(view: () => View): Tooltip<Cell> {
  const tip = (() => undefined) as unknown as Tooltip<Cell>;
  tip.show = (event: MouseEvent, d: Frame) => {
    tooltipBox.replaceChildren(...hoverLines(d.data, view()).map((line, i) => el('div', { text: line, ...(i === 0 ? { class: 'tip-name' } : {}) })));
    tooltipBox.style.display = 'block';
    const x = Math.min(event.pageX + 12, window.scrollX + document.documentElement.clientWidth - tooltipBox.offsetWidth - 8);
    tooltipBox.style.left = `${Math.max(0, x)}px`;
    tooltipBox.style.top = `${event.pageY + 14}px`;
  };
  tip.hide = () => {
    tooltipBox.style.display = 'none';
  };
  return tip;
}

/** Outlines causes (solid) and new and gone code (dashed), as the PNG does, and search matches (magenta): d3-flame-graph draws fills only (and its stylesheet's stroke beats an attribute). */
function outline(container: HTMLElement): void {
  for (const rect of container.querySelectorAll<SVGRectElement>('g.frame rect')) {
    const node = (rect as unknown as { __data__?: Frame }).__data__;
    const d = node?.data;
    // A search match: a thick magenta outline over the frame's own colour.
    const line = node?.highlight ? HIGHLIGHT : d?.outline ?? '';
    rect.style.stroke = line;
    rect.style.strokeWidth = node?.highlight ? '3' : line ? '1.5' : '';
    rect.style.strokeDasharray = !node?.highlight && d?.outline && d.dashed ? '4 2' : '';
    rect.classList.toggle('outlined', Boolean(d?.outline));
    rect.classList.toggle('match', Boolean(node?.highlight));
  }
}

/** A flame graph in `host`, with breadcrumbs of the zoom; values and colours of one view. */
class Chart {
  readonly chart: FlameGraph<Cell>;
  private root: Frame | undefined;
  /** Told after each zoom the name of the frame zoomed into, null for the root. */
  onZoom: (zoomed: string | null) => void = () => undefined;

  /** `outlines`: draw the diff's outlines (causes solid, new and gone code dashed). */
  constructor(readonly host: HTMLElement, private readonly crumbs: HTMLElement, tree: Cell, private readonly view: View, value: (d: Cell) => number, colour: (d: Cell) => string, private width: number, inverted: boolean, private readonly outlines: boolean) {
    charts.push(this);
    this.chart = flamegraph<Cell>()
      .width(width)
      .cellHeight(18)
      // Frames under 2 px are left out, and the height follows the zoom: towers of 1 px frames
      // (a Node profile's module loader) made 220 px of empty space.
      .minFrameSize(2)
      .resetHeightOnZoom(true)
      .transitionDuration(200)
      .sort(false)
      .inverted(inverted)
      // Left-to-right marks keep the label's order in the right-to-left box that cuts it from the start.
      .getName((d) => `\u200e${label(d.data, (d.x1 - d.x0) * this.width, view === 'diff')}\u200e`)
      .getValue(value)
      .getChildren((d) => d.children)
      .setColorMapper((d) => colour(d.data))
      .setLabelHandler((d) => hoverLines(d.data, view).join('\n'))
      .setDetailsHandler(() => undefined)
      .tooltip(makeTooltip(() => this.view))
      .onClick((d) => this.zoomed(d));
    select(host).datum(tree).call(this.chart);
    this.root = (host.querySelector('g.frame') as unknown as { __data__?: Frame } | null)?.__data__;
    while (this.root?.parent) this.root = this.root.parent;
    this.zoomed(this.root);
  }

  /** After a zoom: breadcrumbs from the root to the frame, each one a way back; outlines again. */
  zoomed(d: Frame | undefined): void {
    const path = d ? d.ancestors().reverse() : [];
    this.onZoom(path.length > 1 ? path[path.length - 1].data.name : null);
    this.crumbs.replaceChildren(...path.flatMap((node, i) => {
      const crumb = el('button', { type: 'button', class: 'crumb', text: node.data.name });
      crumb.addEventListener('click', () => this.chart.zoomTo(node));
      return i === 0 ? [crumb] : [el('span', { class: 'sep', text: '›' }), crumb];
    }));
    this.outline();
  }

  redraw(): void {
    this.chart.update();
    this.outline();
  }

  /** Draws the chart at a new width (the window was resized). */
  resize(width: number): void {
    if (width === this.width) return;
    this.width = width;
    this.chart.width(width);
    this.redraw();
  }

  private outline(): void {
    if (!this.outlines) return;
    outline(this.host);
    // Frames that come in with a zoom are added after d3's transition.
    setTimeout(() => outline(this.host), 260);
  }
}

/** Every chart drawn, to follow the window's width. */
const charts: Chart[] = [];
let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    for (const chart of charts) chart.resize(chartWidth());
  }, 200);
});

function chartWidth(): number {
  return Math.max(600, document.documentElement.clientWidth - 48);
}

const tabs = el('nav', { class: 'tabs', role: 'tablist' });
/** The page's stylesheet, header (title, subtitle, legend) and tab bar. */
function page(): void {
  const style = el('style', { text: `${libraryCss}
body { font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 16px 24px; }
h1 { font-size: 18px; margin: 0 0 4px; } .subtitle { color: #57606a; margin-bottom: 8px; } .note { color: #57606a; font-size: 12px; margin: 6px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; margin-bottom: 10px; }
.legend span.swatch { display: inline-block; width: 14px; height: 11px; margin-right: 4px; vertical-align: -1px; box-sizing: border-box; }
nav.tabs { display: flex; gap: 4px; border-bottom: 1px solid #d0d7de; margin-bottom: 8px; }
nav.tabs button { border: 1px solid transparent; border-bottom: none; background: none; padding: 6px 12px; cursor: pointer; font: inherit; border-radius: 6px 6px 0 0; }
nav.tabs button[aria-selected="true"] { border-color: #d0d7de; background: #fff; margin-bottom: -1px; font-weight: 600; }
.toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; }
.toolbar input { font: inherit; padding: 3px 6px; width: 22em; }
.status { color: #57606a; overflow-wrap: anywhere; } .status.error { color: #cf222e; }
.crumbs { margin: 4px 0 6px; min-height: 24px; } .crumbs .crumb { font: 12px monospace; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 4px; padding: 1px 6px; cursor: pointer; max-width: 40em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: middle; }
.crumbs .sep { margin: 0 4px; color: #57606a; }
.d3-flame-graph rect { fill-opacity: 1; }
/* Cut from the start, as the PNG's labels are: the function's own name and its change survive. */
.d3-flame-graph-label { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 11px; direction: rtl; text-align: left; }
.tip { position: absolute; display: none; z-index: 10; background: #24292f; color: #fff; border-radius: 4px; padding: 6px 10px; font: 12px/1.4 monospace; max-width: 720px; pointer-events: none; white-space: pre-wrap; word-break: break-all; }
.tip .tip-name { font-weight: 700; }
section[hidden] { display: none; }
table.functions { border-collapse: collapse; font-size: 12px; }
table.functions th, table.functions td { border: 1px solid #d0d7de; padding: 2px 8px; text-align: right; white-space: nowrap; }
table.functions th:first-child, table.functions th:last-child, table.functions td:last-child { text-align: left; }
table.functions td:last-child { white-space: normal; min-width: 14em; } table.functions td.name { max-width: 36em; }
table.functions th { background: #f6f8fa; cursor: pointer; user-select: none; position: sticky; top: 0; }
table.functions td.name { text-align: left; font-family: monospace; max-width: 60em; overflow: hidden; text-overflow: ellipsis; }
table.functions tbody tr { cursor: pointer; } table.functions tbody tr:hover { background: #f6f8fa; }
td.more { color: #cf222e; } td.less { color: #1a7f37; } td.source { text-align: left; font-family: monospace; }
.sandwich h2 { font-size: 14px; margin: 10px 0 2px; }
` });
  document.head.append(style);
  document.title = data.title;
  const header = el('header', {},
  el('h1', { text: data.title, style: `color: ${data.titleColor}` }),
  // The width and the colours are each view's own (the diff's legend is in its tab).
  el('div', { class: 'subtitle', text: data.subtitle.replace(/ · width: baseline \+ candidate$/, '') }),
);
  document.body.append(header, tabs, tooltipBox);
}


const sections = new Map<string, { button: HTMLButtonElement; section: HTMLElement; show: () => void }>();
function addTab(id: string, title: string, show: () => void): HTMLElement {
  const button = el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-selected': 'false', text: title });
  const section = el('section', { id: `view-${id}`, role: 'tabpanel' });
  section.hidden = true;
  button.addEventListener('click', () => openTab(id));
  tabs.append(button);
  document.body.append(section);
  sections.set(id, { button, section, show });
  return section;
}

function openTab(id: string): void {
  for (const [key, tab] of sections) {
    tab.button.setAttribute('aria-selected', String(key === id));
    tab.section.hidden = key !== id;
  }
  sections.get(id)!.show();
}

/** A flame graph tab: search, flame or icicle, reset, breadcrumbs, the chart (made when first shown). */
/** What a view's width and colours mean: the diff's legend, or one side's note. */
function viewNote(id: View): HTMLElement {
  if (id !== 'diff') return el('div', { class: 'note', text: `The ${id} alone: width is its values, colour is the package.` });
  return el('div', { class: 'legend' }, el('span', { text: 'Width: baseline + candidate.' }), ...data.legend.map((item) => el('span', {},
    el('span', { class: 'swatch', style: `background: ${item.fill};${item.outline ? ` border: 1.5px ${item.dashed ? 'dashed' : 'solid'} ${item.outline};` : ''}` }),
    item.label)), el('span', {}, el('span', { class: 'swatch', style: `border: 3px solid ${HIGHLIGHT};` }), 'search match'));
}

function graphTab(id: View, title: string, value: (d: Cell) => number, colour: (d: Cell) => string): void {
  let chart: Chart | undefined;
  let search: RegExp | null = null;
  const input = el('input', { type: 'search', placeholder: 'search functions (regular expression)', 'aria-label': 'search', class: 'search' });
  const status = el('span', { class: 'status' });
  const flip = el('button', { type: 'button', class: 'flip', text: 'Icicle' });
  const reset = el('button', { type: 'button', class: 'reset', text: 'Reset zoom' });
  const sandwich = el('button', { type: 'button', class: 'open-sandwich', text: 'Sandwich of the zoomed frame', title: 'click a frame to zoom into it first', disabled: '' });
  const crumbs = el('div', { class: 'crumbs' });
  const host = el('div', { class: 'chart' });
  const section = addTab(id, title, () => {
    if (chart) return;
    chart = new Chart(host, crumbs, diffTree(), id, value, colour, chartWidth(), false, id === 'diff');
    chart.onZoom = (zoomed) => sandwich.toggleAttribute('disabled', zoomed === null || synthetic(zoomed));
    chart.chart.setSearchMatch((d) => search !== null && search.test(d.data.name));
    chart.chart.setSearchHandler((results) => status.replaceChildren(searchShare(results, search!)));
  });
  section.append(viewNote(id), el('div', { class: 'toolbar' }, input, flip, reset, sandwich, status), crumbs, host);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      status.classList.remove('error');
      const term = input.value;
      if (term === '') {
        search = null;
        status.textContent = '';
        chart?.chart.clear();
        chart?.redraw();
        return;
      }
      const re = userRegex(term);
      if (typeof re === 'string') {
        status.classList.add('error');
        status.textContent = re;
        search = null;
        chart?.chart.clear();
        chart?.redraw();
        return;
      }
      search = re;
      chart?.chart.search(term);
      chart?.redraw();
    }, 150);
  });
  flip.addEventListener('click', () => {
    if (!chart) return;
    const icicle = !chart.chart.inverted();
    chart.chart.inverted(icicle);
    flip.textContent = icicle ? 'Flame' : 'Icicle';
    chart.redraw();
  });
  reset.addEventListener('click', () => chart?.chart.resetZoom());
  sandwich.addEventListener('click', () => {
    const last = crumbs.querySelectorAll('.crumb');
    const name = last.length > 1 ? last[last.length - 1].textContent : null;
    if (name) void openSandwich(name);
  });
}

/** What share of each side the matches hold (outermost matches only: a match inside a match is counted once). */
function searchShare(results: Frame[], search: RegExp): string {
  let b = 0;
  let c = 0;
  let frames = 0;
  const functions = new Set<string>();
  for (const node of results) {
    functions.add(node.data.name);
    let inside = false;
    for (let up = node.parent; up && !inside; up = up.parent) inside = search.test(up.data.name);
    if (inside) continue;
    frames++;
    b += node.data.b;
    c += node.data.c;
  }
  const share = (v: number, whole: number) => (measure.share ? v : whole ? v / whole : 0);
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  if (results.length === 0) return `no frame matches /${iso(search.source)}/i`;
  const held = data.verdict === 'no-baseline' ? `${pct(share(c, data.candidateTotal))} of the candidate` : `${pct(share(b, data.baselineTotal))} of the baseline → ${pct(share(c, data.candidateTotal))} of the candidate (${measure.formatSigned(c - b)})`;
  return `${functions.size} function${functions.size === 1 ? '' : 's'} in ${results.length} frames: ${held}`;
}

/**
 * Colours a sandwich tree as the diff is coloured, from its functions' tests (a merged frame
 * has no runs of its own): own cost grew or shrank where the function's self change is
 * significant and large enough to colour, through callees where only its total's is.
 */
function colourSandwich(d: Cell, fn: HtmlFunctions): void {
  const start = data.failPoints / 5;
  const row = functionRow.get(d.name);
  const total = points(d.c - d.b);
  const self = points(d.cs - d.bs);
  d.role = 'none';
  d.fill = GREYS[0];
  if (/^\d+ small frames$|^deeper frames not drawn$/.test(d.name)) d.fill = MERGED;
  else if (row !== undefined && Math.abs(self) >= start && fn.ps[row] <= data.alpha) {
    d.role = 'cause';
    d.fill = changeColor(data.palette, self > 0 ? 1 : -1, Math.max(0.6, Math.abs(self) / data.failPoints));
  } else if (row !== undefined && Math.abs(total) >= start && fn.p[row] <= data.alpha) {
    d.role = 'through';
    d.fill = throughColor(data.palette, total > 0 ? 1 : -1, Math.abs(total) / data.failPoints);
  }
  d.p = row === undefined ? NaN : fn.p[row];
  for (const child of d.children ?? []) colourSandwich(child, fn);
}


/** A sandwich tree's frame: a function merged over the paths that reach it. */
function cell(name: string): Cell {
  return { name, b: 0, c: 0, bs: 0, cs: 0, fill: '', outline: '', dashed: false, role: 'none', p: NaN };
}

function childNamed(parent: Cell, name: string): Cell {
  parent.children ??= [];
  let child = parent.children.find((k) => k.name === name);
  if (!child) parent.children.push((child = cell(name)));
  return child;
}

/**
 * The sandwich of a function over the diff's frames: its callers (each path up to `all`,
 * merged by name) and its callees (the subtrees below it, merged by name). Where it calls
 * itself, only its outermost frames count, so no value is counted twice.
 */
function sandwichTrees(name: string): { callers: Cell; callees: Cell; frames: number } {
  const f = data.frames;
  const callers = cell(name);
  const callees = cell(name);
  const count = parents.length;
  const children: number[][] = Array.from({ length: count }, () => []);
  for (let i = 1; i < count; i++) children[parents[i]].push(i);
  let frames = 0;
  const addBelow = (into: Cell, i: number) => {
    into.b += f.b[i];
    into.c += f.c[i];
    into.bs += f.bs[i];
    into.cs += f.cs[i];
    for (const k of children[i]) addBelow(childNamed(into, names[f.name[k]]), k);
  };
  // From 1: the root is the whole profile, `all`, whatever a function may be called.
  for (let i = 1; i < count; i++) {
    if (names[f.name[i]] !== name) continue;
    let outer = true;
    for (let up = parents[i]; up > 0 && outer; up = parents[up]) outer = names[f.name[up]] !== name;
    if (!outer) continue;
    frames++;
    addBelow(callees, i);
    callers.b += f.b[i];
    callers.c += f.c[i];
    callers.bs += f.bs[i];
    callers.cs += f.cs[i];
    let at = callers;
    for (let up = parents[i]; up >= 0; up = parents[up]) {
      at = childNamed(at, names[f.name[up]]);
      at.b += f.b[i];
      at.c += f.c[i];
    }
  }
  return { callers, callees, frames };
}

const sandwichTitle = el('div', { class: 'status', text: 'Pick a function: click a frame and "Sandwich of the zoomed frame", or a row of the Functions table.' });
const sandwichBody = el('div', { class: 'sandwich' });

async function openSandwich(name: string): Promise<void> {
  openTab('sandwich');
  const fn = await functionsData();
  const { callers, callees, frames } = sandwichTrees(name);
  sandwichBody.replaceChildren();
  charts.splice(0, charts.length, ...charts.filter((c) => c.host.isConnected));
  if (frames === 0) {
    sandwichTitle.textContent = `${iso(name)}: no frame of it is drawn (each is narrower than the smallest drawn, or deeper than the levels drawn); the Functions table has its values`;
    return;
  }
  const total = data.verdict === 'no-baseline' ? `total ${measure.format(callers.c)}` : `total ${measure.format(callers.b)} → ${measure.format(callers.c)} (${measure.formatSigned(callers.c - callers.b)})`;
  sandwichTitle.textContent = `${iso(name)}: ${frames} call site${frames === 1 ? '' : 's'} merged · ${total}`;
  const callerHost = el('div', { class: 'chart callers' });
  const calleeHost = el('div', { class: 'chart callees' });
  sandwichBody.append(el('h2', { text: 'Callers (the function at the bottom, who calls it above)' }), el('div', { class: 'crumbs callers-crumbs' }), callerHost,
    el('h2', { text: 'Callees (the function at the top, what it calls below)' }), el('div', { class: 'crumbs callees-crumbs' }), calleeHost);
  // Callers carry the function's own flow: coloured by its change where the function's is significant.
  colourFlow(callers, fn, functionRow.get(name));
  colourSandwich(callees, fn);
  callers.fill = callees.fill;
  callers.role = callees.role;
  const width = chartWidth();
  new Chart(callerHost, sandwichBody.querySelector('.callers-crumbs')!, callers, 'diff', (d) => d.b + d.c, (d) => d.fill, width, false, false);
  new Chart(calleeHost, sandwichBody.querySelector('.callees-crumbs')!, callees, 'diff', (d) => d.b + d.c, (d) => d.fill, width, true, false);
}

// The table of every function.
type Column = { key: string; title: string; value: (row: number) => number | string; format: (row: number) => string; change?: (row: number) => number };
function functionsTab(): void {
  let fn: HtmlFunctions;
  let rows: number[] = [];
  let sourceOf = new Map<number, HtmlFunctions['sources'][number]>();
  const fmt = (v: number) => measure.format(v);
  const columns: Column[] = [
    { key: 'name', title: 'Function', value: (r) => fn.names[fn.name[r]], format: (r) => fn.names[fn.name[r]] },
    { key: 'bs', title: 'Baseline self', value: (r) => fn.bs[r], format: (r) => fmt(fn.bs[r]) },
    { key: 'cs', title: 'Candidate self', value: (r) => fn.cs[r], format: (r) => fmt(fn.cs[r]) },
    { key: 'ds', title: 'Self change', value: (r) => fn.cs[r] - fn.bs[r], format: (r) => measure.formatSigned(fn.cs[r] - fn.bs[r]), change: (r) => (fn.ps[r] <= data.alpha ? fn.cs[r] - fn.bs[r] : 0) },
    { key: 'bt', title: 'Baseline total', value: (r) => fn.bt[r], format: (r) => fmt(fn.bt[r]) },
    { key: 'ct', title: 'Candidate total', value: (r) => fn.ct[r], format: (r) => fmt(fn.ct[r]) },
    { key: 'dt', title: 'Total change', value: (r) => fn.ct[r] - fn.bt[r], format: (r) => `${measure.formatSigned(fn.ct[r] - fn.bt[r])}${fn.bt[r] > 0 ? ` (${formatPercent(fn.ct[r] / fn.bt[r] - 1)})` : fn.ct[r] > 0 ? ' (new)' : ''}`, change: (r) => (fn.p[r] <= data.alpha ? fn.ct[r] - fn.bt[r] : 0) },
    { key: 'p', title: 'p (total)', value: (r) => fn.p[r], format: (r) => formatP(fn.p[r]) },
    { key: 'source', title: 'Source', value: (r) => { const src = sourceOf.get(r); return src ? `${src.changed ? '0' : '1'}${src.label}` : '2'; }, format: (r) => sourceOf.get(r)?.label ?? '' },
    { key: 'rule', title: 'Rules broken', value: (r) => (violationsOf.get(fn.names[fn.name[r]]) ?? []).map((v) => `${v.severity} ${v.rule}`).join(', '), format: (r) => (violationsOf.get(fn.names[fn.name[r]]) ?? []).map((v) => `${v.severity}: ${v.rule} (${v.metric})`).join(', ') },
  ];
  const tips: Record<string, string> = {
    p: 'two-sided p of the change of the total, raw: the rules also correct for the number of functions tested',
    ds: 'coloured where the self change is significant',
    dt: 'coloured where the total change is significant',
    source: 'the function in the repository at the head commit; ✏️ where this pull request changed its file',
  };
  let sortKey = 'dt';
  let descending = true;
  const LIMIT = 500;
  const filter = el('input', { type: 'search', placeholder: 'filter by name (regular expression)', 'aria-label': 'filter', class: 'filter' });
  const status = el('span', { class: 'status' });
  const head = el('tr');
  const body = el('tbody');
  const table = el('table', { class: 'functions' }, el('thead', {}, head), body);
  // Sorted and drawn when first opened: 23,000 functions (large.cpu) took 60-130 ms.
  let drawn = false;
  const section = addTab('functions', 'Functions', () => {
    if (drawn) return;
    drawn = true;
    status.textContent = 'reading the functions…';
    void functionsData().then((loaded) => {
      fn = loaded;
      rows = fn.name.map((_, row) => row);
      sourceOf = new Map(fn.sources.map((src) => [src.row, src]));
      buildHead();
      render();
      section.dataset.ready = 'true';
    });
  });
  section.append(el('div', { class: 'toolbar' }, filter, status), table);
  /** The header, once the functions are read: the Source column only where some function has one. */
  function buildHead(): void {
    for (const column of columns) {
      if (column.key === 'source' && fn.sources.length === 0) continue;
      const th = el('th', { 'data-key': column.key, text: column.title, title: `sort${tips[column.key] ? `; ${tips[column.key]}` : ''}` });
      th.addEventListener('click', () => {
        descending = sortKey === column.key ? !descending : column.key !== 'name' && column.key !== 'p' && column.key !== 'source';
        sortKey = column.key;
        render();
      });
      head.append(th);
    }
  }
  function render(): void {
    status.classList.remove('error');
    const re = filter.value ? userRegex(filter.value) : null;
    if (typeof re === 'string') {
      status.classList.add('error');
      status.textContent = re;
      return;
    }
    const match = re;
    const column = columns.find((c) => c.key === sortKey)!;
    const shown = match ? rows.filter((r) => match!.test(fn.names[fn.name[r]])) : rows.slice();
    const value = column.value;
    shown.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = typeof x === 'string' ? (x < (y as string) ? -1 : x > (y as string) ? 1 : 0) : (x as number) - (y as number);
      return descending ? -order : order;
    });
    for (const th of head.children) {
      const key = (th as HTMLElement).dataset.key;
      th.setAttribute('aria-sort', key === sortKey ? (descending ? 'descending' : 'ascending') : 'none');
      th.textContent = columns.find((c) => c.key === key)!.title + (key === sortKey ? (descending ? ' ▼' : ' ▲') : '');
    }
    body.replaceChildren(...shown.slice(0, LIMIT).map((r) => {
      const tr = el('tr', {}, ...columns.filter((c) => c.key !== 'source' || fn.sources.length > 0).map((c) => {
        const src = c.key === 'source' ? sourceOf.get(r) : undefined;
        if (src) {
          // A link out, opened by the reader: not a request of the page.
          const link = el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', text: src.label });
          link.addEventListener('click', (event) => event.stopPropagation());
          return el('td', { class: src.changed ? 'source changed' : 'source', ...(src.changed ? { title: 'this pull request changed this file' } : {}) }, link, ...(src.changed ? [' ✏️'] : []));
        }
        const change = c.change?.(r) ?? 0;
        const td = el('td', { text: c.format(r), ...(c.key === 'name' ? { class: 'name', title: fn.file[r] >= 0 ? fn.names[fn.file[r]] : fn.names[fn.name[r]] } : change > 0 ? { class: 'more' } : change < 0 ? { class: 'less' } : {}) });
        return td;
      }));
      tr.addEventListener('click', () => void openSandwich(fn.names[fn.name[r]]));
      return tr;
    }));
    status.textContent = `${Math.min(LIMIT, shown.length)} of ${shown.length} function${shown.length === 1 ? '' : 's'}${match ? ` matching (of ${rows.length})` : ''}; click a row for its sandwich`;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  filter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, 150);
  });
}

/** Draws the report once its data is loaded: the first view at once, the others when opened. */
async function start(): Promise<void> {
  data = unpack<HtmlData>('flamegate-data');
  if (data.frames.up.length === 0) {
    // Profiles without samples: the header and what it means, no graph to draw.
    document.title = data.title;
    document.body.append(el('h1', { text: data.title }), el('p', { class: 'status', text: 'The profiles hold no samples: there is no flame graph to draw.' }));
    document.body.dataset.ready = 'true';
    return;
  }
  scale([data.frames.b, data.frames.c, data.frames.bs, data.frames.cs], data.quantum);
  measure = new Measure(data.normalize, data.unit);
  names = data.names;
  parents = data.frames.up.map((up, i) => (i === 0 ? -1 : i - up));
  for (const v of data.violations) violationsOf.set(v.function, [...(violationsOf.get(v.function) ?? []), v]);
  performance.mark('flamegate-data');
  page();
  // Without a baseline there is nothing to diff: the candidate alone.
  const hasBaseline = data.verdict !== 'no-baseline';
  // Kernel frames in blues (as the PNG's plain graphs), user code warm by package.
  const plain = (d: Cell) => (d.fill === MERGED ? MERGED : isKernelFrame(d.name) ? kernelColor(d.name) : packageColor(packageOf(d.name)));
  if (hasBaseline) {
    graphTab('diff', 'Diff', (d) => d.b + d.c, (d) => d.fill);
    graphTab('baseline', 'Baseline', (d) => d.b, plain);
  }
  graphTab('candidate', 'Candidate', (d) => d.c, plain);
  addTab('sandwich', 'Sandwich', () => undefined).append(sandwichTitle, sandwichBody);
  functionsTab();
  openTab(hasBaseline ? 'diff' : 'candidate');
  // Ready: the first view drawn (the bench and the browser tests wait for this).
  performance.mark('flamegate-ready');
  document.body.dataset.ready = 'true';
  // The functions (sources for the hover, the table) after the first view is drawn.
  setTimeout(() => void functionsData(), 0);
}

start().catch((error: unknown) => {
  document.body.append(el('p', { class: 'status error', text: `flamegate: the report could not be read: ${String(error)}` }));
  throw error;
});
