// Bundles each entry point (client, server, CLI) into dist/ with esbuild; `tsc --noEmit` does the type checking.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** One bundle per entry point; entries whose source does not exist yet are skipped. */
const entries = [
  { in: 'src/client/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'src/server/main.ts', out: 'server', external: [] },
  { in: 'src/cli/main.ts', out: 'cli', external: [] },
  // The index pool's worker thread, loaded by the server and the CLI from beside their own bundle.
  { in: 'src/node/index-worker.ts', out: 'index-worker', external: [] },
].filter((e) => existsSync(e.in));

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: { [e.out]: e.in },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outdir: 'dist',
      external: e.external,
      sourcemap: production ? false : 'linked',
      minify: production,
      legalComments: 'none',
      logLevel: 'warning',
      loader: { '.gz': 'binary', '.bin': 'binary' },
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
