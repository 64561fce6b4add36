// Format detection by content, never by file name: gzip, V8 .cpuprofile JSON, folded
// stacks, pprof protobuf. Each importer says "not mine" as a value; one error names them all.
import { InputError } from '../errors';
import type { LabelOptions } from '../model/labels';
import type { TimeWindow } from '../model/time-window';
import { LimitError, UnusableProfile, type Profile, type SharedTable } from '../model/call-tree';
import { tryParseCpuProfile } from './cpuprofile';
import { isHeapProfileJson, tryParseHeapProfile } from './heapprofile';
import { tryParseFolded } from './folded';
import { DEFAULT_MAX_DECOMPRESSED, isGzip, tryGunzip } from './gzip';
import { looksLikeFlatPerfScript, looksLikePerfScript, tryParsePerfScript } from './perf-script';
import { tryParsePprofFast } from './pprof-fast';
import { crToLf, decodeUtf8, memoryBytes, TextLines, type ByteSource } from './text-lines';
import { isSpeedscopeJson, tryParseSpeedscope } from './speedscope';

/** Options for reading a profile. */
export interface ParseOptions {
  /** Cap on decompressed bytes of a gzipped profile (default 1 GiB). */
  maxDecompressedBytes?: number;
  /** Build the call tree into this table, shared with other profiles' (see SharedTable). */
  shared?: SharedTable;
  /** Keep only samples with a label's value, and count each value (pprof labels; speedscope's profile names as `profile`). */
  label?: LabelOptions;
  /** Keep only the samples taken in this window (perf script, .cpuprofile, Chrome traces, speedscope evented). */
  window?: TimeWindow;
}

/**
 * A profile file opened and not yet read: its first bytes (HEAD_BYTES, or all of a shorter
 * file), its bytes as a ByteSource, and the whole file on need. Plain UTF-8 text (folded
 * stacks, perf script) is read from it in pieces; anything else is read whole.
 */
export interface OpenedFile {
  head: Uint8Array;
  bytes: ByteSource;
  readAll(): Buffer;
}

/** Returns the profile in `bytes` (or an opened file); throws InputError naming `source` when it is none. */
export function parseProfile(bytes: Uint8Array | OpenedFile, source: string, options: ParseOptions = {}): Profile {
  return withinLimits(source, () => parseAny(bytes, source, options));
}

/** Runs `build` on the input named `source`; a LimitError it throws becomes that input's InputError. */
export function withinLimits<T>(source: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof LimitError) throw new InputError(`${source}: ${error.message}; expected a profile within flamegate's limits`);
    if (error instanceof UnusableProfile) throw new InputError(`${source}: ${error.message}; expected ${error.expected}`);
    throw error;
  }
}

function parseAny(input: Uint8Array | OpenedFile, source: string, options: ParseOptions): Profile {
  const opened = input instanceof Uint8Array ? undefined : input;
  if ((opened?.bytes.length ?? (input as Uint8Array).length) === 0) throw new InputError(`${source}: the file is empty, expected a profile (pprof, folded stacks or .cpuprofile)`);
  // A file of plain UTF-8 text is read in pieces from disk; any other is read whole here.
  if (opened && !isGzip(opened.head) && !containerOf(opened.head) && !isUtf16(opened.head) && looksLikeText(opened.head)) {
    return parseText(TextLines.fromUtf8(opened.bytes), () => decodeText(opened.readAll()) ?? '', source, options);
  }
  const bytes = opened ? opened.readAll() : (input as Uint8Array);
  let data: Uint8Array = bytes;
  // Up to two gzip layers: a .pb.gz gzipped again (an artifact, a log collector) is read
  // through; a third is refused by name below.
  for (let layer = 0; layer < 2 && isGzip(data); layer++) {
    const result = tryGunzip(data, options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED);
    if ('reason' in result) throw new InputError(`${source}: ${result.reason}`);
    data = result.bytes;
    if (data.length === 0) throw new InputError(`${source}: gzip data that decompresses to nothing, expected a profile`);
  }
  const layer = containerOf(data);
  if (layer) throw new InputError(`${source}: ${layer}, which flamegate does not open; expected a profile, raw or gzipped (decompress it first)`);
  const utf16 = isUtf16(data);
  if (utf16) {
    // Decoded whole: refused by name past V8's longest string (it failed as an internal error).
    if (data.length > MAX_TEXT_BYTES) throw new InputError(`${source}: ${(data.length / 2 ** 20).toFixed(0)} MiB of UTF-16 text, over the ${Math.round(MAX_TEXT_BYTES / 2 ** 20)} MiB flamegate reads in UTF-16; expected a smaller file, or the same text in UTF-8, which is read in pieces`);
    const text = decodeText(data) ?? '';
    return parseText(TextLines.fromString(text), () => text, source, options);
  }
  if (looksLikeText(data)) return parseText(TextLines.fromUtf8(memoryBytes(data)), () => decodeText(data) ?? '', source, options);
  const result = tryParsePprofFast(data, options.shared, options.label);
  if ('reason' in result) {
    const nul = textWithNul(data);
    if (nul) throw new InputError(`${source}: text with a NUL byte at line ${nul.line} (byte ${nul.byte}), which a text profile does not hold (as pprof: ${result.reason}); expected folded stacks or perf script output without NUL bytes (was the file cut short or padded by a crash?), or a pprof profile`);
    throw new InputError(`${source}: ${result.reason}; expected a pprof profile (gzipped or raw), folded stacks, perf script output, a V8 .cpuprofile or speedscope JSON`);
  }
  return result.profile;
}

/**
 * How a JSON document starts: an object's first key (or `}`), an array's first value (or
 * `]`). Folded stacks may start with `[` or `{` too (`[unknown];main 10`, sorted before
 * lowercase names; `{lambda()#1};run 5`), and were parsed as JSON and refused.
 */
const JSON_START = /^\s*(?:\{\s*["}]|\[\s*(?:[{["\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*[,\]]|(?:true|false|null)\s*[,\]]))/;

/**
 * A text profile: JSON (V8, speedscope) parsed whole from one string (`wholeText`), perf
 * script and folded stacks read line by line in pieces (`lines`).
 */
function parseText(lines: TextLines, wholeText: () => string, source: string, options: ParseOptions): Profile {
  const body = lines.body();
  if (JSON_START.test(body)) {
    // V8's longest string is 2^29 - 24 characters: past it the read failed as an internal error.
    if (lines.byteLength > MAX_TEXT_BYTES) {
      throw new InputError(`${source}: ${(lines.byteLength / 2 ** 20).toFixed(0)} MiB of JSON, over the ${Math.round(MAX_TEXT_BYTES / 2 ** 20)} MiB flamegate parses as JSON; expected a smaller file (record fewer seconds or split it), or pprof, which has no such limit`);
    }
    const text = wholeText();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InputError(`${source}: JSON that does not parse (${(error as Error).message}), expected a V8 .cpuprofile or speedscope JSON`);
    }
    const result = isSpeedscopeJson(json) ? tryParseSpeedscope(json, options.shared, options.label, options.window)
      : isHeapProfileJson(json) ? tryParseHeapProfile(json, options.shared)
      : tryParseCpuProfile(json, options.shared, options.window);
    if ('reason' in result) throw new InputError(`${source}: ${result.reason}`);
    return result.profile;
  }
  if (looksLikeFlatPerfScript(body)) {
    throw new UnusableProfile('perf script output without call stacks (each record one line, its address after the event): one frame a sample says nothing of callers', 'perf script of a recording with call stacks: perf record -g (or --call-graph dwarf)');
  }
  if (looksLikePerfScript(body)) {
    const result = tryParsePerfScript(lines, options.shared, options.window);
    if ('reason' in result) throw new InputError(`${source}: ${result.reason}`);
    return result.profile;
  }
  const result = tryParseFolded(lines, options.shared);
  if ('reason' in result) throw new InputError(`${source}: text with ${result.reason}; expected folded stacks, perf script output, pprof, a .cpuprofile or speedscope JSON`);
  return result.profile;
}

/** Bytes of JSON (or UTF-16 text) at most, read as one string: V8's longest is 2^29 - 24 UTF-16 units, and a byte is at most one. */
export const MAX_TEXT_BYTES = 512 * 2 ** 20 - 24;

/** The compressed or archive format `data` starts with (zstd, bzip2, xz, zip, a third gzip layer), for an error; undefined for none. */
function containerOf(data: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => data.length >= magic.length && magic.every((b, i) => data[i] === b);
  if (isGzip(data)) return 'gzip inside gzip inside gzip';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return 'zstd-compressed data';
  if (starts(0x42, 0x5a, 0x68) && data[3] >= 0x31 && data[3] <= 0x39) return 'bzip2-compressed data';
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz-compressed data';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a zip archive';
  return undefined;
}

/**
 * The text in `data`, or null when it is binary (pprof): UTF-8 without its byte-order mark,
 * UTF-16 (little- or big-endian, by its mark, or little-endian without one, as Windows'
 * PowerShell writes `>` redirections) decoded, and a CR that ends a line alone (old Mac
 * files, or such lines among LF and CR LF ones) made a line feed. Every text and JSON importer reads what this returns.
 */
export function decodeText(data: Uint8Array): string | null {
  let text: string;
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const utf16 = isUtf16(data);
  if (utf16 === 'marked') {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    if (bytes[0] === 0xfe) body.swap16();
    text = body.toString('utf16le');
  } else if (utf16 === 'unmarked') {
    text = bytes.toString('utf16le');
  } else {
    if (!looksLikeText(data)) return null;
    text = decodeUtf8(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0));
  }
  return crToLf(text);
}

/** Whether `data` is UTF-16: `marked` by a byte-order mark, `unmarked` little-endian text (every second byte 0), else false. */
export function isUtf16(data: Uint8Array): 'marked' | 'unmarked' | false {
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) return 'marked';
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0 && isPlainText(bytes.toString('utf16le', 0, 4096)) ? 'unmarked' : false;
}

/** True when `text` holds no control characters other than tab, newline and CR. */
function isPlainText(text: string): boolean {
  return !/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text);
}

/**
 * Where the first NUL byte of `data` is, when its first 4 KiB would read as text but for
 * NUL bytes (any number of them, among printable text and no other control byte: a text
 * profile cut short or padded by a crash or a file system); undefined otherwise. A
 * protobuf's field tags (0x08, 0x10, 0x12...) are control bytes.
 */
function textWithNul(data: Uint8Array): { line: number; byte: number } | undefined {
  const head = headBytes(data);
  if (head.nuls === 0 || head.controls > 0 || head.printable < 8) return undefined;
  const byte = data.indexOf(0);
  // Lines end at a LF, or at a CR not before one (old Mac files).
  let line = 1;
  for (let i = 0; i < byte; i++) if (data[i] === 0x0a || (data[i] === 0x0d && data[i + 1] !== 0x0a)) line++;
  return { line, byte };
}

/**
 * True when the first 4 KiB read as text: no NUL byte, and fewer than 8 control bytes
 * other than tab, newline and CR, or under one in twenty. A name with an escape sequence
 * in it is still text (read or refused as such, its escapes shown); a protobuf is full of them.
 */
function looksLikeText(data: Uint8Array): boolean {
  const head = headBytes(data);
  return head.nuls === 0 && (head.controls < 8 || head.controls * 20 < head.length);
}

/** The first 4 KiB of `data` counted: NUL bytes, other control bytes (not tab, LF, VT, FF, CR), and printable ones. */
function headBytes(data: Uint8Array): { length: number; nuls: number; controls: number; printable: number } {
  const length = Math.min(data.length, 4096);
  let nuls = 0;
  let controls = 0;
  let printable = 0;
  for (let i = 0; i < length; i++) {
    const b = data[i];
    if (b === 0) nuls++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls++;
    else if (b >= 0x20) printable++;
  }
  return { length, nuls, controls, printable };
}
