// Indexes many corpus files on worker threads and hands their records to the main thread in file order.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { coreCount } from '../shared/server-flags';
import { canLowerThreadPriority } from './priority';
import { indexFile, type FileOutcome, type IndexJob, type JobMessage, type WorkerMessage, type WorkerSetup } from './index-file';

export type { FileOutcome, IndexJob, SkipReason } from './index-file';

/**
 * Each worker holds its own engine and heap, ~60–70 MB of RSS: with two of them and the index of
 * 10,000 articles the process peaks just under 300 MB, with a third it would not.
 */
export const MAX_THREADS = 2;
/** Below this many files, starting workers (each loads the engine) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 24;
/** Files sent to a worker before its earlier ones are done, so it never waits for the main thread. */
const IN_FLIGHT = 3;
/** How far results may run ahead of the oldest unfinished file, which bounds the reorder buffer. */
const AHEAD = 256;
/**
 * Heap limits of the workers: the engine's tables and caches are ~21 MB live (since the lexicon is a
 * packed table; ~29 MB after thousands of articles), a 1,000-word article adds a few, a 500 KB one
 * needs ~60 MB. Files above WORKER_MAX_FILE_BYTES never reach a worker; should one still run out of
 * memory, an asynchronous run reads that file again on the main thread. The old generation keeps its
 * room for those big files (V8 stays far below it otherwise: 64 MB measured the same peak as 96 MB).
 */
const WORKER_MAX_OLD_MB = 96;
/**
 * The workers share a 48 MB budget of young generation: 24 MB each with two workers, which V8 splits
 * into two 8 MB semi-spaces and a new large-object space. Each corpus article leaves a few MB of
 * short-lived objects; with a smaller young generation those outlive a scavenge, are promoted and have to
 * be marked in the old generation. Measured with `--trace-gc` on 2,000 articles in one worker: 4 MB
 * 786 scavenges, 18 full collections, 436 ms of pauses; 16 MB 198, 11, 273 ms; 32 MB 108, 4, 153 ms.
 * The server's `--max-semi-space-size=8` (shared/server-flags.ts) caps every isolate at this size
 * anyway. 10,000-article cold index, three alternating runs with the server's options: 12 MB each
 * 10.4–11.0 s, 24 MB each 10.2–10.4 s, both peaking at 280–294 MB.
 */
const WORKER_YOUNG_BUDGET_MB = 48;

function workerLimits(threads: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return { maxOldGenerationSizeMb: WORKER_MAX_OLD_MB, maxYoungGenerationSizeMb: Math.max(4, Math.floor(WORKER_YOUNG_BUDGET_MB / Math.max(1, threads))) };
}
/** Workers that died on a file are replaced this often per run before the rest is read in-thread. */
const MAX_RESTARTS = 4;
/**
 * The synchronous run cannot see a worker's exit event; a worker silent this long with work in hand
 * is taken for dead. A 2 MB article takes seconds, not minutes.
 */
const SYNC_STALL_MS = 120_000;

/**
 * How many workers index a corpus. The command line has no editor to keep fluent and its main thread
 * sleeps while the workers run, so it takes every core (`editor: false`). In the editor the workers run
 * in the background at low OS priority where the platform can lower a single thread's (Linux, see
 * priority.ts): then they too take every core, because the scheduler hands the CPU to the editor and the
 * server's main thread whenever those want it. Where it cannot (macOS, Windows), one core is left to the
 * main thread and the editor: on a two-core laptop one worker indexes while typing stays fluent.
 */
export function defaultThreads(opts: { editor?: boolean; cores?: number; background?: boolean } = {}): number {
  const n = opts.cores ?? coreCount();
  const background = opts.background ?? canLowerThreadPriority();
  return Math.max(1, Math.min(MAX_THREADS, opts.editor === false || background ? n : n - 1));
}

export interface PoolOptions {
  /** Files above this size are skipped unread. */
  maxBytes: number;
  /** Worker threads; 0 reads in this thread. Default: `defaultThreads` for the editor (or the command line when not `background`). */
  threads?: number;
  /** The workers lower their OS priority (the editor's index): indexing then never competes with typing. */
  background?: boolean;
  /** The worker's script; default `index-worker.js` beside this bundle (or `.ts` beside this source, under tsx). */
  workerScript?: string;
  /** Called once per file, in the order of `jobs`, on the main thread. */
  onResult(job: IndexJob, outcome: FileOutcome, index: number): void;
  /** Polled between files: true stops the run (a newer run has started). */
  isCancelled?(): boolean;
}

export interface PoolRun {
  /** False when `isCancelled` stopped the run before every file was handed over. */
  completed: boolean;
  /** Worker threads used at the start (0: everything ran in this thread). */
  threads: number;
  /** The nice value the workers ran at, when they lowered their priority. */
  nice?: number;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function defaultWorkerScript(): string {
  for (const name of ['index-worker.js', 'index-worker.ts']) {
    const file = path.join(__dirname, name);
    if (fs.existsSync(file)) return file;
  }
  return path.join(__dirname, 'index-worker.js');
}

function threadsFor(jobs: readonly IndexJob[], opts: PoolOptions): number {
  if (jobs.length < MIN_FILES_FOR_WORKERS) return 0;
  const threads = opts.threads ?? defaultThreads(opts.background ? { editor: true } : { editor: false });
  return Math.max(0, Math.min(threads, Math.ceil(jobs.length / IN_FLIGHT)));
}

/**
 * Reads and analyses every file and calls `onResult` for each, in order. Workers read and analyse;
 * this thread only merges, so it keeps answering requests while a corpus is indexed. When workers
 * cannot start, the files are read in this thread, yielding to the event loop between files.
 */
export async function indexFiles(jobs: readonly IndexJob[], opts: PoolOptions): Promise<PoolRun> {
  const threads = threadsFor(jobs, opts);
  if (threads === 0) return { completed: await inThread(jobs, 0, opts), threads: 0 };
  return new WorkerRun(jobs, opts, threads, false).runAsync();
}

/**
 * The same for a caller that must stay synchronous (the CLI's `main()` returns its exit code): this
 * thread sleeps on a shared counter the workers bump, and pulls their answers off the ports.
 */
export function indexFilesSync(jobs: readonly IndexJob[], opts: PoolOptions): PoolRun {
  const threads = threadsFor(jobs, opts);
  if (threads === 0) {
    for (let i = 0; i < jobs.length; i++) {
      if (opts.isCancelled?.()) return { completed: false, threads: 0 };
      opts.onResult(jobs[i], indexFile(jobs[i], opts.maxBytes), i);
    }
    return { completed: true, threads: 0 };
  }
  return new WorkerRun(jobs, opts, threads, true).runSync();
}

/** The in-thread path, from job `from` on: the same work as a worker, one file between event-loop turns. */
async function inThread(jobs: readonly IndexJob[], from: number, opts: PoolOptions, done?: Map<number, FileOutcome>): Promise<boolean> {
  for (let i = from; i < jobs.length; i++) {
    if (opts.isCancelled?.()) return false;
    const outcome = done?.get(i) ?? indexFile(jobs[i], opts.maxBytes);
    done?.delete(i);
    opts.onResult(jobs[i], outcome, i);
    await yieldToEventLoop();
  }
  return true;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  /** Job numbers sent and not yet answered, oldest first. */
  inFlight: number[];
  /** When the worker last answered (synchronous runs detect stalls with it). */
  heard: number;
}

class WorkerRun {
  private readonly slots = new Set<Slot>();
  private readonly done = new Map<number, FileOutcome>();
  /** Jobs to send before `next`: those a worker took with it when it died. */
  private readonly retry: number[] = [];
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private next = 0;
  /** The first job whose outcome has not been delivered. */
  private delivered = 0;
  private restarts = 0;
  private everReady = false;
  /** The nice value the workers reported, when they lowered their priority. */
  private nice: number | undefined;
  /** Set once the run has a result: workers are gone, late events are ignored. */
  private result: { run: PoolRun } | { error: unknown } | { fallBack: true } | null = null;

  constructor(
    private readonly jobs: readonly IndexJob[],
    private readonly opts: PoolOptions,
    private readonly threads: number,
    private readonly sync: boolean,
  ) {}

  runAsync(): Promise<PoolRun> {
    return new Promise<PoolRun>((resolve, reject) => {
      this.onEnd = () => {
        const r = this.result!;
        if ('run' in r) resolve(r.run);
        else if ('error' in r) reject(r.error);
        else inThread(this.jobs, this.delivered, this.opts, this.done).then((completed) => resolve({ ...this.runResult(completed), threads: this.used() }), reject);
      };
      this.start();
    });
  }

  runSync(): PoolRun {
    this.start();
    let seen = Atomics.load(this.signal, 0);
    while (!this.result) {
      Atomics.wait(this.signal, 0, seen, 1000);
      seen = Atomics.load(this.signal, 0);
      const now = Date.now();
      for (const slot of [...this.slots]) {
        let m: { message: WorkerMessage } | undefined;
        while (!this.result && this.slots.has(slot) && (m = receiveMessageOnPort(slot.port))) this.safely(() => this.onMessage(slot, m!.message));
        if (!this.result && this.slots.has(slot) && slot.inFlight.length && now - slot.heard > SYNC_STALL_MS) {
          this.safely(() => this.onDeath(slot, new Error('no answer')));
        }
      }
    }
    const r = this.result as NonNullable<WorkerRun['result']>;
    if ('run' in r) return r.run;
    if ('error' in r) throw r.error;
    for (let n = this.delivered; n < this.jobs.length; n++) {
      if (this.opts.isCancelled?.()) return { ...this.runResult(false), threads: this.used() };
      const outcome = this.done.get(n) ?? indexFile(this.jobs[n], this.opts.maxBytes);
      this.done.delete(n);
      this.opts.onResult(this.jobs[n], outcome, n);
    }
    return { ...this.runResult(true), threads: this.used() };
  }

  private runResult(completed: boolean): PoolRun {
    return this.nice === undefined ? { completed, threads: this.threads } : { completed, threads: this.threads, nice: this.nice };
  }

  /** The threads asked for, or 0 when none of them ever started. */
  private used(): number {
    return this.everReady ? this.threads : 0;
  }

  private onEnd: () => void = () => undefined;

  private start(): void {
    for (let i = 0; i < this.threads; i++) if (!this.spawn()) break;
    if (this.slots.size === 0) this.end({ fallBack: true });
  }

  private spawn(): boolean {
    const script = this.opts.workerScript ?? defaultWorkerScript();
    if (!fs.existsSync(script)) return false;
    const { port1, port2 } = new MessageChannel();
    const setup: WorkerSetup = { port: port2, signal: this.signal, background: this.opts.background };
    let worker: Worker;
    try {
      // The worker's stdout is not the caller's: in the language server stdout carries the protocol.
      // A capped heap makes V8 collect before garbage piles up (uncapped, each worker grew to ~150 MB
      // holding ~45 MB of live data). Files too big for it are deferred to this thread (see serve()).
      const options = { workerData: setup, transferList: [port2], stdout: true, resourceLimits: workerLimits(this.threads) };
      worker = script.endsWith('.ts')
        ? // Source under tsx (tests, benchmarks): tsx's require hook loads the TypeScript worker.
          new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(script)})`, { ...options, eval: true })
        : new Worker(script, options);
      worker.stdout.on('data', (d: Buffer) => process.stderr.write(d));
    } catch {
      port1.close();
      return false;
    }
    const slot: Slot = { worker, port: port1, ready: false, inFlight: [], heard: Date.now() };
    this.slots.add(slot);
    if (!this.sync) port1.on('message', (m: WorkerMessage) => this.safely(() => this.onMessage(slot, m)));
    worker.on('error', (e) => this.safely(() => this.onDeath(slot, e)));
    worker.on('exit', (code) => this.safely(() => this.onDeath(slot, new Error(`worker stopped (exit code ${code})`))));
    this.feed(slot);
    return true;
  }

  /** A failure in `onResult` (the caller's merge) ends the run with that error instead of going unhandled. */
  private safely(f: () => void): void {
    if (this.result) return;
    try {
      f();
    } catch (e) {
      this.end({ error: e });
    }
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    slot.heard = Date.now();
    if (m.type === 'ready') {
      slot.ready = this.everReady = true;
      if (m.nice !== undefined) this.nice = m.nice;
      return;
    }
    const at = slot.inFlight.indexOf(m.n);
    if (at < 0) return;
    slot.inFlight.splice(at, 1);
    this.done.set(m.n, m.type === 'defer' ? indexFile(this.jobs[m.n], this.opts.maxBytes) : m.outcome);
    this.deliver();
    if (!this.result) this.feed(slot);
  }

  /** Hands finished outcomes over in job order and ends the run after the last one. */
  private deliver(): void {
    while (!this.result && this.done.has(this.delivered)) {
      if (this.opts.isCancelled?.()) return this.end({ run: this.runResult(false) });
      const n = this.delivered++;
      const outcome = this.done.get(n)!;
      this.done.delete(n);
      this.opts.onResult(this.jobs[n], outcome, n);
    }
    if (!this.result && this.delivered === this.jobs.length) this.end({ run: this.runResult(true) });
  }

  private hasWork(): boolean {
    return this.retry.length > 0 || this.next < Math.min(this.jobs.length, this.delivered + AHEAD);
  }

  private takeJob(): number | undefined {
    if (this.retry.length) return this.retry.shift();
    return this.hasWork() ? this.next++ : undefined;
  }

  private feed(slot: Slot): void {
    while (!this.result && slot.inFlight.length < IN_FLIGHT) {
      if (this.opts.isCancelled?.()) return this.end({ run: this.runResult(false) });
      const n = this.takeJob();
      if (n === undefined) break;
      slot.inFlight.push(n);
      const msg: JobMessage = { n, job: this.jobs[n], maxBytes: this.opts.maxBytes };
      slot.worker.postMessage(msg);
    }
    // Another worker may have gone idle at the AHEAD bound; now that results moved on, wake it.
    for (const other of this.slots) if (other !== slot && other.inFlight.length === 0 && this.hasWork()) this.feed(other);
  }

  /**
   * A worker died. Before it was ready (its script could not load) its files go to the others. After,
   * the file it was reading is reported as failed — it may well be what killed it — the files queued
   * behind it are retried, and a new worker takes its place (a few times per run, then this thread).
   */
  private onDeath(slot: Slot, error: unknown): void {
    if (!this.slots.delete(slot)) return;
    this.stop(slot);
    const [current, ...queued] = slot.inFlight;
    if (!slot.ready) {
      if (current !== undefined) this.retry.unshift(current, ...queued);
    } else {
      this.retry.unshift(...queued);
      if (current !== undefined) {
        const detail = String((error as Error)?.message ?? error).split('\n')[0];
        // A worker's heap is capped to keep the editor's memory low; the rare article too big for it is
        // read again here, where the heap has no such cap.
        const outOfMemory = (error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY';
        this.done.set(current, outOfMemory ? indexFile(this.jobs[current], this.opts.maxBytes) : { ok: false, reason: 'failed', detail: `worker failed: ${detail}` });
        this.deliver();
      }
    }
    if (this.result) return;
    if (this.everReady && this.restarts < MAX_RESTARTS && this.spawn()) this.restarts++;
    else if (this.slots.size === 0) this.end({ fallBack: true });
    else for (const other of this.slots) this.feed(other);
  }

  private end(result: NonNullable<WorkerRun['result']>): void {
    if (this.result) return;
    this.result = result;
    for (const s of this.slots) this.stop(s);
    this.slots.clear();
    this.onEnd();
  }

  private stop(slot: Slot): void {
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    slot.port.close();
    void slot.worker.terminate().catch(() => undefined);
  }
}
