#!/usr/bin/env node
// npm run demo: compares the example Go profiles (5 baseline runs against 5 candidate runs
// in which main.encodeJSON does twice the work) with the bundled CLI, writes the JSON and
// Markdown reports to out/demo/, and checks the verdict is the expected one.
'use strict';
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const out = join(root, 'out', 'demo');
const examples = join(root, 'examples', 'go119');

const args = [
  cli, 'compare',
  '--baseline', join(examples, 'baseline-*.cpu.pb.gz'),
  '--candidate', join(examples, 'candidate-*.cpu.pb.gz'),
  '--json', join(out, 'report.json'),
  '--markdown', join(out, 'report.md'),
];
console.log(`$ flamegate ${args.slice(1).map((a) => (a.includes('*') ? `'${a}'` : a)).join(' ')}`);
const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
console.log(readFileSync(join(out, 'report.md'), 'utf8'));
console.log(`Reports written to ${join('out', 'demo', 'report.json')} and ${join('out', 'demo', 'report.md')} (exit status ${result.status}).`);

const flagged = new Set(report.violations.map((v) => v.function));
const expected = report.verdict === 'fail' && result.status === 1 && flagged.has('main.encodeJSON')
  && !['main.hashBlocks', 'main.sortRecords', 'main.contendedCounter.func1'].some((f) => flagged.has(f));
if (!expected) {
  console.error('demo: unexpected verdict: expected fail with main.encodeJSON flagged and untouched code left alone');
  process.exit(1);
}
console.log('demo: the planted regression in main.encodeJSON was caught; untouched functions were left alone.');
