// speedscope's file format (py-spy --format speedscope, rbspy, and speedscope's own
// exports): https://www.speedscope.app/file-format-schema.json. Frames are shared; each
// profile (a thread) is sampled (stacks root first, with weights) or evented (open and
// close events with times). All profiles of a file are merged: thread names and ids change
// from run to run, and the comparison is of the program.
import { CallTreeBuilder, type Profile, type SharedTable } from '../model/call-tree';
import { commonRoot, relativeTo } from './frame-names';
import type { SampleType } from '../model/units';
import { quoteValue } from '../errors';
import { LabelFilter, type LabelOptions } from '../model/labels';
import { WindowFilter, type TimeWindow } from '../model/time-window';

/** True when a parsed JSON value looks like a speedscope file. */
export function isSpeedscopeJson(json: unknown): boolean {
  if (!json || typeof json !== 'object') return false;
  const o = json as Record<string, unknown>;
  return (typeof o.$schema === 'string' && o.$schema.includes('speedscope')) || (Array.isArray(o.profiles) && typeof o.shared === 'object' && o.shared !== null);
}

class Shape extends Error {}

/** The sample type of a speedscope unit. */
function sampleTypeOf(unit: unknown): SampleType {
  if (unit === 'bytes') return { type: 'space', unit: 'bytes' };
  if (unit === 'nanoseconds' || unit === 'microseconds' || unit === 'milliseconds' || unit === 'seconds') return { type: 'time', unit };
  return { type: 'samples', unit: 'count' };
}

/** Returns the profile in a parsed speedscope JSON value, or why it is not one. */
export function tryParseSpeedscope(json: unknown, shared?: SharedTable, label?: LabelOptions, window?: TimeWindow): { profile: Profile } | { reason: string } {
  try {
    return { profile: parse(json as Record<string, unknown>, shared, label, window) };
  } catch (error) {
    if (error instanceof Shape) return { reason: `a broken speedscope file: ${error.message}` };
    throw error;
  }
}

/** Seconds per unit of an evented profile's times; throws Shape for a unit that is no time. */
function secondsPer(unit: unknown, p: number): number {
  const seconds: Record<string, number> = { nanoseconds: 1e-9, microseconds: 1e-6, milliseconds: 1e-3, seconds: 1 };
  if (typeof unit === 'string' && unit in seconds) return seconds[unit];
  throw new Shape(`profile ${p} is in ${quoteValue(unit)}, not a time, which --time-range and --skip need`);
}

/** The label a speedscope file's profiles carry: each profile's name (a thread, a service), as `profile`. */
export const SPEEDSCOPE_LABEL = 'profile';

function parse(o: Record<string, unknown>, table?: SharedTable, label?: LabelOptions, window?: TimeWindow): Profile {
  const filter = label ? new LabelFilter(label) : undefined;
  const timeFilter = window ? new WindowFilter(window) : undefined;
  const frames = (o.shared as Record<string, unknown> | undefined)?.frames;
  if (!Array.isArray(frames)) throw new Shape('"shared.frames" is not a list');
  const profiles = o.profiles;
  if (!Array.isArray(profiles) || profiles.length === 0) throw new Shape('"profiles" is not a non-empty list');
  const sampleType = sampleTypeOf((profiles[0] as Record<string, unknown>)?.unit);
  const builder = new CallTreeBuilder(1, 1024, table);
  // A function is its name and file (py-spy's `<module>` of 19 files was one function, and
  // its raw output says `<module> (bench.py)`), the file relative to the files' common directory.
  const root = commonRoot(frames.map((f) => (typeof (f as { file?: unknown } | null)?.file === 'string' ? (f as { file: string }).file : '')));
  const ids = frames.map((frame, i) => {
    const f = frame as Record<string, unknown> | null;
    if (!f || typeof f.name !== 'string') throw new Shape(`frame ${i} has no "name"`);
    const file = typeof f.file === 'string' ? relativeTo(f.file, root) : '';
    const name = f.name === '' ? '[unknown]' : f.name;
    const line = typeof f.line === 'number' ? f.line : 0;
    return builder.functionId(file !== '' && !name.endsWith(`(${file})`) ? `${name} (${file})` : name, file, '', line);
  });
  const frameId = (value: unknown, where: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= ids.length) {
      throw new Shape(`${where} names frame ${quoteValue(value)}, but there are ${ids.length} frames`);
    }
    return ids[value];
  };
  const value = new Float64Array(1);
  const path: number[] = [];
  profiles.forEach((entry, p) => {
    const profile = entry as Record<string, unknown> | null;
    if (!profile || typeof profile !== 'object') throw new Shape(`profile ${p} is not an object`);
    const type = sampleTypeOf(profile.unit);
    if (type.unit !== sampleType.unit) throw new Shape(`profile ${p} is in ${quoteValue(profile.unit)}, profile 0 in ${sampleType.unit}`);
    if (filter) {
      const records = Array.isArray(profile.samples) ? profile.samples.length : Array.isArray(profile.events) ? profile.events.length : 0;
      filter.sawKey(SPEEDSCOPE_LABEL);
      const name = filter.options.key === SPEEDSCOPE_LABEL && typeof profile.name === 'string' ? profile.name : '';
      if (!filter.keep(name, records)) return;
    }
    if (profile.type === 'sampled') {
      if (timeFilter) throw new Shape(`profile ${p} is sampled: its samples have weights, not times, which --time-range and --skip need (an evented profile has them)`);
      const samples = profile.samples;
      const weights = profile.weights;
      if (!Array.isArray(samples)) throw new Shape(`profile ${p} has no "samples" list`);
      if (weights !== undefined && (!Array.isArray(weights) || weights.length !== samples.length)) {
        throw new Shape(`profile ${p} has ${Array.isArray(weights) ? weights.length : 'no'} weights for ${samples.length} samples`);
      }
      samples.forEach((stack, s) => {
        if (!Array.isArray(stack)) throw new Shape(`profile ${p} sample ${s} is not a list of frames`);
        path.length = 0;
        for (const f of stack) path.push(frameId(f, `profile ${p} sample ${s}`));
        const weight = weights ? (weights as unknown[])[s] : 1;
        if (typeof weight !== 'number' || !(weight >= 0 && weight < 2 ** 53)) throw new Shape(`profile ${p} weight ${s} is ${weight === Infinity || (typeof weight === 'number' && weight >= 2 ** 53) ? 'of 2^53 or more' : quoteValue(weight)}, expected a number from 0 to below 2^53`);
        value[0] = weight;
        builder.addStack(path, value, 1);
      });
    } else if (profile.type === 'evented') {
      const events = profile.events;
      if (!Array.isArray(events)) throw new Shape(`profile ${p} has no "events" list`);
      // The frames open at each moment; the innermost one gets the time until the next event.
      const open: number[] = [];
      const nodes: number[] = [0];
      let last = 0;
      // Times in the profile's unit from its startValue: a window is in seconds.
      const toSeconds = timeFilter ? secondsPer(profile.unit, p) : 0;
      const startValue = typeof profile.startValue === 'number' ? profile.startValue : 0;
      events.forEach((raw, e) => {
        const event = raw as Record<string, unknown> | null;
        const at = event?.at;
        if (!event || typeof at !== 'number' || !(Math.abs(at) <= 2 ** 53)) throw new Shape(`profile ${p} event ${e} has ${at === undefined ? 'no time "at"' : `the time ${quoteValue(at)}`}, expected a number within ±2^53`);
        if (at < last && e > 0) throw new Shape(`profile ${p} event ${e} goes back in time (${at} after ${last})`);
        if (open.length > 0 && at > last) {
          // With a window, the part of the interval inside it.
          value[0] = timeFilter ? timeFilter.overlap((last - startValue) * toSeconds, (at - startValue) * toSeconds) / toSeconds : at - last;
          if (value[0] > 0) builder.add(nodes[nodes.length - 1], value, 1);
        }
        last = at;
        const fn = frameId(event.frame, `profile ${p} event ${e}`);
        if (event.type === 'O') {
          open.push(fn);
          nodes.push(builder.child(nodes[nodes.length - 1], fn));
        } else if (event.type === 'C') {
          if (open.pop() !== fn) throw new Shape(`profile ${p} event ${e} closes a frame that is not the innermost open one`);
          nodes.pop();
        } else throw new Shape(`profile ${p} event ${e} has type ${quoteValue(event.type)}, expected "O" or "C"`);
      });
      if (open.length > 0) throw new Shape(`profile ${p} ends with ${open.length} frame(s) still open`);
    } else throw new Shape(`profile ${p} has type ${quoteValue(profile.type)}, expected "sampled" or "evented"`);
  });
  return { format: 'speedscope', sampleTypes: [sampleType], defaultSampleType: 0, tree: builder.build(), ...(filter ? { labels: filter.result() } : {}), ...(timeFilter ? { window: timeFilter.result() } : {}), notes: builder.notes() };
}
