// What the workflow event says about this run: the pull request it is for, and whether it is
// a push that records a baseline.
import { context } from '@actions/github';
import type { PullRequestContext } from '../github/publish';

/** True on a push to the repository's default branch. */
export function isDefaultBranchPush(): boolean {
  const branch = context.payload.repository?.default_branch;
  return context.eventName === 'push' && branch !== undefined && context.ref === `refs/heads/${branch}`;
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
