// The Markdown report a pull-request comment carries (DESIGN.md section 5). Every string
// from a profile goes through codeSpan: shown as code, never as HTML, link or mention.
import { visible } from '../text';
import type { Report, ReportFunction, SourceLink } from './report';
import { Measure } from '../model/measure';
import { biggestChangeRows, formatP, functionChange, leadViolations, kernelNote, noiseSentence, patternLine, selfChange, verdictSummary, driftNote } from './format';
import { formatValue } from '../model/units';

const ICON: Record<Report['verdict'], string> = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': 'ℹ️' };
const MAX_NAME = 120;

/** Returns a Markdown inline code span holding `text`, safe inside a table cell (`table`: its pipes escaped, which only a table reads as escapes). */
export function codeSpan(text: string, max = MAX_NAME, table = true): string {
  let s = visible(text);
  if (s.length > max) s = `${s.slice(0, max - 1)}…`;
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || s.startsWith(' ') || s.endsWith(' ') ? ' ' : '';
  // GFM splits table cells on every unescaped pipe, even inside code spans.
  return `${fence}${pad}${table ? s.replace(/\|/g, '\\|') : s}${pad}${fence}`;
}

/** Options for the Markdown report. */
export interface MarkdownOptions {
  /** Report key, shown in the title (`cpu`). */
  key?: string;
  /** Rows in the biggest-changes tables (default 10). */
  rows?: number;
  /** Where the diff flame graph can be seen (an image URL, or a page linking it). */
  image?: { url: string; inline: boolean };
  /** Where the interactive HTML report can be opened: linked under the picture, and from it. */
  interactive?: string;
  /** Functions' sources in the repository, by name: a violation links its line and says when the pull request changed its file. */
  sources?: ReadonlyMap<string, SourceLink>;
  /** Which commits were compared: shown under the title. */
  commits?: { candidate: string; baseline?: string; baseRef?: string };
  /** Links under the report (the run, the report artifact), already Markdown. */
  links?: string[];
}

/** One key's part of a combined comment: its report's Markdown, or why it has none. */
export interface CombinedSection {
  key: string;
  verdict: Report['verdict'] | null;
  /** renderMarkdown's output for the key; when verdict is null, why there is no report. */
  markdown: string;
}

const HOW_TO_READ = `<sub>How to read this: a function is flagged when its change breaks a rule and is significant after correcting for the number of functions tested. "of total" is points of the baseline profile's total.</sub>`;

const WORST: Report['verdict'][] = ['fail', 'warn', 'pass', 'no-baseline'];

/** The verdict of several keys: the worst of them (fail, warn, pass, no-baseline); null when none has a report. */
export function combinedVerdict(verdicts: (Report['verdict'] | null)[]): Report['verdict'] | null {
  return WORST.find((v) => verdicts.includes(v)) ?? null;
}

/**
 * Renders one comment for several keys (a matrix): a title with the worst verdict and each
 * key's, then each key's report under its own heading, one level down.
 */
export function renderCombined(sections: CombinedSection[]): string {
  const worst = combinedVerdict(sections.map((s) => s.verdict));
  const each = sections.map((s) => `${codeSpan(s.key, 40, false)} ${s.verdict ? `${ICON[s.verdict]} ${s.verdict}` : '· no report'}`).join(' · ');
  const out = [`### flamegate · ${worst ? `${ICON[worst]} ${worst}` : 'no report'} · ${each}`, ''];
  for (const s of sections) {
    // The note on how to read the tables is said once, at the end.
    if (s.verdict) out.push(s.markdown.replace(/^### /, '#### ').replace(HOW_TO_READ, '').trimEnd(), '');
    else out.push(`#### flamegate · ${codeSpan(s.key, 40, false)} · no report`, '', s.markdown, '');
  }
  if (sections.some((s) => s.verdict)) out.push(HOW_TO_READ, '');
  return out.join('\n');
}

/** Renders the report as the Markdown of a PR comment. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const measure = Measure.of(report);
  const rows = options.rows ?? 10;
  const title = `flamegate · ${codeSpan(options.key ?? report.sampleType.type, 40, false)}`;
  const out: string[] = [];
  out.push(`### ${title} · ${ICON[report.verdict]} ${report.verdict}: ${verdictSummary(report)}`);
  out.push('');
  if (options.commits) {
    const c = options.commits;
    out.push(`${codeSpan(c.candidate.slice(0, 7), 12)} (this PR) against ${c.baseline ? `${codeSpan(c.baseline.slice(0, 7), 12)}${c.baseRef ? ` (${codeSpan(c.baseRef, 60, false)})` : ''}` : 'no baseline'}`, '');
  }
  out.push(`Candidate (${runs(report.candidate.runs)}) against baseline (${runs(report.baseline.runs)}) · ${codeSpan(`${report.sampleType.type}/${report.sampleType.unit}`, 60, false)} · ${measure.description} (\`normalize: ${measure.normalize}\`) · total ${formatValue(report.baseline.total, report.sampleType.unit)} → ${formatValue(report.candidate.total, report.sampleType.unit)}${kernelNote(report)}`);
  out.push('');
  // With no baseline nothing was tested: no noise to tell of.
  if (report.verdict !== 'no-baseline') out.push(`Noise: ${noiseSentence(report)}`, '');

  const leads = leadViolations(report);
  const source = (name: string) => {
    const link = options.sources?.get(name);
    if (!link) return '';
    const where = `${link.path}${link.line ? `:${link.line}` : ''}`;
    return ` · [${codeSpan(where, 80)}](${link.url})${link.changed ? ' ✏️ **changed in this PR**' : ''}`;
  };
  const inChanged = leads.filter((l) => options.sources?.get(l.lead.function)?.changed).length;
  if (inChanged > 0) out.push(`✏️ ${inChanged === leads.length ? (leads.length === 1 ? 'The regression is' : `All ${leads.length} regressions are`) : `${inChanged} of the ${leads.length} regressions are`} in code this pull request changed.`, '');
  if (leads.length > 0) {
    out.push('| | function | metric | baseline | candidate | change | p | rule |');
    out.push('|---|---|---|---|---|---|---|---|');
    for (const { lead, paths, into } of leads) {
      const icon = lead.severity === 'fail' ? '❌' : '⚠️';
      const status = lead.status === 'new' ? ' (new)' : '';
      out.push(`| ${icon} | ${codeSpan(lead.function)}${status}${source(lead.function)} | ${lead.metric} | ${measure.format(lead.baseline)} | ${measure.format(lead.candidate)} | ${measure.formatChange(lead.delta, lead.relative, lead.ofBaselineTotal) + driftNote(report, lead)} | ${formatP(lead.pValue)} | ${codeSpan(lead.rule)} |`);
      for (const path of paths) {
        if (path.callers.length > 0) out.push(`| | ↳ via ${path.callers.map((c) => codeSpan(c, 60)).join(' ← ')} | | | | ${measure.formatSigned(path.delta)} | | |`);
      }
      if (into.length > 0) out.push(`| | ↳ into ${chain(into, ' · ')} | | | | | | |`);
      const pattern = patternLine(lead, (c) => codeSpan(c, 60), report);
      // The carriers are code spans, their pipes escaped already.
      if (pattern) out.push(`| | ↳ ${pattern} | | | | | | |`);
    }
    out.push('');
    const others = report.violations.length - leads.length;
    if (others > 0) out.push(`${others} more violation${others === 1 ? '' : 's'} of the same growth (callers, callees, other metrics) ${others === 1 ? 'is' : 'are'} in the JSON report.`, '');
  }
  if (report.overall?.violated) {
    out.push(`${report.overall.severity === 'fail' ? '❌' : '⚠️'} The profile total grew ${measure.formatChange(report.overall.delta, report.overall.relative, null)} (p ${formatP(report.overall.pValue)}; rule: ${codeSpan(report.overall.rule ?? '', undefined, false)}).`, '');
  }

  if (options.image) {
    const picture = `![diff flame graph](${options.image.url})`;
    out.push(options.image.inline ? (options.interactive ? `[${picture}](${options.interactive})` : picture) : `[diff flame graph (PNG)](${options.image.url})`, '');
  }
  if (options.interactive) {
    out.push(`🔎 [Open the interactive report](${options.interactive}): zoom and search the flame graph, see a function's callers and callees, sort every function.`, '');
  }
  const grew = biggestChangeRows(report, 1, rows);
  if (grew.length > 0) {
    out.push(leads.length > 0 ? '<details><summary>Biggest increases</summary>' : '**Biggest increases**', '');
    out.push(...changeTable(report, grew), '');
    if (leads.length > 0) out.push('</details>', '');
  }
  const shrank = biggestChangeRows(report, -1, rows);
  if (shrank.length > 0) {
    out.push('<details><summary>Biggest improvements</summary>', '');
    out.push(...changeTable(report, shrank), '', '</details>', '');
  }
  out.push('<details><summary>Profiles read</summary>', '', ...profilesRead(report), '', '</details>', '');
  if (report.notes.length > 0) {
    out.push('<details><summary>Notes</summary>', '');
    for (const note of report.notes) out.push(`- ${codeSpan(note, 300, false)}`);
    out.push('', '</details>', '');
  }
  if (options.links?.length) out.push(options.links.join(' · '), '');
  out.push(HOW_TO_READ);
  return `${out.join('\n')}\n`;
}

function changeTable(report: Report, rows: ReportFunction[][]): string[] {
  const measure = Measure.of(report);
  const lines = ['| function | total baseline | total candidate | change | self change | p |', '|---|---|---|---|---|---|'];
  for (const row of rows) {
    const f = row[0];
    const c = functionChange(report, f);
    const status = f.status === 'both' ? '' : ` (${f.status})`;
    const names = row.slice(0, 4).map((g) => codeSpan(g.name, row.length > 1 ? 60 : undefined)).join(' · ') + (row.length > 4 ? ` · … (${row.length - 4} more)` : '');
    lines.push(`| ${names}${status} | ${measure.format(c.baseline)} | ${measure.format(c.candidate)} | ${measure.formatChange(c.delta, c.relative, c.ofTotal)} | ${measure.formatSigned(selfChange(report, row))} | ${formatP(f.pValue)} |`);
  }
  if (rows.some((row) => row.length > 1)) lines.push('', 'Functions on one row ran on the same samples in every run (a call chain): one change, not several.');
  return lines;
}

/** Each side's files and the format each was read as: a `.txt` read as perf script shows. */
function profilesRead(report: Report): string[] {
  const shown = 10;
  // Paths below the folder all files share: `base/cpu-1.pb.gz` and `prof/cpu-1.pb.gz` stay
  // apart, and the runner's temporary folder is left out.
  const all = [...report.baseline.sources, ...report.candidate.sources];
  let common = all.length > 0 ? all[0].slice(0, all[0].search(/[^/\\]*$/)) : '';
  for (const source of all) while (common !== '' && !source.startsWith(common)) common = common.slice(0, common.slice(0, -1).search(/[^/\\]*$/));
  return (['baseline', 'candidate'] as const).filter((side) => report[side].runs > 0).map((side) => {
    const { sources, formats = [] } = report[side];
    // One format for the side is said once; mixed formats, file by file.
    const one = formats.length > 0 && formats.every((f) => f === formats[0]);
    const files = sources.slice(0, shown).map((source, i) => `${codeSpan(source.slice(common.length), 80, false)}${!one && formats[i] ? ` (${codeSpan(formats[i], 20, false)})` : ''}`);
    const more = sources.length > shown ? `, and ${sources.length - shown} more` : '';
    return `- ${side}${one ? ` (read as ${codeSpan(formats[0], 20, false)})` : ''}: ${files.join(', ')}${more}`;
  });
}

function chain(names: string[], separator: string): string {
  const shown = names.slice(0, 3).map((n) => codeSpan(n, 60));
  return shown.join(separator) + (names.length > 3 ? `${separator}… (${names.length - 3} more)` : '');
}

function runs(n: number): string {
  return `${n} run${n === 1 ? '' : 's'}`;
}
