// Dumps the entity stage's output (corpus entities, GermEval tags and emission bits) so a speed change can be diffed for identity.
// Usage: npx tsx scripts/ner-identity.ts <corpus-dir> <germeval.tsv> <out-file>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core';
import { recognise } from '../src/core/entities';
import { MODEL } from '../src/core/entities/model/weights';
import { fastEmissions, tagWords, unpackModel } from '../src/core/entities/tagger';

const [dir, tsv, outFile] = process.argv.slice(2);
const lines: string[] = [];
const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
files.forEach((f, i) => {
  const text = readFileSync(join(dir, f), 'utf8');
  // Every other article through the shared memo, so both paths of recognise() are covered.
  const a = analyze(text, { uri: 'file:///' + f, purpose: i % 2 ? 'corpus' : undefined });
  lines.push(f + ' ' + JSON.stringify(a.entities));
});
const model = unpackModel(MODEL);
const sentences: string[][] = [];
let cur: string[] = [];
for (const line of readFileSync(tsv, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  if (!line.trim()) {
    if (cur.length) sentences.push(cur);
    cur = [];
    continue;
  }
  cur.push(line.split('\t')[1]);
}
if (cur.length) sentences.push(cur);
const bits = createHash('sha256');
for (const s of sentences) {
  const em = fastEmissions(model, s);
  bits.update(Buffer.from(em.buffer, em.byteOffset, em.byteLength));
  lines.push(tagWords(model, s).join(' ') + ' | ' + tagWords(model, s, 'greedy').join(' ') + ' | ' + JSON.stringify(recognise(s)));
}
lines.push('emission bits ' + bits.digest('hex'));
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${files.length} articles, ${sentences.length} sentences → ${outFile}`);
