import { describe, expect, it } from 'vitest';
import { alignTrees } from '../../src/diff/align';
import { attributeGrowth, findCallRelations, isLibraryFunction } from '../../src/diff/attribution';
import type { Run } from '../../src/diff/compare';
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
  const growth = new Map(flagged.map((f) => [f, f.includes('handle') ? 400 : 800]));
  const relate = (b: Run[], c: Run[], names: Set<string>) => findCallRelations(alignTrees([...b, ...c]), b.length, names, false);
  const relations = relate(baseline, candidate, new Set(flagged));

  it('measures how much of a callee ran under each caller', () => {
    expect(relations.within.get('main.spin')!.get('main.checksum')).toEqual({ baseline: 800, candidate: 1600 });
    expect(relations.within.get('main.spin')!.get('main.main')).toEqual({ baseline: 1400, candidate: 2200 });
    expect(relations.within.get('main.main')!.size).toBe(1);
    expect(relations.totals.get('main.spin')).toEqual({ baseline: 1400, candidate: 2200 });
  });

  it('leads with the function whose growth explains its callers, not a shared helper below it', () => {
    const findings = attributeGrowth(growth, relations, (n) => isLibraryFunction(n));
    expect(findings).toHaveLength(1);
    expect(findings[0].function).toBe('main.checksum');
    expect(findings[0].into).toEqual(['crypto/sha256.block', 'main.spin']);
    expect(findings[0].callers).toEqual(['main.handleRequest', 'main.handleUpload', 'main.main', 'runtime.main']);
  });

  it('keeps independent growth apart', () => {
    const two = new Map([['main.checksum', 800], ['main.parse', 300], ['main.main', 1100]]);
    const findings = attributeGrowth(two, relate(baseline, foldedRuns(folded({ ...cand, 'runtime.main;main.main;main.parse': 700 })), new Set(two.keys())), () => false);
    expect(findings.map((f) => [f.function, f.callers])).toEqual([['main.checksum', ['main.main']], ['main.parse', []]]);
  });

  it('leads with a callee that did not run before (a check that now does work), not with its caller', () => {
    const before = { 'main;run;parse': 500, 'main;run;render': 500, 'main;run': 10 };
    const after = { ...before, 'main;run;validate': 600, 'main;run;validate;check': 380 };
    const flaggedNow = new Map([['run', 980], ['main', 980], ['validate', 980], ['check', 380]]);
    const findings = attributeGrowth(flaggedNow, relate(foldedRuns(folded(before)), foldedRuns(folded(after)), new Set(flaggedNow.keys())), () => false);
    expect(findings[0].function).toBe('validate');
    expect(findings[0].callers).toEqual(['main', 'run']);
  });

  it('tells library frames from project code', () => {
    for (const name of ['runtime.mallocgc', 'encoding/json.Marshal', 'sync.(*Mutex).Lock', 'java/util/HashMap.get', 'std::io::read', 'sys_write_[k]', '(garbage collector)']) {
      expect(isLibraryFunction(name), name).toBe(true);
    }
    for (const name of ['main.encodeJSON', 'github.com/acme/app.(*Server).Handle', 'kafka/log/UnifiedLog.append', 'tokenize', 'app::render']) {
      expect(isLibraryFunction(name), name).toBe(false);
    }
    expect(isLibraryFunction('readFile', 'node:fs')).toBe(true);
  });
});
