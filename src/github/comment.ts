// The sticky pull-request comment: one per PR and report key, found again by a hidden
// marker placed last in the body, updated in place, never duplicated, never overwritten by
// an older run than the one that wrote it, and always naming the pull request's newest head.
import type { GitHub } from '@actions/github/lib/utils';
import { fitMarkdown } from '../report/fit';
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
  /** superseded: the pull request's head moved on, its run writes; none: nothing to update (create: false). */
  action: 'created' | 'updated' | 'kept-newer' | 'superseded' | 'none';
  url: string;
  id: number;
}

/** The hidden marker, placed last in the body. Keys are restricted to a safe alphabet. */
export function commentMarker(key: string, runId: number, sha: string): string {
  return `<!-- flamegate key=${keySlug(key)} run=${runId} sha=${sha.replace(/[^0-9a-f]/gi, '').slice(0, 40)} -->`;
}


/** Returns the body with the marker last, cut (with a note) to GitHub's limit. */
export function composeBody(markdown: string, target: CommentTarget): string {
  const note = '\n\n_The report was cut to fit a comment; the whole report is in the job summary and the report artifact._\n';
  return fitMarkdown(markdown, MAX_COMMENT, 'characters', note, `\n${commentMarker(target.key, target.runId, target.sha)}\n`);
}

/** What a marker says: the run that wrote the comment and the head it compared. */
export interface Marker {
  run: number;
  sha: string;
}

/**
 * Reads the marker of a comment flamegate wrote for `key`; null when the body has none. The
 * last marker counts, wherever it is: someone with write access may add text below it.
 */
export function parseMarker(body: string, key: string): Marker | null {
  let last: RegExpExecArray | undefined;
  for (const m of body.matchAll(/<!-- flamegate key=(\S+) run=(\d+) sha=([0-9a-f]*) -->/g)) last = m;
  return last && last[1] === keySlug(key) ? { run: Number(last[2]), sha: last[3] } : null;
}

/**
 * Returns the login the token acts as, or undefined for an installation token (the Actions
 * token, a GitHub App's), which cannot read /user: its comments are the `[bot]` user's.
 */
export async function getOwnLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return undefined;
  }
}

/** One of the token's marker comments for the key. */
interface Ours extends Marker {
  id: number;
  url: string;
  body: string;
}

const status = (error: unknown) => (error as { status?: number }).status ?? 0;

/**
 * Keeps one comment per pull request and key, naming the newest head, however runs of one
 * pull request interleave (a push while a run is going; matrix re-runs; a comment deleted by
 * hand). GitHub has no conditional update of a comment, so every write is framed by checks:
 *
 * - Before writing: when the pull request's head is no longer this run's commit, the newer
 *   head's run writes the comment, and this one writes nothing (`superseded`); a comment a
 *   newer run wrote is left alone (`kept-newer`).
 * - The sticky comment is the oldest marker comment; it is updated in place, and created
 *   when there is none (or when it was deleted between listing and updating: 404).
 * - After creating: two runs that listed at once both create; each lists again, puts the
 *   newest run's body in the oldest comment and deletes the others, so both end alike.
 * - After writing: when the head moved while this run wrote (its update may have landed
 *   after the newer run's), the comment gets a first line saying it is out of date, naming
 *   the new head and linking its newest run; that run's own write replaces it.
 *
 * `create: false` only updates an existing comment (a `comment: on-regression` pass that
 * clears an earlier failure); with none, the result is `none`.
 */
export async function upsertComment(octokit: Octokit, target: CommentTarget, markdown: string, options: { create?: boolean } = {}): Promise<CommentResult> {
  const body = composeBody(markdown, target);
  const { owner, repo } = target;
  const list = () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: target.issue, per_page: 100 });
  // Who the token is, the head and the comments do not depend on each other: read at once
  // (two round trips less before the write).
  const [login, headBefore, firstList] = await Promise.all([getOwnLogin(octokit), headOf(octokit, target), list()]);
  const oursOf = (comments: Awaited<ReturnType<typeof list>>): Ours[] => {
    // A user token's comments are its login's; an installation token's are a bot's
    // (`github-actions[bot]`, `<app>[bot]`): never a person's, whatever marker they copy.
    const mine = (user: { login: string; type?: string } | null | undefined) => (login !== undefined ? user?.login === login : user?.type === 'Bot');
    return comments.flatMap((c) => {
      const marker = mine(c.user) && c.body ? parseMarker(c.body, target.key) : null;
      return marker ? [{ ...marker, id: c.id, url: c.html_url, body: c.body! }] : [];
    }).sort((a, b) => a.id - b.id);
  };
  const ours = async (): Promise<Ours[]> => oursOf(await list());
  const done = (action: CommentResult['action'], c?: { id: number; url: string }): CommentResult => ({ action, id: c?.id ?? 0, url: c?.url ?? '' });
  // The newest run's comment: the highest run id, the later comment of one run.
  const newest = (list: Ours[]) => list.reduce((a, b) => (b.run > a.run || (b.run === a.run && b.id > a.id) ? b : a));

  if (headBefore !== undefined && headBefore !== target.sha) return done('superseded', oursOf(firstList)[0]);
  const existing = oursOf(firstList);
  if (existing.length > 0 && newest(existing).run > target.runId) return done('kept-newer', existing[0]);
  let written: { id: number; url: string } | undefined;
  let action: CommentResult['action'] = 'updated';
  if (existing.length > 0) {
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing[0].id, body });
      written = { id: data.id, url: data.html_url };
    } catch (error) {
      if (status(error) !== 404) throw error; // deleted since it was listed: make a new one
    }
  }
  if (!written) {
    if (options.create === false) return done('none');
    written = await create(octokit, target, body, ours);
    action = 'created';
  }
  // Duplicates (runs that created at once, or older ones left behind): keep the oldest, with
  // the newest run's body. The head is read at the same time, after the write as well.
  const [after, head] = await Promise.all([ours(), headOf(octokit, target)]);
  if (after.length > 1) {
    const best = newest(after);
    if (after[0].body !== best.body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: after[0].id, body: best.body });
    for (const extra of after.slice(1)) {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: extra.id }).catch((error) => {
        if (status(error) !== 404) throw error;
      });
    }
    written = after[0];
  }
  if (head && head !== target.sha) {
    const now = (await ours())[0];
    if (now?.run === target.runId) {
      // This write may have landed over the newer head's comment: say so, and where its report is.
      const run = await newestRunOf(octokit, target, head);
      const where = run ? `[run ${run.id}](${run.url})` : "that commit's checks";
      const banner = `> ⚠️ Out of date: this report is for \`${target.sha.slice(0, 7)}\`, and the pull request's head is now \`${head.slice(0, 7)}\`; its comparison is in ${where}.\n\n`;
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: now.id, body: composeBody(banner + markdown, target) });
    }
  }
  return done(action, written);
}

async function create(octokit: Octokit, target: CommentTarget, body: string, ours: () => Promise<Ours[]>): Promise<{ id: number; url: string }> {
  // Creating is not retried blindly: a failed POST may still have created the comment,
  // so look again before trying once more.
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issue, body });
      return { id: data.id, url: data.html_url };
    } catch (error) {
      if (attempt >= 3 || (status(error) !== 0 && status(error) < 500)) throw error;
      const found = (await ours()).find((c) => c.run === target.runId);
      if (found) return found;
    }
  }
}

/** The pull request's head commit now; undefined when it cannot be read (then no run is taken as superseded). */
async function headOf(octokit: Octokit, target: CommentTarget): Promise<string | undefined> {
  try {
    return (await octokit.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.issue })).data.head.sha;
  } catch {
    return undefined;
  }
}

/** The newest workflow run of a commit (any event), for a link; undefined when none or unreadable. */
async function newestRunOf(octokit: Octokit, target: CommentTarget, sha: string): Promise<{ id: number; url: string } | undefined> {
  try {
    const { data } = await octokit.rest.actions.listWorkflowRunsForRepo({ owner: target.owner, repo: target.repo, head_sha: sha, per_page: 1 });
    const run = data.workflow_runs[0];
    return run ? { id: run.id, url: run.html_url } : undefined;
  } catch {
    return undefined;
  }
}

