// The JSON schemas in schema/ are generated from flamegate's zod schemas; a test holds each
// file equal to its generation (UPDATE_GOLDEN=1 npm test rewrites it after an intended change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import { z } from 'zod';

/** The schema file's text for `schema`: draft 2020-12, with the file's id, title and description. */
export function schemaText(schema: z.ZodType, about: { file: string; title: string; description: string }): string {
  const json = {
    $id: `https://github.com/flamegate/flamegate/blob/main/schema/${about.file}`,
    title: about.title,
    description: about.description,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12' }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Expects the file at `path` to hold `generated` (written first with UPDATE_GOLDEN=1, or when missing). */
export function expectSchemaFile(path: string, generated: string): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, generated);
  expect(readFileSync(path, 'utf8'), `schema/${basename(path)} is stale; run UPDATE_GOLDEN=1 npm test`).toBe(generated);
}
