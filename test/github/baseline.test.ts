import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgainstManifest, MANIFEST, stageBaseline } from '../../src/github/baseline';
import { BrokenArtifact } from '../../src/github/download';
import { EXAMPLES } from '../fixtures';

describe('the baseline manifest', () => {
  const stage = () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-manifest-'));
    stageBaseline([1, 2].map((i) => join(EXAMPLES, `baseline-${i}.cpu.pb.gz`)), dir);
    return dir;
  };

  it('gives the staged profiles back, in order', () => {
    const dir = stage();
    expect(checkAgainstManifest(dir, 'b').map((p) => p.slice(dir.length + 1))).toEqual(['profiles/baseline-1.cpu.pb.gz', 'profiles/baseline-2.cpu.pb.gz']);
  });

  it('refuses a path listed twice, a changed profile and an extra file', () => {
    const twice = stage();
    const manifest = JSON.parse(readFileSync(join(twice, MANIFEST), 'utf8'));
    manifest.files.push(manifest.files[0]);
    writeFileSync(join(twice, MANIFEST), JSON.stringify(manifest));
    expect(() => checkAgainstManifest(twice, 'b')).toThrow(BrokenArtifact);
    const changed = stage();
    writeFileSync(join(changed, 'profiles', 'baseline-2.cpu.pb.gz'), 'x');
    expect(() => checkAgainstManifest(changed, 'b')).toThrow('b: "profiles/baseline-2.cpu.pb.gz" differs from its manifest\'s size or SHA-256');
    const extra = stage();
    mkdirSync(join(extra, 'more'));
    writeFileSync(join(extra, 'more', 'x.pb.gz'), 'x');
    expect(() => checkAgainstManifest(extra, 'b')).toThrow('b holds 1 entry the record step does not write ("more/x.pb.gz"): refused');
  });
});
