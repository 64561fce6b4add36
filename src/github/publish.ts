// Publishing to a pull request: the image first (a failure there is a warning), then the
// sticky comment. Publishing never decides pass/fail; main.ts does, after this.
import type { Report, SourceLink } from '../report/report';
import { renderMarkdown, type MarkdownOptions } from '../report/markdown';
import { upsertComment, type CommentResult, type Octokit } from './comment';
import { commitImage } from './images';

/** The pull request and the run, from the workflow's event. */
export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha?: string;
  baseRef?: string;
  runId: number;
  serverUrl: string;
  /** The repository is public (images on a branch can be seen by everyone). */
  publicRepository: boolean;
  /** The PR comes from a fork (its token cannot write to this repository). */
  fromFork: boolean;
}

/** Explains a GitHub API failure in one line, naming the missing permission on a 403. */
export function explainGitHubError(error: unknown, doing: string, permission: string): string {
  const e = error as { status?: number; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0];
  if (e.status === 403) return `${doing} was refused (403: ${message}); the token needs \`permissions: ${permission}\` (a pull request from a fork gets a read-only token: use the workflow_run comment workflow)`;
  if (e.status === 404) return `${doing} found nothing (404: ${message}); check the repository and that the token can see it`;
  if (e.status === 410) return `${doing} failed: gone (410: ${message})`;
  return `${doing} failed (${e.status ?? 'network'}: ${message})`;
}

/** Where the picture was put for the comment. */
export interface HostedImage {
  url: string;
  /** True when the URL is the image itself (shown inline), false for a page that links it. */
  inline: boolean;
}

/**
 * Puts the PNG where the comment can show it: committed to the image branch, or, where
 * that is refused (no `contents: write`, a fork, a private repository) or not wanted, as
 * a non-zipped artifact the comment links to. A failure is a warning, never a lost verdict.
 */
export async function hostImage(
  octokit: Octokit,
  pr: PullRequestContext,
  how: { mode: 'branch' | 'artifact'; branch: string; key: string; png: Uint8Array; uploadArtifact: () => Promise<number | undefined> },
  warnings: string[],
): Promise<HostedImage | undefined> {
  if (how.mode === 'branch') {
    try {
      const { url } = await commitImage(octokit, { owner: pr.owner, repo: pr.repo, branch: how.branch, folder: how.key, serverUrl: pr.serverUrl }, how.png);
      return { url, inline: true };
    } catch (error) {
      warnings.push(`${explainGitHubError(error, `committing the flame graph to branch ${how.branch}`, 'contents: write')}; linking it as an artifact instead`);
    }
  }
  try {
    const id = await how.uploadArtifact();
    if (id !== undefined) return { url: `${pr.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${pr.runId}/artifacts/${id}`, inline: false };
  } catch (error) {
    warnings.push(`uploading the flame graph as an artifact failed: ${(error as Error).message.split('\n')[0]}`);
  }
  return undefined;
}

/** Renders a report as the pull request's comment shows it: the commits compared, the picture, the links. */
export function renderForPullRequest(pr: PullRequestContext, report: Report, options: { key: string; image?: HostedImage; interactive?: string; sources?: ReadonlyMap<string, SourceLink>; links: string[] }): string {
  const markdownOptions: MarkdownOptions = {
    key: options.key,
    commits: { candidate: pr.headSha, baseline: pr.baseSha, baseRef: pr.baseRef },
    links: options.links,
    ...(options.image ? { image: options.image } : {}),
    ...(options.interactive ? { interactive: options.interactive } : {}),
    ...(options.sources ? { sources: options.sources } : {}),
  };
  return renderMarkdown(report, markdownOptions);
}

/**
 * Posts or updates the sticky comment of `key` (only updates with `create: false`); a
 * failure is a warning in `warnings`, and the result undefined.
 */
export async function postComment(octokit: Octokit, pr: PullRequestContext, key: string, markdown: string, options: { warnings: string[]; create?: boolean }): Promise<CommentResult | undefined> {
  try {
    return await upsertComment(octokit, { owner: pr.owner, repo: pr.repo, issue: pr.number, key, runId: pr.runId, sha: pr.headSha }, markdown, { create: options.create });
  } catch (error) {
    options.warnings.push(explainGitHubError(error, 'posting the pull-request comment', 'pull-requests: write'));
    return undefined;
  }
}

/** Posts or updates the comment of one report (only updates with `create: false`); returns it, and warnings for what failed. */
export async function publishToPullRequest(
  octokit: Octokit,
  pr: PullRequestContext,
  report: Report,
  options: { key: string; image?: HostedImage; interactive?: string; sources?: ReadonlyMap<string, SourceLink>; links: string[]; warnings: string[]; create?: boolean },
): Promise<{ comment?: CommentResult; markdown: string }> {
  const markdown = renderForPullRequest(pr, report, options);
  return { comment: await postComment(octokit, pr, options.key, markdown, options), markdown };
}

/** The PR whose head is the run's commit: from the event, the artifact's claim (checked), or a search. */
export async function findPullRequestOfRun(octokit: Octokit, owner: string, repo: string, run: { head_sha: string; pull_requests?: { number: number }[] }, claimed?: number): Promise<number | undefined> {
  const headOf = async (n: number) => {
    try {
      return (await octokit.rest.pulls.get({ owner, repo, pull_number: n })).data.head.sha;
    } catch {
      return undefined;
    }
  };
  for (const n of [...(run.pull_requests ?? []).map((p) => p.number), ...(claimed ? [claimed] : [])]) {
    if ((await headOf(n)) === run.head_sha) return n;
  }
  // A fork's run lists no pull request: look for the open one with this head.
  const open = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 });
  return open.find((p) => p.head.sha === run.head_sha)?.number;
}
