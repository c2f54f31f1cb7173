// Bundles each entry point (client, server, CLI) into dist/ with esbuild; `tsc --noEmit` does the type checking.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * A fingerprint of the engine's source: the server stores it in its index cache, so a cache built by
 * another engine (other quantity keys, another tagger) is rebuilt instead of silently disagreeing
 * with the drafts the new engine analyses.
 */
function engineId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        hash.update(p);
        hash.update(readFileSync(p));
      }
    }
  };
  walk('src/core');
  return hash.digest('hex').slice(0, 12);
}
const ENGINE_ID = engineId();

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
      define: { __FAKTENLAGE_ENGINE__: JSON.stringify(ENGINE_ID) },
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
