// A parse worker's tree is moved into this thread's shared table (parse-pool.ts): its
// values must stay what they were, and its call paths must meet the same paths there.
import { afterEach, describe, expect, it } from 'vitest';
import { computeFunctionValues } from '../../src/diff/align';
import { parseProfile } from '../../src/formats/detect';
import { absorbTree, LIMITS, LimitError, SharedTable } from '../../src/model/call-tree';

const saved = { ...LIMITS };
afterEach(() => Object.assign(LIMITS, saved));

const folded = (text: string, shared?: SharedTable) => parseProfile(Buffer.from(text), 'x', shared ? { shared } : {});
const byName = (tree: Parameters<typeof computeFunctionValues>[0]) => {
  const v = computeFunctionValues(tree, 0);
  return Object.fromEntries(tree.names.map((n, i) => [n, [v.self[i], v.total[i]]]).filter(([, [s, t]]) => s !== 0 || t !== 0));
};

describe('absorbTree', () => {
  it('keeps the values of the tree it moves, on the nodes of the same paths', () => {
    const shared = new SharedTable();
    const here = folded('main;a;b 5\nmain;c 2\n', shared);
    const worker = folded('main;c 7\nmain;a;b;b 1\nother;a 3\n');
    const moved = absorbTree(worker.tree, shared);
    expect(moved.shared).toBe(shared);
    expect(byName(moved)).toEqual(byName(worker.tree));
    // main;c is one node for both trees; other;a is a new path.
    const node = (tree: typeof moved, path: string[]) => {
      for (let n = 0; n < tree.parent.length; n++) {
        const names: string[] = [];
        for (let up = n; up > 0; up = tree.parent[up]) names.unshift(tree.names[tree.func[up]]);
        if (names.join(';') === path.join(';')) return n;
      }
      return -1;
    };
    expect(node(moved, ['main', 'c'])).toBe(node(here.tree, ['main', 'c']));
    expect(moved.leaves).toContain(node(moved, ['other', 'a']));
    expect(shared.names).toEqual(['main', 'a', 'b', 'c', 'other']);
  });

  it('counts the function limit over the whole table', () => {
    LIMITS.functions = 1000;
    const shared = new SharedTable();
    folded(Array.from({ length: 600 }, (_, i) => `main;f${i} 1`).join('\n'), shared);
    const worker = folded(Array.from({ length: 600 }, (_, i) => `main;g${i} 1`).join('\n'));
    expect(() => absorbTree(worker.tree, shared)).toThrow(LimitError);
  });
});
