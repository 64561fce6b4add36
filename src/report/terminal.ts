// The report as a plain-text table for the terminal: the same content as the PR comment.
import { shortenName, visible } from '../text';
import type { Report } from './report';
import { Measure } from '../model/measure';
import { biggestChangeRows, formatP, functionChange, leadViolations, kernelNote, noiseSentence, patternLine, selfChange, verdictSummary, driftNote } from './format';
import { formatValue } from '../model/units';

const NAME_WIDTH = 60;

/** ANSI colours for a terminal that shows them; the identity where colour is off. */
export interface Palette {
  fail: (text: string) => string;
  warn: (text: string) => string;
  pass: (text: string) => string;
  dim: (text: string) => string;
}

const PLAIN: Palette = { fail: (t) => t, warn: (t) => t, pass: (t) => t, dim: (t) => t };
const ANSI: Palette = {
  fail: (t) => `\x1b[1;31m${t}\x1b[0m`,
  warn: (t) => `\x1b[1;33m${t}\x1b[0m`,
  pass: (t) => `\x1b[1;32m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
};

/** The palette for a terminal that shows colours (`color`), else the identity. */
export function paletteFor(color: boolean): Palette {
  return color ? ANSI : PLAIN;
}

/**
 * Whether to colour output to `stream`: only a terminal, and never with NO_COLOR set
 * (https://no-color.org); FORCE_COLOR turns it on elsewhere.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * Renders the report for a terminal: the same sections as the PR comment (verdict, noise,
 * violations with their paths and rules, the overall rule, biggest changes, notes).
 */
export function renderTerminal(report: Report, options: { rows?: number; color?: boolean } = {}): string {
  const measure = Measure.of(report);
  const rows = options.rows ?? 10;
  const paint = options.color ? ANSI : PLAIN;
  const verdictColor = report.verdict === 'fail' ? paint.fail : report.verdict === 'warn' ? paint.warn : report.verdict === 'pass' ? paint.pass : paint.dim;
  const out: string[] = [];
  out.push(`flamegate: ${verdictColor(report.verdict.toUpperCase())}: ${verdictSummary(report)}`);
  out.push(`${terminalText(`${report.sampleType.type}/${report.sampleType.unit}`, 60)}, ${measure.description}; candidate ${report.candidate.runs} run(s) against baseline ${report.baseline.runs} run(s); total ${formatValue(report.baseline.total, report.sampleType.unit)} -> ${formatValue(report.candidate.total, report.sampleType.unit)}${kernelNote(report).replace(' · ', '; ').replace('→', '->')}`);
  out.push(`read as: ${(['baseline', 'candidate'] as const).filter((side) => report[side].runs > 0).map((side) => `${side} ${formatsOf(report[side].formats ?? [])}`).join(', ')}`);
  if (report.verdict !== 'no-baseline') out.push(`noise: ${noiseSentence(report)}`);
  const leads = leadViolations(report);
  if (leads.length > 0) {
    out.push('', 'Violations:');
    const table: string[][] = [['', 'function', 'metric', 'baseline', 'candidate', 'change', 'p']];
    for (const { lead, paths, into } of leads) {
      table.push([lead.severity.toUpperCase(), terminalName(lead.function) + (lead.status === 'new' ? ' (new)' : ''), lead.metric, measure.format(lead.baseline), measure.format(lead.candidate), measure.formatChange(lead.delta, lead.relative, lead.ofBaselineTotal) + driftNote(report, lead), formatP(lead.pValue)]);
      // Paths and the rule go on lines of their own so they do not widen the name column.
      for (const path of paths) {
        if (path.callers.length > 0) table.push(['', `\u0000  via ${path.callers.map((c) => terminalName(c, 40)).join(' <- ')} (${measure.formatSigned(path.delta)})`]);
      }
      if (into.length > 0) table.push(['', `\u0000  into ${list(into)}`]);
      const pattern = patternLine(lead, (c) => terminalName(c, 40), report);
      if (pattern) table.push(['', `\u0000  ${pattern}`]);
      table.push(['', `\u0000  rule: ${terminalText(lead.rule, 200)}`]);
    }
    // The severity column is four characters wide (FAIL, WARN) and first: colour it in place.
    out.push(...align(table).map((line) => line.replace(/^ {2}(FAIL|WARN) /, (_, s: string) => `  ${s === 'FAIL' ? paint.fail(s) : paint.warn(s)} `)));
    const others = report.violations.length - leads.length;
    if (others > 0) out.push('', `${others} more violation${others === 1 ? '' : 's'} of the same growth (callers, callees, other metrics) ${others === 1 ? 'is' : 'are'} in the JSON report.`);
  }
  if (report.overall?.violated) {
    const severity = report.overall.severity === 'fail' ? paint.fail('FAIL') : paint.warn('WARN');
    out.push('', `${severity}: the profile total grew ${measure.formatChange(report.overall.delta, report.overall.relative, null)} (p ${formatP(report.overall.pValue)}; rule: ${terminalText(report.overall.rule ?? '', 200)})`);
  }
  for (const [title, direction] of [['Biggest increases (total):', 1], ['Biggest improvements (total):', -1]] as const) {
    const list = biggestChangeRows(report, direction, direction === 1 ? rows : Math.ceil(rows / 2));
    if (list.length === 0) continue;
    out.push('', title);
    const table: string[][] = [['function', 'baseline', 'candidate', 'change', 'self change', 'p']];
    for (const row of list) {
      const f = row[0];
      const c = functionChange(report, f);
      // A call chain on the same samples is one row: its first four functions, and how many more.
      const name = row.slice(0, 4).map((g) => terminalName(g.name, row.length > 1 ? 40 : undefined)).join(' · ') + (row.length > 4 ? ` (+${row.length - 4} more)` : '') + (f.status === 'both' ? '' : ` (${f.status})`);
      table.push([name, measure.format(c.baseline), measure.format(c.candidate), measure.formatChange(c.delta, c.relative, c.ofTotal), measure.formatSigned(selfChange(report, row)), formatP(f.pValue)]);
    }
    out.push(...align(table));
  }
  if (report.notes.length > 0) out.push('');
  for (const note of report.notes) out.push(`note: ${terminalText(note, 200)}`);
  out.push('', paint.dim('A function is flagged when its change breaks a rule and is significant after correcting for the number of functions tested; "of total" is points of the baseline profile\'s total.'));
  return `${out.join('\n')}\n`;
}

/** `pprof` when every run was read as pprof, else each format with its count: `perf-script 2, folded 1`. */
function formatsOf(formats: string[]): string {
  const counts = new Map<string, number>();
  for (const format of formats) counts.set(format, (counts.get(format) ?? 0) + 1);
  if (counts.size === 1) return terminalText(formats[0], 40);
  return [...counts].map(([format, n]) => `${terminalText(format, 40)} ${n}`).join(', ');
}

function list(names: string[]): string {
  return names.slice(0, 3).map((n) => terminalName(n, 40)).join(', ') + (names.length > 3 ? ` (+${names.length - 3} more)` : '');
}

/** Text from a profile made safe for a terminal: control characters (escape sequences) removed, cut. */
export function terminalText(text: string, max = NAME_WIDTH): string {
  const s = visible(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * A function's name from a profile made safe for a terminal and cut as the picture cuts it,
 * so that its own name survives (`…bench.ProcessRecords`, not `example.com/gobench/in…`).
 */
export function terminalName(name: string, max = NAME_WIDTH): string {
  return shortenName(visible(name), max);
}

/** Aligns a table's columns; a cell starting with NUL spans the rest of its row unaligned. */
export function align(rows: string[][]): string[] {
  const fits = (r: string[]) => !r.some((cell) => cell.startsWith('\u0000'));
  const widths = rows[0].map((_, i) => Math.max(...rows.filter(fits).map((r) => [...r[i]].length)));
  return rows.map((r) => {
    const cells = r.map((cell, i) => (cell.startsWith('\u0000') ? cell.slice(1) : cell + ' '.repeat(Math.max(0, widths[i] - [...cell].length))));
    return `  ${cells.join('  ').trimEnd()}`;
  });
}
