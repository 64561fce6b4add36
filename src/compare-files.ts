// Files in, report out: what the CLI and the action both do once their options are known.
import { existsSync, readFileSync } from 'node:fs';
import type { Normalize } from './diff/compare';
import { compareProfiles, type CompareResult } from './engine';
import { InputError, quote } from './errors';
import { DEFAULT_MAX_DECOMPRESSED } from './formats/gzip';
import { expandInputs, readProfiles, selectSampleType } from './load-runs';
import { defaultConfig, parseConfig, type Config } from './rules/config';

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

/** Reads both sides' files, compares them and returns the report. Throws InputError. */
export function compareFiles(request: CompareRequest): CompareResult {
  const config = loadConfig(request.configPath);
  const normalize = request.normalize ?? config.normalize ?? 'none';
  const options = { maxDecompressedBytes: request.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED };
  // No baseline at all (first run, record mode): the report says no-baseline.
  const baseline = request.baseline.length === 0 ? [] : readProfiles(expandInputs(request.baseline, 'baseline'), 'baseline', options);
  const candidate = readProfiles(expandInputs(request.candidate, 'candidate'), 'candidate', options);
  const selected = selectSampleType(baseline, candidate, request.sampleType ?? config.sampleType);
  const notes = [...baseline, ...candidate].flatMap((p) => p.profile.notes.map((n) => `${p.source}: ${n}`));
  return compareProfiles(selected.baseline, selected.candidate, selected.sampleType, { normalize, config, notes });
}
