// Baselines as workflow artifacts. Record stages this run's profiles under `profiles/` with a
// manifest (`flamegate-baseline.json`: each file's path, size and SHA-256) and uploads them
// as `flamegate-<key>`. Compare finds the newest push run of the base commit that holds that
// artifact (else the nearest first-parent ancestor's), downloads it with retries, checks the
// service's digest, and reads exactly the files the manifest lists: an artifact cut short, or
// one with entries the record step never writes (`../x`, absolute names), is refused whole.
import { DefaultArtifactClient } from '@actions/artifact';
import { LIMITS } from '../model/call-tree';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { Octokit } from './comment';
import { keySlug } from './key';
import { BrokenArtifact, downloadZip, extractZip, sha256File } from './download';

/** The artifact name of a report key's baseline. */
export function artifactName(key: string): string {
  return `flamegate-${keySlug(key)}`;
}

/** The manifest's file name, at the artifact's root. */
export const MANIFEST = 'flamegate-baseline.json';

const manifestSchema = z.object({
  flamegate: z.literal('baseline'),
  version: z.literal(1),
  files: z.array(z.object({
    path: z.string().regex(/^profiles\/[^\0]+$/).refine((p) => !p.split('/').includes('..'), 'no .. segment'),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }).strict()).min(1).max(LIMITS.runs).refine((files) => new Set(files.map((f) => f.path)).size === files.length, 'a path listed twice'),
}).strict();

const MAX_FILES = LIMITS.runs;

type Manifest = z.infer<typeof manifestSchema>;

/**
 * Copies `files` under `stage/profiles/` (their paths relative to their common folder) and
 * writes the manifest beside; returns the paths to upload, the manifest first.
 */
export async function stageBaseline(files: string[], stage: string): Promise<string[]> {
  rmSync(stage, { recursive: true, force: true });
  const absolute = files.map((f) => resolve(f));
  const root = commonDirectory(absolute);
  const staged = absolute.map((file) => {
    const path = `profiles/${relative(root, file).split(sep).join('/')}`;
    const target = join(stage, path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    return { path, target };
  });
  const manifest: Manifest = {
    flamegate: 'baseline', version: 1,
    files: await Promise.all(staged.map(async ({ path, target }) => ({ path, bytes: statSync(target).size, sha256: await sha256File(target) }))),
  };
  writeFileSync(join(stage, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return [join(stage, MANIFEST), ...staged.map((s) => s.target)];
}

/** Uploads this run's profiles as the baseline artifact (staged in `stage`); returns its id. */
export async function recordBaseline(files: string[], key: string, stage: string, retentionDays?: number): Promise<number | undefined> {
  const upload = await stageBaseline(files, stage);
  const { id } = await new DefaultArtifactClient().uploadArtifact(artifactName(key), upload, stage, retentionDays ? { retentionDays } : {});
  return id;
}

/** The folder every file sits under. */
export function commonDirectory(files: string[]): string {
  let dir = dirname(files[0]);
  while (!files.every((f) => relative(dir, f) && !relative(dir, f).startsWith('..'))) dir = dirname(dir);
  return dir;
}

/** Where a baseline was found. */
export interface FoundBaseline {
  runId: number;
  artifactId: number;
  /** The artifact service's SHA-256 of the zip (`sha256:<hex>`), when it lists one. */
  digest?: string;
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
 * Finds the newest push run on `branch` for `sha` holding a live artifact `flamegate-<key>`,
 * walking back at most `maxSteps` first parents. A run is taken whatever its conclusion: the
 * artifact exists only once the record step finished uploading it, so another job's failure
 * in the same run does not throw the baseline away (the manifest checks it is whole).
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
    // Every push run of the commit: each workflow on the push has one, and any may be flamegate's.
    const runs = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { owner, repo, head_sha: sha, event: 'push', ...(where.branch ? { branch: where.branch } : {}), per_page: 100 });
    for (const run of [...runs].sort((a, b) => b.id - a.id)) {
      const artifacts = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name, per_page: 100 });
      const live = artifacts.data.artifacts.find((a) => a.name === name && !a.expired);
      expired += artifacts.data.artifacts.filter((a) => a.name === name && a.expired).length;
      if (live) return { runId: run.id, artifactId: live.id, digest: live.digest ?? undefined, sha, stepsBack: step };
    }
    sha = await firstParent(octokit, owner, repo, sha);
  }
  const steps = where.maxSteps ?? 10;
  return {
    reason: expired > 0
      ? `the baseline artifact \`${name}\` of the base commit has expired (raise \`retention-days\` where it is recorded)`
      : `no push run of the base commit or its ${steps} first-parent ancestors has an artifact \`${name}\` (run flamegate on pushes to the branch the pull request targets to record one: see \`record-branches\`)`,
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

/**
 * Downloads the baseline artifact into `dir` (emptied first; retried on 5xx answers and
 * dropped connections, four attempts 1, 2 and 4 s apart) and returns the profiles the
 * manifest lists, in its order. Throws BrokenArtifact, its message naming the artifact,
 * when the zip differs from the listed digest, is not whole, has an unsafe entry name, or
 * does not hold exactly the manifest and the files it lists; other errors after the last
 * attempt.
 */
export async function downloadBaseline(found: FoundBaseline, where: { owner: string; repo: string; token: string }, dir: string): Promise<string[]> {
  const name = `the baseline artifact of run ${found.runId}`;
  try {
    const zip = await downloadZip({ id: found.artifactId, runId: found.runId, digest: found.digest }, where, join(dir, 'zip'));
    const files = join(dir, 'files');
    rmSync(files, { recursive: true, force: true });
    await extractZip(zip, files, { maxEntries: MAX_FILES + 1, maxBytes: 1 << 30 });
    return await checkAgainstManifest(files, name);
  } catch (error) {
    if (error instanceof BrokenArtifact && !error.message.startsWith(name)) throw new BrokenArtifact(`${name}: ${error.message}, so it was not used`);
    throw error;
  }
}

/** The files the manifest in `dir` lists, checked; throws BrokenArtifact (see downloadBaseline). */
export async function checkAgainstManifest(dir: string, name: string): Promise<string[]> {
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath) || statSync(manifestPath).size > 1 << 20) {
    throw new BrokenArtifact(`${name} has no ${MANIFEST} (recorded by an older flamegate, or cut short): record the baseline again`);
  }
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  } catch {
    throw new BrokenArtifact(`${name} has a ${MANIFEST} flamegate does not write: record the baseline again`);
  }
  const listed = new Set([MANIFEST, ...manifest.files.map((f) => f.path)]);
  const present = listFiles(dir).map((f) => relative(dir, f).split(sep).join('/'));
  const extra = present.filter((p) => !listed.has(p));
  if (extra.length > 0) throw new BrokenArtifact(`${name} holds ${extra.length} entr${extra.length === 1 ? 'y' : 'ies'} the record step does not write (${extra.slice(0, 3).map((e) => JSON.stringify(e)).join(', ')}): refused`);
  for (const file of manifest.files) {
    const path = join(dir, ...file.path.split('/'));
    if (!existsSync(path)) throw new BrokenArtifact(`${name} lacks ${JSON.stringify(file.path)}, which its manifest lists (${manifest.files.length} profiles): cut short, so it was not used`);
    if (statSync(path).size !== file.bytes || (await sha256File(path)) !== file.sha256) throw new BrokenArtifact(`${name}: ${JSON.stringify(file.path)} differs from its manifest's size or SHA-256, so it was not used`);
  }
  return manifest.files.map((f) => join(dir, ...f.path.split('/')));
}

/** Every regular file under `dir`, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
