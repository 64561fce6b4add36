// A line-oriented text profile (perf script, folded stacks) read in pieces: UTF-8 bytes are
// decoded 64 KiB at a time, each piece ending at a line break, so no string holds the whole
// file, and a plain file is read from disk piece by piece, never whole. V8's longest string
// is 2^29 - 24 characters (512 MiB), and README promises profiles of 1 GiB; a whole-file
// string also doubled the memory of the bytes it came from.
import { isAscii, isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { UnusableProfile } from '../model/call-tree';

/** Bytes decoded into one piece at most (a line longer than this makes its piece longer). */
export const PIECE_BYTES = 64 * 1024;

/** Bytes of a file's head that tell its kind before it is read (gzip, an archive, text or binary: detect.ts reads 4 KiB). */
export const HEAD_BYTES = 4096;

/**
 * A profile's bytes, in memory or in a file read where needed: a text profile is read in
 * pieces from its file, never whole (a 1 GiB perf file took 1 GiB before a line was read).
 */
export interface ByteSource {
  /** Bytes in all. */
  readonly length: number;
  /** Bytes start..end (the view may be reused by the next call). */
  read(start: number, end: number): Uint8Array;
}

/** Bytes in memory as a ByteSource. */
export function memoryBytes(data: Uint8Array): ByteSource {
  return { length: data.length, read: (start, end) => data.subarray(start, end) };
}

/** The open file `fd` of `length` bytes as a ByteSource, read into one buffer reused (grown for a long line). */
export function fileBytes(fd: number, length: number): ByteSource {
  let buffer = Buffer.allocUnsafe(PIECE_BYTES);
  return {
    length,
    read(start, end) {
      if (end - start > buffer.length) buffer = Buffer.allocUnsafe(end - start);
      let got = 0;
      while (got < end - start) {
        const n = readSync(fd, buffer, got, end - start - got, start + got);
        if (n === 0) break; // the file shrank while read
        got += n;
      }
      return buffer.subarray(0, got);
    },
  };
}

/** The lines of a text profile, read piece by piece. */
export class TextLines {
  private constructor(private readonly source: ByteSource | string, private readonly skip: number, readonly byteLength: number) {}

  /** Pieces read so far that held bytes that are not UTF-8 (each such sequence read as U+FFFD). */
  private notUtf8 = 0;

  /**
   * The note a reader adds when pieces held bytes that are not UTF-8: Latin-1 `café` and
   * `cafè` both read as `caf\uFFFD`, one function.
   */
  utf8Note(): string[] {
    return this.notUtf8 > 0 ? ['the text holds bytes that are not UTF-8, each read as U+FFFD: names that differ only there are one function (write the profile in UTF-8)'] : [];
  }

  /** A piece's bytes decoded, counted in notUtf8 when they are not UTF-8. */
  private decoded(bytes: Uint8Array): string {
    const ascii = isAscii(bytes);
    if (!ascii && !isUtf8(bytes)) this.notUtf8++;
    return crToLf(decodeUtf8(bytes, ascii));
  }

  /** True when the text starts with `prefix` (ASCII), as austin's `# austin:` header. */
  startsWith(prefix: string): boolean {
    const source = this.source;
    if (typeof source === 'string') return source.startsWith(prefix);
    return decodeUtf8(source.read(this.skip, Math.min(source.length, this.skip + prefix.length))) === prefix;
  }

  /** Lines of a string (tests, and UTF-16 files, which are decoded whole). */
  static fromString(text: string): TextLines {
    return new TextLines(crToLf(text), 0, text.length);
  }

  /**
   * Lines of UTF-8 bytes (a byte-order mark skipped), read in pieces. The caller has found
   * them to be text, and not UTF-16 (decoded whole, by detect.ts decodeText).
   */
  static fromUtf8(source: ByteSource): TextLines {
    const first = source.read(0, Math.min(source.length, 3));
    const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
    return new TextLines(source, bom, source.length);
  }

  /**
   * The text in pieces, in order, each ending at a line break (the last may end without
   * one), a CR that ends a line alone made a line feed (as decodeText does).
   */
  *pieces(): Generator<string> {
    const source = this.source;
    if (typeof source === 'string') {
      yield source;
      return;
    }
    let start = this.skip;
    let size = PIECE_BYTES;
    while (start < source.length) {
      const end = Math.min(source.length, start + size);
      const bytes = source.read(start, end);
      // A short read is the file's end: it shrank while read, or it is smaller than its size
      // says (a /sys file). Doubling `size` over it again and again spun forever.
      if (end === source.length || bytes.length < end - start) {
        if (bytes.length > 0) yield this.decoded(bytes);
        return;
      }
      const cut = lineEnd(bytes);
      if (cut === 0) {
        // A line longer than the piece: read more of it, up to what one string can hold.
        if (size >= MAX_LINE_BYTES) throw new UnusableProfile(`a line of more than ${MAX_LINE_BYTES / 2 ** 20} MiB (from byte ${start}, no line break in it), more than one string can hold`, 'folded stacks or perf script, a stack or a frame a line');
        size = Math.min(size * 2, MAX_LINE_BYTES);
        continue;
      }
      yield this.decoded(bytes.subarray(0, cut));
      start += cut;
      size = PIECE_BYTES;
    }
  }

  /**
   * What format detection reads: 64K characters from the first line that is neither blank
   * nor a `#` comment, wherever it is (a perf header of 1,000 comment lines; a JSON file after
   * 70,000 spaces; comments in UTF-8 longer than 64 KiB of bytes), or '' for none.
   */
  body(): string {
    const source = this.source;
    if (typeof source === 'string') {
      const at = firstContent(source);
      return at < 0 ? '' : source.slice(at, at + HEAD_CHARS);
    }
    // Over the bytes, not pieces: a minified .cpuprofile is one line of hundreds of megabytes.
    let at = this.skip;
    let lineStart = at;
    let inComment = false;
    for (;;) {
      const bytes = source.read(at, Math.min(source.length, at + PIECE_BYTES));
      if (bytes.length === 0) return '';
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        // A line ends at a LF or a CR (a CR alone ends one in old Mac files; before a LF, the LF then ends an empty one).
        if (inComment) {
          let end = bytes.indexOf(0x0a, i);
          const cr = bytes.indexOf(0x0d, i);
          if (cr >= 0 && (end < 0 || cr < end)) end = cr;
          if (end < 0) break; // the comment goes on in the next read
          i = end;
          lineStart = at + end + 1;
          inComment = false;
        } else if (b === 0x0a || b === 0x0d) lineStart = at + i + 1;
        else if (b === 0x23 /* # */ && at + i === lineStart) inComment = true;
        else if (b !== 0x20 && b !== 0x09 && b !== 0x0d) {
          // A UTF-8 character is 4 bytes at most: 64K characters lie within 4 x 64 KiB.
          const text = crToLf(decodeUtf8(source.read(lineStart, Math.min(source.length, lineStart + 4 * HEAD_CHARS))));
          return text.slice(0, HEAD_CHARS);
        }
      }
      at += bytes.length;
    }
  }

  /**
   * Calls `f` with each line (without its line break, nor a CR before it) and its number,
   * from 1; with `unindented`, only the lines that do not start with a space or a tab (the
   * others are counted, not cut out). Stops, and returns false, when `f` returns false;
   * else returns true.
   */
  forEachLine(f: (line: string, lineNo: number) => boolean | void, unindented = false): boolean {
    let lineNo = 0;
    let last = '';
    for (const piece of this.pieces()) {
      let start = 0;
      // A NUL byte is no text (a file cut short or padded by a crash): refused at its line.
      const nul = piece.indexOf('\u0000');
      while (start < piece.length) {
        let end = piece.indexOf('\n', start);
        if (end < 0) end = piece.length;
        lineNo++;
        if (nul >= 0 && nul < end) throw new UnusableProfile(`line ${lineNo}: a NUL byte, which a text profile does not hold`, 'folded stacks or perf script output without NUL bytes (was the file cut short or padded by a crash?)');
        const first = piece.charCodeAt(start);
        if ((!unindented || (first !== 0x20 && first !== 0x09) || start === end) && f(piece.slice(start, end > start && piece.charCodeAt(end - 1) === 13 ? end - 1 : end), lineNo) === false) return false;
        start = end + 1;
      }
      last = piece;
    }
    // A text that ends with a line break has an empty last line, as splitting on '\n' gives.
    return !(last === '' || last.endsWith('\n')) || f('', ++lineNo) !== false;
  }
}

/** Characters of the body that format detection reads. */
const HEAD_CHARS = 64 * 1024;

/** Where the first line of `text` that is neither blank nor a `#` comment starts; -1 for none. */
function firstContent(text: string): number {
  const m = /^[ \t\r]*[^\s#]/m.exec(text);
  return m ? m.index : -1;
}

/** Bytes of one line at most (V8's longest string, 2^29 - 24 characters, less a margin). */
const MAX_LINE_BYTES = 256 * 2 ** 20;

/**
 * Where a piece of `bytes` may end: after the last line feed (a LF byte never occurs inside a
 * UTF-8 sequence), else after the last CR that ends a line alone (old Mac files have no LF:
 * read whole, a 600 MB one failed past V8's longest string), else 0.
 */
function lineEnd(bytes: Uint8Array): number {
  const lf = bytes.lastIndexOf(0x0a);
  if (lf >= 0) return lf + 1;
  // A CR as the last byte may have its LF in the next read: the CR before it is cut after.
  const cr = bytes.lastIndexOf(0x0d, bytes.length - 2);
  return cr >= 0 ? cr + 1 : 0;
}

/**
 * UTF-8 bytes decoded. ASCII (most profiles) is decoded as Latin-1, which is the same
 * characters copied byte for byte: 4 times faster than the UTF-8 decoder here. `ascii`:
 * whether they are, when the caller has checked it already.
 */
export function decodeUtf8(data: Uint8Array, ascii = isAscii(data)): string {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return bytes.toString(ascii ? 'latin1' : 'utf8');
}

/** A CR not before a LF ends a line too (old Mac files, and files pasted together from both). */
export function crToLf(text: string): string {
  return text.includes('\r') && /\r(?!\n)/.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}
