import { closeSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/load/progress';
import { wantsColor } from '../../src/report/terminal';

function sparseFile(bytes: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'flamegate-progress-')), 'big.pb');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes); // a sparse file: its size without its bytes
  closeSync(fd);
  return path;
}

describe('progress line', () => {
  it('shows on a terminal for large inputs and is erased at the end', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (text: string) => written.push(text) };
    const big = sparseFile(40 * 1024 * 1024);
    const { progress, end } = startProgress(tty, [big, big]);
    progress!(1);
    end();
    expect(written).toEqual([
      '\r\x1b[Kflamegate: reading 0 of 2 profiles (84 MB)…',
      '\r\x1b[Kflamegate: reading 1 of 2 profiles (84 MB)…',
      '\r\x1b[K',
    ]);
  });

  it('stays silent in a log and for small inputs', () => {
    const written: string[] = [];
    const big = sparseFile(40 * 1024 * 1024);
    expect(startProgress({ isTTY: false, write: (t: string) => written.push(t) }, [big]).progress).toBeUndefined();
    expect(startProgress({ isTTY: true, write: (t: string) => written.push(t) }, [sparseFile(1000)]).progress).toBeUndefined();
    expect(written).toEqual([]);
  });
});

describe('colour', () => {
  it('is on for a terminal, off with NO_COLOR or a dumb terminal, forced with FORCE_COLOR', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });
});
