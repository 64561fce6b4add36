// The report as JSON text, written in pieces: the contract of schema/report.schema.json.
import { allFunctions, type Report, type ReportFunction, type ReportSide } from './report';

/**
 * The fields of a report's functions as the JSON writes them, in its order: a replacer list
 * for JSON.stringify, so a field that the comparison's entries gain never reaches the
 * contract. The compiler checks that the list names every field of ReportFunction and
 * ReportSide and nothing else.
 */
const FUNCTION_FIELDS = [
  'name', 'file', 'line', 'status', 'baseline', 'candidate', 'pValue', 'pValueSelf',
  'self', 'total', 'selfShare', 'totalShare', 'selfRuns', 'totalRuns',
] as const satisfies readonly (keyof ReportFunction | keyof ReportSide)[];
type Unlisted = Exclude<keyof ReportFunction | keyof ReportSide, (typeof FUNCTION_FIELDS)[number]>;
export const everyFieldListed: [Unlisted] extends [never] ? true : false = true;
const REPLACER: string[] = [...FUNCTION_FIELDS];

/** Functions per piece of reportJsonParts: about 100 kB of text. */
const FUNCTIONS_PER_PART = 256;

/**
 * The report as JSON text: indented, except that each function is one line. A large
 * profile's report holds tens of thousands of functions; indenting their run arrays too
 * doubled the file (15 MB for large.cpu) and the time to write it.
 */
export function reportJson(report: Report): string {
  return [...reportJsonParts(report)].join('');
}

/**
 * reportJson's text in pieces, the functions a few hundred at a time: written piece by
 * piece, a large report never exists as one string (large.cpu's 8.5 MB report was 35 MB
 * of fresh memory as one string, its line-broken copy and its UTF-8 bytes).
 */
export function* reportJsonParts(report: Report): Generator<string> {
  const entries = Object.entries(report);
  yield '{\n';
  for (let e = 0; e < entries.length; e++) {
    const [key, value] = entries[e];
    yield `  ${JSON.stringify(key)}: `;
    if (key === 'functions') yield* functionLines(largestChangeFirst(allFunctions(report)));
    else yield JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    yield e < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** The functions, largest change of total first, then by name. */
function largestChangeFirst(functions: ReportFunction[]): ReportFunction[] {
  // The keys are computed once, not at every comparison.
  const change = Float64Array.from(functions, (f) => Math.abs(f.candidate.total - f.baseline.total));
  return Array.from(change.keys())
    .sort((a, b) => change[b] - change[a] || (functions[a].name < functions[b].name ? -1 : 1))
    .map((i) => functions[i]);
}

/**
 * The functions as a JSON list, one a line. One stringify per piece of functions, then a
 * line break where one function ends and the next begins: `},{"name":` occurs nowhere
 * else, as a quote inside a string is escaped (2.5x quicker than a stringify per function).
 */
function* functionLines(functions: ReportFunction[]): Generator<string> {
  if (functions.length === 0) {
    yield '[]';
    return;
  }
  yield '[\n    ';
  for (let start = 0; start < functions.length; start += FUNCTIONS_PER_PART) {
    const compact = JSON.stringify(functions.slice(start, start + FUNCTIONS_PER_PART), REPLACER);
    if (start > 0) yield ',\n    ';
    yield compact.slice(1, -1).replaceAll('},{"name":', '},\n    {"name":');
  }
  yield '\n  ]';
}

/** The split's JSON: `{ "splitBy": KEY, "reports": [{ "value": VALUE, "report": REPORT }] }`, each report as reportJsonParts writes it (value '' for the samples without the label). */
export function* splitJsonParts(key: string, results: { value: string; report: Report }[]): Generator<string> {
  yield `{\n"splitBy": ${JSON.stringify(key)},\n"reports": [\n`;
  for (let i = 0; i < results.length; i++) {
    yield `{"value": ${JSON.stringify(results[i].value)}, "report": `;
    yield* reportJsonParts(results[i].report);
    yield `}${i < results.length - 1 ? ',' : ''}\n`;
  }
  yield ']\n}\n';
}
