// The report as a plain-text table for the terminal: the same content as the PR comment.
import type { Report } from './report';
import { biggestChanges, formatChange, formatSigned, formatMeasure, formatP, functionChange, leadViolations, noiseSentence, verdictSummary } from './format';

const NAME_WIDTH = 60;

/** Renders the report for a terminal (no colour codes). */
export function renderTerminal(report: Report, rows = 10): string {
  const out: string[] = [];
  out.push(`flamegate: ${report.verdict.toUpperCase()}: ${verdictSummary(report)}`);
  out.push(`${report.sampleType.type}/${report.sampleType.unit}, ${report.normalize === 'total' ? 'shares of run totals' : 'absolute values'}; candidate ${report.candidate.runs} run(s) against baseline ${report.baseline.runs} run(s); total ${formatValueAbs(report, report.baseline.total)} -> ${formatValueAbs(report, report.candidate.total)}`);
  out.push(`noise: ${noiseSentence(report)}`);
  const leads = leadViolations(report);
  if (leads.length > 0) {
    out.push('', 'Violations:');
    const table: string[][] = [['', 'function', 'metric', 'baseline', 'candidate', 'change', 'p']];
    for (const { lead, paths, into } of leads) {
      table.push([lead.severity.toUpperCase(), name(lead.function) + (lead.status === 'new' ? ' (new)' : ''), lead.metric, formatMeasure(report, lead.baseline), formatMeasure(report, lead.candidate), formatChange(report, lead.delta, lead.relative, lead.ofBaselineTotal), formatP(lead.pValue)]);
      // Paths go on lines of their own so they do not widen the name column.
      for (const path of paths) {
        if (path.callers.length > 0) table.push(['', `\u0000  via ${path.callers.map((c) => name(c, 40)).join(' <- ')} (${formatSigned(report, path.delta)})`]);
      }
      if (into.length > 0) table.push(['', `\u0000  into ${list(into)}`]);
    }
    out.push(...align(table));
  }
  if (report.overall?.violated) out.push('', `profile total grew ${formatChange(report, report.overall.delta, report.overall.relative, null)} (${name(report.overall.rule ?? '', 200)})`);
  for (const [title, direction] of [['Biggest increases (total):', 1], ['Biggest improvements (total):', -1]] as const) {
    const list = biggestChanges(report, direction, direction === 1 ? rows : Math.ceil(rows / 2));
    if (list.length === 0) continue;
    out.push('', title);
    const table: string[][] = [['function', 'baseline', 'candidate', 'change', 'p']];
    for (const f of list) {
      const c = functionChange(report, f);
      table.push([name(f.name) + (f.status === 'both' ? '' : ` (${f.status})`), formatMeasure(report, c.baseline), formatMeasure(report, c.candidate), formatChange(report, c.delta, c.relative, c.ofTotal), formatP(f.pValue)]);
    }
    out.push(...align(table));
  }
  for (const note of report.notes) out.push(`note: ${name(note, 200)}`);
  return `${out.join('\n')}\n`;
}

function list(names: string[]): string {
  return names.slice(0, 3).map((n) => name(n, 40)).join(', ') + (names.length > 3 ? ` (+${names.length - 3} more)` : '');
}

/** A name made safe for a terminal: control characters (escape sequences) removed, cut. */
function name(text: string, max = NAME_WIDTH): string {
  const s = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Aligns a table's columns; a cell starting with NUL spans the rest of its row unaligned. */
function align(rows: string[][]): string[] {
  const fits = (r: string[]) => !r.some((cell) => cell.startsWith('\u0000'));
  const widths = rows[0].map((_, i) => Math.max(...rows.filter(fits).map((r) => [...r[i]].length)));
  return rows.map((r) => {
    const cells = r.map((cell, i) => (cell.startsWith('\u0000') ? cell.slice(1) : cell + ' '.repeat(Math.max(0, widths[i] - [...cell].length))));
    return `  ${cells.join('  ').trimEnd()}`;
  });
}

function formatValueAbs(report: Report, value: number): string {
  return formatMeasure({ ...report, valueUnit: report.sampleType.unit }, value);
}
