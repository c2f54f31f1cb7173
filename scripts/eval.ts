// `npm run eval`: every accuracy evaluation in one run — entities, dates, figures, attribution — and one combined table.
//
// Entities and dates are scored on outside corpora in ../shared/data (their scripts print a notice and score
// nothing when it is missing); figures and attribution on the annotated set in data/eval/, which the
// repository carries. Each script's own table is printed first, then the summary.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { evaluateAll, rows } from './eval-figures';

const root = path.resolve(__dirname, '..');
let failed = false;

/** Runs a scoring script, shows its output and returns it for the summary. */
function run(title: string, script: string): string {
  console.log(`\n## ${title}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) failed = true;
  process.stdout.write(r.stdout ?? '');
  return r.stdout ?? '';
}

/** The cells of the table row whose first cell is `name`, or undefined. */
function row(out: string, name: string): string[] | undefined {
  const line = out.split('\n').find((l) => l.split('|')[1]?.trim() === name);
  return line?.split('|').slice(2, -1).map((c) => c.trim());
}

const summary: string[][] = [];
const missing = 'not scored (../shared/data missing)';

const ner = run('Entities (GermEval 2014, 5-fold cross-validation)', 'scripts/eval-ner.ts');
const shipped = row(ner, 'model + clean-up + rules');
summary.push([
  'Entities',
  'strict F1, news sentences (GermEval 2014 dev, 5-fold)',
  shipped ? `${shipped[2]} (P ${shipped[0]}, R ${shipped[1]})` : missing,
  '–',
]);

const dates = run('Dates (ctparse-de)', 'scripts/eval-dates.ts');
const dateValue = row(dates, 'value accuracy, date part');
const dateRate = row(dates, 'extraction rate');
summary.push(['Dates', 'value accuracy, date part (ctparse-de)', dateValue ? dateValue[0] : missing, '–']);
summary.push(['Dates', 'extraction rate (ctparse-de)', dateRate ? dateRate[0] : missing, '–']);

console.log('\n## Figures and attribution (data/eval/)\n');
const { dev, heldout } = evaluateAll();
const figureRows = rows(dev, heldout);
console.log('| area | measure | development set | held-out set |');
console.log('|---|---|---|---|');
for (const r of figureRows) console.log(`| ${r.join(' | ')} |`);
summary.push(...figureRows);

console.log('\n## Summary\n');
console.log('| area | measure | value | held-out |');
console.log('|---|---|---|---|');
for (const r of summary) console.log(`| ${r.join(' | ')} |`);
process.exit(failed ? 1 : 0);
