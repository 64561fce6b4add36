#!/usr/bin/env node
// npm run demo: compares the example Go profiles (5 baseline runs against 5 candidate runs
// in which main.encodeJSON does twice the work) with the bundled CLI, prints the table,
// writes the JSON and Markdown reports, the diff flame graph (SVG, PNG) and the interactive
// HTML report to out/demo/,
// and checks the verdict is the expected one.
'use strict';
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const compare = ['compare', '--baseline', 'examples/go119/baseline-*.cpu.pb.gz', '--candidate', 'examples/go119/candidate-*.cpu.pb.gz'];
const flamegate = (args, stdio) => spawnSync(process.execPath, [join('dist', 'cli', 'index.js'), ...args], { cwd: root, stdio, encoding: 'utf8' });

console.log(`$ flamegate ${compare.map((a) => (a.includes('*') ? `'${a}'` : a)).join(' ')}`);
const table = flamegate(compare, ['ignore', 'inherit', 'inherit']);
const reports = flamegate([...compare, '--json', 'out/demo/report.json', '--markdown', 'out/demo/report.md', '--svg', 'out/demo/diff.svg', '--png', 'out/demo/diff.png', '--html', 'out/demo/report.html'], ['ignore', 'pipe', 'pipe']);
if (reports.status === 2) process.stderr.write(reports.stderr);
const report = JSON.parse(readFileSync(join(root, 'out', 'demo', 'report.json'), 'utf8'));
console.log(`\nexit status ${table.status}; written: out/demo/report.json, out/demo/report.md (the PR comment's Markdown), out/demo/diff.svg and out/demo/diff.png (the diff flame graph), out/demo/report.html (the interactive report: open it in a browser).`);

const flagged = new Set(report.violations.map((v) => v.function));
const png = readFileSync(join(root, 'out', 'demo', 'diff.png'));
const expected = png.subarray(1, 4).toString() === 'PNG' && report.verdict === 'fail' && table.status === 1 && reports.status === 1 && report.findings[0]?.function === 'main.encodeJSON'
  && !['main.hashBlocks', 'main.sortRecords', 'main.contendedCounter.func1'].some((f) => flagged.has(f));
if (!expected) {
  console.error('demo: unexpected verdict: expected fail led by main.encodeJSON, with untouched code left alone');
  process.exit(1);
}
console.log('demo: the planted regression in main.encodeJSON was caught; untouched functions were left alone.');
