// Builds the corpus index once, cold, in its own process, the way the server and the CLI do (the index pool's
// worker threads reading the corpus folder), writes the on-disk cache file and reports time and memory as JSON.
// Usage (bench/run.ts bundles this file first, so it runs as plain JavaScript like the product):
//   node --expose-gc index-child.js <corpus-dir> <cache-file> <worker-script> [threads]
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCorpus } from '../src/core/corpus';
import { indexFiles } from '../src/node/index-pool';

const [dir, cacheFile, workerScript, threadsArg] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

async function main(): Promise<void> {
  // Only the list of files is read up front: the workers read the texts, as in the product.
  let t = performance.now();
  const jobs = readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ path: join(dir, f), uri: 'file://' + join(dir, f) }));
  const readMs = performance.now() - t;
  gc?.();
  const before = process.memoryUsage();

  // Cold: this process has not run the engine before, so worker start-up, JIT, lexicon loading and every
  // lazily built table are part of the measurement, as on the first start of the server.
  t = performance.now();
  const cpu = process.cpuUsage();
  const corpus = createCorpus();
  let skipped = 0;
  // Memory at a quarter, half and three quarters of the run, to see what the peak is made of.
  const stages: { done: number; rssMb: number; heapMb: number; externalMb: number }[] = [];
  const run = await indexFiles(jobs, {
    maxBytes: 2048 * 1024,
    threads: threadsArg === undefined ? undefined : Number(threadsArg),
    // The server's configuration: workers at low OS priority, as many as defaultThreads gives the editor.
    background: true,
    workerScript,
    onResult(_job, outcome, n) {
      if (outcome.ok) corpus.addRecord(outcome.record);
      else skipped++;
      if ((n + 1) % Math.max(1, Math.floor(jobs.length / 4)) === 0) {
        const m = process.memoryUsage();
        stages.push({ done: n + 1, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), externalMb: mb(m.external) });
      }
    },
  });
  const indexColdMs = performance.now() - t;
  // process.cpuUsage() counts every thread of the process: the workers' analysis and this thread's merging.
  const cpuUsed = process.cpuUsage(cpu);
  const afterIndex = process.memoryUsage();
  // maxRSS (kilobytes) is the whole process's peak: worker threads share the process, so it covers them.
  const maxRssAfterIndex = process.resourceUsage().maxRSS;

  // The binary cache the server writes (a header, then views of the index's arrays).
  t = performance.now();
  const pieces = [...corpus.serializeBinary()];
  const serializeMs = performance.now() - t;
  writeFileSync(cacheFile + '.tmp', Buffer.concat(pieces));
  renameSync(cacheFile + '.tmp', cacheFile);
  const cacheBytes = pieces.reduce((n, p) => n + p.length, 0);
  pieces.length = 0;

  // Only the index stays alive for this reading: what the server keeps for the corpus.
  gc?.();
  const retained = process.memoryUsage();
  process.stdout.write(
    JSON.stringify({
      articles: corpus.size,
      skipped,
      threads: run.threads,
      nice: run.nice ?? null,
      readMs,
      indexColdMs,
      indexColdCpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
      serializeMs,
      cacheBytes,
      peakRssMb: Math.round(maxRssAfterIndex / 1024),
      rssAfterIndexMb: mb(afterIndex.rss),
      heapBeforeMb: mb(before.heapUsed),
      heapAfterIndexMb: mb(afterIndex.heapUsed),
      heapRetainedMb: mb(retained.heapUsed),
      // Packed article texts and postings are typed arrays: their bytes are counted here, not in the heap.
      arrayBuffersRetainedMb: mb(retained.arrayBuffers),
      rssRetainedMb: mb(retained.rss),
      stages,
    }) + '\n',
  );
  // bench/hot.ts reads the JSON form beside the binary cache; written last, so no reading above includes it.
  if (cacheFile.endsWith('.bin')) writeFileSync(cacheFile.replace(/\.bin$/, '.json'), corpus.serialize());
}

main().catch((e) => {
  process.stderr.write(String((e as Error)?.stack ?? e) + '\n');
  process.exitCode = 1;
});
