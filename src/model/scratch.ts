// Large temporary arrays kept for the next call instead of freed. Memory a process touches
// for the first time is slow (page faults: about 15 µs per 4 KiB page on the machine of the
// README's figures), and a comparison computes the same per-node temporaries once per run.
// Each caller names its own buffers, and none may keep a view past its own return.

const floats = new Map<string, Float64Array>();
const ints = new Map<string, Int32Array>();

function take<T extends Float64Array | Int32Array>(pool: Map<string, T>, make: (n: number) => T, key: string, length: number): T {
  const held = pool.get(key);
  if (held && held.length >= length) {
    const view = held.subarray(0, length) as T;
    view.fill(0);
    return view;
  }
  const fresh = make(length);
  pool.set(key, fresh);
  return fresh;
}

/** Returns a zeroed Float64Array of `length`, reused by the next call with the same key. */
export function scratchFloat64(key: string, length: number): Float64Array {
  return take(floats, (n) => new Float64Array(n), key, length);
}

/** Returns a zeroed Int32Array of `length`, reused by the next call with the same key. */
export function scratchInt32(key: string, length: number): Int32Array {
  return take(ints, (n) => new Int32Array(n), key, length);
}
