// Where each function starts in its file, as every format that says it: pprof's
// Function.start_line (both decoders), V8's callFrame.lineNumber (0-based), speedscope's
// frame line. The action links a regression to this line at the pull request's head.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/model/call-tree';
import { tryParseCpuProfile } from '../../src/formats/cpuprofile';
import { tryParsePprof } from '../../src/formats/pprof';
import { tryParsePprofFast } from '../../src/formats/pprof-fast';
import { tryParseSpeedscope } from '../../src/formats/speedscope';
import { fixture, hasShared } from '../fixtures';

const lineOf = (parsed: { profile: Profile } | { reason: string }, name: string) => {
  if ('reason' in parsed) throw new Error(parsed.reason);
  const { tree } = parsed.profile;
  return tree.lines?.[tree.names.indexOf(name)];
};

describe('source lines', () => {
  it.skipIf(!hasShared)('reads pprof start_line with both decoders (a Go heap profile from Pyroscope)', () => {
    const bytes = gunzipSync(readFileSync(fixture('pyroscope', 'heap_go_truncated_3.pb.gz')));
    for (const parse of [tryParsePprofFast, tryParsePprof]) {
      expect(lineOf(parse(bytes), 'io.ReadAtLeast'), parse.name).toBe(329);
      expect(lineOf(parse(bytes), 'golang.org/x/net/http2.(*Framer).ReadFrame'), parse.name).toBe(493);
    }
  });

  it('reads V8 lineNumber as the 1-based line, and none where it is missing', () => {
    const v8 = tryParseCpuProfile({
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: 'work', url: 'file:///app/src/work.js', lineNumber: 1 }, children: [3] },
        { id: 3, callFrame: { functionName: 'leaf', url: 'file:///app/src/leaf.js' } },
      ],
      startTime: 0, endTime: 3, samples: [2, 3, 3], timeDeltas: [1, 1, 1],
    });
    expect(lineOf(v8, 'work')).toBe(2);
    expect(lineOf(v8, 'leaf')).toBe(0);
  });

  it('reads speedscope frame lines', () => {
    const parsed = tryParseSpeedscope({
      $schema: 'https://www.speedscope.app/file-format-schema.json',
      shared: { frames: [{ name: 'main', file: 'app/main.py', line: 12 }, { name: 'work', file: 'app/work.py', line: 40 }] },
      profiles: [{ type: 'sampled', name: 'p', unit: 'none', startValue: 0, endValue: 2, samples: [[0, 1], [0]], weights: [1, 1] }],
    });
    expect(lineOf(parsed, 'work (app/work.py)')).toBe(40);
    expect(lineOf(parsed, 'main (app/main.py)')).toBe(12);
  });
});
