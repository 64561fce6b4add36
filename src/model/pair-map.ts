// A hash map from a pair of non-negative int32 (parent node and function; a leaf node and
// 0) to an int32, with open addressing in typed arrays. Written by hand because Map with packed double keys
// spent a third of a large profile's compare in hashing (1.1 s of 3.9 s on large.cpu).

/** Maps (a, b) pairs of non-negative int32 to non-negative int32 values. */
export class PairMap {
  private keysA: Int32Array;
  private keysB: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Returns the value of (a, b), or -1 when absent. */
  get(a: number, b: number): number {
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const ka = this.keysA[slot];
      if (ka === -1) return -1;
      if (ka === a && this.keysB[slot] === b) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  /** Sets the value of (a, b). */
  set(a: number, b: number, value: number): void {
    if ((this.count + 1) * 2 > this.keysA.length) this.grow();
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const ka = this.keysA[slot];
      if (ka === -1) {
        this.keysA[slot] = a;
        this.keysB[slot] = b;
        this.values[slot] = value;
        this.count++;
        return;
      }
      if (ka === a && this.keysB[slot] === b) {
        this.values[slot] = value;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keysA, keysB, values } = this;
    this.keysA = new Int32Array(keysA.length * 2).fill(-1);
    this.keysB = new Int32Array(keysA.length * 2);
    this.values = new Int32Array(keysA.length * 2);
    this.mask = this.keysA.length - 1;
    this.count = 0;
    for (let i = 0; i < keysA.length; i++) if (keysA[i] !== -1) this.set(keysA[i], keysB[i], values[i]);
  }
}

// MurmurHash3's finalizer over the two keys mixed.
function hash(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) + b) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
