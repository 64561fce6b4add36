// mode: record (and auto on a push to the default branch or a `record-branches` branch): keep this run's profiles as the
// baseline artifact, and show them in the job summary.
import { log } from './log';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { compareFiles } from '../compare-files';
import { join } from 'node:path';
import { recordBaseline } from '../github/baseline';
import type { Octokit } from '../github/comment';
import { commitImage } from '../github/images';
import { explainGitHubError } from '../github/publish';
import { writeOutput } from '../outputs/outputs';
import { renderMarkdown } from '../report/markdown';
import { tempDir, writeFiles, writeSummary } from './files';
import { OUTPUT, type Settings } from './settings';

/** Record: keep this run's profiles as the baseline artifact, and summarize them. */
export async function recordStep(settings: Settings, client: () => Octokit): Promise<void> {
  const analysis = await compareFiles({ baseline: [], candidate: settings.candidate, sampleType: settings.sampleType, normalize: settings.normalize, configPath: settings.config });
  const { report } = analysis;
  // The files the loader found (globs expanded once, there): the ones kept as the baseline.
  const files = analysis.comparison.candidate.sources;
  let recorded = '';
  try {
    const id = await recordBaseline(files, settings.key, join(tempDir(settings.key), 'record'), settings.retentionDays);
    recorded = `Recorded ${files.length} profile(s) as the baseline artifact \`flamegate-${settings.key}\`${id ? ` (id ${id})` : ''}.`;
  } catch (error) {
    log.warning(`uploading the baseline artifact failed: ${(error as Error).message.split('\n')[0]}`);
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
      const { url } = await commitImage(client(), { owner, repo, branch: settings.imageBranch, folder: settings.key, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com' }, paths.pngBytes);
      picture = `![flame graph of this run](${url})\n\n`;
    } catch (error) {
      log.info(`the flame graph stays in the outputs (${explainGitHubError(error, 'committing it to the image branch', 'contents: write')})`);
    }
  }
  const markdown = `${recorded}\n\n${picture}${renderMarkdown(report, { key: settings.key })}`;
  writeOutput(paths.markdown, markdown);
  await writeSummary(markdown);
}

