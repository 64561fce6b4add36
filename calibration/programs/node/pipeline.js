// flamegate's calibration program for Node.js: a record-processing pipeline (tokenize,
// parse, sort, render, checksum) over a fixed generated input, the same as the Go and C
// ones. One file serves every variant of calibration/generate.sh:
//
//   node --cpu-prof --cpu-prof-interval 1000 --no-turbo-inlining pipeline.js VARIANT
//
// --no-turbo-inlining, as gcc -fno-inline: TurboFan otherwise inlines tokenize, parseRecord
// and checksum into processBatch, and the profile then shows none of them.
//
// VARIANT is base, leaf-P, mid-P, new-P (P in 10, 25, 50, 100) or improve-P (P in 25,
// 50); see calibration/README.md for what each plants.
'use strict';

// Work per run: lines of input, processed in batches.
const LINES = 26000;
const BATCH = 1000;

// The amount of work of each planted function in the base variant.
const BASE_TOK_ROUNDS = 40; // tokenize: lexer steps per input byte (leaf)
const BASE_PARSE_CALLS = 20; // parseRecord: normField+hashField calls per token (mid)
const PARSE_ROUNDS = 8; // parseRecord: its own validation steps per token byte
const RENDER_CALLS = 6; // renderRecords: normField+hashField calls per field (unchanged caller)
const BASE_CHECKSUM_PASSES = 16; // checksum: passes over the rendered output (improve)

/** The work of each function in a variant. */
function variant(name) {
  const c = { tokRounds: BASE_TOK_ROUNDS, parseCalls: BASE_PARSE_CALLS, auditRounds: 0, checksumPasses: BASE_CHECKSUM_PASSES };
  if (name === 'base') return c;
  const m = /^(leaf|mid|new|improve)-(\d+)$/.exec(name ?? '');
  const p = m ? Number(m[2]) : 0;
  if (!m || p <= 0 || p > 100) throw new Error(`unknown variant ${JSON.stringify(name)}`);
  if (m[1] === 'leaf') c.tokRounds = Math.trunc((BASE_TOK_ROUNDS * (100 + p)) / 100);
  if (m[1] === 'mid') c.parseCalls = Math.trunc((BASE_PARSE_CALLS * (100 + p)) / 100);
  if (m[1] === 'new') c.auditRounds = Math.trunc((BASE_TOK_ROUNDS * p) / 100);
  if (m[1] === 'improve') c.checksumPasses = Math.trunc((BASE_CHECKSUM_PASSES * (100 - p)) / 100);
  return c;
}

let sink = 0;

/** The fixed input: lines of `key=value` fields from a seeded xorshift. */
function genInput(n) {
  const words = ['Alpha', 'bravo', 'Charlie', 'delta', 'ECHO', 'foxtrot', 'Golf', 'hotel', 'India', 'juliet', 'Kilo', 'lima'];
  const keys = ['id', 'name', 'city', 'amount', 'tags', 'ts', 'status', 'owner', 'region', 'code', 'ref', 'note'];
  let x = 0x2545f491;
  const next = () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return x >>> 0;
  };
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const parts = [`id=${i}`];
    for (let k = 1; k < keys.length; k++) parts.push(`${keys[k]}=${words[next() % words.length]}${next() % 1000}`);
    out[i] = parts.join(' ');
  }
  return out;
}

/** Splits a line at spaces and '=' and runs a lexer state machine over every byte. Leaf. */
function tokenize(line, rounds) {
  const toks = [];
  let state = 7;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    for (let r = 0; r < rounds; r++) state = (Math.imul(state, 31) + c) ^ (state >>> 7);
    if (c === 32 || c === 61) {
      toks.push(line.slice(start, i));
      start = i + 1;
    }
  }
  toks.push(line.slice(start));
  sink = (sink + state) | 0;
  return toks;
}

/**
 * Validates a line with a digest of its bytes; only the new-P variants call it. A step costs
 * what a tokenize step costs (the same operations).
 */
function auditTokens(line, rounds) {
  let acc = 0x9e3779b9 | 0;
  for (let i = 0; i < line.length; i++) {
    const b = line.charCodeAt(i);
    for (let r = 0; r < rounds; r++) acc = (Math.imul(acc, 31) + b) ^ (acc >>> 9);
  }
  return acc;
}

/** Lower-cases a field into scratch and returns its length. Shared: parseRecord, renderRecords. */
function normField(s, scratch) {
  const n = Math.min(s.length, scratch.length);
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    scratch[i] = c;
  }
  return n;
}

/** FNV-1a over scratch[0..n) with a seed. Shared: parseRecord, renderRecords. */
function hashField(scratch, n, seed) {
  let h = (2166136261 ^ seed) | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ scratch[i], 16777619);
  return h >>> 0;
}

/** Builds a record, normalising and hashing every token `calls` times (mid-P's function). */
function parseRecord(toks, calls) {
  const scratch = new Uint8Array(64);
  let key = 0;
  let valid = 1;
  for (const t of toks) {
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      for (let r = 0; r < PARSE_ROUNDS; r++) valid = (Math.imul(valid, 2654435761) + c + r) | 0;
    }
    for (let c = 0; c < calls; c++) {
      const n = normField(t, scratch);
      key ^= hashField(scratch, n, c);
    }
  }
  sink = (sink + valid) | 0;
  return { id: Number(toks[1]), key: key >>> 0, name: toks[3], fields: toks };
}

function byKey(a, b) {
  return a.key - b.key;
}

function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Orders the batch by key, then (stably) by name. */
function sortRecords(recs) {
  recs.sort(byKey);
  recs.sort(byName);
}

/** Writes the batch as text, hashing each field for its tag (normField and hashField's other caller). */
function renderRecords(recs) {
  const scratch = new Uint8Array(64);
  const out = [];
  for (const r of recs) {
    let line = String(r.id);
    for (let k = 1; k < r.fields.length; k += 2) {
      let tag = 0;
      for (let c = 0; c < RENDER_CALLS; c++) {
        const n = normField(r.fields[k], scratch);
        tag ^= hashField(scratch, n, c);
      }
      line += ` ${r.fields[k]}:${(tag & 0xffff).toString(16)}`;
    }
    out.push(line);
  }
  return out.join('\n');
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    t[i] = c;
  }
  return t;
})();

/** Table-driven CRC-32 over the output, `passes` times (improve-P's function). */
function checksum(out, passes) {
  let crc = -1;
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < out.length; i++) crc = CRC_TABLE[(crc ^ out.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  }
  return ~crc;
}

/** Runs one batch through the pipeline. */
function processBatch(batch, c) {
  const recs = [];
  for (const line of batch) {
    const toks = tokenize(line, c.tokRounds);
    if (c.auditRounds > 0) sink = (sink + auditTokens(line, c.auditRounds)) | 0;
    recs.push(parseRecord(toks, c.parseCalls));
  }
  sortRecords(recs);
  const out = renderRecords(recs);
  sink = (sink + checksum(out, c.checksumPasses)) | 0;
}

function main() {
  const c = variant(process.argv[2]);
  const input = genInput(LINES);
  for (let i = 0; i < input.length; i += BATCH) processBatch(input.slice(i, i + BATCH), c);
  if (sink === 42) console.log(sink);
}

main();
