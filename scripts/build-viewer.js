#!/usr/bin/env node
// Bundles the HTML report's viewer (src/html/viewer.ts, with d3-flame-graph and its CSS)
// into one script: `node scripts/build-viewer.js dist` writes dist/viewer.js (and the licenses
// of the packages in it, dist/viewer.licenses.txt); html/render.ts
// calls buildViewer() in a development checkout, where dist/ may be stale.
'use strict';
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

/** The packages bundled into the viewer, with their licenses, from esbuild's metafile. */
function bundledPackages(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || packages.has(m[1])) continue;
    const dir = join(root, 'node_modules', m[1]);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    packages.set(m[1], { version, license, text: file ? readFileSync(join(dir, file), 'utf8') : '' });
  }
  return packages;
}

/** Returns the viewer's script (minified IIFE) with a line naming the packages in it and their licenses, and those licenses' texts. */
function buildViewer() {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    metafile: true,
    entryPoints: [join(root, 'src', 'html', 'viewer.ts')],
    bundle: true,
    minify: true,
    // d3-flame-graph tells its data from a d3 hierarchy by the class name `Node`.
    keepNames: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    write: false,
    loader: { '.css': 'text' },
  });
  const packages = bundledPackages(result.metafile);
  const banner = `/*! flamegate's report viewer; includes ${[...packages].map(([name, p]) => `${name} ${p.version} (${p.license})`).join(', ')} */\n`;
  const licenses = [...packages].map(([name, p]) => `${name} ${p.version} (${p.license})\n\n${p.text.trim()}\n`).join('\n---\n\n');
  return { script: banner + result.outputFiles[0].text, licenses };
}

module.exports = { buildViewer };

if (require.main === module) {
  const target = join(root, process.argv[2] ?? 'dist');
  const { script, licenses } = buildViewer();
  writeFileSync(join(target, 'viewer.js'), script);
  writeFileSync(join(target, 'viewer.licenses.txt'), licenses);
}
