// The sticky pull-request comment: one per PR and report key, found again by a hidden
// marker placed last in the body, updated in place, never duplicated, and never
// overwritten by an older run than the one that wrote it.
import type { GitHub } from '@actions/github/lib/utils';
import { keySlug } from './key';

/** The Octokit client of @actions/github. */
export type Octokit = InstanceType<typeof GitHub>;

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT = 65_536;

/** Where the comment goes and who writes it. */
export interface CommentTarget {
  owner: string;
  repo: string;
  issue: number;
  /** Report key: one comment per key. */
  key: string;
  /** The workflow run writing it; a comment from a newer run is left alone. */
  runId: number;
  sha: string;
}

/** What the upsert did. */
export interface CommentResult {
  action: 'created' | 'updated' | 'kept-newer';
  url: string;
  id: number;
}

/** The hidden marker, placed last in the body. Keys are restricted to a safe alphabet. */
export function commentMarker(key: string, runId: number, sha: string): string {
  return `<!-- flamegate key=${keySlug(key)} run=${runId} sha=${sha.replace(/[^0-9a-f]/gi, '').slice(0, 40)} -->`;
}


/** Returns the body with the marker last, cut (with a note) to GitHub's limit. */
export function composeBody(markdown: string, target: CommentTarget): string {
  const marker = `\n${commentMarker(target.key, target.runId, target.sha)}\n`;
  const room = MAX_COMMENT - marker.length;
  if (markdown.length <= room) return markdown + marker;
  const note = '\n\n_The report was cut to fit a comment; the whole report is in the job summary and the report artifact._\n';
  // Cut at a line end so a table row or code span is never left half open.
  const cut = markdown.lastIndexOf('\n', room - note.length);
  return markdown.slice(0, cut > 0 ? cut : room - note.length) + note + marker;
}

/** Finds the run id in a comment written by flamegate for `key`; null when it is not one. */
export function parseMarker(body: string, key: string): number | null {
  const m = /<!-- flamegate key=(\S+) run=(\d+) sha=[0-9a-f]* -->\s*$/.exec(body);
  return m && m[1] === keySlug(key) ? Number(m[2]) : null;
}

/** Returns the login the token acts as: a user's, else the Actions bot's (installation tokens cannot read /user). */
export async function getOwnLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return 'github-actions[bot]';
  }
}

/** Creates the comment, or updates the one a previous run of this key wrote. */
export async function upsertComment(octokit: Octokit, target: CommentTarget, markdown: string): Promise<CommentResult> {
  const body = composeBody(markdown, target);
  const login = await getOwnLogin(octokit);
  const ours = async () => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issue, per_page: 100 });
    return comments
      .filter((c) => c.user?.login === login && c.body && parseMarker(c.body, target.key) !== null)
      .map((c) => ({ id: c.id, url: c.html_url, run: parseMarker(c.body!, target.key)! }));
  };
  const existing = await ours();
  if (existing.length > 0) {
    const newest = existing.reduce((a, b) => (b.run > a.run || (b.run === a.run && b.id > a.id) ? b : a));
    if (newest.run > target.runId) return { action: 'kept-newer', url: newest.url, id: newest.id };
    const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: newest.id, body });
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  // Creating is not retried blindly: a failed POST may still have created the comment,
  // so look again before trying once more.
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issue, body });
      return { action: 'created', url: data.html_url, id: data.id };
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (attempt >= 3 || (status !== 0 && status < 500)) throw error;
      const found = (await ours()).find((c) => c.run === target.runId);
      if (found) return { action: 'created', url: found.url, id: found.id };
    }
  }
}
