// The action's orchestration: the only place that fails the run. Publishing never decides
// pass/fail: the summary, outputs and comment come first, then the step fails on `fail`.
import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from './compare-files';
import { InputError } from './errors';
import { createClient } from './github/client';
import { publishToPullRequest, type PullRequestContext } from './github/publish';
import { leadViolations } from './report/format';
import { renderMarkdown } from './report/markdown';
import { loadRasterAssets } from './render-assets';
import { buildDiffGraph, buildPlainGraph } from './render/flame-graph';
import { renderPng } from './render/png';
import { renderSvg } from './render/svg';
import { failLimit } from './rules/config';
import { getSettings } from './settings';

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const { report, comparison, config } = compareFiles({
      baseline: settings.baseline,
      candidate: settings.candidate,
      sampleType: settings.sampleType,
      normalize: settings.normalize,
      configPath: settings.config,
    });
    for (const note of report.notes) core.warning(`flamegate: ${note}`);
    if (report.verdict === 'no-baseline') core.notice('flamegate: no baseline profiles to compare with (input `baseline`); the verdict is no-baseline.');

    const dir = join(process.env.RUNNER_TEMP ?? '.', `flamegate-${settings.key}`);
    mkdirSync(dir, { recursive: true });
    const options = { key: settings.key, failPoints: failLimit(config) };
    const svg = renderSvg(report.verdict === 'no-baseline' ? buildPlainGraph(comparison, 'candidate', options) : buildDiffGraph(comparison, report, options));
    const { png } = await renderPng(svg, loadRasterAssets());
    const files = { report: join(dir, 'report.json'), svg: join(dir, 'diff.svg'), png: join(dir, 'diff.png'), markdown: join(dir, 'report.md') };
    writeFileSync(files.report, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(files.svg, svg);
    writeFileSync(files.png, png);
    // Causes, as the verdict line counts them, not every caller and callee of one growth.
    const regressions = leadViolations(report).filter((l) => l.lead.severity === 'fail').length;
    core.setOutput('verdict', report.verdict);
    core.setOutput('regressions', String(regressions));
    core.setOutput('report', files.report);
    core.setOutput('svg', files.svg);
    core.setOutput('png', files.png);

    let markdown = renderMarkdown(report, { key: settings.key });
    const pr = pullRequestOf();
    const wanted = settings.comment === 'always' || (settings.comment === 'on-regression' && (report.verdict === 'fail' || report.verdict === 'warn'));
    if (pr && wanted) {
      const octokit = createClient(settings.githubToken, (m) => core.warning(`flamegate: ${m}`));
      const runUrl = `${pr.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${pr.runId}`;
      const published = await publishToPullRequest(octokit, pr, report, {
        key: settings.key,
        png: settings.images === 'branch' ? png : undefined,
        imageBranch: settings.imageBranch,
        links: [`[run ${pr.runId}](${runUrl})`],
      });
      for (const warning of published.warnings) core.warning(`flamegate: ${warning}`);
      if (published.comment) core.setOutput('comment-url', published.comment.url);
      markdown = published.markdown;
    }
    writeFileSync(files.markdown, markdown);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    if (report.verdict === 'fail' && settings.failOnRegression) core.setFailed(`flamegate: ${regressions} function(s) regressed; see the job summary`);
  } catch (error) {
    if (error instanceof InputError) core.setFailed(`flamegate: ${error.message}`);
    else core.setFailed(`flamegate: internal error: ${(error as Error).message}`);
  }
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
  };
}
