// The Octokit client of @actions/github with retries (5xx, network) and rate-limit
// backoff (429 with Retry-After, secondary rate limits), from Octokit's own plugins.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Octokit } from './comment';

/** Returns a client for `token`; `warn` hears about rate limits. Only main.ts calls it. */
export function createClient(token: string, warn: (message: string) => void, baseUrl?: string): Octokit {
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
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
