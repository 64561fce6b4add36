// npm run bench: times each stage and the whole CLI on large fixtures and on synthetic
// profiles, as ratios on this machine against gunzip of the same bytes (the floor) and,
// where Go is installed, `go tool pprof -top -diff_base` on the same pair.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Profile as PprofProfile } from 'pprof-format';
import { analyze } from '../engine';
import { tryParsePprofFast } from '../formats/pprof-fast';
import { loadRasterAssets } from '../render/assets';
import { buildDiffGraph } from '../render/flame-graph';
import { renderPng } from '../render/png';
import { renderSvg } from '../render/svg';
import { defaultConfig } from '../rules/config';
import { generateProfile, generateText } from './synthetic';

const root = resolve(__dirname, '..', '..');
const shared = resolve(root, '..', 'shared', 'fixtures');
const out = join(root, 'out', 'bench');

function time<T>(f: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = f();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

function command(cmd: string, args: string[]): { ms: number; maxRssKb: number; faults: number; stages: string } | null {
  const timed = spawnSync('/usr/bin/time', ['-f', '%e %M %R', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, FLAMEGATE_TIMING: '1' } });
  const m = /(\d+\.\d+) (\d+) (\d+)\s*$/.exec(timed.stderr ?? '');
  // The CLI's own stage times (FLAMEGATE_TIMING, ms since the process started).
  const stages = [...(timed.stderr ?? '').matchAll(/flamegate: timing: (.+) at (\d+) ms/g)].map((t) => `${t[1]} ${t[2]} ms`).join(', ');
  return m ? { ms: Number(m[1]) * 1000, maxRssKb: Number(m[2]), faults: Number(m[3]), stages } : null;
}

/**
 * What this machine charges for memory a process touches for the first time: the time to
 * write 64 MiB of fresh pages, against writing them again (the median of 5). A virtual
 * machine can charge far more than bare metal, and flamegate's large buffers (the
 * inflated profile, the heap) pay it where gunzip, streaming through small buffers, does not.
 */
function firstTouchCost(): { freshMs: number; againMs: number; usPerPage: number } {
  const rounds = Array.from({ length: 5 }, () => {
    const buffer = Buffer.allocUnsafe(64 * 2 ** 20);
    const [, freshMs] = time(() => buffer.fill(1));
    const [, againMs] = time(() => buffer.fill(2));
    return { freshMs, againMs };
  }).sort((a, b) => a.freshMs - b.freshMs);
  const { freshMs, againMs } = rounds[2];
  return { freshMs, againMs, usPerPage: ((freshMs - againMs) * 1000) / (64 * 256) };
}

const hasGo = (() => {
  try {
    execFileSync('go', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The run of median time (the machine is noisy). */
function median(runs: ReturnType<typeof command>[]): ReturnType<typeof command> {
  const done = runs.filter((r) => r !== null).sort((a, b) => a!.ms - b!.ms);
  return done[Math.floor(done.length / 2)] ?? null;
}

type Processes = Record<'png' | 'all' | 'gunzip' | 'pprof' | 'action', ReturnType<typeof command>> & {
  /** With the other core kept busy (a spinning process): the CLI with the PNG, and gunzip, each round's ratio. */
  busy?: number[];
  /** The same ratios on the idle machine. */
  idle?: number[];
};

/**
 * The action's path: a copy of dist/ where no node_modules can be found above it, as the
 * runner has it, so the PNG is drawn by the bundled WebAssembly and not the native binary.
 */
const actionDist = (() => {
  const dir = join(tmpdir(), 'flamegate-bench-action', 'dist');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'dist'), dir, { recursive: true });
  // A node_modules above the copy (a /tmp/node_modules link) would lend it the native binary.
  try {
    const found = createRequire(join(dir, 'index.js')).resolve('@resvg/resvg-js');
    throw new Error(`the copy of dist/ in ${dir} finds ${found}: remove that node_modules, or its figures are not the action's`);
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
  }
  return dir;
})();

/**
 * Times the whole processes of one case in rounds that take turns, so that the machine's
 * drift (up to 15% over minutes) falls on all of them: the target's run (a compare with
 * the PNG), the same with the JSON report as well, gunzip and pprof; medians of 5 rounds
 * (3 on the large synthetic pairs, with pprof once: it takes a minute there).
 */
function timeProcesses(name: string, baselinePath: string, candidatePath: string): Processes {
  const small = statSync(candidatePath).size < 5e6;
  const flamegate = (...outputs: string[]) => command(process.execPath, [join(root, 'dist', 'cli', 'index.js'), 'compare', '--baseline', baselinePath, '--candidate', candidatePath, '--png', join(out, `${name}.png`), ...outputs]);
  const rounds: Record<'png' | 'all' | 'gunzip' | 'pprof' | 'action', ReturnType<typeof command>[]> = { png: [], all: [], gunzip: [], pprof: [], action: [] };
  for (let round = 0; round < (small ? 5 : 3); round++) {
    rounds.png.push(flamegate());
    rounds.all.push(flamegate('--json', join(out, `${name}.json`)));
    rounds.action.push(command(process.execPath, [join(actionDist, 'cli', 'index.js'), 'compare', '--baseline', baselinePath, '--candidate', candidatePath, '--png', join(out, `${name}.action.png`), '--json', join(out, `${name}.action.json`)]));
    rounds.gunzip.push(command('sh', ['-c', `gunzip -c '${candidatePath}' '${baselinePath}' > /dev/null`]));
    if (hasGo && (small || round === 0)) rounds.pprof.push(command('go', ['tool', 'pprof', '-top', '-diff_base', baselinePath, candidatePath]));
  }
  const result: Processes = { png: median(rounds.png), all: median(rounds.all), gunzip: median(rounds.gunzip), pprof: hasGo ? median(rounds.pprof) : null, action: median(rounds.action) };
  if (!small) {
    // The ratio to gunzip idle and with the other core busy, 5 rounds each (a CI runner's
    // second core often runs another job).
    const ratios = () => Array.from({ length: 5 }, () => {
      const run = flamegate();
      const gunzip = command('sh', ['-c', `gunzip -c '${candidatePath}' '${baselinePath}' > /dev/null`]);
      return run && gunzip ? run.ms / gunzip.ms : NaN;
    });
    result.idle = ratios();
    const spinner = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
    try {
      result.busy = ratios();
    } finally {
      spinner.kill();
    }
  }
  return result;
}

/** Times each stage of one case in this process and prints it with the whole processes' figures. */
async function bench(name: string, baselinePath: string, candidatePath: string, processes: Processes): Promise<void> {
  const { png: cliPng, all: cli, gunzip: gunzipCli, pprof, action } = processes;

  const raw = readFileSync(candidatePath);
  const [bytes, gunzipMs] = time(() => gunzipSync(raw));
  const [, referenceMs] = time(() => PprofProfile.decode(bytes));
  const [parsed, decodeMs] = time(() => tryParsePprofFast(bytes));
  const baseline = tryParsePprofFast(gunzipSync(readFileSync(baselinePath)));
  if (!('profile' in parsed) || !('profile' in baseline)) throw new Error(`${name}: not a pprof profile`);
  const typeIndex = parsed.profile.defaultSampleType;
  const run = (profile: typeof parsed.profile) => ({ source: name, profile, typeIndex, scale: 1 });
  const [result, compareMs] = time(() => analyze({ baseline: [run(baseline.profile)], candidate: [run(parsed.profile)], sampleType: parsed.profile.sampleTypes[typeIndex], normalize: 'none', config: defaultConfig(), notes: [] }));
  const [model, layoutMs] = time(() => buildDiffGraph(result.comparison, result.report));
  const [svg, svgMs] = time(() => renderSvg(model));
  const assets = loadRasterAssets();
  let start = process.hrtime.bigint();
  await renderPng(svg, assets, 'wasm');
  await renderPng(svg, assets, 'wasm'); // the first call compiles the WebAssembly
  start = process.hrtime.bigint();
  await renderPng(svg, assets, 'wasm');
  const pngMs = Number(process.hrtime.bigint() - start) / 1e6;

  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\n${name}: ${mb(raw.length)} gzipped, ${mb(bytes.length)} raw, ${parsed.profile.tree.parent.length} call-tree nodes`);
  console.log(`  stages (one side): gunzip ${ms(gunzipMs)} | decode ${ms(decodeMs)} (${(bytes.length / 1e6 / (decodeMs / 1000)).toFixed(0)} MB/s; pprof-format ${ms(referenceMs)}) | compare and rules ${ms(compareMs)} | layout ${ms(layoutMs)} | SVG ${ms(svgMs)} | PNG ${ms(pngMs)}`);
  if (cli && cliPng && gunzipCli) {
    console.log(`  whole CLI, compare --png (median): ${ms(cliPng.ms)}, peak ${mb(cliPng.maxRssKb * 1024)} = ${(cliPng.maxRssKb * 1024 / (2 * bytes.length)).toFixed(1)}x the raw pair; ${cliPng.faults} minor page faults (gunzip of the pair ${gunzipCli.faults})`);
    console.log(`  with --json as well (median): ${ms(cli.ms)}, peak ${mb(cli.maxRssKb * 1024)} = ${(cli.maxRssKb * 1024 / (2 * bytes.length)).toFixed(1)}x the raw pair`);
    console.log(`  in the CLI with both (since process start): ${cli.stages}`);
    console.log(`  ratio to gunzip of the pair (${ms(gunzipCli.ms)}): ${(cliPng.ms / Math.max(gunzipCli.ms, 1)).toFixed(1)}x (with --json ${(cli.ms / Math.max(gunzipCli.ms, 1)).toFixed(1)}x)`);
  }
  if (processes.idle && processes.busy) console.log(`  ratio to gunzip of the pair, --png, 5 rounds each: idle ${spread(processes.idle, 'x', 2)}; the other core busy ${spread(processes.busy, 'x', 2)}`);
  if (pprof && cli && cliPng) console.log(`  ratio to go tool pprof -top -diff_base (${ms(pprof.ms)}, text only): ${(cliPng.ms / pprof.ms).toFixed(2)}x (with --json ${(cli.ms / pprof.ms).toFixed(2)}x; below 1 is faster; pprof's minor page faults ${pprof.faults})`);
  if (action) console.log(`  on the action's path (dist/ copied where no node_modules is, so the PNG is WebAssembly's), --png and --json (median): ${ms(action.ms)}, peak ${mb(action.maxRssKb * 1024)}${pprof ? `; ${(action.ms / pprof.ms).toFixed(2)}x go tool pprof` : ''}`);
}

/** Median and range of numbers, as `median (min-max)` with a unit. */
function spread(values: number[], unit: string, digits = 0): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(digits)}${unit} (${sorted[0].toFixed(digits)}-${sorted[sorted.length - 1].toFixed(digits)})`;
}

/**
 * Text formats against the pprof path on the same stacks: one synthetic run pair written as
 * pprof, as perf script and as folded stacks (generateText), each compared by the CLI with
 * the PNG and the JSON, in alternating rounds; the ratio of each round's text time to its
 * pprof time, and peak memory against the raw text pair.
 */
function benchText(samples: number): void {
  const files = (format: 'pprof' | 'perf-script' | 'folded' | 'cpuprofile') => [1, 2].map((seed) => {
    const path = join(out, `synthetic-text-v1-${samples}-${seed}.${format === 'pprof' ? 'pb.gz' : format}`);
    if (!existsSync(path)) writeFileSync(path, format === 'pprof' ? gzipSync(generateProfile(samples, seed), { level: 1 }) : generateText(samples, seed, format));
    return path;
  });
  const pairs = { pprof: files('pprof'), 'perf script': files('perf-script'), folded: files('folded'), '.cpuprofile': files('cpuprofile') };
  const times: Record<string, { ms: number; maxRssKb: number }[]> = { pprof: [], 'perf script': [], folded: [], '.cpuprofile': [] };
  for (let round = 0; round < 5; round++) {
    for (const [name, [baseline, candidate]] of Object.entries(pairs)) {
      const run = command(process.execPath, [join(actionDist, 'cli', 'index.js'), 'compare', '--baseline', baseline, '--candidate', candidate, '--png', join(out, 'text.png'), '--json', join(out, 'text.json')]);
      if (run) times[name].push(run);
    }
  }
  console.log(`
text formats, the same ${samples} samples a side as pprof, perf script and folded stacks (the action's dist/, --png --json, 5 alternating rounds):`);
  console.log(`  pprof: ${spread(times.pprof.map((t) => t.ms), ' ms')}, peak ${spread(times.pprof.map((t) => t.maxRssKb / 1024), ' MB')}`);
  for (const name of ['perf script', 'folded', '.cpuprofile'] as const) {
    const raw = pairs[name].reduce((sum, path) => sum + statSync(path).size, 0);
    const ratios = times[name].map((t, i) => t.ms / times.pprof[i].ms);
    console.log(`  ${name} (${(raw / 1e6).toFixed(0)} MB the pair): ${spread(times[name].map((t) => t.ms), ' ms')}, ${spread(ratios, 'x', 2)} the pprof path; peak ${spread(times[name].map((t) => t.maxRssKb / 1024), ' MB')}, ${spread(times[name].map((t) => (t.maxRssKb * 1024) / raw), 'x', 2)} the raw pair`);
  }
}

/** Chromium for the HTML report's open time: CHROMIUM_PATH or Debian's; null when absent. */
function chromiumPath(): string | null {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => Boolean(p) && existsSync(p!)) ?? null;
}

/**
 * The HTML report of one case: written by the CLI (median of 3), its size, and the time
 * headless Chromium takes to open it until the first view is drawn (the viewer's
 * `flamegate-ready` mark, from navigation start; median of 5 loads in fresh pages after one
 * to warm the browser).
 */
async function benchHtml(name: string, baselinePath: string, candidatePath: string): Promise<void> {
  const path = join(out, `${name}.html`);
  const runs = [0, 1, 2].map(() => command(process.execPath, [join(root, 'dist', 'cli', 'index.js'), 'compare', '--baseline', baselinePath, '--candidate', candidatePath, '--html', path]));
  const written = median(runs);
  const size = statSync(path).size;
  const chromium = chromiumPath();
  let open = 'not measured (no Chromium: apt-get install chromium)';
  if (chromium) {
    // puppeteer-core is a development dependency, loaded from the checkout (not bundled).
    const puppeteer = createRequire(join(root, 'package.json'))('puppeteer-core') as typeof import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const times: number[] = [];
    for (let load = 0; load < 6; load++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1300, height: 900 });
      await page.goto(`file://${path}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      const ready = await page.evaluate(() => performance.getEntriesByName('flamegate-ready')[0]?.startTime ?? NaN);
      if (load > 0) times.push(ready);
      await page.close();
    }
    await browser.close();
    times.sort((a, b) => a - b);
    open = `${times[2].toFixed(0)} ms to the first view in headless Chromium (median of 5; ${times[0].toFixed(0)}-${times[4].toFixed(0)})`;
  }
  console.log(`  --html: ${(size / 1e6).toFixed(2)} MB, the CLI ${written ? `${written.ms.toFixed(0)} ms` : 'failed'} (median of 3); ${open}`);
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const synthetic = (samples: number, seed: number) => {
    // v2: one program, a seed a run (v1 files were a program a seed).
    const path = join(out, `synthetic-v2-${samples}-${seed}.pb.gz`);
    if (!existsSync(path)) writeFileSync(path, gzipSync(generateProfile(samples, seed), { level: 1 }));
    return path;
  };
  const cases: [string, string, string][] = [];
  if (existsSync(shared)) {
    const large = join(shared, 'pprof-google', 'large.cpu');
    cases.push(['large.cpu', large, large]);
    const heap = join(shared, 'pyroscope', 'heap_go_truncated_3.pb.gz');
    cases.push(['heap_go_truncated_3', heap, heap]);
    const dd = join(shared, 'datadog-pprof-format', 'test.pprof');
    cases.push(['datadog test.pprof', dd, dd]);
  } else console.log(`(../shared/fixtures is absent: the fixture cases are skipped)`);
  const sizes = (process.env.BENCH_SAMPLES ?? '200000,1000000').split(',').map(Number).filter((n) => n > 0);
  for (const samples of sizes) cases.push([`synthetic ${samples} samples`, synthetic(samples, 1), synthetic(samples, 2)]);
  console.log(`flamegate bench on ${process.version}, ${hasGo ? 'with' : 'without'} Go`);
  const touch = firstTouchCost();
  console.log(`memory: writing 64 MiB of fresh pages takes ${touch.freshMs.toFixed(0)} ms here, writing them again ${touch.againMs.toFixed(0)} ms: ${touch.usPerPage.toFixed(1)} µs a 4 KiB page touched first (each process's minor page faults are printed with it)`);
  // Startup: the CLI loads no rasterizer before it needs one (the WebAssembly is read lazily).
  const bare = command(process.execPath, ['-e', '0']);
  const version = command(process.execPath, [join(root, 'dist', 'cli', 'index.js'), '--version']);
  if (bare && version) console.log(`startup: flamegate --version ${version.ms.toFixed(0)} ms (node alone ${bare.ms.toFixed(0)} ms)`);
  // The action's whole compare step against the loopback GitHub (test/github/step-bench.ts,
  // bundled beside this file by npm run bench).
  const stepBench = join(__dirname, 'step-bench.js');
  if (existsSync(stepBench) && existsSync(join(root, 'examples'))) spawnSync(process.execPath, [stepBench, actionDist, '7'], { stdio: ['ignore', 'inherit', 'ignore'] });
  // Every case's whole processes first, before this process holds any profile: its memory
  // slowed the processes measured after it (the 1,000,000-sample pair by a fifth).
  const named = cases.map(([name, baseline, candidate]) => [name.replace(/[^\w.-]+/g, '-'), baseline, candidate] as const);
  const processes = named.map(([name, baseline, candidate]) => timeProcesses(name, baseline, candidate));
  benchText(Number(process.env.BENCH_TEXT_SAMPLES ?? 50_000));
  for (const [i, [name, baseline, candidate]] of named.entries()) {
    await bench(name, baseline, candidate, processes[i]);
    await benchHtml(name, baseline, candidate);
  }
}

void main();
