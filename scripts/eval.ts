// `npm run eval`: every accuracy evaluation in one run (entities, dates), each printing its own table.
// Figures and attribution have no annotated reference set yet; their behaviour is pinned by unit tests.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
let failed = false;
for (const [title, script] of [
  ['Entities (GermEval 2014, 5-fold cross-validation)', 'scripts/eval-ner.ts'],
  ['Dates (ctparse-de)', 'scripts/eval-dates.ts'],
] as const) {
  console.log(`\n## ${title}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
console.log('\nFigures and attribution: no annotated evaluation set yet (see test/unit/figures.test.ts, attribution.test.ts).');
process.exit(failed ? 1 : 0);
