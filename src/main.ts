// The action's orchestration: the only place that fails the run. Publishing never decides
// pass/fail: the summary and outputs come first, then the step fails on a `fail` verdict.
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFiles } from './compare-files';
import { InputError } from './errors';
import { leadViolations } from './report/format';
import { renderMarkdown } from './report/markdown';
import { loadRasterAssets } from './render-assets';
import { buildDiffGraph } from './render/flame-graph';
import { renderPng } from './render/png';
import { renderSvg } from './render/svg';
import { failLimit } from './rules/config';
import { getSettings } from './settings';

/** Runs the action. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    if (settings.baseline.length === 0) {
      core.setOutput('verdict', 'no-baseline');
      core.setOutput('regressions', '0');
      core.notice('flamegate: no baseline profiles given (input `baseline`), so nothing was compared.');
      return;
    }
    const { report, comparison, config } = compareFiles({
      baseline: settings.baseline,
      candidate: settings.candidate,
      sampleType: settings.sampleType,
      normalize: settings.normalize,
      configPath: settings.config,
    });
    for (const note of report.notes) core.warning(`flamegate: ${note}`);
    const markdown = renderMarkdown(report, { key: settings.key });
    const dir = join(process.env.RUNNER_TEMP ?? '.', `flamegate-${settings.key}`);
    mkdirSync(dir, { recursive: true });
    const reportPath = join(dir, 'report.json');
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'report.md'), markdown);
    // Causes, as the verdict line counts them, not every caller and callee of one growth.
    const regressions = leadViolations(report).filter((l) => l.lead.severity === 'fail').length;
    core.setOutput('verdict', report.verdict);
    core.setOutput('regressions', String(regressions));
    core.setOutput('report', reportPath);
    const svg = renderSvg(buildDiffGraph(comparison, report, { key: settings.key, failPoints: failLimit(config) }));
    writeFileSync(join(dir, 'diff.svg'), svg);
    core.setOutput('svg', join(dir, 'diff.svg'));
    const { png } = await renderPng(svg, loadRasterAssets());
    writeFileSync(join(dir, 'diff.png'), png);
    core.setOutput('png', join(dir, 'diff.png'));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
    if (report.verdict === 'fail' && settings.failOnRegression) core.setFailed(`flamegate: ${regressions} function(s) regressed; see the job summary`);
  } catch (error) {
    if (error instanceof InputError) core.setFailed(`flamegate: ${error.message}`);
    else core.setFailed(`flamegate: internal error: ${(error as Error).message}`);
  }
}
