#!/usr/bin/env node
// Simulates Go heap profiles' sampling (one allocation recorded per 512 KiB on average, each
// kept one weighted by size / (1 - exp(-size / 512 KiB))) of caches that never leak and of
// leaks, and judges each series with flamegate trend's own rule (src/trend/series.ts,
// seriesTrend; the whole series' test at p <= 0.01 stands for the false discovery rate over
// one function). It measures what real programs cannot in minutes: thousands of series a
// case, against a known truth. scripts/calibrate-trend.js measures real programs.
// Usage: npm run simulate:trend [-- series per case, default 4000]
'use strict';
const { seriesTrend } = require('../out/simulate-bundle/index.js');

const STEP = 512 * 1024;
const SERIES = Number(process.argv[2] ?? 4000);

// entries: the cache's bound (0: none); replace: entries put a snapshot (first in, first
// out once full; `random` evicts at random); leak: objects kept forever a snapshot.
const cases = [
  { name: 'cache 240 x 64 KiB, a sixth replaced a snapshot', entries: 240, put: 40, size: 65536, leak: 0 },
  { name: 'cache 240 x 64 KiB, an eighth replaced', entries: 240, put: 30, size: 65536, leak: 0 },
  { name: 'cache 240 x 64 KiB, evicting at random', entries: 240, put: 40, size: 65536, leak: 0, random: true },
  { name: 'cache 2,400 x 4 KiB', entries: 2400, put: 400, size: 4096, leak: 0 },
  { name: 'leak 40 x 48 KiB a snapshot (3.4 samples)', entries: 0, put: 0, size: 49152, leak: 40 },
  { name: 'leak 12 x 48 KiB (1 sample)', entries: 0, put: 0, size: 49152, leak: 12 },
  { name: 'leak 12 x 48 KiB in a cache of 240', entries: 240, put: 40, size: 49152, leak: 12 },
];

function series(c, snapshots) {
  const kept = 1 - Math.exp(-c.size / STEP);
  const weight = c.size / kept;
  const live = [];
  let next = 0;
  let leaked = 0;
  const t = [];
  const y = [];
  for (let k = 0; k < snapshots; k++) {
    for (let i = 0; i < c.put; i++) {
      const sampled = Math.random() < kept;
      if (live.length < c.entries) live.push(sampled);
      else if (c.random) live[Math.floor(Math.random() * c.entries)] = sampled;
      else { live[next] = sampled; next = (next + 1) % c.entries; }
    }
    for (let i = 0; i < c.leak; i++) if (Math.random() < kept) leaked++;
    let held = leaked;
    for (const s of live) if (s) held++;
    t.push(k * 0.028);
    y.push(held * weight);
  }
  return { t, y };
}

console.log(`series a case: ${SERIES}; share flagged as a leak`);
console.log(['case', 12, 16, 24].join(' | '));
for (const c of cases) {
  const cells = [12, 16, 24].map((snapshots) => {
    let flagged = 0;
    for (let i = 0; i < SERIES; i++) {
      const { t, y } = series(c, snapshots);
      const trend = seriesTrend(t, y, STEP);
      if (trend.steady && trend.p <= 0.01) flagged++;
    }
    return `${((100 * flagged) / SERIES).toFixed(2)}%`;
  });
  console.log([c.name, ...cells].join(' | '));
}
