#!/usr/bin/env node
// Screenshots the demo's HTML report for the README (docs/report.png): the diff zoomed into
// main.encodeJSON after a search for it. Needs `npm run demo` first and Debian's chromium:
// node scripts/screenshot-report.js
'use strict';
const { join } = require('node:path');
const puppeteer = require('puppeteer-core');

const root = join(__dirname, '..');

async function main() {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 760 });
  await page.goto(`file://${join(root, 'out', 'demo', 'report.html')}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.type('#view-diff input.search', 'encodeJSON');
  await page.waitForFunction(() => (document.querySelector('#view-diff .status')?.textContent ?? '') !== '');
  const names = await page.$$eval('#view-diff g.frame', (gs) => gs.map((g) => g.getAttribute('name') ?? ''));
  const frames = await page.$$('#view-diff g.frame');
  await frames[names.findIndex((n) => n.includes('main.encodeJSON'))].click();
  await new Promise((done) => setTimeout(done, 800));
  // The pointer over a frame, for the hover's numbers.
  const zoomed = await page.$$eval('#view-diff g.frame', (gs) => gs.map((g) => g.getAttribute('name') ?? ''));
  const target = (await page.$$('#view-diff g.frame'))[zoomed.findIndex((n) => n.includes('structEncoder.encode'))];
  await target.hover();
  await new Promise((done) => setTimeout(done, 300));
  await page.screenshot({ path: join(root, 'docs', 'report.png') });
  await browser.close();
  console.log('wrote docs/report.png');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
