// mode: comment, in a workflow_run workflow: the fork-safe half. The pull_request run of a
// fork computed the verdict with a read-only token and uploaded its report artifact; this
// run (with the base repository's token) downloads it, finds the pull request, treats the
// report as untrusted data, and posts the comment and the picture. It runs nothing from the PR.
import { log } from './log';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { downloadReportArtifact, reportArtifactName } from '../github/artifacts';
import type { Octokit } from '../github/comment';
import { findPullRequestOfRun, hostImage, publishToPullRequest, type PullRequestContext } from '../github/publish';
import { contextSchema, validateReport } from '../report/validate';
import { OUTPUT } from './settings';

const MAX_REPORT_BYTES = 64 << 20;
const MAX_PNG_BYTES = 8 << 20;

/** Posts the comment of the pull-request run that triggered this workflow_run. */
export async function commentStep(octokit: Octokit, settings: { key: string; githubToken: string; images: string; imageBranch: string }, dir: string): Promise<void> {
  const run = context.payload.workflow_run as { id: number; head_sha: string; pull_requests?: { number: number }[] } | undefined;
  if (!run) throw new InputError('mode comment: expected a workflow_run event (on: workflow_run), got ' + (context.eventName || 'no event'));
  const { owner, repo } = context.repo;
  const name = reportArtifactName(settings.key);
  const artifact = await downloadReportArtifact(octokit, { owner, repo, runId: run.id, key: settings.key, token: settings.githubToken, dir });
  if (!artifact) {
    log.notice(`run ${run.id} has no live artifact ${name}; nothing to post.`);
    return;
  }
  const report = validateReport(readJson(join(dir, 'report.json'), MAX_REPORT_BYTES), `report artifact ${name}`);
  const claimed = contextSchema.safeParse(readJson(join(dir, 'context.json'), 1 << 16));
  const number = await findPullRequestOfRun(octokit, owner, repo, run, claimed.success ? claimed.data.pullRequest : undefined);
  if (number === undefined) {
    log.warning(`no open pull request has head ${run.head_sha}; the comment was not posted.`);
    return;
  }
  const pr: PullRequestContext = {
    owner, repo, number, headSha: run.head_sha,
    baseSha: claimed.success ? claimed.data.baseSha ?? undefined : undefined,
    baseRef: claimed.success ? claimed.data.baseRef ?? undefined : undefined,
    runId: run.id, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', publicRepository: true, fromFork: false,
  };
  const warnings: string[] = [];
  const png = readPng(join(dir, 'diff.png'));
  const mode = settings.images === 'none' ? 'none' : settings.images === 'artifact' ? 'artifact' : 'branch';
  const image = png && mode !== 'none'
    ? await hostImage(octokit, pr, { mode, branch: settings.imageBranch, key: settings.key, png, uploadArtifact: async () => undefined }, warnings)
    : undefined;
  const links = [`[run ${run.id}](${pr.serverUrl}/${owner}/${repo}/actions/runs/${run.id})`, `[report artifact](${pr.serverUrl}/${owner}/${repo}/actions/runs/${run.id}/artifacts/${artifact.id})`];
  const published = await publishToPullRequest(octokit, pr, report, { key: settings.key, image, links, warnings });
  for (const warning of warnings) log.warning(`${warning}`);
  core.setOutput(OUTPUT.verdict, report.verdict);
  if (published.comment) core.setOutput(OUTPUT.commentUrl, published.comment.url);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(published.markdown).write();
}

function readJson(path: string, max: number): unknown {
  if (!existsSync(path)) throw new InputError(`report artifact: ${path.split('/').pop()} is missing`);
  if (statSync(path).size > max) throw new InputError(`report artifact: ${path.split('/').pop()} is larger than ${max} bytes`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`report artifact: ${path.split('/').pop()} is not JSON (${(error as Error).message})`);
  }
}

function readPng(path: string): Uint8Array | undefined {
  if (!existsSync(path) || statSync(path).size > MAX_PNG_BYTES) return undefined;
  const bytes = readFileSync(path);
  return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ? bytes : undefined;
}
