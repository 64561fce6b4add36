// mode: compare (and auto on a pull request): the baseline (given, or the base commit's
// artifact) against this run; the report artifact, the comment, the summary; then the gate.
import { log } from './log';
import * as core from '@actions/core';
import { join } from 'node:path';
import { compareFiles } from '../compare-files';
import { uploadHtml, uploadImage, uploadReport } from '../github/artifacts';
import { downloadBaseline, findBaseline, type FoundBaseline } from '../github/baseline';
import { BrokenArtifact } from '../github/download';
import type { Octokit } from '../github/comment';
import { explainGitHubError, hostImage, publishToPullRequest, type PullRequestContext } from '../github/publish';
import { writeOutput } from '../outputs/outputs';
import { leadViolations } from '../report/format';
import { renderMarkdown } from '../report/markdown';
import { allFunctions, type Report, type SourceLink } from '../report/report';
import { changedFiles, sourceLinks } from '../github/sources';
import { context } from '@actions/github';
import type { BaseCommit } from './context';
import { tempDir, writeFiles, writeSummary } from './files';
import { OUTPUT, type Settings } from './settings';
import { timing } from '../timing';

/**
 * Compare: the baseline (given, or the artifact recorded for `base`: a pull request's or a
 * merge-queue group's base commit) against this run; the comment on a pull request; gate.
 */
export async function compareStep(settings: Settings, pr: PullRequestContext | undefined, client: () => Octokit, base?: BaseCommit): Promise<void> {
  const warnings: string[] = [];
  // The pull request's changed files are listed while the baseline is fetched and compared.
  const changed = changedFilesOf(pr, client, warnings);
  let baseline = settings.baseline;
  let found: FoundBaseline | undefined;
  const notes: string[] = [];
  if (baseline.length === 0 && base) {
    const { owner, repo } = context.repo;
    try {
      const result = await findBaseline(client(), { owner, repo, sha: base.sha, branch: base.ref, key: settings.key });
      if ('reason' in result) notes.push(`No baseline: ${result.reason}.`);
      else {
        baseline = await downloadBaseline(result, { owner, repo, token: settings.githubToken }, join(tempDir(settings.key), 'baseline'));
        // Only a baseline that was used is named (the baseline-sha output, the comment).
        found = result;
        if (result.stepsBack > 0) notes.push(`The base commit has no baseline; the nearest first-parent ancestor with one, ${result.stepsBack} commit(s) back, was used.`);
      }
    } catch (error) {
      baseline = [];
      notes.push(`No baseline: ${error instanceof BrokenArtifact ? error.message : explainGitHubError(error, 'fetching the baseline artifact', 'actions: read')}.`);
    }
  }
  if (found) timing('baseline fetched');
  const analysis = await compareFiles({ baseline, candidate: settings.candidate, sampleType: settings.sampleType, normalize: settings.normalize, configPath: settings.config, notes, ...(settings.tag ? { tag: settings.tag } : {}) });
  const { report } = analysis;
  for (const note of report.notes) log.warning(`${note}`);
  const sources = functionSources(analysis.report, pr, await changed);
  const paths = await writeFiles(settings.key, analysis, sources);
  timing('files written');
  // Causes, as the verdict line counts them, not every caller and callee of one growth.
  const regressions = leadViolations(report).filter((l) => l.lead.severity === 'fail').length;
  core.setOutput(OUTPUT.verdict, report.verdict);
  core.setOutput(OUTPUT.regressions, String(regressions));
  if (found) core.setOutput(OUTPUT.baselineSha, found.sha);

  // on-regression: a new comment only on a warn or fail, but one already there is brought up
  // to date (a fixed regression must not leave its red comment standing).
  const wanted = settings.comment === 'always' || (settings.comment === 'on-regression' && (report.verdict === 'fail' || report.verdict === 'warn'));
  const target = pr && { ...pr, baseSha: found?.sha ?? pr.baseSha };
  // The picture is committed while the report artifacts upload (its own warnings, kept in order).
  const imageWarnings: string[] = [];
  const imageMode = !target || settings.comment === 'never' || !wanted ? 'none' : settings.images === 'auto' ? (target.publicRepository && !target.fromFork ? 'branch' : 'artifact') : settings.images;
  const image = !target || imageMode === 'none' ? Promise.resolve(undefined) : hostImage(client(), target, {
    mode: imageMode, branch: settings.imageBranch, key: settings.key, png: paths.pngBytes, uploadArtifact: () => uploadImage(paths.png, settings.key),
  }, imageWarnings);
  const interactive = await uploadInteractive(paths.html, settings.key, warnings);
  timing('interactive report uploaded');
  let markdown = renderMarkdown(report, { key: settings.key, sources, ...(interactive ? { interactive } : {}) });
  const links = pr ? [`[run ${pr.runId}](${pr.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${pr.runId})`] : [];
  if (pr) {
    // The report artifact: what the workflow_run comment workflow of a fork posts.
    writeOutput(paths.context, `${JSON.stringify({ pullRequest: pr.number, headSha: pr.headSha, baseSha: found?.sha ?? pr.baseSha ?? null, baseRef: pr.baseRef ?? null, key: settings.key, runId: pr.runId })}\n`);
    writeOutput(paths.markdown, markdown);
    try {
      const id = await uploadReport([paths.report, paths.markdown, paths.svg, paths.png, paths.context], settings.key, settings.retentionDays);
      if (id !== undefined) links.push(`[report artifact](${pr.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${pr.runId}/artifacts/${id})`);
    } catch (error) {
      warnings.push(`uploading the report artifact failed: ${(error as Error).message.split('\n')[0]}`);
    }
    timing('report artifact uploaded');
  }
  const hosted = await image;
  warnings.push(...imageWarnings);
  if (target && settings.comment !== 'never') {
    timing('picture hosted');
    const published = await publishToPullRequest(client(), target, report, { key: settings.key, image: hosted, interactive, sources, links, warnings, create: wanted });
    if (published.comment?.url) core.setOutput(OUTPUT.commentUrl, published.comment.url);
    if (published.comment?.action === 'superseded') log.info(`the pull request's head is no longer ${pr.headSha.slice(0, 7)}: the comment is left to the newer head's run`);
    if (published.comment?.action === 'kept-newer') log.info('a newer run of this pull request wrote the comment: left as it is');
    markdown = published.markdown;
    timing('comment posted');
  }
  for (const warning of warnings) log.warning(`${warning}`);
  writeOutput(paths.markdown, markdown);
  await writeSummary(markdown);
  timing('summary written');
  if (report.verdict === 'fail' && settings.failOnRegression) log.fail(`${regressions} function(s) regressed; see the job summary`);
}


/**
 * The pull request's changed files, for marking regressions in changed code (github/sources.ts):
 * reading them needs `pull-requests: read`; refused, a warning, and no marks. None outside a
 * pull request.
 */
async function changedFilesOf(pr: PullRequestContext | undefined, client: () => Octokit, warnings: string[]): Promise<string[]> {
  if (!pr || !process.env.GITHUB_REPOSITORY) return [];
  const { owner, repo } = context.repo;
  try {
    return await changedFiles(client(), { owner, repo, number: pr.number });
  } catch (error) {
    warnings.push(`${explainGitHubError(error, `listing the files of pull request #${pr.number}`, 'pull-requests: read')}; no regression is marked as in changed code`);
    return [];
  }
}

/**
 * The report's functions placed in the repository (github/sources.ts): linked to their line
 * at the commit compared, marked where the pull request changed their file (`changed`).
 */
function functionSources(report: Report, pr: PullRequestContext | undefined, changed: string[]): Map<string, SourceLink> {
  // Outside a repository's workflow (a local run of the action) there is nothing to link to.
  if (!process.env.GITHUB_REPOSITORY) return new Map();
  const { owner, repo } = context.repo;
  return sourceLinks(allFunctions(report), {
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com', owner, repo, sha: pr?.headSha ?? context.sha,
    ...(process.env.GITHUB_WORKSPACE ? { workspace: process.env.GITHUB_WORKSPACE } : {}), changed,
  });
}

/**
 * Uploads the interactive report as a non-zipped artifact and returns its URL, which the
 * comment and the summary link; only on a runner (the artifact service is reached with its
 * runtime token). A failure is a warning.
 */
async function uploadInteractive(html: string, key: string, warnings: string[]): Promise<string | undefined> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return undefined;
  try {
    const id = await uploadHtml(html, key);
    const { owner, repo } = context.repo;
    return id === undefined ? undefined : `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${context.runId}/artifacts/${id}`;
  } catch (error) {
    warnings.push(`uploading the interactive report failed: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
