#!/usr/bin/env node
// The `flamegate` binary: runs the CLI and exits with its status.
import { main } from './cli';

process.exitCode = main(process.argv.slice(2));
