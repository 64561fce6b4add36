// Runs the bundled action (dist/index.js) as the runner does: inputs in INPUT_* variables,
// outputs and the job summary in the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name,
// against a loopback GitHub (server.ts). Shared by the action's tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeGitHub } from './server';

export const ACTION = resolve(__dirname, '..', '..', 'dist', 'index.js');


/** Runs `test` against a fresh loopback GitHub, which refuses requests its OpenAPI description does not allow. */
export async function withServer(test: (server: FakeGitHub, api: string) => Promise<void>): Promise<void> {
  const server = new FakeGitHub();
  const api = await server.start();
  try {
    await test(server, api);
  } finally {
    await server.stop();
  }
}

/** A runner's environment for event `name` of acme/app with this payload (artifacts service included). */
export function eventEnv(api: string, name: string, payload: object, more: { runId?: number; sha?: string; ref?: string; token?: string } = {}): Record<string, string> {
  const event = join(mkdtempSync(join(tmpdir(), 'flamegate-event-')), 'event.json');
  writeFileSync(event, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: String(more.runId ?? 812),
    GITHUB_SHA: more.sha ?? 'abc1234def', ...(more.ref ? { GITHUB_REF: more.ref } : {}), GITHUB_API_URL: api, GITHUB_SERVER_URL: 'https://github.com',
    'INPUT_GITHUB-TOKEN': more.token ?? 'ghs_token', ...artifactEnv(api),
  };
}

/** A runner's environment for a pull_request event of acme/app #7 (head `head`, base def5678abc on main), run 812 unless told. */
export function pullRequestEnv(api: string, more: { head?: string; runId?: number; token?: string; base?: string; baseRef?: string; event?: string } = {}): Record<string, string> {
  const head = more.head ?? 'abc1234def';
  const payload = { pull_request: { number: 7, head: { sha: head }, base: { sha: more.base ?? 'def5678abc', ref: more.baseRef ?? 'main' } } };
  return eventEnv(api, more.event ?? 'pull_request', payload, { runId: more.runId, sha: head, token: more.token });
}

/** Runs dist/index.js in a child process that does not block this one (the server lives here), in `cwd` (default a fresh folder, which is also RUNNER_TEMP). */
export async function runActionAsync(inputs: Record<string, string>, extraEnv: Record<string, string> = {}, cwd?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'flamegate-action-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', RUNNER_TEMP: dir, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...extraEnv };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION], { env, cwd: cwd ?? dir });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stdout += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { status, stdout, outputs, summary: readFileSync(summary, 'utf8'), dir };
}

/** Zips files (name -> content) with archiver, as the artifact service stores them. */
export async function zip(files: Record<string, string | Buffer>): Promise<Buffer> {
  const archiver = (await import('archiver')).default;
  const archive = archiver('zip');
  const chunks: Buffer[] = [];
  archive.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => archive.on('end', resolve));
  for (const [name, content] of Object.entries(files)) archive.append(content, { name });
  await archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** An unsigned JWT with the Actions.Results scope @actions/artifact reads its backend ids from. */
export const RUNTIME_TOKEN = ['{"alg":"none","typ":"JWT"}', '{"scp":"Actions.GenericRead Actions.Results:run-backend-1:job-backend-1"}']
  .map((part) => Buffer.from(part).toString('base64url')).join('.') + '.';

export function artifactEnv(api: string): Record<string, string> {
  return { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_RESULTS_URL: `${api}/`, GITHUB_WORKSPACE: tmpdir() };
}

/** A runner's environment for a push of `sha` to `branch` (default main, the default branch), run `runId`. */
export function pushEnv(api: string, runId: number, sha: string, branch = 'main'): Record<string, string> {
  return eventEnv(api, 'push', { repository: { default_branch: 'main' }, after: sha }, { runId, sha, ref: `refs/heads/${branch}` });
}
