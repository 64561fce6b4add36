// Reads the profile files of each side: globs expanded, formats detected, one sample type
// chosen for all runs, incompatible profiles refused. The only core-facing file reader.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { InputError, quote } from '../errors';
import type { Run } from '../model/run';
import { parseProfile, type OpenedFile, type ParseOptions } from '../formats/detect';
import { fileBytes, HEAD_BYTES } from '../formats/text-lines';
import { DEFAULT_MAX_DECOMPRESSED } from '../formats/gzip';
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
      matched = globFiles(pattern).sort(naturalCompare);
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

/**
 * The files a glob matches, named relative to the working directory as tinyglobby names
 * them. The walk starts at the glob's fixed directory: tinyglobby given an absolute
 * pattern outside the working directory walked from their common ancestor (97 ms from
 * /tmp for five files in /work, twice per run; a runner's baseline sits in RUNNER_TEMP).
 */
function globFiles(pattern: string): string[] {
  const parts = pattern.split('/');
  const magic = parts.findIndex((part) => /[*?[\]{}()!]/.test(part));
  if (magic <= 0) return globSync(pattern, { onlyFiles: true, expandDirectories: false });
  const base = parts.slice(0, magic).join('/') || '/';
  const cwd = process.cwd();
  return globSync(parts.slice(magic).join('/'), { cwd: base, onlyFiles: true, expandDirectories: false })
    .map((file) => relative(cwd, resolve(base, file)));
}

function tryStat(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Orders `run-2` before `run-10`. */
export function naturalCompare(a: string, b: string): number {
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
    const where = `${side} ${quote(file)}`;
    const failed = (error: unknown): never => {
      throw error instanceof InputError ? error : cannotRead(where, error);
    };
    let fd: number;
    try {
      fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (error) {
      return failed(error);
    }
    try {
      let opened: OpenedFile & { stat: Stats };
      try {
        opened = openProfileFile(fd, where, options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED);
      } catch (error) {
        return failed(error);
      }
      const profile = parseProfile(opened, where, options);
      // Text is read from the file in pieces, and perf script of several events twice: a
      // file rewritten or cut meanwhile would mix two profiles, so one whose size or time
      // moved is refused.
      const before = opened.stat;
      const after = fstatSync(fd);
      if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw new InputError(`${where}: changed while it was read (its size or modification time moved); expected a profile its profiler has finished writing`);
      return { source: file, profile };
    } finally {
      closeSync(fd);
    }
  });
}

/**
 * A profile file, opened for parseProfile: plain text is read from it in pieces, the rest
 * whole. Only a regular file is read (a FIFO with no writer waited forever, a character
 * device was read until memory ran out), at most `maxBytes` of it, and a file whose first
 * bytes no format starts with is refused before the rest is read (a 1 GiB sparse file of
 * zeros was read whole to reject its first byte).
 */
function openProfileFile(fd: number, where: string, maxBytes: number): OpenedFile & { stat: Stats } {
  const stat = fstatSync(fd);
  if (!stat.isFile()) throw new InputError(`${where}: ${kindOf(stat)}, expected a regular file holding a profile`);
  if (stat.size > maxBytes) throw new InputError(`${where}: ${stat.size} bytes, over the limit of ${maxBytes} a profile (--max-decompressed-size); expected a smaller profile`);
  const buffer = Buffer.alloc(Math.min(stat.size, HEAD_BYTES));
  const head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  if (head.length > 0 && head[0] === 0) throw new InputError(`${where}: starts with a zero byte, which no profile format does (a sparse or zero-filled file?); expected a profile (pprof, folded stacks, perf script, .cpuprofile, speedscope)`);
  return {
    stat,
    head,
    bytes: fileBytes(fd, stat.size),
    readAll: () => {
      try {
        return readFileSync(fd);
      } catch (error) {
        throw cannotRead(where, error);
      }
    },
  };
}

/** The error line of a file system error reading `where` (its code, else its message). */
function cannotRead(where: string, error: unknown): InputError {
  return new InputError(`${where}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
}

/** What a file that is not a regular one is, for an error line. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a directory';
  return 'not a regular file';
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
  const { sampleType, runs } = selectSampleTypeOf(all, requested);
  return { sampleType, baseline: runs.slice(0, baseline.length), candidate: runs.slice(baseline.length) };
}

/**
 * selectSampleType for profiles of any sides (`side` names each in messages: `baseline`,
 * `profile`): the type asked for, else the first profile's default; the runs in the same order.
 */
export function selectSampleTypeOf(all: { source: string; profile: Profile; side: string }[], requested?: string): { sampleType: SampleType; runs: Run[] } {
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
      // --sample-type helps only where both have a type: else each kind needs its own compare.
      const common = types.filter((t) => findType(first.profile.sampleTypes, t.type) >= 0);
      const advice = common.length > 0 ? `both have ${listTypes(common)}: pick one with --sample-type` : 'they share no sample type: compare each kind on its own (in the action, a step and a key each)';
      throw new InputError(`${p.side} ${quote(p.source)}: measures ${theirs.type}/${theirs.unit}, not ${wanted.type}/${wanted.unit} like ${first.side} ${quote(first.source)}; profiles of different kinds cannot be compared (it has ${listTypes(types)}; ${advice})`);
    }
    const scale = getUnitScale(types[index].unit);
    if (scale.dimension !== wantedScale.dimension) {
      throw new InputError(`${p.side} ${quote(p.source)}: ${wanted.type} is in ${types[index].unit}, but in ${wanted.unit} in ${first.side} ${quote(first.source)}; expected the same unit`);
    }
    return { source: p.source, profile: p.profile, typeIndex: index, scale: scale.scale / wantedScale.scale };
  };
  return { sampleType: wanted, runs: all.map(toRun) };
}

/** Finds a sample type by name (`cpu`) or name and unit (`cpu/nanoseconds`). */
function findType(types: SampleType[], name: string): number {
  const exact = types.findIndex((t) => t.type === name || `${t.type}/${t.unit}` === name);
  return exact >= 0 ? exact : types.findIndex((t) => t.type.toLowerCase() === name.toLowerCase());
}

export function listTypes(types: SampleType[]): string {
  return types.map((t) => `${t.type}/${t.unit}`).join(', ');
}
