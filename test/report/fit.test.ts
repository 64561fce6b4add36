import { describe, expect, it } from 'vitest';
import { fitMarkdown } from '../../src/report/fit';

describe('cutting Markdown to a size GitHub keeps', () => {
  const note = '\n_cut_\n';

  it('keeps what fits as it is, the tail last', () => {
    expect(fitMarkdown('short', 100, 'characters', note, '<!-- m -->')).toBe('short<!-- m -->');
  });

  it('cuts at a line end and closes the <details> blocks the cut left open', () => {
    const markdown = `title\n\n<details><summary>Notes</summary>\n\n${'- a note\n'.repeat(500)}\n</details>\n\nlast section\n`;
    const cut = fitMarkdown(markdown, 400, 'characters', note, '\n<!-- m -->');
    expect(cut.length).toBeLessThanOrEqual(400);
    expect((cut.match(/<details>/g) ?? []).length).toBe((cut.match(/<\/details>/g) ?? []).length);
    expect(cut.endsWith(`</details>\n${note}\n<!-- m -->`)).toBe(true);
    for (const line of cut.split('\n')) expect(['title', '', '<details><summary>Notes</summary>', '- a note', '</details>', '_cut_', '<!-- m -->']).toContain(line);
  });

  it('counts UTF-8 bytes for a job summary', () => {
    const markdown = `${'é'.repeat(60)}\n`.repeat(100);
    const cut = fitMarkdown(markdown, 1000, 'bytes', note);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(1000);
    expect(Buffer.byteLength(cut)).toBeGreaterThan(800);
  });
});
