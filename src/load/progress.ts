// A progress line on a terminal while large profiles are read: `reading 3 of 10 profiles
// (412 MB)…`, rewritten in place and erased when done. Nothing where stderr is not a
// terminal (CI logs) or the input is small enough to be read in a moment.
import { totalSize } from './load-runs';

/** Inputs smaller than this are read without a progress line. */
const WORTH_SHOWING = 16 * 1024 * 1024;

/** Reports files read so far. */
export type Progress = (done: number) => void;

/** Returns a progress reporter for reading `files` on `stream`, and a function that erases the line. */
export function startProgress(stream: { isTTY?: boolean; write(text: string): unknown }, files: string[]): { progress?: Progress; end: () => void } {
  if (!stream.isTTY) return { end: () => undefined };
  const bytes = totalSize(files);
  if (bytes < WORTH_SHOWING) return { end: () => undefined };
  const size = bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
  const show = (done: number) => stream.write(`\r\x1b[Kflamegate: reading ${done} of ${files.length} profile${files.length === 1 ? '' : 's'} (${size})…`);
  show(0);
  return { progress: show, end: () => stream.write('\r\x1b[K') };
}
