// The nodes of a call tree as they are built: parent, function and child links in typed
// arrays. Children are found through a short linked list (most nodes have one or two),
// and through a hash map only for nodes with many children. Written by hand because the
// map alone cost most of a large profile's parse: one random access into a table of
// tens of megabytes per frame, and memory on a fresh page is slow to touch the first time
// (about 15 µs per 4 KiB page on the machine of DESIGN section 8's figures).
import { PairMap } from './pair-map';

/** Children past this many are also kept in the hash map. */
const WIDE = 8;
/** A first guess of capacity above this is capped; the arrays double past it. */
const MAX_INITIAL = 1 << 24;
const NONE = -1;

/** A growing table of call-tree nodes; node 0 is the root. */
export class NodeTable {
  parent: Int32Array;
  func: Int32Array;
  /** First child of each node (the one added last), -1 for none; children chain through nextSibling. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  private childCount: Uint8Array;
  private readonly wide = new PairMap(64);
  /** Nodes in use. */
  size = 1;

  /**
   * `capacity` may be generous: pages of a typed array that are never written cost no
   * memory, so a high guess is cheaper than growing (which copies and touches every page).
   */
  constructor(capacity = 1024) {
    const n = Math.max(16, Math.min(Math.ceil(capacity), MAX_INITIAL));
    this.parent = new Int32Array(n);
    this.func = new Int32Array(n);
    this.firstChild = new Int32Array(n).fill(NONE, 0, 1);
    this.nextSibling = new Int32Array(n);
    this.childCount = new Uint8Array(n);
    this.parent[0] = NONE;
    this.func[0] = NONE;
  }

  /** Allocated node slots; columns kept beside the table grow to this. */
  get capacity(): number {
    return this.parent.length;
  }

  /** Returns the child of `node` for function `fn`, or -1. */
  find(node: number, fn: number): number {
    if (this.childCount[node] > WIDE) return this.wide.get(node, fn);
    for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) if (this.func[c] === fn) return c;
    return NONE;
  }

  /** Returns the child of `node` for function `fn`, adding it when new. */
  child(node: number, fn: number): number {
    const found = this.find(node, fn);
    if (found !== NONE) return found;
    const id = this.size++;
    if (id === this.parent.length) this.grow();
    this.attach(id, node, fn);
    return id;
  }

  /** Makes `id` the child of `node` for function `fn`. */
  private attach(id: number, node: number, fn: number): void {
    this.parent[id] = node;
    this.func[id] = fn;
    this.firstChild[id] = NONE;
    this.nextSibling[id] = this.firstChild[node];
    this.firstChild[node] = id;
    const count = this.childCount[node];
    if (count < 255) this.childCount[node] = count + 1;
    if (count === WIDE) {
      for (let c = this.firstChild[node]; c !== NONE; c = this.nextSibling[c]) this.wide.set(node, this.func[c], c);
    } else if (count > WIDE) this.wide.set(node, fn, id);
  }

  private grow(): void {
    this.parent = doubled(this.parent);
    this.func = doubled(this.func);
    this.firstChild = doubled(this.firstChild);
    this.nextSibling = doubled(this.nextSibling);
    this.childCount = doubled(this.childCount);
  }
}

/** Returns a copy of `array` with twice the length (or `length`, when given and longer). */
export function doubled<T extends Int32Array | Float64Array | Uint8Array>(array: T, length = array.length * 2): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}
