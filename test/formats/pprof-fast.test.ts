// The direct protobuf walk (pprof-fast.ts) must read every profile exactly as the
// reference decoder built on pprof-format (pprof.ts) does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isGzip } from '../../src/formats/gzip';
import { tryParsePprof } from '../../src/formats/pprof';
import { tryParsePprofFast } from '../../src/formats/pprof-fast';
import { renderFolded } from '../../src/formats/folded';
import { computeFunctionValues } from '../../src/diff/align';
import type { Profile } from '../../src/model/call-tree';
import { EXAMPLES, fixture, hasShared } from '../fixtures';

const SCENARIOS = join(__dirname, '..', 'data', 'scenarios');

/** What a profile says, independent of the order functions were met in. */
function summary(profile: Profile) {
  return {
    sampleTypes: profile.sampleTypes,
    defaultSampleType: profile.defaultSampleType,
    period: profile.period,
    notes: profile.notes,
    values: profile.sampleTypes.map((_, t) => {
      const v = computeFunctionValues(profile.tree, t);
      return profile.tree.names
        .map((name, i) => `${name}\t${v.self[i]}\t${v.total[i]}`)
        .filter((_, i) => v.self[i] !== 0 || v.total[i] !== 0)
        .sort();
    }),
    stacks: profile.sampleTypes.map((_, t) => renderFolded(profile.tree, t).split('\n').sort()),
  };
}

function bothAgree(path: string): void {
  const raw = readFileSync(path);
  const bytes = isGzip(raw) ? gunzipSync(raw) : raw;
  const reference = tryParsePprof(bytes);
  const fast = tryParsePprofFast(bytes);
  if ('reason' in reference) {
    expect('reason' in fast, `${path}: the reference refuses it (${reference.reason})`).toBe(true);
    return;
  }
  expect('profile' in fast, `${path}: ${'reason' in fast ? fast.reason : ''}`).toBe(true);
  if ('profile' in fast) expect(summary(fast.profile)).toEqual(summary(reference.profile));
}

describe('the fast pprof decoder agrees with pprof-format', () => {
  it('on the example and scenario profiles', () => {
    const files = [
      ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.pb.gz')).map((f) => join(EXAMPLES, f)),
      ...['shared-callee', 'improvement', 'heap-growth', 'mutex-from-zero'].flatMap((d) => readdirSync(join(SCENARIOS, d)).map((f) => join(SCENARIOS, d, f))),
    ];
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) bothAgree(file);
  });

  it.skipIf(!hasShared)('on every pprof fixture in ../shared/fixtures', () => {
    const dirs = ['pprof-google', 'pyroscope', 'datadog-pprof-format', 'speedscope'];
    let checked = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(fixture(dir))) {
        const raw = readFileSync(fixture(dir, file));
        const bytes = isGzip(raw) ? gunzipSync(raw) : raw;
        if (bytes.length === 0 || bytes[0] >= 0x20) continue; // text: folded, JSON, perf script
        bothAgree(fixture(dir, file));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(22); // every binary profile in the fixtures
  });
});
