// Parsing on several threads (src/load/parse-pool.ts) gives what one thread gives: the same
// report byte for byte, and the same error, whatever the thread count. The CLI (dist) is
// run, as only the bundle has the worker script.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, fixture, hasShared } from './fixtures';

const CLI = join(resolve(__dirname, '..'), 'dist', 'cli', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'flamegate-threads-'));

function compare(threads: number, args: string[]): { status: number | null; stderr: string; json: string } {
  const out = join(dir, `report-${threads}.json`);
  writeFileSync(out, '');
  const r = spawnSync(process.execPath, [CLI, 'compare', ...args, '--json', out], { encoding: 'utf8', cwd: dir, env: { ...process.env, FLAMEGATE_THREADS: String(threads) } });
  return { status: r.status, stderr: r.stderr, json: readFileSync(out, 'utf8') };
}

describe('parsing on several threads', () => {
  it('writes the report one thread writes, byte for byte, on 2, 3 and 4 (5 runs against 5)', () => {
    // On 2 and 4 threads the callers shown for encoding/json.structEncoder.encode differed:
    // ties went by function ids, which followed the files this thread read itself.
    const args = ['--baseline', join(EXAMPLES, 'baseline-*.cpu.pb.gz'), '--candidate', join(EXAMPLES, 'candidate-*.cpu.pb.gz')];
    const one = compare(1, args);
    expect(one.status).toBe(1);
    for (const threads of [2, 3, 4]) expect(compare(threads, args).json, `${threads} threads`).toBe(one.json);
  }, 60_000);

  it.skipIf(!hasShared)('gives a function the file of the first profile it is met in, as one thread does', () => {
    // Pyroscope's profiles of one program built on two machines: a function's file differed
    // (/usr/local/go against /opt/homebrew) with the thread count.
    const p = (name: string) => fixture('pyroscope', name);
    const args = ['--baseline', p('cpu_go_truncated_1.pb.gz'), '--baseline', p('cpu.pb.gz'), '--candidate', p('cpu-exemplars.pb.gz'), '--candidate', p('cpu.pb.gz')];
    const one = compare(1, args).json;
    expect(one).toContain('"file"');
    for (const threads of [2, 3, 4]) expect(compare(threads, args).json, `${threads} threads`).toBe(one);
  }, 60_000);

  it('reports the first broken file in order on any thread count', () => {
    const good = join(EXAMPLES, 'baseline-1.cpu.pb.gz');
    const broken = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const second = broken('second.folded', 'no stack here\n');
    const third = broken('third.folded', 'nor here\n');
    for (const threads of [1, 2, 3, 4]) {
      const r = compare(threads, ['--baseline', good, '--baseline', second, '--baseline', third, '--candidate', good]);
      expect(r.status, `${threads} threads`).toBe(2);
      expect(r.stderr, `${threads} threads`).toMatch(/^flamegate: baseline '.*second\.folded': /);
    }
  }, 60_000);
});
