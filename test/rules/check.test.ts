import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { InputError } from '../../src/errors';
import type { SampleType } from '../../src/model/units';
import { checkRules } from '../../src/rules/check';
import { parseConfig } from '../../src/rules/config';

const CPU: SampleType = { type: 'cpu', unit: 'nanoseconds' };
const HEAP: SampleType = { type: 'inuse_space', unit: 'bytes' };
const NAMES = ['main.main', 'example.com/shop.tokenize', 'example.com/shop.tokenizeAll', 'runtime.mallocgc'];
const table = (names: string[]) => ({ length: names.length, name: (row: number) => names[row] });
const check = (yaml: string, sampleType = CPU, names = NAMES) => checkRules(parseConfig(yaml, "rules file 'x.yml'"), sampleType, table(names));
const errorOf = (yaml: string, sampleType: SampleType) => {
  try {
    check(yaml, sampleType);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('rules that can never fire', () => {
  it('refuses a limit in a unit the sample type does not measure, naming the key', async () => {
    expect(errorOf('rules:\n  - match: "*"\n    max-absolute-increase: 50ms\n', HEAP)).toBe(
      "rules file 'x.yml': rules[0].max-absolute-increase is '50ms' (a time) but the compared sample type 'inuse_space/bytes' measures bytes: this rule can never fire",
    );
    // A bare number is a count: on a time profile it is refused, not ignored.
    expect(errorOf('rules:\n  - max-absolute-increase: 1000\n', CPU)).toBe(
      "rules file 'x.yml': rules[0].max-absolute-increase is '1000' (a count) but the compared sample type 'cpu/nanoseconds' measures time: this rule can never fire",
    );
    // Every such limit at once, the overall rule too, in one line.
    expect(errorOf('rules:\n  - max-increase: 1%\n  - max-absolute-increase: 4MB\noverall:\n  max-absolute-increase: 100\n', CPU)).toBe(
      "rules file 'x.yml': rules[1].max-absolute-increase is '4MB' (bytes) but the compared sample type 'cpu/nanoseconds' measures time: this rule can never fire; "
      + "rules file 'x.yml': overall.max-absolute-increase is '100' (a count) but the compared sample type 'cpu/nanoseconds' measures time: this rule can never fire",
    );
  });

  it('accepts a limit in the dimension of the sample type', async () => {
    expect(check('rules:\n  - max-absolute-increase: 4MB\n', HEAP)).toEqual([]);
    expect(check('rules:\n  - max-absolute-increase: 20ms\n', { type: 'wall', unit: 'microseconds' })).toEqual([]);
    expect(check('rules:\n  - max-absolute-increase: 1000\n', { type: 'alloc_objects', unit: 'count' })).toEqual([]);
  });

  it('notes a rule whose patterns match no function, with a hint when one is near', async () => {
    expect(check('rules:\n  - match: "tokenize"\n    max-increase: 1%\n')).toEqual([
      "rules file 'x.yml': rules[0] (match 'tokenize') matches no function in these profiles; names look like 'example.com/shop.tokenize': did you mean '*tokenize'?",
    ]);
    expect(check('rules:\n  - match: ["shop.tokenizeA", "/^zzz/"]\n    max-increase: 1%\n')).toEqual([
      "rules file 'x.yml': rules[0] (match 'shop.tokenizeA', '/^zzz/') matches no function in these profiles; names look like 'example.com/shop.tokenizeAll': did you mean '*shop.tokenizeA*'?",
    ]);
    expect(check('rules:\n  - match: "/^zzz/"\n    max-increase: 1%\n')).toEqual([
      "rules file 'x.yml': rules[0] (match '/^zzz/') matches no function in these profiles",
    ]);
  });

  it('says nothing of a rule one of whose patterns matches, nor of the built-in rules', async () => {
    expect(check('rules:\n  - match: ["nothing", "main.*"]\n    max-increase: 1%\n')).toEqual([]);
    expect(check('alpha: 0.01\n')).toEqual([]);
    expect(check('alpha: 0.01\n', HEAP, [])).toEqual(["built-in rules: rules[0] (match '*') matches no function in these profiles"]);
  });

  it('quotes names from the profiles: control characters are made visible', async () => {
    const [note] = check('rules:\n  - match: "evil"\n    max-increase: 1%\n', CPU, ['x.evil\u001b[31m## injected']);
    expect(note).toBe("rules file 'x.yml': rules[0] (match 'evil') matches no function in these profiles; names look like 'x.evil\\u001B[31m## injected': did you mean '*evil*'?");
    expect(note).not.toMatch(/\u001b/);
  });
});

// The reported cases of issue 13, on the profiles they came with.
const CASES = resolve(__dirname, '..', '..', '..', 'shared', 'cases', 'verdict');
const hasCases = existsSync(join(CASES, 'rules'));
if (!hasCases) console.warn(`skipping the rules-file cases: ${CASES} is absent (place the shared/ folder beside the checkout)`);

describe.skipIf(!hasCases)('the rules-file cases of ../shared/cases/verdict', () => {
  const run = async (rules: string, profiles: string) => {
    const [dir, kind] = profiles.split(':');
    const ext = dir.startsWith('node') ? 'cpuprofile' : 'pb.gz';
    const configPath = join(CASES, 'rules', rules);
    const r = await compareFiles({ baseline: [join(CASES, dir, 'before', `${kind}-1.${ext}`)], candidate: [join(CASES, dir, 'after', `${kind}-1.${ext}`)], configPath });
    return { notes: checkRules(r.config, r.comparison.sampleType, r.comparison.table), file: `rules file '${configPath}'` };
  };

  it('refuses a 50ms limit on a heap profile, and takes it on CPU profiles', async () => {
    await expect(run('abs-50ms-rule.yml', 'go-drift:mem')).rejects.toThrow(
      /^rules file '.*abs-50ms-rule\.yml': rules\[0\]\.max-absolute-increase is '50ms' \(a time\) but the compared sample type 'alloc_space\/bytes' measures bytes: this rule can never fire$/,
    );
    expect((await run('abs-50ms-rule.yml', 'go-drift:cpu')).notes).toEqual([]);
    expect((await run('abs-50ms-rule.yml', 'node-drift:cpu')).notes).toEqual([]);
  });

  it('notes a bare "tokenize", and hints at "*tokenize"', async () => {
    const { notes, file } = await run('rule-matches-nothing.yml', 'go-drift:cpu');
    expect(notes).toEqual([`${file}: rules[0] (match 'tokenize') matches no function in these profiles; names look like 'example.com/shop.tokenize': did you mean '*tokenize'?`]);
    expect((await run('rule-tokenize-1pct.yml', 'go-drift:cpu')).notes).toEqual([]);
  });
});
