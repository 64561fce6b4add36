// The Octokit client of @actions/github with retries (5xx, network) and rate-limit
// backoff (429 with Retry-After, secondary rate limits), from Octokit's own plugins.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light';
import type { Octokit } from './comment';

/**
 * Writes (POST, PATCH, PUT, DELETE) one at a time, with no pause between them. The
 * throttling plugin's default waits a second before each write, after GitHub's advice for
 * "a large number" of them; a step makes at most six (the picture's blob, tree, commit and
 * ref, then the comment), and those pauses were 4 of the step's 5 seconds against a
 * loopback GitHub. A secondary rate limit GitHub does answer is still waited out and retried
 * (onSecondaryRateLimit), and new comments stay 3 s apart (the plugin's notifications group).
 */
const WRITES = { maxConcurrent: 1, minTime: 0 };

/**
 * Bottleneck, under both plugins, yields to the event loop inside each call to its job store
 * with `setTimeout(resolve, 0)`, which Node clamps to a millisecond; a request passes through
 * three limiters and a dozen such calls. Measured against a loopback GitHub (Node 20): 17 ms
 * a request with both plugins, 2.5 ms with neither, 7 ms with this yield; the compare step's
 * 18-20 requests 90-140 ms sooner. setImmediate yields the same way (after pending I/O,
 * before the next timers) without the clamp. Waits Bottleneck asks for (t > 0) stay timers.
 * Bottleneck 2.19.5 (2019) is its last release; the delay is its issue #144.
 */
function yieldWithoutClamp(): void {
  const store = Object.getPrototypeOf((new Bottleneck() as unknown as { _store: object })._store) as { yieldLoop(t?: number): Promise<void>; Promise: PromiseConstructor };
  const timed = store.yieldLoop;
  if ((timed as { unclamped?: true }).unclamped) return;
  const unclamped = function (this: typeof store, t = 0): Promise<void> {
    return t > 0 ? timed.call(this, t) : new this.Promise<void>((resolve) => setImmediate(resolve));
  };
  store.yieldLoop = Object.assign(unclamped, { unclamped: true as const });
}

/** Returns a client for `token`; `warn` hears about rate limits. Only main.ts calls it. */
export function createClient(token: string, warn: (message: string) => void, baseUrl?: string): Octokit {
  yieldWithoutClamp();
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        write: new Bottleneck.Group(WRITES),
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          warn(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 3;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
          return retryCount < 3;
        },
      },
    },
    retry,
    throttling,
  ) as Octokit;
}
