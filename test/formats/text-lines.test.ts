// Text read in pieces (src/formats/text-lines.ts) gives the lines the whole string gives:
// pieces cut at line feeds, whatever falls at a cut (a CR LF, a line longer than a piece, a
// multi-byte character), from memory and from a file.
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileBytes, memoryBytes, PIECE_BYTES, TextLines } from '../../src/formats/text-lines';

/** The lines as the whole-string readers split them: a lone CR ends a line, a CR before LF is dropped. */
function wholeLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n').split('\n').map((line) => line.replace(/\r$/, ''));
}

function linesOf(lines: TextLines): string[] {
  const out: string[] = [];
  lines.forEachLine((line, lineNo) => {
    expect(lineNo).toBe(out.length + 1);
    out.push(line);
  });
  return out;
}

/** A text of about `bytes` bytes whose lines fall across piece boundaries in every way. */
function awkwardText(bytes: number, seed: number): string {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = random();
    const part = r < 0.02 ? 'x'.repeat(PIECE_BYTES + Math.floor(random() * 1000)) // longer than a piece
      : r < 0.1 ? 'é€𝄞;main'.repeat(1 + Math.floor(random() * 50)) // multi-byte characters
      : `a;b;c ${Math.floor(random() * 100)}`;
    const end = ['\n', '\r\n', '\r', '\n\n'][Math.floor(random() * 4)];
    parts.push(part + end);
    size += Buffer.byteLength(part + end);
  }
  return parts.join('');
}

describe('text read in pieces', () => {
  it('gives the lines of the whole string, from memory and from a file, with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-pieces-'));
    for (const seed of [1, 2, 3]) {
      const text = (seed === 3 ? '\uFEFF' : '') + awkwardText(5 * PIECE_BYTES, seed);
      const bytes = Buffer.from(text);
      const expected = wholeLines(text);
      expect(linesOf(TextLines.fromUtf8(memoryBytes(bytes)))).toEqual(expected);
      const file = join(dir, `text-${seed}`);
      writeFileSync(file, bytes);
      const fd = openSync(file, 'r');
      try {
        expect(linesOf(TextLines.fromUtf8(fileBytes(fd, bytes.length)))).toEqual(expected);
      } finally {
        closeSync(fd);
      }
      expect(linesOf(TextLines.fromString(text.replace(/^\uFEFF/, '')))).toEqual(expected);
    }
  });

  it('cuts a piece only after a line feed, and passes only unindented lines when asked', () => {
    const text = `${'h 1\n\t frame\n'.repeat(PIECE_BYTES / 4)}last`;
    const pieces = [...TextLines.fromUtf8(memoryBytes(Buffer.from(text))).pieces()];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith('\n'))).toBe(true);
    expect(pieces.join('')).toBe(text);
    const unindented: number[] = [];
    TextLines.fromUtf8(memoryBytes(Buffer.from(text))).forEachLine((line, lineNo) => {
      expect(line.startsWith('\t')).toBe(false);
      unindented.push(lineNo);
    }, true);
    expect(unindented.slice(0, 3)).toEqual([1, 3, 5]);
    expect(unindented.at(-1)).toBe(PIECE_BYTES / 2 + 1);
  });
});
