import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFunctionValues } from '../../src/diff/align';
import { findEventType } from '../../src/model/call-tree';
import { fixture, hasShared, loadFixture } from '../fixtures';

// Every table in ../shared/fixtures/expected was written by `go tool pprof -top`; our
// per-function self and total must match them.
const tables = hasShared ? readdirSync(fixture('expected')).filter((f) => f.endsWith('.tsv')).sort() : [];

describe.skipIf(!hasShared)('per-function values equal go tool pprof', () => {
  it('finds the reference tables', () => {
    expect(tables.length).toBeGreaterThan(100);
  });
  for (const table of tables) {
    it(table, () => {
      const text = readFileSync(fixture('expected', table), 'utf8');
      const header = /^# (\S+) sample type ([^/]+)\/(\S+):/.exec(text);
      expect(header, 'table header').not.toBeNull();
      const [, file, type, rawUnit] = header!;
      const unit = rawUnit.replace(/\[dflt\]$/, '');
      const profile = loadFixture(fixture(file));
      const typeIndex = profile.sampleTypes.findIndex((t) => t.type === type);
      expect(typeIndex, `sample type ${type}`).toBeGreaterThanOrEqual(0);
      expect(profile.sampleTypes[typeIndex].unit).toBe(unit);
      const values = computeFunctionValues(profile.tree, typeIndex, findEventType(profile.sampleTypes, typeIndex));
      const ours = new Map(profile.tree.names.map((name, i) => [name, { self: values.self[i], total: values.total[i] }]));
      // The tables merge pprof's "name (inline)" rows by summing; "(partial-inline)" rows
      // (a function inlined at some call sites only) are merged here the same way. A sum
      // can count a sample twice in total when one stack holds both forms; self is exact.
      const reference = new Map<string, { self: number; total: number; merged: boolean }>();
      for (const row of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
        const [rawName, self, total] = row.split('\t');
        const name = rawName.replace(/ \((partial-)?inline\)$/, '');
        const prev = reference.get(name);
        reference.set(name, {
          self: (prev?.self ?? 0) + Number(self),
          total: (prev?.total ?? 0) + Number(total),
          merged: prev !== undefined || name !== rawName,
        });
      }
      // Tables whose unit carries "[dflt]" were printed by pprof in an automatic unit
      // (seconds, ms, ...) rounded to 2 decimals: find that scale, compare within rounding.
      const scale = findScale(reference, ours);
      const same = (a: number, b: number) => (scale === 1 ? a === b : Math.abs(a / scale - b) <= 0.0051);
      const mismatches: string[] = [];
      for (const [name, want] of reference) {
        const got = ours.get(name) ?? { self: 0, total: 0 };
        const totalOk = want.merged ? got.total / scale <= want.total + 0.0051 && got.total > 0 : same(got.total, want.total);
        if (!same(got.self, want.self) || !totalOk) {
          mismatches.push(`${name}: self ${got.self} vs ${want.self}, total ${got.total} vs ${want.total}`);
        }
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
      // ...and we report no function that pprof does not (zero rows aside).
      const extra = [...ours].filter(([name, v]) => !reference.has(name) && (v.self !== 0 || v.total !== 0)).map(([n]) => n);
      expect(extra.slice(0, 5)).toEqual([]);
    });
  }
});

/** Returns the factor between our values and the table's: 1, or the unit pprof chose. */
function findScale(reference: Map<string, { self: number; total: number }>, ours: Map<string, { self: number; total: number }>): number {
  if (reference.size === 0) return 1;
  const [name, want] = [...reference].reduce((a, b) => (b[1].total > a[1].total ? b : a));
  const got = ours.get(name)?.total ?? 0;
  for (const scale of [1, 1e3, 1e6, 1e9, 60e9]) {
    if (Math.abs(got / scale - want.total) <= 0.0051) return scale;
  }
  return 1;
}
