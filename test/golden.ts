import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect } from 'vitest';

const GOLDEN = join(__dirname, 'golden');

/**
 * Compares `actual` with test/golden/<name>. A missing golden is written; UPDATE_GOLDEN=1
 * rewrites them all; a mismatch names the file and how to update it.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  expect(actual, `differs from ${relative(process.cwd(), path)}; if the change is intended, run UPDATE_GOLDEN=1 npm test`).toBe(expected);
}
