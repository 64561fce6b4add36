// flamegate trend's report as text: the terminal table, the pull-request comment (Markdown)
// and the JSON. Every string from a profile is made visible and cut (terminalText) or a code
// span (codeSpan), as in the compare reports.
import { formatValue } from '../model/units';
import { formatP } from '../report/p-value';
import { codeSpan } from '../report/markdown';
import { align, terminalName, terminalText, type Palette } from '../report/terminal';
import { NOT_LEAK, type TrendFunction, type TrendLeak, type TrendReport } from './trend';

const ICON: Record<TrendReport['verdict'], string> = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Leaks a comment lists (the JSON has all): a comment stays readable, and under GitHub's 65,536 characters. */
const MAX_LEAK_ROWS = 20;

/** `+1.20 MB/s`, `+340 kB/snapshot`: a growth rate in the report's unit. */
export function formatRate(report: TrendReport, rate: number): string {
  return `${rate >= 0 ? '+' : '−'}${formatValue(Math.abs(rate), report.sampleType.unit)}/${report.per === 'second' ? 's' : 'snapshot'}`;
}

/** The series' span: `24 snapshots over 1.9 s`, or `24 snapshots`. */
function span(report: TrendReport): string {
  const n = report.snapshots.length;
  const first = report.snapshots[0].time;
  const last = report.snapshots[n - 1].time;
  if (report.per !== 'second' || !first || !last) return `${n} snapshots (ordered by file name)`;
  const seconds = (Date.parse(last) - Date.parse(first)) / 1000;
  return `${n} snapshots over ${seconds >= 120 ? `${(seconds / 60).toFixed(1)} min` : `${seconds.toFixed(1)} s`}`;
}

/** One line for the verdict: what leaks, or that nothing does; `name` shows the sample type (a string from the profiles) in the output's way. */
export function trendSummary(report: TrendReport, name: (text: string) => string): string {
  const fails = report.leaks.filter((l) => l.severity === 'fail').length;
  if (report.leaks.length === 0) return `no function's ${name(report.sampleType.type)} grows steadily (${report.tested} tested)`;
  const what = `${report.leaks.length} function${report.leaks.length === 1 ? '' : 's'} leak${report.leaks.length === 1 ? 's' : ''}`;
  return fails > 0 ? `${what}, ${fails} over max-growth ${report.maxGrowth}` : `${what}, under max-growth ${report.maxGrowth}`;
}

/** The whole profile's line: from, to, and its own trend. */
function overallLine(report: TrendReport): string {
  const { overall, sampleType } = report;
  return `total ${formatValue(overall.first, sampleType.unit)} -> ${formatValue(overall.last, sampleType.unit)} (trend ${formatRate(report, overall.slope)}, p ${formatP(overall.p)})`;
}

/** What to look at for a leak, in one line. */
function leakAdvice(leak: TrendLeak, name: (text: string) => string): string {
  const callers = leak.path.slice(0, -1).slice(-3).reverse();
  return `what it allocates is kept: look for a cache, map, list or global that only grows${callers.length > 0 ? `; reached through ${callers.map(name).join(' <- ')}` : ''}`;
}

/** The leaks, then the functions that grew most without a leak's shape. */
function grownOthers(report: TrendReport, count: number): TrendFunction[] {
  return report.functions.filter((f) => !f.leak && f.growth > 0).slice(0, count);
}

/** Renders a trend report for a terminal. */
export function renderTrendTerminal(report: TrendReport, paint: Palette): string {
  const unit = report.sampleType.unit;
  const verdictColor = report.verdict === 'fail' ? paint.fail : report.verdict === 'warn' ? paint.warn : paint.pass;
  const out = [
    `flamegate trend: ${verdictColor(report.verdict.toUpperCase())}: ${trendSummary(report, (type) => terminalText(type, 40))}`,
    `${terminalText(`${report.sampleType.type}/${unit}`, 60)}; ${span(report)}; ${overallLine(report)}`,
  ];
  const byName = new Map(report.functions.map((f) => [f.name, f]));
  if (report.leaks.length > 0) {
    out.push('', 'Leaks:');
    const rows: string[][] = [['', 'function', 'first', 'last', 'growth', 'rate', 'of total', 'p']];
    for (const leak of report.leaks) {
      const f = byName.get(leak.function)!;
      rows.push([leak.severity.toUpperCase(), terminalName(leak.function), formatValue(f.self[0], unit), formatValue(f.self[f.self.length - 1], unit), `+${formatValue(leak.growth, unit)}`, formatRate(report, leak.rate), `${(leak.share * 100).toFixed(1)}%`, formatP(f.q)]);
      rows.push(['', `\u0000  ${leakAdvice(leak, (c) => terminalName(c, 40))}`]);
    }
    out.push(...align(rows).map((line) => line.replace(/^ {2}(FAIL|WARN) /, (_, s: string) => `  ${s === 'FAIL' ? paint.fail(s) : paint.warn(s)} `)));
  }
  const others = grownOthers(report, 5);
  if (others.length > 0) {
    out.push('', 'Grew, but not as a leak does:');
    const rows: string[][] = [['function', 'first', 'last', 'largest fall', 'p', 'why']];
    for (const f of others) rows.push([terminalName(f.name), formatValue(f.self[0], unit), formatValue(f.self[f.self.length - 1], unit), formatValue(f.drawdown, unit), formatP(f.q), f.why ? NOT_LEAK[f.why] : '']);
    out.push(...align(rows));
  }
  if (report.notes.length > 0) out.push('');
  for (const note of report.notes) out.push(`note: ${terminalText(note, 200)}`);
  out.push('', paint.dim(`A function leaks when its ${terminalText(report.sampleType.type, 40)} rises through the series (Mann-Kendall, false discovery rate ${report.alpha}), never gives back half of its growth, and still rises in the last half; p is adjusted for the ${report.tested} functions tested.`));
  return `${out.join('\n')}\n`;
}

/** Renders a trend report as the Markdown of a pull-request comment. */
export function renderTrendMarkdown(report: TrendReport, options: { key?: string; image?: { url: string; inline: boolean }; links?: string[] } = {}): string {
  const unit = report.sampleType.unit;
  const out = [`### flamegate trend · ${codeSpan(options.key ?? report.sampleType.type, 40, false)} · ${ICON[report.verdict]} ${report.verdict}: ${trendSummary(report, (type) => codeSpan(type, 40, false))}`, ''];
  out.push(`${codeSpan(`${report.sampleType.type}/${unit}`, 60, false)} · ${span(report)} · ${overallLine(report).replace('->', '→')}`, '');
  const byName = new Map(report.functions.map((f) => [f.name, f]));
  if (report.leaks.length > 0) {
    out.push('| | function | first | last | growth | rate | of total | p |', '|---|---|---|---|---|---|---|---|');
    for (const leak of report.leaks.slice(0, MAX_LEAK_ROWS)) {
      const f = byName.get(leak.function)!;
      out.push(`| ${leak.severity === 'fail' ? '❌' : '⚠️'} | ${codeSpan(leak.function)} | ${formatValue(f.self[0], unit)} | ${formatValue(f.self[f.self.length - 1], unit)} | +${formatValue(leak.growth, unit)} | ${formatRate(report, leak.rate)} | ${(leak.share * 100).toFixed(1)}% | ${formatP(f.q)} |`);
      out.push(`| | ↳ ${leakAdvice(leak, (c) => codeSpan(c, 60)).replace(/ <- /g, ' ← ')} | | | | | | |`);
    }
    out.push('');
    const more = report.leaks.length - MAX_LEAK_ROWS;
    if (more > 0) out.push(`${more} more leak${more === 1 ? ' is' : 's are'} in the JSON report.`, '');
  }
  if (options.image) {
    const picture = `![heap growth flame graph](${options.image.url})`;
    out.push(options.image.inline ? picture : `[heap growth flame graph (PNG)](${options.image.url})`, '');
  }
  const others = grownOthers(report, 10);
  if (others.length > 0) {
    out.push('<details><summary>Grew, but not as a leak does</summary>', '', '| function | first | last | largest fall | p | why |', '|---|---|---|---|---|---|');
    for (const f of others) out.push(`| ${codeSpan(f.name)} | ${formatValue(f.self[0], unit)} | ${formatValue(f.self[f.self.length - 1], unit)} | ${formatValue(f.drawdown, unit)} | ${formatP(f.q)} | ${f.why ? NOT_LEAK[f.why] : ''} |`);
    out.push('', '</details>', '');
  }
  out.push('<details><summary>Snapshots read</summary>', '');
  for (const s of report.snapshots.slice(0, 50)) out.push(`- ${codeSpan(s.source, 200, false)}${s.time ? ` · ${s.time}` : ''} · ${formatValue(s.total, unit)}`);
  if (report.snapshots.length > 50) out.push(`- … ${report.snapshots.length - 50} more`);
  out.push('', '</details>', '');
  if (report.notes.length > 0) {
    out.push('<details><summary>Notes</summary>', '');
    for (const note of report.notes) out.push(`- ${codeSpan(note, 300, false)}`);
    out.push('', '</details>', '');
  }
  if (options.links?.length) out.push(options.links.join(' · '), '');
  out.push(`<sub>How to read this: a function leaks when its ${codeSpan(report.sampleType.type, 40, false)} rises through the series (Mann-Kendall test, false discovery rate ${report.alpha}), never gives back half of its growth and still rises in the last half. The rule max-growth (${codeSpan(report.maxGrowth, 40, false)}) makes a leak fail; under it, a leak warns.</sub>`);
  return `${out.join('\n')}\n`;
}

/** The report as JSON: indented, each function on one line (its series can be long). */
export function* trendJsonParts(report: TrendReport): Generator<string> {
  const entries = Object.entries(report);
  yield '{\n';
  for (let e = 0; e < entries.length; e++) {
    const [key, value] = entries[e];
    const comma = e < entries.length - 1 ? ',' : '';
    if (key === 'functions') {
      const list = value as TrendFunction[];
      yield `  "functions": [${list.length === 0 ? ']' : '\n'}`;
      for (let i = 0; i < list.length; i++) yield `    ${JSON.stringify(list[i])}${i < list.length - 1 ? ',' : ''}\n`;
      if (list.length > 0) yield `  ]${comma}\n`;
      else yield `${comma}\n`;
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}\n`;
    }
  }
  yield '}\n';
}
