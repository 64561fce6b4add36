// Baselines as workflow artifacts: record uploads this run's profiles as
// `flamegate-<key>`; compare finds the base commit's latest successful push run that still
// has that artifact (else the nearest first-parent ancestor's) and downloads it.
import { DefaultArtifactClient } from '@actions/artifact';
import { copyFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Octokit } from './comment';
import { keySlug } from './key';

/** The artifact name of a report key. */
export function artifactName(key: string): string {
  return `flamegate-${keySlug(key)}`;
}

/** The artifact name of a key's report (JSON, Markdown, SVG, PNG and the PR it is for). */
export function reportArtifactName(key: string): string {
  return `flamegate-report-${keySlug(key)}`;
}

/** Uploads the report files of this run; returns the artifact id. */
export async function uploadReport(files: string[], key: string, retentionDays?: number): Promise<number | undefined> {
  const { id } = await new DefaultArtifactClient().uploadArtifact(reportArtifactName(key), files, commonDirectory(files), retentionDays ? { retentionDays } : {});
  return id;
}

/** Uploads the PNG as a non-zipped artifact (viewable in the browser); returns its id. */
export async function uploadImage(png: string, key: string): Promise<number | undefined> {
  // Uploaded unzipped, the artifact is named as its file: one name per key, or the second
  // leg of a matrix is refused (409 "an artifact with this name already exists").
  const named = join(dirname(png), `flamegate-${keySlug(key)}.png`);
  copyFileSync(png, named);
  const { id } = await new DefaultArtifactClient().uploadArtifact(basename(named), [named], dirname(named), { skipArchive: true });
  return id;
}

/** Uploads the profiles as the baseline artifact of this run; returns its id. */
export async function recordBaseline(files: string[], key: string, retentionDays?: number): Promise<number | undefined> {
  const absolute = files.map((f) => resolve(f));
  const root = commonDirectory(absolute);
  const { id } = await new DefaultArtifactClient().uploadArtifact(artifactName(key), absolute, root, retentionDays ? { retentionDays } : {});
  return id;
}

function commonDirectory(files: string[]): string {
  let dir = dirname(files[0]);
  while (!files.every((f) => relative(dir, f) && !relative(dir, f).startsWith('..'))) dir = dirname(dir);
  return dir;
}

/** Where a baseline was found. */
export interface FoundBaseline {
  runId: number;
  artifactId: number;
  /** The commit whose run recorded it. */
  sha: string;
  /** How many first-parent steps back from the base commit (0: the base commit itself). */
  stepsBack: number;
}

/** Why no baseline was found, in words for the report. */
export interface MissingBaseline {
  reason: string;
}

/**
 * Finds the latest successful push run on `branch` for `sha` with a live artifact
 * `flamegate-<key>`, walking back at most `maxSteps` first parents.
 */
export async function findBaseline(
  octokit: Octokit,
  where: { owner: string; repo: string; sha: string; branch?: string; key: string; maxSteps?: number },
): Promise<FoundBaseline | MissingBaseline> {
  const { owner, repo } = where;
  const name = artifactName(where.key);
  let expired = 0;
  let sha: string | undefined = where.sha;
  for (let step = 0; sha && step <= (where.maxSteps ?? 10); step++) {
    const runs = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, head_sha: sha, event: 'push', status: 'success', ...(where.branch ? { branch: where.branch } : {}), per_page: 20 });
    for (const run of [...runs.data.workflow_runs].sort((a, b) => b.id - a.id)) {
      const artifacts = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name, per_page: 100 });
      const live = artifacts.data.artifacts.find((a) => a.name === name && !a.expired);
      expired += artifacts.data.artifacts.filter((a) => a.name === name && a.expired).length;
      if (live) return { runId: run.id, artifactId: live.id, sha, stepsBack: step };
    }
    sha = await firstParent(octokit, owner, repo, sha);
  }
  const steps = where.maxSteps ?? 10;
  return {
    reason: expired > 0
      ? `the baseline artifact \`${name}\` of the base commit has expired (raise \`retention-days\` on the default branch)`
      : `no successful push run of the base commit or its ${steps} first-parent ancestors has an artifact \`${name}\` (run flamegate on pushes to the default branch to record one)`,
  };
}

async function firstParent(octokit: Octokit, owner: string, repo: string, sha: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: sha, per_page: 1 });
    return data.parents[0]?.sha;
  } catch {
    return undefined;
  }
}

/** Downloads the baseline artifact into `dir` and returns the files in it. */
export async function downloadBaseline(found: FoundBaseline, where: { owner: string; repo: string; token: string }, dir: string): Promise<string[]> {
  await new DefaultArtifactClient().downloadArtifact(found.artifactId, {
    path: dir,
    findBy: { token: where.token, workflowRunId: found.runId, repositoryOwner: where.owner, repositoryName: where.repo },
  });
  return listFiles(dir);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Downloads the live report artifact of `key` from workflow run `runId` into `dir`;
 * returns its id, or undefined when the run has none (expired or never uploaded).
 */
export async function downloadReportArtifact(octokit: Octokit, where: { owner: string; repo: string; runId: number; key: string; token: string; dir: string }): Promise<{ id: number } | undefined> {
  const { owner, repo, runId } = where;
  const name = reportArtifactName(where.key);
  const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, name, per_page: 100 });
  const artifact = listed.data.artifacts.find((a) => a.name === name && !a.expired);
  if (!artifact) return undefined;
  // unzip-stream (inside @actions/artifact) keeps entries inside `path`; only these names are read.
  await new DefaultArtifactClient().downloadArtifact(artifact.id, { path: where.dir, findBy: { token: where.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo } });
  return { id: artifact.id };
}
