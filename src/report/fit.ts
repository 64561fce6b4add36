// Cutting a Markdown report to a size GitHub keeps: a comment (65,536 characters) or a job
// summary (1 MiB a step, counted in bytes: GitHub drops a larger one whole).

/** How long a text is: in UTF-16 characters (comments) or UTF-8 bytes (job summaries). */
export type Measure = 'characters' | 'bytes';

const lengthOf = (text: string, measure: Measure) => (measure === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length);

/**
 * Returns `markdown` when it fits in `limit` (with `tail` after it), else the longest run of
 * whole lines that fits with `note` and `tail`, so a table row or a code span is never left
 * half open. `tail` (a hidden marker) is always kept, last.
 */
export function fitMarkdown(markdown: string, limit: number, measure: Measure, note: string, tail = ''): string {
  if (lengthOf(markdown, measure) + lengthOf(tail, measure) <= limit) return markdown + tail;
  const room = limit - lengthOf(note, measure) - lengthOf(tail, measure);
  // Characters never take fewer bytes, so cutting at `room` characters is a start; shrink to fit.
  let end = Math.min(markdown.length, room);
  while (end > 0 && lengthOf(markdown.slice(0, end), measure) > room) end = Math.floor(end * 0.9);
  const cut = markdown.lastIndexOf('\n', end);
  return markdown.slice(0, cut > 0 ? cut : end) + note + tail;
}
