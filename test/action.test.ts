// Runs the bundled action (dist/index.js) as the runner does: inputs in INPUT_* variables,
// outputs and the job summary in the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './fixtures';

const ACTION = resolve(__dirname, '..', 'dist', 'index.js');

function runAction(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'flamegate-action-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', RUNNER_TEMP: dir, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [ACTION], { env, encoding: 'utf8', cwd: dir });
  const outputs: Record<string, string> = {};
  // The runner's file format: name<<DELIMITER, value, DELIMITER.
  const text = readFileSync(output, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { status: result.status, stdout: result.stdout, outputs, summary: readFileSync(summary, 'utf8') };
}

describe('the action (dist/index.js)', () => {
  it('fails the step on the planted regression, after writing outputs and the summary', () => {
    const r = runAction({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: `${join(EXAMPLES, 'candidate-[12].cpu.pb.gz')}\n${join(EXAMPLES, 'candidate-[345].cpu.pb.gz')}`, key: 'cpu' });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.regressions).toBe('1');
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).candidate.runs).toBe(5);
    expect(readFileSync(r.outputs.png).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(r.outputs.svg, 'utf8')).toContain('flamegate · cpu · FAIL');
    expect(r.summary).toContain('### flamegate · `cpu` · ❌ fail');
    expect(r.stdout).toContain('::error::flamegate: 1 function(s) regressed');
    expect(r.status).toBe(1);
  });

  it('only reports with fail-on-regression: false', () => {
    const r = runAction({ baseline: join(EXAMPLES, 'baseline-*.cpu.pb.gz'), candidate: join(EXAMPLES, 'candidate-*.cpu.pb.gz'), 'fail-on-regression': 'false' });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.status).toBe(0);
  });

  it('says no-baseline without failing when there is no baseline', () => {
    const r = runAction({ candidate: join(EXAMPLES, 'candidate-1.cpu.pb.gz') });
    expect(r.outputs.verdict).toBe('no-baseline');
    expect(r.status).toBe(0);
  });

  it('fails with one clear line on bad input', () => {
    const r = runAction({ baseline: join(EXAMPLES, 'nothing-*.pb.gz'), candidate: join(EXAMPLES, 'candidate-1.cpu.pb.gz') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::flamegate: baseline '.*nothing-\*\.pb\.gz': the glob matched no file/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});
