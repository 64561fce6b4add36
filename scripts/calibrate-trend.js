#!/usr/bin/env node
// Measures flamegate trend's false alarms and power on real programs' heap series: the Go
// service of test/programs/heap-series (runtime/pprof.WriteHeapProfile each tick) and the
// Node one of test/programs/node-heap (@datadog/pprof, and V8's sampling heap profiler as
// .heapprofile), each run many times in a leaking and a non-leaking build. Every run is a
// new process, so the heap profilers' random sampling differs each time. Runs the CLI users
// run (dist/cli). Usage: node scripts/calibrate-trend.js [runs per case, default 20]
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const RUNS = Number(process.argv[2] ?? 20);
const NO_CONFIG = join(ROOT, 'test', 'data', 'scenarios', 'no-config.yml');

function must(result, what) {
  if (result.status !== 0) throw new Error(`${what}: ${result.stderr || result.stdout}`);
  return result;
}

const goBinary = join(tmpdir(), 'flamegate-heap-series');
must(spawnSync('go', ['build', '-o', goBinary, '.'], { cwd: join(ROOT, 'test', 'programs', 'heap-series'), encoding: 'utf8' }), 'go build');

// Each case: how to write a series, and the functions the leaking build plants.
const cases = [
  { name: 'Go, 24 snapshots, leak 48 KiB x 40 a tick', write: (dir, mode) => spawnSync(goBinary, ['-mode', mode, '-out', dir, '-ticks', '24'], { encoding: 'utf8' }), glob: 'heap-*.pb.gz', planted: ['main.(*sessionStore).remember'] },
  { name: 'Go, 16 snapshots, leak 48 KiB x 40 a tick', write: (dir, mode) => spawnSync(goBinary, ['-mode', mode, '-out', dir, '-ticks', '16'], { encoding: 'utf8' }), glob: 'heap-*.pb.gz', planted: ['main.(*sessionStore).remember'] },
  { name: 'Go, 12 snapshots, leak 48 KiB x 40 a tick', write: (dir, mode) => spawnSync(goBinary, ['-mode', mode, '-out', dir, '-ticks', '12'], { encoding: 'utf8' }), glob: 'heap-*.pb.gz', planted: ['main.(*sessionStore).remember'] },
  { name: 'Go, 24 snapshots, small leak 4 KiB x 40 a tick', write: (dir, mode) => spawnSync(goBinary, ['-mode', mode, '-out', dir, '-ticks', '24', '-leak-bytes', '4096'], { encoding: 'utf8' }), glob: 'heap-*.pb.gz', planted: ['main.(*sessionStore).remember'] },
  ...['datadog', 'inspector'].map((profiler) => ({
    name: `Node, ${profiler === 'datadog' ? '@datadog/pprof' : '.heapprofile'}, 16 snapshots, leak 64 KiB x 40 a tick`,
    write: (dir, mode) => spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'test', 'programs', 'node-heap', 'series.js'), '--profiler', profiler, '--mode', mode, '--out', dir, '--ticks', '16'], { encoding: 'utf8' }),
    glob: profiler === 'datadog' ? 'heap-*.pb.gz' : 'heap-*.heapprofile',
    // The sessions array's own growth (Array.prototype.push) is the same leak.
    planted: ['rememberSession', 'push'],
  })),
];

const rows = [];
for (const c of cases) {
  const tally = { leakRuns: 0, caught: 0, extra: 0, steadyRuns: 0, falseFail: 0, falseWarn: 0 };
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['leak', 'steady']) {
      const dir = mkdtempSync(join(tmpdir(), 'flamegate-calibrate-trend-'));
      must(c.write(dir, mode), c.name);
      const out = join(dir, 'trend.json');
      const r = spawnSync(process.execPath, [CLI, 'trend', '--profiles', join(dir, c.glob), '--config', NO_CONFIG, '--json', out], { encoding: 'utf8' });
      if (r.status !== 0 && r.status !== 1) throw new Error(`flamegate trend: ${r.stderr}`);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      rmSync(dir, { recursive: true, force: true });
      const failing = report.leaks.filter((l) => l.severity === 'fail').map((l) => l.function);
      if (mode === 'leak') {
        tally.leakRuns++;
        if (failing.includes(c.planted[0])) tally.caught++;
        const extra = report.leaks.filter((l) => !c.planted.includes(l.function));
        if (extra.length > 0) {
          tally.extra++;
          if (process.env.VERBOSE) console.log(`  leaking build, also flagged: ${extra.map((l) => l.function).join(', ')}`);
        }
      } else {
        tally.steadyRuns++;
        if (process.env.VERBOSE && report.leaks.length > 0) console.log(`  no-leak build flagged: ${report.leaks.map((l) => `${l.function} ${l.severity}`).join(', ')}`);
        if (report.verdict === 'fail') tally.falseFail++;
        else if (report.verdict === 'warn') tally.falseWarn++;
      }
    }
  }
  rows.push({ case: c.name, ...tally });
  console.log(`${c.name}: leak caught ${tally.caught}/${tally.leakRuns} (another function flagged in ${tally.extra}); no-leak build: fail ${tally.falseFail}/${tally.steadyRuns}, warn ${tally.falseWarn}/${tally.steadyRuns}`);
}
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`\nall: leaks caught ${sum('caught')}/${sum('leakRuns')}; false alarms in leaking builds (another function) ${sum('extra')}/${sum('leakRuns')}; no-leak builds failed ${sum('falseFail')}/${sum('steadyRuns')}, warned ${sum('falseWarn')}/${sum('steadyRuns')}`);
