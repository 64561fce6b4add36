// Downloading an artifact and opening its zip. @actions/artifact streams the zip into
// unzip-stream as it arrives, which spins forever on a zip missing its last bytes (a body
// cut short, or a fork's report artifact made so), and checks the digest only after. Here
// the zip is saved as it is (skipDecompress), checked against the digest GitHub lists,
// and read with yauzl, which reads the central directory first: a zip cut short is an
// error at once, a `../` or absolute entry name is an error, entries are size-checked.
import { DefaultArtifactClient } from '@actions/artifact';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { withRetries } from './retry';

/** An artifact to download: its id, the run it belongs to, and the digest GitHub lists (`sha256:<hex>`). */
export interface ArtifactRef {
  id: number;
  runId: number;
  digest?: string;
}

/** A downloaded artifact that cannot be used: cut short, changed, or not a zip flamegate writes. */
export class BrokenArtifact extends Error {
  override name = 'BrokenArtifact';
}

/**
 * Downloads the artifact's zip into `dir` (emptied first), retrying 5xx answers and dropped
 * connections, and returns the zip's path. Throws BrokenArtifact when its SHA-256 differs
 * from the listed digest.
 */
export async function downloadZip(artifact: ArtifactRef, where: { owner: string; repo: string; token: string }, dir: string): Promise<string> {
  await withRetries(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: dir,
      skipDecompress: true,
      findBy: { token: where.token, workflowRunId: artifact.runId, repositoryOwner: where.owner, repositoryName: where.repo },
    });
  });
  const saved = readdirSync(dir);
  if (saved.length !== 1) throw new BrokenArtifact(`the download of artifact ${artifact.id} left ${saved.length} files, expected its zip`);
  const zip = join(dir, saved[0]);
  if (artifact.digest) {
    const digest = `sha256:${await sha256File(zip)}`;
    if (digest !== artifact.digest) throw new BrokenArtifact(`it differs from the digest GitHub lists for it (${artifact.digest}): cut short or changed`);
  }
  return zip;
}

/** The SHA-256 of a file, in hex. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Writes the zip's files into `dir` (file names as the zip has them, `/`-separated) and
 * returns their names. Throws BrokenArtifact on a malformed zip, an unsafe entry name
 * (absolute, `..`, a backslash), more than `maxEntries` entries, or an entry larger than
 * `maxBytes` (checked on the bytes inflated, not the size the zip claims).
 */
export async function extractZip(zip: string, dir: string, limits: { maxEntries: number; maxBytes: number }): Promise<string[]> {
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await yauzl.openPromise(zip, { strictFileNames: true });
  } catch (error) {
    throw new BrokenArtifact(`it is not a whole zip (${(error as Error).message.split('\n')[0]})`);
  }
  const names: string[] = [];
  try {
    if (zipfile.entryCount > limits.maxEntries) throw new BrokenArtifact(`it holds ${zipfile.entryCount} entries, more than the ${limits.maxEntries} flamegate writes`);
    for await (const entry of zipfile.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      if (entry.uncompressedSize > limits.maxBytes) throw new BrokenArtifact(`its entry ${JSON.stringify(entry.fileName)} is larger than ${limits.maxBytes} bytes`);
      const target = join(dir, ...entry.fileName.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      await pipeline(await zipfile.openReadStreamPromise(entry), createWriteStream(target));
      names.push(entry.fileName);
    }
  } catch (error) {
    if (error instanceof BrokenArtifact) throw error;
    throw new BrokenArtifact(`it is not a zip flamegate can read (${(error as Error).message.split('\n')[0]})`);
  } finally {
    zipfile.close();
  }
  return names;
}
