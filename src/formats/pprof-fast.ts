// pprof profile.proto, read by a direct walk over the protobuf for the hot path (samples,
// locations, functions, strings): https://github.com/google/pprof/blob/main/proto/profile.proto
// pprof-format (formats/pprof.ts) decodes every message into objects, which costs most of
// a large compare in allocation and garbage collection; this walk reads the same fields
// into typed arrays. pprof.ts stays the reference, and a test holds both equal on every fixture.
// Long because it is one decoder: the protobuf walk, the string table and the location and
// function tables share state that splitting would pass around on the hot path.
import { tryParsePprof } from './pprof';
import { duplicateId, negativeValue, profileTime, unsymbolizedName } from './pprof-shared';
import { CallTreeBuilder, eventValuesOf, type Profile, type SharedTable } from '../model/call-tree';
import { doubled } from '../model/node-table';
import type { SampleType } from '../model/units';
import { checkFraming } from './framing';
import { LabelFilter, type LabelOptions } from '../model/labels';

/** Function fields kept per function: id, name, system_name, filename, start_line (fields 1-5). */
const FUNCTION_FIELDS = 5;

class Shape extends Error {}

/** An id of 2^53 or more (ids are uint64): this reader's doubles cannot tell such ids apart, and formats/pprof.ts reads the profile instead. */
class BigIds extends Error {}

const isBigId = (id: number) => !(id >= 0 && id < 2 ** 53);

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
    // The low 32 bits and the high 32 bits apart, each exact: an int64 that was negative
    // arrives as a 10-byte two's complement, and summed as one float -1 came out 0 and
    // -3,000,000,000 as -3,000,000,512.
    let low = 0;
    let high = 0;
    for (let i = 0; ; i++) {
      if (this.pos >= this.end) throw new Shape('a varint runs past the end of its message');
      if (i === 10) throw new Shape('a varint longer than 10 bytes');
      const byte = b[this.pos++];
      const bits = byte & 0x7f;
      if (i < 4) low |= bits << (7 * i);
      else if (i === 4) {
        low |= bits << 28; // its low 4 bits; the rest fall off the 32-bit int
        high = bits >>> 4;
      } else high |= bits << (7 * i - 32);
      if ((byte & 0x80) === 0) break;
    }
    // As int64: the high word signed. Exact up to 2^53 in magnitude, as any count in a profile.
    return (high | 0) * 4294967296 + (low >>> 0);
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
export function tryParsePprofFast(bytes: Uint8Array, shared?: SharedTable, label?: LabelOptions): { profile: Profile } | { reason: string } {
  const counts = new Int32Array(16); // fields of each number: the tables are sized once
  const framing = checkFraming(bytes, counts);
  if (framing) return { reason: framing };
  try {
    return { profile: new PprofReader(bytes, counts, shared, label).profile() };
  } catch (error) {
    if (error instanceof Shape) return { reason: `a broken pprof profile: ${error.message}` };
    // Exact, slower: ids of 2^53 or more (hashes, addresses) were read as equal and refused as duplicates.
    if (error instanceof BigIds) return tryParsePprof(bytes, shared, label);
    throw error;
  }
}

/**
 * One profile's decoding. State lives in fields and the steps are methods, not closures
 * inside one function: V8 then keeps the optimized code of the hot steps from one profile
 * to the next (a closure made anew for each profile was compiled anew, up to three times
 * per profile, which was most of a cold parse).
 */
class PprofReader {
  private readonly buffer: Buffer;
  private readonly typeRefs: [number, number][] = [];
  // The top-level pass keeps where each message is, in typed arrays: a large profile has
  // tens of thousands of functions, locations and strings, and an object per field was
  // most of the garbage a parse made.
  /** [start, end] pairs of sample messages (inputs are < 2 GiB). */
  private readonly samples: Int32Array;
  private sampleEnds = 0;
  private sampleBytes = 0;
  /** Locations in the order they come: id and bounds of the message. */
  private readonly locationIds: Float64Array;
  private readonly locationBounds: Int32Array;
  private locationCount = 0;
  /** Functions in the order they come: id, and the string indexes of name, system name and file. */
  private readonly functionFields: Float64Array;
  private functionCount = 0;
  /** Strings are decoded when first used: [start, end) of each in `bytes`. */
  private readonly stringBounds: Int32Array;
  private stringCount = 0;
  private strings: (string | undefined)[] = [];
  /** Each mapping's id and the string index of its file name. */
  private readonly mappingFiles = new Map<number, number>();
  private periodType: [number, number] | undefined;
  private period = 0;
  private timeNanos = 0;
  private defaultType = 0;
  private readonly inner: Reader;
  private readonly line: Reader;
  private readonly sample: Reader;
  private readonly packed: Reader;

  // Sized once the top-level pass has counted, for the steps that build the tree.
  private readonly sampleTypes: SampleType[];
  /** The smallest value above zero of each sample type over the samples (see eventValuesOf). */
  private readonly smallest: Float64Array;
  private readonly builder: CallTreeBuilder;
  private readonly functionIndex: IdIndex;
  private readonly locationIndex: IdIndex;
  /** Tree function id of each function (by place in functionFields), -1 until first used. */
  private readonly fnIds: Int32Array;
  /**
   * Each location's frames, root first (pprof lists inlined lines callee first), decoded
   * once: frameList[frameStart[i] ..] holds frameCount[i] function ids.
   */
  private readonly frameStart: Int32Array;
  private readonly frameCount: Int32Array; // 0: not decoded yet
  private frameList: Int32Array;
  private frameEnd = 0;
  private readonly lines: number[] = [];
  /** The current sample's values, one per sample type. */
  private readonly values: Float64Array;
  /** The current sample's location ids, and its stack of function ids once known. */
  private ids = new Float64Array(64);
  private path = new Int32Array(256);
  private idCount = 0;
  // Where the current sample keeps its location ids: one packed field (as every pprof
  // writer does) is [locStart, locEnd); anything else sets locStart to -1 and fills `ids`.
  private locStart = -1;
  private locEnd = -1;
  /** With a label option: the filter, and the current sample's value of its key ('' for none). */
  private readonly labelFilter: LabelFilter | undefined;
  private sampleLabel = '';

  /** Reads where everything is (throws Shape); `profile()` then builds the tree, into `shared` when given. */
  constructor(private readonly bytes: Uint8Array, counts: Int32Array, shared: SharedTable | undefined, label?: LabelOptions) {
    this.labelFilter = label ? new LabelFilter(label) : undefined;
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.samples = new Int32Array(2 * counts[2]);
    this.locationIds = new Float64Array(counts[4]);
    this.locationBounds = new Int32Array(2 * counts[4]);
    this.functionFields = new Float64Array(FUNCTION_FIELDS * counts[5]);
    this.stringBounds = new Int32Array(2 * counts[6]);
    this.inner = new Reader(bytes);
    this.line = new Reader(bytes);
    this.sample = new Reader(bytes);
    this.packed = new Reader(bytes);
    this.readTop();

    if (this.typeRefs.length === 0) throw new Shape('no sample types (a pprof profile needs at least one)');
    this.sampleTypes = this.typeRefs.map(([t, u], i) => ({ type: this.str(t, `sample type ${i}`), unit: this.str(u, `sample type ${i}`) }));
    this.values = new Float64Array(this.sampleTypes.length);
    this.smallest = new Float64Array(this.sampleTypes.length).fill(Infinity);
    // A stack has at most as many locations as its sample has bytes: a guess on the high
    // side, which is free (see NodeTable).
    this.builder = new CallTreeBuilder(this.sampleTypes.length, this.sampleBytes + 1024, shared);
    // Function ids index a dense table when they are small (Go numbers them 1..n), else a
    // Map; either gives the function's place in functionFields, then its id in the tree.
    const { functionFields, locationIds } = this;
    this.functionIndex = new IdIndex(this.functionCount, (i) => functionFields[FUNCTION_FIELDS * i], 'function');
    this.fnIds = new Int32Array(this.functionCount).fill(-1);
    this.locationIndex = new IdIndex(this.locationCount, (i) => locationIds[i], 'location');
    this.frameStart = new Int32Array(this.locationCount);
    this.frameCount = new Int32Array(this.locationCount);
    this.frameList = new Int32Array(this.locationCount * 2 + 16);
  }

  /** The top-level pass: where every sample, location, function and string is. */
  private readTop(): void {
    const { samples, locationIds, locationBounds, functionFields, stringBounds, inner } = this;
    const r = new Reader(this.bytes);
    while (r.pos < r.end) {
      const tag = r.varint();
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (wire === 2 && (field === 2 || field === 3 || field === 4 || field === 5 || field === 6)) {
        const end = r.spanEnd();
        const start = r.pos;
        r.pos = end;
        if (field === 2) {
          samples[this.sampleEnds++] = start;
          samples[this.sampleEnds++] = end;
          this.sampleBytes += end - start;
        } else if (field === 3) {
          // Mapping: its id (1) and file name (5), for locations without symbols.
          inner.reset(start, end);
          const [id, file] = twoVarints(inner, 1, 5);
          if (isBigId(id)) throw new BigIds();
          if (id === 0 || this.mappingFiles.has(id)) throw new Shape(duplicateId('mapping', id));
          this.mappingFiles.set(id, file);
        } else if (field === 4) {
          const i = this.locationCount++;
          locationIds[i] = firstVarint(inner, start, end);
          locationBounds[2 * i] = start;
          locationBounds[2 * i + 1] = end;
        } else if (field === 5) {
          const at = FUNCTION_FIELDS * this.functionCount++;
          inner.reset(start, end);
          while (inner.pos < end) {
            const t = inner.varint();
            const k = t >>> 3;
            if ((t & 7) !== 0) inner.skip(t & 7);
            else if (k >= 1 && k <= FUNCTION_FIELDS) functionFields[at + k - 1] = inner.varint();
            else inner.varint();
          }
        } else {
          const i = this.stringCount++;
          stringBounds[2 * i] = start;
          stringBounds[2 * i + 1] = end;
        }
      } else if (field === 1 && wire === 2) this.typeRefs.push(readValueType(r));
      else if (field === 11 && wire === 2) this.periodType = readValueType(r);
      else if (field === 12 && wire === 0) this.period = r.varint();
      else if (field === 9 && wire === 0) this.timeNanos = r.varint();
      else if (field === 14 && wire === 0) this.defaultType = r.varint();
      else if (field === 0) throw new Shape('field number 0');
      else r.skip(wire);
    }
    if (this.stringCount === 0 || stringBounds[1] !== stringBounds[0]) throw new Shape('no string table starting with ""');
    this.strings = new Array<string | undefined>(this.stringCount);
  }

  private str(i: number, what: string): string {
    if (i < 0 || i >= this.stringCount) throw new Shape(`${what} names string ${i}, but the string table has ${this.stringCount}`);
    return (this.strings[i] ??= this.buffer.toString('utf8', this.stringBounds[2 * i], this.stringBounds[2 * i + 1]));
  }

  /** Builds the call tree from the samples. */
  profile(): Profile {
    const { sampleTypes } = this;
    this.addSamples();

    let defaultSampleType = sampleTypes.length - 1; // as pprof: the last type unless one is named
    if (this.defaultType > 0) {
      const name = this.str(this.defaultType, 'default_sample_type');
      const index = sampleTypes.findIndex((t) => t.type === name);
      if (index >= 0) defaultSampleType = index;
    }
    const periodInfo = this.periodType && this.period > 0 ? { value: this.period, unit: this.str(this.periodType[1], 'period_type') } : undefined;
    const notes = this.builder.notes();
    const eventValues = eventValuesOf(sampleTypes, periodInfo, this.smallest, notes);
    return { format: 'pprof', sampleTypes, defaultSampleType, tree: this.builder.build(), ...(periodInfo ? { period: periodInfo } : {}), ...profileTime(this.timeNanos), ...(this.labelFilter ? { labels: this.labelFilter.result() } : {}), eventValues, notes };
  }

  private functionIdOf(id: number): number {
    const i = this.functionIndex.get(id);
    if (i < 0) throw new Shape(`a location names function ${id}, which the profile does not define`);
    const known = this.fnIds[i];
    if (known >= 0) return known;
    const at = FUNCTION_FIELDS * i;
    const name = this.str(this.functionFields[at + 1], 'function') || this.str(this.functionFields[at + 2], 'function');
    return (this.fnIds[i] = this.builder.functionId(name || `<unknown function ${id}>`, this.str(this.functionFields[at + 3], 'function'), '', this.functionFields[at + 4]));
  }

  private slot(id: number): number {
    const i = this.locationIndex.get(id);
    if (i < 0) throw new Shape(`a sample names location ${id}, which the profile does not define`);
    return i;
  }

  private decodeFrames(i: number): void {
    const { inner, lines } = this;
    const end = this.locationBounds[2 * i + 1];
    inner.reset(this.locationBounds[2 * i], end);
    lines.length = 0;
    let mapping = 0;
    while (inner.pos < end) {
      const t = inner.varint();
      const k = t >>> 3;
      if (k === 4 && (t & 7) === 2) {
        const lineEnd = inner.spanEnd();
        lines.push(firstVarint(this.line, inner.pos, lineEnd)); // Line.function_id
        inner.pos = lineEnd;
      } else if (k === 2 && (t & 7) === 0) mapping = inner.varint();
      else inner.skip(t & 7);
    }
    const count = Math.max(1, lines.length);
    if (this.frameEnd + count > this.frameList.length) this.frameList = doubled(this.frameList, this.frameEnd + count);
    this.frameStart[i] = this.frameEnd;
    this.frameCount[i] = count;
    for (let l = lines.length - 1; l >= 0; l--) this.frameList[this.frameEnd++] = this.functionIdOf(lines[l]);
    if (lines.length === 0) {
      const file = this.mappingFiles.get(mapping);
      const module = file === undefined ? '' : this.str(file, 'mapping');
      this.frameList[this.frameEnd++] = this.builder.functionId(unsymbolizedName(module), '', module);
    }
  }

  private pushId(id: number): void {
    if (this.idCount === this.ids.length) this.ids = doubled(this.ids);
    this.ids[this.idCount++] = id;
  }

  /** Reads sample `s`'s values into `values` and finds its location ids (see locStart). */
  private scanSample(s: number): void {
    const { sample, packed, values } = this;
    const typeCount = values.length;
    sample.reset(this.samples[s], this.samples[s + 1]);
    this.locStart = -1;
    this.locEnd = -1;
    this.idCount = 0;
    this.sampleLabel = '';
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
            this.locStart = start;
            this.locEnd = end;
          }
          packed.reset(start, end);
          if (fields > 1) while (packed.pos < end) this.pushId(packed.varint());
        } else if (wire === 0) {
          fields += 2;
          this.pushId(sample.varint());
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
      } else if (k === 3 && wire === 2 && this.labelFilter) {
        // Label: key (1) and str (2), string indexes; numeric labels (num, 3) are not values to select by.
        const end = sample.spanEnd();
        this.inner.reset(sample.pos, end);
        sample.pos = end;
        const [key, str] = twoVarints(this.inner, 1, 2);
        if (str !== 0) {
          const name = this.str(key, 'label');
          this.labelFilter.sawKey(name);
          if (name === this.labelFilter.options.key) this.sampleLabel = this.str(str, 'label');
        }
      } else sample.skip(wire);
    }
    if (valueCount !== typeCount) throw new Shape(`a sample has ${valueCount} values, expected one per sample type (${typeCount})`);
    if (fields > 1) {
      // Several location fields: collect them all, in order, and do not cache the stack.
      const tail = this.ids.slice(0, this.idCount);
      this.idCount = 0;
      if (this.locStart >= 0) this.decodePacked();
      for (const id of tail) this.pushId(id);
      this.locStart = -1;
    }
  }

  /** Decodes the ids of the sample's single packed field (only for a stack not seen before). */
  private decodePacked(): void {
    const { packed, locEnd } = this;
    packed.reset(this.locStart, locEnd);
    while (packed.pos < locEnd) this.pushId(packed.varint());
  }

  /** Puts the ids' stack in `path` as function ids, root first, and returns its depth. */
  private stackOf(): number {
    let depth = 0;
    let p = this.path;
    const { ids, frameCount, frameStart } = this;
    for (let l = this.idCount - 1; l >= 0; l--) {
      const i = this.slot(ids[l]);
      if (frameCount[i] === 0) this.decodeFrames(i);
      const frames = frameCount[i];
      if (depth + frames > p.length) p = this.path = doubled(p, depth + frames);
      const list = this.frameList;
      for (let f = frameStart[i], e = f + frames; f < e; f++) p[depth++] = list[f];
    }
    return depth;
  }

  private addSamples(): void {
    const { bytes, builder, values } = this;
    // Samples repeat stacks (one record per stack and label set): a hash of the packed
    // location bytes finds the leaf node of a stack seen before, confirmed by comparing the
    // bytes with its first sample's, without decoding or walking the stack again.
    const stacks = new StackTable(bytes, this.sampleEnds / 2);
    const { smallest } = this;
    const filter = this.labelFilter;
    for (let s = 0; s < this.sampleEnds; s += 2) {
      this.scanSample(s);
      if (filter && !filter.keep(this.sampleLabel)) continue;
      for (let t = 0; t < values.length; t++) {
        const v = values[t];
        if (v < 0) throw negativeValue(v, s / 2, this.sampleTypes[t]);
        if (v > 0 && v < smallest[t]) smallest[t] = v;
      }
      const { locStart, locEnd } = this;
      let hash = 0;
      if (locStart >= 0) {
        hash = stacks.hash(locStart, locEnd);
        const found = stacks.find(hash, locStart, locEnd);
        if (found >= 0) {
          builder.add(found, values, 1);
          continue;
        }
        this.decodePacked();
      }
      const depth = this.stackOf();
      const leaf = builder.addStack(this.path, values, 1, depth);
      if (locStart >= 0) stacks.add(hash, locStart, locEnd, leaf);
    }
  }
}




/** Distinct stacks by their packed location bytes, each with its leaf node. */
class StackTable {
  private mask = 1023;
  private table = new Int32Array(this.mask + 1).fill(-1); // entry index, -1 empty
  // One entry per distinct stack, at most one per sample.
  private readonly entryHash: Int32Array;
  private readonly entryStart: Int32Array;
  private readonly entryEnd: Int32Array;
  private readonly entryLeaf: Int32Array;
  private entries = 0;

  constructor(private readonly bytes: Uint8Array, capacity: number) {
    this.entryHash = new Int32Array(capacity);
    this.entryStart = new Int32Array(capacity);
    this.entryEnd = new Int32Array(capacity);
    this.entryLeaf = new Int32Array(capacity);
  }

  hash(start: number, end: number): number {
    const bytes = this.bytes;
    let hash = end - start;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
    hash ^= hash >>> 15;
    hash = Math.imul(hash, 0x2c1b3c6d);
    return hash ^ (hash >>> 12);
  }

  /** Returns the leaf of the stack in bytes [start, end), -1 if not seen. */
  find(hash: number, start: number, end: number): number {
    const { table, mask, entryHash, entryStart, entryEnd } = this;
    for (let at = hash & mask, e = table[at]; e !== -1; at = (at + 1) & mask, e = table[at]) {
      if (entryHash[e] === hash && this.sameBytes(start, end, entryStart[e], entryEnd[e])) return this.entryLeaf[e];
    }
    return -1;
  }

  add(hash: number, start: number, end: number, leaf: number): void {
    const e = this.entries;
    this.entryHash[e] = hash;
    this.entryStart[e] = start;
    this.entryEnd[e] = end;
    this.entryLeaf[e] = leaf;
    if (2 * (e + 1) > this.table.length) {
      this.mask = this.table.length * 2 - 1;
      this.table = new Int32Array(this.mask + 1).fill(-1);
      for (let old = 0; old < e; old++) this.insert(this.entryHash[old], old);
    }
    this.insert(hash, this.entries++);
  }

  private insert(hash: number, entry: number): void {
    let at = hash & this.mask;
    while (this.table[at] !== -1) at = (at + 1) & this.mask;
    this.table[at] = entry;
  }

  private sameBytes(start: number, end: number, otherStart: number, otherEnd: number): boolean {
    if (end - start !== otherEnd - otherStart) return false;
    const bytes = this.bytes;
    for (let i = start, j = otherStart; i < end; i++, j++) if (bytes[i] !== bytes[j]) return false;
    return true;
  }
}

/**
 * Ids (the i-th is `idAt(i)`) to their index, -1 for an unknown id: a dense table when
 * the ids are small (Go numbers them 1..n), else a Map.
 */
class IdIndex {
  private readonly table: Int32Array | undefined;
  private readonly map: Map<number, number> | undefined;
  private readonly maxId: number;

  /** Throws Shape when two of the `count` entries (`what`s) share an id: the later one silently took the earlier's samples. */
  constructor(count: number, idAt: (i: number) => number, what: string) {
    let maxId = 0;
    for (let i = 0; i < count; i++) {
      if (isBigId(idAt(i))) throw new BigIds();
      maxId = Math.max(maxId, idAt(i));
    }
    this.maxId = maxId;
    if (maxId <= 4 * count + 1024) {
      this.table = new Int32Array(maxId + 1).fill(-1);
      for (let i = 0; i < count; i++) {
        const id = idAt(i);
        if (id === 0 || (id > 0 && this.table[id] >= 0)) throw new Shape(duplicateId(what, id));
        this.table[id] = i;
      }
    } else {
      this.map = new Map();
      for (let i = 0; i < count; i++) {
        if (idAt(i) === 0 || this.map.has(idAt(i))) throw new Shape(duplicateId(what, idAt(i)));
        this.map.set(idAt(i), i);
      }
    }
  }

  get(id: number): number {
    if (this.table) return id >= 0 && id <= this.maxId ? this.table[id] : -1;
    return this.map!.get(id) ?? -1;
  }
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
  return twoVarints(inner, 1, 2);
}

/** Two varint fields (numbers `first` and `second`, 0 when absent) of the message `inner` spans, to its end. */
function twoVarints(inner: Reader, first: number, second: number): [number, number] {
  let a = 0;
  let b = 0;
  while (inner.pos < inner.end) {
    const t = inner.varint();
    const k = t >>> 3;
    if ((t & 7) !== 0) inner.skip(t & 7);
    else if (k === first) a = inner.varint();
    else if (k === second) b = inner.varint();
    else inner.varint();
  }
  return [a, b];
}
