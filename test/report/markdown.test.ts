import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { analyze } from '../../src/engine';
import { defaultConfig } from '../../src/rules/config';
import { biggestChangeRows, biggestChanges } from '../../src/report/format';
import { codeSpan, renderMarkdown } from '../../src/report/markdown';
import { reportJson } from '../../src/report/json';
import { validateReport } from '../../src/report/validate';
import { renderTerminal } from '../../src/report/terminal';
import { EXAMPLES } from '../fixtures';
import { expectGolden } from '../golden';
import { folded, foldedRuns } from '../profiles';
import { join } from 'node:path';

const md = new MarkdownIt({ html: true, linkify: true });

describe('Markdown report', () => {
  it('renders the example regression (golden)', async () => {
    const { report } = await compareFiles({
      baseline: [join(EXAMPLES, 'baseline-*.cpu.pb.gz')],
      candidate: [join(EXAMPLES, 'candidate-*.cpu.pb.gz')],
      configPath: join(__dirname, '..', 'data', 'scenarios', 'no-config.yml'),
    });
    // Sources are absolute paths: keep the golden independent of the checkout's place.
    expectGolden('go119-cpu.md', renderMarkdown(report, { key: 'cpu' }));
    expectGolden('go119-cpu.txt', renderTerminal(report));
  });

  it('lists the same biggest changes from the comparison\'s columns as from the report read back from JSON', async () => {
    // A report built here reads its functions from the comparison's table; one read from
    // JSON (the comment step) from its list. Both must pick the same rows.
    let improvements = 0;
    for (const [kind, normalize] of [['cpu', undefined], ['cpu', 'total'], ['heap', undefined]] as const) {
      const { report } = await compareFiles({
        baseline: [join(EXAMPLES, `baseline-*.${kind}.pb.gz`)],
        candidate: [join(EXAMPLES, `candidate-*.${kind}.pb.gz`)],
        normalize,
        configPath: join(__dirname, '..', 'data', 'scenarios', 'no-config.yml'),
      });
      const read = validateReport(JSON.parse(reportJson(report)), 'report');
      for (const direction of [1, -1] as const) {
        const built = biggestChanges(report, direction, 8);
        if (direction === 1) expect(built.length, `${kind} ${normalize}`).toBeGreaterThan(3);
        else improvements += built.length;
        expect(biggestChanges(read, direction, 8), `${kind} ${normalize} ${direction}`).toEqual(JSON.parse(JSON.stringify(built)));
      }
      expect(renderMarkdown(read, { key: kind })).toBe(renderMarkdown(report, { key: kind }));
    }
    expect(improvements, 'some significant improvement, so both directions are compared').toBeGreaterThan(0);
  });

  it('keeps code spans intact around backticks and pipes', async () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b')).toBe('`a\\|b`');
    expect(codeSpan('x'.repeat(500))).toHaveLength(120 + 2);
  });

  describe('names from profiles are untrusted', () => {
    const hostile = [
      'evil|col', 'tick`tick', '<script>alert(1)</script>', '@octocat', '#123', '[click](https://evil.example)',
      '<img src=x onerror=alert(1)>', '**bold**', 'https://evil.example/x', 'x'.repeat(100_000),
    ];
    const base = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`main;steady${i}`, 400]));
    const withHostile = (k: number) => folded({ ...base, ...Object.fromEntries(hostile.map((h) => [`main;${h}`, 300 * k])) });
    const { report } = analyze({ baseline: foldedRuns(withHostile(1), withHostile(1), withHostile(1)), candidate: foldedRuns(withHostile(3), withHostile(3), withHostile(3)), sampleType: { type: 'samples', unit: 'count' }, normalize: 'none', config: defaultConfig(), notes: [] });
    const text = renderMarkdown(report);
    const html = md.render(text);

    it('flags them, so they reach the tables', async () => {
      expect(report.violations.length).toBeGreaterThanOrEqual(hostile.length);
    });
    it('never become HTML, links, mentions or references', async () => {
      expect(html).not.toMatch(/<script|<img/);
      expect(html).not.toMatch(/<a /);
      expect(html).not.toContain('<strong>');
      // Every mention and reference sits inside a code element.
      const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
      expect(outsideCode).not.toMatch(/@octocat|#123|evil\.example/);
    });
    it('keep the table shape (pipes escaped)', async () => {
      const rows = text.split('\n').filter((l) => l.startsWith('| ❌'));
      for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(10);
    });
    it('include the rule texts, which a report artifact can carry too', async () => {
      // In mode comment the whole report is untrusted, rules included.
      const hostileRule = '<img src=x onerror=alert(1)> @octocat [x](https://evil.example)';
      const tampered = { ...report, violations: report.violations.map((v) => ({ ...v, rule: hostileRule })), overall: report.overall && { ...report.overall, violated: true, rule: hostileRule } };
      const rendered = md.render(renderMarkdown(tampered));
      expect(rendered).not.toMatch(/<img|<a /);
      expect(rendered.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@octocat|evil\.example/);
    });
    it('are cut to a sane length', async () => {
      expect(text.length).toBeLessThan(20_000);
      expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(1500);
    });
  });
});

describe('the top lists', () => {
  it('give a call chain on the same samples one row, and a self column', async () => {
    const files = (side: string) => [1, 2, 3, 4, 5].map((i) => `${EXAMPLES}/${side}-${i}.cpu.pb.gz`);
    const { report } = await compareFiles({ baseline: files('baseline'), candidate: files('candidate') });
    const rows = biggestChangeRows(report, 1, 10);
    expect(rows[0].map((f) => f.name).sort()).toEqual(['main.main', 'runtime.main']);
    // Close but not the same samples (encodeJSON has a little self time of its own): two rows.
    expect(rows.filter((r) => r.some((f) => f.name === 'main.encodeJSON' || f.name === 'encoding/json.Marshal'))).toHaveLength(2);
    expect(rows.flat().map((f) => f.name)).toHaveLength(new Set(rows.flat().map((f) => f.name)).size);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| function | total baseline | total candidate | change | self change | p |');
    expect(markdown).toMatch(/\| `(main\.main|runtime\.main)` · `(main\.main|runtime\.main)` \| 3\.26 s \| 4\.30 s \| \+1\.04 s .* \| ±0 \| <0\.001 \|/);
    expect(markdown).toContain('Functions on one row ran on the same samples in every run (a call chain)');
  });
});
