// The command-line entry: `flamegate compare`. Same engine and verdict as the action.
import { visible } from '../text';
import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { expandInputs } from '../load/load-runs';
import type { Normalize } from '../model/run';
import { compareFiles } from '../compare-files';
import { InputError, quote } from '../errors';
import { parseQuantity } from '../model/units';
import type { PaletteName } from '../render/colors';
import { timing } from '../timing';
import { combinedVerdict, renderCombined, renderMarkdown } from '../report/markdown';
import type { Report } from '../report/report';
import { labelValues, type CompareRequest } from '../load/load';
import type { TimeWindow } from '../model/time-window';
import { reportJsonParts, splitJsonParts } from '../report/json';
import { paletteFor, renderTerminal, terminalText, wantsColor } from '../report/terminal';
import { parseMaxGrowth } from '../rules/config';
import { renderSvg } from '../render/svg';
import { trendFiles } from '../trend/trend';
import { buildTrendGraph } from '../trend/picture';
import { renderTrendMarkdown, renderTrendTerminal, trendJsonParts } from '../trend/text';
import { VERSION } from '../version';
import { prepareRasterizer, rasterize, renderPicture, renderReportHtml, writeOutput } from '../outputs/outputs';
import type { RendererChoice } from '../render/png';

const USAGE = `Usage: flamegate compare --baseline FILE_OR_GLOB --candidate FILE_OR_GLOB [options]
       flamegate trend --profiles FILE_OR_GLOB [options]
       flamegate --help | --version

Catches performance regressions: compares the CPU, memory or lock profiles of a change
(the candidate) with those of its base (the baseline), judges every function's change with
rules that know CI machines are noisy, and gives one verdict: pass, warn or fail.

Commands:
  compare     compare two sets of profiles (flamegate compare --help for its options)
  trend       find leaks in a series of heap profiles of one run, no baseline needed
              (flamegate trend --help)

Options:
  -h, --help     this text
  -V, --version  the version

Environment:
  NO_COLOR=1            no colours in the table (they are only used on a terminal anyway)
  FLAMEGATE_THREADS=N   parse on N threads (default: one per core from 16 MB of input)
  FLAMEGATE_TIMING=1    print when each stage ends, in ms since the start
  FLAMEGATE_DEBUG=1     print the stack of an internal error

Docs: the README (https://github.com/flamegate/flamegate#readme).`;

const COMPARE_USAGE = `Usage: flamegate compare --baseline FILE_OR_GLOB [--baseline ...] --candidate FILE_OR_GLOB [--candidate ...]
                         [--sample-type NAME] [--normalize none|total] [--config rules.yml]
                         [--json report.json] [--markdown report.md] [--svg diff.svg] [--png diff.png]
                         [--html report.html]
                         [--tag KEY=VALUE | --split-by KEY] [--time-range START..END | --skip START]
                         [--icicle] [--palette default|colorblind] [--max-decompressed-size 1GiB]

Compares the baseline profiles with the candidate profiles and prints a table, or writes
the reports and pictures asked for. Formats are recognised by content: pprof (gzipped or
not), folded stacks, perf script output, V8 .cpuprofile, speedscope JSON.

Inputs:
  --baseline FILE_OR_GLOB    profiles of the base; repeat it or use a glob ('base/*.pb.gz')
                             for several runs. Leave it out (with an output option) to draw
                             the candidate alone: the verdict is no-baseline.
  --candidate FILE_OR_GLOB   profiles of the change
                             Several files a side are runs of the same workload: give 3 or
                             more a side and the machine's noise is measured, not assumed.
  --sample-type NAME         what to compare: cpu, alloc_space, inuse_space, delay, an event
                             of perf (cycles), ... (default: the profile's default type)
  --normalize none|total     none: absolute values (each run does fixed work; default)
                             total: shares of each run's total (runs of fixed time)
  --config FILE              rules file (default: .github/flamegate.yml if it exists,
                             else the built-in rules)
  --max-decompressed-size N  refuse gzip that inflates past N (default 1GiB)
  --tag KEY=VALUE            keep only the samples labelled so: pprof sample labels (Go
                             pprof.Do, Pyroscope tags, @datadog/pprof), or a speedscope
                             file's profile names as profile=NAME
  --time-range START..END    keep only the samples taken in this window of each profile
                             (2s..10s, 500ms.., ..30s; a bare number is seconds): perf
                             script, .cpuprofile, Chrome traces, speedscope evented
  --skip START               the same as --time-range START..: leave a warm-up out
  --split-by KEY             compare each value of the label on its own (samples without it
                             as one more, "(none)"): a table, a comment section and a verdict
                             per value; the exit status is the worst. Not with pictures

Outputs (- is standard output; the table is printed unless a report goes there):
  --json FILE                the report (every function, every violation)
  --markdown FILE            the pull-request comment
  --svg FILE, --png FILE     the diff flame graph (red: slower, green: faster, grey: noise)
  --html FILE                the interactive report: one offline file with the diff flame
                             graph to zoom and search, each side's, a function's callers
                             and callees (sandwich) and a sortable table of every function
  --icicle                   draw the root at the top
  --palette colorblind       red and blue instead of red and green

Examples:
  # five runs a side of a Go benchmark
  flamegate compare --baseline 'base/cpu-*.pb.gz' --candidate 'head/cpu-*.pb.gz'
  # a heap profile's in-use bytes, with the picture
  flamegate compare --baseline base.heap.pb.gz --candidate head.heap.pb.gz --sample-type inuse_space --png diff.png
  # perf script output, as shares of each run's total, with the PR comment on stdout
  flamegate compare --baseline base.perf.txt --candidate head.perf.txt --normalize total --markdown -

Exit status: 0 pass or warn (or no baseline), 1 fail, 2 bad usage or unreadable input.`;

const TREND_USAGE = `Usage: flamegate trend --profiles FILE_OR_GLOB [--profiles ...] [--sample-type NAME]
                       [--max-growth LIMIT] [--tag KEY=VALUE] [--config rules.yml]
                       [--json trend.json] [--markdown trend.md] [--svg trend.svg] [--png trend.png]
                       [--icicle] [--palette default|colorblind] [--max-decompressed-size 1GiB]

Finds memory leaks in a series of heap profiles written during one run (Go's
WriteHeapProfile in a loop, @datadog/pprof heap profiles, Chrome's .heapprofile): the
functions whose in-use bytes or objects grow steadily. Memory freed again (a sawtooth) and
a cache that fills up to its bound are not leaks. Snapshots are ordered by the time they
say (pprof time_nanos), else by file name (heap-2 before heap-10).

Options:
  --profiles FILE_OR_GLOB    the snapshots (at least 8; 16 or more to tell a slow leak from noise)
  --sample-type NAME         inuse_space (default where the profile has it), inuse_objects, ...
  --max-growth LIMIT         a leak fails above this (default 1%, or trend.max-growth of the
                             rules file): a share of the last snapshot's total (1%), an
                             amount over the series (4MiB), or a rate (100KiB/s, 10MB/min,
                             512KiB/snapshot); under it a leak warns
  --tag KEY=VALUE            follow only the samples labelled so (a service's memory)
  --config FILE              rules file (alpha, floor, ignore, trend.max-growth)
  --json, --markdown, --svg, --png FILE
                             the report, the comment, the picture (a flame graph coloured
                             by growth under a chart of the top functions over time)

Exit status: 0 pass or warn, 1 fail (a leak over max-growth), 2 bad usage or unreadable input.`;

/** The options compare and trend share (parseArgs' shape). */
const COMMON_OPTIONS = {
  'sample-type': { type: 'string' },
  config: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  svg: { type: 'string' },
  png: { type: 'string' },
  icicle: { type: 'boolean' },
  palette: { type: 'string' },
  'max-decompressed-size': { type: 'string' },
  tag: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the CLI with `argv` (without node and script); returns the exit status. */
export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      // Every error line is made visible whole: a message may quote the input it refuses.
      io.err.write(`flamegate: ${visible(error.message)}\n`);
      return 2;
    }
    const e = error as Error;
    io.err.write(`flamegate: internal error: ${visible(e.message)} (please report it; set FLAMEGATE_DEBUG=1 for details)\n`);
    if (process.env.FLAMEGATE_DEBUG) io.err.write(`${visible(e.stack ?? '').replace(/\\u000A/g, '\n')}\n`);
    return 2;
  }
}

async function run(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  if (argv.length === 0) {
    io.err.write(`${USAGE}\n`);
    return 2;
  }
  if (argv[0] === 'help' && argv[1] === 'compare') {
    io.out.write(`${COMPARE_USAGE}\n`);
    return 0;
  }
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out.write(`${USAGE}\n`);
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.out.write(`flamegate ${VERSION}\n`);
    return 0;
  }
  if (argv[0] === 'help' && argv[1] === 'trend') {
    io.out.write(`${TREND_USAGE}\n`);
    return 0;
  }
  if (argv[0] === 'trend') return runTrend(argv.slice(1), io);
  if (argv[0] !== 'compare') throw new InputError(`unknown command ${quote(argv[0])}, expected 'compare' or 'trend' (see flamegate --help)`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      options: {
        baseline: { type: 'string', multiple: true },
        candidate: { type: 'string', multiple: true },
        ...COMMON_OPTIONS,
        normalize: { type: 'string' },
        html: { type: 'string' },
        'split-by': { type: 'string' },
        'time-range': { type: 'string' },
        skip: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new InputError(argumentError(error as Error & { code?: string }, argv.slice(1)));
  }
  const v = parsed.values;
  if (v.help) {
    io.out.write(`${COMPARE_USAGE}\n`);
    return 0;
  }
  if (!v.baseline?.length && v.svg === undefined && v.png === undefined && v.json === undefined && v.html === undefined && v.markdown === undefined) {
    throw new InputError('missing --baseline: expected the baseline profile files or globs (without one, give --json, --markdown, --svg, --png or --html to report on the candidate alone)');
  }
  if (!v.candidate?.length) throw new InputError('missing --candidate: expected the candidate profile files or globs');

  if (v.normalize !== undefined && v.normalize !== 'none' && v.normalize !== 'total') {
    throw new InputError(`--normalize: expected none or total, got ${quote(v.normalize)}`);
  }
  const maxDecompressedBytes = parseSize(v['max-decompressed-size']);
  checkOutputs(v);
  const tag = parseTags(v.tag);
  if (v['time-range'] !== undefined && v.skip !== undefined) throw new InputError('--time-range and --skip: expected one of them (--skip 2s is --time-range 2s..)');
  const window = v['time-range'] !== undefined ? parseWindow(v['time-range'], '--time-range') : v.skip !== undefined ? parseWindow(`${v.skip}..`, '--skip') : undefined;
  const request = {
    baseline: v.baseline ?? [],
    candidate: v.candidate,
    sampleType: v['sample-type'],
    normalize: v.normalize as Normalize | undefined,
    configPath: v.config,
    maxDecompressedBytes,
    ...(tag ? { tag } : {}),
    ...(window ? { window } : {}),
  };
  refuseOverwrite(v, [...(v.baseline ?? []), ...v.candidate], v.config);
  if (v['split-by'] !== undefined) return runSplit(request, v['split-by'], v, io);
  const renderer = rendererChoice();
  if (v.png !== undefined) prepareRasterizer(renderer);
  const analysis = await compareFiles(request, io.err as NodeJS.WriteStream);
  const { report } = analysis;

  if (v.json !== undefined) writeOutput(v.json, reportJsonParts(report), io.out);
  if (v.markdown !== undefined) writeOutput(v.markdown, renderMarkdown(report), io.out);
  if (v.json !== undefined || v.markdown !== undefined) timing('reports written');
  if (v.svg !== undefined || v.png !== undefined) {
    const svg = renderPicture(analysis, { icicle: v.icicle, palette: v.palette as PaletteName | undefined });
    timing('picture laid out');
    if (v.svg !== undefined) writeOutput(v.svg, svg, io.out);
    if (v.png !== undefined) writeOutput(v.png, await rasterize(svg, renderer), io.out);
    timing('pictures written');
  }
  if (v.html !== undefined) {
    writeOutput(v.html, renderReportHtml(analysis, { palette: v.palette as PaletteName | undefined }), io.out);
    timing('HTML report written');
  }
  // The table goes to standard output unless a report does (`-`); then the verdict goes to stderr.
  if (toStandardOutput(v).length === 0) io.out.write(renderTerminal(report, { color: wantsColor(io.out as NodeJS.WriteStream) }));
  else {
    // The table holds the notes; without it they go to stderr, made as safe as in it.
    for (const note of report.notes) io.err.write(`flamegate: note: ${terminalText(note, 200)}\n`);
    io.err.write(`flamegate: ${report.verdict}\n`);
  }
  return report.verdict === 'fail' ? 1 : 0; // no-baseline is a notice, not a failure
}

/** A time window, `START..END` with either side left out (`2s..`, `..10s`), each a time (`500ms`) or seconds (`2`). */
function parseWindow(raw: string, option: string): TimeWindow {
  const shown = option === '--skip' ? raw.slice(0, -2) : raw;
  const refuse = () => new InputError(`${option}: expected ${option === '--skip' ? 'a time such as 2s or 500ms' : 'START..END such as 2s..10s, 2s.. or ..10s'}, got ${quote(shown)}`);
  const m = /^\s*([^.]*(?:\.\d+[a-zµ]*)?)\s*\.\.\s*(.*?)\s*$/i.exec(raw);
  if (!m || (m[1] === '' && m[2] === '')) throw refuse();
  const seconds = (text: string, fallback: number) => {
    if (text === '') return fallback;
    let q;
    try {
      q = parseQuantity(text, option);
    } catch {
      throw refuse();
    }
    if (q.dimension === 'time') return q.value / 1e9;
    if (q.dimension === 'count' && /^\d+(\.\d+)?$/.test(text)) return q.value;
    throw refuse();
  };
  const window = { start: seconds(m[1], 0), end: seconds(m[2], Infinity) };
  if (!(window.end > window.start)) throw new InputError(`${option}: ${quote(shown)} ${window.end === window.start ? 'is empty, it ends where it starts' : 'ends before it starts'}; expected START..END with END after START`);
  return window;
}

/** The one --tag given, parsed; undefined for none. Several are refused: the last one silently won. */
function parseTags(raw: string[] | undefined): { key: string; value: string } | undefined {
  if (raw === undefined || raw.length === 0) return undefined;
  if (raw.length > 1) throw new InputError(`--tag given ${raw.length} times (${raw.map((t) => quote(t, 60)).join(', ')}): expected one; to judge each value on its own, use --split-by KEY`);
  return parseTag(raw[0], '--tag');
}

/** A label selection, `KEY=VALUE` (the value may hold `=`; not empty). */
function parseTag(raw: string, option: string): { key: string; value: string } {
  const at = raw.indexOf('=');
  if (at <= 0 || at === raw.length - 1) throw new InputError(`${option}: expected KEY=VALUE such as service=api, got ${quote(raw)}`);
  return { key: raw.slice(0, at), value: raw.slice(at + 1) };
}

/**
 * `compare --split-by KEY`: one comparison per value of the label (samples without it as
 * one more), each printed; --markdown gets one comment with a section per value, --json one
 * document with each value's report. Returns the exit status of the worst verdict.
 */
async function runSplit(request: CompareRequest, key: string, v: Record<string, unknown>, io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  if (request.tag) throw new InputError(`--split-by ${key} and --tag: expected one of them (--tag keeps one value, --split-by compares every value)`);
  const pictures = (['svg', 'png', 'html'] as const).filter((o) => v[o] !== undefined);
  if (pictures.length > 0) throw new InputError(`--split-by ${key} with ${pictures.map((o) => `--${o}`).join(', ')}: a split writes a table, a comment and a JSON report per value, not pictures; draw one value's with --tag ${key}=VALUE`);
  if (key === '') throw new InputError("--split-by: expected a label key such as service, got ''");
  const values = await labelValues(request, key);
  const results: { value: string; report: Report }[] = [];
  for (const value of values) results.push({ value, report: (await compareFiles({ ...request, tag: { key, value, split: true } })).report });
  // A value with blanks or commas is quoted: `download pass, service=upload` read as two values in the summary.
  const plain = (text: string) => (/^[\w./:@+-]+$/.test(text) ? text : quote(text, 80));
  const name = (value: string) => (value === '' ? `${plain(key)} (none)` : `${plain(key)}=${plain(value)}`);
  if (typeof v.json === 'string') writeOutput(v.json, splitJsonParts(key, results), io.out);
  if (typeof v.markdown === 'string') {
    writeOutput(v.markdown, renderCombined(results.map((r) => ({ key: name(r.value), verdict: r.report.verdict, markdown: renderMarkdown(r.report, { key: name(r.value) }) }))), io.out);
  }
  const worst = combinedVerdict(results.map((r) => r.report.verdict)) ?? 'pass';
  if (toStandardOutput(v).length === 0) {
    const color = wantsColor(io.out as NodeJS.WriteStream);
    io.out.write(`flamegate: split by ${terminalText(key, 60)}: ${results.map((r) => `${terminalText(name(r.value), 60)} ${r.report.verdict}`).join(', ')}\n`);
    for (const r of results) io.out.write(`\n== ${terminalText(name(r.value), 200)} ==\n${renderTerminal(r.report, { color })}`);
  } else io.err.write(`flamegate: ${worst}\n`);
  return worst === 'fail' ? 1 : 0;
}

/**
 * Refuses an output that would overwrite an input: a profile the globs name, or the rules
 * file (`--json base.pb.gz` replaced the profile with the report, and the next run failed on it).
 */
function refuseOverwrite(v: Record<string, unknown>, inputs: string[], config: string | undefined): void {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return undefined; // not there yet: nothing to overwrite
    }
  };
  // Only an output that exists can be overwritten: most runs expand no glob here.
  const outputs = OUTPUT_OPTIONS.filter((o) => typeof v[o] === 'string' && v[o] !== '-' && real(v[o] as string) !== undefined);
  if (outputs.length === 0) return;
  let files: string[] = [];
  try {
    files = expandInputs(inputs, 'input');
  } catch {
    // The loader says what is wrong with them.
  }
  const read = new Map<string, string>();
  for (const file of config === undefined ? files : [...files, config]) {
    const r = real(file);
    if (r) read.set(r, file);
  }
  for (const option of outputs) {
    const path = v[option] as string;
    const r = real(path);
    if (r && read.has(r)) throw new InputError(`--${option} ${quote(path)}: that is an input (${quote(read.get(r)!)}), which the output would overwrite; expected another file name`);
  }
}

/** --max-decompressed-size as bytes; undefined when not given. */
function parseSize(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const refuse = () => new InputError(`--max-decompressed-size: expected a size such as 1GiB or 512MB, got ${quote(raw)}`);
  let q;
  try {
    q = parseQuantity(raw, '--max-decompressed-size');
  } catch {
    throw refuse();
  }
  if (q.dimension !== 'bytes') throw refuse();
  return q.value;
}

/** Checks the palette and the output options: each named for its format, at most one on standard output. */
function checkOutputs(v: { palette?: string } & Record<string, unknown>): void {
  if (v.palette !== undefined && v.palette !== 'default' && v.palette !== 'colorblind') {
    throw new InputError(`--palette: expected default or colorblind, got ${quote(v.palette)}`);
  }
  checkExtensions(v);
  const stdout = toStandardOutput(v);
  if (stdout.length > 1) {
    throw new InputError(`${stdout.map((o) => `--${o} -`).join(' and ')}: only one output can go to standard output (they would run together); give the others file names`);
  }
}

/** The rasterizer FLAMEGATE_RENDERER picks (wasm or native; tests compare both), else auto. */
function rendererChoice(): RendererChoice {
  const set = process.env.FLAMEGATE_RENDERER;
  return set === 'wasm' || set === 'native' ? set : 'auto';
}

/** `flamegate trend`: leaks in a series of heap profiles. Returns the exit status. */
async function runTrend(args: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        ...COMMON_OPTIONS,
        profiles: { type: 'string', multiple: true },
        'max-growth': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new InputError(argumentError(error as Error & { code?: string }, args).replace('flamegate compare --help', 'flamegate trend --help'));
  }
  const v = parsed.values;
  if (v.help) {
    io.out.write(`${TREND_USAGE}\n`);
    return 0;
  }
  if (!v.profiles?.length) throw new InputError('missing --profiles: expected the heap profiles of one run, as files or a glob (--profiles \'heap-*.pb.gz\')');
  const maxDecompressedBytes = parseSize(v['max-decompressed-size']);
  checkOutputs(v);
  const maxGrowth = v['max-growth'] === undefined ? undefined : parseMaxGrowth(v['max-growth'], '--max-growth');
  refuseOverwrite(v, v.profiles, v.config);
  const tag = parseTags(v.tag);
  if (v.png !== undefined) prepareRasterizer(rendererChoice());
  const analysis = await trendFiles({ profiles: v.profiles, sampleType: v['sample-type'], configPath: v.config, maxDecompressedBytes, maxGrowth, ...(tag ? { tag } : {}) }, io.err as NodeJS.WriteStream);
  const { report } = analysis;
  if (v.json !== undefined) writeOutput(v.json, trendJsonParts(report), io.out);
  if (v.markdown !== undefined) writeOutput(v.markdown, renderTrendMarkdown(report), io.out);
  if (v.svg !== undefined || v.png !== undefined) {
    const svg = renderSvg(buildTrendGraph(analysis, { icicle: v.icicle, palette: v.palette as PaletteName | undefined }));
    if (v.svg !== undefined) writeOutput(v.svg, svg, io.out);
    if (v.png !== undefined) writeOutput(v.png, await rasterize(svg, rendererChoice()), io.out);
  }
  if (toStandardOutput(v).length === 0) io.out.write(renderTrendTerminal(report, paletteFor(wantsColor(io.out as NodeJS.WriteStream))));
  else {
    for (const note of report.notes) io.err.write(`flamegate: note: ${terminalText(note, 200)}\n`);
    io.err.write(`flamegate: ${report.verdict}\n`);
  }
  return report.verdict === 'fail' ? 1 : 0;
}

/**
 * One line for what node:util's parseArgs refused, saying what to do: an option given
 * without its value, and a file after the last option (a glob the shell expanded).
 */
function argumentError(error: Error & { code?: string }, args: string[]): string {
  const first = error.message.split('\n')[0];
  const option = /Option '(--[\w-]+)/.exec(first)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const next = args[args.indexOf(option) + 1];
    const output = ['--json', '--markdown', '--svg', '--png', '--html'].includes(option);
    // A value that starts with a dash (-1%, -1s..) is read as an option: it goes after `=`.
    const hint = output ? `${option} FILE; - for standard output` : next !== undefined && /^-\d/.test(next) ? `a value starting with - goes after =: ${option}=${next}` : `${option} VALUE`;
    return `${option}: expected a value after it${next === undefined ? ', got the end of the command' : `, got ${quote(next)}, which reads as an option`} (${hint})`;
  }
  const positional = /Unexpected argument '(.*)'\. This command/.exec(first)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && positional !== undefined) {
    // The option whose value the shell's expansion followed: the last one before it.
    const at = args.indexOf(positional);
    let owner = at - 1;
    while (owner >= 0 && !args[owner].startsWith('--')) owner--;
    // The example is the glob the first file suggests, after the option it followed.
    const value = owner >= 0 ? args[owner + 1] ?? '' : '';
    const name = value.slice(value.lastIndexOf('/') + 1);
    const glob = name.indexOf('.') > 0 ? `${value.slice(0, value.length - name.length)}*${name.slice(name.indexOf('.'))}` : 'base/*.pb.gz';
    return `unexpected argument ${quote(positional)}${owner >= 0 ? ` after ${args[owner]} ${quote(value)}` : ''}: an option takes one value; a glob the shell expanded gives several. Quote the glob (${owner >= 0 ? args[owner] : '--baseline'} ${quote(glob)}) or repeat the option before each file`;
  }
  const said = first.replace(/\. To specify a positional argument.*$/, '');
  return `${said.charAt(0).toLowerCase()}${said.slice(1)} (see flamegate compare --help)`;
}

/** The file name extensions each output is known by; another output's extension is refused. */
const EXTENSIONS: Record<string, string[]> = { json: ['.json'], markdown: ['.md', '.markdown'], svg: ['.svg'], png: ['.png'], html: ['.html', '.htm'] };

/** The output options (--json, --markdown, --svg, --png, --html). */
const OUTPUT_OPTIONS = Object.keys(EXTENSIONS);

/** The output options given `-` (standard output). */
function toStandardOutput(v: Record<string, unknown>): string[] {
  return OUTPUT_OPTIONS.filter((o) => v[o] === '-');
}

/** Refuses an output file named for another output's format (`--png x.svg` wrote PNG bytes into x.svg). */
function checkExtensions(values: Record<string, unknown>): void {
  for (const [option, own] of Object.entries(EXTENSIONS)) {
    const path = values[option];
    if (typeof path !== 'string' || path === '-') continue;
    const ext = /\.[^./\\]+$/.exec(path)?.[0].toLowerCase();
    const other = Object.entries(EXTENSIONS).find(([o, exts]) => o !== option && ext !== undefined && exts.includes(ext));
    if (other && !own.includes(ext!)) {
      throw new InputError(`--${option} ${quote(path)}: that name says ${ext}, but --${option} writes ${option === 'markdown' ? 'Markdown' : option.toUpperCase()}: name it ${quote(path.slice(0, -ext!.length) + own[0])}, or use --${other[0]} for ${ext}`);
    }
  }
}
