import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImage, imagePath } from '../../src/github/images';
import { FakeGitHub } from './server';

let server: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;
const target = { owner: 'acme', repo: 'app', branch: 'flamegate-assets', folder: 'cpu', serverUrl: 'https://github.com' };
const png = (n: number) => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, n]);

beforeEach(async () => {
  server = new FakeGitHub();
  octokit = getOctokit('t', { baseUrl: await server.start(), request: { retries: 0 } });
});
afterEach(async () => server.stop());

describe('image branch', () => {
  it('creates an orphan branch, then appends, linking each image by commit', async () => {
    const first = await commitImage(octokit, target, png(1));
    const commit = server.git.commits.get(first.commit)!;
    expect(commit.parents).toEqual([]);
    expect(first.url).toBe(`https://github.com/acme/app/raw/${first.commit}/${imagePath('cpu', png(1))}`);
    const second = await commitImage(octokit, target, png(2));
    expect(server.git.commits.get(second.commit)!.parents).toEqual([first.commit]);
    const files = server.branchFiles('flamegate-assets');
    expect([...files.keys()].sort()).toEqual([imagePath('cpu', png(1)), imagePath('cpu', png(2))].sort());
    expect(Buffer.from(files.get(first.path)!, 'base64')).toEqual(Buffer.from(png(1)));
  });

  it('tries again when another job moved the branch meanwhile', async () => {
    await commitImage(octokit, target, png(1));
    server.faults.push({ method: 'PATCH', path: /git\/refs\/heads\/flamegate-assets$/, status: 422, times: 1, message: 'Update is not a fast forward' });
    const result = await commitImage(octokit, target, png(3));
    expect(server.branchFiles('flamegate-assets').has(result.path)).toBe(true);
  });

  it('names images by content, so the same picture has the same path', () => {
    expect(imagePath('cpu', png(1))).toBe(imagePath('cpu', png(1)));
    expect(imagePath('cpu', png(1))).not.toBe(imagePath('cpu', png(2)));
    expect(imagePath('../etc', png(1))).toMatch(/^\.\._etc\/[0-9a-f]{16}\.png$/);
  });
});
