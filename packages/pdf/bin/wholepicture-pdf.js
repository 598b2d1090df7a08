#!/usr/bin/env node
// A stable bin path that exists before the package is built, so installing the workspace
// never warns about a missing bin; the real command line lives in dist/cli.js.
// React's development build costs about 15% of each render: the command line is a
// production tool, so it uses the production build unless the caller says otherwise.
process.env.NODE_ENV ??= 'production';
const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv.slice(2));
