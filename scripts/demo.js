#!/usr/bin/env node
// npm run demo: compares the example Go profiles (5 baseline runs against 5 candidate runs
// in which main.encodeJSON does twice the work) with the bundled CLI, prints the table,
// writes the JSON and Markdown reports, the diff flame graph (SVG, PNG) and the interactive
// HTML report to out/demo/; then a lock profile's new contention (Go block profiles) and a
// leak found in a series of Go heap profiles (flamegate trend); and checks each verdict.
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

// A lock's new contention: the function that waits, the lock it waits through, its share.
const block = ['compare', '--baseline', 'test/data/scenarios/block-from-zero/baseline-*.pb.gz', '--candidate', 'test/data/scenarios/block-from-zero/candidate-*.pb.gz', '--sample-type', 'delay'];
console.log(`\n$ flamegate ${block.map((a) => (a.includes('*') ? `'${a}'` : a)).join(' ')}`);
const contention = flamegate([...block, '--markdown', 'out/demo/contention.md'], ['ignore', 'pipe', 'inherit']);
process.stdout.write(contention.stdout.split('\n').slice(0, 12).join('\n') + '\n');
if (contention.status !== 1 || !/contention: more time waiting for a lock through it.*through sync\.\(\*Mutex\)\.Lock; [\d.]+% of all wait time \(0\.0% before\)/.test(contention.stdout)) {
  console.error('demo: expected the block profile\'s new lock contention in main.updateShared.func1 to fail, waiting through sync.(*Mutex).Lock');
  process.exit(1);
}

// A leak over time, no baseline: 24 heap profiles of one run of a Go service.
const trend = ['trend', '--profiles', 'examples/heap-leak/heap-*.pb.gz'];
console.log(`\n$ flamegate ${trend.map((a) => (a.includes('*') ? `'${a}'` : a)).join(' ')}`);
const leak = flamegate([...trend, '--json', 'out/demo/trend.json', '--markdown', 'out/demo/trend.md', '--png', 'out/demo/trend.png'], ['ignore', 'pipe', 'inherit']);
process.stdout.write(leak.stdout);
const trendReport = JSON.parse(readFileSync(join(root, 'out', 'demo', 'trend.json'), 'utf8'));
if (leak.status !== 1 || trendReport.leaks.map((l) => l.function).join() !== 'main.(*sessionStore).remember') {
  console.error('demo: expected flamegate trend to fail on main.(*sessionStore).remember alone (the batch\'s sawtooth and the full cache are no leaks)');
  process.exit(1);
}
console.log('\nwritten: out/demo/contention.md, out/demo/trend.json, out/demo/trend.md, out/demo/trend.png (the heap flame graph coloured by growth, under the chart of the top functions).');
console.log('demo: the lock contention and the leak were caught; the sawtooth and the full cache were left alone.');
