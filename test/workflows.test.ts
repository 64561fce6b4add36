// Every workflow and rules file in the README is what a newcomer copies: each must be valid
// YAML, use only the action's inputs with allowed values, trigger where the mode needs it
// and ask for the permissions flamegate uses.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT, OUTPUT } from '../src/action/settings';
import { parseConfig } from '../src/rules/config';

const ROOT = resolve(__dirname, '..');
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const ACTION = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { required?: boolean }> };

/** The README's ```yaml blocks, with the line each starts on. */
const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => ({ text: m[1], line: README.slice(0, m.index).split('\n').length + 1 }));

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { steps: Step[]; strategy?: unknown; needs?: string | string[] };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

/** Workflows pin the moving major tag of the version in package.json (v0 while it is 0.y.z). */
const MAJOR = `v${(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]}`;

const ALLOWED: Record<string, string[]> = {
  mode: ['auto', 'record', 'compare', 'comment', 'trend'],
  comment: ['always', 'on-regression', 'never'],
  images: ['auto', 'branch', 'artifact', 'none'],
  normalize: ['none', 'total'],
  'fail-on-regression': ['true', 'false'],
};

describe('README workflows', () => {
  const workflows = blocks.filter((b) => b.text.includes('flamegate/flamegate@'));

  it('has one for Go, Node, Rust, Python, Java and perf, and the fork and matrix cases', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    for (const tool of ['go test', 'node --cpu-prof', 'cargo bench', 'py-spy record', 'libasyncProfiler.so', 'perf script', 'mode: comment', 'matrix', 'merge_group', 'record-branches', 'git worktree add']) {
      expect(workflows.some((w) => w.text.includes(tool)), tool).toBe(true);
    }
  });

  for (const block of workflows) {
    it(`is a valid workflow (README line ${block.line})`, () => {
      const workflow = parse(block.text) as Workflow;
      expect(workflow.jobs, 'jobs').toBeTypeOf('object');
      const events = Object.keys(workflow.on).sort();
      for (const job of Object.values(workflow.jobs)) {
        const steps = job.steps;
        const ours = steps.filter((step) => step.uses?.startsWith('flamegate/flamegate@'));
        for (const step of ours) {
          expect(step.uses).toBe(`flamegate/flamegate@${MAJOR}`);
          const inputs = step.with ?? {};
          for (const [name, value] of Object.entries(inputs)) {
            expect(Object.keys(ACTION.inputs), `input ${name}`).toContain(name);
            if (ALLOWED[name] && !String(value).includes('${{')) expect(ALLOWED[name], `${name}: ${String(value)}`).toContain(String(value));
          }
          const mode = String(inputs.mode ?? 'auto');
          // Trend reads one run's series: no baseline to fetch.
          const fetches = mode === 'comment' || (mode !== 'trend' && !inputs.baseline);
          if (mode === 'comment') {
            // The fork pair's second workflow, or a job after the legs of a pull_request run.
            if (job.needs) expect(events).toContain('pull_request');
            else expect(events).toEqual(['workflow_run']);
          } else {
            expect(inputs.candidate, 'candidate').toBeTruthy();
            // auto records on a push and compares on pull requests (and merge queues); with
            // a baseline given, it needs no push.
            if (mode === 'auto') {
              expect(events.filter((e) => e !== 'merge_group')).toEqual(inputs.baseline ? ['pull_request'] : ['pull_request', 'push']);
            }
            // The profiles the step reads are the ones the workflow writes.
            for (const input of [inputs.candidate, inputs.baseline].filter(Boolean)) {
              const dir = String(input).split('/')[0];
              expect(steps.some((s) => new RegExp(`(^|[\\s="/])${dir}(/|\\s|$)`, 'm').test(s.run ?? '')), `a step writes ${dir}/`).toBe(true);
            }
            // A branch that records must be one the workflow runs on when pushed.
            if (inputs['record-branches']) {
              const pushed = (workflow.on.push as { branches: string[] }).branches;
              for (const glob of String(inputs['record-branches']).split('\n').filter(Boolean)) expect(pushed, glob).toContain(glob);
            }
          }
          expect(workflow.permissions?.['pull-requests']).toBe('write');
          if (fetches) expect(workflow.permissions?.actions).toBe('read');
        }
      }
      expect(Object.values(workflow.jobs).some((job) => job.steps.some((s) => s.uses?.startsWith('flamegate/flamegate@')))).toBe(true);
    });
  }

  it('names the inputs and outputs action.yml declares, and no others', () => {
    const action = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort());
  });

  it('releases only a tag that is the version, tested, with dist/ built; and moves the major tag', () => {
    const release = parse(readFileSync(resolve(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow;
    const runs = release.jobs.release.steps.map((s) => s.run ?? '').join('\n');
    for (const check of ['require("./package.json").version', 'npm test', 'bash .ci/check-dist', 'git push -f origin "refs/tags/$major"', '.ci/release-notes']) expect(runs).toContain(check);
    // The release notes are the changelog's entry for this version.
    const version = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const notes = execFileSync('bash', [resolve(ROOT, '.ci', 'release-notes'), version], { encoding: 'utf8' });
    expect(notes.length).toBeGreaterThan(200);
    expect(notes).not.toMatch(/^## /m);
    expect(() => execFileSync('bash', [resolve(ROOT, '.ci', 'release-notes'), '99.0.0'], { stdio: 'pipe' })).toThrow();
  });

  it('gives a rules file that flamegate reads as it is', () => {
    const rules = blocks.filter((b) => /^rules:/m.test(b.text));
    expect(rules.length).toBe(1);
    const config = parseConfig(rules[0].text, 'README rules file');
    expect(config.rules.length).toBe(1);
    expect(config.alpha).toBe(0.01);
  });

  it('links only to sections and files that exist', () => {
    // GitHub's anchors: lower case, punctuation dropped, spaces as hyphens.
    const anchors = new Set([...README.matchAll(/^#{1,4} (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
    const prose = README.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    for (const [, target] of prose.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, `#${target}`).toContain(target);
    for (const [, file] of prose.matchAll(/\]\((?!https?:|#)([^)#]+)\)/g)) expect(existsSync(resolve(ROOT, file)), file).toBe(true);
  });
});
