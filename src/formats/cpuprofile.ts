// V8 CPU profile (`node --cpu-prof`, Chrome DevTools `.cpuprofile`): the Profiler.Profile
// type of the Chrome DevTools Protocol, https://chromedevtools.github.io/devtools-protocol/tot/Profiler/
// Also the same profile inside a trace (the DevTools Performance panel's saved trace,
// `chrome://tracing`): `Profile` and `ProfileChunk` trace events, the nodes and samples in
// pieces, https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
import { quoteValue } from '../errors';
import { CallTreeBuilder, LIMITS, type Profile, type SharedTable } from '../model/call-tree';
import { chromeTraceProfiles, isChromeTraceJson } from './chrome-trace';
import { WindowFilter, type TimeWindow } from '../model/time-window';
import { commonRoot, relativeTo } from './frame-names';

interface V8Node {
  id: number;
  callFrame?: V8CallFrame;
  /** In trace events, each node names its parent instead of its children. */
  parent?: number;
  // Before Node 10 (`head` format) the call frame fields sat on the node itself.
  functionName?: string;
  url?: string;
  lineNumber?: number;
  hitCount?: number;
  children?: unknown;
}
interface V8CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
}

/** True when a parsed JSON value has the shape of a V8 CPU profile. */
export function isCpuProfileJson(json: unknown): boolean {
  if (!json || typeof json !== 'object') return false;
  const o = json as Record<string, unknown>;
  return Array.isArray(o.nodes) || (typeof o.head === 'object' && o.head !== null);
}

/**
 * Returns the profile in a parsed `.cpuprofile` JSON value or Chrome trace (its CPU
 * profiles, each thread's under a frame named for the thread when there are several), or
 * a reason it is neither.
 */
export function tryParseCpuProfile(json: unknown, shared?: SharedTable, window?: TimeWindow): { profile: Profile } | { reason: string } {
  let profiles: { thread: string; profile: unknown }[];
  if (isChromeTraceJson(json)) {
    const found = chromeTraceProfiles(json);
    if ('reason' in found) return found;
    profiles = found.profiles;
  } else if (isCpuProfileJson(json)) profiles = [{ thread: '', profile: json }];
  else return { reason: 'JSON without "nodes" or "head" (a V8 .cpuprofile), "traceEvents" (a Chrome trace) or "profiles" and "shared" (speedscope)' };
  const builder = new CallTreeBuilder(2, 1024, shared);
  const root = commonRoot(profiles.flatMap(({ profile }) => scriptUrls(profile as Record<string, unknown>)));
  const filter = window ? new WindowFilter(window) : undefined;
  for (const { thread, profile } of profiles) {
    const under = profiles.length > 1 ? builder.child(0, builder.functionId(thread)) : 0;
    const failed = addCpuProfile(builder, profile as Record<string, unknown>, under, root, filter);
    if (failed) return { reason: failed };
  }
  return {
    profile: {
      format: isChromeTraceJson(json) ? 'chrome-trace' : 'cpuprofile',
      sampleTypes: [{ type: 'wall', unit: 'microseconds' }, { type: 'samples', unit: 'count' }],
      defaultSampleType: 0,
      tree: builder.build(),
      ...(filter ? { window: filter.result() } : {}),
      notes: builder.notes(),
    },
  };
}

/** The script URLs of a profile's nodes. */
function scriptUrls(o: Record<string, unknown>): string[] {
  const nodes: V8Node[] = Array.isArray(o.nodes) ? (o.nodes as V8Node[]) : o.head && typeof o.head === 'object' ? flattenHead(o.head as V8Node) : [];
  const urls = new Set<string>();
  for (const node of nodes) {
    const url = (node?.callFrame ?? node)?.url;
    if (typeof url === 'string' && url !== '') urls.add(url);
  }
  return [...urls];
}

/**
 * Adds one V8 profile's samples to `builder`, its stacks under node `under`, script paths
 * relative to `root` (see commonRoot); returns why it cannot, or undefined.
 */
function addCpuProfile(builder: CallTreeBuilder, o: Record<string, unknown>, under: number, root: string, filter?: WindowFilter): string | undefined {
  const nodes: V8Node[] = Array.isArray(o.nodes) ? (o.nodes as V8Node[]) : flattenHead(o.head as V8Node);
  // Nodes by place (their index in `nodes`), found from their id by slotOf: V8 numbers them
  // 1..n, and typed arrays by place replaced four maps by id (a fifth of the parse).
  const n = nodes.length;
  for (const node of nodes) {
    if (!node || typeof node !== 'object' || typeof node.id !== 'number') return 'a .cpuprofile node without a numeric "id"';
  }
  const slotOf = idSlots(nodes);
  if (typeof slotOf === 'number') return `more than one .cpuprofile node with the id ${quoteValue(slotOf)}, expected each id once`;
  const parentSlot = new Int32Array(n).fill(-1);
  for (let slot = 0; slot < n; slot++) {
    const node = nodes[slot];
    const children = node.children ?? [];
    if (!Array.isArray(children)) return `.cpuprofile node ${quoteValue(node.id)} has "children" that is not a list`;
    for (const child of children) {
      const id = typeof child === 'number' ? child : (child as V8Node)?.id;
      const childSlot = slotOf(id);
      if (childSlot < 0) return `.cpuprofile node ${quoteValue(node.id)} names child ${quoteValue(id)}, which is not in "nodes"`;
      parentSlot[childSlot] = slot;
    }
    if (node.parent !== undefined) {
      const parent = slotOf(node.parent);
      if (parent < 0) return `.cpuprofile node ${quoteValue(node.id)} names parent ${quoteValue(node.parent)}, which is not in "nodes"`;
      parentSlot[slot] = parent;
    }
  }

  const treeNode = new Int32Array(n).fill(-1); // the call-tree node of a resolved V8 node
  const depthOf = new Int32Array(n); // frames above a resolved V8 node, itself included
  const pending: number[] = [];
  // Resolves a V8 node to a call-tree node, walking up to the first resolved ancestor
  // without recursion (stacks can be thousands deep). Frames past LIMITS.depth are their
  // caller at that depth: a 50,000-deep profile was killed for memory.
  const nodeFor = (start: number): number => {
    pending.length = 0;
    let cursor = start;
    while (cursor >= 0 && treeNode[cursor] < 0) {
      if (pending.length > n) throw new CycleError();
      pending.push(cursor);
      cursor = parentSlot[cursor];
    }
    let parent = cursor < 0 ? under : treeNode[cursor];
    let depth = cursor < 0 ? 0 : depthOf[cursor];
    for (let i = pending.length - 1; i >= 0; i--) {
      const slot = pending[i];
      if (depth >= LIMITS.depth) {
        builder.mergeDeepFrame();
        treeNode[slot] = parent;
        depthOf[slot] = depth;
        continue;
      }
      const node = nodes[slot];
      const frame = node.callFrame ?? node;
      const url = typeof frame.url === 'string' ? relativeTo(frame.url, root) : '';
      const name = frameName({ functionName: frame.functionName, url, lineNumber: frame.lineNumber });
      // The root, "(root)", sits under every stack and says nothing.
      if (!(parent === under && name === '(root)' && parentSlot[slot] < 0)) {
        parent = builder.child(parent, builder.functionId(name, url, builtIn(name, url), startLine(frame)));
        depth++;
      }
      treeNode[slot] = parent;
      depthOf[slot] = depth;
    }
    return parent;
  };

  const samples = o.samples;
  const values = new Float64Array(2);
  try {
    if (Array.isArray(samples) && samples.length > 0) {
      const timed = sampleTimes(o, samples.length);
      if (typeof timed === 'string') return timed;
      const { times, stamps, origin } = timed;
      for (let i = 0; i < samples.length; i++) {
        const id = samples[i];
        const slot = slotOf(id);
        if (slot < 0) return `.cpuprofile sample ${i} names node ${quoteValue(id)}, which is not in "nodes"`;
        // A window counts from the profile's start (microseconds).
        if (filter && !filter.keep((stamps[i] - origin) / 1e6)) continue;
        values[0] = times[i];
        values[1] = 1;
        builder.add(nodeFor(slot), values, 1);
      }
    } else {
      // No sample list: spread the profile's duration over the hit counts.
      if (filter) return '.cpuprofile without a "samples" list (only hit counts) has no time per sample, which --time-range and --skip need';
      const bad = nodes.find((n) => n.hitCount !== undefined && !(typeof n.hitCount === 'number' && n.hitCount >= 0 && n.hitCount <= 2 ** 53));
      if (bad) return `.cpuprofile node ${quoteValue(bad.id)} has hitCount ${quoteValue(bad.hitCount)}, expected a count (0 or more)`;
      if (!isTime(o.startTime ?? 0) || !isTime(o.endTime ?? 0)) return `.cpuprofile startTime ${quoteValue(o.startTime)} or endTime ${quoteValue(o.endTime)} is no time, expected microseconds (numbers within ±2^53)`;
      const hits = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
      const duration = Number(o.endTime ?? 0) - Number(o.startTime ?? 0);
      const each = hits > 0 && duration > 0 ? duration / hits : 0;
      for (let slot = 0; slot < n; slot++) {
        const count = nodes[slot].hitCount ?? 0;
        if (count <= 0) continue;
        values[0] = count * each;
        values[1] = count;
        builder.add(nodeFor(slot), values, count);
      }
    }
  } catch (error) {
    if (error instanceof CycleError) return '.cpuprofile nodes form a cycle';
    throw error;
  }
  return undefined;
}

class CycleError extends Error {}

/**
 * Each node's place in `nodes`, by its id: a function from an id to its place (-1 for an id
 * no node has), or the first id two nodes share. Ids from 0 to a few times the count (V8's
 * are 1..n) are looked up in an array, others in a map.
 */
function idSlots(nodes: V8Node[]): ((id: unknown) => number) | number {
  let max = -1;
  let dense = true;
  for (const { id } of nodes) {
    if (!Number.isInteger(id) || id < 0) dense = false;
    else if (id > max) max = id;
  }
  if (dense && max < 4 * nodes.length + 1024) {
    const slots = new Int32Array(max + 1).fill(-1);
    for (let slot = 0; slot < nodes.length; slot++) {
      if (slots[nodes[slot].id] >= 0) return nodes[slot].id;
      slots[nodes[slot].id] = slot;
    }
    return (id) => (typeof id === 'number' && Number.isInteger(id) && id >= 0 && id <= max ? slots[id] : -1);
  }
  const slots = new Map<number, number>();
  for (let slot = 0; slot < nodes.length; slot++) {
    if (slots.has(nodes[slot].id)) return nodes[slot].id;
    slots.set(nodes[slot].id, slot);
  }
  return (id) => slots.get(id as number) ?? -1;
}

/** `[v8]` for a frame of V8 itself (a built-in: named, without a script), as perf names a frame's binary; else ''. */
export function builtIn(name: string, url: string): string {
  return url === '' && name !== '' && !name.startsWith('(') ? '[v8]' : '';
}

/** The line a V8 frame's function starts at, 1-based (V8's lineNumber is 0-based); 0 when it has none. */
export function startLine(frame: { lineNumber?: unknown }): number {
  return typeof frame.lineNumber === 'number' && Number.isSafeInteger(frame.lineNumber) && frame.lineNumber >= 0 ? frame.lineNumber + 1 : 0;
}

/**
 * Names a frame: `functionName`, and `(anonymous) url:line` when it has none. V8's line is
 * where the function is defined (pprof keys a function by its start line too), not the
 * line running, as py-spy's is: without it every callback of a script was one function,
 * larger than its callers.
 */
export function frameName(frame: { functionName?: unknown; url?: unknown; lineNumber?: unknown }): string {
  const name = typeof frame.functionName === 'string' ? frame.functionName : '';
  if (name !== '') return name;
  const url = typeof frame.url === 'string' ? frame.url : '';
  if (url === '') return '(anonymous)';
  const line = typeof frame.lineNumber === 'number' && frame.lineNumber >= 0 ? `:${frame.lineNumber + 1}` : '';
  return `(anonymous) ${url}${line}`;
}

/**
 * Returns each sample's duration in microseconds (`times`: as Chrome DevTools, the time
 * until the next sample, and for the last one the time until the profile's end), when it
 * was taken (`stamps`), and the profile's start (`origin`: startTime, else the first stamp).
 */
function sampleTimes(o: Record<string, unknown>, count: number): { times: Float64Array; stamps: Float64Array; origin: number } | string {
  let stamps: Float64Array;
  if (Array.isArray(o.timeDeltas)) {
    if (o.timeDeltas.length !== count) return `.cpuprofile has ${count} samples but ${o.timeDeltas.length} timeDeltas`;
    stamps = new Float64Array(count);
    const start = o.startTime ?? 0;
    if (!isTime(start)) return `.cpuprofile startTime is ${quoteValue(start)}, expected microseconds (a number within ±2^53)`;
    let t = start as number;
    for (let i = 0; i < count; i++) {
      const delta = o.timeDeltas[i];
      if (!isTime(delta)) return `.cpuprofile timeDeltas[${i}] is ${quoteValue(delta)}, expected microseconds (a number within ±2^53)`;
      stamps[i] = t += delta as number;
    }
  } else if (Array.isArray(o.timestamps) && o.timestamps.length >= count) {
    // Before Node 10: absolute timestamps, sometimes one more than samples (the end).
    const bad = (o.timestamps as unknown[]).findIndex((v) => !isTime(v));
    if (bad >= 0) return `.cpuprofile timestamps[${bad}] is ${quoteValue(o.timestamps[bad])}, expected microseconds (a number within ±2^53)`;
    stamps = Float64Array.from(o.timestamps as number[]);
  } else {
    return '.cpuprofile samples without "timeDeltas" or "timestamps" of the same length';
  }
  // Samples out of time order (a negative delta, as V8 writes now and then) are read in
  // time order, as DevTools sorts them: each lasts until the next in time, never less than 0,
  // and a time window counts none twice.
  const order = Array.from({ length: count }, (_, i) => i);
  let sorted = true;
  for (let i = 0; i + 1 < count && sorted; i++) sorted = stamps[i + 1] >= stamps[i];
  if (!sorted) order.sort((a, b) => stamps[a] - stamps[b] || a - b);
  const times = new Float64Array(count);
  for (let k = 0; k + 1 < count; k++) times[order[k]] = stamps[order[k + 1]] - stamps[order[k]];
  if (count > 0) {
    const last = stamps[order[count - 1]];
    let end = stamps.length > count ? stamps[count] : isTime(o.endTime) ? (o.endTime as number) : NaN;
    // Old profiles give endTime in seconds: then the last sample gets the mean interval.
    if (!Number.isFinite(end) || end < last) end = count > 1 ? last + (last - stamps[order[0]]) / (count - 1) : last;
    times[order[count - 1]] = end - last;
  }
  const origin = isTime(o.startTime) && count > 0 && (o.startTime as number) <= stamps[order[0]] ? (o.startTime as number) : count > 0 ? stamps[order[0]] : 0;
  return { times, stamps, origin };
}

/** True for a time in microseconds flamegate can add: a number within ±2^53. */
function isTime(value: unknown): boolean {
  return typeof value === 'number' && Math.abs(value) <= 2 ** 53;
}

/** Turns the old nested `head` tree into the flat `nodes` list. */
function flattenHead(head: V8Node): V8Node[] {
  const out: V8Node[] = [];
  const stack: V8Node[] = [head];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    const children = Array.isArray(node.children) ? (node.children as V8Node[]) : [];
    out.push({ ...node, children: children.map((c) => c?.id) });
    for (const child of children) stack.push(child);
  }
  return out;
}
