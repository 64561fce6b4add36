// The contract of flamegate trend's JSON (`kind: "trend"`), as a zod schema: schema/
// trend.schema.json is generated from it (test/trend-schema.test.ts), and the compiler checks
// that it describes TrendReport exactly.
import { z } from 'zod';
import { LIMITS } from '../model/call-tree';
import type { TrendReport } from './trend';

const text = z.string().max(LIMITS.text);
const num = z.number().finite();
const series = z.array(num).max(LIMITS.runs);

export const trendSchema = z.object({
  kind: z.literal('trend'),
  verdict: z.enum(['pass', 'warn', 'fail']),
  sampleType: z.object({ type: text, unit: text }),
  per: z.enum(['second', 'snapshot']).describe('what a rate is per: second when every snapshot says its time, else snapshot'),
  order: z.enum(['time', 'name']).describe('how the snapshots were ordered'),
  snapshots: z.array(z.object({ source: text, time: text.optional().describe('ISO 8601, when the profile says'), total: num })).max(LIMITS.runs),
  overall: z.object({ slope: num, growth: num, p: num, first: num, last: num }).describe('the whole profile\'s total over the series'),
  alpha: num,
  maxGrowth: text.describe('the rule, as written'),
  tested: z.number().int().min(0),
  leaks: z.array(z.object({
    function: text,
    growth: num.describe('over the series, in the unit'),
    share: num.describe('growth over the last snapshot\'s total'),
    rate: num.describe('in the unit per `per`'),
    severity: z.enum(['fail', 'warn']),
    path: z.array(text).max(LIMITS.depth).describe('the call path that carries most of the growth, root first'),
  })),
  functions: z.array(z.object({
    name: text,
    file: text.optional(),
    line: z.number().int().min(1).optional(),
    self: series,
    total: series,
    slope: num.describe('Theil-Sen slope of self, in the unit per `per`'),
    growth: num,
    p: num.describe('Mann-Kendall one-sided p of an upward trend'),
    q: num.describe('p adjusted over the functions tested (Benjamini-Hochberg)'),
    drawdown: num.describe('the largest fall from an earlier high'),
    leak: z.boolean(),
    why: z.enum(['freed', 'stopped', 'noise', 'not significant', 'small']).optional().describe('why a function that grew is no leak: freed again, stopped rising, within sampling noise, not significant, or under the floor'),
  })).max(LIMITS.functions),
  notes: z.array(text),
});

/** The schema and TrendReport describe the same value (a compile-time check, both ways). */
type Parsed = z.infer<typeof trendSchema>;
export const schemaMatches: [Parsed] extends [TrendReport] ? ([TrendReport] extends [Parsed] ? true : false) : false = true;
