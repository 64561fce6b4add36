// A fixed amount of JavaScript work for flamegate's .cpuprofile scenario: with
// `--candidate`, tokenize() does twice the work. Profiled by generate.sh with --cpu-prof.
'use strict';
const candidate = process.argv.includes('--candidate');

function tokenize(text, rounds) {
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    for (const word of text.split(/\s+/)) if (word.length > 3) count++;
  }
  return count;
}

function checksum(n) {
  let h = 2166136261;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ (i & 0xff), 16777619);
  return h >>> 0;
}

function sortRecords(n) {
  const xs = Array.from({ length: n }, (_, i) => (i * 7919) % 10007);
  return xs.sort((a, b) => a - b)[0];
}

function render(items) {
  let html = '';
  for (let i = 0; i < items; i++) html += `<li>${i}</li>`;
  return html.length;
}

const text = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor '.repeat(200);
let sink = 0;
for (let round = 0; round < 40; round++) {
  sink += tokenize(text, candidate ? 60 : 30);
  sink += checksum(6_000_000);
  sink += sortRecords(20_000);
  sink += render(40_000);
}
if (sink === 42) console.log(sink);
