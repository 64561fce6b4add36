// Reads the profile files of each side: globs expanded, formats detected, one sample type
// chosen for all runs, incompatible profiles refused. The only core-facing file reader.
import { readFileSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { InputError, quote } from '../errors';
import type { Run } from '../model/run';
import { parseProfile, type ParseOptions } from '../formats/detect';
import { LIMITS, type Profile } from '../model/call-tree';
import { getUnitScale, type SampleType } from '../model/units';

/** Returns the files named by paths and globs, in order, each once. */
export function expandInputs(patterns: string[], side: string): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    let matched: string[];
    const stat = tryStat(pattern);
    if (stat?.isDirectory()) throw new InputError(`${side} ${quote(pattern)}: is a directory, expected a profile file or a glob such as '${pattern.replace(/\/$/, '')}/*.pb.gz'`);
    if (stat) {
      matched = [pattern];
    } else {
      matched = globSync(pattern, { onlyFiles: true, expandDirectories: false }).sort(naturalCompare);
      if (matched.length === 0) {
        throw new InputError(/[*?[{]/.test(pattern)
          ? `${side} ${quote(pattern)}: the glob matched no file`
          : `${side} ${quote(pattern)}: no such file`);
      }
    }
    for (const file of matched) {
      if (files.includes(file)) continue;
      files.push(file);
      if (files.length > LIMITS.runs) throw new InputError(`${side} ${quote(pattern)}: more than ${LIMITS.runs} files, the limit a side; expected at most ${LIMITS.runs} runs (each file is one)`);
    }
  }
  return files;
}

function tryStat(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Orders `run-2` before `run-10`. */
function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The files' total size on disk; files that cannot be read count 0 (their reader says why). */
export function totalSize(files: string[]): number {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Reported by readProfiles, with the reason.
    }
  }
  return bytes;
}

/** Reads and parses each file; the notes say what importers skipped. */
export function readProfiles(files: string[], side: string, options: ParseOptions): { source: string; profile: Profile }[] {
  return files.map((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new InputError(`${side} ${quote(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    return { source: file, profile: parseProfile(bytes, `${side} ${quote(file)}`, options) };
  });
}

/**
 * Chooses the sample type to compare (the one asked for, else the first baseline run's
 * default) and returns the runs. Throws InputError when a run lacks that type or measures
 * something else (CPU time against heap bytes).
 */
export function selectSampleType(
  baseline: { source: string; profile: Profile }[],
  candidate: { source: string; profile: Profile }[],
  requested?: string,
): { sampleType: SampleType; baseline: Run[]; candidate: Run[] } {
  const all = [...baseline.map((p) => ({ ...p, side: 'baseline' })), ...candidate.map((p) => ({ ...p, side: 'candidate' }))];
  if (all.length === 0) throw new InputError('no profiles to read');
  const first = all[0];
  let wanted: SampleType;
  if (requested !== undefined) {
    const index = findType(first.profile.sampleTypes, requested);
    if (index < 0) throw new InputError(`${first.side} ${quote(first.source)}: no sample type ${quote(requested)}; it has ${listTypes(first.profile.sampleTypes)}`);
    wanted = first.profile.sampleTypes[index];
  } else {
    wanted = first.profile.sampleTypes[first.profile.defaultSampleType];
  }
  const wantedScale = getUnitScale(wanted.unit);
  const toRun = (p: (typeof all)[number]): Run => {
    const types = p.profile.sampleTypes;
    const index = findType(types, wanted.type);
    if (index < 0) {
      const theirs = types[p.profile.defaultSampleType];
      throw new InputError(`${p.side} ${quote(p.source)}: measures ${theirs.type}/${theirs.unit}, not ${wanted.type}/${wanted.unit} like ${first.side} ${quote(first.source)}; profiles of different kinds cannot be compared (it has ${listTypes(types)}; pick one with --sample-type)`);
    }
    const scale = getUnitScale(types[index].unit);
    if (scale.dimension !== wantedScale.dimension) {
      throw new InputError(`${p.side} ${quote(p.source)}: ${wanted.type} is in ${types[index].unit}, but in ${wanted.unit} in ${first.side} ${quote(first.source)}; expected the same unit`);
    }
    return { source: p.source, profile: p.profile, typeIndex: index, scale: scale.scale / wantedScale.scale };
  };
  return {
    sampleType: wanted,
    baseline: all.filter((p) => p.side === 'baseline').map(toRun),
    candidate: all.filter((p) => p.side === 'candidate').map(toRun),
  };
}

/** Finds a sample type by name (`cpu`) or name and unit (`cpu/nanoseconds`). */
function findType(types: SampleType[], name: string): number {
  const exact = types.findIndex((t) => t.type === name || `${t.type}/${t.unit}` === name);
  return exact >= 0 ? exact : types.findIndex((t) => t.type.toLowerCase() === name.toLowerCase());
}

function listTypes(types: SampleType[]): string {
  return types.map((t) => `${t.type}/${t.unit}`).join(', ');
}
