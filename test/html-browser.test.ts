// The HTML report in a real browser: Debian's headless Chromium driven by puppeteer-core, on
// files the bundled CLI (dist/cli/index.js) writes. Each test asserts from the DOM what a
// user sees; screenshots go to out/test-artifacts/html/ to be looked at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from './fixtures';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SHOTS = join(ROOT, 'out', 'test-artifacts', 'html');

/** Chromium from CHROMIUM_PATH or the system (Debian's `chromium`); undefined when absent. */
function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}

const chromium = findChromium();
if (!chromium) console.warn('html-browser.test.ts: skipped: no Chromium (apt-get install chromium, or set CHROMIUM_PATH)');

/** Writes the HTML report of a compare with the bundled CLI; returns its path. */
function writeReport(dir: string, args: string[], name = 'report.html'): string {
  const path = join(dir, name);
  const result = spawnSync(process.execPath, [CLI, 'compare', ...args, '--html', path], { encoding: 'utf8' });
  if (result.status === 2 || !existsSync(path)) throw new Error(`flamegate compare failed: ${result.stderr}`);
  return path;
}

/** A page that records console errors, page errors, dialogs and every request. */
async function open(browser: Browser, path: string): Promise<{ page: Page; errors: string[]; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewport({ width: 1300, height: 900 });
  await page.goto(`file://${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { page, errors, requests, dialogs };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe.skipIf(!chromium)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let demo: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'flamegate-html-'));
    demo = writeReport(dir, ['--baseline', join(EXAMPLES, 'baseline-*.cpu.pb.gz'), '--candidate', join(EXAMPLES, 'candidate-*.cpu.pb.gz')]);
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the verdict and the diff, makes no request and logs no error', async () => {
    const { page, errors, requests } = await open(browser, demo);
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/^flamegate · cpu · FAIL: 1 regression/);
    expect(await page.$eval('#tab-diff', (t) => t.getAttribute('aria-selected'))).toBe('true');
    // The cause is drawn in the PNG's colour with its outline.
    const cause = await page.$$eval('#view-diff g.frame', (gs) => gs.filter((g) => (g.getAttribute('name') ?? '').includes('structEncoder.encode')).map((g) => {
      const rect = g.querySelector('rect')!;
      return { fill: rect.getAttribute('fill'), stroke: rect.style.stroke };
    }));
    expect(cause.length).toBeGreaterThan(0);
    expect(cause[0].stroke).not.toBe('');
    await page.screenshot({ path: join(SHOTS, 'diff.png') });
    expect(requests).toEqual([`file://${demo}`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds main.encodeJSON by search, zooms into it, opens its sandwich and sorts the table by self change', async () => {
    const { page, errors, requests } = await open(browser, demo);
    // Search: the matches are highlighted and their share of each side is told.
    await page.type('#view-diff input.search', 'encodeJSON');
    await page.waitForFunction(() => (document.querySelector('#view-diff .status')?.textContent ?? '') !== '');
    const status = await page.$eval('#view-diff .status', (s) => s.textContent);
    expect(status).toMatch(/^1 function in 1 frames: 26\.\d+% of the baseline → 40\.\d+% of the candidate \(\+996 ms\)$/);
    // Matches are outlined in magenta over their own colour.
    await pause(400);
    const highlighted = await page.$$eval('#view-diff g.frame rect.match', (rs) => rs.map((r) => ({ stroke: r.style.stroke, fill: r.getAttribute('fill') })));
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0].stroke).toBe('rgb(230, 0, 230)');
    expect(highlighted[0].fill).not.toBe('#e600e6');
    await page.screenshot({ path: join(SHOTS, 'search.png') });

    // Sandwich needs a zoomed frame: the button waits for one.
    expect(await page.$eval('#view-diff .open-sandwich', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    // Zoom: click the frame; it fills the width and the breadcrumbs lead back.
    const frame = await page.$$('#view-diff g.frame');
    const names = await page.$$eval('#view-diff g.frame', (gs) => gs.map((g) => g.getAttribute('name') ?? ''));
    const at = names.findIndex((n) => n.includes('main.encodeJSON'));
    await frame[at].click();
    await pause(500);
    const crumbs = await page.$$eval('#view-diff .crumb', (cs) => cs.map((c) => c.textContent));
    expect(crumbs).toEqual(['all', 'runtime.main', 'main.main', 'main.encodeJSON']);
    const width = await page.$$eval('#view-diff g.frame', (gs) => {
      const g = gs.find((x) => (x.getAttribute('name') ?? '').includes('main.encodeJSON'))!;
      return Number(g.querySelector('rect')!.getAttribute('width'));
    });
    const chart = await page.$eval('#view-diff svg', (s) => Number(s.getAttribute('width')));
    expect(width).toBeCloseTo(chart, 0);
    await page.screenshot({ path: join(SHOTS, 'zoom.png') });

    // Sandwich: its callers above it, its callees below, merged over its call sites.
    await page.click('#view-diff .open-sandwich');
    await page.waitForSelector('#view-sandwich .callees g.frame');
    expect(await page.$eval('#tab-sandwich', (t) => t.getAttribute('aria-selected'))).toBe('true');
    // The name is isolated (U+2068 ... U+2069): a right-to-left override in a name stays in it.
    expect(await page.$eval('#view-sandwich > .status', (s) => s.textContent)).toMatch(/^\u2068main\.encodeJSON\u2069: 1 call site merged · total 1\.01 s → 2\.00 s \(\+996 ms\)$/);
    const callers = await page.$$eval('#view-sandwich .callers g.frame', (gs) => gs.map((g) => (g.getAttribute('name') ?? '').replace(/\u200e/g, '')));
    expect(callers.some((n) => n.startsWith('main.main'))).toBe(true);
    expect(callers.some((n) => n.startsWith('encoding/json'))).toBe(false);
    const callees = await page.$$eval('#view-sandwich .callees g.frame', (gs) => gs.map((g) => (g.getAttribute('name') ?? '').replace(/\u200e/g, '')));
    expect(callees.some((n) => n.startsWith('encoding/json.Marshal'))).toBe(true);
    expect(callees.some((n) => n.startsWith('main.main'))).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'sandwich.png'), fullPage: true });

    // The table: sorted by self change, largest first, then the other way.
    await page.click('#tab-functions');
    await page.waitForSelector('#view-functions[data-ready="true"]');
    await page.click('th[data-key="ds"]');
    const selfChanges = async () => page.$$eval('table.functions tbody tr', (rows) => rows.map((r) => r.children[3].textContent ?? ''));
    const toNumber = (text: string) => Number(text.replace(/[^\d.+-]/g, '')) * (text.includes(' s') && !text.includes('ms') ? 1000 : 1);
    const descending = (await selfChanges()).map(toNumber);
    expect(await page.$eval('th[data-key="ds"]', (t) => t.getAttribute('aria-sort'))).toBe('descending');
    expect(descending[0]).toBe(128);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.screenshot({ path: join(SHOTS, 'table.png') });
    await page.click('th[data-key="ds"]');
    const ascending = (await selfChanges()).map(toNumber);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // Filtering by name.
    await page.type('#view-functions input.filter', '^main\\.');
    await page.waitForFunction(() => /matching/.test(document.querySelector('#view-functions .status')?.textContent ?? ''));
    const filtered = await page.$$eval('table.functions tbody td.name', (tds) => tds.map((t) => t.textContent ?? ''));
    expect(filtered.length).toBeGreaterThan(3);
    expect(filtered.every((n) => n.startsWith('main.'))).toBe(true);

    expect(errors).toEqual([]);
    expect(requests).toEqual([`file://${demo}`]);
    await page.close();
  });

  it('says so when a search is not a regular expression', async () => {
    const { page } = await open(browser, demo);
    await page.type('#view-diff input.search', 'encode(');
    await page.waitForFunction(() => document.querySelector('#view-diff .status')?.classList.contains('error'));
    expect(await page.$eval('#view-diff .status', (s) => s.textContent)).toMatch(/^not a regular expression: /);
    await page.close();
  });

  it('refuses a search that can take exponential time, and keeps the tab answering', async () => {
    writeFileSync(join(dir, 'long-base.folded'), `main;${'a'.repeat(40)} 10\nmain;b 10\n`);
    writeFileSync(join(dir, 'long-head.folded'), `main;${'a'.repeat(40)} 12\nmain;b 10\n`);
    const path = writeReport(dir, ['--baseline', join(dir, 'long-base.folded'), '--candidate', join(dir, 'long-head.folded')], 'long.html');
    const { page } = await open(browser, path);
    await page.type('#view-diff input.search', '(a+)+b');
    await page.waitForFunction(() => document.querySelector('#view-diff .status')?.classList.contains('error'), { timeout: 5_000 });
    expect(await page.$eval('#view-diff .status', (s) => s.textContent)).toMatch(/^nested repetition .* can take exponential time on long names/);
    await page.close();
  });

  it('opens a report of profiles without samples, and says so', async () => {
    writeFileSync(join(dir, 'zero.folded'), 'main;a 0\nmain;b 0\n');
    const path = writeReport(dir, ['--baseline', join(dir, 'zero.folded'), '--candidate', join(dir, 'zero.folded')], 'zero.html');
    const { page, errors } = await open(browser, path);
    expect(await page.$eval('p.status', (p) => p.textContent)).toBe('The profiles hold no samples: there is no flame graph to draw.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the flame graph as an icicle and back', async () => {
    const { page } = await open(browser, demo);
    const rootY = async () => page.$$eval('#view-diff g.frame', (gs) => {
      const root = gs.find((g) => (g.getAttribute('name') ?? '').startsWith('\u200eall'))!;
      return { transform: root.getAttribute('transform'), y: Number(/translate\(\s*[-\d.e]+[\s,]+([-\d.e]+)\s*\)/.exec(root.getAttribute('transform') ?? '')?.[1]) };
    });
    const flame = await rootY();
    await page.click('#view-diff .flip');
    await pause(500);
    const icicle = await rootY();
    expect(icicle.y, icicle.transform ?? '').toBe(0);
    expect(flame.y, flame.transform ?? '').toBeGreaterThan(0);
    await page.click('#view-diff .flip');
    await pause(500);
    expect((await rootY()).y).toBe(flame.y);
    await page.close();
  });

  it('shows hostile names as text: no markup, no script, no request', async () => {
    // A folded profile whose names are markup and a script's end.
    const hostile = ['<img src=x onerror=alert(1)>', '</script><script>alert(2)</script>', '"><svg onload=alert(3)>'];
    const folded = (n: number) => hostile.map((name, i) => `main;${name} ${100 + i * n}\n`).join('');
    writeFileSync(join(dir, 'base.folded'), folded(10));
    writeFileSync(join(dir, 'head.folded'), folded(400));
    const path = writeReport(dir, ['--baseline', join(dir, 'base.folded'), '--candidate', join(dir, 'head.folded')], 'hostile.html');
    const { page, errors, requests, dialogs } = await open(browser, path);
    const shown = await page.$$eval('#view-diff g.frame', (gs) => gs.map((g) => (g.getAttribute('name') ?? '').replace(/\u200e/g, '')));
    for (const name of hostile) expect(shown.some((n) => n.startsWith(name))).toBe(true);
    expect(await page.$$('img, #view-diff foreignObject script')).toEqual([]);
    await page.click('#tab-functions');
    await page.waitForSelector('#view-functions[data-ready="true"]');
    const rows = await page.$$eval('table.functions td.name', (tds) => tds.map((t) => t.textContent));
    for (const name of hostile) expect(rows).toContain(name);
    await pause(300);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([`file://${path}`]);
    await page.screenshot({ path: join(SHOTS, 'hostile.png') });
    await page.close();
  });

  it('draws the candidate alone when there is no baseline', async () => {
    const path = writeReport(dir, ['--candidate', join(EXAMPLES, 'candidate-1.cpu.pb.gz')], 'alone.html');
    const { page, errors } = await open(browser, path);
    expect(await page.$('#tab-diff')).toBeNull();
    expect(await page.$eval('#tab-candidate', (t) => t.getAttribute('aria-selected'))).toBe('true');
    expect((await page.$$('#view-candidate g.frame')).length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });
});
