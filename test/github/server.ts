// A loopback HTTP server that speaks the part of GitHub's REST API flamegate uses, with
// in-memory state and injectable faults. Tests point the real Octokit at it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

// Request bodies are checked against GitHub's OpenAPI description (scripts/extract-openapi.js).
const openapi = JSON.parse(readFileSync(join(__dirname, 'openapi-requests.json'), 'utf8')) as { endpoints: Record<string, object> };
const ajv = new Ajv({ strict: false, allErrors: false });
const validators = Object.entries(openapi.endpoints).map(([key, schema]) => {
  const [method, template] = key.split(' ');
  const pattern = new RegExp(`^${template.replace(/\{ref\}/, '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return { key, method, pattern, validate: ajv.compile(schema) };
});

export interface FakeComment {
  id: number;
  body: string;
  /** GitHub's user object: `type` is Bot for an app's or Actions' login (`name[bot]`), else User. */
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
}

/** A fault: answer `status` to the next `times` requests matching method and path. */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  headers?: Record<string, string>;
  message?: string;
  /** Carry the request out before answering with the fault (a POST that failed after it wrote). */
  after?: boolean;
}

/** A workflow run of the fake repository. */
export interface FakeRun {
  id: number;
  head_sha: string;
  head_branch: string;
  event: string;
  status: 'completed';
  conclusion: 'success' | 'failure';
  created_at: string;
}

/** An artifact stored by the fake artifact service. */
export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  expired: boolean;
  /** The zip (or raw file) bytes. */
  content: Buffer;
  size: number;
  /** `sha256:<hex>` of the bytes as uploaded, which GitHub lists (null for artifacts of upload-artifact v3). */
  digest?: string | null;
}

/** Something that happens before the server answers a matching request: another run's work, a user's edit. */
export interface Hook {
  method: string;
  path: RegExp;
  /** Only requests made with this token (each simulated run has its own). */
  token?: string;
  run: () => Promise<void> | void;
}

/** owner/name from an API path `/repos/owner/name/...`. */
const repoOf = (path: string) => path.split('/').slice(2, 4).join('/');

export class FakeGitHub {
  readonly runs: FakeRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  /** Commit parents (first parent first), for walking back from a base commit. */
  readonly parents = new Map<string, string[]>();
  /** Pull requests: number, head commit, state. */
  readonly pulls: { number: number; head: { sha: string }; state: 'open' | 'closed' }[] = [];
  /** Each pull request's changed files, as GET /repos/{o}/{r}/pulls/{n}/files lists them (paged). */
  readonly pullFiles = new Map<number, { filename: string; status: 'added' | 'modified' | 'removed' | 'renamed' }[]>();
  /** The run the artifact service uploads into (the job being tested). */
  currentRunId = 0;
  private readonly uploads = new Map<string, { blocks: Map<string, Buffer>; content?: Buffer }>();
  readonly comments = new Map<string, FakeComment[]>();
  readonly requests: { method: string; path: string; body: unknown }[] = [];
  readonly faults: Fault[] = [];
  /** One-shot hooks, taken in order: the first that matches a request runs before it is answered. */
  readonly hooks: Hook[] = [];
  /** Request bodies that GitHub's OpenAPI description refuses. */
  readonly schemaErrors: string[] = [];
  /** Git objects and refs, per repository: blobs and trees by sha, commits, heads. */
  readonly git = { blobs: new Map<string, string>(), trees: new Map<string, Record<string, string>>(), commits: new Map<string, { tree: string; parents: string[]; message: string }>(), refs: new Map<string, string>() };
  /** Login by token; a token missing here reads /user as 403 (an installation token). */
  readonly users = new Map<string, string>();
  /** A GitHub App's installation tokens: /user is 403 and its comments are written as `<app>[bot]`. */
  readonly apps = new Map<string, string>();
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** Stops the server; rejects when a request body broke GitHub's OpenAPI description. */
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    if (this.schemaErrors.length > 0) throw new Error(`requests GitHub would refuse:\n${this.schemaErrors.join('\n')}`);
  }

  /** Replaces an artifact's bytes as an upload would (the listed digest follows them). */
  setContent(artifact: FakeArtifact, content: Buffer): void {
    artifact.content = content;
    artifact.size = content.length;
    artifact.digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
  }

  /** Adds a comment as `login` to an issue of owner/repo. */
  addComment(repo: string, issue: number, login: string, body: string): FakeComment {
    const comment: FakeComment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: '' };
    comment.html_url = `https://github.com/${repo}/pull/${issue}#issuecomment-${comment.id}`;
    const key = `${repo}#${issue}`;
    this.comments.set(key, [...(this.comments.get(key) ?? []), comment]);
    return comment;
  }

  /** Milliseconds each request waits before it is answered (GitHub's own latency, for the step bench; 0 in tests). */
  latencyMs = 0;

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const raw = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    if (url.pathname.startsWith('/blob/')) return this.routeBlob(method, url, raw, res);
    const text = raw.toString('utf8');
    const body = text ? JSON.parse(text) : undefined;
    this.requests.push({ method, path: url.pathname, body });
    const decoded = decodeURIComponent(url.pathname);
    const validator = validators.find((v) => v.method === method && v.pattern.test(decoded));
    if (validator && !validator.validate(body)) {
      this.schemaErrors.push(`${validator.key}: ${ajv.errorsText(validator.validate.errors)}`);
      return this.send(res, 422, { message: 'Invalid request', errors: validator.validate.errors });
    }
    const token = (req.headers.authorization ?? '').replace(/^(token|Bearer) /, '');
    const hook = this.hooks.findIndex((h) => h.method === method && h.path.test(url.pathname) && (h.token === undefined || h.token === token));
    if (hook >= 0) await this.hooks.splice(hook, 1)[0].run();
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) fault.times--;
    if (fault && !fault.after) return this.send(res, fault.status, { message: fault.message ?? 'fault' }, fault.headers);
    const [status, data, headers] = this.route(method, url, body, token);
    if (fault) return this.send(res, fault.status, { message: fault.message ?? 'fault' }, fault.headers);
    this.send(res, status, data, headers);
  }

  private route(method: string, url: URL, body: any, token: string): [number, unknown, Record<string, string>?] {
    // GitHub takes `heads%2Fmain` and `heads/main` alike.
    const path = decodeURIComponent(url.pathname);
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/user') {
      const login = this.users.get(token);
      return login ? [200, { login }] : [403, { message: 'Resource not accessible by integration' }];
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const key = `${m[1]}#${m[2]}`;
      if (method === 'GET') {
        const { shown, headers } = this.page(url, this.comments.get(key) ?? []);
        return [200, shown, headers];
      }
      if (method === 'POST') {
        if (typeof body?.body !== 'string') return [422, { message: 'body is required' }];
        if (body.body.length > 65536) return [422, { message: 'body is too long (maximum is 65536 characters)' }];
        return [201, this.addComment(m[1], Number(m[2]), this.users.get(token) ?? this.apps.get(token) ?? 'github-actions[bot]', body.body)];
      }
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path)) && method === 'DELETE') {
      for (const [key, list] of this.comments) {
        if (list.some((x) => x.id === Number(m![2]))) {
          this.comments.set(key, list.filter((x) => x.id !== Number(m![2])));
          return [204, undefined];
        }
      }
      return [404, { message: 'Not Found' }];
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === Number(m![2]));
        if (c) {
          if (typeof body?.body !== 'string' || body.body.length > 65536) return [422, { message: 'invalid body' }];
          c.body = body.body;
          return [200, c];
        }
      }
      return [404, { message: 'Not Found' }];
    }
    if ((m = /^\/repos\/([^/]+\/[^/]+)\/git\/(.+)$/.exec(path))) return this.routeGit(method, m[1], m[2], body);
    if (path.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) return this.routeTwirp(path.split('/').pop()!, body);
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/actions\/runs$/.test(path)) {
      const q = url.searchParams;
      const runs = this.runs
        .filter((r) => (!q.get('head_sha') || r.head_sha === q.get('head_sha')) && (!q.get('event') || r.event === q.get('event'))
          && (!q.get('branch') || r.head_branch === q.get('branch')) && (!q.get('status') || r.conclusion === q.get('status')))
        .sort((a, b) => b.id - a.id);
      const { shown, headers } = this.page(url, runs);
      return [200, { total_count: runs.length, workflow_runs: shown.map((r) => ({ html_url: `https://github.com/${repoOf(path)}/actions/runs/${r.id}`, ...r })) }, headers];
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(path))) {
      const name = url.searchParams.get('name');
      const list = this.artifacts.filter((a) => a.runId === Number(m![1]) && (!name || a.name === name));
      const { shown, headers } = this.page(url, list);
      return [200, { total_count: list.length, artifacts: shown.map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.size, expired: a.expired, digest: a.digest ?? null, workflow_run: { id: a.runId } })) }, headers];
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(path))) {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) return [404, { message: 'Not Found' }];
      if (artifact.expired) return [410, { message: 'Artifact has expired' }];
      return [302, {}, { location: `${this.url}/blob/artifact/${artifact.id}.zip?sig=redacted` }];
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      return pr ? [200, pr] : [404, { message: 'Not Found' }];
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)\/files$/.exec(path))) {
      // GitHub's shape, one entry per file (it lists at most 3,000).
      const files = (this.pullFiles.get(Number(m[2])) ?? []).map((f, i) => ({
        sha: `${(i + 1).toString(16).padStart(40, '0')}`, filename: f.filename, status: f.status, additions: 1, deletions: 1, changes: 2,
        blob_url: `https://github.com/${m![1]}/blob/${'0'.repeat(40)}/${f.filename}`, raw_url: `https://github.com/${m![1]}/raw/${'0'.repeat(40)}/${f.filename}`,
        contents_url: `${this.url}/repos/${m![1]}/contents/${f.filename}?ref=${'0'.repeat(40)}`, patch: '@@ -1 +1 @@',
      }));
      const { shown, headers } = this.page(url, files);
      return [200, shown, headers];
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      return [200, this.pulls.filter((p) => p.state === (url.searchParams.get('state') ?? 'open'))];
    }
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)$/.exec(path))) {
      const parents = this.parents.get(m[1]);
      return parents ? [200, { sha: m[1], parents: parents.map((sha) => ({ sha })) }] : [404, { message: 'No commit found' }];
    }
    return [404, { message: `Not Found: ${method} ${path}` }];
  }

  /** One page of `list` as GitHub pages it: `per_page` (default 30, at most 100), `page`, and a Link header to the next. */
  private page<T>(url: URL, list: T[]): { shown: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const headers: Record<string, string> = {};
    if (page * perPage < list.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    return { shown: list.slice((page - 1) * perPage, page * perPage), headers };
  }

  private routeTwirp(method: string, body: any): [number, unknown] {
    if (method === 'CreateArtifact') {
      // GitHub refuses a second artifact of one name in one run (matrix legs share the run).
      if (this.artifacts.some((a) => a.name === body.name && a.runId === this.currentRunId)) {
        return [409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }];
      }
      const key = String(this.nextId++);
      this.uploads.set(key, { blocks: new Map() });
      return [200, { ok: true, signed_upload_url: `${this.url}/blob/upload/${key}?sig=redacted&name=${encodeURIComponent(body.name)}` }];
    }
    if (method === 'FinalizeArtifact') {
      const upload = [...this.uploads.entries()].reverse().find(([, u]) => u.content !== undefined);
      if (!upload) return [400, { msg: 'nothing uploaded' }];
      this.uploads.delete(upload[0]);
      const content = upload[1].content!;
      const artifact = { id: this.nextId++, name: body.name, runId: this.currentRunId, expired: false, content, size: Number(body.size), digest: `sha256:${createHash('sha256').update(content).digest('hex')}` };
      this.artifacts.push(artifact);
      return [200, { ok: true, artifact_id: String(artifact.id) }];
    }
    return [404, { msg: `unknown method ${method}` }];
  }

  private routeBlob(method: string, url: URL, body: Buffer, res: ServerResponse): void {
    let m: RegExpExecArray | null;
    if (method === 'PUT' && (m = /^\/blob\/upload\/(\d+)$/.exec(url.pathname))) {
      const upload = this.uploads.get(m[1]);
      if (!upload) return this.send(res, 404, {});
      const comp = url.searchParams.get('comp');
      if (comp === 'block') upload.blocks.set(url.searchParams.get('blockid')!, body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((x) => x[1]);
        upload.content = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
      } else upload.content = body;
      res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date(0).toUTCString(), 'x-ms-request-id': '1', 'x-ms-version': '2023-11-03', 'x-ms-request-server-encrypted': 'true' });
      res.end();
      return;
    }
    if (method === 'GET' && (m = /^\/blob\/artifact\/(\d+)\.zip$/.exec(url.pathname))) {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) return this.send(res, 404, {});
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.content.length) });
      res.end(artifact.content);
      return;
    }
    this.send(res, 404, {});
  }

  private sha(kind: string, content: unknown): string {
    return createHash('sha1').update(`${kind}:${JSON.stringify(content)}:${this.nextId++}`).digest('hex');
  }

  private routeGit(method: string, repo: string, rest: string, body: any): [number, unknown] {
    const g = this.git;
    let m: RegExpExecArray | null;
    if (method === 'POST' && rest === 'blobs') {
      const sha = this.sha('blob', body.content);
      g.blobs.set(sha, body.content);
      return [201, { sha }];
    }
    if (method === 'POST' && rest === 'trees') {
      const entries: Record<string, string> = { ...(body.base_tree ? g.trees.get(body.base_tree) : {}) };
      if (body.base_tree && !g.trees.has(body.base_tree)) return [422, { message: 'base_tree not found' }];
      for (const e of body.tree) entries[e.path] = e.sha;
      const sha = this.sha('tree', entries);
      g.trees.set(sha, entries);
      return [201, { sha }];
    }
    if (method === 'POST' && rest === 'commits') {
      const sha = this.sha('commit', body);
      g.commits.set(sha, { tree: body.tree, parents: body.parents ?? [], message: body.message });
      return [201, { sha, tree: { sha: body.tree } }];
    }
    if ((m = /^commits\/([0-9a-f]+)$/.exec(rest)) && method === 'GET') {
      const c = g.commits.get(m[1]);
      return c ? [200, { sha: m[1], tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })) }] : [404, { message: 'Not Found' }];
    }
    if ((m = /^ref\/(.+)$/.exec(rest)) && method === 'GET') {
      const sha = g.refs.get(`refs/${m[1]}`);
      return sha ? [200, { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } }] : [404, { message: 'Not Found' }];
    }
    if (method === 'POST' && rest === 'refs') {
      if (g.refs.has(body.ref)) return [422, { message: 'Reference already exists' }];
      g.refs.set(body.ref, body.sha);
      return [201, { ref: body.ref, object: { sha: body.sha } }];
    }
    if ((m = /^refs\/(.+)$/.exec(rest)) && method === 'PATCH') {
      const ref = `refs/${m[1]}`;
      const current = g.refs.get(ref);
      if (!current) return [422, { message: 'Reference does not exist' }];
      // A fast-forward: the new commit must descend from the current head.
      const ancestors = new Set<string>();
      for (let queue = [body.sha]; queue.length > 0;) {
        const sha = queue.pop()!;
        if (ancestors.has(sha)) continue;
        ancestors.add(sha);
        queue.push(...(g.commits.get(sha)?.parents ?? []));
      }
      if (!body.force && !ancestors.has(current)) return [422, { message: 'Update is not a fast forward' }];
      g.refs.set(ref, body.sha);
      return [200, { ref, object: { sha: body.sha } }];
    }
    return [404, { message: `Not Found: ${method} git/${rest}` }];
  }

  /** The files of a branch's head commit: path -> base64 content. */
  branchFiles(branch: string): Map<string, string> {
    const head = this.git.refs.get(`refs/heads/${branch}`);
    const tree = head ? this.git.trees.get(this.git.commits.get(head)!.tree)! : {};
    return new Map(Object.entries(tree).map(([path, sha]) => [path, this.git.blobs.get(sha)!]));
  }

  private send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    if (status === 204) {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(data));
  }
}
