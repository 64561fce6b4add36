// Runs the bundled action (dist/index.js) as the runner does: inputs in INPUT_* variables,
// outputs and the job summary in the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './fixtures';
import { artifactEnv, pullRequestEnv, pushEnv, runActionAsync, withServer, zip } from './github/run-action';

describe('the action on a pull request, against a loopback GitHub', () => {
  const inputs = { baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' };

  it('commits the picture, posts one comment, updates it on a re-run, then fails the step', async () => {
    await withServer(async (server, api) => {
    const env = pullRequestEnv(api);
    const first = await runActionAsync(inputs, env);
    expect(first.status).toBe(1);
    const comments = server.comments.get('acme/app#7')!;
    expect(comments).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(comments[0].html_url);
    const body = comments[0].body;
    expect(body).toContain('### flamegate · `cpu` · ❌ fail');
    expect(body).toContain('`abc1234` (this PR) against `def5678` (`main`)');
    expect(body).toMatch(/!\[diff flame graph\]\(https:\/\/github\.com\/acme\/app\/raw\/[0-9a-f]{40}\/cpu\/[0-9a-f]{16}\.png\)/);
    expect(body.trimEnd().endsWith('<!-- flamegate key=cpu run=812 sha=abc1234def -->')).toBe(true);
    const images = server.branchFiles('flamegate-assets');
    expect([...images.keys()]).toHaveLength(1);
    expect(Buffer.from([...images.values()][0], 'base64').subarray(1, 4).toString()).toBe('PNG');
    const firstHead = server.git.refs.get('refs/heads/flamegate-assets')!;
    // The re-run parses on worker threads (dist/parse-worker beside dist/index.js), as large inputs do.
    const second = await runActionAsync(inputs, { ...env, GITHUB_RUN_ID: '813', FLAMEGATE_THREADS: '2', FLAMEGATE_TIMING: '1' });
    expect(second.stdout).toContain('profiles parsed on 2 threads');
    expect(second.status).toBe(1);
    expect(server.comments.get('acme/app#7')).toHaveLength(1);
    expect(server.comments.get('acme/app#7')![0].body).toContain('run=813');
    // The image branch was appended to, not replaced.
    const secondHead = server.git.refs.get('refs/heads/flamegate-assets')!;
    expect(server.git.commits.get(secondHead)!.parents).toEqual([firstHead]);
    // A late run of an older attempt leaves the newer comment alone.
    const older = await runActionAsync(inputs, { ...env, GITHUB_RUN_ID: '811' });
    expect(older.outputs.verdict).toBe('fail');
    expect(server.comments.get('acme/app#7')).toHaveLength(1);
    expect(server.comments.get('acme/app#7')![0].body).toContain('run=813');
    });
  });

  it('keeps the verdict, fails the step and explains the permission when the token is read-only', async () => {
    await withServer(async (server, api) => {
    server.faults.push({ method: 'POST', path: /comments$/, status: 403, times: 9, message: 'Resource not accessible by integration' });
    server.faults.push({ method: 'POST', path: /git\/blobs$/, status: 403, times: 9, message: 'Resource not accessible by integration' });
    const r = await runActionAsync(inputs, pullRequestEnv(api));
    expect(r.outputs.verdict).toBe('fail');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::warning::flamegate: posting the pull-request comment was refused \(403: Resource not accessible by integration\); the token needs `permissions: pull-requests: write`/);
    expect(r.stdout).toMatch(/::warning::flamegate: committing the flame graph .* needs `permissions: contents: write`/);
    expect(r.summary).toContain('### flamegate · `cpu` · ❌ fail');
    expect(r.stdout).not.toContain('ghs_token');
    });
  });

  it('retries GitHub\'s 502s, 429s and secondary rate limits without losing or doubling the comment', async () => {
    await withServer(async (server, api) => {
    server.faults.push({ method: 'GET', path: /comments$/, status: 502, times: 1 });
    server.faults.push({ method: 'POST', path: /git\/trees$/, status: 429, times: 1, headers: { 'retry-after': '1' } });
    server.faults.push({ method: 'POST', path: /issues\/7\/comments$/, status: 403, times: 1, headers: { 'retry-after': '1' }, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
    const r = await runActionAsync(inputs, pullRequestEnv(api));
    expect(r.outputs.verdict).toBe('fail');
    expect(server.comments.get('acme/app#7')).toHaveLength(1);
    expect(server.comments.get('acme/app#7')![0].body).toContain('![diff flame graph]');
    });
  });
});

describe('baselines as artifacts, end to end', () => {
  it('records on a push to the default branch, and a pull request compares against it', async () => {
    await withServer(async (server, api) => {
    server.currentRunId = 700;
    server.runs.push({ id: 700, head_sha: 'def5678abc', head_branch: 'main', event: 'push', status: 'completed', conclusion: 'success', created_at: '2026-11-20T10:00:00Z' });
    const record = await runActionAsync({ candidate: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), key: 'cpu' }, pushEnv(api, 700, 'def5678abc'));
    expect(record.status).toBe(0);
    expect(server.artifacts.map((a) => [a.name, a.runId])).toEqual([['flamegate-cpu', 700]]);
    expect(record.summary).toContain('Recorded 5 profile(s) as the baseline artifact `flamegate-cpu`');
    expect(record.summary).toMatch(/!\[flame graph of this run\]\(https:\/\/github\.com\/acme\/app\/raw\/[0-9a-f]{40}\/cpu\/[0-9a-f]{16}\.png\)/);

    server.currentRunId = 812;
    const compare = await runActionAsync({ candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api));
    expect(compare.outputs.verdict).toBe('fail');
    expect(compare.outputs['baseline-sha']).toBe('def5678abc');
    expect(compare.status).toBe(1);
    const body = server.comments.get('acme/app#7')![0].body;
    expect(body).toContain('Candidate (5 runs) against baseline (5 runs)');
    expect(body).toContain('`main.encodeJSON`');
    });
  });

  it('walks back to the nearest ancestor with a baseline, and says so', async () => {
    await withServer(async (server, api) => {
    server.currentRunId = 690;
    server.runs.push({ id: 690, head_sha: 'aaa1111', head_branch: 'main', event: 'push', status: 'completed', conclusion: 'success', created_at: '2026-11-19T10:00:00Z' });
    await runActionAsync({ candidate: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), key: 'cpu' }, pushEnv(api, 690, 'aaa1111'));
    server.parents.set('def5678abc', ['bbb2222']);
    server.parents.set('bbb2222', ['aaa1111']);
    const r = await runActionAsync({ candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api));
    expect(r.outputs['baseline-sha']).toBe('aaa1111');
    expect(r.outputs.verdict).toBe('fail');
    expect(server.comments.get('acme/app#7')![0].body).toContain('the nearest first-parent ancestor with one, 2 commit(s) back, was used');
    });
  });

  it('gives each matrix leg its own picture artifact: two keys in one run are not refused as one name (409)', async () => {
    await withServer(async (server, api) => {
    server.faults.push({ method: 'POST', path: /git\/blobs$/, status: 403, times: 99, message: 'Resource not accessible by integration' });
    server.currentRunId = 812;
    for (const key of ['cpu', 'cpu-2']) {
      const r = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key }, pullRequestEnv(api));
      expect(r.stdout, key).not.toMatch(/already exists/);
    }
    expect(server.artifacts.filter((a) => a.runId === 812).map((a) => a.name).sort()).toEqual(['flamegate-cpu-2.html', 'flamegate-cpu-2.png', 'flamegate-cpu.html', 'flamegate-cpu.png', 'flamegate-report-cpu', 'flamegate-report-cpu-2']);
    const bodies = [...server.comments.get('acme/app#7')!.values()].map((c) => c.body);
    for (const key of ['cpu', 'cpu-2']) {
      const png = server.artifacts.find((a) => a.name === `flamegate-${key}.png`)!;
      expect(bodies.join('\n---\n'), key).toContain(`[diff flame graph (PNG)](https://github.com/acme/app/actions/runs/812/artifacts/${png.id})`);
    }
    });
  });

  it('links the picture as an artifact where the image branch is refused, and uploads the report artifact', async () => {
    await withServer(async (server, api) => {
    server.faults.push({ method: 'POST', path: /git\/blobs$/, status: 403, times: 9, message: 'Resource not accessible by integration' });
    server.currentRunId = 812;
    const r = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api));
    expect(r.outputs.verdict).toBe('fail');
    const png = server.artifacts.find((a) => a.name === 'flamegate-cpu.png')!;
    expect(png.content.subarray(1, 4).toString()).toBe('PNG'); // not zipped
    const body = server.comments.get('acme/app#7')![0].body;
    expect(body).toContain(`[diff flame graph (PNG)](https://github.com/acme/app/actions/runs/812/artifacts/${png.id})`);
    const report = server.artifacts.find((a) => a.name === 'flamegate-report-cpu')!;
    expect(body).toContain(`[report artifact](https://github.com/acme/app/actions/runs/812/artifacts/${report.id})`);
    expect(report.content.subarray(0, 2).toString()).toBe('PK');
    expect(r.stdout).toMatch(/::warning::flamegate: committing the flame graph to branch flamegate-assets was refused .*; linking it as an artifact instead/);
    });
  });

  it('uploads the interactive report unzipped and links it from the comment, from the picture and from the job summary', async () => {
    await withServer(async (server, api) => {
    server.currentRunId = 812;
    const r = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api));
    expect(r.outputs.verdict).toBe('fail');
    const html = server.artifacts.find((a) => a.name === 'flamegate-cpu.html')!;
    expect(html.runId).toBe(812);
    // Not zipped: the page itself, as the html output's file.
    expect(html.content.subarray(0, 15).toString()).toBe('<!doctype html>');
    expect(html.content.equals(readFileSync(r.outputs.html))).toBe(true);
    const url = `https://github.com/acme/app/actions/runs/812/artifacts/${html.id}`;
    const body = server.comments.get('acme/app#7')![0].body;
    expect(body).toMatch(new RegExp(`\\[!\\[diff flame graph\\]\\(https://github\\.com/acme/app/raw/[0-9a-f]{40}/cpu/[0-9a-f]{16}\\.png\\)\\]\\(${url.replace(/[./]/g, '\\$&')}\\)`));
    expect(body).toContain(`🔎 [Open the interactive report](${url}): zoom and search the flame graph`);
    expect(r.summary).toContain(`🔎 [Open the interactive report](${url})`);
    });
  });

  it('keeps the verdict and says so when the interactive report cannot be uploaded', async () => {
    await withServer(async (server, api) => {
    // GitHub's answer when the repository's artifact storage is full.
    server.faults.push({ method: 'POST', path: /CreateArtifact$/, status: 403, times: 99, message: 'Artifact storage quota has been hit. Unable to upload any new artifacts. Usage is recalculated every 6-12 hours.' });
    const r = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api));
    expect(r.outputs.verdict).toBe('fail');
    expect(r.stdout).toMatch(/::warning::flamegate: uploading the interactive report failed: /);
    const body = server.comments.get('acme/app#7')![0].body;
    expect(body).not.toContain('interactive report');
    expect(body).toContain('`main.encodeJSON`');
    });
  });

  it('says no-baseline, without failing, when the baseline is missing or has expired', async () => {
    await withServer(async (server, api) => {
    const none = await runActionAsync({ candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api));
    expect(none.outputs.verdict).toBe('no-baseline');
    expect(none.status).toBe(0);
    expect(server.comments.get('acme/app#7')![0].body).toContain('no push run of the base commit');
    server.runs.push({ id: 700, head_sha: 'def5678abc', head_branch: 'main', event: 'push', status: 'completed', conclusion: 'success', created_at: '2026-11-20T10:00:00Z' });
    server.artifacts.push({ id: 5, name: 'flamegate-cpu', runId: 700, expired: true, content: Buffer.alloc(0), size: 0 });
    const expired = await runActionAsync({ candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu' }, pullRequestEnv(api, { runId: 813 }));
    expect(expired.outputs.verdict).toBe('no-baseline');
    expect(server.comments.get('acme/app#7')).toHaveLength(1);
    expect(server.comments.get('acme/app#7')![0].body).toContain('has expired');
    });
  });
});

describe('fork pull requests: verdict with a read-only token, comment from workflow_run', () => {
  function workflowRunEnv(api: string, runId: number, headSha: string): Record<string, string> {
    const event = join(mkdtempSync(join(tmpdir(), 'flamegate-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ workflow_run: { id: runId, head_sha: headSha, pull_requests: [], conclusion: 'failure' } }));
    return {
      GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '900',
      GITHUB_API_URL: api, GITHUB_SERVER_URL: 'https://github.com', 'INPUT_GITHUB-TOKEN': 'ghs_write', INPUT_MODE: 'comment', ...artifactEnv(api),
    };
  }

  it('fails the fork\'s run without a comment, then the workflow_run posts it with the picture', async () => {
    await withServer(async (server, api) => {
    server.pulls.push({ number: 7, head: { sha: 'abc1234def' }, state: 'open' });
    // The fork's token is read-only: its one attempt at each is refused.
    for (const path of [/comments$/, /git\/blobs$/]) server.faults.push({ method: 'POST', path, status: 403, times: 1, message: 'Resource not accessible by integration' });
    server.currentRunId = 812;
    const fork = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu', images: 'branch' }, pullRequestEnv(api));
    expect(fork.status).toBe(1);
    expect(fork.outputs.verdict).toBe('fail');
    expect(server.comments.get('acme/app#7')).toBeUndefined();

    const post = await runActionAsync({ key: 'cpu' }, workflowRunEnv(api, 812, 'abc1234def'));
    expect(post.status).toBe(0);
    const comments = server.comments.get('acme/app#7')!;
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('### flamegate · `cpu` · ❌ fail');
    expect(comments[0].body).toMatch(/!\[diff flame graph\]\(https:\/\/github\.com\/acme\/app\/raw\/[0-9a-f]{40}\/cpu\/[0-9a-f]{16}\.png\)/);
    expect(comments[0].body).toContain('run=812');
    // The fork's run uploaded its interactive report; the comment links it (found by name in that run).
    const html = server.artifacts.find((a) => a.name === 'flamegate-cpu.html' && a.runId === 812)!;
    expect(comments[0].body).toContain(`🔎 [Open the interactive report](https://github.com/acme/app/actions/runs/812/artifacts/${html.id})`);
    });
  });

  it('treats the report artifact as untrusted: a tampered report is refused, names are escaped again', async () => {
    await withServer(async (server, api) => {
    server.pulls.push({ number: 7, head: { sha: 'abc1234def' }, state: 'open' });
    server.currentRunId = 812;
    const run = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), key: 'cpu', comment: 'never' }, pullRequestEnv(api));
    const artifact = server.artifacts.find((a) => a.name === 'flamegate-report-cpu')!;
    const dir = dirname(run.outputs.report);
    const files = Object.fromEntries(['report.json', 'context.json', 'report.md'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const report = JSON.parse(files['report.json']);
    report.violations[0].function = '@octocat <img src=x onerror=alert(1)> [x](https://evil.example) | `tick`';
    report.findings[0].function = report.violations[0].function;
    server.setContent(artifact, await zip({ ...files, 'report.json': JSON.stringify(report), 'report.md': '<script>alert(1)</script>' }));
    const ok = await runActionAsync({ key: 'cpu' }, workflowRunEnv(api, 812, 'abc1234def'));
    expect(ok.status).toBe(0);
    const body = server.comments.get('acme/app#7')![0].body;
    expect(body).not.toContain('<script>');
    expect(body).toContain('`` @octocat <img src=x onerror=alert(1)> [x](https://evil.example) \\| `tick` ``');

    report.verdict = 'hacked';
    server.setContent(artifact, await zip({ ...files, 'report.json': JSON.stringify(report) }));
    const refused = await runActionAsync({ key: 'cpu' }, workflowRunEnv(api, 812, 'abc1234def'));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/::error::flamegate: report artifact flamegate-report-cpu: not a flamegate report: verdict: /);
    });
  });
});

describe('the action (dist/index.js)', () => {
  it('fails the step on the planted regression, after writing outputs and the summary', async () => {
    const r = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: `${join(EXAMPLES, 'candidate-[12].cpu.pb.gz')}\n${join(EXAMPLES, 'candidate-[345].cpu.pb.gz')}`, key: 'cpu' });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.regressions).toBe('1');
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).candidate.runs).toBe(5);
    expect(readFileSync(r.outputs.png).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(r.outputs.svg, 'utf8')).toContain('flamegate · cpu · FAIL');
    expect(r.summary).toContain('### flamegate · `cpu` · ❌ fail');
    expect(r.stdout).toContain('::error::flamegate: 1 function(s) regressed');
    expect(r.status).toBe(1);
  });

  it('only reports with fail-on-regression: false', async () => {
    const r = await runActionAsync({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), 'fail-on-regression': 'false' });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.status).toBe(0);
  });

  it('says no-baseline without failing when there is no baseline', async () => {
    const r = await runActionAsync({ candidate: join(EXAMPLES, 'candidate-1.cpu.pb.gz') });
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.status).toBe(0);
  });

  it('fails with one clear line on bad input', async () => {
    const r = await runActionAsync({ baseline: join(EXAMPLES, 'nothing-*.pb.gz'), candidate: join(EXAMPLES, 'candidate-1.cpu.pb.gz') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::flamegate: baseline '.*nothing-\*\.pb\.gz': the glob matched no file/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    // The key names artifacts and the comment's marker; one longer than they keep is refused.
    const long = await runActionAsync({ candidate: join(EXAMPLES, 'candidate-1.cpu.pb.gz'), key: 'k'.repeat(101) });
    expect(long.status).toBe(1);
    expect(long.stdout).toContain(`::error::flamegate: input key: expected at most 100 characters, got '${'k'.repeat(101)}' (101)`);
    // An empty token where one is needed: said as the input, not as Octokit's words.
    const token = await runActionAsync({ mode: 'comment', key: 'cpu' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '812' });
    expect(token.stdout).toContain("::error::flamegate: input github-token: empty, expected a token (the default is the workflow's, ${{ github.token }})");
  });
});
