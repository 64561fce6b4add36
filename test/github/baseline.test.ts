import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgainstManifest, MANIFEST, stageBaseline } from '../../src/github/baseline';
import { BrokenArtifact } from '../../src/github/download';
import { EXAMPLES } from '../fixtures';

describe('the baseline manifest', () => {
  const stage = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-manifest-'));
    await stageBaseline([1, 2].map((i) => join(EXAMPLES, `baseline-${i}.cpu.pb.gz`)), dir);
    return dir;
  };

  it('gives the staged profiles back, in order', async () => {
    const dir = await stage();
    expect((await checkAgainstManifest(dir, 'b')).map((p) => p.slice(dir.length + 1))).toEqual(['profiles/baseline-1.cpu.pb.gz', 'profiles/baseline-2.cpu.pb.gz']);
  });

  it('refuses a path listed twice, a changed profile and an extra file', async () => {
    const twice = await stage();
    const manifest = JSON.parse(readFileSync(join(twice, MANIFEST), 'utf8'));
    manifest.files.push(manifest.files[0]);
    writeFileSync(join(twice, MANIFEST), JSON.stringify(manifest));
    await expect(checkAgainstManifest(twice, 'b')).rejects.toThrow(BrokenArtifact);
    const changed = await stage();
    writeFileSync(join(changed, 'profiles', 'baseline-2.cpu.pb.gz'), 'x');
    await expect(checkAgainstManifest(changed, 'b')).rejects.toThrow('b: "profiles/baseline-2.cpu.pb.gz" differs from its manifest\'s size or SHA-256');
    const extra = await stage();
    mkdirSync(join(extra, 'more'));
    writeFileSync(join(extra, 'more', 'x.pb.gz'), 'x');
    await expect(checkAgainstManifest(extra, 'b')).rejects.toThrow('b holds 1 entry the record step does not write ("more/x.pb.gz"): refused');
  });

  it('refuses a manifest flamegate does not write: each rule of its schema', async () => {
    const broken = [
      (m: any) => m.files[0].path = 'profiles/../x.pb.gz', // a .. segment
      (m: any) => m.files[0].path = 'elsewhere/x.pb.gz', // outside profiles/
      (m: any) => m.files[0].bytes = 1.5,
      (m: any) => m.files[0].bytes = -1,
      (m: any) => m.files[0].sha256 = 'ABC',
      (m: any) => m.files[0].extra = 1, // a field it never writes
      (m: any) => m.extra = 1,
      (m: any) => m.version = 2,
      (m: any) => m.flamegate = 'report',
      (m: any) => m.files = [],
    ];
    for (const change of broken) {
      const dir = await stage();
      const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
      change(manifest);
      writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
      await expect(checkAgainstManifest(dir, 'b'), String(change)).rejects.toThrow(`b has a ${MANIFEST} flamegate does not write: record the baseline again`);
    }
  });
});
