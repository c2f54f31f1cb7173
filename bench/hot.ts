// Runs one benchmarked operation in a loop for a few seconds, to be profiled: node --cpu-prof --import tsx bench/hot.ts <analyze|check|query> [--size N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, check, deserializeCorpus } from '../src/core';
import { CORPUS_ROOT, generateDraft } from './generate';

const what = process.argv[2] ?? 'analyze';
const i = process.argv.indexOf('--size');
const size = i > 0 ? Number(process.argv[i + 1]) : 10000;
const seconds = 5;
const uri = 'file:///bench/entwurf.md';

// The index cache written by `npm run bench` for the same size (seed 42).
const corpus = deserializeCorpus(readFileSync(join(CORPUS_ROOT, `42-${size}.index.json`), 'utf8'));
const draft = generateDraft(42, 1000);
const names = corpus.names;
const analysis = analyze(draft, { uri, names });

let n = 0;
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  n++;
  if (what === 'analyze') analyze(`${draft}\nKürzel ${n}\n`, { uri, names });
  else if (what === 'check') check(analysis, { uri, corpus });
  else if (what === 'query') {
    for (const e of analysis.entities) {
      corpus.aliases(e.id);
      corpus.entityArticleCount(e.id, { excludeUri: uri });
      corpus.entityRefs(e.id, { excludeUri: uri });
    }
    for (const f of analysis.figures) corpus.figureRefs(f.key, { excludeUri: uri });
  } else throw new Error(`unknown operation ${what}`);
}
console.log(`${what}: ${n} runs in ${seconds} s, ${((seconds * 1000) / n).toFixed(2)} ms each`);
