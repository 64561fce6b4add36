// The report and picture artifacts of a compare step (baselines are baseline.ts's):
// `flamegate-report-<key>` (what a workflow_run or combined comment step posts), the
// unzipped `flamegate-<key>.html` (the interactive report, which the comment links) and
// `flamegate-<key>.png` a comment links to where the image branch is refused.
import { DefaultArtifactClient } from '@actions/artifact';
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commonDirectory } from './baseline';
import type { Octokit } from './comment';
import { InputError } from '../errors';
import { keySlug } from './key';
import { BrokenArtifact, downloadZip, extractZip } from './download';

/** The artifact name of a key's report (JSON, Markdown, SVG, PNG and the PR it is for). */
export function reportArtifactName(key: string): string {
  return `flamegate-report-${keySlug(key)}`;
}

/** Uploads the report files of this run; returns the artifact id. */
export async function uploadReport(files: string[], key: string, retentionDays?: number): Promise<number | undefined> {
  const { id } = await new DefaultArtifactClient().uploadArtifact(reportArtifactName(key), files, commonDirectory(files), retentionDays ? { retentionDays } : {});
  return id;
}

/** The name of a key's interactive report, a non-zipped artifact. */
export function htmlArtifactName(key: string): string {
  return `flamegate-${keySlug(key)}.html`;
}

/** Uploads the PNG as a non-zipped artifact (viewable in the browser); returns its id. */
export async function uploadImage(png: string, key: string): Promise<number | undefined> {
  return uploadFile(png, `flamegate-${keySlug(key)}.png`);
}

/** Uploads the interactive report as a non-zipped artifact (opens in the browser); returns its id. */
export async function uploadHtml(html: string, key: string): Promise<number | undefined> {
  return uploadFile(html, htmlArtifactName(key));
}

/**
 * Uploads one file, unzipped (@actions/artifact 6.2 skipArchive): the artifact is named as
 * its file, so each key's gets its own name, or the second leg of a matrix is refused
 * (409 "an artifact with this name already exists").
 */
async function uploadFile(path: string, name: string): Promise<number | undefined> {
  const named = join(dirname(path), name);
  copyFileSync(path, named);
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, [named], dirname(named), { skipArchive: true });
  return id;
}

/** A live artifact of a run, as GitHub lists it. */
export interface ListedArtifact {
  id: number;
  name: string;
  /** `sha256:<hex>` of the zip, where GitHub lists one. */
  digest?: string;
}

/** The live (unexpired) artifacts of workflow run `runId`. */
export async function listRunArtifacts(octokit: Octokit, where: { owner: string; repo: string; runId: number }): Promise<ListedArtifact[]> {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner: where.owner, repo: where.repo, run_id: where.runId, per_page: 100 });
  return all.filter((a) => !a.expired).map((a) => ({ id: a.id, name: a.name, digest: a.digest ?? undefined }));
}

/** The report artifacts among a run's artifacts. */
export function reportArtifacts(listed: ListedArtifact[]): ListedArtifact[] {
  return listed.filter((a) => a.name.startsWith(reportArtifactName('')));
}

/**
 * Downloads a report artifact of run `runId` into `dir`, retrying transient failures;
 * throws InputError when the zip differs from the listed digest or is not one flamegate
 * writes (cut short, unsafe entry names, too many or too large entries).
 */
export async function downloadReportArtifact(artifact: ListedArtifact, where: { owner: string; repo: string; runId: number; token: string; dir: string }): Promise<void> {
  try {
    const zip = await downloadZip({ id: artifact.id, runId: where.runId, digest: artifact.digest }, where, join(where.dir, 'zip'));
    await extractZip(zip, where.dir, { maxEntries: 16, maxBytes: 64 << 20 });
  } catch (error) {
    if (error instanceof BrokenArtifact) throw new InputError(`report artifact ${artifact.name} of run ${where.runId}: ${error.message}`);
    throw error;
  }
}
