// Loads the corpus index from its cache file in a fresh process, as the language server does on a second start, and reports memory as JSON.
// Usage (bundled by bench/run.ts): node --expose-gc load-child.js <cache-file>
import { readFileSync } from 'node:fs';
import { deserializeCorpus } from '../src/core';

const [cacheFile] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
const t = performance.now();
// The binary cache (a .bin file) is read as bytes, in one read, and its arrays are viewed in place; a
// JSON one (older benches) is read as text.
const corpus = deserializeCorpus(cacheFile.endsWith('.bin') ? readFileSync(cacheFile) : readFileSync(cacheFile, 'utf8'));
const loadMs = performance.now() - t;
gc?.();
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
process.stdout.write(
  JSON.stringify({
    articles: corpus.size,
    loadMs,
    // maxRSS (kilobytes) includes whatever loading needed beside the index and is garbage once it ends.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    rssMb: mb(process.memoryUsage().rss),
    heapMb: mb(process.memoryUsage().heapUsed),
    arrayBuffersMb: mb(process.memoryUsage().arrayBuffers),
  }) + '\n',
);
