#!/usr/bin/env node
// Extracts from GitHub's OpenAPI description (@octokit/openapi, generated/api.github.com.deref.json)
// the request-body schemas of the endpoints flamegate calls, into test/github/openapi-requests.json,
// which the loopback GitHub server checks request bodies against. Run once when the
// endpoints change: node scripts/extract-openapi.js path/to/api.github.com.deref.json
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ENDPOINTS = [
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/git/blobs'],
  ['post', '/repos/{owner}/{repo}/git/trees'],
  ['post', '/repos/{owner}/{repo}/git/commits'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
];

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const out = { source: `@octokit/openapi ${spec.info?.version ?? ''}`.trim(), endpoints: {} };
for (const [method, path] of ENDPOINTS) {
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`${method} ${path} is not in the description`);
  out.endpoints[`${method.toUpperCase()} ${path}`] = operation.requestBody.content['application/json'].schema;
}
writeFileSync(join(__dirname, '..', 'test', 'github', 'openapi-requests.json'), `${JSON.stringify(out, null, 1)}\n`);
