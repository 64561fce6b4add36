#!/usr/bin/env node
// Renders the demo's PR comment as GitHub would show it (Markdown to HTML, the diff flame
// graph inline) and screenshots it with headless Chromium into docs/comment.png.
// Needs `npm run demo` first and Debian's chromium: node scripts/screenshot-comment.js
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, writeFileSync, copyFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const MarkdownIt = require('markdown-it');

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'flamegate-comment-'));
copyFileSync(join(root, 'out', 'demo', 'diff.png'), join(dir, 'diff.png'));
let markdown = readFileSync(join(root, 'out', 'demo', 'report.md'), 'utf8');
// As the action posts it: the commits compared, and the picture after the violations.
markdown = markdown.replace(/\n\nCandidate/, '\n\n`abc1234` (this PR) against `def5678` (`main`)\n\nCandidate');
markdown = markdown.replace(/\n\n<details><summary>Biggest increases/, '\n\n![diff flame graph](diff.png)\n\n<details><summary>Biggest increases');
const html = `<!doctype html><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; padding: 16px 24px; width: 1250px; }
.comment { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 16px; }
table { border-collapse: collapse; margin: 8px 0; } td, th { border: 1px solid #d0d7de; padding: 4px 10px; }
th { background: #f6f8fa; } code { background: #eff1f3; border-radius: 4px; padding: 1px 4px; font-size: 85%; }
img { max-width: 100%; } h3 { margin: 8px 0; } details { margin: 8px 0; }
</style><div class="comment">${new MarkdownIt({ html: true }).render(markdown)}</div>`;
writeFileSync(join(dir, 'comment.html'), html);
execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  `--user-data-dir=${join(dir, 'profile')}`, '--window-size=1300,1100', `--screenshot=${join(root, 'docs', 'comment.png')}`, `file://${join(dir, 'comment.html')}`], { stdio: 'ignore' });
console.log('wrote docs/comment.png');
