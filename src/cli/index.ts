#!/usr/bin/env node
// The `flamegate` binary: runs the CLI and exits with its status. `--version` is answered
// before the CLI's modules are loaded: they are most of a short run's time.
import { VERSION } from '../version';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`flamegate ${VERSION}\n`);
} else {
  // Loaded here, not imported above: the bundle evaluates a module when it is first required.
  const { main } = require('./cli') as typeof import('./cli');
  void main(argv).then((status) => {
    // Exit as soon as the output is out: tearing down a heap of large call trees takes
    // longer than the last stage (100-150 ms on large.cpu).
    process.exitCode = status;
    process.stdout.write('', () => process.stderr.write('', () => process.exit(status)));
  });
}
