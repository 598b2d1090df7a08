#!/usr/bin/env node
// A stable bin path that exists before the package is built, so installing the workspace
// never warns about a missing bin; the real command line lives in dist/cli.js.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
