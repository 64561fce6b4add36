// mode: trend: leaks in a series of heap profiles this run wrote (flamegate trend); no
// baseline. The report files, the comment on a pull request, the summary; then the gate.
import * as core from '@actions/core';
import { join } from 'node:path';
import { uploadImage } from '../github/artifacts';
import type { Octokit } from '../github/comment';
import { hostImage, postComment, type PullRequestContext } from '../github/publish';
import { rasterize, writeOutput } from '../outputs/outputs';
import { renderSvg } from '../render/svg';
import { buildTrendGraph } from '../trend/picture';
import { renderTrendMarkdown, trendJsonParts } from '../trend/text';
import { trendFiles } from '../trend/trend';
import { tempDir, writeSummary } from './files';
import { log } from './log';
import { OUTPUT, type Settings } from './settings';

/** Judges the series in `candidate`, reports it (files, outputs, comment, summary) and fails the step on a leak over max-growth. */
export async function trendStep(settings: Settings, pr: PullRequestContext | undefined, client: () => Octokit): Promise<void> {
  if (settings.baseline.length > 0) log.warning('input baseline is not used in mode trend: a trend needs no baseline (its snapshots are the candidate input)');
  const analysis = await trendFiles({ profiles: settings.candidate, sampleType: settings.sampleType, configPath: settings.config, ...(settings.maxGrowth ? { maxGrowth: settings.maxGrowth } : {}), ...(settings.tag ? { tag: settings.tag } : {}) });
  const { report } = analysis;
  for (const note of report.notes) log.warning(note);
  const dir = tempDir(settings.key);
  const svg = renderSvg(buildTrendGraph(analysis, { key: settings.key }));
  const png = await rasterize(svg);
  const paths = { report: join(dir, 'trend.json'), svg: join(dir, 'trend.svg'), png: join(dir, 'trend.png'), markdown: join(dir, 'trend.md') };
  writeOutput(paths.report, trendJsonParts(report));
  writeOutput(paths.svg, svg);
  writeOutput(paths.png, png);
  const failing = report.leaks.filter((l) => l.severity === 'fail').length;
  core.setOutput(OUTPUT.verdict, report.verdict);
  core.setOutput(OUTPUT.regressions, String(failing));
  core.setOutput(OUTPUT.report, paths.report);
  core.setOutput(OUTPUT.svg, paths.svg);
  core.setOutput(OUTPUT.png, paths.png);

  const warnings: string[] = [];
  const links = pr ? [`[run ${pr.runId}](${pr.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${pr.runId})`] : [];
  let markdown = renderTrendMarkdown(report, { key: settings.key, links });
  const wanted = settings.comment === 'always' || (settings.comment === 'on-regression' && report.verdict !== 'pass');
  if (pr && settings.comment !== 'never') {
    const mode = !wanted ? 'none' : settings.images === 'auto' ? (pr.publicRepository && !pr.fromFork ? 'branch' : 'artifact') : settings.images;
    const image = mode === 'none' ? undefined : await hostImage(client(), pr, {
      mode, branch: settings.imageBranch, key: settings.key, png, uploadArtifact: () => uploadImage(paths.png, settings.key),
    }, warnings);
    markdown = renderTrendMarkdown(report, { key: settings.key, links, ...(image ? { image } : {}) });
    const comment = await postComment(client(), pr, settings.key, markdown, { warnings, create: wanted });
    if (comment?.url) core.setOutput(OUTPUT.commentUrl, comment.url);
  }
  for (const warning of warnings) log.warning(warning);
  writeOutput(paths.markdown, markdown);
  await writeSummary(markdown);
  if (report.verdict === 'fail' && settings.failOnRegression) log.fail(`${failing} function(s) leak over max-growth ${report.maxGrowth}; see the job summary`);
}
