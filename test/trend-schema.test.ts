// schema/trend.schema.json is flamegate trend's JSON contract for other tools, generated from
// src/trend/schema.ts: UPDATE_GOLDEN=1 npm test rewrites it after an intended change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { trendSchema } from '../src/trend/schema';
import { trendJsonParts } from '../src/trend/text';
import { trendFiles } from '../src/trend/trend';

const ROOT = resolve(__dirname, '..');
const PATH = join(ROOT, 'schema', 'trend.schema.json');

function generated(): string {
  const schema = {
    $id: 'https://github.com/flamegate/flamegate/blob/main/schema/trend.schema.json',
    title: 'flamegate trend report',
    description: 'The JSON of flamegate trend --json and of the action in mode trend (output report): leaks over a series of heap profiles of one run.',
    ...z.toJSONSchema(trendSchema, { target: 'draft-2020-12' }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('JSON schema of the trend report', () => {
  it('is the one generated from src/trend/schema.ts', () => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(PATH)) writeFileSync(PATH, generated());
    expect(readFileSync(PATH, 'utf8'), 'schema/trend.schema.json is stale; run UPDATE_GOLDEN=1 npm test').toBe(generated());
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
