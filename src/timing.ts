// FLAMEGATE_TIMING=1 prints when each stage ends, in milliseconds since the process
// started, on stderr: how `npm run bench` measures startup, and how a user sees where a
// slow run spends its time.
import { performance } from 'node:perf_hooks';

/** Prints `flamegate: timing: <stage> at <ms> ms` when FLAMEGATE_TIMING is set. */
export function timing(stage: string): void {
  if (process.env.FLAMEGATE_TIMING) process.stderr.write(`flamegate: timing: ${stage} at ${performance.now().toFixed(0)} ms\n`);
}
