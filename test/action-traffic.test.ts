// The action under real traffic (issue 17): runs of one pull request that overlap, matrix
// legs, merge queues, release branches, failing jobs, flaky or tampered artifact storage,
// comments deleted by hand, huge reports. Each interleaving is made by the loopback GitHub's
// hooks: before it answers one run's request, another real run of dist/index.js goes whole.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageBaseline } from '../src/github/baseline';
import { EXAMPLES } from './fixtures';
import { eventEnv, pullRequestEnv, pushEnv, runActionAsync, withServer, zip } from './github/run-action';
import type { FakeGitHub } from './github/server';

const BASELINE = join(EXAMPLES, 'baseline-*.cpu.pb.gz');
const CANDIDATE = join(EXAMPLES, 'candidate-*.cpu.pb.gz');
const both = { baseline: BASELINE, candidate: CANDIDATE, key: 'cpu' };
const H1 = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
const H2 = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
const comments = (server: FakeGitHub) => server.comments.get('acme/app#7') ?? [];
/** Opens pull request #7 at `head`; the artifact service uploads into run 812, the pull request's run. */
function pull(server: FakeGitHub, head: string): void {
  server.pulls.push({ number: 7, head: { sha: head }, state: 'open' });
  server.currentRunId = 812;
}

/** Records the example baseline on a push of def5678abc to main, in run 700 (its conclusion as given). */
async function recordOnMain(server: FakeGitHub, api: string, conclusion: 'success' | 'failure' = 'success', branch = 'main', inputs: Record<string, string> = {}) {
  server.currentRunId = 700;
  server.runs.push({ id: 700, head_sha: 'def5678abc', head_branch: branch, event: 'push', status: 'completed', conclusion, created_at: '2026-11-20T10:00:00Z' });
  const r = await runActionAsync({ candidate: BASELINE, key: 'cpu', ...inputs }, pushEnv(api, 700, 'def5678abc', branch));
  server.currentRunId = 812;
  return r;
}

describe('runs of one pull request that overlap', () => {
  it('a push while the run is going: both runs create, one comment is left, naming the newest head', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      // Run A has read the head and listed no comment; before its create lands, the PR moves
      // to H2 and run B goes whole (lists nothing, creates its own).
      server.hooks.push({ method: 'POST', path: /issues\/7\/comments$/, token: 'ghs_a', run: async () => {
        server.pulls[0].head.sha = H2;
        const b = await runActionAsync(both, pullRequestEnv(api, { head: H2, runId: 813, token: 'ghs_b' }));
        expect(b.outputs.verdict).toBe('fail');
      } });
      const a = await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 812, token: 'ghs_a' }));
      expect(a.outputs.verdict).toBe('fail');
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].body).toContain(`run=813 sha=${H2}`);
      expect(comments(server)[0].body).toContain('`b2b2b2b` (this PR)');
    });
  });

  it('an older run\'s update landing after the newer run\'s names the newest head on top', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      server.addComment('acme/app', 7, 'github-actions[bot]', 'old\n<!-- flamegate key=cpu run=811 sha=c3c3c3c -->\n');
      server.hooks.push({ method: 'PATCH', path: /issues\/comments\/\d+$/, token: 'ghs_a', run: async () => {
        server.pulls[0].head.sha = H2;
        await runActionAsync(both, pullRequestEnv(api, { head: H2, runId: 813, token: 'ghs_b' }));
        expect(comments(server)[0].body).toContain(`sha=${H2}`);
      } });
      await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 812, token: 'ghs_a' }));
      expect(comments(server)).toHaveLength(1);
      const body = comments(server)[0].body;
      // A's write landed last; the comment says at once that it is stale, and which head is current.
      expect(body.split('\n')[0]).toBe("> ⚠️ Out of date: this report is for `a1a1a1a`, and the pull request's head is now `b2b2b2b`; its comparison is in that commit's checks.");
    });
  });

  it('a run whose head is no longer the pull request\'s writes nothing', async () => {
    await withServer(async (server, api) => {
      pull(server, H2);
      const b = await runActionAsync(both, pullRequestEnv(api, { head: H2, runId: 813 }));
      const before = comments(server)[0].body;
      const a = await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 814 }));
      expect(a.outputs.verdict).toBe('fail');
      expect(a.status).toBe(1);
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].body).toBe(before);
      expect(a.outputs['comment-url']).toBe(b.outputs['comment-url']);
    });
  });

  it('two runs of one head that create at once end with one comment, the newer run\'s', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      server.hooks.push({ method: 'POST', path: /issues\/7\/comments$/, token: 'ghs_a', run: async () => {
        await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 813, token: 'ghs_b' }));
      } });
      await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 812, token: 'ghs_a' }));
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].body).toContain('run=813');
    });
  });

  it('a sticky comment deleted between listing and updating is made again', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      const old = server.addComment('acme/app', 7, 'github-actions[bot]', 'old\n<!-- flamegate key=cpu run=811 sha=a1a1a1a -->\n');
      server.hooks.push({ method: 'PATCH', path: new RegExp(`issues/comments/${old.id}$`), run: () => {
        server.comments.set('acme/app#7', []);
      } });
      const r = await runActionAsync(both, pullRequestEnv(api, { head: H1 }));
      expect(r.stdout).not.toMatch(/::warning::.*comment/);
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].body).toContain('run=812');
      expect(r.outputs['comment-url']).toBe(comments(server)[0].html_url);
    });
  });

  it('comment: on-regression brings an earlier red comment up to date when the regression is gone', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      await runActionAsync({ ...both, comment: 'on-regression' }, pullRequestEnv(api, { head: H1, runId: 812 }));
      expect(comments(server)[0].body).toContain('❌ fail');
      server.pulls[0].head.sha = H2;
      await runActionAsync({ baseline: BASELINE, candidate: BASELINE, key: 'cpu', comment: 'on-regression' }, pullRequestEnv(api, { head: H2, runId: 813 }));
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].body).toContain('✅ pass');
    });
  });
});

describe('one comment for a matrix', () => {
  it('a job after the legs posts one comment with a section per key, and updates it on the next run', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      for (const runId of [812, 813]) {
        server.currentRunId = runId;
        for (const key of ['cpu', 'heap']) {
          const candidate = key === 'cpu' ? CANDIDATE : BASELINE;
          const leg = await runActionAsync({ baseline: BASELINE, candidate, key, comment: 'never' }, pullRequestEnv(api, { head: H1, runId }));
          expect(leg.outputs.verdict).toBe(key === 'cpu' ? 'fail' : 'pass');
        }
        expect(comments(server)).toHaveLength(runId === 812 ? 0 : 1);
        const post = await runActionAsync({ mode: 'comment', key: 'cpu\nheap' }, pullRequestEnv(api, { head: H1, runId }));
        expect(post.status).toBe(0);
        expect(post.outputs.verdict).toBe('fail');
        expect(comments(server)).toHaveLength(1);
        const body = comments(server)[0].body;
        expect(body.split('\n')[0]).toBe('### flamegate · ❌ fail · `cpu` ❌ fail · `heap` ✅ pass');
        expect(body).toContain('#### flamegate · `cpu` · ❌ fail');
        expect(body).toContain('#### flamegate · `heap` · ✅ pass');
        expect(body).toContain(`run=${runId}`);
        expect(body.split('How to read this').length - 1, 'the note on reading the tables, once').toBe(1);
      }
      // A glob takes every key the run has a report for.
      const all = await runActionAsync({ mode: 'comment', key: '*' }, pullRequestEnv(api, { head: H1, runId: 813 }));
      expect(all.stdout).not.toContain('::error::');
      expect(comments(server)).toHaveLength(2);
      expect(comments(server)[1].body.split('\n')[0]).toBe('### flamegate · ❌ fail · `cpu` ❌ fail · `heap` ✅ pass');
    });
  });

  it('a leg that uploaded no report is named in the comment, not dropped in silence', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      await runActionAsync({ ...both, comment: 'never' }, pullRequestEnv(api, { head: H1 }));
      const post = await runActionAsync({ mode: 'comment', key: 'cpu\nmutex' }, pullRequestEnv(api, { head: H1 }));
      expect(post.status).toBe(0);
      const body = comments(server)[0].body;
      expect(body.split('\n')[0]).toBe('### flamegate · ❌ fail · `cpu` ❌ fail · `mutex` · no report');
      expect(body).toContain('Run 812 has no live artifact `flamegate-report-mutex`');
    });
  });

  it('refuses several keys outside mode comment, in one line', async () => {
    const r = await runActionAsync({ ...both, key: 'cpu\nheap' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::flamegate: input key: expected one key, got 2 lines');
  });
});

describe('events and branches', () => {
  it('a merge queue group is compared with its base commit\'s baseline and gated, with no comment', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api);
      const group = { merge_group: { head_sha: 'e5e5e5e5', head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-def5678', base_sha: 'def5678abc', base_ref: 'refs/heads/main' } };
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, eventEnv(api, 'merge_group', group, { sha: 'e5e5e5e5' }));
      expect(r.outputs.verdict).toBe('fail');
      expect(r.outputs['baseline-sha']).toBe('def5678abc');
      expect(r.status).toBe(1);
      expect(r.summary).toContain('### flamegate · `cpu` · ❌ fail');
      expect(server.comments.size).toBe(0);
    });
  });

  it('records on pushes to record-branches, so pull requests into a release branch have a baseline', async () => {
    await withServer(async (server, api) => {
      const plain = await recordOnMain(server, api, 'success', 'release/1.x');
      expect(plain.summary).not.toContain('Recorded');
      // No baseline artifact: only the compare's interactive report.
      expect(server.artifacts.map((a) => a.name)).toEqual(['flamegate-cpu.html']);
      server.runs.length = 0;
      const recorded = await recordOnMain(server, api, 'success', 'release/1.x', { 'record-branches': 'release/**' });
      expect(recorded.summary).toContain('Recorded 5 profile(s) as the baseline artifact `flamegate-cpu`');
      const pr = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api, { baseRef: 'release/1.x' }));
      expect(pr.outputs['baseline-sha']).toBe('def5678abc');
      expect(pr.outputs.verdict).toBe('fail');
    });
  });

  it('takes the baseline of a push run that failed in another job', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api, 'failure');
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(r.outputs['baseline-sha']).toBe('def5678abc');
      expect(r.outputs.verdict).toBe('fail');
    });
  });

  it('warns once on pull_request_target that the benchmarks there run the base branch\'s code', async () => {
    await withServer(async (server, api) => {
      const r = await runActionAsync(both, pullRequestEnv(api, { event: 'pull_request_target' }));
      expect(r.stdout.match(/::warning::flamegate: on pull_request_target/g)).toHaveLength(1);
      expect(r.stdout).toContain('README: Pull requests from forks');
      expect(r.outputs.verdict).toBe('fail');
    });
  });
});

describe('faults of the artifact storage', () => {
  it('retries a 500 on the baseline download', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api);
      server.faults.push({ method: 'GET', path: /actions\/artifacts\/\d+\/zip$/, status: 500, times: 1, message: 'Server Error' });
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(r.outputs.verdict).toBe('fail');
      expect(r.outputs['baseline-sha']).toBe('def5678abc');
    });
  });

  it('names no baseline-sha when the download keeps failing', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api);
      server.faults.push({ method: 'GET', path: /actions\/artifacts\/\d+\/zip$/, status: 500, times: 99, message: 'Server Error' });
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(r.outputs['baseline-sha']).toBeUndefined();
      expect(comments(server)[0].body).toContain('No baseline: fetching the baseline artifact failed (500: Server Error)');
    });
  }, 30_000);

  /** The recorded baseline's five profiles staged as the record step stages them. */
  async function staged(): Promise<Record<string, Buffer>> {
    const dir = mkdtempSync(join(tmpdir(), 'flamegate-stage-'));
    const files = [1, 2, 3, 4, 5].map((i) => join(EXAMPLES, `baseline-${i}.cpu.pb.gz`));
    const out: Record<string, Buffer> = {};
    for (const path of await stageBaseline(files, dir)) out[path.slice(dir.length + 1)] = readFileSync(path);
    return out;
  }

  it('refuses a baseline zip cut short, by the listed digest or else by the manifest', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api);
      const artifact = server.artifacts.find((a) => a.name === 'flamegate-cpu')!;
      const whole = await staged();
      const cut = Object.fromEntries(Object.entries(whole).slice(0, 4)); // the manifest and 3 of 5 profiles
      artifact.content = await zip(cut); // GitHub still lists the digest of what was uploaded
      const byDigest = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(byDigest.outputs.verdict).toBe('no-baseline');
      expect(byDigest.outputs['baseline-sha']).toBeUndefined();
      expect(comments(server)[0].body).toContain('differs from the digest GitHub lists for it');
      artifact.digest = null; // an artifact GitHub lists no digest for
      const byManifest = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api, { runId: 813 }));
      expect(byManifest.outputs.verdict).toBe('no-baseline');
      expect(comments(server)[0].body).toContain('lacks "profiles/baseline-4.cpu.pb.gz", which its manifest lists (5 profiles): cut short');
    });
  });

  it('refuses a baseline zip with ../ or absolute entry names, which are never read as runs', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api);
      const artifact = server.artifacts.find((a) => a.name === 'flamegate-cpu')!;
      const extra = readFileSync(join(EXAMPLES, 'candidate-1.cpu.pb.gz'));
      // archiver cleans names; same-length placeholders are renamed in the zip's bytes.
      let bytes = await zip({ ...(await staged()), 'aa/evil-1.pb.gz': extra, 'Xtmp/evil-2.pb.gz': extra });
      bytes = Buffer.from(bytes.toString('latin1').replaceAll('aa/evil-1', '../evil-1').replaceAll('Xtmp/evil-2', '/tmp/evil-2'), 'latin1');
      server.setContent(artifact, bytes);
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(r.outputs.verdict).toBe('no-baseline');
      // yauzl refuses the entry name before anything is written.
      expect(comments(server)[0].body).toContain('No baseline: the baseline artifact of run 700: it is not a zip flamegate can read (invalid relative path: ../evil-1.pb.gz), so it was not used.');
      // The same five profiles with the manifest, and nothing else, are taken.
      server.setContent(artifact, await zip(await staged()));
      const ok = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api, { runId: 813 }));
      expect(ok.outputs.verdict).toBe('fail');
      expect(comments(server)[0].body).toContain('Candidate (5 runs) against baseline (5 runs)');
    });
  });
});

describe('reports too large and reports that lie', () => {
  it('cuts a job summary of more than 1 MiB with a note, as the comment is cut', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      const dir = mkdtempSync(join(tmpdir(), 'flamegate-huge-'));
      // 4,000 functions that each triple, under a rule with no size floor: 4,000 rows.
      for (const [side, scale] of [['base', 1], ['head', 3]] as const) {
        for (let r = 0; r < 3; r++) {
          const lines = Array.from({ length: 4000 }, (_, i) => `main;pkg.subsystem.component.Handler${String(i).padStart(5, '0')}.ProcessRequestWithAVeryLongDescriptiveName_${i} ${Math.round(1000 * scale * (1 + ((i * 7 + r * 13) % 20) / 1000))}`);
          writeFileSync(join(dir, `${side}-${r}.folded`), `${lines.join('\n')}\n`);
        }
      }
      writeFileSync(join(dir, 'rules.yml'), 'rules:\n  - match: "*"\n    metric: self\n    max-increase: 0%\n    max-relative-increase: 20%\nfloor: 0%\n');
      const r = await runActionAsync({ baseline: join(dir, 'base-*.folded'), candidate: join(dir, 'head-*.folded'), config: join(dir, 'rules.yml'), key: 'cpu' }, pullRequestEnv(api, { head: H1 }));
      expect(r.outputs.verdict).toBe('fail');
      expect(Buffer.byteLength(r.summary)).toBeLessThan(1 << 20);
      expect(Buffer.byteLength(r.summary)).toBeGreaterThan(900_000);
      expect(r.summary).toContain('The report was cut to fit the job summary (1 MiB)');
      expect(readFileSync(join(r.dir, 'flamegate-cpu', 'report.md')).length).toBeGreaterThan(1 << 20);
      expect(comments(server)[0].body.length).toBeLessThanOrEqual(65_536);
    });
  }, 60_000);

  it('refuses a report artifact whose verdict disagrees with its violations', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      const leg = await runActionAsync({ ...both, comment: 'never' }, pullRequestEnv(api, { head: H1 }));
      const artifact = server.artifacts.find((a) => a.name === 'flamegate-report-cpu')!;
      // The files the leg uploaded, from its RUNNER_TEMP.
      const dir = dirname(leg.outputs.report);
      const files: Record<string, string> = {};
      for (const name of ['report.json', 'context.json', 'report.md']) files[name] = readFileSync(join(dir, name), 'utf8');
      const report = JSON.parse(files['report.json']);
      expect(report.violations.some((v: { severity: string }) => v.severity === 'fail')).toBe(true);
      report.verdict = 'pass';
      server.setContent(artifact, await zip({ ...files, 'report.json': JSON.stringify(report) }));
      const post = await runActionAsync({ mode: 'comment', key: 'cpu' }, eventEnv(api, 'workflow_run', { workflow_run: { id: 812, head_sha: H1, pull_requests: [{ number: 7 }] } }, { runId: 900, token: 'ghs_write' }));
      expect(post.status).toBe(1);
      expect(post.stdout).toContain("::error::flamegate: report artifact flamegate-report-cpu: verdict 'pass' disagrees with its 10 failing and 0 warning violation(s) and 5 baseline run(s), which give 'fail': refused");
      expect(post.outputs.verdict).toBeUndefined();
      expect(comments(server)).toHaveLength(0);
    });
  });
});


describe('what a breaker found (issue 17, second round)', () => {
  /** A leg's report files, from its RUNNER_TEMP. */
  async function leg(api: string, server: FakeGitHub) {
    pull(server, H1);
    const r = await runActionAsync({ ...both, comment: 'never' }, pullRequestEnv(api, { head: H1 }));
    const files: Record<string, string> = {};
    for (const name of ['report.json', 'context.json', 'report.md']) files[name] = readFileSync(join(dirname(r.outputs.report), name), 'utf8');
    return { files, artifact: server.artifacts.find((a) => a.name === 'flamegate-report-cpu')! };
  }
  const workflowRun = (api: string) => eventEnv(api, 'workflow_run', { workflow_run: { id: 812, head_sha: H1, pull_requests: [{ number: 7 }] } }, { runId: 900, token: 'ghs_write' });

  it('a baseline zip missing its last byte is refused at once, not extracted forever', async () => {
    await withServer(async (server, api) => {
      await recordOnMain(server, api);
      const artifact = server.artifacts.find((a) => a.name === 'flamegate-cpu')!;
      artifact.content = artifact.content.subarray(0, artifact.content.length - 1);
      const started = Date.now();
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(r.outputs.verdict).toBe('no-baseline');
      expect(comments(server)[0].body).toContain('the baseline artifact of run 700: it differs from the digest GitHub lists for it');
      artifact.digest = null;
      const unlisted = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api, { runId: 813 }));
      expect(unlisted.outputs.verdict).toBe('no-baseline');
      expect(comments(server)[0].body).toContain('the baseline artifact of run 700: it is not a whole zip');
    });
  }, 90_000);

  it('a fork\'s report zip missing its last byte (its digest matching) is refused in one line', async () => {
    await withServer(async (server, api) => {
      const { artifact } = await leg(api, server);
      server.setContent(artifact, artifact.content.subarray(0, artifact.content.length - 1));
      const post = await runActionAsync({ mode: 'comment', key: 'cpu' }, workflowRun(api));
      expect(post.status).toBe(1);
      expect(post.stdout).toMatch(/::error::flamegate: report artifact flamegate-report-cpu of run 812: it is not a whole zip \(.*\)\n/);
      expect(comments(server)).toHaveLength(0);
    });
  }, 90_000);

  it('a GitHub App\'s installation token finds its own `<app>[bot]` comment again', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      server.apps.set('ghs_app', 'my-app[bot]');
      for (const runId of [812, 813, 814]) await runActionAsync(both, pullRequestEnv(api, { head: H1, runId, token: 'ghs_app' }));
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].user.login).toBe('my-app[bot]');
      expect(comments(server)[0].body).toContain('run=814');
    });
  });

  it('a comment someone added text to below the marker is still the one updated', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 812 }));
      comments(server)[0].body += '\nEdit: tracked in #12';
      await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 813 }));
      expect(comments(server)).toHaveLength(1);
      expect(comments(server)[0].body).toContain('run=813');
    });
  });

  it('an out-of-date write links the newer head\'s run rather than promising it', async () => {
    await withServer(async (server, api) => {
      pull(server, H1);
      server.runs.push({ id: 813, head_sha: H2, head_branch: 'feature', event: 'pull_request', status: 'completed', conclusion: 'failure', created_at: '2026-11-30T10:00:00Z' });
      server.addComment('acme/app', 7, 'github-actions[bot]', `old\n<!-- flamegate key=cpu run=811 sha=${H1} -->\n`);
      server.hooks.push({ method: 'PATCH', path: /issues\/comments\/\d+$/, token: 'ghs_a', run: async () => {
        server.pulls[0].head.sha = H2;
        await runActionAsync(both, pullRequestEnv(api, { head: H2, runId: 813, token: 'ghs_b' }));
      } });
      await runActionAsync(both, pullRequestEnv(api, { head: H1, runId: 812, token: 'ghs_a' }));
      expect(comments(server)[0].body.split('\n')[0]).toBe("> ⚠️ Out of date: this report is for `a1a1a1a`, and the pull request's head is now `b2b2b2b`; its comparison is in [run 813](https://github.com/acme/app/actions/runs/813).");
    });
  });

  it('refuses a report that says no-baseline over failing violations', async () => {
    await withServer(async (server, api) => {
      const { files, artifact } = await leg(api, server);
      const report = JSON.parse(files['report.json']);
      report.verdict = 'no-baseline';
      report.baseline.runs = 0;
      server.setContent(artifact, await zip({ ...files, 'report.json': JSON.stringify(report) }));
      const post = await runActionAsync({ mode: 'comment', key: 'cpu' }, workflowRun(api));
      expect(post.status).toBe(1);
      expect(post.stdout).toContain("verdict 'no-baseline' disagrees with its 10 failing and 0 warning violation(s) and 0 baseline run(s), which give 'no-baseline' and no violations: refused");
      expect(comments(server)).toHaveLength(0);
    });
  });

  it('shows a refused artifact\'s message as code: no mention, image or link from the fork\'s bytes', async () => {
    await withServer(async (server, api) => {
      const { artifact } = await leg(api, server);
      const heap = { ...artifact, id: 99_001, name: 'flamegate-report-heap' };
      server.setContent(heap, await zip({ 'report.json': '@acme/security-team <img src=x> [pwn](//evil.io)', 'context.json': '{}' }));
      server.artifacts.push(heap);
      const post = await runActionAsync({ mode: 'comment', key: 'cpu\nheap' }, workflowRun(api));
      expect(post.status).toBe(1);
      const body = comments(server)[0].body;
      const line = body.split('\n').find((l) => l.startsWith('The report artifact was refused'))!;
      expect(line).toMatch(/^The report artifact was refused: `+ ?report artifact: report\.json is not JSON \(.*@acme\/secu.*\) ?`+$/);
    });
  });

  it('finds the baseline among more push runs of the base commit than one page holds', async () => {
    await withServer(async (server, api) => {
      for (let i = 0; i < 25; i++) server.runs.push({ id: 701 + i, head_sha: 'def5678abc', head_branch: 'main', event: 'push', status: 'completed', conclusion: 'success', created_at: '2026-11-20T10:00:00Z' });
      await recordOnMain(server, api);
      const r = await runActionAsync({ candidate: CANDIDATE, key: 'cpu' }, pullRequestEnv(api));
      expect(r.outputs['baseline-sha']).toBe('def5678abc');
    });
  });

  it('warns on pull_request_target in mode comment too, and says a GitHub error page in one line', async () => {
    await withServer(async (server, api) => {
      server.faults.push({ method: 'GET', path: /actions\/runs\/812\/artifacts$/, status: 404, times: 1, message: '<!DOCTYPE html>\n<html>\n<body>Not Found</body>\n</html>' });
      const r = await runActionAsync({ mode: 'comment', key: 'cpu' }, pullRequestEnv(api, { event: 'pull_request_target' }));
      expect(r.stdout).toContain('::warning::flamegate: on pull_request_target');
      expect(r.status).toBe(1);
      const error = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      expect(error).toEqual(['::error::flamegate: GitHub answered 404: <!DOCTYPE html>']);
    });
  });
});
