// Retries for the calls that do not go through the action's Octokit client (which has
// @octokit/plugin-retry): @actions/artifact's download makes its own client without it.

/** True for a failure worth trying again: a 5xx, a 429, or no HTTP answer at all. */
export function isTransient(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  if (typeof status === 'number') return status >= 500 || status === 429;
  const message = (error as Error).message ?? '';
  // The blob download under it already tried five times, 5 s apart.
  if (message.startsWith('Unable to download and extract artifact')) return false;
  // @actions/artifact's own words for an answer that was not its redirect.
  const said = /Unexpected status: (\d{3})\b/.exec(message);
  if (said) return Number(said[1]) >= 500 || Number(said[1]) === 429;
  return !/\b4\d\d\b/.test(message);
}

/**
 * Calls `attempt` until it succeeds, at most `delays.length + 1` times, waiting `delays[i]`
 * milliseconds before retry i; a failure that is not transient (isTransient) is thrown at once.
 */
export async function withRetries<T>(attempt: () => Promise<T>, delays: number[] = [1000, 2000, 4000]): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= delays.length || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[i]));
    }
  }
}
