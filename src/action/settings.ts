// The action's inputs, parsed once into a typed Settings object. Input names are a
// contract (action.yml): each is written here once.
import * as core from '@actions/core';
import { InputError, quote } from '../errors';
import { MAX_KEY_LENGTH } from '../github/key';
import type { Normalize } from '../model/run';
import { parseMaxGrowth, type MaxGrowth } from '../rules/config';

export const INPUT = {
  candidate: 'candidate',
  baseline: 'baseline',
  key: 'key',
  sampleType: 'sample-type',
  normalize: 'normalize',
  config: 'config',
  failOnRegression: 'fail-on-regression',
  githubToken: 'github-token',
  comment: 'comment',
  images: 'images',
  imageBranch: 'image-branch',
  mode: 'mode',
  retentionDays: 'retention-days',
  recordBranches: 'record-branches',
  maxGrowth: 'max-growth',
  tag: 'tag',
} as const;

/** The action's outputs (action.yml), each name written here once. */
export const OUTPUT = {
  verdict: 'verdict',
  regressions: 'regressions',
  baselineSha: 'baseline-sha',
  commentUrl: 'comment-url',
  report: 'report',
  svg: 'svg',
  png: 'png',
  html: 'html',
} as const;

/** What the workflow asked for. */
export interface Settings {
  /** Paths or globs of this run's profiles (required). */
  candidate: string[];
  /** Paths or globs of the baseline's profiles; empty means none was given. */
  baseline: string[];
  /** Report key, naming this comparison among several in one repository (default `default`). */
  key: string;
  /** Mode comment: the keys whose reports go in one comment (the `key` input's lines, globs allowed); else [key]. */
  keys: string[];
  /** Sample type to compare; default: the profile's default type. */
  sampleType?: string;
  /** Normalization; default from the rules file, else `none`. */
  normalize?: Normalize;
  /** Rules file; default .github/flamegate.yml when it exists. */
  config?: string;
  /** Fail the step on a `fail` verdict (default true); false only reports. */
  failOnRegression: boolean;
  /** Token for the GitHub API (default the workflow's token). */
  githubToken: string;
  /** When to comment on the pull request: always (default), on-regression, never. */
  comment: 'always' | 'on-regression' | 'never';
  /** Where the PNG goes: auto (branch for a public repository's own PRs, else artifact), branch, artifact, none. */
  images: 'auto' | 'branch' | 'artifact' | 'none';
  /** Branch holding the images (default flamegate-assets). */
  imageBranch: string;
  /** auto (record on a push to the default branch, compare on a pull request), record, compare, comment, or trend (leaks in a series of heap profiles, no baseline). */
  mode: 'auto' | 'record' | 'compare' | 'comment' | 'trend';
  /** Mode trend's limit on a leak's growth, over the rules file's; undefined: the rules file's or 1%. */
  maxGrowth?: MaxGrowth;
  /** Keep only the samples with this label (`service=api`): pprof sample labels, speedscope profile names. */
  tag?: { key: string; value: string };
  /** Days the recorded baseline artifact is kept; undefined: the repository's default. */
  retentionDays?: number;
  /** Globs of branches besides the default branch whose pushes record a baseline in mode auto. */
  recordBranches: string[];
}

/** Returns the settings from the action's inputs; throws InputError on a bad value. */
export function getSettings(): Settings {
  const lines = (name: string) => core.getInput(name).split('\n').map((l) => l.trim()).filter(Boolean);
  const candidate = lines(INPUT.candidate);
  const commentMode = core.getInput(INPUT.mode).trim() === 'comment';
  if (candidate.length === 0 && !commentMode) throw new InputError(`input ${INPUT.candidate}: required, expected the paths or globs of this run's profiles`);
  const normalize = core.getInput(INPUT.normalize).trim();
  if (normalize !== '' && normalize !== 'none' && normalize !== 'total') {
    throw new InputError(`input ${INPUT.normalize}: expected none or total, got ${quote(normalize)}`);
  }
  const fail = core.getInput(INPUT.failOnRegression).trim().toLowerCase() || 'true';
  if (fail !== 'true' && fail !== 'false') throw new InputError(`input ${INPUT.failOnRegression}: expected true or false, got ${quote(fail)}`);
  const comment = core.getInput(INPUT.comment).trim() || 'always';
  if (comment !== 'always' && comment !== 'on-regression' && comment !== 'never') {
    throw new InputError(`input ${INPUT.comment}: expected always, on-regression or never, got ${quote(comment)}`);
  }
  const images = core.getInput(INPUT.images).trim() || 'auto';
  if (images !== 'auto' && images !== 'branch' && images !== 'artifact' && images !== 'none') {
    throw new InputError(`input ${INPUT.images}: expected auto, branch, artifact or none, got ${quote(images)}`);
  }
  const mode = core.getInput(INPUT.mode).trim() || 'auto';
  if (mode !== 'auto' && mode !== 'record' && mode !== 'compare' && mode !== 'comment' && mode !== 'trend') {
    throw new InputError(`input ${INPUT.mode}: expected auto, record, compare, comment or trend, got ${quote(mode)}`);
  }
  const maxGrowth = core.getInput(INPUT.maxGrowth).trim();
  if (maxGrowth !== '' && mode !== 'trend') throw new InputError(`input ${INPUT.maxGrowth}: only mode trend reads it (a leak's limit), but mode is ${mode}; expected mode: trend, or no max-growth`);
  const retention = core.getInput(INPUT.retentionDays).trim();
  if (retention !== '' && !/^[1-9]\d*$/.test(retention)) throw new InputError(`input ${INPUT.retentionDays}: expected a number of days such as 90, got ${quote(retention)}`);
  const keys = lines(INPUT.key).map(parseKey);
  if (keys.length > 1 && mode !== 'comment') {
    throw new InputError(`input ${INPUT.key}: expected one key, got ${keys.length} lines (several keys in one comment is mode comment's: see README, one comment for a matrix)`);
  }
  const tag = core.getInput(INPUT.tag).trim();
  const at = tag.indexOf('=');
  if (tag !== '' && (at <= 0 || at === tag.length - 1)) throw new InputError(`input ${INPUT.tag}: expected KEY=VALUE such as service=api, got ${quote(tag)}`);
  return {
    candidate,
    baseline: lines(INPUT.baseline),
    ...(tag ? { tag: { key: tag.slice(0, at), value: tag.slice(at + 1) } } : {}),
    key: keys.length === 1 ? keys[0] : keys.length === 0 ? 'default' : keys.join(' '),
    keys: keys.length > 0 ? keys : ['default'],
    sampleType: core.getInput(INPUT.sampleType).trim() || undefined,
    normalize: (normalize || undefined) as Normalize | undefined,
    config: core.getInput(INPUT.config).trim() || undefined,
    failOnRegression: fail === 'true',
    githubToken: core.getInput(INPUT.githubToken).trim(),
    comment,
    images,
    imageBranch: core.getInput(INPUT.imageBranch).trim() || 'flamegate-assets',
    mode,
    retentionDays: retention ? Number(retention) : undefined,
    recordBranches: lines(INPUT.recordBranches),
    ...(maxGrowth ? { maxGrowth: parseMaxGrowth(maxGrowth, `input ${INPUT.maxGrowth}`) } : {}),
  };
}

/**
 * The report key, checked once: it names the artifacts, the comment's marker and the
 * image folders (as github/key.ts's keySlug), so a key longer than they keep is refused
 * rather than cut into another key's name.
 */
function parseKey(key: string): string {
  if (key.length > MAX_KEY_LENGTH) throw new InputError(`input ${INPUT.key}: expected at most ${MAX_KEY_LENGTH} characters, got ${quote(key)} (${key.length})`);
  return key;
}
