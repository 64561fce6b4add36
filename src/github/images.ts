// Hosts the diff flame graph for the PR comment: commits the PNG to an orphan branch with
// the Git Data API (no checkout), named by its content hash and linked by commit SHA, so a
// link never changes under a reader. Retries when another job moved the branch meanwhile.
import { createHash } from 'node:crypto';
import type { Octokit } from './comment';
import { keySlug } from './key';

/** Where to put the image. */
export interface ImageTarget {
  owner: string;
  repo: string;
  /** Branch holding the images (default flamegate-assets). */
  branch: string;
  /** Folder in the branch: the report key. */
  folder: string;
  /** https://github.com or the GHES server, for the link. */
  serverUrl: string;
}

/** Returns the image's path in the branch: `<folder>/<sha256 prefix>.png`. */
export function imagePath(folder: string, png: Uint8Array): string {
  const hash = createHash('sha256').update(png).digest('hex').slice(0, 16);
  return `${keySlug(folder)}/${hash}.png`;
}

/** Commits the PNG to the branch (creating it as an orphan the first time) and returns its URL. */
export async function commitImage(octokit: Octokit, target: ImageTarget, png: Uint8Array): Promise<{ url: string; commit: string; path: string }> {
  const { owner, repo, branch } = target;
  const path = imagePath(target.folder, png);
  // The blob and the branch's head are independent: asked for at once (a round trip less).
  const [blob, firstHead] = await Promise.all([
    octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(png).toString('base64'), encoding: 'base64' }),
    getBranchHead(octokit, owner, repo, branch),
  ]);
  for (let attempt = 1; ; attempt++) {
    const head = attempt === 1 ? firstHead : await getBranchHead(octokit, owner, repo, branch);
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      ...(head ? { base_tree: head.tree } : {}),
      tree: [{ path, mode: '100644', type: 'blob', sha: blob.data.sha }],
    });
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: `flamegate: ${path}`,
      tree: tree.data.sha,
      parents: head ? [head.commit] : [],
    });
    try {
      if (head) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha, force: false });
      else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
      return { url: `${target.serverUrl}/${owner}/${repo}/raw/${commit.data.sha}/${path}`, commit: commit.data.sha, path };
    } catch (error) {
      // 422: the branch moved (not a fast-forward) or was created meanwhile: read it again.
      if ((error as { status?: number }).status !== 422 || attempt >= 5) throw error;
    }
  }
}

async function getBranchHead(octokit: Octokit, owner: string, repo: string, branch: string): Promise<{ commit: string; tree: string } | null> {
  try {
    const ref = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    const commit = await octokit.rest.git.getCommit({ owner, repo, commit_sha: ref.data.object.sha });
    return { commit: commit.data.sha, tree: commit.data.tree.sha };
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
