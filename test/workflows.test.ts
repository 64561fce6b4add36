// Every workflow and rules file in the README is what a newcomer copies: each must be valid
// YAML, use only the action's inputs with allowed values, trigger where the mode needs it
// and ask for the permissions flamegate uses.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../src/rules/config';

const ROOT = resolve(__dirname, '..');
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const ACTION = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { required?: boolean }> };

/** The README's ```yaml blocks, with the line each starts on. */
const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => ({ text: m[1], line: README.slice(0, m.index).split('\n').length + 1 }));

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[]; strategy?: unknown }> };

const ALLOWED: Record<string, string[]> = {
  mode: ['auto', 'record', 'compare', 'comment'],
  comment: ['always', 'on-regression', 'never'],
  images: ['auto', 'branch', 'artifact', 'none'],
  normalize: ['none', 'total'],
  'fail-on-regression': ['true', 'false'],
};

describe('README workflows', () => {
  const workflows = blocks.filter((b) => b.text.includes('flamegate/flamegate@'));

  it('has one for Go, Node, Rust, Python, Java and perf, and the fork and matrix cases', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    for (const tool of ['go test', 'node --cpu-prof', 'cargo bench', 'py-spy record', 'libasyncProfiler.so', 'perf script', 'mode: comment', 'matrix']) {
      expect(workflows.some((w) => w.text.includes(tool)), tool).toBe(true);
    }
  });

  for (const block of workflows) {
    it(`is a valid workflow (README line ${block.line})`, () => {
      const workflow = parse(block.text) as Workflow;
      expect(workflow.jobs, 'jobs').toBeTypeOf('object');
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const ours = steps.filter((step) => step.uses?.startsWith('flamegate/flamegate@'));
      expect(ours.length).toBeGreaterThan(0);
      for (const step of ours) {
        expect(step.uses).toBe('flamegate/flamegate@v1');
        const inputs = step.with ?? {};
        for (const [name, value] of Object.entries(inputs)) {
          expect(Object.keys(ACTION.inputs), `input ${name}`).toContain(name);
          if (ALLOWED[name] && !String(value).includes('${{')) expect(ALLOWED[name], `${name}: ${String(value)}`).toContain(String(value));
        }
        const mode = String(inputs.mode ?? 'auto');
        if (mode === 'comment') {
          expect(Object.keys(workflow.on)).toEqual(['workflow_run']);
        } else {
          expect(inputs.candidate, 'candidate').toBeTruthy();
          // auto records on a push to the default branch and compares on pull requests.
          if (mode === 'auto') expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
          // The profiles the step reads are the ones the workflow writes.
          const dir = String(inputs.candidate).split('/')[0];
          expect(steps.some((s) => new RegExp(`(^|[\\s=])${dir}(/|\\s|$)`, 'm').test(s.run ?? '')), `a step writes ${dir}/`).toBe(true);
        }
        expect(workflow.permissions).toEqual({ contents: 'write', actions: 'read', 'pull-requests': 'write' });
      }
    });
  }

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
