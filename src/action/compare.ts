// mode: compare (and auto on a pull request): the baseline (given, or the base commit's
// artifact) against this run; the report artifact, the comment, the summary; then the gate.
import { log } from './log';
import * as core from '@actions/core';
import { join } from 'node:path';
import { compareFiles } from '../compare-files';
import { downloadBaseline, findBaseline, uploadImage, uploadReport, type FoundBaseline } from '../github/artifacts';
import type { Octokit } from '../github/comment';
import { explainGitHubError, hostImage, publishToPullRequest, type PullRequestContext } from '../github/publish';
import { writeOutput } from '../outputs/outputs';
import { leadViolations } from '../report/format';
import { renderMarkdown } from '../report/markdown';
import { tempDir, writeFiles } from './files';
import { OUTPUT, type Settings } from './settings';

/** Compare: the baseline (given, or the base commit's artifact) against this run; comment; gate. */
export async function compareStep(settings: Settings, pr: PullRequestContext | undefined, client: () => Octokit): Promise<void> {
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
  for (const note of report.notes) log.warning(`${note}`);
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
      mode, branch: settings.imageBranch, key: settings.key, png: paths.pngBytes, uploadArtifact: () => uploadImage(paths.png, settings.key),
    }, warnings);
    const published = await publishToPullRequest(client(), target, report, { key: settings.key, image, links, warnings });
    if (published.comment) core.setOutput(OUTPUT.commentUrl, published.comment.url);
    markdown = published.markdown;
  }
  for (const warning of warnings) log.warning(`${warning}`);
  writeOutput(paths.markdown, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
  if (report.verdict === 'fail' && settings.failOnRegression) log.fail(`${regressions} function(s) regressed; see the job summary`);
}

