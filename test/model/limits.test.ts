import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { parseProfile } from '../../src/formats/detect';
import { computeFunctionValues } from '../../src/diff/align';
import { LIMITS } from '../../src/model/call-tree';

const saved = { ...LIMITS };
afterEach(() => Object.assign(LIMITS, saved));

describe('limits on hostile profiles', () => {
  it('keeps the leaf-most frames of a stack deeper than the limit, and says so', () => {
    const deep = Array.from({ length: 10_000 }, (_, i) => `f${i}`).join(';');
    const profile = parseProfile(Buffer.from(`${deep} 3\nmain;leaf 1\n`), 'x');
    expect(profile.notes).toEqual([`1 stack deeper than ${LIMITS.depth} frames cut to their ${LIMITS.depth} leaf-most frames`]);
    const v = computeFunctionValues(profile.tree, 0);
    expect(v.self[profile.tree.names.indexOf('f9999')]).toBe(3);
    expect(v.total[profile.tree.names.indexOf('f0')]).toBe(0); // cut off: in no stack
    expect(v.sum).toBe(4);
  });

  it('cuts a name longer than the limit, and says so', () => {
    const profile = parseProfile(Buffer.from(`main;${'x'.repeat(100_000)} 2\n`), 'x');
    expect(profile.tree.names[1]).toHaveLength(LIMITS.name + ' (100000 characters)'.length + 1);
    expect(profile.notes).toEqual([`1 function name longer than ${LIMITS.name} characters cut`]);
  });

  it('refuses more distinct functions than the limit with one clear error', () => {
    LIMITS.functions = 1000;
    const text = Array.from({ length: 1500 }, (_, i) => `main;f${i} 1`).join('\n');
    expect(() => parseProfile(Buffer.from(text), "baseline 'many.folded'")).toThrow(InputError);
    expect(() => parseProfile(Buffer.from(text), "baseline 'many.folded'")).toThrow("baseline 'many.folded': more than 1000 distinct functions (the limit); expected a profile within flamegate's limits");
  });
});
