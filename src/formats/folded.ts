// Folded (collapsed) stacks, as written by Brendan Gregg's stackcollapse-*.pl and inferno:
// one line per stack, `root;caller;leaf count`, https://github.com/brendangregg/FlameGraph
import { CallTreeBuilder, LIMITS, ownCopy, UnusableProfile, type CallTree, type Profile, type SharedTable } from '../model/call-tree';
import { quote } from '../errors';
import { commonRoot, frameIdentity, isSpace } from './frame-names';
import { TextLines } from './text-lines';

/** Returns the profile in `text` (a string, or lines read in pieces), or a reason why it holds no folded stack. */
export function tryParseFolded(text: string | TextLines, shared?: SharedTable): { profile: Profile } | { reason: string } {
  const lines = typeof text === 'string' ? TextLines.fromString(text) : text;
  const builder = new CallTreeBuilder(1, 1024, shared);
  const value = new Float64Array(1);
  const path: number[] = [];
  let good = 0;
  let bad = 0;
  let twoCounts = 0;
  let firstBad = '';
  let firstBadLine = 0;
  const austin = lines.startsWith('# austin:');
  // Each frame as written, to its function: the identity (frame-names.ts) is worked out
  // once a name. py-spy names a script by its full path when run on one: made relative to
  // the scripts' common directory, so two checkouts of one project compare.
  let root: string | undefined; // found when the first such frame is met: most files have none
  const ids = new Map<string, number>();
  const idOf = (frame: string) => {
    let id = ids.get(frame);
    if (id === undefined) {
      let name = frame === '' ? '[unknown]' : frameIdentity(frame);
      if (name.includes(' (/')) root ??= commonRoot(pySpyPaths(lines));
      if (root) {
        const open = name.lastIndexOf(' (');
        if (open >= 0 && name.startsWith(root, open + 2)) name = `${name.slice(0, open + 2)}${name.slice(open + 2 + root.length)}`;
      }
      ids.set(ownCopy(frame), (id = builder.functionId(name)));
    }
    return id;
  };
  lines.forEachLine((line, lineNo) => {
    // Comments: austin and others write `# key: value` metadata lines.
    if (line.trim() === '' || line.startsWith('#')) return;
    const parsed = splitFoldedLine(line);
    if (parsed === TWO_COUNTS) twoCounts++;
    if (!parsed || parsed === TWO_COUNTS) {
      if (bad === 0) {
        firstBad = line;
        firstBadLine = lineNo;
      }
      bad++;
      return;
    }
    good++;
    path.length = 0;
    // austin (Python) roots each stack at its process and thread ids (`P4242;T4242:1;...`),
    // which change from run to run: they are left out, so runs compare by code.
    let from = 0;
    if (austin) while (from < parsed.frames.length - 1 && /^(P\d+|T[\d:x]+)$/.test(parsed.frames[from])) from++;
    for (let i = from; i < parsed.frames.length; i++) path.push(idOf(parsed.frames[i]));
    // Refused here, where the line is known (the tree's own check names a sample index).
    if (!(parsed.count < LIMITS.value)) {
      const trimmed = line.trimEnd();
      throw new UnusableProfile(`line ${lineNo}: the count ${quote(trimmed.slice(countStart(trimmed, trimmed.length)))} is 2^53 or more as a number`, 'counts from 0 to below 2^53 (9007199254740992)');
    }
    value[0] = parsed.count;
    builder.addStack(path, value, parsed.count);
  });
  // difffolded.pl writes `stack base-count cand-count`: a pair of profiles, not one. Read as
  // one, the first count became part of the leaf's name (`tokenize 30`).
  if (twoCounts > 0 && twoCounts >= good) {
    throw new UnusableProfile(
      `differential folded stacks (${twoCounts} line${twoCounts === 1 ? '' : 's'} with two counts, as difffolded.pl writes: baseline count, then candidate count), a pair of profiles in one file`,
      'the two folded files it was made from, as --baseline and --candidate',
    );
  }
  if (good === 0) {
    return { reason: firstBad ? `no folded stack line (line ${firstBadLine}: expected "frame;frame;... count", got '${firstBad.slice(0, 60)}')` : 'no folded stack line' };
  }
  const notes = bad > 0 ? [`${bad} line${bad === 1 ? '' : 's'} not in folded form skipped (first: line ${firstBadLine}, '${firstBad.slice(0, 60)}')`] : [];
  notes.push(...builder.notes(), ...lines.utf8Note());
  return {
    profile: { format: 'folded', sampleTypes: [{ type: 'samples', unit: 'count' }], defaultSampleType: 0, tree: builder.build(), notes },
  };
}

/** The absolute script paths of py-spy frames (`name (/path/file.py:12)`) in folded text. */
function* pySpyPaths(lines: TextLines): Generator<string> {
  for (const piece of lines.pieces()) for (const m of piece.matchAll(/ \((\/[^()\n;:]*)(?::\d+)?\)(?=[; \t]|$)/gm)) yield m[1];
}

/** What splitFoldedLine returns for a line of two counts (difffolded.pl's). */
export const TWO_COUNTS = Symbol('two counts');

/**
 * Splits `a;b;c 42` into frames and count (spaces or tabs before the count); null when the
 * line is not in that form, TWO_COUNTS when it ends in two counts (`a;b 30 70`).
 */
export function splitFoldedLine(line: string): { frames: string[]; count: number } | typeof TWO_COUNTS | null {
  const trimmed = line.trimEnd();
  // From the end, over the count only: a scan for the last blank crossed whole stacks.
  const space = countStart(trimmed, trimmed.length) - 1;
  if (space < 0 || !isSpace(trimmed.charCodeAt(space))) return null;
  const countText = trimmed.slice(space + 1);
  if (!COUNT.test(countText)) return null;
  const stack = trimmed.slice(0, space).trimEnd();
  // py-spy writes ` 7` for samples without a Python stack: no frame to charge (as the
  // root's own value, left out of every comparison), and no broken line.
  if (stack === '') return { frames: [], count: Number(countText) };
  const before = countStart(stack, stack.length) - 1;
  if (before > 0 && before < stack.length - 1 && isSpace(stack.charCodeAt(before)) && COUNT.test(stack.slice(before + 1))) return TWO_COUNTS;
  return { frames: stack.split(';'), count: Number(countText) };
}

const COUNT = /^\d+(\.\d+)?$/;

/** Where the run of digits and dots that ends at `end` in `text` starts. */
function countStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if ((c < 0x30 || c > 0x39) && c !== 0x2e) break;
    i--;
  }
  return i;
}


/** Writes a call tree's values of one sample type as folded stacks, one line per leaf path (for round trips and export). */
export function renderFolded(tree: CallTree, typeIndex = 0): string {
  const lines: string[] = [];
  const order = Array.from(tree.leaves.keys()).sort((a, b) => tree.leaves[a] - tree.leaves[b]);
  for (const leaf of order) {
    const node = tree.leaves[leaf];
    const value = tree.leafSelf[typeIndex][leaf];
    if (value === 0 || node === 0) continue;
    const frames: string[] = [];
    for (let n = node; n > 0; n = tree.parent[n]) frames.push(tree.names[tree.func[n]]);
    lines.push(`${frames.reverse().join(';')} ${value}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
