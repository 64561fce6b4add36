import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeBody, MAX_COMMENT, parseMarker, upsertComment, type CommentTarget } from '../../src/github/comment';
import { FakeGitHub } from './server';

let server: FakeGitHub;
let octokit: ReturnType<typeof getOctokit>;
const target: CommentTarget = { owner: 'acme', repo: 'app', issue: 7, key: 'cpu', runId: 812, sha: 'abc1234' };
const comments = () => server.comments.get('acme/app#7') ?? [];

beforeEach(async () => {
  server = new FakeGitHub();
  const baseUrl = await server.start();
  octokit = getOctokit('ghs_installation', { baseUrl, request: { retries: 0 } });
});
afterEach(async () => server.stop());

describe('the sticky comment', () => {
  it('is created once and then updated in place, one per key', async () => {
    const first = await upsertComment(octokit, target, 'first');
    expect(first.action).toBe('created');
    const second = await upsertComment(octokit, { ...target, runId: 813 }, 'second');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    await upsertComment(octokit, { ...target, key: 'heap' }, 'heap report');
    expect(comments().map((c) => c.body.split('\n')[0])).toEqual(['second', 'heap report']);
    expect(comments()[0].body.trimEnd().endsWith('<!-- flamegate key=cpu run=813 sha=abc1234 -->')).toBe(true);
  });

  it('finds its comment on any page and ignores other users\' markers', async () => {
    for (let i = 0; i < 150; i++) server.addComment('acme/app', 7, 'someone', `chatter ${i}`);
    server.addComment('acme/app', 7, 'mallory', composeBody('forged', target));
    const mine = server.addComment('acme/app', 7, 'github-actions[bot]', composeBody('old', { ...target, runId: 800 }));
    const result = await upsertComment(octokit, target, 'new');
    expect(result).toMatchObject({ action: 'updated', id: mine.id });
    expect(comments().find((c) => c.user.login === 'mallory')!.body).toContain('forged');
    expect(comments()).toHaveLength(152);
  });

  it('is never overwritten by a run older than the one that wrote it', async () => {
    await upsertComment(octokit, { ...target, runId: 900 }, 'newer');
    const result = await upsertComment(octokit, target, 'older');
    expect(result.action).toBe('kept-newer');
    expect(comments()[0].body).toContain('newer');
  });

  it('is not duplicated when a create failed after GitHub wrote it', async () => {
    server.faults.push({ method: 'POST', path: /comments$/, status: 502, times: 1, after: true });
    const result = await upsertComment(octokit, target, 'once');
    expect(result.action).toBe('created');
    expect(comments()).toHaveLength(1);
  });

  it('is cut to GitHub\'s limit with a note, the marker still last', () => {
    const body = composeBody(`| a |\n${'| row |\n'.repeat(20_000)}`, target);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT);
    expect(body).toContain('The report was cut to fit a comment');
    expect(parseMarker(body, 'cpu')).toEqual({ run: 812, sha: 'abc1234' });
  });
});

describe('the loopback server', () => {
  it('refuses request bodies that break GitHub\'s OpenAPI description', async () => {
    const local = new FakeGitHub();
    const client = getOctokit('t', { baseUrl: await local.start(), request: { retries: 0 } });
    await expect(client.request('POST /repos/{owner}/{repo}/git/trees', { owner: 'a', repo: 'b', tree: [{ path: 'x', mode: '777', type: 'blob', sha: 'abc' }] })).rejects.toMatchObject({ status: 422 });
    await expect(local.stop()).rejects.toThrow(/POST \/repos\/\{owner\}\/\{repo\}\/git\/trees: .*mode/);
  });
});
