// Bundles the in-host test suite (test/vscode) into out/test/vscode for the extension host; mocha and vscode stay external.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/vscode';
const entryPoints = readdirSync(dir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => join(dir, f));

export const OUT_DIR = 'out/test/vscode';

rmSync(OUT_DIR, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // mocha's UMD build would overwrite a CJS bundle's exports, so it is loaded from node_modules at run time.
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
