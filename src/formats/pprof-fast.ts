// pprof profile.proto, read by a direct walk over the protobuf for the hot path (samples,
// locations, functions, strings): https://github.com/google/pprof/blob/main/proto/profile.proto
// pprof-format (formats/pprof.ts) decodes every message into objects, which costs most of
// a large compare in allocation and garbage collection; this walk reads the same fields
// into typed arrays. pprof.ts stays the reference, and a test holds both equal on every fixture.
import { CallTreeBuilder, type Profile, type SharedTable } from '../model/call-tree';
import { doubled } from '../model/node-table';
import type { SampleType } from '../model/units';
import { checkFraming } from './framing';

class Shape extends Error {}

/** A cursor over protobuf bytes. */
class Reader {
  pos: number;
  constructor(readonly bytes: Uint8Array, start = 0, public end = bytes.length) {
    this.pos = start;
  }
  /** Points the reader at another message of the same bytes. */
  reset(start: number, end: number): void {
    this.pos = start;
    this.end = end;
  }
  varint(): number {
    const b = this.bytes;
    // Most varints here (field tags, small ids) are one byte.
    if (this.pos < this.end && b[this.pos] < 0x80) return b[this.pos++];
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new Shape('a varint runs past the end of its message');
      const byte = b[this.pos++];
      if (shift < 28) result |= (byte & 0x7f) << shift;
      else result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) break;
      shift += 7;
      if (shift > 63) throw new Shape('a varint longer than 10 bytes');
    }
    // An int64 that was negative arrives as a 10-byte two's complement.
    if (result < 0) result >>>= 0;
    return shift >= 63 ? result - 2 ** 64 : result;
  }
  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 5) this.pos += 4;
    else if (wire === 2) {
      const length = this.varint(); // read first: `pos += varint()` would add to the old pos
      this.pos += length;
    } else throw new Shape(`wire type ${wire}`);
    if (this.pos > this.end) throw new Shape('a field runs past the end of its message');
  }
  /** Reads a length-delimited field's length and returns its end; pos stays at its start. */
  spanEnd(): number {
    const length = this.varint();
    const end = this.pos + length;
    if (end > this.end) throw new Shape('a field runs past the end of its message');
    return end;
  }
}

/** Returns the profile in `bytes` (uncompressed protobuf), or why it is not one. */
export function tryParsePprofFast(bytes: Uint8Array, shared?: SharedTable): { profile: Profile } | { reason: string } {
  const counts = new Int32Array(16); // fields of each number: the tables are sized once
  const framing = checkFraming(bytes, counts);
  if (framing) return { reason: framing };
  try {
    return { profile: parse(bytes, counts, shared) };
  } catch (error) {
    if (error instanceof Shape) return { reason: `a broken pprof profile: ${error.message}` };
    throw error;
  }
}

function parse(bytes: Uint8Array, counts: Int32Array, shared?: SharedTable): Profile {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The top-level pass keeps where each message is, in typed arrays: a large profile has
  // tens of thousands of functions, locations and strings, and an object per field was
  // most of the garbage a parse made.
  const typeRefs: [number, number][] = [];
  const samples = new Int32Array(2 * counts[2]); // [start, end] pairs of sample messages (inputs are < 2 GiB)
  let sampleEnds = 0;
  let sampleBytes = 0;
  // Locations in the order they come: id and bounds of the message.
  const locationIds = new Float64Array(counts[4]);
  const locationBounds = new Int32Array(2 * counts[4]);
  let locationCount = 0;
  // Functions in the order they come: id, and the string indexes of name, system name and file.
  const functionFields = new Float64Array(4 * counts[5]);
  let functionCount = 0;
  // Strings are decoded when first used: [start, end) of each in `bytes`.
  const stringBounds = new Int32Array(2 * counts[6]);
  let stringCount = 0;
  let periodType: [number, number] | undefined;
  let period = 0;
  let defaultType = 0;
  const r = new Reader(bytes);
  const inner = new Reader(bytes);
  while (r.pos < r.end) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    const wire = tag & 7;
    if (wire === 2 && (field === 2 || field === 4 || field === 5 || field === 6)) {
      const end = r.spanEnd();
      const start = r.pos;
      r.pos = end;
      if (field === 2) {
        samples[sampleEnds++] = start;
        samples[sampleEnds++] = end;
        sampleBytes += end - start;
      } else if (field === 4) {
        locationIds[locationCount] = firstVarint(inner, start, end);
        locationBounds[2 * locationCount] = start;
        locationBounds[2 * locationCount++ + 1] = end;
      } else if (field === 5) {
        const at = 4 * functionCount++;
        inner.reset(start, end);
        while (inner.pos < end) {
          const t = inner.varint();
          const k = t >>> 3;
          if ((t & 7) !== 0) inner.skip(t & 7);
          else if (k >= 1 && k <= 4) functionFields[at + k - 1] = inner.varint();
          else inner.varint();
        }
      } else {
        stringBounds[2 * stringCount] = start;
        stringBounds[2 * stringCount++ + 1] = end;
      }
    } else if (field === 1 && wire === 2) typeRefs.push(readValueType(r));
    else if (field === 11 && wire === 2) periodType = readValueType(r);
    else if (field === 12 && wire === 0) period = r.varint();
    else if (field === 14 && wire === 0) defaultType = r.varint();
    else if (field === 0) throw new Shape('field number 0');
    else r.skip(wire);
  }
  if (stringCount === 0 || stringBounds[1] !== stringBounds[0]) throw new Shape('no string table starting with ""');
  const strings = new Array<string | undefined>(stringCount);
  const str = (i: number, what: string): string => {
    if (i < 0 || i >= stringCount) throw new Shape(`${what} names string ${i}, but the string table has ${stringCount}`);
    return (strings[i] ??= buffer.toString('utf8', stringBounds[2 * i], stringBounds[2 * i + 1]));
  };
  if (typeRefs.length === 0) throw new Shape('no sample types (a pprof profile needs at least one)');
  const sampleTypes: SampleType[] = typeRefs.map(([t, u], i) => ({ type: str(t, `sample type ${i}`), unit: str(u, `sample type ${i}`) }));
  const typeCount = sampleTypes.length;
  // A stack has at most as many locations as its sample has bytes: a guess on the high
  // side, which is free (see NodeTable).
  const builder = new CallTreeBuilder(typeCount, sampleBytes + 1024, shared);

  // Function ids index a dense table when they are small (Go numbers them 1..n), else a
  // Map; either gives the function's place in functionFields, then its id in the tree.
  const functionIndex = indexIds(functionCount, (i) => functionFields[4 * i]);
  const fnIds = new Int32Array(functionCount).fill(-1);
  const functionIdOf = (id: number): number => {
    const i = functionIndex(id);
    if (i < 0) throw new Shape(`a location names function ${id}, which the profile does not define`);
    if (fnIds[i] >= 0) return fnIds[i];
    const at = 4 * i;
    const name = str(functionFields[at + 1], 'function') || str(functionFields[at + 2], 'function');
    return (fnIds[i] = builder.functionId(name || `<unknown function ${id}>`, str(functionFields[at + 3], 'function')));
  };
  const locationIndex = indexIds(locationCount, (i) => locationIds[i]);
  const slot = (id: number): number => {
    const i = locationIndex(id);
    if (i < 0) throw new Shape(`a sample names location ${id}, which the profile does not define`);
    return i;
  };
  // Each location's frames, root first (pprof lists inlined lines callee first), decoded
  // once: frameList[frameStart[i] ..] holds frameCount[i] function ids.
  const frameStart = new Int32Array(locationCount);
  const frameCount = new Int32Array(locationCount); // 0: not decoded yet
  let frameList = new Int32Array(locationCount * 2 + 16);
  let frameEnd = 0;
  const lines: number[] = [];
  const line = new Reader(bytes);
  const decodeFrames = (i: number): void => {
    const end = locationBounds[2 * i + 1];
    inner.reset(locationBounds[2 * i], end);
    lines.length = 0;
    let address = 0;
    while (inner.pos < end) {
      const t = inner.varint();
      const k = t >>> 3;
      if (k === 4 && (t & 7) === 2) {
        const lineEnd = inner.spanEnd();
        lines.push(firstVarint(line, inner.pos, lineEnd)); // Line.function_id
        inner.pos = lineEnd;
      } else if (k === 3 && (t & 7) === 0) address = inner.varint();
      else inner.skip(t & 7);
    }
    const count = Math.max(1, lines.length);
    if (frameEnd + count > frameList.length) frameList = doubled(frameList, frameEnd + count);
    frameStart[i] = frameEnd;
    frameCount[i] = count;
    for (let l = lines.length - 1; l >= 0; l--) frameList[frameEnd++] = functionIdOf(lines[l]);
    // As pprof, an unsymbolized location is shown by its address.
    if (lines.length === 0) frameList[frameEnd++] = builder.functionId(`0x${address.toString(16)}`);
  };

  const values = new Float64Array(typeCount);
  let path = new Int32Array(256);
  const sample = new Reader(bytes);
  const packed = new Reader(bytes);
  let ids = new Float64Array(64);
  let idCount = 0;
  const pushId = (id: number) => {
    if (idCount === ids.length) ids = doubled(ids);
    ids[idCount++] = id;
  };
  // Where the current sample keeps its location ids: one packed field (as every pprof
  // writer does) is [locStart, locEnd); anything else sets locStart to -1 and fills `ids`.
  let locStart = -1;
  let locEnd = -1;
  const scanSample = (s: number): void => {
    sample.reset(samples[s], samples[s + 1]);
    locStart = -1;
    locEnd = -1;
    idCount = 0;
    let fields = 0;
    let valueCount = 0;
    while (sample.pos < sample.end) {
      const t = sample.varint();
      const k = t >>> 3;
      const wire = t & 7;
      if (k === 1) {
        if (wire === 2) {
          const end = sample.spanEnd();
          const start = sample.pos;
          sample.pos = end;
          if (fields++ === 0) {
            locStart = start;
            locEnd = end;
          }
          packed.reset(start, end);
          if (fields > 1) while (packed.pos < end) pushId(packed.varint());
        } else if (wire === 0) {
          fields += 2;
          pushId(sample.varint());
        } else sample.skip(wire);
      } else if (k === 2) {
        if (wire === 2) {
          const end = sample.spanEnd();
          packed.reset(sample.pos, end);
          sample.pos = end;
          while (packed.pos < end) {
            const v = packed.varint();
            if (valueCount < typeCount) values[valueCount] = v;
            valueCount++;
          }
        } else if (wire === 0) {
          const v = sample.varint();
          if (valueCount < typeCount) values[valueCount] = v;
          valueCount++;
        } else sample.skip(wire);
      } else sample.skip(wire);
    }
    if (valueCount !== typeCount) throw new Shape(`a sample has ${valueCount} values, expected one per sample type (${typeCount})`);
    if (fields > 1) {
      // Several location fields: collect them all, in order, and do not cache the stack.
      const tail = ids.slice(0, idCount);
      idCount = 0;
      if (locStart >= 0) {
        packed.reset(locStart, locEnd);
        while (packed.pos < locEnd) pushId(packed.varint());
      }
      for (const id of tail) pushId(id);
      locStart = -1;
    }
  };
  // The ids of a single packed field are decoded only for a stack not seen before.
  const decodePacked = () => {
    packed.reset(locStart, locEnd);
    while (packed.pos < locEnd) pushId(packed.varint());
  };
  // Samples repeat stacks (one record per stack and label set): a hash of the packed
  // location bytes finds the leaf node of a stack seen before, confirmed by comparing the
  // bytes with its first sample's, without decoding or walking the stack again.
  let tableMask = 1023;
  let table = new Int32Array(tableMask + 1).fill(-1); // entry index, -1 empty
  // One entry per distinct stack, at most one per sample.
  const entryHash = new Int32Array(counts[2]);
  const entryStart = new Int32Array(counts[2]);
  const entryEnd = new Int32Array(counts[2]);
  const entryLeaf = new Int32Array(counts[2]);
  let entries = 0;
  const insert = (hash: number, entry: number) => {
    let at = hash & tableMask;
    while (table[at] !== -1) at = (at + 1) & tableMask;
    table[at] = entry;
  };
  const sameBytes = (start: number, end: number, otherStart: number, otherEnd: number): boolean => {
    if (end - start !== otherEnd - otherStart) return false;
    for (let i = start, j = otherStart; i < end; i++, j++) if (bytes[i] !== bytes[j]) return false;
    return true;
  };
  for (let s = 0; s < sampleEnds; s += 2) {
    scanSample(s);
    let hash = 0;
    if (locStart >= 0) {
      hash = locEnd - locStart;
      for (let i = locStart; i < locEnd; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
      hash ^= hash >>> 15;
      hash = Math.imul(hash, 0x2c1b3c6d);
      hash ^= hash >>> 12;
      let found = -1;
      for (let at = hash & tableMask, e = table[at]; e !== -1; at = (at + 1) & tableMask, e = table[at]) {
        if (entryHash[e] === hash && sameBytes(locStart, locEnd, entryStart[e], entryEnd[e])) {
          found = entryLeaf[e];
          break;
        }
      }
      if (found >= 0) {
        builder.add(found, values, 1);
        continue;
      }
    }
    if (locStart >= 0) decodePacked();
    let depth = 0;
    for (let l = idCount - 1; l >= 0; l--) {
      const i = slot(ids[l]);
      if (frameCount[i] === 0) decodeFrames(i);
      const frames = frameCount[i];
      if (depth + frames > path.length) path = doubled(path, depth + frames);
      for (let f = frameStart[i], e = f + frames; f < e; f++) path[depth++] = frameList[f];
    }
    const leaf = builder.addStack(path, values, 1, depth);
    if (locStart < 0) continue;
    entryHash[entries] = hash;
    entryStart[entries] = locStart;
    entryEnd[entries] = locEnd;
    entryLeaf[entries] = leaf;
    if (2 * (entries + 1) > table.length) {
      tableMask = table.length * 2 - 1;
      table = new Int32Array(tableMask + 1).fill(-1);
      for (let e = 0; e < entries; e++) insert(entryHash[e], e);
    }
    insert(hash, entries++);
  }

  let defaultSampleType = typeCount - 1; // as pprof: the last type unless one is named
  if (defaultType > 0) {
    const name = str(defaultType, 'default_sample_type');
    const index = sampleTypes.findIndex((t) => t.type === name);
    if (index >= 0) defaultSampleType = index;
  }
  const periodInfo = periodType && period > 0 ? { value: period, unit: str(periodType[1], 'period_type') } : undefined;
  return { format: 'pprof', sampleTypes, defaultSampleType, tree: builder.build(), ...(periodInfo ? { period: periodInfo } : {}), notes: builder.notes() };
}

/**
 * Returns a lookup from ids (the i-th is `idAt(i)`) to their index, -1 for an unknown id:
 * a dense table when the ids are small (Go numbers them 1..n), else a Map.
 */
function indexIds(count: number, idAt: (i: number) => number): (id: number) => number {
  let maxId = 0;
  for (let i = 0; i < count; i++) maxId = Math.max(maxId, idAt(i));
  if (maxId <= 4 * count + 1024) {
    const table = new Int32Array(maxId + 1).fill(-1);
    for (let i = 0; i < count; i++) table[idAt(i)] = i;
    return (id) => (id >= 0 && id <= maxId ? table[id] : -1);
  }
  const map = new Map<number, number>();
  for (let i = 0; i < count; i++) map.set(idAt(i), i);
  return (id) => map.get(id) ?? -1;
}

/** Returns varint field 1 of the message in [start, end) of the reader's bytes (Location.id, Line.function_id), 0 when absent. */
function firstVarint(inner: Reader, start: number, end: number): number {
  inner.reset(start, end);
  let value = 0;
  while (inner.pos < end) {
    const t = inner.varint();
    if (t >>> 3 === 1 && (t & 7) === 0) value = inner.varint();
    else inner.skip(t & 7);
  }
  return value;
}

function readValueType(r: Reader): [number, number] {
  const end = r.spanEnd();
  const inner = new Reader(r.bytes, r.pos, end);
  r.pos = end;
  let type = 0;
  let unit = 0;
  while (inner.pos < end) {
    const t = inner.varint();
    const k = t >>> 3;
    if ((t & 7) !== 0) inner.skip(t & 7);
    else if (k === 1) type = inner.varint();
    else if (k === 2) unit = inner.varint();
    else inner.varint();
  }
  return [type, unit];
}
