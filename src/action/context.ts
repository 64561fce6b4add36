// What the workflow event says about this run: the pull request it is for, the merge-queue
// group it tests, and whether it is a push that records a baseline.
import { context } from '@actions/github';
import picomatch from 'picomatch';
import type { PullRequestContext } from '../github/publish';

/** The branch a push went to; undefined for any other event (or a tag push). */
function pushedBranch(): string | undefined {
  return context.eventName === 'push' && context.ref.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : undefined;
}

/**
 * True on a push to a branch pull requests take their baseline from: the repository's
 * default branch, or one matching a `record-branches` glob (picomatch: `release/**`).
 */
export function isRecordingPush(recordBranches: string[]): boolean {
  const branch = pushedBranch();
  if (branch === undefined) return false;
  return branch === context.payload.repository?.default_branch || (recordBranches.length > 0 && picomatch(recordBranches)(branch));
}

/** The commit a comparison takes its baseline from, and that commit's branch. */
export interface BaseCommit {
  sha: string;
  /** The branch, without `refs/heads/`: the baseline search takes push runs of it only. */
  ref?: string;
}

/** The merge queue's group under test (`merge_group`): its head, and the base it is merged onto. */
export function mergeGroupOf(): { headSha: string; base: BaseCommit } | undefined {
  const group = context.payload.merge_group as { head_sha?: string; base_sha?: string; base_ref?: string } | undefined;
  if (context.eventName !== 'merge_group' || !group?.base_sha) return undefined;
  return { headSha: group.head_sha ?? context.sha, base: { sha: group.base_sha, ref: group.base_ref?.replace(/^refs\/heads\//, '') } };
}

/** The pull request this run is for, from the event; undefined outside pull requests. */
export function pullRequestOf(): PullRequestContext | undefined {
  const pr = context.payload.pull_request;
  if (!pr || !process.env.GITHUB_REPOSITORY) return undefined;
  return {
    owner: context.repo.owner,
    repo: context.repo.repo,
    number: pr.number,
    headSha: pr.head?.sha ?? context.sha,
    baseSha: pr.base?.sha,
    baseRef: pr.base?.ref,
    runId: context.runId,
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    publicRepository: context.payload.repository?.private !== true,
    fromFork: pr.head?.repo?.full_name !== undefined && pr.head.repo.full_name !== process.env.GITHUB_REPOSITORY,
  };
}
