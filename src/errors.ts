import { visible } from './text';

/**
 * The user's mistakes: a bad option, an unreadable profile, a broken rule. The message is
 * one line that says where, what was found and what was expected; the edge prints it and
 * exits 2. Everything that is not an InputError is a bug or an infrastructure failure.
 */
export class InputError extends Error {
  override name = 'InputError';

  /** The message is kept to one line: text quoted from the input may hold line breaks. */
  constructor(message: string) {
    super(message.replace(/[\r\n\u2028\u2029]+/g, ' '));
  }
}

/** Quotes a value for an error message: short, one line, control characters made visible. */
export function quote(value: string, max = 200): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `'${visible(cut)}'`;
}

/** Shows a value read from input in a message: a finite number as it is, anything else quoted. */
export function quoteValue(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : quote(String(value));
}

/** Describes a value read from a settings file for an error line: `"abc"`, `a list`, `nothing`, `12`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
