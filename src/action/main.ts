// The action's orchestration: the only place that fails the run. Publishing never decides
// pass/fail: the summary, outputs and comment come first, then the step fails on `fail`.
import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { commentStep } from './comment-step';
import { compareFiles } from '../compare-files';
import type { Analysis } from '../engine';
import { InputError } from '../errors';
import { downloadBaseline, findBaseline, recordBaseline, uploadImage, uploadReport, type FoundBaseline } from '../github/artifacts';
import { createClient } from '../github/client';
import { commitImage } from '../github/images';
import type { Octokit } from '../github/comment';
import { explainGitHubError, hostImage, publishToPullRequest, type PullRequestContext } from '../github/publish';
import { leadViolations } from '../report/format';
import { renderMarkdown } from '../report/markdown';
import { reportJsonParts } from '../report/report';
import { rasterize, renderPicture, writeOutput } from '../outputs/outputs';
import { getSettings, OUTPUT, type Settings } from './settings';
import { keySlug } from '../github/key';

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    if (settings.mode === 'comment') {
      await commentStep(createClient(settings.githubToken, (m) => core.warning(`flamegate: ${m}`)), settings, join(tempDir(settings.key), 'report'));
      return;
    }
    const pr = pullRequestOf();
    const record = settings.mode === 'record' || (settings.mode === 'auto' && !pr && isDefaultBranchPush());
    if (record) await recordStep(settings);
    else await compareStep(settings, pr);
  } catch (error) {
    if (error instanceof InputError) core.setFailed(`flamegate: ${error.message}`);
    else core.setFailed(`flamegate: internal error: ${(error as Error).message}`);
  }
}

/** Record: keep this run's profiles as the baseline artifact, and summarize them. */
async function recordStep(settings: Settings): Promise<void> {
  const analysis = await compareFiles({ baseline: [], candidate: settings.candidate, sampleType: settings.sampleType, normalize: settings.normalize, configPath: settings.config });
  const { report } = analysis;
  // The files the loader found (globs expanded once, there): the ones kept as the baseline.
  const files = analysis.comparison.candidate.sources;
  let recorded = '';
  try {
    const id = await recordBaseline(files, settings.key, settings.retentionDays);
    recorded = `Recorded ${files.length} profile(s) as the baseline artifact \`flamegate-${settings.key}\`${id ? ` (id ${id})` : ''}.`;
  } catch (error) {
    core.warning(`flamegate: uploading the baseline artifact failed: ${(error as Error).message.split('\n')[0]}`);
    recorded = 'The baseline artifact could not be uploaded (see the warning).';
  }
  const paths = await writeFiles(settings.key, analysis);
  core.setOutput(OUTPUT.verdict, report.verdict);
  core.setOutput(OUTPUT.regressions, '0');
  // The summary shows the plain flame graph where the image branch takes it.
  let picture = '';
  if (settings.images === 'auto' || settings.images === 'branch') {
    try {
      const { owner, repo } = context.repo;
      const { url } = await commitImage(createClient(settings.githubToken, (m) => core.warning(`flamegate: ${m}`)), { owner, repo, branch: settings.imageBranch, folder: settings.key, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com' }, paths.pngBytes);
      picture = `![flame graph of this run](${url})\n\n`;
    } catch (error) {
      core.info(`flamegate: the flame graph stays in the outputs (${explainGitHubError(error, 'committing it to the image branch', 'contents: write')})`);
    }
  }
  const markdown = `${recorded}\n\n${picture}${renderMarkdown(report, { key: settings.key })}`;
  writeOutput(paths.markdown, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
}

/** Compare: the baseline (given, or the base commit's artifact) against this run; comment; gate. */
async function compareStep(settings: Settings, pr: PullRequestContext | undefined): Promise<void> {
  let octokit: Octokit | undefined;
  const client = () => (octokit ??= createClient(settings.githubToken, (m) => core.warning(`flamegate: ${m}`)));
  let baseline = settings.baseline;
  let found: FoundBaseline | undefined;
  const notes: string[] = [];
  if (baseline.length === 0 && pr?.baseSha) {
    try {
      const result = await findBaseline(client(), { owner: pr.owner, repo: pr.repo, sha: pr.baseSha, branch: pr.baseRef, key: settings.key });
      if ('reason' in result) notes.push(`No baseline: ${result.reason}.`);
      else {
        found = result;
        baseline = await downloadBaseline(result, { owner: pr.owner, repo: pr.repo, token: settings.githubToken }, join(tempDir(settings.key), 'baseline'));
        if (result.stepsBack > 0) notes.push(`The base commit has no baseline; the nearest first-parent ancestor with one, ${result.stepsBack} commit(s) back, was used.`);
      }
    } catch (error) {
      notes.push(`No baseline: ${explainGitHubError(error, 'fetching the baseline artifact', 'actions: read')}.`);
    }
  }
  const analysis = await compareFiles({ baseline, candidate: settings.candidate, sampleType: settings.sampleType, normalize: settings.normalize, configPath: settings.config, notes });
  const { report } = analysis;
  for (const note of report.notes) core.warning(`flamegate: ${note}`);
  const paths = await writeFiles(settings.key, analysis);
  // Causes, as the verdict line counts them, not every caller and callee of one growth.
  const regressions = leadViolations(report).filter((l) => l.lead.severity === 'fail').length;
  core.setOutput(OUTPUT.verdict, report.verdict);
  core.setOutput(OUTPUT.regressions, String(regressions));
  if (found) core.setOutput(OUTPUT.baselineSha, found.sha);

  let markdown = renderMarkdown(report, { key: settings.key });
  const warnings: string[] = [];
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
  }
  const wanted = settings.comment === 'always' || (settings.comment === 'on-regression' && (report.verdict === 'fail' || report.verdict === 'warn'));
  if (pr && wanted) {
    const target = { ...pr, baseSha: found?.sha ?? pr.baseSha };
    const mode = settings.images === 'auto' ? (pr.publicRepository && !pr.fromFork ? 'branch' : 'artifact') : settings.images;
    const image = mode === 'none' ? undefined : await hostImage(client(), target, {
      mode, branch: settings.imageBranch, key: settings.key, png: paths.pngBytes, uploadArtifact: () => uploadImage(paths.png),
    }, warnings);
    const published = await publishToPullRequest(client(), target, report, { key: settings.key, image, links, warnings });
    if (published.comment) core.setOutput(OUTPUT.commentUrl, published.comment.url);
    markdown = published.markdown;
  }
  for (const warning of warnings) core.warning(`flamegate: ${warning}`);
  writeOutput(paths.markdown, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  if (report.verdict === 'fail' && settings.failOnRegression) core.setFailed(`flamegate: ${regressions} function(s) regressed; see the job summary`);
}

function tempDir(key: string): string {
  const dir = join(process.env.RUNNER_TEMP ?? '.', `flamegate-${keySlug(key)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes report.json, diff.svg and diff.png, sets their outputs, and returns the paths. */
async function writeFiles(key: string, analysis: Analysis) {
  const dir = tempDir(key);
  const svg = renderPicture(analysis, { key });
  const png = await rasterize(svg);
  const paths = { report: join(dir, 'report.json'), svg: join(dir, 'diff.svg'), png: join(dir, 'diff.png'), markdown: join(dir, 'report.md'), context: join(dir, 'context.json'), pngBytes: png };
  writeOutput(paths.report, reportJsonParts(analysis.report));
  writeOutput(paths.svg, svg);
  writeOutput(paths.png, png);
  core.setOutput(OUTPUT.report, paths.report);
  core.setOutput(OUTPUT.svg, paths.svg);
  core.setOutput(OUTPUT.png, paths.png);
  return paths;
}

/** True on a push to the repository's default branch. */
function isDefaultBranchPush(): boolean {
  const branch = context.payload.repository?.default_branch;
  return context.eventName === 'push' && branch !== undefined && context.ref === `refs/heads/${branch}`;
}

/** The pull request this run is for, from the event; undefined outside pull requests. */
function pullRequestOf(): PullRequestContext | undefined {
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
