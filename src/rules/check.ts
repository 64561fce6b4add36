// Rules that cannot do anything on the compared profiles: a limit in a unit the sample type
// does not have is a mistake (refused), a pattern that names no function is a note (one
// rules file serves several profile kinds and keys).
import { InputError, quote } from '../errors';
import { getUnitScale, type Dimension, type SampleType } from '../model/units';
import { parsePattern, type Config, type Limits, type Matcher } from './config';

/** The function names of a comparison (its FunctionTable): one per row. */
export interface FunctionNames {
  readonly length: number;
  name(row: number): string;
}

const DIMENSION_WORDS: Record<Dimension, { amount: string; measures: string }> = {
  time: { amount: 'a time', measures: 'time' },
  bytes: { amount: 'bytes', measures: 'bytes' },
  count: { amount: 'a count', measures: 'counts' },
};

/**
 * Checks the rules against what is compared: the sample type and the names of the
 * functions of either side (`comparison.table`). Throws InputError, one line naming every
 * limit whose unit the sample type does not measure (such a rule can never fire); returns
 * a note for each rule whose patterns match no function, with a hint when one is cheap.
 */
export function checkRules(config: Config, sampleType: SampleType, functions: FunctionNames): string[] {
  const dimension = getUnitScale(sampleType.unit).dimension;
  const errors: string[] = [];
  const checkUnit = (limits: Limits, fallback: string) => {
    const absolute = limits.maxAbsoluteIncrease;
    if (absolute === undefined || absolute.dimension === dimension) return;
    errors.push(`${limits.where ?? fallback}.max-absolute-increase is ${quote(absolute.text, 40)} (${DIMENSION_WORDS[absolute.dimension].amount}) but the compared sample type ${quote(`${sampleType.type}/${sampleType.unit}`, 80)} measures ${DIMENSION_WORDS[dimension].measures}: this rule can never fire`);
  };
  config.rules.forEach((rule, i) => checkUnit(rule, `rules[${i}]`));
  if (config.overall) checkUnit(config.overall, 'overall');
  if (errors.length > 0) throw new InputError(errors.join('; '));

  const notes: string[] = [];
  config.rules.forEach((rule, i) => {
    // Stops at the first name matched: a rule for `*` or a package costs a few rows. Only a
    // rule that matches nothing reads every name (and, for its hint, once more).
    if (findMatch(rule.match, functions) >= 0) return;
    const patterns = rule.match.map((m) => quote(m.source, 60)).join(', ');
    notes.push(`${rule.where ?? `rules[${i}]`} (match ${patterns}) matches no function in these profiles${hint(rule.match, functions)}`);
  });
  return notes;
}

/** Returns the first row whose name one of the patterns matches, -1 when none does. */
function findMatch(patterns: Matcher[], functions: FunctionNames): number {
  for (let row = 0; row < functions.length; row++) {
    const name = functions.name(row);
    if (patterns.some((m) => m.test(name))) return row;
  }
  return -1;
}

/**
 * A likely fix for a glob that matches nothing: names are qualified (`example.com/shop.tokenize`,
 * `sync.(*Mutex).Lock`), so a bare `tokenize` usually meant `*tokenize` or `*tokenize*`.
 * One more pass over the names, for all the guesses at once.
 */
function hint(patterns: Matcher[], functions: FunctionNames): string {
  const guesses = patterns
    .filter(({ source }) => !source.startsWith('/') && !source.startsWith('*'))
    .flatMap(({ source }) => (source.endsWith('*') ? [`*${source}`] : [`*${source}`, `*${source}*`]))
    .map((guess) => parsePattern(guess, guess));
  const found: number[] = guesses.map(() => -1);
  for (let row = 0; row < functions.length && found[0] < 0; row++) {
    const name = functions.name(row);
    guesses.forEach((g, i) => {
      if (found[i] < 0 && g.test(name)) found[i] = row;
    });
  }
  // The first guess that matched, in the order written (`*tokenize` before `*tokenize*`).
  const i = found.findIndex((row) => row >= 0);
  return i < 0 ? '' : `; names look like ${quote(functions.name(found[i]), 80)}: did you mean ${quote(guesses[i].source, 62)}?`;
}
