// schema/trend.schema.json is flamegate trend's JSON contract for other tools, generated from
// src/trend/schema.ts: UPDATE_GOLDEN=1 npm test rewrites it after an intended change.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { trendSchema } from '../src/trend/schema';
import { trendJsonParts } from '../src/trend/text';
import { trendFiles } from '../src/trend/trend';
import { expectSchemaFile, schemaText } from './schema-file';

const ROOT = resolve(__dirname, '..');
const PATH = join(ROOT, 'schema', 'trend.schema.json');

const generated = () => schemaText(trendSchema, {
  file: 'trend.schema.json',
  title: 'flamegate trend report',
  description: 'The JSON of flamegate trend --json and of the action in mode trend (output report): leaks over a series of heap profiles of one run.',
});

describe('JSON schema of the trend report', () => {
  it('is the one generated from src/trend/schema.ts', () => {
    expectSchemaFile(PATH, generated());
  });

  it('accepts the report of the example series and refuses a broken one', async () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(PATH, 'utf8')));
    const { report } = await trendFiles({ profiles: [join(ROOT, 'examples', 'heap-leak', 'heap-*.pb.gz')] });
    const json = JSON.parse([...trendJsonParts(report)].join(''));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    expect(json.leaks[0].function).toBe('main.(*sessionStore).remember');
    expect(validate({ ...json, per: 'fortnight' })).toBe(false);
  });
});
