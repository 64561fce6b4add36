// What both pprof readers (pprof-fast.ts, the fast walk; pprof.ts, the exact reference) say
// alike: the names of frames without symbols, and the errors for ids and negative values.
import { UnusableProfile } from '../model/call-tree';
import type { SampleType } from '../model/units';

/**
 * The name of a location without symbols: its binary or library (`[server]`, `[libc.so.6]`),
 * as `go tool pprof` groups what it cannot symbolize. Its address is no identity: a
 * rebuild moves the program's code, and ASLR a library's base. `[unknown]` without a mapping.
 */
export function unsymbolizedName(module: string): string {
  if (module === '') return '[unknown]';
  const base = module.replace(/^.*[/\\]/, '');
  return base.startsWith('[') ? base : `[${base}]`;
}

/** The message for two entries of one table with one id, as `go tool pprof` refuses them ("multiple functions with same id"). */
export function duplicateId(what: string, id: number | string): string {
  if (id === 0 || id === '0') return `a ${what} with the reserved id 0, expected ids from 1 (go tool pprof refuses it too)`;
  return `more than one ${what} with the id ${id}, expected each ${what} id once (go tool pprof refuses them too)`;
}

/**
 * The error for a sample value below zero: what `go tool pprof -proto -diff_base` saves (the
 * base's samples negated, labelled `pprof::base`), a difference of two profiles, not one.
 */
export function negativeValue(value: number, sample: number, type: SampleType): UnusableProfile {
  return new UnusableProfile(
    `sample ${sample} has the value ${value} (${type.type}/${type.unit}), below zero: a saved difference of two profiles (pprof -diff_base -proto), not a profile`,
    'the two profiles it was made from, as --baseline and --candidate',
  );
}

/**
 * A profile's `time` from pprof's time_nanos (ns since the Unix epoch), in ms; nothing when
 * absent, zero or not a date from 1970 to 2200 (a hostile value stays out of the report).
 */
export function profileTime(timeNanos: number): { time?: number } {
  const ms = timeNanos / 1e6;
  return Number.isFinite(ms) && ms > 0 && ms < Date.UTC(2200, 0, 1) ? { time: ms } : {};
}
