// The action's whole compare step as a pull request runs it, timed for `npm run bench`:
// node <dist>/index.js against the loopback GitHub (server.ts), fetching the baseline
// artifact a push recorded, comparing the demo's profiles (5 runs a side), drawing the PNG,
// committing it and posting the comment. Rounds alternate with `node -e 0`, so the figure
// is the step's time beyond Node's own start on the same machine at the same moment.
// Usage (bundled by npm run bench): node step-bench.js <dist folder> [rounds]
// STEP_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof' passes flags to the step's node (to see
// where its time goes); STEP_REQUESTS=1 lists the requests one step made.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pullRequestEnv, pushEnv } from './run-action';
import { FakeGitHub } from './server';

const EXAMPLES = resolve(__dirname, '..', '..', 'examples', 'go119');

interface Timed { ms: number; rssKb: number; status: number | null; stderr: string }

/** Runs a command under /usr/bin/time (peak memory) without blocking this process (the server lives here). */
function timed(args: string[], env: Record<string, string>, cwd: string): Promise<Timed> {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', 'rss %M', ...args], { env, cwd });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      done({ ms, rssKb: Number(/rss (\d+)\s*$/.exec(stderr)?.[1] ?? 0), status, stderr });
    });
  });
}

/** A runner's files: RUNNER_TEMP, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY in a fresh folder. */
function runnerFiles(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'flamegate-step-'));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary'), '');
  return { RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
}

function inputs(candidate: string): Record<string, string> {
  return { INPUT_CANDIDATE: candidate, INPUT_KEY: 'cpu' };
}

async function main(): Promise<void> {
  const dist = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'dist'));
  const rounds = Number(process.argv[3] ?? 7);
  await bench(dist, rounds, 0);
  // GitHub answers in tens to hundreds of milliseconds, and the artifact service's uploads
  // take several requests: the same step with each request answered 100 ms late.
  await bench(dist, Math.min(rounds, 3), 100);
}

/** Times the step against a loopback GitHub that answers each request `latencyMs` late. */
async function bench(dist: string, rounds: number, latencyMs: number): Promise<void> {
  const action = join(dist, 'index.js');
  const server = new FakeGitHub();
  server.latencyMs = latencyMs;
  const api = await server.start();
  try {
    // The baseline, recorded as a push to main records it.
    server.currentRunId = 700;
    server.runs.push({ id: 700, head_sha: 'def5678abc', head_branch: 'main', event: 'push', status: 'completed', conclusion: 'success', created_at: '2026-11-20T10:00:00Z' });
    const files = runnerFiles();
    const record = await timed([process.execPath, action], { PATH: process.env.PATH ?? '', ...files, ...pushEnv(api, 700, 'def5678abc'), ...inputs(join(EXAMPLES, 'baseline-*.cpu.pb.gz')) }, files.RUNNER_TEMP);
    if (record.status !== 0) throw new Error(`recording the baseline failed:\n${record.stderr}`);
    server.currentRunId = 812;
    const env = pullRequestEnv(api);
    const bare: Timed[] = [];
    const step: Timed[] = [];
    const before = server.requests.length;
    let serverCpuMs = 0;
    for (let round = 0; round < rounds; round++) {
      const f = runnerFiles();
      bare.push(await timed([process.execPath, '-e', '0'], { PATH: process.env.PATH ?? '' }, f.RUNNER_TEMP));
      const cpu = process.cpuUsage();
      const run = await timed([process.execPath, ...(process.env.STEP_NODE_ARGS ?? '').split(' ').filter(Boolean), action], { PATH: process.env.PATH ?? '', ...f, ...env, ...inputs(join(EXAMPLES, 'candidate-*.cpu.pb.gz')), FLAMEGATE_TIMING: '1' }, f.RUNNER_TEMP);
      const used = process.cpuUsage(cpu);
      serverCpuMs += (used.user + used.system) / 1000;
      const verdict = /verdict<<(\S+)\n(\w+)/.exec(readFileSync(f.GITHUB_OUTPUT, 'utf8'))?.[2];
      if (verdict !== 'fail' || !/^baseline-sha<</m.test(readFileSync(f.GITHUB_OUTPUT, 'utf8'))) throw new Error(`the step did not compare against the recorded baseline (verdict ${verdict ?? 'none'}):\n${run.stderr}`);
      step.push(run);
    }
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    const beyond = sorted(step.map((s, i) => s.ms - bare[i].ms));
    const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)];
    const stages = [...step[Math.floor(rounds / 2)].stderr.matchAll(/flamegate: timing: (.+) at (\d+) ms/g)].map((t) => `${t[1]} ${t[2]} ms`).join(', ');
    const requests = Math.round((server.requests.length - before) / rounds);
    if (process.env.STEP_REQUESTS) console.log(server.requests.slice(before, before + requests).map((r) => `${r.method} ${r.path}`).join('\n'));
    console.log(`  the action's compare step (fetch the recorded baseline, compare 5 runs against 5, PNG, commit it, comment; ${requests} requests to GitHub${latencyMs ? `, each answered ${latencyMs} ms late` : ''}; ${rounds} rounds alternating with node -e 0):`);
    console.log(`    beyond Node's own start: median ${mid(beyond).toFixed(0)} ms (${beyond[0].toFixed(0)}-${beyond[beyond.length - 1].toFixed(0)}); whole step ${mid(sorted(step.map((s) => s.ms))).toFixed(0)} ms, node -e 0 ${mid(sorted(bare.map((s) => s.ms))).toFixed(0)} ms; peak ${(mid(sorted(step.map((s) => s.rssKb))) / 1024).toFixed(0)} MB; the loopback GitHub's own CPU time ${(serverCpuMs / rounds).toFixed(0)} ms a step`);
    console.log(`    stages of one step (ms since its process started): ${stages}`);
  } finally {
    await server.stop();
  }
}

void main().catch((e) => {
  console.log(`  step bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
