// Cutting a Markdown report to a size GitHub keeps: a comment (65,536 characters) or a job
// summary (1 MiB a step, counted in bytes: GitHub drops a larger one whole).

/** How long a text is: in UTF-16 characters (comments) or UTF-8 bytes (job summaries). */
export type SizeUnit = 'characters' | 'bytes';

const lengthOf = (text: string, measure: SizeUnit) => (measure === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length);

/**
 * Returns `markdown` when it fits in `limit` (with `tail` after it), else the longest run of
 * whole lines that fits with `note` and `tail`, so a table row or a code span is never left
 * half open, and with the `<details>` blocks it cut into closed (else the rest of the
 * comment, the note included, would be folded away). `tail` (a hidden marker) is kept, last.
 */
export function fitMarkdown(markdown: string, limit: number, measure: SizeUnit, note: string, tail = ''): string {
  if (lengthOf(markdown, measure) + lengthOf(tail, measure) <= limit) return markdown + tail;
  const room = limit - lengthOf(note, measure) - lengthOf(tail, measure);
  // Characters never take fewer bytes, so cutting at `room` characters is a start; shrink to fit.
  let end = Math.min(markdown.length, room);
  while (end > 0 && lengthOf(markdown.slice(0, end), measure) > room) end = Math.floor(end * 0.9);
  // The cut keeps room for closing the <details> blocks it leaves open.
  const closing = (kept: string) => '\n</details>\n'.repeat(Math.max(0, (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length));
  let kept = markdown.slice(0, Math.max(0, markdown.lastIndexOf('\n', end)));
  while (kept.length > 0 && lengthOf(kept + closing(kept), measure) > room) kept = kept.slice(0, Math.max(0, kept.lastIndexOf('\n', kept.length - 1)));
  return kept + closing(kept) + note + tail;
}
