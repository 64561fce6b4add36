// Text read in pieces (src/formats/text-lines.ts) gives the lines the whole string gives:
// pieces cut at line feeds, whatever falls at a cut (a CR LF, a line longer than a piece, a
// multi-byte character), from memory and from a file.
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/formats/detect';
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

describe('text read in pieces, at its edges', () => {
  it('ends at a short read (a file smaller than its size says, a /sys file, one cut while read), with no line break at its end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-short-'));
    const file = join(dir, 'short');
    const text = `main;a 1\n${'x'.repeat(3 * PIECE_BYTES)}`;
    writeFileSync(file, text);
    const fd = openSync(file, 'r');
    try {
      // The size claims 4 pieces more than there are: it spun forever, doubling its reads.
      expect(linesOf(TextLines.fromUtf8(fileBytes(fd, text.length + 4 * PIECE_BYTES)))).toEqual(['main;a 1', 'x'.repeat(3 * PIECE_BYTES)]);
    } finally {
      closeSync(fd);
    }
    // Two whole pieces of 16-byte lines where the size says more: the third read gets nothing.
    const whole = join(dir, 'whole');
    const lines = 'main;abcdefg 12\n'.repeat(PIECE_BYTES / 8);
    writeFileSync(whole, lines);
    const fd2 = openSync(whole, 'r');
    try {
      expect(linesOf(TextLines.fromUtf8(fileBytes(fd2, lines.length + PIECE_BYTES)))).toEqual(wholeLines(lines));
    } finally {
      closeSync(fd2);
    }
  });

  it('cuts text whose lines end in CR alone into pieces too, and refuses a line longer than a string can hold by name', () => {
    const text = 'main;work 1\r'.repeat(PIECE_BYTES / 2);
    const lines = TextLines.fromUtf8(memoryBytes(Buffer.from(text)));
    expect([...lines.pieces()].length).toBeGreaterThan(4);
    expect(linesOf(lines)).toEqual(wholeLines(text));
    const long = Buffer.alloc(257 * 2 ** 20, 'x');
    expect(() => parseProfile(long, 'long.folded')).toThrow(/^long\.folded: a line of more than 256 MiB \(from byte 0, no line break in it\), more than one string can hold; expected folded stacks or perf script, a stack or a frame a line$/);
  });

  it('tells the format from the first line that is not a comment, however far in', () => {
    const record = 'prog 42 [000] 1.000001: 250000 cycles: \n\t    401000 work+0x10 (/usr/bin/prog)\n\t    401100 main+0x20 (/usr/bin/prog)\n\n';
    // 74 KB of comments (40,000 characters), then records: read as folded and refused before.
    const commented = `${`# cmdline: ${'é'.repeat(69)}\n`.repeat(500)}${record}`;
    expect(parseProfile(Buffer.from(commented), 'c.perf').format).toBe('perf-script');
    expect(parseProfile(Buffer.from(`${'# x\n'.repeat(20_000)}${record}`), 'c2.perf').format).toBe('perf-script');
    const json = JSON.stringify({ nodes: [{ id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2] }, { id: 2, callFrame: { functionName: 'work', url: 'file:///a.js' } }], startTime: 0, endTime: 10, samples: [2], timeDeltas: [10] });
    expect(parseProfile(Buffer.from(`${' '.repeat(70_000)}\n${json}`), 'w.cpuprofile').format).toBe('cpuprofile');
  });
});
