// Reads and parses the profiles of a comparison. Small inputs are read here one after
// another into one shared table (see SharedTable); large ones on all cores: a pool of
// worker threads (each running the small dist/parse-worker bundle, so only where the
// bundle exists: the CLI and the action) takes a share of the files while this thread
// parses its own.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError, quote } from '../errors';
import { withinLimits, type ParseOptions } from '../formats/detect';
import { readProfiles, totalSize } from './load-runs';
import { absorbTree, SharedTable, type Profile } from '../model/call-tree';
import type { Progress } from './progress';
import { timing } from '../timing';

/** One file for a worker. */
export interface ParseJob {
  id: number;
  file: string;
  side: string;
  options: ParseOptions;
  /** Shared by all threads: the lowest id of a file that failed (the file count while none has); a file after it is not read. */
  failed: Int32Array;
}

/** A worker's answer: the profile, the error's message, or that the file was not read (a file before it failed). */
export type ParseReply = { id: number; profile: Profile } | { id: number; error: string; input: boolean } | { id: number; skipped: true };

/** Whether the file `id` need not be read: a file before it failed, and only the first error in order is reported. */
export function afterFailure(failed: Int32Array, id: number): boolean {
  return id > Atomics.load(failed, 0);
}

/** Records that the file `id` failed: `failed` becomes the lowest such id. */
export function markFailed(failed: Int32Array, id: number): void {
  let seen = Atomics.load(failed, 0);
  while (id < seen) {
    const was = Atomics.compareExchange(failed, 0, seen, id);
    if (was === seen) return;
    seen = was;
  }
}

/** The worker bundle beside this one (dist/ or dist/cli/), or undefined when not bundled. */
function workerScript(): string | undefined {
  if (!__filename.endsWith('.js')) return undefined;
  return [join(__dirname, 'parse-worker', 'index.js'), join(__dirname, '..', 'parse-worker', 'index.js')].find((path) => existsSync(path));
}

/**
 * Inputs smaller than this (on disk, all files) are read one after another into one shared
 * table (see SharedTable): threads cost more to start than they save there, and the
 * shared table spares aligning the trees afterwards.
 */
const PARALLEL_FROM = 16 * 1024 * 1024;

/**
 * Threads to parse on: FLAMEGATE_THREADS when set (1: this thread only, into a shared
 * table; 2 or more: that many, whatever the size), else one per core for large inputs
 * and this thread for small ones.
 */
function threadLimit(files: string[]): number {
  const set = Number(process.env.FLAMEGATE_THREADS);
  if (Number.isInteger(set) && set >= 1) return set;
  return totalSize(files) >= PARALLEL_FROM ? availableParallelism() : 1;
}

/** Reads the files here, one after another, into one shared table; `tick` after each. */
function readIntoSharedTable(files: { file: string; side: string }[], options: ParseOptions, tick: () => void = () => undefined): { source: string; profile: Profile }[] {
  const shared = { ...options, shared: new SharedTable() };
  return files.map(({ file, side }) => {
    const profile = readProfiles([file], side, shared)[0];
    tick();
    return profile;
  });
}

/** Reads and parses files of both sides; the result keeps the order of `files`. */
export async function readProfilesInParallel(
  files: { file: string; side: string }[],
  options: ParseOptions,
  progress?: Progress,
): Promise<{ source: string; profile: Profile }[]> {
  const script = workerScript();
  const threads = Math.min(files.length, threadLimit(files.map((f) => f.file)), 8);
  let done = 0;
  const tick = () => progress?.(++done);
  if (!script || threads < 2) {
    const parsed = readIntoSharedTable(files, options, tick);
    timing('profiles parsed on 1 thread');
    return parsed;
  }

  // Files are dealt out in turn; this thread takes the first share, after posting the rest.
  // The outcome is the one of reading the files one after another, whatever the threads:
  // the first file is read into the shared table, every other into a table of its own, and
  // each tree is then moved into the shared table in file order (see below). The error of
  // the first file in order is the one reported: once a file fails, no thread starts a file
  // after it (every file was read before, and a gzip bomb among them inflated to its cap
  // after the run had failed).
  const failed = new Int32Array(new SharedArrayBuffer(4));
  failed[0] = files.length;
  const outcomes: ({ profile: { source: string; profile: Profile } } | { error: Error } | { skipped: true } | undefined)[] = new Array(files.length);
  const own = { ...options, shared: new SharedTable() };
  const alone = { ...options, shared: undefined };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(script));
  try {
    const finished = workers.map((worker, w) => new Promise<void>((resolve) => {
      const jobs = files.map(({ file, side }, id) => ({ id, file, side, options: alone })).filter((job) => job.id % threads === w + 1);
      let left = jobs.length;
      if (left === 0) resolve();
      worker.on('message', (reply: ParseReply) => {
        outcomes[reply.id] = 'profile' in reply ? { profile: { source: files[reply.id].file, profile: reply.profile } }
          : 'skipped' in reply ? reply
          : { error: reply.input ? new InputError(reply.error) : new Error(reply.error) };
        if (!('skipped' in reply)) tick();
        if (--left === 0) resolve();
      });
      const fail = (error: Error) => {
        for (const job of jobs) outcomes[job.id] ??= { error };
        resolve();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a parse worker exited with code ${code}`)));
      for (const job of jobs) worker.postMessage({ ...job, failed });
    }));
    files.forEach(({ file, side }, id) => {
      if (id % threads !== 0) return;
      if (afterFailure(failed, id)) {
        outcomes[id] = { skipped: true };
        return;
      }
      try {
        outcomes[id] = { profile: readProfiles([file], side, id === 0 ? own : alone)[0] };
      } catch (error) {
        outcomes[id] = { error: error as Error };
        markFailed(failed, id);
      }
      tick();
    });
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // In file order, as on one thread: a file's error, or the shared table overflowing its
  // limits as the file's tree moves in, is reported for the first file it happens to. Moved
  // in that order, each function takes the id, and the first file it is met in, that it
  // takes on one thread, so ties, sums and the report do not depend on the thread count
  // (the first file of a function named in two places, and the callers shown for a
  // function, did).
  const parsed = outcomes.map((outcome, id) => {
    if (!outcome) throw new Error('a parse worker ended without an answer');
    if ('error' in outcome) throw outcome.error;
    if ('skipped' in outcome) throw new Error('unreachable: a file was skipped, though none before it failed');
    const { profile } = outcome.profile;
    if (profile.tree.shared === own.shared) return outcome.profile;
    const tree = withinLimits(`${files[id].side} ${quote(files[id].file)}`, () => absorbTree(profile.tree, own.shared));
    return { ...outcome.profile, profile: { ...profile, tree } };
  });
  timing(`profiles parsed on ${threads} threads`);
  return parsed;
}
