#!/usr/bin/env node
// The `schuldhulp` command. Runs the TypeScript sources through tsx so the CLI never lags behind them.
require('tsx/cjs');
require('../cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
