// schema/report.schema.json is the JSON report's contract for other tools. It is generated
// from the schema mode comment checks untrusted reports with (src/report/validate.ts), so
// the two cannot drift: UPDATE_GOLDEN=1 npm test rewrites it after an intended change.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/compare-files';
import { reportJson, reportJsonParts } from '../../src/report/json';
import { allFunctions, fromJson } from '../../src/report/report';
import { reportSchema } from '../../src/report/validate';
import { writeFileParts } from '../../src/outputs/write-parts';
import { EXAMPLES } from '../fixtures';
import { expectSchemaFile, schemaText } from '../schema-file';

const PATH = resolve(__dirname, '..', '..', 'schema', 'report.schema.json');

const generated = () => schemaText(reportSchema, {
  file: 'report.schema.json',
  title: 'flamegate report',
  description: 'The JSON report of flamegate compare --json and of the action (output report). Values are means per run in the sample type\'s unit (valueUnit: share with normalize total).',
});

describe('JSON schema of the report', () => {
  it('is the one generated from the validator', async () => {
    expectSchemaFile(PATH, generated());
  });

  it('accepts the reports flamegate writes and refuses a broken one', async () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(PATH, 'utf8')));
    for (const kind of ['cpu', 'heap', 'mutex']) {
      const { report } = await compareFiles({ baseline: [`${EXAMPLES}/baseline-*.${kind}.pb.gz`], candidate: [`${EXAMPLES}/candidate-*.${kind}.pb.gz`], configPath: resolve(__dirname, '..', 'data', 'scenarios', 'no-config.yml') });
      const plain = JSON.parse(reportJson(report));
      expect(validate(plain), `${kind}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
    const { report } = await compareFiles({ baseline: [], candidate: [`${EXAMPLES}/candidate-1.cpu.pb.gz`] });
    expect(validate(JSON.parse(reportJson(report)))).toBe(true);
    expect(validate({ ...JSON.parse(reportJson(report)), verdict: 'maybe' })).toBe(false);
  });

  it('is written indented, one function a line, and reads back as the report', async () => {
    const { report } = await compareFiles({ baseline: [`${EXAMPLES}/baseline-*.cpu.pb.gz`], candidate: [`${EXAMPLES}/candidate-*.cpu.pb.gz`] });
    // Over 600 functions: the text is made in pieces of 256, and the breaks must not show.
    const list = allFunctions(report);
    const many = Array.from({ length: 700 }, (_, i) => ({ ...list[i % list.length], name: `f${i}` }));
    const json = { ...JSON.parse(reportJson(report)), notes: ['"\u0000functions"', '\n  "functions": []'], functions: [{ ...list[0], name: 'a"},{"name":"b' }, ...many] };
    const hostile = fromJson(json);
    const text = reportJson(hostile);
    const read = JSON.parse(text);
    // The functions come largest change of total first (then by name), whatever the report's order.
    const change = (f: { baseline: { total: number }; candidate: { total: number } }) => Math.abs(f.candidate.total - f.baseline.total);
    const plain = JSON.parse(JSON.stringify(json));
    expect(read).toEqual({ ...plain, functions: expect.any(Array) });
    expect([...read.functions].sort((a, b) => (a.name < b.name ? -1 : 1))).toEqual([...plain.functions].sort((a, b) => (a.name < b.name ? -1 : 1)));
    for (let i = 1; i < read.functions.length; i++) {
      const [a, b] = [read.functions[i - 1], read.functions[i]];
      expect(change(a) > change(b) || (change(a) === change(b) && a.name < b.name), `${a.name} before ${b.name}`).toBe(true);
    }
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('    {"name":')).length).toBe(json.functions.length);
    expect(lines[1]).toBe('  "verdict": "fail",');
    // Written piece by piece to a file, it is the same text.
    const path = join(mkdtempSync(join(tmpdir(), 'flamegate-json-')), 'report.json');
    writeFileParts(path, reportJsonParts(hostile));
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
