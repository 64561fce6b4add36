// V8's sampling heap profile (`node --heap-prof`, Chrome DevTools' "Allocation sampling",
// `.heapprofile`): the HeapProfiler.SamplingHeapProfile type of the Chrome DevTools
// Protocol, a tree of call frames, each with the bytes allocated there (`selfSize`) and
// still live when the profile was taken. https://chromedevtools.github.io/devtools-protocol/tot/HeapProfiler/
// It looks like an old `.cpuprofile` (`head`, `children`); its nodes say `selfSize`.
import { quoteValue } from '../errors';
import { CallTreeBuilder, LIMITS, type Profile, type SharedTable } from '../model/call-tree';
import { builtIn, frameName, startLine } from './cpuprofile';
import { commonRoot, relativeTo } from './frame-names';

/** V8 samples one allocation per this many bytes unless told otherwise (`--heap-prof-interval`, Chrome's default). */
export const HEAP_SAMPLING_INTERVAL = 512 * 1024;

interface HeapNode {
  callFrame?: { functionName?: unknown; url?: unknown; lineNumber?: unknown };
  selfSize?: unknown;
  id?: unknown;
  children?: unknown;
}

/** The script URLs in a heap profile's tree. */
function scriptUrls(head: HeapNode): Set<string> {
  const urls = new Set<string>();
  const stack = [head];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const url = node.callFrame?.url;
    if (typeof url === 'string' && url !== '') urls.add(url);
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as HeapNode);
  }
  return urls;
}

/** True when a parsed JSON value is a V8 sampling heap profile: a `head` node with a `selfSize`. */
export function isHeapProfileJson(json: unknown): boolean {
  const head = (json as { head?: HeapNode } | null)?.head;
  // By the key, not its type: a .heapprofile with a broken selfSize is refused as one, not read as a .cpuprofile.
  return head !== null && typeof head === 'object' && 'selfSize' in head;
}

/** Returns the profile in a parsed `.heapprofile` value (space/bytes), or why it is none. */
export function tryParseHeapProfile(json: unknown, shared?: SharedTable): { profile: Profile } | { reason: string } {
  if (!isHeapProfileJson(json)) return { reason: 'JSON without a "head" node with "selfSize" (a V8 .heapprofile)' };
  const builder = new CallTreeBuilder(2, 1024, shared);
  const values = new Float64Array(2);
  const root = commonRoot(scriptUrls((json as { head: HeapNode }).head));
  // Depth first without recursion: a tree can be thousands of frames deep.
  const stack: { node: HeapNode; parent: number; depth: number }[] = [{ node: (json as { head: HeapNode }).head, parent: 0, depth: 0 }];
  let seen = 0;
  while (stack.length > 0) {
    const { node, parent, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') return { reason: `.heapprofile node under ${quoteValue(parent)} that is not an object` };
    if (++seen > 50_000_000) return { reason: '.heapprofile with more than 50,000,000 nodes' };
    const frame = node.callFrame ?? {};
    const url = typeof frame.url === 'string' ? relativeTo(frame.url, root) : '';
    const name = frameName({ ...frame, url });
    // The root, "(root)", sits under every stack and says nothing.
    // Frames past LIMITS.depth are their caller at that depth (see cpuprofile.ts).
    const isRoot = parent === 0 && name === '(root)' && seen === 1;
    if (!isRoot && depth >= LIMITS.depth) builder.mergeDeepFrame();
    const at = isRoot ? 0 : depth >= LIMITS.depth ? parent : builder.child(parent, builder.functionId(name, url, builtIn(name, url), startLine(frame)));
    const below = isRoot || depth >= LIMITS.depth ? depth : depth + 1;
    const size = node.selfSize;
    if (typeof size !== 'number' || !(size >= 0 && size < 2 ** 53)) return { reason: `.heapprofile node ${quoteValue(node.id)} has selfSize ${typeof size === 'number' && size >= 2 ** 53 ? 'of 2^53 or more' : quoteValue(size)}, expected bytes (a number from 0 to below 2^53)` };
    if (size > 0 && at !== 0) {
      values[0] = size;
      values[1] = size / HEAP_SAMPLING_INTERVAL;
      builder.add(at, values, 0);
    }
    const children = node.children ?? [];
    if (!Array.isArray(children)) return { reason: `.heapprofile node ${quoteValue(node.id)} has "children" that is not a list` };
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as HeapNode, parent: at, depth: below });
  }
  return {
    profile: {
      format: 'heapprofile',
      // As pprof's heap profiles name them: bytes live, and the samples they stand for
      // (V8 scales each sampled allocation by the interval: bytes / interval is about the samples taken).
      sampleTypes: [{ type: 'space', unit: 'bytes' }, { type: 'samples', unit: 'count' }],
      defaultSampleType: 0,
      tree: builder.build(),
      notes: [...builder.notes(), `sampling noise assumes one sample per ${HEAP_SAMPLING_INTERVAL / 1024} KiB, node --heap-prof's default interval (the file does not say; DevTools and the inspector's HeapProfiler.startSampling sample every 32 KiB by default, which makes the assumed noise larger than the real one)`],
    },
  };
}
