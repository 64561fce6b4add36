#!/usr/bin/env node
// Copies the rasterizer's font and WebAssembly module into dist/, which ncc does not.
'use strict';
const { copyFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const target = process.argv[2] ? join(root, process.argv[2]) : join(root, 'dist');
copyFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf'), join(target, 'DejaVuSansMono.ttf'));
copyFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), join(target, 'resvg.wasm'));
