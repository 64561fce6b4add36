import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client';
import { FakeGitHub } from './server';

let server: FakeGitHub;
let baseUrl: string;

beforeEach(async () => {
  server = new FakeGitHub();
  baseUrl = await server.start();
  server.users.set('ghp_user', 'octocat');
});
afterEach(async () => server.stop());

/** Runs `work`, counting the zero-delay timers it sets (each waits at least a millisecond in Node). */
async function zeroDelayTimers(work: () => Promise<unknown>): Promise<number> {
  const real = globalThis.setTimeout;
  let count = 0;
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (!ms) count++;
    return real(fn, ms, ...args);
  }) as typeof setTimeout;
  try {
    await work();
  } finally {
    globalThis.setTimeout = real;
  }
  return count;
}

describe('the GitHub client', () => {
  it('passes requests through its rate limiters without a clamped timer at each of their steps', async () => {
    const client = createClient('ghp_user', () => undefined, baseUrl);
    await client.rest.users.getAuthenticated();
    // Bottleneck yields at each of a dozen store calls a request makes through three limiters;
    // as setTimeout(0) that was 12 timers a request (17 ms against this server, 2.5 ms without
    // the limiters). What is left: one per limiter, where it runs a job after its wait.
    const timers = await zeroDelayTimers(() => client.rest.users.getAuthenticated());
    expect(timers).toBeLessThanOrEqual(3);
    expect(server.requests.filter((r) => r.path === '/user')).toHaveLength(2);
  });

  it('still writes one at a time, in order', async () => {
    const client = createClient('ghp_user', () => undefined, baseUrl);
    const bodies = ['a', 'b', 'c', 'd'];
    await Promise.all(bodies.map((body) => client.rest.git.createBlob({ owner: 'acme', repo: 'app', content: body, encoding: 'utf-8' })));
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { content: string }).content)).toEqual(bodies);
  });
});
