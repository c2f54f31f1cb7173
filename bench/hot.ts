// Runs one benchmarked operation in a loop, to be profiled or costed per stage:
//   node --cpu-prof --import tsx bench/hot.ts <analyze|edit|check|query> [--size N]
//   npx tsx bench/hot.ts stages [--reps N]   CPU ms per 1,000 words for each analysis stage, cold and after an edit
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, check, deserializeCorpus } from '../src/core';
import { clearAnalysisCaches } from '../src/core/analyze';
import { prepare } from '../src/core/text';
import { extractEntities } from '../src/core/entities';
import { extractDates } from '../src/core/dates';
import { extractFigures } from '../src/core/figures';
import { buildClaims, extractAttributions } from '../src/core/attribution';
import { CORPUS_ROOT, generateDraft } from './generate';

const what = process.argv[2] ?? 'analyze';
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const size = Number(option('--size') ?? 10000);
const seconds = 5;
const uri = 'file:///bench/entwurf.md';
const draft = generateDraft(42, 1000);
const words = draft.split('\n---\n')[1].split(/\s+/).filter(Boolean).length;

/** CPU milliseconds (user + system) `fn` costs per call, averaged over `reps` calls after `before` each. */
function cpuPerCall(reps: number, fn: () => void, before: () => void = () => {}): number {
  let total = 0;
  for (let i = 0; i < reps; i++) {
    before();
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    total += d.user + d.system;
  }
  return total / reps / 1000;
}

/**
 * Each stage costed on its own: the stage's input is computed once, then the stage runs `reps` times,
 * every run with all content caches emptied (cold) — so a text seen before cannot make it cheaper.
 * Then the same for a one-character edit after a warm analysis of the draft (caches kept, as in the editor).
 */
function stages(): void {
  const reps = Number(option('--reps') ?? 300);
  const per1000 = 1000 / words;
  const doc = prepare(draft, 'markdown');
  const entities = extractEntities(doc);
  const dates = extractDates(doc);
  const figures = extractFigures(doc, dates);
  const attributions = extractAttributions(doc, entities);
  // Warm the JIT on every stage before measuring.
  for (let i = 0; i < 50; i++) (clearAnalysisCaches(), analyze(draft, { uri }));
  const cold: [string, () => void][] = [
    ['prepare', () => void prepare(draft, 'markdown')],
    ['entities', () => void extractEntities(doc)],
    ['dates', () => void extractDates(doc)],
    ['figures', () => void extractFigures(doc, dates)],
    ['attributions', () => void extractAttributions(doc, entities)],
    ['claims', () => void buildClaims(doc, attributions, figures, dates, entities)],
    ['analyze (all)', () => void analyze(draft, { uri })],
    // What the index pays per article: no caches, no claims.
    ['analyze corpus', () => void analyze(draft, { uri, purpose: 'corpus' })],
  ];
  console.log(`draft: ${words} words; ${reps} runs per stage; CPU ms per 1,000 words`);
  for (const [name, fn] of cold) console.log(`  cold  ${name.padEnd(14)} ${(cpuPerCall(reps, fn, clearAnalysisCaches) * per1000).toFixed(3)}`);
  // Edits: a character typed into the middle of a paragraph, re-analysed after each keystroke.
  const at = draft.indexOf('.\n\n', draft.indexOf('\n---\n') + 5) + 1;
  const typed = ' Die Polizei nahm am Dienstag 40 Personen fest, teilte ein Sprecher mit.';
  let n = 0;
  let text = draft;
  const nextEdit = (): void => {
    text = draft.slice(0, at) + typed.slice(0, (n++ % typed.length) + 1) + draft.slice(at);
  };
  clearAnalysisCaches();
  analyze(draft, { uri });
  const editDoc = (): ReturnType<typeof prepare> => prepare(text, 'markdown');
  let d = editDoc();
  const edit: [string, () => void, () => void][] = [
    ['prepare', () => void prepare(text, 'markdown'), nextEdit],
    ['dates', () => void extractDates(d), () => (nextEdit(), (d = editDoc()))],
    ['analyze (all)', () => void analyze(text, { uri }), nextEdit],
  ];
  for (const [name, fn, before] of edit) console.log(`  edit  ${name.padEnd(14)} ${cpuPerCall(reps, fn, before).toFixed(3)} (per edit)`);
}

if (what === 'stages') stages();
else {
  // The index cache written by `npm run bench` for the same size (seed 42).
  const corpus = what === 'check' || what === 'query' ? deserializeCorpus(readFileSync(join(CORPUS_ROOT, `42-${size}.index.json`), 'utf8')) : undefined;
  const names = corpus?.names;
  const analysis = analyze(draft, { uri, names });
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    n++;
    if (what === 'analyze') {
      // Cold: no content cache may answer, so the profile shows the full cost of every stage.
      clearAnalysisCaches();
      analyze(draft, { uri, names });
    } else if (what === 'edit') {
      const at = draft.length >> 1;
      analyze(`${draft.slice(0, at)}${'x'.repeat(n % 40)}${draft.slice(at)}`, { uri, names });
    } else if (what === 'check') check(analysis, { uri, corpus });
    else if (what === 'query') {
      for (const e of analysis.entities) {
        corpus!.aliases(e.id);
        corpus!.entityArticleCount(e.id, { excludeUri: uri });
        corpus!.entityRefs(e.id, { excludeUri: uri });
      }
      for (const f of analysis.figures) corpus!.figureRefs(f.key, { excludeUri: uri });
    } else throw new Error(`unknown operation ${what}`);
  }
  console.log(`${what}: ${n} runs in ${seconds} s, ${((seconds * 1000) / n).toFixed(2)} ms each`);
}
