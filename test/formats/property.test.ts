// Property tests: random and mutated inputs of every format parse or give the input error,
// never crash or hang; folded and pprof profiles survive a round trip.
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { Function as PprofFunction, Line, Location, Profile as PprofProfile, Sample, StringTable, ValueType } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { analyze } from '../../src/engine';
import { reportJson } from '../../src/report/json';
import { validateReport } from '../../src/report/validate';
import { defaultConfig } from '../../src/rules/config';
import { parseProfile } from '../../src/formats/detect';
import { renderFolded } from '../../src/formats/folded';
import { computeFunctionValues } from '../../src/diff/align';
import type { Profile } from '../../src/model/call-tree';
import { EXAMPLES } from '../fixtures';
import { join } from 'node:path';

// A fixed seed keeps CI repeatable; FLAMEGATE_FUZZ=1 draws new cases every run.
if (!process.env.FLAMEGATE_FUZZ) fc.configureGlobal({ seed: 20_261_124 });

/**
 * Parses, and accepts an InputError, or a profile whose comparison with itself gives a
 * report its own schema accepts (finite numbers, every cap); anything else fails the property.
 */
function parsesOrRefuses(bytes: Uint8Array): boolean {
  try {
    const profile = parseProfile(bytes, 'x');
    const run = { source: 'x', profile, typeIndex: profile.defaultSampleType, scale: 1 };
    const { report } = analyze({ baseline: [run], candidate: [run], sampleType: profile.sampleTypes[profile.defaultSampleType], normalize: 'none', config: defaultConfig(), notes: [] });
    validateReport(JSON.parse(reportJson(report)), 'the report of x');
    return true;
  } catch (error) {
    if (error instanceof InputError && !error.message.includes('\n')) return true;
    throw error;
  }
}

function valuesByName(profile: Profile): Record<string, [number, number]> {
  const v = computeFunctionValues(profile.tree, 0);
  return Object.fromEntries(profile.tree.names.map((n, i) => [n, [v.self[i], v.total[i]]] as const).filter(([, [s, t]]) => s !== 0 || t !== 0));
}

const pprofBytes = gunzipSync(readFileSync(join(EXAMPLES, 'baseline-1.cpu.pb.gz')));
const foldedText = Buffer.from('main;a;b 3\nmain;a;c 5\nmain;d 2\n');
const cpuprofileText = Buffer.from(JSON.stringify({
  nodes: [{ id: 1, callFrame: { functionName: '(root)' }, children: [2] }, { id: 2, callFrame: { functionName: 'main', url: 'file:///a.js' }, children: [3] }, { id: 3, callFrame: { functionName: 'work' } }],
  startTime: 0, endTime: 30, samples: [2, 3, 3], timeDeltas: [0, 10, 10],
}));

const perfText = Buffer.from([
  'java 3244 [001] 12.345: 250000 cycles:u: ',
  '\t    7f1e214c24d9 StealTask::do_it(GCTaskManager*, unsigned int) (/usr/lib/libjvm.so)',
  '\t    ffffffff8104f45a native_safe_halt+0x6 ([kernel.kallsyms])',
  '\t    7f1e2162ad70 [unknown] (/lib/libc.so)',
  '',
  'java 3244 [001] 12.346: 250000 instructions: ',
  '\t    7f1e2162ad6f Lorg/mozilla/Foo;.call(Lorg/Bar;)V (/tmp/perf-3236.map)',
  '',
].join('\n'));
const traceText = Buffer.from(JSON.stringify({ traceEvents: [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
  { name: 'Profile', ph: 'P', pid: 1, tid: 1, id: '0x1', args: { data: { startTime: 100 } } },
  { name: 'ProfileChunk', ph: 'P', pid: 1, tid: 1, id: '0x1', args: { data: { cpuProfile: { nodes: [{ id: 1, callFrame: { functionName: '(root)' } }, { id: 2, parent: 1, callFrame: { functionName: 'alpha', url: 'https://x/app.js', lineNumber: 3 } }], samples: [2, 2, 1] }, timeDeltas: [10, 100, 100], endTime: 500 } } },
] }));
const heapText = Buffer.from(JSON.stringify({ head: { callFrame: { functionName: '(root)', url: '' }, selfSize: 0, id: 1, children: [{ callFrame: { functionName: 'main', url: 'file:///a/s.js' }, selfSize: 1024, id: 2, children: [{ callFrame: { functionName: 'build', url: 'file:///a/s.js' }, selfSize: 4096, id: 3, children: [] }] }] }, samples: [] }));
const utf16Text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('main;a 3\r\nmain;b 4\r\n', 'utf16le')]);
const speedscopeText = Buffer.from(JSON.stringify({
  $schema: 'https://www.speedscope.app/file-format-schema.json',
  shared: { frames: [{ name: 'main' }, { name: 'work', file: 'a.py' }] },
  profiles: [
    { type: 'sampled', unit: 'milliseconds', samples: [[0, 1], [0]], weights: [3, 1] },
    { type: 'evented', unit: 'milliseconds', events: [{ type: 'O', frame: 0, at: 0 }, { type: 'O', frame: 1, at: 1 }, { type: 'C', frame: 1, at: 4 }, { type: 'C', frame: 0, at: 5 }] },
  ],
}));

/** A mutation of a byte array: cut, flip bytes, or splice in random bytes. */
const mutation = (base: Uint8Array) => fc.oneof(
  fc.nat({ max: base.length }).map((n) => base.subarray(0, n)),
  fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
    const copy = Uint8Array.from(base);
    for (const [at, value] of flips) copy[at] = value;
    return copy;
  }),
  fc.tuple(fc.nat({ max: base.length }), fc.uint8Array({ maxLength: 64 })).map(([at, junk]) => Buffer.concat([base.subarray(0, at), junk, base.subarray(at)])),
);

describe('no input crashes or hangs the importers', () => {
  it('random bytes, raw and gzipped', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), (bytes, gz) => parsesOrRefuses(gz ? gzipSync(bytes) : bytes)), { numRuns: 300 });
  });
  for (const [name, base] of [['pprof', pprofBytes], ['folded', foldedText], ['.cpuprofile', cpuprofileText], ['perf script', perfText], ['speedscope', speedscopeText], ['Chrome trace', traceText], ['.heapprofile', heapText], ['UTF-16 folded', utf16Text]] as const) {
    it(`mutated ${name}, raw and gzipped`, () => {
      fc.assert(fc.property(mutation(base), fc.boolean(), (bytes, gz) => parsesOrRefuses(gz ? gzipSync(bytes) : bytes)), { numRuns: 300 });
    });
  }
});

// Frame names: anything but the folded separators, never empty.
const frameName = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((s) => !/[;\r\n]/.test(s) && s.trim() === s && s !== '');
const stacks = fc.array(fc.tuple(fc.array(fc.constantFrom('main', 'a', 'b', 'c'), { minLength: 1, maxLength: 6 }).chain((base) => fc.tuple(fc.constant(base), fc.option(frameName))), fc.integer({ min: 1, max: 1000 })), { minLength: 1, maxLength: 40 })
  .map((list) => list.map(([[frames, extra], count]) => ({ frames: extra ? [...frames, extra] : frames, count })));

describe('round trips', () => {
  it('folded: parse, write, parse again gives the same profile', () => {
    fc.assert(fc.property(stacks, (list) => {
      const text = list.map((s) => `${s.frames.join(';')} ${s.count}`).join('\n');
      const first = parseProfile(Buffer.from(text), 'x');
      const again = parseProfile(Buffer.from(renderFolded(first.tree)), 'y');
      expect(valuesByName(again)).toEqual(valuesByName(first));
      expect(renderFolded(again.tree)).toBe(renderFolded(first.tree));
    }), { numRuns: 200 });
  });

  it('pprof written by pprof-format reads back with the values it was given', () => {
    fc.assert(fc.property(stacks, fc.boolean(), (list, gz) => {
      const strings = new StringTable();
      const names = [...new Set(list.flatMap((s) => s.frames))];
      const fnId = (n: string) => names.indexOf(n) + 1;
      const profile = new PprofProfile({
        sampleType: [new ValueType({ type: strings.dedup('samples'), unit: strings.dedup('count') })],
        function: names.map((n) => new PprofFunction({ id: fnId(n), name: strings.dedup(n) })),
        location: names.map((n) => new Location({ id: fnId(n), line: [new Line({ functionId: fnId(n) })] })),
        sample: list.map((s) => new Sample({ locationId: [...s.frames].reverse().map(fnId), value: [s.count] })),
        stringTable: strings,
      });
      const encoded = profile.encode();
      const parsed = parseProfile(gz ? gzipSync(encoded) : encoded, 'x');
      const folded = parseProfile(Buffer.from(list.map((s) => `${s.frames.join(';')} ${s.count}`).join('\n')), 'y');
      expect(valuesByName(parsed)).toEqual(valuesByName(folded));
    }), { numRuns: 200 });
  });
});
