#!/usr/bin/env node
require('../server/out/cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
