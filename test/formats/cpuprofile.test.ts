import { describe, expect, it } from 'vitest';
import { tryParseCpuProfile } from '../../src/formats/cpuprofile';
import { computeFunctionValues } from '../../src/diff/align';
import { fixture, hasShared, loadFixture } from '../fixtures';
import { readFileSync } from 'node:fs';

const small = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 4] },
    { id: 2, callFrame: { functionName: 'main', url: 'file:///app.js', lineNumber: 0 }, children: [3] },
    { id: 3, callFrame: { functionName: '', url: 'file:///app.js', lineNumber: 9 } },
    { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
  ],
  startTime: 1000,
  endTime: 1100,
  samples: [2, 3, 3, 4],
  timeDeltas: [0, 10, 30, 20],
};

describe('V8 .cpuprofile', () => {
  it('gives each sample the time until the next one, the last until endTime', () => {
    const result = tryParseCpuProfile(small);
    if ('reason' in result) throw new Error(result.reason);
    const { tree, sampleTypes } = result.profile;
    expect(sampleTypes).toEqual([{ type: 'wall', unit: 'microseconds' }, { type: 'samples', unit: 'count' }]);
    const v = computeFunctionValues(tree, 0);
    const get = (name: string) => [v.self[tree.names.indexOf(name)], v.total[tree.names.indexOf(name)]];
    // samples at t=1000 (main), 1010 (anon), 1040 (anon), 1060 (idle); end 1100
    expect(get('main')).toEqual([10, 60]);
    expect(get('(anonymous) file:///app.js:10')).toEqual([50, 50]);
    expect(get('(idle)')).toEqual([40, 40]);
    expect(tree.names).not.toContain('(root)');
    expect(v.sum).toBe(100);
  });

  it('explains what is wrong with a broken profile', () => {
    expect(tryParseCpuProfile({ nodes: [{ id: 1, children: [7] }] })).toEqual({ reason: '.cpuprofile node 1 names child 7, which is not in "nodes"' });
    expect(tryParseCpuProfile({ ...small, timeDeltas: [1] })).toEqual({ reason: '.cpuprofile has 4 samples but 1 timeDeltas' });
    expect(tryParseCpuProfile({ traceEvents: [] })).toEqual({ reason: 'a Chrome trace without a CPU profile (no "ProfileChunk" events with nodes: record it with JavaScript samples on)' });
    expect(tryParseCpuProfile({ samples: [] })).toEqual({ reason: 'JSON without "nodes" or "head" (a V8 .cpuprofile), "traceEvents" (a Chrome trace) or "profiles" and "shared" (speedscope)' });
  });
});

describe.skipIf(!hasShared)('.cpuprofile fixtures', () => {
  it('reads a Chrome profile: per-sample times add up to the recorded span', () => {
    const path = fixture('speedscope', 'Chrome__65__sucrase.cpuprofile');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const profile = loadFixture(path);
    expect(profile.format).toBe('cpuprofile');
    const v = computeFunctionValues(profile.tree, 0);
    const counts = computeFunctionValues(profile.tree, 1);
    expect(counts.sum).toBe(json.samples.length);
    expect(v.sum).toBeCloseTo(json.endTime - json.timeDeltas[0] - json.startTime, 0);
  });

  it('reads the old Node 10 format with a nested head', () => {
    const path = fixture('speedscope', 'node__10.11.0__example.cpuprofile');
    const json = JSON.parse(readFileSync(path, 'utf8'));
    const profile = loadFixture(path);
    expect(profile.format).toBe('cpuprofile');
    expect(computeFunctionValues(profile.tree, 1).sum).toBe(json.samples.length);
    // timestamps holds one more entry than samples: the end of the last one.
    expect(computeFunctionValues(profile.tree, 0).sum).toBe(json.timestamps[json.samples.length] - json.timestamps[0]);
    expect(profile.tree.names).toContain('d');
  });
});
