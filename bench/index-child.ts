// Builds the corpus index once, cold, in its own process, writes the on-disk cache file and reports time and memory as JSON.
// Usage: node --expose-gc --import tsx bench/index-child.ts <corpus-dir> <cache-file>
import { renameSync, writeFileSync } from 'node:fs';
import { readCorpus } from './generate';
import { createCorpus } from '../src/core';

const [dir, cacheFile] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;

let t = performance.now();
let records: ReturnType<typeof readCorpus> | null = readCorpus(dir);
const readMs = performance.now() - t;
gc?.();
const before = process.memoryUsage();

// Cold: this process has not run the engine before, so JIT, lexicon loading and every
// lazily built table are part of the measurement, as on the first start of the server.
t = performance.now();
const cpu = process.cpuUsage();
const corpus = createCorpus(records!);
const indexColdMs = performance.now() - t;
const cpuUsed = process.cpuUsage(cpu);

const afterIndex = process.memoryUsage();
const maxRssAfterIndex = process.resourceUsage().maxRSS;

t = performance.now();
let serialized: string | null = corpus.serialize();
const serializeMs = performance.now() - t;
writeFileSync(cacheFile + '.tmp', serialized);
renameSync(cacheFile + '.tmp', cacheFile);
const cacheBytes = Buffer.byteLength(serialized);

// Only the index stays alive for this reading: what the server keeps for the corpus.
records = null;
serialized = null;
gc?.();
const retained = process.memoryUsage();
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
process.stdout.write(
  JSON.stringify({
    articles: corpus.size,
    readMs,
    indexColdMs,
    indexColdCpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    serializeMs,
    cacheBytes,
    // maxRSS is in kilobytes: the process's peak, including the records held in memory.
    peakRssMb: Math.round(maxRssAfterIndex / 1024),
    rssAfterIndexMb: mb(afterIndex.rss),
    heapBeforeMb: mb(before.heapUsed),
    heapAfterIndexMb: mb(afterIndex.heapUsed),
    heapRetainedMb: mb(retained.heapUsed),
  }) + '\n',
);
