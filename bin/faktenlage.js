#!/usr/bin/env node
// Entry point of the command-line tool; the real code is bundled into dist/cli.js by `npm run build`.
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/cli.js')) {
    process.stderr.write('faktenlage: not built yet; run `npm run build` first\n');
    process.exit(2);
  }
  throw err;
}
// A closed pipe (`faktenlage check … | head`) ends the output quietly, as other command-line tools do.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = cli.main(process.argv.slice(2));
