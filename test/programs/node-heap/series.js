// A small Node service loop that writes a heap profile after every tick, for flamegate
// trend's tests, with either profiler: `datadog` (@datadog/pprof's sampling heap profiler,
// pprof with time_nanos) or `inspector` (V8's sampling heap profiler through node:inspector,
// Chrome's .heapprofile, which says no time). `leak` keeps every session it sees; `steady`
// does the same work and forgets them; both have a batch that fills and is flushed.
//
//   node series.js --profiler datadog --mode leak --out DIR --ticks 16
'use strict';
const { parseArgs } = require('node:util');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { values } = parseArgs({ options: { profiler: { type: 'string' }, mode: { type: 'string' }, out: { type: 'string' }, ticks: { type: 'string' } } });
const ticks = Number(values.ticks ?? 16);
const leak = values.mode === 'leak';

const sessions = [];
let batch = [];
let sink;

function rememberSession(id) {
  sessions.push({ id, payload: new Array(8192).fill(id) });
}

function addToBatch(id) {
  batch.push(new Array(4096).fill(id));
}

function handleRequest(id) {
  sink = new Array(2048).fill(id); // short-lived
  if (leak) rememberSession(id);
  addToBatch(id);
}

async function main() {
  let snapshot;
  if (values.profiler === 'datadog') {
    const pprof = require('@datadog/pprof');
    pprof.heap.start(32 * 1024, 64);
    snapshot = async (t) => writeFileSync(join(values.out, `heap-${t}.pb.gz`), await pprof.encode(pprof.heap.profile()));
  } else {
    const inspector = require('node:inspector');
    const session = new inspector.Session();
    session.connect();
    const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
    await post('HeapProfiler.startSampling', { samplingInterval: 32 * 1024 });
    snapshot = async (t) => writeFileSync(join(values.out, `heap-${t}.heapprofile`), JSON.stringify((await post('HeapProfiler.getSamplingProfile')).profile));
  }
  let id = 0;
  for (let t = 1; t <= ticks; t++) {
    for (let i = 0; i < 40; i++) handleRequest(++id);
    if (t % 4 === 0) batch = [];
    await new Promise((resolve) => setTimeout(resolve, 15));
    if (global.gc) global.gc();
    await snapshot(t);
  }
  void sink;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
