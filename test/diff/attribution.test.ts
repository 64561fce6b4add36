import { Measure } from '../../src/model/measure';
import { describe, expect, it } from 'vitest';
import { alignTrees } from '../../src/diff/align';
import { attributeGrowth, findCallRelations } from '../../src/explain/attribution';
import { isLibraryFunction } from '../../src/explain/library-frames';
import type { Run } from '../../src/model/run';
import { folded, foldedRuns } from '../profiles';

describe('attribution', () => {
  // main.checksum, called by two handlers, does twice the work through main.spin, a helper
  // that main.compress also calls; main.parse is untouched.
  const base = {
    'runtime.main;main.main;main.handleRequest;main.checksum;main.spin;crypto/sha256.block': 400,
    'runtime.main;main.main;main.handleUpload;main.checksum;main.spin;crypto/sha256.block': 400,
    'runtime.main;main.main;main.compress;main.spin;crypto/sha256.block': 600,
    'runtime.main;main.main;main.parse': 400,
  };
  const cand = { ...base };
  for (const k of Object.keys(cand) as (keyof typeof base)[]) if (k.includes('checksum')) cand[k] = 800;
  const baseline = foldedRuns(folded(base));
  const candidate = foldedRuns(folded(cand));
  const flagged = ['runtime.main', 'main.main', 'main.handleRequest', 'main.handleUpload', 'main.checksum', 'main.spin', 'crypto/sha256.block'];
  const relate = (b: Run[], c: Run[], names: Set<string>) => findCallRelations(alignTrees(b, c), names, new Measure('none', 'count'));
  const relations = relate(baseline, candidate, new Set(flagged));

  it('measures how much of a callee ran under each caller', () => {
    expect(relations.within.get('main.spin')!.get('main.checksum')).toEqual({ baseline: 800, candidate: 1600 });
    expect(relations.within.get('main.spin')!.get('main.main')).toEqual({ baseline: 1400, candidate: 2200 });
    expect(relations.within.get('main.main')!.size).toBe(1);
    expect(relations.totals.get('main.spin')).toEqual({ baseline: 1400, candidate: 2200 });
  });

  it('leads with the function whose growth explains its callers, not a shared helper below it', () => {
    const findings = attributeGrowth(flagged, relations, { isLibrary: (n) => isLibraryFunction(n) });
    expect(findings).toHaveLength(1);
    expect(findings[0].function).toBe('main.checksum');
    expect(findings[0].into).toEqual(['crypto/sha256.block', 'main.spin']);
    expect(findings[0].callers).toEqual(['main.handleRequest', 'main.handleUpload', 'main.main', 'runtime.main']);
  });

  it('keeps independent growth apart', () => {
    const two = ['main.checksum', 'main.parse', 'main.main'];
    const findings = attributeGrowth(two, relate(baseline, foldedRuns(folded({ ...cand, 'runtime.main;main.main;main.parse': 700 })), new Set(two)), { wouldBreak: () => false });
    expect(findings.map((f) => [f.function, f.callers])).toEqual([['main.checksum', ['main.main']], ['main.parse', []]]);
  });

  it('leads with a callee that did not run before (a check that now does work), not with its caller', () => {
    const before = { 'main;run;parse': 500, 'main;run;render': 500, 'main;run': 10 };
    const after = { ...before, 'main;run;validate': 600, 'main;run;validate;check': 380 };
    const flaggedNow = ['run', 'main', 'validate', 'check'];
    const findings = attributeGrowth(flaggedNow, relate(foldedRuns(folded(before)), foldedRuns(folded(after)), new Set(flaggedNow)), { wouldBreak: () => false });
    expect(findings[0].function).toBe('validate');
    expect(findings[0].callers).toEqual(['main', 'run']);
  });

  it('measures growth with the runner drift divided out, so a caller it slowed as a whole stays the path', () => {
    // The candidate's runner is 25% slower: every function's raw growth includes it.
    const before = { 'main;run;parse': 1000, 'main;run;render': 2000, 'main;idle': 1000 };
    const slower = (stacks: Record<string, number>) => Object.fromEntries(Object.entries(stacks).map(([k, v]) => [k, v * 1.25]));
    const after = slower({ ...before, 'main;run;parse': 2000 });
    const names = ['run', 'parse'];
    const relations = relate(foldedRuns(folded(before)), foldedRuns(folded(after)), new Set(names));
    // With the drift out, run grew 1000, all of it in parse.
    expect(attributeGrowth(names, relations, { drift: () => 1.25 }).map((f) => [f.function, f.callers])).toEqual([['parse', ['run']]]);
    // Raw, run grew 2000 and parse carried 1500 of it (75%): run would look like a second
    // cause, ranked after parse (its growth beyond parse's, 500, is the smaller).
    expect(attributeGrowth(names, relations).map((f) => f.function)).toEqual(['parse', 'run']);
  });

  it('leads with the nearest caller a shared helper grew under, and lists the frames between as details', () => {
    // main.spin runs under main.compress too; under main.handle it now runs twice as much,
    // through main.batch (called only by main.handle).
    const before = { 'main;handle;batch;spin': 500, 'main;handle;other': 500, 'main;compress;spin': 1000 };
    const after = { ...before, 'main;handle;batch;spin': 1000 };
    const names = ['main', 'handle', 'batch', 'spin'];
    const findings = attributeGrowth(names, relate(foldedRuns(folded(before)), foldedRuns(folded(after)), new Set(names)));
    expect(findings.map((f) => [f.function, f.callers, f.into])).toEqual([['batch', ['handle', 'main'], ['spin']]]);
  });
});
