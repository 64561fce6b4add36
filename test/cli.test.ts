// Runs the bundled CLI (dist/cli/index.js) as a user would, on the example Go profiles.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './fixtures';

const CLI = resolve(__dirname, '..', 'dist', 'cli', 'index.js');

function flamegate(args: string[], cwd = resolve(__dirname, '..'), env: NodeJS.ProcessEnv = {}) {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ex = (glob: string) => join(EXAMPLES, glob);

function compareJson(baseline: string, candidate: string, ...extra: string[]) {
  const r = flamegate(['compare', '--baseline', ex(baseline), '--candidate', ex(candidate), '--json', '-', ...extra]);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

const UNTOUCHED = ['main.hashBlocks', 'main.sortRecords', 'main.contendedCounter.func1'];

describe('flamegate compare on the planted regression', () => {
  it('fails on main.encodeJSON with 5 runs a side, leaving untouched code alone', () => {
    const { status, report } = compareJson('baseline-*.cpu.pb.gz', 'candidate-*.cpu.pb.gz');
    expect(status).toBe(1);
    expect(report.verdict).toBe('fail');
    const flagged = report.violations.map((v: { function: string }) => v.function);
    expect(flagged).toContain('main.encodeJSON');
    for (const f of UNTOUCHED) expect(flagged).not.toContain(f);
    expect(report.findings[0].function).toBe('main.encodeJSON');
    expect(report.sampleType).toEqual({ type: 'cpu', unit: 'nanoseconds' });
    expect(report.baseline.runs).toBe(5);
    expect(report.candidate.runs).toBe(5);
    expect(report.noise.test).toBe('welch');
  });

  it('fails on main.encodeJSON with 3 runs a side', () => {
    const { status, report } = compareJson('baseline-[123].cpu.pb.gz', 'candidate-[123].cpu.pb.gz');
    expect(status).toBe(1);
    expect(report.findings.map((f: { function: string }) => f.function)).toEqual(['main.encodeJSON']);
  });

  it('passes baseline runs 1-3 against baseline runs 4-5 (noise only)', () => {
    const { status, report } = compareJson('baseline-[123].cpu.pb.gz', 'baseline-[45].cpu.pb.gz');
    expect(report.violations).toEqual([]);
    expect(report.verdict).toBe('pass');
    expect(status).toBe(0);
  });

  it('keeps per-run values in the JSON report', () => {
    const { report } = compareJson('baseline-[12].cpu.pb.gz', 'candidate-[12].cpu.pb.gz');
    const f = report.functions.find((x: { name: string }) => x.name === 'main.hashBlocks');
    expect(f.baseline.totalRuns).toEqual([1.29e9, 1.26e9]);
    expect(f.candidate.totalRuns).toEqual([1.25e9, 1.45e9]);
    expect(f.baseline.total).toBe(1.275e9);
  });

  it('says in one run a side that run-to-run noise was estimated across functions, not measured per function', () => {
    const { report } = compareJson('baseline-1.cpu.pb.gz', 'baseline-2.cpu.pb.gz', '--markdown', join(mkdtempSync(join(tmpdir(), 'fg-')), 'r.md'));
    expect(report.noise.runToRunMeasured).toBe(false);
    const md = flamegate(['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('baseline-2.cpu.pb.gz'), '--markdown', '-']).stdout;
    expect(md).toMatch(/one run per side \(run-to-run noise [\d.]+%, estimated on top of sampling noise\)/);
  });

  it('compares another sample type and normalizes to shares on request', () => {
    const heap = compareJson('baseline-*.heap.pb.gz', 'candidate-*.heap.pb.gz', '--sample-type', 'inuse_space');
    expect(heap.report.sampleType).toEqual({ type: 'inuse_space', unit: 'bytes' });
    const shares = compareJson('baseline-*.cpu.pb.gz', 'candidate-*.cpu.pb.gz', '--normalize', 'total');
    expect(shares.report.normalize).toBe('total');
    expect(shares.report.valueUnit).toBe('share');
    expect(shares.report.findings[0].function).toBe('main.encodeJSON');
  });

  it('prints a readable table without output flags', () => {
    const r = flamegate(['compare', '--baseline', ex('baseline-*.cpu.pb.gz'), '--candidate', ex('candidate-*.cpu.pb.gz')]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('flamegate: FAIL: 1 regression (profile total grew)');
    expect(r.stdout).toMatch(/FAIL {2}main\.encodeJSON +total +1\.01 s +2\.00 s +\+996 ms \(\+99\.0%, 25\.8% of total\)/);
  });

  it('writes the diff flame graph as SVG and PNG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-'));
    const r = flamegate(['compare', '--baseline', ex('baseline-*.cpu.pb.gz'), '--candidate', ex('candidate-*.cpu.pb.gz'), '--svg', join(dir, 'd.svg'), '--png', join(dir, 'd.png')]);
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, 'd.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
    expect(readFileSync(join(dir, 'd.png')).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('draws the candidate alone, with verdict no-baseline, when there is no baseline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-'));
    const r = flamegate(['compare', '--candidate', ex('candidate-*.cpu.pb.gz'), '--svg', join(dir, 'd.svg'), '--json', join(dir, 'r.json')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).verdict).toBe('no-baseline');
    expect(readFileSync(join(dir, 'd.svg'), 'utf8')).toContain('flamegate · cpu · candidate profile');
  });

  it('reads .github/flamegate.yml from the working directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github', 'flamegate.yml'), 'ignore: ["main.*", "encoding/*", "runtime.*", "reflect.*"]\noverall: null\n');
    const r = flamegate(['compare', '--baseline', ex('baseline-*.cpu.pb.gz'), '--candidate', ex('candidate-*.cpu.pb.gz'), '--json', '-'], dir);
    expect(JSON.parse(r.stdout).verdict).toBe('pass');
    expect(r.status).toBe(0);
  });
});

describe('flamegate on bad usage and bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['CPU against heap', ['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('baseline-1.heap.pb.gz')], /^flamegate: candidate '.*baseline-1\.heap\.pb\.gz': measures inuse_space\/bytes, not cpu\/nanoseconds like baseline '.*'; profiles of different kinds cannot be compared \(it has .*; they share no sample type: compare each kind on its own \(in the action, a step and a key each\)\)$/],
    ['an unknown sample type', ['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('candidate-1.cpu.pb.gz'), '--sample-type', 'wall'], /^flamegate: baseline '.*': no sample type 'wall'; it has samples\/count, cpu\/nanoseconds$/],
    ['a missing file', ['compare', '--baseline', 'nope.pb.gz', '--candidate', ex('candidate-1.cpu.pb.gz')], /^flamegate: baseline 'nope\.pb\.gz': no such file$/],
    ['a glob matching nothing', ['compare', '--baseline', ex('*.nothing'), '--candidate', ex('candidate-1.cpu.pb.gz')], /^flamegate: baseline '.*\*\.nothing': the glob matched no file$/],
    ['a directory', ['compare', '--baseline', EXAMPLES, '--candidate', ex('candidate-1.cpu.pb.gz')], /^flamegate: baseline '.*': is a directory, expected a profile file or a glob/],
    ['an unknown option', ['compare', '--baseline', 'a', '--candidate', 'b', '--colour'], /^flamegate: unknown option '--colour'.*\(see flamegate compare --help\)$/],
    ['a missing --candidate', ['compare', '--baseline', ex('baseline-1.cpu.pb.gz')], /^flamegate: missing --candidate: expected the candidate profile files or globs$/],
    ['a missing --baseline', ['compare', '--candidate', ex('baseline-1.cpu.pb.gz')], /^flamegate: missing --baseline: expected the baseline profile files or globs \(without one/],
    ['a bad --palette', ['compare', '--baseline', 'a', '--candidate', 'b', '--palette', 'pink'], /^flamegate: --palette: expected default or colorblind, got 'pink'$/],
    ['a bad --normalize', ['compare', '--baseline', 'a', '--candidate', 'b', '--normalize', 'max'], /^flamegate: --normalize: expected none or total, got 'max'$/],
    ['an unknown command', ['diff'], /^flamegate: unknown command 'diff', expected 'compare'/],
    ['--json at the end without a file', ['compare', '--baseline', 'a', '--candidate', 'b', '--json'], /^flamegate: --json: expected a value after it, got the end of the command \(--json FILE; - for standard output\)$/],
    ['a value starting with a dash', ['compare', '--baseline', 'a', '--candidate', 'b', '--sample-type', '-cpu'], /^flamegate: --sample-type: expected a value after it, got '-cpu', which reads as an option \(--sample-type VALUE\)$/],
    ['a negative number', ['trend', '--profiles', 'a', '--max-growth', '-1%'], /^flamegate: --max-growth: expected a value after it, got '-1%', which reads as an option \(a value starting with - goes after =: --max-growth=-1%\)$/],
    ['--json followed by another option', ['compare', '--baseline', 'a', '--candidate', 'b', '--json', '--png', 'x.png'], /^flamegate: --json: expected a value after it, got '--png', which reads as an option/],
    ['a glob the shell expanded', ['compare', '--baseline', 'base/cpu-1.pb.gz', 'base/cpu-2.pb.gz', '--candidate', 'b'], /^flamegate: unexpected argument 'base\/cpu-2\.pb\.gz' after --baseline 'base\/cpu-1\.pb\.gz': an option takes one value; a glob the shell expanded gives several\. Quote the glob \(--baseline 'base\/\*\.pb\.gz'\) or repeat the option before each file$/],
    ['a glob the shell expanded after --candidate', ['compare', '--baseline', 'a', '--candidate', 'prof/after/cpu-1.pb.gz', 'prof/after/cpu-2.pb.gz'], /^flamegate: unexpected argument 'prof\/after\/cpu-2\.pb\.gz' after --candidate 'prof\/after\/cpu-1\.pb\.gz': .* Quote the glob \(--candidate 'prof\/after\/\*\.pb\.gz'\) or repeat the option before each file$/],
    ['--png into a .svg name', ['compare', '--baseline', 'a', '--candidate', 'b', '--png', 'x.svg'], /^flamegate: --png 'x\.svg': that name says \.svg, but --png writes PNG: name it 'x\.png', or use --svg for \.svg$/],
    ['--html into a .png name', ['compare', '--baseline', 'a', '--candidate', 'b', '--html', 'r.png'], /^flamegate: --html 'r\.png': that name says \.png, but --html writes HTML: name it 'r\.html', or use --png for \.png$/],
    ['--png into a .html name', ['compare', '--baseline', 'a', '--candidate', 'b', '--png', 'r.html'], /^flamegate: --png 'r\.html': that name says \.html, but --png writes PNG: name it 'r\.png', or use --html for \.html$/],
    ['two outputs to standard output', ['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('candidate-1.cpu.pb.gz'), '--html', '-', '--json', '-'], /^flamegate: --json - and --html -: only one output can go to standard output \(they would run together\); give the others file names$/],
    ['an output under /proc', ['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('candidate-1.cpu.pb.gz'), '--html', '/proc/nope/x.html'], /^flamegate: cannot write '\/proc\/nope\/x\.html' \(ENOENT\)$/],
    ['--json into a .md name', ['compare', '--baseline', 'a', '--candidate', 'b', '--json', 'out/r.md'], /^flamegate: --json 'out\/r\.md': that name says \.md, but --json writes JSON: name it 'out\/r\.json', or use --markdown for \.md$/],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 with one line for ${what}`, () => {
      const r = flamegate(args);
      expect(r.stderr.trimEnd()).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    });
  }

  it('exits 2 on a rules file with a YAML error or a bad limit, naming the line or key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-'));
    writeFileSync(join(dir, 'broken.yml'), 'rules:\n  - match: "*"\n    max-increase: [5%\n');
    writeFileSync(join(dir, 'limit.yml'), 'rules:\n  - match: "*"\n    max-increase: lots\n');
    const args = ['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('candidate-1.cpu.pb.gz'), '--config'];
    const broken = flamegate([...args, join(dir, 'broken.yml')]);
    expect(broken.stderr).toMatch(/^flamegate: rules file '.*broken\.yml' line \d+: not valid YAML \(.+\)\n$/);
    expect(broken.status).toBe(2);
    const limit = flamegate([...args, join(dir, 'limit.yml')]);
    expect(limit.stderr).toBe(`flamegate: rules file '${join(dir, 'limit.yml')}': rules[0].max-increase: expected a percentage such as 5%, got 'lots'\n`);
    expect(limit.status).toBe(2);
  });

  it('exits 2 on a size that is not one, with the same line whatever is wrong with it', () => {
    const args = ['compare', '--baseline', ex('baseline-1.cpu.pb.gz'), '--candidate', ex('candidate-1.cpu.pb.gz'), '--max-decompressed-size'];
    for (const size of ['lots', '20ms', '1000']) {
      const r = flamegate([...args, size]);
      expect(r.stderr).toBe(`flamegate: --max-decompressed-size: expected a size such as 1GiB or 512MB, got '${size}'\n`);
      expect(r.status).toBe(2);
    }
    // kB is 1024 bytes, as in pprof: 10kB is too small for the example profile.
    expect(flamegate([...args, '10kB']).stderr).toMatch(/decompresses to more than 10240 bytes \(the limit; raise it with --max-decompressed-size\)\n$/);
  });

  it('shows notes with text from the profile once, and without its escape sequences', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-'));
    const file = join(dir, 'app.folded');
    // Past the first 4 KiB, which decide that the file is text.
    writeFileSync(file, `${'main;work 10\n'.repeat(400)}\u001b]0;owned\u0007\u001b[2J not folded\n`);
    const table = flamegate(['compare', '--baseline', file, '--candidate', file]);
    expect(table.stdout).toMatch(/note: .*1 line not in folded form skipped/);
    expect(table.stdout + table.stderr).not.toMatch(/\u001b|\u0007/);
    expect(table.stderr).toBe(''); // the table holds the note
    const json = flamegate(['compare', '--baseline', file, '--candidate', file, '--json', '-']);
    expect(json.stderr).toMatch(/^flamegate: note: .*1 line not in folded form skipped.*\n(flamegate: note: .*\n)?flamegate: pass\n$/);
    expect(json.stderr).not.toMatch(/\u001b|\u0007/);
  });

  it('prints help and version', () => {
    const help = flamegate(['--help']).stdout;
    expect(help).toContain('Usage: flamegate compare');
    expect(help).toContain('Commands:');
    expect(help).toContain('NO_COLOR');
    for (const args of [['compare', '--help'], ['help', 'compare'], ['compare', '-h']]) {
      const compareHelp = flamegate(args);
      expect(compareHelp.status, args.join(' ')).toBe(0);
      for (const option of ['--baseline', '--candidate', '--sample-type', '--normalize', '--config', '--json', '--markdown', '--svg', '--png', '--icicle', '--palette', '--max-decompressed-size', 'Examples:', 'Exit status']) {
        expect(compareHelp.stdout, `${args.join(' ')}: ${option}`).toContain(option);
      }
    }
    expect(flamegate([]).status).toBe(2);
    expect(flamegate(['--version']).stdout).toBe(`flamegate ${JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
  });

  it('colours the table only on a terminal or when asked, and never with NO_COLOR', () => {
    const args = ['compare', '--baseline', ex('baseline-*.cpu.pb.gz'), '--candidate', ex('candidate-*.cpu.pb.gz')];
    const piped = flamegate(args).stdout;
    expect(piped).toContain('FAIL');
    expect(piped).not.toContain('\x1b[');
    expect(flamegate(args, undefined, { FORCE_COLOR: '1' }).stdout).toContain('\x1b[1;31mFAIL\x1b[0m');
    expect(flamegate(args, undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\x1b[');
  });

  it('prints the table with the same sections as the pull-request comment', () => {
    const args = ['--baseline', ex('baseline-*.cpu.pb.gz'), '--candidate', ex('candidate-*.cpu.pb.gz')];
    const table = flamegate(['compare', ...args]).stdout;
    const markdown = flamegate(['compare', ...args, '--markdown', '-']).stdout;
    // Each line of facts in the comment has its counterpart in the table.
    const pairs: [RegExp, RegExp][] = [
      [/❌ fail: 1 regression \(profile total grew\)/, /FAIL: 1 regression \(profile total grew\)/],
      [/`main\.encodeJSON` \| total \| 1\.01 s \| 2\.00 s \| \+996 ms \(\+99\.0%, 25\.8% of total\) \| <0\.001 \| `total > 5% of baseline total and > \+20%`/, /FAIL {2}main\.encodeJSON {2}total {3}1\.01 s {4}2\.00 s {5}\+996 ms \(\+99\.0%, 25\.8% of total\) {2}<0\.001[\s\S]*rule: total > 5% of baseline total and > \+20%/],
      [/↳ via `main\.main` ← `runtime\.main` \| \| \| \| \+996 ms/, /via main\.main <- runtime\.main \(\+996 ms\)/],
      [/9 more violations of the same growth/, /9 more violations of the same growth/],
      [/The profile total grew \+1\.11 s \(\+28\.7%\) \(p <0\.001; rule: `profile total > \+10%`\)/, /the profile total grew \+1\.11 s \(\+28\.7%\) \(p <0\.001; rule: profile total > \+10%\)/],
    ];
    for (const [inComment, inTable] of pairs) {
      expect(markdown).toMatch(inComment);
      expect(table).toMatch(inTable);
    }
  });

  it('gives the same report whether the profiles are read into one table here or on worker threads', () => {
    const args = ['compare', '--baseline', ex('baseline-*.cpu.pb.gz'), '--candidate', ex('candidate-*.cpu.pb.gz'), '--json', '-'];
    const here = JSON.parse(flamegate(args, undefined, { FLAMEGATE_THREADS: '1' }).stdout);
    const threads = JSON.parse(flamegate(args, undefined, { FLAMEGATE_THREADS: '3' }).stdout);
    // Sums may differ in the last bits (another order of nodes); everything else is equal
    // (the drift model and the grouping of call chains break ties by content, not ids).
    const round = (value: unknown): unknown => (typeof value === 'number' ? Number(value.toPrecision(10))
      : Array.isArray(value) ? value.map(round)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)])) : value);
    expect(round(threads)).toEqual(round(here));
    expect(here.verdict).toBe('fail');
  });
});
