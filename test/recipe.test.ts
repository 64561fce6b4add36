// README's "Base and head in one job" recipe, run for real: its script benchmarks two commits
// of a small Go module (the head triples one function's work) in one worktree each,
// interleaved, and flamegate's step, with the README's inputs, fails on the regression.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runActionAsync } from './github/run-action';

const README = readFileSync(resolve(__dirname, '..', 'README.md'), 'utf8');
const hasGo = spawnSync('go', ['version']).status === 0;
if (!hasGo) console.warn('skipping the base-and-head recipe test: go is not installed (apt-get install golang-go)');

const work = (encodeRounds: number) => `package bench

var sink uint64

//go:noinline
func hashBytes(data []byte, rounds int) uint64 {
	var h uint64 = 1469598103934665603
	for r := 0; r < rounds; r++ {
		for _, b := range data {
			h ^= uint64(b)
			h *= 1099511628211
		}
	}
	return h
}

//go:noinline
func Parse(data []byte) uint64 { return hashBytes(data, 4) }

//go:noinline
func Encode(data []byte) uint64 { return hashBytes(data, ${encodeRounds}) }
`;

const bench = `package bench

import "testing"

func BenchmarkWork(b *testing.B) {
	data := make([]byte, 1<<19)
	for i := range data {
		data[i] = byte(i)
	}
	for i := 0; i < b.N; i++ {
		sink += Parse(data) + Encode(data)
	}
}
`;

describe.skipIf(!hasGo)('README recipe: base and head in one job', () => {
  it('benchmarks both commits in one job and fails on the planted regression', async () => {
    const block = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((text) => text.includes('git worktree add'));
    expect(block, 'the recipe is in README').toBeDefined();
    const workflow = parse(block!) as { jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }> };
    const steps = Object.values(workflow.jobs)[0].steps;

    const repo = mkdtempSync(join(tmpdir(), 'flamegate-recipe-'));
    const runnerTemp = mkdtempSync(join(tmpdir(), 'flamegate-runner-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    mkdirSync(join(repo, 'internal', 'bench'), { recursive: true });
    writeFileSync(join(repo, 'go.mod'), 'module example.com/shop\n\ngo 1.19\n');
    writeFileSync(join(repo, 'internal', 'bench', 'bench_test.go'), bench);
    writeFileSync(join(repo, 'internal', 'bench', 'work.go'), work(4));
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(join(repo, 'internal', 'bench', 'work.go'), work(12));
    git('commit', '-qam', 'head: Encode does three times the work');

    for (const step of steps.filter((s) => s.run)) {
      const script = step.run!.replaceAll('${{ github.event.pull_request.base.sha }}', base);
      const r = spawnSync('bash', ['-e', '-c', script], { cwd: repo, encoding: 'utf8', env: { ...process.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: repo } });
      expect(r.status, `${script}\n${r.stderr}`).toBe(0);
    }
    const ours = steps.find((s) => s.uses?.startsWith('flamegate/flamegate@'))!;
    const r = await runActionAsync(ours.with!, { GITHUB_WORKSPACE: repo }, repo);
    expect(r.outputs.verdict, r.stdout).toBe('fail');
    expect(r.status).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.baseline.runs).toBe(5);
    expect(report.findings[0].function).toMatch(/example\.com\/shop\/internal\/bench\.(Encode|hashBytes)/);
  }, 240_000);
});
