// pprof profile.proto: https://github.com/google/pprof/blob/main/proto/profile.proto
import { Profile as PprofProfile } from 'pprof-format';
import { checkFraming } from './framing';
import { CallTreeBuilder, eventValuesOf, type Profile, type SharedTable } from '../model/call-tree';
import { duplicateId, negativeValue, profileTime, unsymbolizedName } from './pprof-shared';
import type { SampleType } from '../model/units';
import { LabelFilter, type LabelOptions } from '../model/labels';

/** Reads an int64 field that pprof-format hands out as number or unsigned bigint. */
/** A uint64 id's exact decimal text. */
function idKey(value: number | bigint | undefined): string {
  if (value === undefined) return '0';
  return typeof value === 'bigint' ? BigInt.asUintN(64, value).toString() : String(value);
}

export function toNumber(value: number | bigint | undefined): number {
  if (value === undefined) return 0;
  return typeof value === 'bigint' ? Number(BigInt.asIntN(64, value)) : value;
}

/**
 * Returns the profile in `bytes` (uncompressed protobuf), or a reason why it is not a
 * pprof profile. "Not this format" is a value so detection can try the next importer.
 */
export function tryParsePprof(bytes: Uint8Array, shared?: SharedTable, label?: LabelOptions): { profile: Profile } | { reason: string } {
  // pprof-format reads a length past the end as "the rest": check the framing first, so a
  // cut-off file is an error, never a profile with samples silently lost.
  const framing = checkFraming(bytes);
  if (framing) return { reason: framing };
  let decoded: PprofProfile;
  try {
    decoded = PprofProfile.decode(bytes);
  } catch (error) {
    return { reason: `not a valid protobuf (${(error as Error).message})` };
  }
  const strings = decoded.stringTable.strings;
  const str = (index: number | bigint, what: string): string => {
    const i = toNumber(index);
    if (i < 0 || i >= strings.length) throw new PprofShapeError(`${what} names string ${i}, but the string table has ${strings.length}`);
    return strings[i];
  };
  try {
    if (strings.length === 0 || strings[0] !== '') return { reason: 'no protobuf string table starting with "" (not a pprof profile)' };
    if (decoded.sampleType.length === 0) return { reason: 'a protobuf with no sample types (a pprof profile needs at least one)' };
    const sampleTypes: SampleType[] = decoded.sampleType.map((t, i) => ({
      type: str(t.type, `sample type ${i}`),
      unit: str(t.unit, `sample type ${i}`),
    }));
    const typeCount = sampleTypes.length;
    const builder = new CallTreeBuilder(typeCount, 1024, shared);

    // Ids are uint64: keyed by their exact decimal text (2^53 and 2^53 + 1 are two ids).
    const functions = new Map<string, { name: string; file: string; line: number }>();
    for (const f of decoded.function) {
      let name = str(f.name, 'function');
      if (name === '') name = str(f.systemName, 'function');
      const id = idKey(f.id);
      if (id === '0' || functions.has(id)) throw new PprofShapeError(duplicateId('function', id));
      functions.set(id, { name, file: str(f.filename, 'function'), line: Number(f.startLine) });
    }
    const mappingFiles = new Map<string, string>();
    for (const m of decoded.mapping) {
      const id = idKey(m.id);
      if (id === '0' || mappingFiles.has(id)) throw new PprofShapeError(duplicateId('mapping', id));
      mappingFiles.set(id, str(m.filename, 'mapping'));
    }
    // Each location becomes its frames, root first: pprof lists inlined lines callee first.
    const locations = new Map<string, number[]>();
    for (const loc of decoded.location) {
      const frames: number[] = [];
      for (let i = loc.line.length - 1; i >= 0; i--) {
        const fid = idKey(loc.line[i].functionId);
        const fn = functions.get(fid);
        if (!fn) throw new PprofShapeError(`location ${idKey(loc.id)} names function ${fid}, which the profile does not define`);
        frames.push(builder.functionId(fn.name || `<unknown function ${fid}>`, fn.file, '', fn.line));
      }
      if (frames.length === 0) {
        const module = mappingFiles.get(idKey(loc.mappingId)) ?? '';
        frames.push(builder.functionId(unsymbolizedName(module), '', module));
      }
      const id = idKey(loc.id);
      if (id === '0' || locations.has(id)) throw new PprofShapeError(duplicateId('location', id));
      locations.set(id, frames);
    }

    const values = new Float64Array(typeCount);
    const smallest = new Float64Array(typeCount).fill(Infinity);
    const path: number[] = [];
    const filter = label ? new LabelFilter(label) : undefined;
    for (const [s, sample] of decoded.sample.entries()) {
      if (sample.value.length !== typeCount) {
        throw new PprofShapeError(`a sample has ${sample.value.length} values, expected one per sample type (${typeCount})`);
      }
      if (filter) {
        for (const l of sample.label) if (toNumber(l.str) !== 0) filter.sawKey(str(l.key, 'label'));
        const match = sample.label.find((l) => toNumber(l.str) !== 0 && str(l.key, 'label') === filter.options.key);
        if (!filter.keep(match ? str(match.str, 'label') : '')) continue;
      }
      for (let t = 0; t < typeCount; t++) {
        const v = (values[t] = toNumber(sample.value[t]));
        if (v < 0) throw negativeValue(v, s, sampleTypes[t]);
        if (v > 0 && v < smallest[t]) smallest[t] = v;
      }
      path.length = 0;
      for (let i = sample.locationId.length - 1; i >= 0; i--) {
        const lid = idKey(sample.locationId[i]);
        const frames = locations.get(lid);
        if (!frames) throw new PprofShapeError(`a sample names location ${lid}, which the profile does not define`);
        for (const fn of frames) path.push(fn);
      }
      builder.addStack(path, values, 1);
    }

    let defaultSampleType = typeCount - 1; // as pprof: the last type unless one is named
    const named = toNumber(decoded.defaultSampleType);
    if (named > 0) {
      const name = str(named, 'default_sample_type');
      const index = sampleTypes.findIndex((t) => t.type === name);
      if (index >= 0) defaultSampleType = index;
    }
    const periodValue = toNumber(decoded.period);
    const period = decoded.periodType && periodValue > 0 ? { value: periodValue, unit: str(decoded.periodType.unit, 'period_type') } : undefined;
    const notes = builder.notes();
    const eventValues = eventValuesOf(sampleTypes, period, smallest, notes);
    return { profile: { format: 'pprof', sampleTypes, defaultSampleType, tree: builder.build(), ...(period ? { period } : {}), ...profileTime(toNumber(decoded.timeNanos)), ...(filter ? { labels: filter.result() } : {}), eventValues, notes } };
  } catch (error) {
    if (error instanceof PprofShapeError) return { reason: `a broken pprof profile: ${error.message}` };
    throw error;
  }
}

class PprofShapeError extends Error {}

