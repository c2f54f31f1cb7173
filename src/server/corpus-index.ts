// Keeps the corpus index current: loads the cache, indexes changed files in the background, follows file events.
import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import { createCorpus, type Corpus } from '../core';
import { indexFiles, type FileOutcome, type IndexJob } from '../node/index-pool';
import { indexFile } from '../node/index-file';
import { indexKey, type EffectiveConfig } from './config';
import { loadCache, saveCache, type FileStamp } from './corpus-cache';
import { findCorpusFiles, type ReadResult } from './corpus-loader';
import { compilePatterns, isCorpusFile, type CompiledPatterns, type PatternProblem } from './patterns';

export interface IndexProgress {
  report(done: number, total: number): void;
  finish(articles: number, skipped: number): void;
}

export interface IndexEvents {
  /** A file was left out; `reason` says why (shown in the output channel, not as a pop-up). */
  skipped(path: string, result: Exclude<ReadResult, { ok: true }>): void;
  patternProblem(problem: PatternProblem): void;
  /** The corpus changed: open drafts need a new check. */
  changed(): void;
  /** The index cache on disk was there but not used (old format, damaged, another engine): a line for the log. */
  cacheRejected?(reason: string): void;
  /** A pass read `files` files on `threads` workers (0: on the main thread) at nice value `nice`: a line for the log. */
  indexed?(pass: { files: number; threads: number; nice?: number; ms: number }): void;
  /** Progress reporting for a full indexing run; null when the client cannot show it. */
  startProgress(): Promise<IndexProgress | null>;
}

/** The loader's words for why the pool left a file out, as the output channel reports them. */
function readResultOf(outcome: Exclude<FileOutcome, { ok: true }>): Exclude<ReadResult, { ok: true }> {
  switch (outcome.reason) {
    case 'too-large':
    case 'binary':
      return { ok: false, reason: outcome.reason };
    case 'not-a-file':
      return { ok: false, reason: 'unreadable', detail: 'not a regular file' };
    case 'unreadable':
      return { ok: false, reason: 'unreadable', detail: outcome.code ?? outcome.detail };
    case 'failed':
      return { ok: false, reason: 'unreadable', detail: `analysis failed: ${outcome.detail ?? ''}` };
  }
}

const CACHE_SAVE_DELAY_MS = 2000;

export class CorpusIndex {
  corpus: Corpus = createCorpus();
  private stamps = new Map<string, FileStamp>();
  private compiled: CompiledPatterns | null = null;
  private config: EffectiveConfig | null = null;
  /** Incremented by every new run, so an older run stops at its next file. */
  private generation = 0;
  private running: Promise<void> | null = null;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private savePending = false;
  private cacheLoaded = false;
  /** True until the first pass has finished, so early hovers and the status bar say the counts are provisional. */
  indexing = true;
  skipped = 0;

  constructor(
    private readonly events: IndexEvents,
    private readonly storagePath: string | undefined,
  ) {}

  get size(): number {
    return this.corpus.size;
  }

  /**
   * (Re)indexes with a configuration. The cache is loaded first so the editor has the previous
   * index at once; the walk then re-validates every file by mtime and size.
   */
  async index(config: EffectiveConfig, opts: { fromScratch?: boolean } = {}): Promise<void> {
    const generation = ++this.generation;
    this.config = config;
    this.compiled = compilePatterns(config.workspaceRoots, config.include, config.exclude, config.trusted);
    for (const p of this.compiled.problems) this.events.patternProblem(p);
    if (opts.fromScratch) {
      this.corpus = createCorpus();
      this.stamps = new Map();
    } else if (!this.cacheLoaded && this.storagePath) {
      this.cacheLoaded = true;
      const cached = await loadCache(this.storagePath, indexKey(config), (reason) => this.events.cacheRejected?.(reason));
      if (cached && generation === this.generation) {
        this.corpus = cached.corpus;
        this.stamps = cached.stamps;
        this.events.changed();
      }
    }
    const previous = this.running;
    const run = (async () => {
      await previous?.catch(() => undefined);
      if (generation === this.generation) await this.walk(generation, config);
    })();
    this.running = run;
    return run;
  }

  private async walk(generation: number, config: EffectiveConfig): Promise<void> {
    this.indexing = true;
    const progress = await this.events.startProgress();
    const maxBytes = config.maxFileSizeKb * 1024;
    const files = [];
    for await (const f of findCorpusFiles(this.compiled!, config)) files.push(f);
    const seen = new Set<string>();
    let skipped = 0;
    let changed = false;
    try {
      // Unchanged files keep their entry; the rest is read and analysed by the index pool's workers.
      const jobs: (IndexJob & { at: number; stamp: FileStamp })[] = [];
      files.forEach((f, at) => {
        const uri = URI.file(f.path).toString();
        seen.add(uri);
        const stamp = this.stamps.get(uri);
        if (stamp && stamp.mtimeMs === f.mtimeMs && stamp.size === f.size && this.corpus.has(uri)) return;
        jobs.push({ path: f.path, uri, at, stamp: { mtimeMs: f.mtimeMs, size: f.size } });
      });
      const started = Date.now();
      const run = await indexFiles(jobs, {
        maxBytes,
        // The workers index at low OS priority, so typing and diagnostics go first (see index-pool.ts).
        background: true,
        isCancelled: () => generation !== this.generation,
        onResult: (job, outcome, n) => {
          const { uri, stamp, at } = jobs[n];
          if (outcome.ok) this.corpus.addRecord(outcome.record);
          else {
            skipped++;
            this.corpus.remove(uri);
            this.events.skipped(job.path, readResultOf(outcome));
          }
          this.stamps.set(uri, stamp);
          changed = true;
          if (n % 10 === 0) progress?.report(at, files.length);
        },
      });
      if (!run.completed || generation !== this.generation) return;
      if (jobs.length) this.events.indexed?.({ files: jobs.length, threads: run.threads, nice: run.nice, ms: Date.now() - started });
      for (const uri of this.corpus.uris()) {
        if (seen.has(uri)) continue;
        this.corpus.remove(uri);
        this.stamps.delete(uri);
        changed = true;
      }
      for (const uri of this.stamps.keys()) if (!seen.has(uri)) this.stamps.delete(uri);
      // Skipped files keep no corpus entry, so every pass reads them again and this count stays true.
      this.skipped = skipped;
    } finally {
      if (generation === this.generation) this.indexing = false;
      progress?.finish(this.corpus.size, skipped);
    }
    if (changed) this.scheduleSave(0);
    this.events.changed();
  }

  /** Applies one watched-file event; returns whether the corpus changed. */
  async fileChanged(file: string, deleted: boolean): Promise<boolean> {
    if (!this.compiled || !this.config) return false;
    const uri = URI.file(file).toString();
    if (deleted || !isCorpusFile(this.compiled, file)) {
      if (!this.corpus.has(uri)) return false;
      this.corpus.remove(uri);
      this.stamps.delete(uri);
    } else {
      // The pool's own unit of work, on this thread: a watched FIFO or device is refused unread, and the
      // record is the one a full pass would make.
      const outcome = indexFile({ path: file, uri }, this.config.maxFileSizeKb * 1024);
      if (outcome.ok) this.corpus.addRecord(outcome.record);
      else {
        this.corpus.remove(uri);
        this.events.skipped(file, readResultOf(outcome));
      }
      try {
        const s = await fs.stat(file);
        this.stamps.set(uri, { mtimeMs: s.mtimeMs, size: s.size });
      } catch {
        this.stamps.delete(uri);
      }
    }
    this.scheduleSave(CACHE_SAVE_DELAY_MS);
    return true;
  }

  private scheduleSave(delay: number): void {
    if (!this.storagePath || !this.config) return;
    clearTimeout(this.saveTimer);
    this.savePending = true;
    this.saveTimer = setTimeout(() => void this.save(), delay);
  }

  private save(): Promise<void> {
    clearTimeout(this.saveTimer);
    if (!this.savePending || !this.storagePath || !this.config) return this.saving;
    this.savePending = false;
    const dir = this.storagePath;
    const key = indexKey(this.config);
    // Saves run one after another, so an older snapshot never renames itself over a newer one.
    this.saving = this.saving.then(() => saveCache(dir, key, { corpus: this.corpus, stamps: this.stamps }).catch(() => undefined));
    return this.saving;
  }

  /** Writes a pending cache update now (on shutdown, so the next start finds the index). */
  flush(): Promise<void> {
    return this.save();
  }

  /** Waits for the running index pass (tests and the rebuild command use it). */
  async idle(): Promise<void> {
    while (this.running) {
      const r = this.running;
      await r.catch(() => undefined);
      if (r === this.running) break;
    }
  }

  dispose(): void {
    this.generation++;
    clearTimeout(this.saveTimer);
  }
}
