#!/usr/bin/env node
// The `flamegate` binary: runs the CLI and exits with its status.
import { main } from './cli';

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status;
});
