// Ties a regression to the pull request's code (DESIGN.md section 5), end to end: real V8
// profiles of a small Node.js program (node --cpu-prof), the bundled action (dist/index.js)
// against the loopback GitHub, which lists the pull request's changed files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HtmlFunctions } from '../src/html/data';
import { eventEnv, pullRequestEnv, runActionAsync, withServer } from './github/run-action';

/** A program whose `work` (src/work.js, line 2) does `scale` times the work of `other` (src/other.js). */
function program(dir: string, scale: number): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'work.js'), `'use strict';\nfunction work(n) {\n  let h = 0;\n  for (let i = 0; i < n * ${scale}; i++) h = (h * 31 + i) | 0;\n  return h;\n}\nmodule.exports = { work };\n`);
  writeFileSync(join(dir, 'src', 'other.js'), `'use strict';\nfunction other(n) {\n  let h = 1;\n  for (let i = 0; i < n; i++) h = (h * 17 + i) | 0;\n  return h;\n}\nmodule.exports = { other };\n`);
  writeFileSync(join(dir, 'bench.js'), `'use strict';\nconst { work } = require('./src/work');\nconst { other } = require('./src/other');\nlet h = 0;\nfor (let r = 0; r < 400; r++) h ^= work(40000) ^ other(40000);\nconsole.log(h);\n`);
}

/** Profiles the program in `dir` with node --cpu-prof; returns the .cpuprofile's path. */
function profile(dir: string, name: string): string {
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', join(dir, 'prof'), '--cpu-prof-name', name, 'bench.js'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node --cpu-prof failed: ${result.stderr}`);
  return join(dir, 'prof', name);
}

describe('regressions in the pull request\'s code', () => {
  let app: string;
  let baseline: string;
  let candidate: string;

  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), 'flamegate-sources-'));
    // The base commit's program, then the pull request's, in the same checkout (as CI has it).
    app = join(root, 'app');
    // Three runs a side: one run a side cannot tell a change from the machine's noise.
    program(app, 1);
    baseline = [1, 2, 3].map((run) => profile(app, `base-${run}.cpuprofile`)).join('\n');
    program(app, 4);
    candidate = [1, 2, 3].map((run) => profile(app, `head-${run}.cpuprofile`)).join('\n');
  });

  it('marks a regression in a file the pull request changed and links its line at the head commit', async () => {
    await withServer(async (server, api) => {
      server.currentRunId = 812;
      server.pullFiles.set(7, [{ filename: 'src/work.js', status: 'modified' }, { filename: 'README.md', status: 'modified' }]);
      const r = await runActionAsync({ baseline, candidate, key: 'cpu' }, { ...pullRequestEnv(api), GITHUB_WORKSPACE: app });
      expect(r.outputs.verdict).toBe('fail');
      const body = server.comments.get('acme/app#7')![0].body;
      expect(body).toContain('✏️ The regression is in code this pull request changed.');
      const row = body.split('\n').find((line) => line.startsWith('| ❌ | `work`'));
      expect(row).toContain('· [`src/work.js:2`](https://github.com/acme/app/blob/abc1234def/src/work.js#L2) ✏️ **changed in this PR**');
      expect(r.summary).toContain('(https://github.com/acme/app/blob/abc1234def/src/work.js#L2) ✏️ **changed in this PR**');

      // The interactive report: every placed function, the changed one marked.
      const html = readFileSync(r.outputs.html, 'utf8');
      const packed = /id="flamegate-functions">([A-Za-z0-9+/=]*)</.exec(html)![1];
      const functions = JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as HtmlFunctions;
      const byName = new Map(functions.sources.map((s) => [functions.names[functions.name[s.row]], s]));
      expect(byName.get('work')).toEqual({ row: expect.any(Number), label: 'src/work.js:2', url: 'https://github.com/acme/app/blob/abc1234def/src/work.js#L2', changed: true });
      // A file the pull request did not change is linked (it is in the checkout), not marked.
      expect(byName.get('other')).toMatchObject({ label: 'src/other.js:2', changed: false });
    });
  });

  it('marks it in the comment a workflow_run posts for a fork, from the pull request\'s files (no checkout there)', async () => {
    await withServer(async (server, api) => {
      server.currentRunId = 812;
      server.pulls.push({ number: 7, head: { sha: 'abc1234def' }, state: 'open' });
      server.pullFiles.set(7, [{ filename: 'src/work.js', status: 'modified' }]);
      const fork = await runActionAsync({ baseline, candidate, key: 'cpu', comment: 'never' }, { ...pullRequestEnv(api), GITHUB_WORKSPACE: app });
      expect(fork.outputs.verdict).toBe('fail');
      const post = await runActionAsync({ key: 'cpu', mode: 'comment' }, eventEnv(api, 'workflow_run', { workflow_run: { id: 812, head_sha: 'abc1234def', pull_requests: [], conclusion: 'failure' } }, { runId: 900 }));
      expect(post.status).toBe(0);
      const body = server.comments.get('acme/app#7')![0].body;
      expect(body).toContain('[`src/work.js:2`](https://github.com/acme/app/blob/abc1234def/src/work.js#L2) ✏️ **changed in this PR**');
      // Unchanged files are not placed without the checkout: no link to src/other.js.
      expect(body).not.toContain('src/other.js');
    });
  });

  it('links without marking when the pull request\'s files cannot be read, and says why', async () => {
    await withServer(async (server, api) => {
      server.pullFiles.set(7, [{ filename: 'src/work.js', status: 'modified' }]);
      server.faults.push({ method: 'GET', path: /pulls\/7\/files$/, status: 403, times: 9, message: 'Resource not accessible by integration' });
      const r = await runActionAsync({ baseline, candidate, key: 'cpu' }, { ...pullRequestEnv(api), GITHUB_WORKSPACE: app });
      expect(r.outputs.verdict).toBe('fail');
      const body = server.comments.get('acme/app#7')![0].body;
      expect(body).not.toContain('changed in this PR');
      expect(body).toContain('[`src/work.js:2`](https://github.com/acme/app/blob/abc1234def/src/work.js#L2)');
      expect(r.stdout).toMatch(/::warning::flamegate: listing the files of pull request #7 was refused \(403: Resource not accessible by integration\); the token needs `permissions: pull-requests: read`.*; no regression is marked as in changed code/);
    });
  });
});
