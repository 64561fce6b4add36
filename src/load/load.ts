// The first seam: a compare request in, the runs to compare out (both sides' profiles read,
// one sample type chosen, the rules and the normalization decided). The only stage that
// reads files: profiles (here, on one thread or on all cores, see parse-pool.ts) and the
// rules file.
import { existsSync, readFileSync } from 'node:fs';
import { InputError, quote } from '../errors';
import { DEFAULT_MAX_DECOMPRESSED } from '../formats/gzip';
import type { Profile } from '../model/call-tree';
import type { Normalize, Run } from '../model/run';
import type { SampleType } from '../model/units';
import { defaultConfig, parseConfig, type Config } from '../rules/config';
import { timing } from '../timing';
import { expandInputs, selectSampleType } from './load-runs';
import { readProfilesInParallel } from './parse-pool';
import { startProgress } from './progress';

/** The rules file used when none is named, if it exists. */
export const DEFAULT_CONFIG_PATH = '.github/flamegate.yml';

/** What to compare and how. */
export interface CompareRequest {
  /** Baseline files or globs; empty means there is no baseline (verdict no-baseline). */
  baseline: string[];
  candidate: string[];
  sampleType?: string;
  normalize?: Normalize;
  /** Rules file; undefined means .github/flamegate.yml when it exists, else the built-in rules. */
  configPath?: string;
  maxDecompressedBytes?: number;
  /** Notes of the edge for the report (how the baseline was found), before the importers'. */
  notes?: string[];
}

/** The runs of both sides, ready to analyze (see engine.ts). */
export interface LoadedRuns {
  baseline: Run[];
  candidate: Run[];
  sampleType: SampleType;
  normalize: Normalize;
  config: Config;
  /** What the importers skipped, each with its file. */
  notes: string[];
}

/** Returns the rules: from the named file, else the default file, else the built-in ones. */
export function loadConfig(configPath: string | undefined): Config {
  const path = configPath ?? (existsSync(DEFAULT_CONFIG_PATH) ? DEFAULT_CONFIG_PATH : undefined);
  if (path === undefined) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`rules file ${quote(path)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseConfig(text, `rules file ${quote(path)}`);
}

/**
 * Reads both sides' files (globs expanded; small inputs on this thread into one shared
 * table, large ones on all cores) and chooses the sample type. With `progressTo`, a
 * terminal, a progress line shows while large inputs are read. Throws InputError.
 */
export async function loadRuns(request: CompareRequest, progressTo?: { isTTY?: boolean; write(text: string): unknown }): Promise<LoadedRuns> {
  const config = loadConfig(request.configPath);
  // No baseline at all (first run, record mode): the report says no-baseline.
  const baseline = request.baseline.length === 0 ? [] : expandInputs(request.baseline, 'baseline');
  const candidate = expandInputs(request.candidate, 'candidate');
  const files = [...baseline.map((file) => ({ file, side: 'baseline' })), ...candidate.map((file) => ({ file, side: 'candidate' }))];
  timing('first profile read');
  const { progress, end } = progressTo ? startProgress(progressTo, files.map((f) => f.file)) : { progress: undefined, end: () => undefined };
  let parsed;
  try {
    parsed = await readProfilesInParallel(files, { maxDecompressedBytes: request.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED }, progress);
  } finally {
    end();
  }
  const selected = selectSampleType(parsed.slice(0, baseline.length), parsed.slice(baseline.length), request.sampleType ?? config.sampleType);
  return {
    ...selected,
    normalize: request.normalize ?? config.normalize ?? 'none',
    config,
    notes: [...(request.notes ?? []), ...fileNotes(parsed), ...emptyRuns([...selected.baseline, ...selected.candidate], selected.sampleType)],
  };
}

/**
 * The importers' notes, each said once: a note of one file names it, a note that several
 * files share names the first and counts the rest (ten heap profiles said the same ten times).
 */
export function fileNotes(parsed: { source: string; profile: Profile }[]): string[] {
  const sources = new Map<string, string[]>();
  for (const { source, profile } of parsed) {
    for (const note of new Set(profile.notes)) {
      const list = sources.get(note);
      if (list) list.push(source);
      else sources.set(note, [source]);
    }
  }
  return [...sources].map(([note, files]) => `${files[0]}${files.length > 1 ? ` and ${files.length - 1} more file${files.length === 2 ? '' : 's'}` : ''}: ${note}`);
}

/** A note for each run with nothing of the compared sample type: an empty profile (a heap profile whose objects were freed, a run that crashed) compares as a run that did nothing. */
function emptyRuns(runs: Run[], sampleType: SampleType): string[] {
  return runs.filter((run) => !run.profile.tree.leafSelf[run.typeIndex].some((v) => v !== 0))
    .map((run) => `${run.source}: holds no ${sampleType.type}/${sampleType.unit} (an empty profile): it counts as a run that did nothing`);
}
