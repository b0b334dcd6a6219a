#!/usr/bin/env node
// The `scn-crm` command (package.json "bin"): runs the TypeScript CLI in src/cli through tsx.
require('tsx/cjs');
const { runCli } = require('../src/cli/main.ts');
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
