// The parse worker (dist/parse-worker/index.js): reads and parses the profiles it is sent
// and hands each call tree back without a copy (its typed arrays are transferred).
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors';
import { readProfiles } from './load-runs';
import { afterFailure, markFailed, type ParseJob, type ParseReply } from './parse-pool';

parentPort?.on('message', (job: ParseJob) => {
  let reply: ParseReply;
  const transfer = new Set<ArrayBuffer>();
  if (afterFailure(job.failed, job.id)) {
    parentPort!.postMessage({ id: job.id, skipped: true } satisfies ParseReply);
    return;
  }
  try {
    const [parsed] = readProfiles([job.file], job.side, job.options);
    const { tree } = parsed.profile;
    for (const array of [tree.parent, tree.func, tree.leaves, tree.leafRecords, ...tree.leafSelf]) transfer.add(array.buffer as ArrayBuffer);
    reply = { id: job.id, profile: parsed.profile };
  } catch (error) {
    reply = { id: job.id, error: (error as Error).message, input: error instanceof InputError };
    markFailed(job.failed, job.id);
  }
  parentPort!.postMessage(reply, [...transfer]);
});
