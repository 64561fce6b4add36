// Ties functions to the pull request's code (DESIGN.md section 5): each function's source
// file as a path in the repository, a link to its line at the head commit, and whether the
// pull request changed that file. Profiles name files as the build saw them (a runner's
// checkout path, a module path, a path relative to the scripts' common folder): a path is
// made relative to the checkout, else matched to a changed file by its tail.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceLink } from '../report/report';
import type { Octokit } from './comment';

/** The repository and commit links point at, the checkout, and the files the pull request changed. */
export interface SourceContext {
  serverUrl: string;
  owner: string;
  repo: string;
  /** The head commit. */
  sha: string;
  /** The checkout (GITHUB_WORKSPACE): absolute paths under it are made relative, relative ones checked in it. */
  workspace?: string;
  /** Paths (in the repository) the pull request changed. */
  changed: string[];
}

/** Returns the paths the pull request changed (GitHub lists at most 3,000), as GitHub names them. */
export async function changedFiles(octokit: Octokit, where: { owner: string; repo: string; number: number }): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: where.owner, repo: where.repo, pull_number: where.number, per_page: 100 });
  return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
}

/**
 * Returns the source links of the functions whose file can be placed in the repository,
 * by function name. A profile's file is placed: under the checkout (made relative); as a
 * changed file or a path ending in one (`/home/runner/work/app/app/main.go` or
 * `github.com/acme/app/main.go` for `main.go`); as the one changed file ending in it
 * (`work.js` for `src/work.js`); or as a file of the checkout. Others get no link.
 */
export function sourceLinks(functions: Iterable<{ name: string; file?: string; line?: number }>, context: SourceContext): Map<string, SourceLink> {
  const changed = new Set(context.changed);
  const placed = new Map<string, string | null>();
  const place = (raw: string): string | null => {
    let file = raw.replace(/\\/g, '/').replace(/^file:\/\//, '');
    const workspace = context.workspace?.replace(/\\/g, '/').replace(/\/+$/, '');
    if (workspace && file.startsWith(`${workspace}/`)) file = file.slice(workspace.length + 1);
    if (changed.has(file)) return file;
    let best: string | null = null;
    for (const path of changed) if (file.endsWith(`/${path}`) && (!best || path.length > best.length)) best = path;
    if (best) return best;
    const tails = context.changed.filter((path) => path.endsWith(`/${file}`));
    if (tails.length === 1) return tails[0];
    if (workspace && !file.startsWith('/') && !file.split('/').includes('..') && existsSync(join(workspace, file))) return file;
    return null;
  };
  const links = new Map<string, SourceLink>();
  const base = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/`;
  for (const f of functions) {
    if (!f.file) continue;
    let path = placed.get(f.file);
    if (path === undefined) placed.set(f.file, (path = place(f.file)));
    if (path === null) continue;
    const url = `${base}${path.split('/').map(encodeURIComponent).join('/')}${f.line ? `#L${f.line}` : ''}`;
    links.set(f.name, { path, ...(f.line ? { line: f.line } : {}), url, changed: changed.has(path) });
  }
  return links;
}
