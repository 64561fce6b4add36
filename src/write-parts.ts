import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Writes `parts` to the file at `path` one after another, so large output (the JSON
 * report of a big profile) never has to be one string in memory.
 */
export function writeFileParts(path: string, parts: Iterable<string | Uint8Array>): void {
  const fd = openSync(path, 'w');
  try {
    for (const part of parts) {
      if (typeof part === 'string') writeSync(fd, part);
      else for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
    }
  } finally {
    closeSync(fd);
  }
}
