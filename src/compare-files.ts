// Files in, report out: what the CLI and the action both do once their options are known.
import { existsSync, readFileSync } from 'node:fs';
import type { Normalize } from './model/run';
import { compareProfiles, type CompareResult } from './engine';
import { InputError, quote } from './errors';
import type { ParseOptions } from './formats/detect';
import { DEFAULT_MAX_DECOMPRESSED } from './formats/gzip';
import { expandInputs, selectSampleType } from './load/load-runs';
import type { Profile } from './model/call-tree';
import { readIntoSharedTable, readProfilesInParallel } from './load/parse-pool';
import { startProgress } from './load/progress';
import { timing } from './timing';
import { defaultConfig, parseConfig, type Config } from './rules/config';

// What the report says of the runners, for scripts/calibrate.js (which bundles this file).
export { runnersDiffered } from './report/format';

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

interface Plan {
  config: Config;
  normalize: Normalize;
  options: ParseOptions;
  baseline: string[];
  candidate: string[];
}

function plan(request: CompareRequest): Plan {
  const config = loadConfig(request.configPath);
  return {
    config,
    normalize: request.normalize ?? config.normalize ?? 'none',
    options: { maxDecompressedBytes: request.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED },
    // No baseline at all (first run, record mode): the report says no-baseline.
    baseline: request.baseline.length === 0 ? [] : expandInputs(request.baseline, 'baseline'),
    candidate: expandInputs(request.candidate, 'candidate'),
  };
}

type Parsed = { source: string; profile: Profile }[];

function finish(request: CompareRequest, p: Plan, baseline: Parsed, candidate: Parsed): CompareResult {
  const selected = selectSampleType(baseline, candidate, request.sampleType ?? p.config.sampleType);
  const notes = [...baseline, ...candidate].flatMap((run) => run.profile.notes.map((n) => `${run.source}: ${n}`));
  return compareProfiles(selected.baseline, selected.candidate, selected.sampleType, { normalize: p.normalize, config: p.config, notes });
}

/** Reads both sides' files, compares them and returns the report. Throws InputError. */
export function compareFiles(request: CompareRequest): CompareResult {
  const p = plan(request);
  const parsed = readIntoSharedTable(sideFiles(p), p.options);
  return finish(request, p, parsed.slice(0, p.baseline.length), parsed.slice(p.baseline.length));
}

/** Both sides' files, baseline first, each with its side. */
function sideFiles(p: Plan): { file: string; side: string }[] {
  return [...p.baseline.map((file) => ({ file, side: 'baseline' })), ...p.candidate.map((file) => ({ file, side: 'candidate' }))];
}

/**
 * As compareFiles, with the files parsed on all cores (see parse-pool.ts); with
 * `progressTo`, a terminal, a progress line shows while large inputs are read.
 */
export async function compareFilesInParallel(request: CompareRequest, progressTo?: { isTTY?: boolean; write(text: string): unknown }): Promise<CompareResult> {
  const p = plan(request);
  const files = sideFiles(p);
  timing('first profile read');
  const { progress, end } = progressTo ? startProgress(progressTo, files.map((f) => f.file)) : { progress: undefined, end: () => undefined };
  let parsed;
  try {
    parsed = await readProfilesInParallel(files, p.options, progress);
  } finally {
    end();
  }
  const result = finish(request, p, parsed.slice(0, p.baseline.length), parsed.slice(p.baseline.length));
  timing('compared');
  return result;
}
