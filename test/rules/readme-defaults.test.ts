// README's "Rules file" block says it is every key with its default: it must be the
// built-in configuration, and a copy of it must work on any profile.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { checkRules } from '../../src/rules/check';
import { defaultConfig, parseConfig, type Config, type Limits } from '../../src/rules/config';

const ROOT = resolve(__dirname, '..', '..');

/** The YAML block of README's "Rules file" section. */
function readmeRulesBlock(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Rules file\n([\s\S]*?)^## /m.exec(readme);
  if (!section) throw new Error('README.md has no "## Rules file" section');
  const block = /^```ya?ml\n([\s\S]*?)^```/m.exec(section[1]);
  if (!block) throw new Error('README.md\'s "Rules file" section has no yaml block');
  return block[1];
}

/** The configuration with patterns as their source text and without where each was set. */
function normalized(config: Config): unknown {
  const limits = ({ where: _where, ...rest }: Limits) => rest;
  return {
    ...config,
    rules: config.rules.map((r) => ({ ...limits(r), match: r.match.map((m) => m.source) })),
    overall: config.overall && limits(config.overall),
    ignore: config.ignore.map((m) => m.source),
  };
}

describe("README's rules block", () => {
  const block = readmeRulesBlock();

  it('is the built-in configuration, key for key', async () => {
    const config = parseConfig(block, 'README rules block', null);
    expect(normalized(config)).toEqual(normalized(defaultConfig()));
    // Keys without a fixed default stay unset (commented out in the block).
    expect(config.sampleType).toBeUndefined();
    expect(config.normalize).toBeUndefined();
    expect(config.drift).toBeUndefined();
  });

  it('copied verbatim, works on a V8 .cpuprofile and on a Go heap profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-readme-'));
    const configPath = join(dir, 'flamegate.yml');
    writeFileSync(configPath, block);
    const node = join(ROOT, 'test', 'data', 'scenarios', 'node-cpuprofile');
    const heap = join(ROOT, 'examples', 'go119');
    for (const [baseline, candidate] of [
      [join(node, 'baseline-1.cpuprofile'), join(node, 'candidate-1.cpuprofile')],
      [join(heap, 'baseline-1.heap.pb.gz'), join(heap, 'candidate-1.heap.pb.gz')],
    ]) {
      const r = await compareFiles({ baseline: [baseline], candidate: [candidate], configPath });
      expect(checkRules(r.config, r.comparison.sampleType, r.comparison.table)).toEqual([]);
    }
  });
});
