// The action's inputs, parsed once into a typed Settings object. Input names are a
// contract (action.yml): each is written here once.
import * as core from '@actions/core';
import { InputError, quote } from './errors';
import type { Normalize } from './diff/compare';

export const INPUT = {
  candidate: 'candidate',
  baseline: 'baseline',
  key: 'key',
  sampleType: 'sample-type',
  normalize: 'normalize',
  config: 'config',
  failOnRegression: 'fail-on-regression',
} as const;

/** What the workflow asked for. */
export interface Settings {
  /** Paths or globs of this run's profiles (required). */
  candidate: string[];
  /** Paths or globs of the baseline's profiles; empty means none was given. */
  baseline: string[];
  /** Report key, naming this comparison among several in one repository (default `cpu`... see action.yml). */
  key: string;
  /** Sample type to compare; default: the profile's default type. */
  sampleType?: string;
  /** Normalization; default from the rules file, else `none`. */
  normalize?: Normalize;
  /** Rules file; default .github/flamegate.yml when it exists. */
  config?: string;
  /** Fail the step on a `fail` verdict (default true); false only reports. */
  failOnRegression: boolean;
}

/** Returns the settings from the action's inputs; throws InputError on a bad value. */
export function getSettings(): Settings {
  const lines = (name: string) => core.getInput(name).split('\n').map((l) => l.trim()).filter(Boolean);
  const candidate = lines(INPUT.candidate);
  if (candidate.length === 0) throw new InputError(`input ${INPUT.candidate}: required, expected the paths or globs of this run's profiles`);
  const normalize = core.getInput(INPUT.normalize).trim();
  if (normalize !== '' && normalize !== 'none' && normalize !== 'total') {
    throw new InputError(`input ${INPUT.normalize}: expected none or total, got ${quote(normalize)}`);
  }
  const fail = core.getInput(INPUT.failOnRegression).trim().toLowerCase() || 'true';
  if (fail !== 'true' && fail !== 'false') throw new InputError(`input ${INPUT.failOnRegression}: expected true or false, got ${quote(fail)}`);
  return {
    candidate,
    baseline: lines(INPUT.baseline),
    key: core.getInput(INPUT.key).trim() || 'default',
    sampleType: core.getInput(INPUT.sampleType).trim() || undefined,
    normalize: (normalize || undefined) as Normalize | undefined,
    config: core.getInput(INPUT.config).trim() || undefined,
    failOnRegression: fail === 'true',
  };
}
