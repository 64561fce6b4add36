// Labels (issue 19): --tag keeps the samples of one service, --split-by compares each on its
// own. A real Go program under pprof.Do labels (service=upload, service=download; only the
// download service's checksum doubles), Pyroscope's labelled profile checked against an
// independent decoder, a speedscope file's profile names, and the CLI and the action from dist.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../src/compare-files';
import { InputError } from '../src/errors';
import { labelValues } from '../src/load/load';
import { allFunctions } from '../src/report/report';
import { fixture, hasShared } from './fixtures';
import { pullRequestEnv, runActionAsync, withServer } from './github/run-action';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const LABELS = join(ROOT, 'test', 'data', 'scenarios', 'labels');
const NO_CONFIG = join(ROOT, 'test', 'data', 'scenarios', 'no-config.yml');
const sides = { baseline: [join(LABELS, 'baseline-*.pb.gz')], candidate: [join(LABELS, 'candidate-*.pb.gz')], configPath: NO_CONFIG };
const refuse = async (run: Promise<unknown>) => {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
};

describe('a Go program\'s pprof.Do labels', () => {
  it('fails the whole profile on the shared checksum, passes the upload service alone and fails the download service alone', async () => {
    expect((await compareFiles(sides)).report.verdict).toBe('fail');
    const upload = await compareFiles({ ...sides, tag: { key: 'service', value: 'upload' } });
    expect(upload.report.verdict).toBe('pass');
    expect(upload.report.notes[0]).toMatch(/^kept only the samples labelled service=upload: \d+\.\d% of all sample records$/);
    const download = await compareFiles({ ...sides, tag: { key: 'service', value: 'download' } });
    expect(download.report.verdict).toBe('fail');
    expect(download.report.findings[0].function).toBe('main.checksum');
    // Only the service's samples: parseRecords runs unlabelled.
    expect(allFunctions(download.report).some((f) => f.name === 'main.parseRecords')).toBe(false);
  });

  it('splits by service: each value in name order, then the unlabelled samples', async () => {
    expect(await labelValues(sides, 'service')).toEqual(['download', 'upload', '']);
  });

  it('refuses a value no sample has, naming the values there are, and a file that carries no labels', async () => {
    expect(await refuse(compareFiles({ ...sides, tag: { key: 'service', value: 'uplod' } }))).toMatch(/^--tag service=uplod: no sample of the baseline has it \('.*baseline-1\.pb\.gz' and 4 more\); service takes \(no service label\) \(\d+\.\d%\), 'upload' \(\d+\.\d%\), 'download' \(\d+\.\d%\); expected one of them$/);
    const folded = join(mkdtempSync(join(tmpdir(), 'flamegate-labels-')), 'a.folded');
    writeFileSync(folded, 'main;work 10\n');
    expect(await refuse(compareFiles({ baseline: [folded], candidate: [folded], tag: { key: 'service', value: 'api' } }))).toMatch(/^--tag service=api: baseline '.*a\.folded' is folded, which carries no sample labels; expected pprof with labels/);
  });
});


describe.skipIf(!hasShared)('labels in other profilers\' files', () => {
  it('keeps exactly the samples an independent decoder finds with the label (Pyroscope cpu-exemplars, function=slow), on both decoders\' paths', async () => {
    const file = fixture('pyroscope/cpu-exemplars.pb.gz');
    const decoded = PprofProfile.decode(gunzipSync(readFileSync(file)));
    const strings = decoded.stringTable.strings;
    const cpu = decoded.sampleType.findIndex((t) => strings[Number(t.type)] === 'cpu');
    let slow = 0;
    for (const s of decoded.sample) {
      if (s.label.some((l) => strings[Number(l.key)] === 'function' && strings[Number(l.str)] === 'slow')) slow += Number(s.value[cpu]);
    }
    expect(slow).toBeGreaterThan(0);
    const { report } = await compareFiles({ baseline: [], candidate: [file], sampleType: 'cpu', tag: { key: 'function', value: 'slow' } });
    expect(report.candidate.total).toBe(slow);
    // A label of thousands of values (exemplars' profile_id) is no split.
    expect(await refuse(labelValues({ baseline: [], candidate: [file] }, 'profile_id'))).toMatch(/^--split-by profile_id: it takes \d+ values, more than the 20 a split compares/);
  });

  it('reads a speedscope file\'s profile names as the label profile', async () => {
    const file = fixture('speedscope/speedscope__0.6.0__two-sampled.speedscope.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const one = json.profiles.find((p: { name: string }) => p.name === 'one');
    const weight = one.weights.reduce((a: number, b: number) => a + b, 0);
    const { report } = await compareFiles({ baseline: [], candidate: [file], tag: { key: 'profile', value: 'one' } });
    expect(report.candidate.total).toBe(weight);
    expect(await labelValues({ baseline: [], candidate: [file] }, 'profile')).toEqual(['one', 'two']);
  });
});

describe('--tag and --split-by from dist, as users run them', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'compare', '--baseline', join(LABELS, 'baseline-*.pb.gz'), '--candidate', join(LABELS, 'candidate-*.pb.gz'), '--config', NO_CONFIG, ...args], { encoding: 'utf8' });

  it('prints a verdict per service, exits with the worst, and writes one comment with a section per service', () => {
    const out = mkdtempSync(join(tmpdir(), 'flamegate-split-'));
    const r = run(['--split-by', 'service', '--markdown', join(out, 'c.md'), '--json', join(out, 'r.json')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('flamegate: split by service: service=download fail, service=upload pass, service (none) pass');
    const md = readFileSync(join(out, 'c.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('### flamegate · ❌ fail · `service=download` ❌ fail · `service=upload` ✅ pass · `service (none)` ✅ pass');
    expect(md).toContain('#### flamegate · `service=download` · ❌ fail');
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8'));
    expect(json.splitBy).toBe('service');
    expect(json.reports.map((x: { value: string; report: { verdict: string } }) => [x.value, x.report.verdict])).toEqual([['download', 'fail'], ['upload', 'pass'], ['', 'pass']]);
  });

  it('says what is wrong in one line', () => {
    expect(run(['--tag', 'service']).stderr).toBe("flamegate: --tag: expected KEY=VALUE such as service=api, got 'service'\n");
    const pictures = run(['--split-by', 'service', '--png', 'x.png']);
    expect(pictures.status).toBe(2);
    expect(pictures.stderr).toBe('flamegate: --split-by service with --png: a split writes a table, a comment and a JSON report per value, not pictures; draw one value\'s with --tag service=VALUE\n');
    expect(run(['--split-by', 'tenant']).stderr).toBe("flamegate: --split-by tenant: no sample is labelled tenant at all (string labels are read; a numeric one is not a value to select by); expected a label key the profiles carry: 'service'\n");
  });
});

describe('input tag in the action', () => {
  it('judges the one service it names', async () => {
    await withServer(async (server, api) => {
      const r = await runActionAsync({ baseline: join(LABELS, 'baseline-*.pb.gz'), candidate: join(LABELS, 'candidate-*.pb.gz'), key: 'upload', config: NO_CONFIG, tag: 'service=upload' }, pullRequestEnv(api));
      expect(r.outputs.verdict).toBe('pass');
      expect(r.status).toBe(0);
      expect(server.comments.get('acme/app#7')![0].body).toContain('kept only the samples labelled service=upload');
      const bad = await runActionAsync({ candidate: join(LABELS, 'candidate-*.pb.gz'), tag: '=x' }, pullRequestEnv(api));
      expect(bad.status).toBe(1);
      expect(bad.stdout).toContain("::error::flamegate: input tag: expected KEY=VALUE such as service=api, got '=x'");
    });
  });
});
