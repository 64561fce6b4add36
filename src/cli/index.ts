#!/usr/bin/env node
// The `flamegate` binary: runs the CLI and exits with its status.
import { main } from './cli';

void main(process.argv.slice(2)).then((status) => {
  // Exit as soon as the output is out: tearing down a heap of large call trees takes
  // longer than the last stage (100-150 ms on large.cpu).
  process.exitCode = status;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(status)));
});
