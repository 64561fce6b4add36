// Call trees: the model every importer builds and every stage reads (a profile, its node
// table and the shared table that aligns the runs of a comparison as they are read). Long
// because the builder and the shared table must agree on one layout of nodes.
import { doubled, NodeTable } from './node-table';
import { PairMap } from './pair-map';
import { getUnitScale, type SampleType } from './units';
import type { LabelCounts } from './labels';
import type { WindowCounts } from './time-window';

/**
 * A profile's samples merged by call path: node 0 is a synthetic root, every other node is
 * one frame reached by one path from the root. Nodes are numbered so that a parent comes
 * before its children, which lets one backward pass sum subtrees. Self values are kept
 * only where samples ended (`leaves`): a deep profile has many times more nodes than
 * leaves (large.cpu: 425,000 nodes, 20,000 leaves), and a column per node per sample type
 * was most of the memory a parse touched.
 */
export interface CallTree {
  /** Function names; a node's `func` indexes this table. */
  names: string[];
  /** Source file of each function, '' when the profile has none. */
  files: string[];
  /**
   * Binary or shared library each function ran in (perf's DSO), '' when the profile does
   * not say: it tells the program's own code from system libraries whatever their names.
   */
  modules?: string[];
  /** Line where each function starts in its file (pprof's start_line, V8's lineNumber + 1), 0 when the profile does not say. */
  lines?: number[];
  /** Parent node of each node; -1 for the root. */
  parent: Int32Array;
  /** Function of each node; -1 for the root. */
  func: Int32Array;
  /** The nodes where samples ended, each once. */
  leaves: Int32Array;
  /** Self value at each of `leaves`, one array per sample type of the profile. */
  leafSelf: Float64Array[];
  /** Number of sample records that ended at each of `leaves` (a pprof sample, a folded line's count, a V8 tick). */
  leafRecords: Float64Array;
  /**
   * The table the tree was built into, when it shares one with other profiles' trees:
   * node ids and function ids then mean the same in all of them (names grow as later
   * profiles add functions, and nodes past this tree's length hold none of its values).
   */
  shared?: SharedTable;
}

/** A parsed profile: one call tree with a value per sample type. */
export interface Profile {
  /** Which importer read it: `pprof`, `folded`, `cpuprofile`. */
  format: string;
  sampleTypes: SampleType[];
  /** Index into sampleTypes of the type to compare when the user names none. */
  defaultSampleType: number;
  tree: CallTree;
  /** The sampling period (pprof `period`/`period_type`), when the profile says it. */
  period?: { value: number; unit: string };
  /** When the profile was taken, in ms since the Unix epoch (pprof `time_nanos`), when it says. */
  time?: number;
  /** With a label option (ParseOptions.label): the records of each value of its key, and how many were kept. */
  labels?: LabelCounts;
  /** With a time window (ParseOptions.window), for formats that time each sample: what it kept. */
  window?: WindowCounts;
  /**
   * Per sample type, the value one sampling event adds (see eventValuesOf), where the
   * profile has no count to number its events by and its records are not events; 0 or
   * absent: each record (leafRecords) is one event.
   */
  eventValues?: number[];
  /** Things the importer skipped or assumed, said once by the edge (`3 lines skipped`). */
  notes: string[];
}

/**
 * flamegate's limits, stated once: the importers, the loader, the report and its schema
 * (report/validate.ts) all read them, and README's Limits section says them. Caps that keep
 * a hostile profile from exhausting memory; far above real profiles.
 */
export const LIMITS = {
  /** Files a side may have (each a run): more is an error. */
  runs: 1000,
  /** Characters of any text in the report (a note, a path): longer ones are cut. */
  text: 16_384,
  /** Distinct functions in one profile (in all of them together when they share one table); more is an error. */
  functions: 1_000_000,
  /** Frames in one stack; deeper stacks keep their leaf-most frames, with a note. */
  depth: 4096,
  /** Characters of a function name; longer names are cut, with a note. */
  name: 4096,
  /**
   * Values one sample may hold are below this, in its unit: 2^53, where a double stops
   * counting exactly (104 days of nanoseconds, 8 PiB). A larger one, a negative one or one
   * that is not a finite number is refused: `1e308` summed to Infinity and the report printed NaN.
   */
  value: 2 ** 53,
};

/** The error for a sample value out of 0..LIMITS.value. */
function badValue(value: number, sample: number): UnusableProfile {
  // A value at or over 2^53 is shown as that: the number read is rounded, or Infinity.
  const what = Number.isNaN(value) ? 'a value that is not a number'
    : value < 0 ? (value > -LIMITS.value ? `the value ${value}, below zero` : 'a value below zero')
    : 'a value of 2^53 or more';
  return new UnusableProfile(`sample ${sample} holds ${what}`, 'sample values from 0 to below 2^53 (9007199254740992)');
}

/** A profile past a hard limit (LIMITS.functions). */
export class LimitError extends Error {}

/**
 * A file its importer recognises but that is no profile to compare: a saved diff (negative
 * values), a differential folded file. The message says what it is; `expected` what to give
 * flamegate instead. The loader adds where (formats/detect.ts withinLimits).
 */
export class UnusableProfile extends Error {
  constructor(message: string, readonly expected: string) {
    super(message);
  }
}

/**
 * Nodes and function names shared by the call trees of several profiles read one after
 * another: each profile's tree is then a set of value columns over one table, already
 * aligned by call path, and a later profile only looks up the paths an earlier one added.
 */
export class SharedTable {
  nodes: NodeTable | undefined;
  readonly names: string[] = [];
  readonly files: string[] = [];
  readonly modules: string[] = [];
  readonly lines: number[] = [];
  readonly nameIds = new Map<string, number>();
}

/** Builds a CallTree from stacks, interning function names. */
export class CallTreeBuilder {
  private readonly names: string[];
  private readonly files: string[];
  private readonly modules: string[];
  private readonly lines: number[];
  private readonly nameIds: Map<string, number>;
  private readonly nodes: NodeTable;
  /** The leaves so far, their self values (one column per sample type) and records. */
  private leaves = new Int32Array(256);
  private leafSelf: Float64Array[];
  private leafRecords = new Float64Array(256);
  private leafCount = 0;
  /** Leaf node (key (node, 0)) -> its index in `leaves`. */
  private readonly leafIndex = new PairMap(256);
  private cutNames = 0;
  private cutStacks = 0;
  private mergedFrames = 0;

  /** Counts a frame of a tree format (.cpuprofile, trace, .heapprofile) deeper than LIMITS.depth, merged into its ancestor at that depth. */
  mergeDeepFrame(): void {
    this.mergedFrames++;
  }
  // The previous stack and its nodes: samples share long prefixes, which then cost no lookup.
  private lastStack = new Int32Array(64);
  private lastNodes = new Int32Array(64);
  private lastLength = 0;

  /**
   * `expectedNodes` sizes the arrays up front: a generous guess costs nothing (see
   * NodeTable). With `shared`, the tree is built into that table and its names.
   */
  constructor(private readonly typeCount: number, expectedNodes = 1024, private readonly shared?: SharedTable) {
    if (shared) {
      shared.nodes ??= new NodeTable(expectedNodes);
      this.nodes = shared.nodes;
      ({ names: this.names, files: this.files, modules: this.modules, lines: this.lines, nameIds: this.nameIds } = shared);
    } else {
      this.nodes = new NodeTable(expectedNodes);
      this.names = [];
      this.files = [];
      this.modules = [];
      this.lines = [];
      this.nameIds = new Map();
    }
    this.leafSelf = Array.from({ length: typeCount }, () => new Float64Array(256));
  }

  /**
   * Returns the id of a function name, adding it the first time; `file`, `module` and `line`
   * as CallTree's. A name over LIMITS.name is cut, unless `cut` is false: a name from a tree
   * built already, cut once (cut again, two long names cut apart merged as one).
   */
  functionId(rawName: string, rawFile = '', rawModule = '', rawLine = 0, cut = true): number {
    const line = Number.isSafeInteger(rawLine) && rawLine > 0 ? rawLine : 0;
    let name = rawName;
    // A file or module is shown, not compared: cut without a note.
    const file = rawFile.length > LIMITS.name ? rawFile.slice(0, LIMITS.name) : rawFile;
    const module = rawModule.length > LIMITS.name ? rawModule.slice(0, LIMITS.name) : rawModule;
    if (cut && name.length > LIMITS.name) {
      // Cut, with the length, so two long names that differ late stay apart more often.
      name = `${name.slice(0, LIMITS.name)}… (${name.length} characters)`;
      this.cutNames++;
    }
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.length;
      if (id >= LIMITS.functions) throw new LimitError(`more than ${LIMITS.functions} distinct functions (the limit)`);
      // The key is the copy too: a name cut from a piece of text kept the whole piece alive.
      const own = ownCopy(name);
      this.names.push(own);
      this.files.push(ownCopy(file));
      this.modules.push(ownCopy(module));
      this.lines.push(line);
      this.nameIds.set(own, id);
    } else {
      if (file && !this.files[id]) this.files[id] = ownCopy(file);
      if (module && !this.modules[id]) this.modules[id] = ownCopy(module);
      if (line && !this.lines[id]) this.lines[id] = line;
    }
    return id;
  }

  /** Returns the child of `node` for function `fn`, adding it when new. */
  child(node: number, fn: number): number {
    return this.nodes.child(node, fn);
  }

  /** Adds values (one per sample type) and sample records at a node; throws UnusableProfile for a value out of 0..LIMITS.value. */
  add(node: number, values: ArrayLike<number>, records: number): void {
    for (let t = 0; t < this.typeCount; t++) {
      const v = values[t];
      if (!(v >= 0 && v < LIMITS.value)) throw badValue(v, this.samples);
    }
    if (!(records >= 0 && records < LIMITS.value)) throw badValue(records, this.samples);
    this.samples++;
    const leaf = this.leafOf(node);
    for (let t = 0; t < this.typeCount; t++) this.leafSelf[t][leaf] += values[t];
    this.leafRecords[leaf] += records;
  }

  /** Returns the index of `node` in the leaves, adding it the first time. */
  private leafOf(node: number): number {
    const found = this.leafIndex.get(node, 0);
    if (found >= 0) return found;
    const leaf = this.leafCount++;
    if (leaf === this.leaves.length) {
      this.leaves = doubled(this.leaves);
      this.leafSelf = this.leafSelf.map((column) => doubled(column));
      this.leafRecords = doubled(this.leafRecords);
    }
    this.leaves[leaf] = node;
    this.leafIndex.set(node, 0, leaf);
    return leaf;
  }

  /**
   * Adds one stack, root first, of function ids (its first `length`), and returns its leaf
   * node; past LIMITS.depth only the leaf-most frames are kept.
   */
  addStack(stack: ArrayLike<number>, values: ArrayLike<number>, records: number, length = stack.length): number {
    let node = 0;
    const from = Math.max(0, length - LIMITS.depth);
    if (from > 0) this.cutStacks++;
    const keep = length - from;
    if (keep > this.lastStack.length) {
      this.lastStack = doubled(this.lastStack, keep);
      this.lastNodes = doubled(this.lastNodes, keep);
    }
    const last = this.lastStack;
    const nodes = this.lastNodes;
    let depth = 0;
    // Reuse the nodes of the prefix this stack shares with the previous one.
    const previous = this.lastLength;
    while (depth < keep && depth < previous && last[depth] === stack[from + depth]) node = nodes[depth++];
    for (; depth < keep; depth++) {
      const fn = stack[from + depth];
      node = this.child(node, fn);
      last[depth] = fn;
      nodes[depth] = node;
    }
    this.lastLength = keep;
    this.add(node, values, records);
    return node;
  }

  /** Samples added so far: where a bad value was, for its error. */
  private samples = 0;

  /** What the limits changed, for the profile's notes. */
  notes(): string[] {
    const notes: string[] = [];
    if (this.cutNames > 0) notes.push(`${this.cutNames} function name${this.cutNames === 1 ? '' : 's'} longer than ${LIMITS.name} characters cut`);
    if (this.cutStacks > 0) notes.push(`${this.cutStacks} stack${this.cutStacks === 1 ? '' : 's'} deeper than ${LIMITS.depth} frames cut to their ${LIMITS.depth} leaf-most frames`);
    if (this.mergedFrames > 0) notes.push(`${this.mergedFrames} frame${this.mergedFrames === 1 ? '' : 's'} deeper than ${LIMITS.depth} merged into their caller at depth ${LIMITS.depth} (a tree's leaf-most frames would have made a call tree of up to ${LIMITS.depth} times its size)`);
    return notes;
  }

  /** Returns the finished tree. */
  build(): CallTree {
    const n = this.nodes.size;
    // Views, not copies: the unused tail was never touched and costs no memory.
    return {
      names: this.names,
      files: this.files,
      modules: this.modules,
      lines: this.lines,
      ...(this.shared ? { shared: this.shared } : {}),
      parent: this.nodes.parent.subarray(0, n),
      func: this.nodes.func.subarray(0, n),
      leaves: this.leaves.subarray(0, this.leafCount),
      leafSelf: this.leafSelf.map((column) => column.subarray(0, this.leafCount)),
      leafRecords: this.leafRecords.subarray(0, this.leafCount),
    };
  }
}

/**
 * Returns `tree` (built on its own, by a parse worker) moved into `shared`: its functions
 * and call paths looked up there and added where new, so it aligns with the trees built
 * in the table without a union of its own. Its values stay as they are. With `rootName`,
 * every frame at the top of a stack is that function.
 */
export function absorbTree(tree: CallTree, shared: SharedTable, rootName?: string): CallTree {
  const builder = new CallTreeBuilder(0, tree.parent.length + 1024, shared);
  const ids = Int32Array.from(tree.names, (name, fn) => builder.functionId(name, tree.files[fn], tree.modules?.[fn], tree.lines?.[fn], false));
  const root = rootName === undefined ? -1 : builder.functionId(rootName);
  const map = new Int32Array(tree.parent.length);
  for (let node = 1; node < tree.parent.length; node++) {
    const parent = tree.parent[node];
    map[node] = builder.child(map[parent], parent === 0 && root >= 0 ? root : ids[tree.func[node]]);
  }
  const table = shared.nodes!;
  return {
    names: shared.names,
    files: shared.files,
    modules: shared.modules,
    lines: shared.lines,
    shared,
    parent: table.parent.subarray(0, table.size),
    func: table.func.subarray(0, table.size),
    leaves: tree.leaves.map((leaf) => map[leaf]),
    leafSelf: tree.leafSelf,
    leafRecords: tree.leafRecords,
  };
}

/**
 * The value one sampling event adds to each sample type that has no count type to number
 * its events (see findEventType): the period where the profile states one in the type's
 * unit; else the smallest value a sample holds, and for time at most 10 ms (100 Hz, the
 * rate of Go's, py-spy's and async-profiler's CPU sampling), with a note in `notes`. pprof
 * merges the samples of one stack into one record, so a record of 2 s at a 10 ms period
 * is 200 events, not one. 0 where a count exists or nothing is known. `smallest[t]` is the
 * smallest value above zero of type t over the samples (Infinity for none).
 */
export function eventValuesOf(types: SampleType[], period: { value: number; unit: string } | undefined, smallest: ArrayLike<number>, notes: string[]): number[] {
  return types.map((type, t) => {
    if (findEventType(types, t) >= 0) return 0;
    if (period && period.value > 0 && period.unit === type.unit) return period.value;
    if (!Number.isFinite(smallest[t])) return 0;
    const { dimension, scale } = getUnitScale(type.unit);
    const tenMs = 1e7 / scale;
    if (dimension !== 'time' || smallest[t] <= tenMs) return smallest[t];
    notes.push(`${type.type}/${type.unit} has no sampling period and no count: its sampling noise assumes one sample per 10 ms (100 Hz)`);
    return tenMs;
  });
}

/**
 * Returns the sample type that counts the sampling events behind `typeIndex`, or -1 to
 * count sample records: the type itself when it is a count, else the count type of the
 * same family (`alloc_space` -> `alloc_objects`), else the first count type.
 */
export function findEventType(types: SampleType[], typeIndex: number): number {
  if (types[typeIndex].unit === 'count') return typeIndex;
  const family = types[typeIndex].type.split(/[_-]/)[0];
  const counts = types.map((t, i) => (t.unit === 'count' ? i : -1)).filter((i) => i >= 0);
  return counts.find((i) => types[i].type.split(/[_-]/)[0] === family) ?? counts[0] ?? -1;
}

/**
 * `text` in a string of its own. A substring V8 makes (slice, split) can point into the
 * string it was cut from and keep all of it alive: a name cut from a 64 KiB piece of a perf
 * file, or the key it was found by, kept the piece. Joined to a character and cut again,
 * the characters are copied.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
