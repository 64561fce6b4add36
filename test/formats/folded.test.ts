import { describe, expect, it } from 'vitest';
import { tryParseFolded, splitFoldedLine } from '../../src/formats/folded';
import { computeFunctionValues } from '../../src/diff/align';
import { fixture, hasShared, loadFixture } from '../fixtures';

function valuesOf(text: string) {
  const result = tryParseFolded(text);
  if ('reason' in result) throw new Error(result.reason);
  const { tree } = result.profile;
  const v = computeFunctionValues(tree, 0);
  return { profile: result.profile, get: (name: string) => ({ self: v.self[tree.names.indexOf(name)], total: v.total[tree.names.indexOf(name)] }), sum: v.sum };
}

describe('folded stacks', () => {
  it('reads stacks, counts and CRLF line ends', () => {
    const v = valuesOf('main;a;b 3\r\nmain;a 2\r\nmain;c 5\r\n');
    expect(v.sum).toBe(10);
    expect(v.get('a')).toEqual({ self: 2, total: 5 });
    expect(v.get('main')).toEqual({ self: 0, total: 10 });
  });

  it('counts a recursive function once per sample (a;b;a;b)', () => {
    const v = valuesOf('a;b;a;b 4\na;b 1\n');
    expect(v.get('a')).toEqual({ self: 0, total: 5 });
    expect(v.get('b')).toEqual({ self: 5, total: 5 });
  });

  it('keeps frames with spaces and kernel annotations as they are', () => {
    const v = valuesOf('java;Foo.bar (inlined);sys_write_[k] 7\n');
    expect(v.get('Foo.bar (inlined)').total).toBe(7);
    expect(v.get('sys_write_[k]').self).toBe(7);
  });

  it('skips bad lines, counts them and says so once', () => {
    const result = tryParseFolded('a;b 1\nnot a folded line\na;c x\n\na;d 2\n');
    expect('profile' in result).toBe(true);
    if (!('profile' in result)) return;
    expect(result.profile.notes).toEqual(["2 lines not in folded form skipped (first: line 2, 'not a folded line')"]);
  });

  it('rejects text with no folded line, quoting the first line', () => {
    const result = tryParseFolded('hello world\nsecond\n');
    expect(result).toEqual({ reason: `no folded stack line (line 1: expected "frame;frame;... count", got 'hello world')` });
  });

  it('splits on the last space only', () => {
    expect(splitFoldedLine('a b;c d 12')).toEqual({ frames: ['a b', 'c d'], count: 12 });
    expect(splitFoldedLine('a;b')).toBeNull();
    expect(splitFoldedLine('a;b -3')).toBeNull();
  });
});

describe.skipIf(!hasShared)('folded fixtures', () => {
  it('reads perf folded output with 71 kernel-annotated lines', () => {
    const profile = loadFixture(fixture('flamegraph-gregg', 'perf-vertx-stacks-01-collapsed-all.txt'));
    expect(profile.format).toBe('folded');
    expect(profile.notes).toEqual([]);
    expect(profile.tree.names.some((n) => n.endsWith('_[k]'))).toBe(true);
  });

  it('reads the recursion example of speedscope', () => {
    const profile = loadFixture(fixture('speedscope', 'stackcollapse__recursion.txt'));
    const v = computeFunctionValues(profile.tree, 0);
    const get = (name: string) => [v.self[profile.tree.names.indexOf(name)], v.total[profile.tree.names.indexOf(name)]];
    expect(v.sum).toBe(10);
    expect(get('a')).toEqual([1, 9]);
    expect(get('b')).toEqual([5, 9]);
    expect(get('c')).toEqual([4, 4]);
  });
});
