// Output files written piece by piece (the CLI's outputs, the action's report.json).
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes `parts` to the file at `path` one after another, so large output (the JSON
 * report of a big profile) never has to be one string in memory.
 */
export function writeFileParts(path: string, parts: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, 'w');
  try {
    for (const part of parts) {
      // writeSync may write less than it was given: loop until the piece is out.
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } finally {
    closeSync(fd);
  }
}
