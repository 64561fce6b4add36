// A Node benchmark with a warm-up phase, for --time-range and --skip: `warmUp` fills a
// table before the measured loop (`handleRequest`), which runs for a fixed time. `head`'s
// warm-up takes twice as long; the measured work is the same.
//
//   node --cpu-prof --cpu-prof-dir DIR bench.js base|head
'use strict';
const mode = process.argv[2] ?? 'base';
let sink = 0;

function fill(i) {
  return Math.sqrt(i) * Math.sin(i);
}

function warmUp(ms) {
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) sink += fill(i);
}

function handleRequest(n) {
  let h = 0;
  for (let i = 0; i < 2000; i++) h = (h * 31 + ((n + i) % 97)) | 0;
  sink += h;
}

warmUp(mode === 'head' ? 600 : 300);
const end = Date.now() + 1500;
for (let n = 0; Date.now() < end; n++) handleRequest(n);
if (sink === 42) console.log(sink);
