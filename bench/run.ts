// The benchmark: times the engine on a synthetic corpus and a 1,000-word draft, the language server's first diagnostics, and two peers; writes bench/results.json.
// Usage: npm run bench [-- --size N] [-- --cold-runs N] [-- --threads N] [-- --out FILE] [-- --quick] [-- --seed S] [-- --no-server] [-- --no-peers] [-- --no-typing] [-- --profile]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, platform, arch } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, check, deserializeCorpus, type Analysis, type Corpus } from '../src/core';
import { clearAnalysisCaches } from '../src/core/analyze';
import { CORPUS_ROOT, ensureCorpus, generateDraft } from './generate';
import { fmtMs, median, quantile, round, table } from './stats';
import { measureServer, type ServerTiming } from './server';
import { variant } from './variant';
import { summarise } from './profile';
import { serverEnv, serverExecArgv } from '../src/shared/server-flags';
import { buildSync } from 'esbuild';
import { indexFiles } from '../src/node/index-pool';

const ROOT = resolve(__dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const quick = flag('--quick');
const size = Number(option('--size') ?? (quick ? 1000 : 10000));
const seed = option('--seed') ?? '42';
/** Time budget per measured task (ms); tinybench keeps going until both this and the minimum iterations are met. */
const taskTime = quick ? 300 : 1500;
const minIterations = quick ? 16 : 64;

const DRAFT_URI = 'file:///bench/entwurf.md';

/** Targets: what an editor on deadline should never notice. */
const TARGETS: Record<string, number> = {
  analyzeDraftMedianMs: 5,
  editReanalysisMedianMs: 2,
  checkDraftMedianMs: 20,
  indexColdMs: 10000,
  indexWarmMs: 1000,
  queryP95Ms: 5,
  peakRssMb: 300,
  loadedPeakRssMb: 300,
  serverFirstDiagnosticsMs: 500,
};

function log(msg: string): void {
  process.stderr.write(msg + '\n');
}

function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    // Uncommitted changes to the sources mean the figures belong to no commit: say so.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}-dirty` : head;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------

interface ChildReport {
  articles: number;
  readMs: number;
  indexColdMs: number;
  indexColdCpuMs: number;
  serializeMs: number;
  cacheBytes: number;
  peakRssMb: number;
  rssAfterIndexMb: number;
  heapAfterIndexMb: number;
  heapRetainedMb: number;
  arrayBuffersRetainedMb?: number;
  threads?: number;
  nice?: number | null;
  stages?: { done: number; rssMb: number; heapMb: number; externalMb: number }[];
}

/** Bundles a child script of the bench like the product (esbuild, CommonJS, Node 20), so it runs on plain Node. */
function bundleChild(script: string, outfile: string): void {
  buildSync({
    entryPoints: [join(__dirname, script)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    loader: { '.gz': 'binary', '.bin': 'binary' },
    outfile,
  });
}

/**
 * Runs the cold index build in a fresh process, so nothing of this process (JIT, caches, heap) helps it.
 * The child is bundled with esbuild like the product and runs on plain Node (no tsx in its memory),
 * and its pool starts the worker bundle `npm run build` wrote to dist/ — the server's and the CLI's path.
 */
function indexCold(dir: string, cacheFile: string): ChildReport {
  const extra = flag('--profile') ? ['--cpu-prof', '--cpu-prof-dir', join(CORPUS_ROOT, 'profiles')] : [];
  const child = join(CORPUS_ROOT, 'index-child.js');
  const worker = join(ROOT, 'dist', 'index-worker.js');
  if (!existsSync(worker)) throw new Error('dist/index-worker.js is missing: run `npm run build` first (`npm run bench` does)');
  bundleChild('index-child.ts', child);
  const threads = option('--threads');
  // The server's V8 options and environment, since the cold index measured is the one the server builds.
  const r = spawnSync(process.execPath, ['--expose-gc', ...serverExecArgv(), ...extra, child, dir, cacheFile, worker, ...(threads ? [threads] : [])], {
    cwd: ROOT,
    env: { ...process.env, ...serverEnv() },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`index child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  if (extra.length) {
    // The newest profile is this child's: print where the cold index spends its time.
    const profDir = join(CORPUS_ROOT, 'profiles');
    const newest = readdirSync(profDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(profDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (newest) log(`cold index profile ${newest}:\n${summarise(JSON.parse(readFileSync(newest, 'utf8')), 20)}\n`);
  }
  const line = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as ChildReport;
}

/**
 * Loads the index from its cache file in a fresh bundled process, as the server does on a second
 * start: the memory an editor pays for the index once it is built.
 */
function loadedMemory(cacheFile: string): { peakRssMb: number; rssMb: number; heapMb: number; loadMs: number } {
  const child = join(CORPUS_ROOT, 'load-child.js');
  bundleChild('load-child.ts', child);
  const r = spawnSync(process.execPath, ['--expose-gc', child, cacheFile], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`load child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

// ---------------------------------------------------------------------------------------------

interface Measured {
  median: number;
  p95: number;
  mean: number;
  samples: number;
  /** Median CPU time of the process per call (user + system): what the call costs when the machine is busy. */
  cpuMedian: number;
}

const measured = new Map<string, Measured>();

/**
 * Times `fn` with tinybench in a bench of its own. A pilot call sizes the run: fast tasks get the
 * full time budget and at least `minIterations` samples; a task that takes seconds (a check that
 * scans the whole corpus) gets a handful of samples and one warm-up call, so the whole benchmark
 * stays within minutes. `before` prepares each call's input outside the timed window.
 */
async function measure(
  Bench: typeof import('tinybench', { with: { 'resolution-mode': 'import' } }).Bench,
  name: string,
  fn: () => unknown,
  before?: () => void,
  atLeast = quick ? 3 : 5,
): Promise<Measured> {
  before?.();
  const t0 = performance.now();
  await fn();
  const pilot = performance.now() - t0;
  const iterations = Math.max(atLeast, Math.min(minIterations, Math.floor(taskTime / Math.max(pilot, 0.001))));
  const slow = pilot > 50;
  const bench = new Bench({
    time: taskTime,
    iterations,
    warmupIterations: slow ? 1 : 16,
    warmupTime: slow ? 0 : quick ? 100 : 300,
    retainSamples: true,
    throws: true,
  });
  // CPU time per call is recorded next to tinybench's wall-clock samples: on a shared machine the
  // wall clock also counts the time other processes held the core, the CPU time does not.
  const cpu: number[] = [];
  let recording = false;
  const isAsync = fn.constructor.name === 'AsyncFunction';
  const record = (c: NodeJS.CpuUsage): void => {
    if (!recording) return;
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  };
  const timed = isAsync
    ? async (): Promise<void> => {
        const c = process.cpuUsage();
        await fn();
        record(c);
      }
    : (): void => {
        const c = process.cpuUsage();
        fn();
        record(c);
      };
  bench.add(name, timed, {
    async: isAsync,
    beforeAll: (mode) => {
      recording = mode === 'run';
    },
    ...(before ? { beforeEach: before } : {}),
  });
  log(`  ${name} …`);
  await bench.run();
  const r = bench.getTask(name)?.result;
  if (!r || !('latency' in r)) throw new Error(`task ${name} failed: ${r && 'error' in r ? String(r.error) : 'no result'}`);
  const samples = [...(r.latency.samples ?? [])];
  const m = { median: median(samples), p95: quantile(samples, 0.95), mean: r.latency.mean, samples: samples.length, cpuMedian: median(cpu) };
  measured.set(name, m);
  return m;
}

/**
 * The mentions of an analysis a hover would be asked about, queried as src/server/hover.ts builds its
 * cards: bounded passage lists (latest first), counts, and the snippets the card shows.
 */
function hoverQueries(a: Analysis, corpus: Corpus): (() => unknown)[] {
  const opts = { excludeUri: DRAFT_URI };
  const snippets = (refs: { snippet: string }[], n: number) => refs.slice(0, n).map((r) => r.snippet);
  const out: (() => unknown)[] = [];
  for (const e of a.entities) {
    out.push(() => [
      corpus.aliases(e.id),
      corpus.entityArticleCount(e.id, opts),
      snippets(corpus.entityRefs(e.id, { ...opts, limit: 60 }), 3),
    ]);
  }
  for (const f of a.figures) {
    out.push(() => [
      corpus.disagreeing(f.key, f, { ...opts, limit: 10 }),
      snippets(corpus.figureRefs(f.key, { ...opts, limit: 10 }), 10),
      corpus.figureCount(f.key, opts),
    ]);
  }
  for (const d of a.dates) if (d.value) out.push(() => snippets(corpus.dateRefs(d.value!, { ...opts, limit: 60 }), 5));
  return out;
}

/** A place in the middle of a paragraph (before its last full stop) where the simulated author types. */
function cursors(text: string): number[] {
  const out: number[] = [];
  const re = /\.\n\n/g;
  let m: RegExpExecArray | null;
  const bodyStart = text.indexOf('\n---', 3) + 4;
  while ((m = re.exec(text))) if (m.index > bodyStart) out.push(m.index + 1);
  return out.length ? out : [text.length];
}

interface TypingWhileIndexing {
  background: boolean;
  threads: number;
  nice: number | null;
  indexMs: number | null;
  edits: number;
  editMedianMs: number | null;
  editP95Ms: number | null;
}

/**
 * What typing costs while the editor's index pool reads the corpus: a re-analysis after each typed
 * character, one every 25 ms (a fast typist), on this thread, while the workers index `files` on every
 * core, at low OS priority (`background`, as the server runs them) or at normal priority. The editor is
 * the main thread here as in the server: only the scheduler decides who waits.
 */
async function typingWhileIndexing(files: string[], background: boolean, typeOne: () => void): Promise<TypingWhileIndexing> {
  const jobs = files.map((f) => ({ path: f, uri: 'file://' + f }));
  const times: number[] = [];
  let finished = false;
  const t0 = performance.now();
  const run = indexFiles(jobs, {
    maxBytes: 2048 * 1024,
    threads: 2,
    background,
    workerScript: join(ROOT, 'dist', 'index-worker.js'),
    onResult: () => undefined,
  }).finally(() => (finished = true));
  while (!finished) {
    const t = performance.now();
    typeOne();
    times.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 25));
  }
  const r = await run;
  return {
    background,
    threads: r.threads,
    nice: r.nice ?? null,
    indexMs: round(performance.now() - t0, 1),
    edits: times.length,
    editMedianMs: round(median(times)),
    editP95Ms: round(quantile(times, 0.95)),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  // The machine may be shared: the load average at start and end says how much the figures can be trusted.
  const loadBefore = loadavg()[0];
  const { Bench } = await import('tinybench');

  // 1. The corpus (generated once per seed, size and generator version).
  let t = performance.now();
  const { dir, manifest, generated } = ensureCorpus(seed, size);
  log(`corpus ${dir}: ${manifest.size} articles, ${manifest.words} words (${generated ? `generated in ${fmtMs(performance.now() - t)}` : 'cached'})`);

  // 2. Cold index in a child process; it also writes the on-disk cache the warm load reads.
  const cacheFile = join(CORPUS_ROOT, `${seed}-${size}.index.bin`);
  // The cold build is repeated in fresh processes and the median run is reported: on a shared VM one run
  // varies by a second or more (CPU time per article moves with the host's load), so a single run says little.
  const coldRuns = Math.max(1, Number(option('--cold-runs') ?? (quick || flag('--profile') ? 1 : 3)));
  const colds: ChildReport[] = [];
  for (let i = 0; i < coldRuns; i++) {
    log(`indexing cold in a child process${coldRuns > 1 ? ` (run ${i + 1} of ${coldRuns})` : ''} …`);
    const run = indexCold(dir, cacheFile);
    log(`  ${run.articles} articles in ${fmtMs(run.indexColdMs)} (CPU ${fmtMs(run.indexColdCpuMs)}), peak RSS ${run.peakRssMb} MB`);
    colds.push(run);
  }
  const cold = [...colds].sort((a, b) => a.indexColdMs - b.indexColdMs)[Math.floor((colds.length - 1) / 2)];

  // 3. Warm load: read the cache file and deserialise it, as the server does on a second start.
  const loads: number[] = [];
  let corpus!: Corpus;
  for (let i = 0; i < (quick ? 2 : 3); i++) {
    t = performance.now();
    corpus = deserializeCorpus(readFileSync(cacheFile));
    loads.push(performance.now() - t);
  }
  const mainRssAfterLoadMb = Math.round(process.memoryUsage().rss / 1048576);
  const loaded = loadedMemory(cacheFile);
  log(`  loaded in a fresh process: peak RSS ${loaded.peakRssMb} MB, ${loaded.rssMb} MB after GC`);

  // 4. The draft, its edits, its check against the corpus, and hover queries.
  const draft = generateDraft(seed, 1000);
  const draftWords = draft.split('\n---\n')[1].split(/\s+/).filter(Boolean).length;
  const names = corpus.names;
  let n = 0;
  let input = draft;

  // The simulated author types a sentence into a paragraph, one character per measured call;
  // every 300 characters the cursor moves to another paragraph of the original draft, so no text repeats.
  const typed = ' Die Polizei nahm am Dienstag 40 Personen fest, teilte ein Sprecher mit.';
  const spots = cursors(draft);
  let editBase = draft;
  let editText = draft;
  let editPos = spots[0];
  let editCount = 0;
  let previous: Analysis = analyze(draft, { uri: DRAFT_URI, names });
  const nextEdit = (): void => {
    if (editCount % 300 === 0) {
      editBase = variant(draft, 1e6 + editCount);
      editText = editBase;
      editPos = spots[(editCount / 300) % spots.length];
    }
    editText = editText.slice(0, editPos) + typed[editCount % typed.length] + editText.slice(editPos);
    editPos++;
    editCount++;
  };

  const checkPool = Array.from({ length: 16 }, (_, i) => analyze(variant(draft, 5e6 + i), { uri: DRAFT_URI, names }));
  let checkIndex = 0;
  const draftAnalysis = checkPool[0];
  const findings = check(draftAnalysis, { uri: DRAFT_URI, corpus });

  // Hover queries: the draft's own mentions; a few corpus articles too when the draft yields few.
  let queries = hoverQueries(draftAnalysis, corpus);
  if (queries.length < 20) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).slice(0, 20);
    for (const f of files) queries = queries.concat(hoverQueries(analyze(readFileSync(join(dir, f), 'utf8'), { uri: f }), corpus));
  }
  let queryIndex = 0;

  // A measured analysis must not be answered from memory: besides a new variant of the text, every
  // content cache (chunks, sentence date scans, tagged sentences) is emptied before the call.
  const newDraft = (): void => {
    input = variant(draft, n++);
    clearAnalysisCaches();
  };
  const analyzeDraft = await measure(Bench, 'analyze draft', () => void analyze(input, { uri: DRAFT_URI, names }), newDraft);
  const edit = await measure(Bench, 'edit re-analysis', () => void (previous = analyze(editText, { uri: DRAFT_URI, names })), nextEdit);
  const checkDraft = await measure(Bench, 'check draft', () => void check(checkPool[checkIndex++ % checkPool.length], { uri: DRAFT_URI, corpus }));
  const pipeline = await measure(
    Bench,
    'analyze + check draft',
    () => void check(analyze(input, { uri: DRAFT_URI, names }), { uri: DRAFT_URI, corpus }),
    newDraft,
  );
  // Every mention of the draft is hovered at least once (up to 200), so the p95 is over the draft's own mentions.
  const query = queries.length
    ? await measure(Bench, 'hover query', () => void queries[queryIndex++ % queries.length](), undefined, Math.min(queries.length, 200))
    : null;

  // Peers on the same 1,000 words: Harper (a grammar checker in WebAssembly) and chrono-node's German date parser.
  let harperSetupMs: number | null = null;
  let harper: Measured | null = null;
  let chronoPeer: Measured | null = null;
  if (!flag('--no-peers')) {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    t = performance.now();
    await linter.setup();
    harperSetupMs = performance.now() - t;
    const chrono = await import('chrono-node');
    const ref = new Date('2024-11-25T12:00:00Z');
    harper = await measure(Bench, 'harper.js lint', async () => void (await linter.lint(input)), newDraft);
    chronoPeer = await measure(Bench, 'chrono-node de.parse', () => void chrono.de.parse(input, ref), newDraft);
  }
  // Typing while the index builds, on the first 2,000 articles: the workers at low priority, then at normal.
  const typing: TypingWhileIndexing[] = [];
  if (!flag('--no-typing') && existsSync(join(ROOT, 'dist', 'index-worker.js'))) {
    const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort().slice(0, 2000).map((f) => join(dir, f));
    const typeOne = (): void => {
      nextEdit();
      previous = analyze(editText, { uri: DRAFT_URI, names });
    };
    for (const background of [true, false]) {
      log(`typing while indexing ${files.length} articles, workers at ${background ? 'low' : 'normal'} priority …`);
      const r = await typingWhileIndexing(files, background, typeOne);
      log(`  ${r.edits} edits: median ${fmtMs(r.editMedianMs)}, p95 ${fmtMs(r.editP95Ms)}; index ${fmtMs(r.indexMs)}`);
      typing.push(r);
    }
  }
  void previous;
  const loadAfter = loadavg()[0];


  // 5. The language server, started as an editor starts it.
  let server: ServerTiming | null = null;
  let serverWorkspace: string | null = null;
  let serverStartsMs: (number | null)[] = [];
  let serverDraft: string | null = null;
  const serverPath = join(ROOT, 'dist', 'server.js');
  if (!flag('--no-server')) {
    if (!existsSync(serverPath)) {
      log('dist/server.js is missing (run `npm run build`): server timing skipped');
    } else {
      const ws = serverWorkspaceFor(dir);
      serverWorkspace = ws.workspace;
      serverDraft = ws.draft;
      log(`language server on ${ws.workspace} …`);
      // Three cold starts, the median one reported: one start alone is at the mercy of the scheduler.
      const starts: ServerTiming[] = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) {
        const s = await measureServer(serverPath, ws.workspace, ws.draft, undefined, serverExecArgv(), serverEnv());
        if (s.error) log(`  server: ${s.error}`);
        starts.push(s);
      }
      serverStartsMs = starts.map((s) => round(s.firstDiagnosticsMs, 1));
      const ok = starts.filter((s) => s.firstDiagnosticsMs !== null).sort((a, b) => a.firstDiagnosticsMs! - b.firstDiagnosticsMs!);
      server = ok.length ? ok[Math.floor((ok.length - 1) / 2)] : starts[0];
    }
  }

  // Memory is not a median: the highest peak of all cold runs is the one an editor might meet.
  const peakRssMb = Math.max(...colds.map((c) => c.peakRssMb));
  const results = {
    timestamp: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1073741824),
      node: process.version,
      platform: `${platform()} ${arch()}`,
      loadAverage1mBefore: round(loadBefore, 2),
      loadAverage1mAfter: round(loadAfter, 2),
    },
    settings: { seed, size, quick, taskTimeMs: taskTime, minIterations },
    corpusArticles: cold.articles,
    corpusWords: manifest.words,
    draftWords,
    draftFindings: findings.length,
    analyzeDraftMedianMs: round(analyzeDraft.median),
    analyzeDraftP95Ms: round(analyzeDraft.p95),
    editReanalysisMedianMs: round(edit.median),
    editReanalysisP95Ms: round(edit.p95),
    /** Re-analysis after a typed character while 2,000 articles are indexed on every core (see typingWhileIndexing). */
    editWhileIndexingMedianMs: typing.find((t) => t.background)?.editMedianMs ?? null,
    editWhileIndexingP95Ms: typing.find((t) => t.background)?.editP95Ms ?? null,
    typingWhileIndexing: typing,
    checkDraftMedianMs: round(checkDraft.median),
    checkDraftP95Ms: round(checkDraft.p95),
    analyzeAndCheckDraftMedianMs: round(pipeline.median),
    indexColdMs: round(cold.indexColdMs, 1),
    indexColdCpuMs: round(cold.indexColdCpuMs, 1),
    indexColdRunsMs: colds.map((c) => round(c.indexColdMs, 1)),
    indexColdCpuRunsMs: colds.map((c) => round(c.indexColdCpuMs, 1)),
    indexColdPerArticleMs: round(cold.indexColdMs / Math.max(1, cold.articles)),
    indexWarmMs: round(median(loads), 1),
    cacheFileMb: round(cold.cacheBytes / 1048576, 1),
    queryP95Ms: query ? round(query.p95, 4) : null,
    queryMedianMs: query ? round(query.median, 4) : null,
    queryKinds: queries.length,
    peakRssMb,
    /** Peak RSS of a fresh process loading the index from its cache file (the server's second start). */
    loadedPeakRssMb: loaded.peakRssMb,
    /** RSS of that process once loading is done and garbage collected: the index as an editor keeps it. */
    loadedRssMb: loaded.rssMb,
    /** Heap still used by the index alone after a full GC (records and the serialised string dropped). */
    indexHeapRetainedMb: cold.heapRetainedMb,
    /** The index's typed arrays (packed texts, postings) outside the heap, after the same GC. */
    indexArrayBuffersRetainedMb: cold.arrayBuffersRetainedMb ?? null,
    /** Worker threads of the cold index (0: in the main thread). */
    indexThreads: cold.threads ?? null,
    /** The nice value of the index workers (the editor runs them at low priority where it can). */
    indexWorkerNice: cold.nice ?? null,
    /** RSS and heap of the cold index process after each quarter of the articles. */
    indexStages: cold.stages ?? null,
    benchProcessRssMb: mainRssAfterLoadMb,
    serverFirstDiagnosticsMs: round(server?.firstDiagnosticsMs ?? null, 1),
    serverStartsFirstDiagnosticsMs: serverStartsMs,
    serverFirstNonEmptyDiagnosticsMs: round(server?.firstNonEmptyDiagnosticsMs ?? null, 1),
    serverInitializeMs: round(server?.initializeMs ?? null, 1),
    serverOpenToDiagnosticsMs: round(server?.openToDiagnosticsMs ?? null, 1),
    serverWorkspace: serverWorkspace ? serverWorkspace.replace(ROOT + '/', '') : null,
    serverDraft: serverDraft ? serverDraft.replace(ROOT + '/', '') : null,
    serverError: server?.error ?? null,
    cpuTimeMedianMs: Object.fromEntries([...measured].map(([k, v]) => [k, round(v.cpuMedian)])),
    peers: {
      'harper.js': harper ? round(harper.median) : null,
      'chrono-node': chronoPeer ? round(chronoPeer.median) : null,
    },
    peerRatios: {
      'faktenlage/harper.js': harper ? round(analyzeDraft.median / harper.median) : null,
      'faktenlage/chrono-node': chronoPeer ? round(analyzeDraft.median / chronoPeer.median) : null,
    },
    harperSetupMs: round(harperSetupMs, 0),
    samples: Object.fromEntries([...measured].map(([k, v]) => [k, v.samples])),
    totalBenchSeconds: 0,
  };
  results.totalBenchSeconds = round((performance.now() - started) / 1000, 1)!;

  // --out writes elsewhere, for a trial run that should not replace the committed figures.
  const out = resolve(option('--out') ?? join(__dirname, 'results.json'));
  writeFileSync(out + '.tmp', JSON.stringify(results, null, 2) + '\n');
  renameSync(out + '.tmp', out);

  printReport(results as unknown as Record<string, unknown>, { analyzeDraft, edit, checkDraft, pipeline, query, harper, chronoPeer });
  log(`\nwrote ${out} (${results.totalBenchSeconds} s in all)`);
}

/**
 * The workspace the server is started on: the demo (corpus + drafts) when it is there; otherwise
 * a small generated one, 200 corpus articles and the draft.
 */
function serverWorkspaceFor(corpusDir: string): { workspace: string; draft: string } {
  const demo = join(ROOT, 'demo');
  const demoDrafts = join(demo, 'drafts');
  if (existsSync(join(demo, 'corpus')) && existsSync(demoDrafts)) {
    // The longest demo draft: the most work for the first diagnostics.
    const drafts = readdirSync(demoDrafts)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(demoDrafts, f))
      .sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b));
    if (drafts.length && readdirSync(join(demo, 'corpus')).length) return { workspace: demo, draft: drafts[0] };
  }
  const ws = join(CORPUS_ROOT, `ws-${seed}`);
  mkdirSync(join(ws, 'corpus'), { recursive: true });
  mkdirSync(join(ws, 'drafts'), { recursive: true });
  for (const f of readdirSync(corpusDir).filter((x) => /\.(md|txt)$/.test(x)).sort().slice(0, 200)) {
    copyFileSync(join(corpusDir, f), join(ws, 'corpus', f));
  }
  const draft = join(ws, 'drafts', 'entwurf.md');
  writeFileSync(draft, generateDraft(seed, 1000));
  return { workspace: ws, draft };
}

function printReport(r: Record<string, unknown>, m: Record<string, Measured | null>): void {
  const num = (k: string): number | null => (typeof r[k] === 'number' ? (r[k] as number) : null);
  const mb = (v: number | null): string => (v === null ? 'n/a' : `${v} MB`);
  const rows: [string, string, string, number | null, (v: number | null) => string][] = [
    ['analyse 1,000-word draft (median)', 'analyzeDraftMedianMs', '≤ 5 ms', num('analyzeDraftMedianMs'), fmtMs],
    ['analyse draft (p95)', 'analyzeDraftP95Ms', '', num('analyzeDraftP95Ms'), fmtMs],
    ['re-analyse after 1-char edit (median)', 'editReanalysisMedianMs', '≤ 2 ms', num('editReanalysisMedianMs'), fmtMs],
    ['re-analyse after an edit while indexing (p95)', 'editWhileIndexingP95Ms', '', num('editWhileIndexingP95Ms'), fmtMs],
    ['check draft against corpus (median)', 'checkDraftMedianMs', '≤ 20 ms', num('checkDraftMedianMs'), fmtMs],
    ['analyse + check draft (median)', 'analyzeAndCheckDraftMedianMs', '', num('analyzeAndCheckDraftMedianMs'), fmtMs],
    [`index ${r.corpusArticles} articles, cold${Array.isArray(r.indexColdRunsMs) && r.indexColdRunsMs.length > 1 ? ` (median of ${r.indexColdRunsMs.length})` : ''}`, 'indexColdMs', '≤ 10 s', num('indexColdMs'), fmtMs],
    ['load index from cache file', 'indexWarmMs', '≤ 1 s', num('indexWarmMs'), fmtMs],
    ['hover query (p95)', 'queryP95Ms', '≤ 5 ms', num('queryP95Ms'), fmtMs],
    ['peak RSS while indexing', 'peakRssMb', '≤ 300 MB', num('peakRssMb'), mb],
    ['peak RSS loading the index from cache', 'loadedPeakRssMb', '≤ 300 MB', num('loadedPeakRssMb'), mb],
    ['server: spawn → first diagnostics', 'serverFirstDiagnosticsMs', '≤ 500 ms', num('serverFirstDiagnosticsMs'), fmtMs],
  ];
  const lines: string[][] = [['measure', 'measured', 'target', '', 'CPU time']];
  const cpuOf: Record<string, Measured | null> = {
    analyzeDraftMedianMs: m.analyzeDraft,
    editReanalysisMedianMs: m.edit,
    checkDraftMedianMs: m.checkDraft,
    analyzeAndCheckDraftMedianMs: m.pipeline,
  };
  for (const [label, key, target, value, fmt] of rows) {
    const limit = TARGETS[key];
    const status = limit === undefined || value === null ? '' : value <= limit ? 'ok' : 'MISSED';
    const cpuCell = cpuOf[key] ? fmtMs(cpuOf[key]!.cpuMedian) : key === 'indexColdMs' ? fmtMs(num('indexColdCpuMs')) : '';
    lines.push([label, fmt(value), target, status, cpuCell]);
  }
  console.log('\n' + table(lines));
  const peers: string[][] = [['same 1,000 words', 'median', 'faktenlage ÷ peer']];
  const a = m.analyzeDraft!.median;
  peers.push(['faktenlage analyze', fmtMs(a), '']);
  if (m.harper) peers.push(['harper.js LocalLinter.lint', fmtMs(m.harper.median), `${(a / m.harper.median).toFixed(2)}×`]);
  if (m.chronoPeer) peers.push(['chrono-node de.parse', fmtMs(m.chronoPeer.median), `${(a / m.chronoPeer.median).toFixed(2)}×`]);
  console.log('\n' + table(peers));
  const mach = r.machine as Record<string, unknown>;
  console.log(`\n${mach.cpu}, ${mach.cores} cores, ${mach.memoryGb} GB, Node ${mach.node}, load average ${mach.loadAverage1mBefore} → ${mach.loadAverage1mAfter}; draft ${r.draftWords} words, ${r.draftFindings} findings; corpus ${r.corpusArticles} articles / ${r.corpusWords} words`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
