// mode: comment: post the comment of report artifacts another step computed. Two uses:
// - in a workflow_run workflow, the fork-safe half: the pull_request run of a fork computed
//   the verdict with a read-only token and uploaded its report artifact; this run (with the
//   base repository's token) downloads it and finds the pull request. It runs nothing from
//   the PR and treats the report as untrusted data.
// - in a job after a matrix (`needs:`) of the same pull_request run, with several keys: one
//   comment for the whole matrix, a section per key. One writer after the legs, so no leg's
//   section can be lost to another's update (GitHub has no conditional comment update).
import { log } from './log';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors';
import { downloadReportArtifact, htmlArtifactName, listRunArtifacts, reportArtifactName, reportArtifacts, type ListedArtifact } from '../github/artifacts';
import { MAX_COMMENT, type Octokit } from '../github/comment';
import { explainGitHubError, findPullRequestOfRun, hostImage, postComment, publishToPullRequest, renderForPullRequest, type PullRequestContext } from '../github/publish';
import { fitMarkdown } from '../report/fit';
import { codeSpan, combinedVerdict, renderCombined, type CombinedSection } from '../report/markdown';
import { allFunctions, type Report } from '../report/report';
import { contextSchema, validateReport } from '../report/validate';
import { tempDir, writeSummary } from './files';
import { OUTPUT } from './settings';
import { changedFiles, sourceLinks } from '../github/sources';

const MAX_REPORT_BYTES = 64 << 20;
const MAX_PNG_BYTES = 8 << 20;

type CommentSettings = { key: string; keys: string[]; githubToken: string; images: string; imageBranch: string };

/** The run whose report artifacts are posted. */
interface SourceRun {
  id: number;
  head_sha: string;
  pull_requests?: { number: number }[];
}

/** One key's report artifact, downloaded and checked. */
interface Downloaded {
  key: string;
  artifact: ListedArtifact;
  report: Report;
  claimedPullRequest?: number;
  baseSha?: string;
  baseRef?: string;
  png?: Uint8Array;
}

/**
 * Posts the comment of the run that triggered this workflow_run, or, in a pull_request
 * run, of this run's earlier jobs. One key: that key's comment, as a compare step writes
 * it. Several keys (or globs): one comment with a section per key. Throws InputError when a
 * report artifact is not a flamegate report (after posting the others).
 */
export async function commentStep(octokit: Octokit, settings: CommentSettings, pr: PullRequestContext | undefined): Promise<void> {
  const workflowRun = context.payload.workflow_run as SourceRun | undefined;
  const run: SourceRun | undefined = workflowRun ?? (pr ? { id: pr.runId, head_sha: pr.headSha, pull_requests: [{ number: pr.number }] } : undefined);
  if (!run) throw new InputError(`mode comment: expected a workflow_run event, or a pull_request run whose earlier jobs compared, got ${context.eventName || 'no event'}`);
  const { owner, repo } = context.repo;
  const all = await listRunArtifacts(octokit, { owner, repo, runId: run.id });
  const listed = reportArtifacts(all);
  const wanted = resolveKeys(settings.keys, listed);
  const refused: string[] = [];
  const downloaded: (Downloaded | { key: string; missing: string })[] = [];
  for (const { key, artifact } of wanted) {
    if (!artifact) {
      downloaded.push({ key, missing: `Run ${run.id} has no live artifact ${codeSpan(reportArtifactName(key))}: its compare step did not finish (see the job's log), or the artifact expired.` });
      continue;
    }
    try {
      downloaded.push(await download(settings.githubToken, run.id, key, artifact));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refused.push(error.message);
      // The message quotes the artifact's own bytes: shown as code, never as Markdown.
      downloaded.push({ key, missing: `The report artifact was refused: ${codeSpan(error.message, 500)}` });
    }
  }
  const found = downloaded.filter((d): d is Downloaded => 'report' in d);
  if (found.length === 0) {
    if (refused.length > 0) throw new InputError(refused.join('; '));
    log.notice(`run ${run.id} has no live artifact ${settings.keys.map(reportArtifactName).join(', ')}; nothing to post.`);
    return;
  }
  const number = pr?.number ?? await findPullRequestOfRun(octokit, owner, repo, run, found[0]?.claimedPullRequest);
  if (number === undefined) {
    log.warning(`no open pull request has head ${run.head_sha}; the comment was not posted.`);
  } else {
    const target: PullRequestContext = {
      owner, repo, number, headSha: run.head_sha, baseSha: found[0]?.baseSha, baseRef: found[0]?.baseRef,
      runId: run.id, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', publicRepository: true, fromFork: false,
    };
    const warnings: string[] = [];
    const runLink = `[run ${run.id}](${target.serverUrl}/${owner}/${repo}/actions/runs/${run.id})`;
    const artifactLink = (d: Downloaded) => `[report artifact](${target.serverUrl}/${owner}/${repo}/actions/runs/${run.id}/artifacts/${d.artifact.id})`;
    // The compare step's interactive report, found by name among the run's own artifacts.
    const interactive = (d: Downloaded) => {
      const html = all.find((a) => a.name === htmlArtifactName(d.key));
      return html ? { interactive: `${target.serverUrl}/${owner}/${repo}/actions/runs/${run.id}/artifacts/${html.id}` } : {};
    };
    // Regressions in the pull request's changed files, marked and linked (no checkout here:
    // only files the pull request changed are placed; the paths are GitHub's, not the report's).
    let changed: string[] = [];
    try {
      changed = await changedFiles(octokit, { owner, repo, number });
    } catch (error) {
      warnings.push(`${explainGitHubError(error, `listing the files of pull request #${number}`, 'pull-requests: read')}; no regression is marked as in changed code`);
    }
    const sources = (d: Downloaded) => ({ sources: sourceLinks(allFunctions(d.report), { serverUrl: target.serverUrl, owner, repo, sha: run.head_sha, changed }) });
    const image = async (d: Downloaded) => (d.png && settings.images !== 'none'
      ? hostImage(octokit, { ...target, baseSha: d.baseSha, baseRef: d.baseRef }, { mode: settings.images === 'artifact' ? 'artifact' : 'branch', branch: settings.imageBranch, key: d.key, png: d.png, uploadArtifact: async () => undefined }, warnings)
      : undefined);
    let markdown: string;
    let verdict: Report['verdict'] | null;
    let url: string | undefined;
    if (wanted.length === 1 && found.length === 1) {
      const d = found[0];
      const published = await publishToPullRequest(octokit, { ...target, baseSha: d.baseSha, baseRef: d.baseRef }, d.report, { key: d.key, image: await image(d), ...interactive(d), ...sources(d), links: [runLink, artifactLink(d)], warnings });
      ({ markdown } = published);
      verdict = d.report.verdict;
      url = published.comment?.url || undefined;
    } else {
      // Each key gets an equal share of the comment's room, so the last ones are never cut away whole.
      const share = Math.floor((MAX_COMMENT - 4_000) / downloaded.length);
      const note = '\n\n_Cut to fit the comment; the whole report is in its report artifact._\n';
      const sections: CombinedSection[] = [];
      for (const d of downloaded) {
        if ('missing' in d) sections.push({ key: d.key, verdict: null, markdown: d.missing });
        else {
          const body = renderForPullRequest({ ...target, baseSha: d.baseSha, baseRef: d.baseRef }, d.report, { key: d.key, links: [runLink, artifactLink(d)], image: await image(d), ...interactive(d), ...sources(d) });
          sections.push({ key: d.key, verdict: d.report.verdict, markdown: fitMarkdown(body, share, 'characters', note) });
        }
      }
      markdown = renderCombined(sections);
      verdict = combinedVerdict(sections.map((s) => s.verdict));
      url = (await postComment(octokit, target, settings.key, markdown, { warnings }))?.url || undefined;
    }
    for (const warning of warnings) log.warning(warning);
    if (verdict) core.setOutput(OUTPUT.verdict, verdict);
    if (url) core.setOutput(OUTPUT.commentUrl, url);
    await writeSummary(markdown);
  }
  if (refused.length > 0) throw new InputError(refused.join('; '));
}

/**
 * The keys asked for, each with its live report artifact (undefined when the run has none).
 * A line with a glob character (`*?[{`) matches the keys of the run's report artifacts.
 */
function resolveKeys(keys: string[], listed: ListedArtifact[]): { key: string; artifact?: ListedArtifact }[] {
  const prefix = reportArtifactName('');
  const out = new Map<string, ListedArtifact | undefined>();
  for (const key of keys) {
    if (/[*?[{]/.test(key)) {
      const matches = picomatch(key);
      for (const a of listed) if (matches(a.name.slice(prefix.length))) out.set(a.name.slice(prefix.length), a);
    } else out.set(key, listed.find((a) => a.name === reportArtifactName(key)));
  }
  return [...out].map(([key, artifact]) => ({ key, artifact }));
}

async function download(token: string, runId: number, key: string, artifact: ListedArtifact): Promise<Downloaded> {
  const dir = join(tempDir(key), 'report');
  const { owner, repo } = context.repo;
  await downloadReportArtifact(artifact, { owner, repo, runId, token, dir });
  const report = validateReport(readJson(join(dir, 'report.json'), MAX_REPORT_BYTES), `report artifact ${artifact.name}`);
  const claimed = contextSchema.safeParse(readJson(join(dir, 'context.json'), 1 << 16));
  return {
    key, artifact, report, png: readPng(join(dir, 'diff.png')),
    claimedPullRequest: claimed.success ? claimed.data.pullRequest : undefined,
    baseSha: claimed.success ? claimed.data.baseSha ?? undefined : undefined,
    baseRef: claimed.success ? claimed.data.baseRef ?? undefined : undefined,
  };
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
