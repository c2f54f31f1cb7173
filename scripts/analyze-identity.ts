// Dumps the full analysis and corpus record of every article in the given directories, so a speed change can be diffed for identity.
// Usage: npx tsx scripts/analyze-identity.ts [--full] <out-file> <dir> [<dir> …]
// Without --full each file gets one line of hashes (small enough to diff); --full writes the JSON itself to find what changed.
// Each article is analysed twice, once as a draft and once as a corpus file, because the two purposes take different paths.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core';
import { corpusRecord } from '../src/core/corpus/memory';

const args = process.argv.slice(2);
const full = args[0] === '--full';
const [outFile, ...dirs] = full ? args.slice(1) : args;
const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);
if (!outFile || dirs.length === 0) {
  console.error('usage: npx tsx scripts/analyze-identity.ts [--full] <out-file> <dir> [<dir> …]');
  process.exit(2);
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(md|txt|markdown)$/.test(name)) out.push(p);
  }
  return out;
}

const lines: string[] = [];
const all = createHash('sha256');
for (const dir of dirs) {
  for (const file of walk(dir, [])) {
    const text = readFileSync(file, 'utf8');
    const uri = 'file:///' + file;
    const draft = JSON.stringify(analyze(text, { uri }));
    const corpus = analyze(text, { uri, purpose: 'corpus' });
    const record = JSON.stringify(corpusRecord(uri, corpus));
    const corpusJson = JSON.stringify(corpus);
    const line = full
      ? `${file}\n  draft ${draft}\n  corpus ${corpusJson}\n  record ${record}`
      : `${file} draft ${hash(draft)} corpus ${hash(corpusJson)} record ${hash(record)}`;
    all.update(line);
    lines.push(line);
  }
}
lines.push(`sha256 ${all.digest('hex')}`);
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${lines.length - 1} files, sha256 ${lines[lines.length - 1].slice(7, 23)}`);
