// The action's entry: reads the inputs, picks the mode, and is the only place that fails the
// run. Publishing never decides pass/fail: each mode writes the summary, outputs and comment
// first; compare then fails the step on a `fail` verdict.
import { log } from './log';
import { commentStep } from './comment';
import { compareStep } from './compare';
import { context } from '@actions/github';
import { isRecordingPush, mergeGroupOf, pullRequestOf } from './context';
import { InputError } from '../errors';
import { createClient } from '../github/client';
import type { Octokit } from '../github/comment';
import { recordStep } from './record';
import { getSettings } from './settings';
import { prepareRasterizer } from '../outputs/outputs';
import { trendStep } from './trend';

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    // One client for the run, made when a step first talks to GitHub (a local compare never does).
    let octokit: Octokit | undefined;
    const client = () => {
      if (!settings.githubToken) throw new InputError(`input github-token: empty, expected a token (the default is the workflow's, \${{ github.token }})`);
      return (octokit ??= createClient(settings.githubToken, (m) => log.warning(m)));
    };
    const pr = pullRequestOf();
    if (context.eventName === 'pull_request_target') {
      log.warning('on pull_request_target the workflow runs the base branch\'s code unless a step checks out the head, and checking out the head runs the pull request\'s code with a write token (a "pwn request"); compare on pull_request and post with mode comment on workflow_run instead (README: Pull requests from forks)');
    }
    if (settings.mode === 'comment') {
      await commentStep(client(), settings, pr);
      return;
    }
    // Every other mode draws a PNG: its rasterizer compiles while the profiles are fetched and read.
    prepareRasterizer();
    if (settings.mode === 'trend') {
      await trendStep(settings, pr, client);
      return;
    }
    const group = mergeGroupOf();
    const record = settings.mode === 'record' || (settings.mode === 'auto' && !pr && isRecordingPush(settings.recordBranches));
    if (record) await recordStep(settings, client);
    else await compareStep(settings, pr, client, pr?.baseSha ? { sha: pr.baseSha, ref: pr.baseRef } : group?.base);
  } catch (error) {
    if (error instanceof InputError) log.fail(error.message);
    else log.fail(unexpected(error));
  }
}


/**
 * One line for an error nobody planned for: GitHub's answer when it is one (its status, and
 * the first line of its message, which may be a whole HTML error page), else the message.
 */
function unexpected(error: unknown): string {
  const e = error as { status?: number; message?: string };
  const first = (e.message ?? String(error)).split('\n')[0].slice(0, 300);
  return typeof e.status === 'number' ? `GitHub answered ${e.status}: ${first}` : `internal error: ${first}`;
}
