// The action's entry: reads the inputs, picks the mode, and is the only place that fails the
// run. Publishing never decides pass/fail: each mode writes the summary, outputs and comment
// first; compare then fails the step on a `fail` verdict.
import { log } from './log';
import { join } from 'node:path';
import { commentStep } from './comment';
import { compareStep } from './compare';
import { isDefaultBranchPush, pullRequestOf } from './context';
import { InputError } from '../errors';
import { createClient } from '../github/client';
import type { Octokit } from '../github/comment';
import { tempDir } from './files';
import { recordStep } from './record';
import { getSettings } from './settings';

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    // One client for the run, made when a step first talks to GitHub (a local compare never does).
    let octokit: Octokit | undefined;
    const client = () => (octokit ??= createClient(settings.githubToken, (m) => log.warning(m)));
    if (settings.mode === 'comment') {
      await commentStep(client(), settings, join(tempDir(settings.key), 'report'));
      return;
    }
    const pr = pullRequestOf();
    const record = settings.mode === 'record' || (settings.mode === 'auto' && !pr && isDefaultBranchPush());
    if (record) await recordStep(settings, client);
    else await compareStep(settings, pr, client);
  } catch (error) {
    if (error instanceof InputError) log.fail(error.message);
    else log.fail(`internal error: ${(error as Error).message}`);
  }
}

