// The first seam: a compare request in, the runs to compare out (both sides' profiles read,
// one sample type chosen, the rules and the normalization decided). The only stage that
// reads files: profiles (here, on one thread or on all cores, see parse-pool.ts) and the
// rules file.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, quote } from '../errors';
import type { ParseOptions } from '../formats/detect';
import { DEFAULT_MAX_DECOMPRESSED } from '../formats/gzip';
import type { Profile } from '../model/call-tree';
import type { Normalize, Run } from '../model/run';
import type { SampleType } from '../model/units';
import type { TimeWindow } from '../model/time-window';
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
  /**
   * Keep only the samples whose label `key` is `value` ('' for the samples without it):
   * pprof sample labels, speedscope profile names as `profile`. `split`: one value of
   * --split-by, which a side may lack (its code is then all new, or all gone).
   */
  tag?: { key: string; value: string; split?: boolean };
  /** Keep only the samples taken in this window of each profile (seconds from its start): --time-range, --skip. */
  window?: TimeWindow;
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
export async function loadRuns(request: CompareRequest, progressTo?: Terminal): Promise<LoadedRuns> {
  const config = loadConfig(request.configPath);
  const files = sideFiles(request);
  const parsed = await readFiles(files, { maxDecompressedBytes: request.maxDecompressedBytes, ...(request.tag ? { label: request.tag } : {}), ...(request.window ? { window: request.window } : {}) }, progressTo);
  const tagNotes = request.tag ? checkTag(request.tag, parsed) : [];
  const windowNotes = request.window ? checkWindow(request.window, parsed) : [];
  const baselines = files.filter((f) => f.side === 'baseline').length;
  const selected = selectSampleType(parsed.slice(0, baselines), parsed.slice(baselines), request.sampleType ?? config.sampleType);
  return {
    ...selected,
    normalize: request.normalize ?? config.normalize ?? 'none',
    config,
    notes: [...(request.notes ?? []), ...overlap(files), ...windowNotes, ...tagNotes, ...fileNotes(parsed), ...emptyRuns([...selected.baseline, ...selected.candidate], selected.sampleType, request.tag !== undefined || request.window !== undefined)],
  };
}

/**
 * A note when some files, not all, are on both sides (a baseline glob over every run's
 * folder takes in the candidate's files): each such run is compared with itself, which pulls
 * the sides together. The same files on both sides is a check of flamegate, and says nothing.
 */
function overlap(files: { file: string; side: string }[]): string[] {
  const resolved = (side: string) => new Set(files.filter((f) => f.side === side).map((f) => resolve(f.file)));
  const baseline = resolved('baseline');
  const candidate = resolved('candidate');
  const both = [...candidate].filter((file) => baseline.has(file));
  if (both.length === 0 || (both.length === baseline.size && both.length === candidate.size)) return [];
  return [`${both.length} file${both.length === 1 ? ' is' : 's are'} on both sides (${quote(both[0])}${both.length > 1 ? ', ...' : ''}): each is compared with itself, which hides a change; check the globs (baseline ${baseline.size} files, candidate ${candidate.size})`];
}

/** Where a progress line goes: a terminal (a line shows while large inputs are read) or not. */
type Terminal = { isTTY?: boolean; write(text: string): unknown };

/** The request's files by side, globs expanded: the baseline's (none on a first run: the report says no-baseline), then the candidate's. */
function sideFiles(request: CompareRequest): { file: string; side: string }[] {
  const baseline = request.baseline.length === 0 ? [] : expandInputs(request.baseline, 'baseline');
  return [...baseline.map((file) => ({ file, side: 'baseline' })), ...expandInputs(request.candidate, 'candidate').map((file) => ({ file, side: 'candidate' }))];
}

/**
 * Reads and parses `files` (small inputs on this thread into one shared table, large ones on
 * all cores; parse-pool.ts), in their order, each with its side; with `progressTo`, a
 * progress line while large inputs are read. What every command reads through. Throws InputError.
 */
export async function readFiles(
  files: { file: string; side: string }[],
  options: Omit<ParseOptions, 'shared'>,
  progressTo?: Terminal,
): Promise<{ source: string; side: string; profile: Profile }[]> {
  timing('first profile read');
  const { progress, end } = progressTo ? startProgress(progressTo, files.map((f) => f.file)) : { progress: undefined, end: () => undefined };
  try {
    const parsed = await readProfilesInParallel(files, { ...options, maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED }, progress);
    return parsed.map((p, i) => ({ ...p, side: files[i].side }));
  } finally {
    end();
  }
}

/** Values --split-by compares at most: a label of request ids would make thousands of comparisons. */
export const MAX_SPLIT_VALUES = 20;

/**
 * The values label `key` takes in the request's profiles (both sides), for --split-by: in
 * name order, then '', which stands for the samples without the key, when there are any. Reads every
 * file once. Throws InputError when a profile carries no labels, when no sample has the
 * key, or when it takes more than MAX_SPLIT_VALUES values.
 */
export async function labelValues(request: CompareRequest, key: string): Promise<string[]> {
  const parsed = await readFiles(sideFiles(request), { maxDecompressedBytes: request.maxDecompressedBytes, label: { key } });
  const counts = new Map<string, number>();
  parsed.forEach(({ source, side, profile }) => {
    if (!profile.labels) throw new InputError(`--split-by ${key}: ${side} ${quote(source)} is ${profile.format}, which carries no sample labels; expected pprof with labels (Go pprof.Do, Pyroscope tags, @datadog/pprof) or speedscope (its profile names, as profile)`);
    for (const [value, n] of profile.labels.values) counts.set(value, (counts.get(value) ?? 0) + n);
  });
  if (![...counts.keys()].some((v) => v !== '')) throw new InputError(`--split-by ${key}: ${describeValues(key, parsed.map((p) => p.profile))}`);
  if (counts.size > MAX_SPLIT_VALUES) {
    throw new InputError(`--split-by ${key}: it takes ${counts.size} values, more than the ${MAX_SPLIT_VALUES} a split compares; expected a label with few values (a service, an endpoint), or --tag ${key}=VALUE for one of them`);
  }
  // In name order, the samples without the label last: the same order on every run.
  return [...counts.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Checks what --tag kept: every profile must carry labels (pprof, speedscope), and each side
 * (`baseline`, `candidate`; any other side name is checked as one) must keep some samples;
 * returns the report's notes of what was kept. Throws InputError
 * naming the file and the values its key takes.
 */
export function checkTag(tag: { key: string; value: string; split?: boolean }, parsed: { source: string; side: string; profile: Profile }[]): string[] {
  const what = tag.split ? `--split-by ${tag.key}` : `--tag ${tag.key}=${tag.value}`;
  const selection = tag.value === '' ? `the samples without the label ${tag.key}` : `the samples labelled ${tag.key}=${tag.value}`;
  let kept = 0;
  let records = 0;
  for (const { source, side, profile } of parsed) {
    if (!profile.labels) {
      throw new InputError(`${what}: ${side} ${quote(source)} is ${profile.format}, which carries no sample labels; expected pprof with labels (Go pprof.Do, Pyroscope tags, @datadog/pprof) or speedscope (its profile names, as profile=NAME)`);
    }
    kept += profile.labels.kept;
    for (const [, n] of profile.labels.values) records += n;
  }
  const notes = [`kept only ${selection}: ${records > 0 ? ((kept / records) * 100).toFixed(1) : '0'}% of all sample records`];
  for (const side of [...new Set(parsed.map((p) => p.side))]) {
    const runs = parsed.filter((p) => p.side === side);
    if (runs.length === 0 || runs.some((p) => p.profile.labels!.kept > 0)) continue;
    if (tag.split) notes.push(`the ${side} has none of ${selection}: all of it is ${side === 'baseline' ? 'new' : 'gone'}`);
    else throw new InputError(`${what}: no sample of the ${side} has it (${quote(runs[0].source)}${runs.length > 1 ? ` and ${runs.length - 1} more` : ''}); ${describeValues(tag.key, runs.map((p) => p.profile))}`);
  }
  return notes;
}

/** A window as people write it: `2 s to the end`, `from the start to 10 s`, `2 s to 10 s`. */
export function describeWindow(window: TimeWindow): string {
  const s = (v: number) => `${Number(v.toPrecision(6))} s`;
  return `${window.start > 0 ? `from ${s(window.start)}` : 'from the start'} ${Number.isFinite(window.end) ? `to ${s(window.end)}` : 'to the end'}`;
}

/**
 * Checks what a time window kept: every profile must time its samples, and each side must
 * keep some; returns the report's note of what was kept. Throws InputError naming the file.
 */
export function checkWindow(window: TimeWindow, parsed: { source: string; side: string; profile: Profile }[]): string[] {
  const what = `the window ${describeWindow(window)}`;
  let kept = 0;
  let records = 0;
  for (const { source, side, profile } of parsed) {
    if (!profile.window) {
      throw new InputError(`${what}: ${side} ${quote(source)} is ${profile.format}, which records no time per sample; expected perf script, a V8 .cpuprofile or Chrome trace, or a speedscope evented profile`);
    }
    kept += profile.window.kept;
    records += profile.window.records;
  }
  for (const side of [...new Set(parsed.map((p) => p.side))]) {
    const runs = parsed.filter((p) => p.side === side);
    // Kept samples with a value: a window past the last sample kept only its zero-length end.
    if (runs.some((p) => p.profile.window!.kept > 0 && p.profile.tree.leafSelf[p.profile.defaultSampleType].some((v) => v > 0))) continue;
    const spans = runs.map((p) => p.profile.window!.span);
    throw new InputError(`${what}: keeps no sample of the ${side} (${quote(runs[0].source)}${runs.length > 1 ? ` and ${runs.length - 1} more` : ''}), whose samples end ${spans.length > 1 && Math.min(...spans) !== Math.max(...spans) ? `between ${Number(Math.min(...spans).toPrecision(4))} and ${Number(Math.max(...spans).toPrecision(4))}` : Number(Math.max(...spans).toPrecision(4))} s after their start; expected a window inside them`);
  }
  return [`kept the samples ${describeWindow(window)} of each profile: ${records > 0 ? ((kept / records) * 100).toFixed(1) : '0'}% of the sample records`];
}

/** What values a label key takes in some profiles: `service takes upload (54.0%), download (41.2%), none (4.8%)`. */
export function describeValues(key: string, profiles: Profile[]): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    for (const [value, n] of p.labels?.values ?? []) {
      counts.set(value, (counts.get(value) ?? 0) + n);
      total += n;
    }
  }
  const named = [...counts].filter(([v]) => v !== '');
  if (named.length === 0) {
    const keys = [...new Set(profiles.flatMap((p) => p.labels?.keys ?? []))].sort();
    return `no sample is labelled ${key} at all (string labels are read; a numeric one is not a value to select by); expected a label key the profiles carry${keys.length > 0 ? `: ${keys.slice(0, 10).map((k) => quote(k, 60)).join(', ')}${keys.length > 10 ? `, and ${keys.length - 10} more` : ''}` : ' (they carry none)'}`;
  }
  const list = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([v, n]) => `${v === '' ? `(no ${key} label)` : quote(v)} (${((n / total) * 100).toFixed(1)}%)`);
  return `${key} takes ${list.join(', ')}${counts.size > 10 ? `, and ${counts.size - 10} more` : ''}; expected one of them`;
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
function emptyRuns(runs: Run[], sampleType: SampleType, selected: boolean): string[] {
  return runs.filter((run) => !run.profile.tree.leafSelf[run.typeIndex].some((v) => v !== 0))
    .map((run) => `${run.source}: holds no ${sampleType.type}/${sampleType.unit}${selected ? ' among the samples kept' : ' (an empty profile)'}: it counts as a run that did nothing`);
}
