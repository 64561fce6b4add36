// The files a record or compare step leaves in RUNNER_TEMP (report.json, diff.svg, diff.png,
// report.html, report.md, context.json), one folder per key, the outputs that name them, and the job summary.
import * as core from '@actions/core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../engine';
import { keySlug } from '../github/key';
import { rasterize, renderPicture, renderReportHtml, writeOutput } from '../outputs/outputs';
import { fitMarkdown } from '../report/fit';
import { reportJsonParts } from '../report/json';
import type { SourceLink } from '../report/report';
import { OUTPUT } from './settings';

/** The step's own folder for one key, under RUNNER_TEMP (else the working directory); made if missing. */
export function tempDir(key: string): string {
  const dir = join(process.env.RUNNER_TEMP ?? '.', `flamegate-${keySlug(key)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes report.json, diff.svg, diff.png and report.html (with the functions' `sources` where known), sets their outputs, and returns the paths. */
export async function writeFiles(key: string, analysis: Analysis, sources?: ReadonlyMap<string, SourceLink>) {
  const dir = tempDir(key);
  const svg = renderPicture(analysis, { key });
  const png = await rasterize(svg);
  const paths = { report: join(dir, 'report.json'), svg: join(dir, 'diff.svg'), png: join(dir, 'diff.png'), html: join(dir, 'report.html'), markdown: join(dir, 'report.md'), context: join(dir, 'context.json'), pngBytes: png };
  writeOutput(paths.report, reportJsonParts(analysis.report));
  writeOutput(paths.svg, svg);
  writeOutput(paths.png, png);
  writeOutput(paths.html, renderReportHtml(analysis, { key, ...(sources ? { sources } : {}) }));
  core.setOutput(OUTPUT.report, paths.report);
  core.setOutput(OUTPUT.svg, paths.svg);
  core.setOutput(OUTPUT.png, paths.png);
  core.setOutput(OUTPUT.html, paths.html);
  return paths;
}


/** GitHub drops a step's job summary larger than 1 MiB whole; this keeps a margin under it. */
export const MAX_SUMMARY_BYTES = 1_000_000;

/** Writes the job summary (where the runner asks for one), cut with a note to MAX_SUMMARY_BYTES. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const note = '\n\n_The report was cut to fit the job summary (1 MiB); the whole report is in the report artifact (`report.json`, `report.md`) and the `report` output._\n';
  await core.summary.addRaw(fitMarkdown(markdown, MAX_SUMMARY_BYTES, 'bytes', note)).write();
}
