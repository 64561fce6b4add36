// Publishing to a pull request: the image first (a failure there is a warning), then the
// sticky comment. Publishing never decides pass/fail; main.ts does, after this.
import type { Report } from '../report/report';
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

/** Posts or updates the comment with the picture; returns it, and warnings for what failed. */
export async function publishToPullRequest(
  octokit: Octokit,
  pr: PullRequestContext,
  report: Report,
  options: { key: string; png?: Uint8Array; imageBranch?: string; links: string[] },
): Promise<{ comment?: CommentResult; imageUrl?: string; markdown: string; warnings: string[] }> {
  const warnings: string[] = [];
  let imageUrl: string | undefined;
  if (options.png && options.imageBranch) {
    try {
      imageUrl = (await commitImage(octokit, { owner: pr.owner, repo: pr.repo, branch: options.imageBranch, folder: options.key, serverUrl: pr.serverUrl }, options.png)).url;
    } catch (error) {
      warnings.push(explainGitHubError(error, `committing the flame graph to branch ${options.imageBranch}`, 'contents: write'));
    }
  }
  const markdownOptions: MarkdownOptions = {
    key: options.key,
    commits: { candidate: pr.headSha, baseline: pr.baseSha, baseRef: pr.baseRef },
    links: options.links,
    ...(imageUrl ? { image: { url: imageUrl, inline: true } } : {}),
  };
  const markdown = renderMarkdown(report, markdownOptions);
  try {
    const comment = await upsertComment(octokit, { owner: pr.owner, repo: pr.repo, issue: pr.number, key: options.key, runId: pr.runId, sha: pr.headSha }, markdown);
    return { comment, imageUrl, markdown, warnings };
  } catch (error) {
    warnings.push(explainGitHubError(error, 'posting the pull-request comment', 'pull-requests: write'));
    return { imageUrl, markdown, warnings };
  }
}
