// Reads one corpus file and extracts its index record: the unit of work of the index pool, in a worker or in-thread.
import * as fs from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { analyze, clearAnalysisCaches } from '../core/analyze';
import { corpusRecord, type CorpusRecord } from '../core/corpus';
import { decodeText } from '../core/text/decode';
import { lowerThreadPriority } from './priority';

export interface IndexJob {
  /** The file to read. */
  path: string;
  /** The uri the article gets in the index. */
  uri: string;
}

export type SkipReason = 'too-large' | 'binary' | 'unreadable' | 'not-a-file' | 'failed';

export type FileOutcome =
  | { ok: true; record: CorpusRecord; notice?: string }
  | { ok: false; reason: SkipReason; detail?: string; code?: string; size?: number };

type Skipped = Extract<FileOutcome, { ok: false }>;

/**
 * Reads a whole regular file, or says why not. The file is opened without blocking and checked through
 * its descriptor: a FIFO, socket or device would block or never end, and checking the descriptor saves
 * the system calls of a separate stat before `readFileSync`.
 */
export function readJob(job: IndexJob, maxBytes: number): { ok: true; bytes: Buffer } | Skipped {
  let fd: number;
  try {
    fd = fs.openSync(job.path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return unreadable(e);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-a-file' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', size: stat.size };
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    // A file cut short while it is read is taken as far as it goes; one that grew is taken at its stat size.
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
  } catch (e) {
    return unreadable(e);
  } finally {
    fs.closeSync(fd);
  }
}

function unreadable(e: unknown): Skipped {
  const err = e as NodeJS.ErrnoException;
  return { ok: false, reason: 'unreadable', detail: String(err?.message ?? e).split('\n')[0], code: err?.code };
}

/**
 * Decodes and analyses a file's bytes. Never throws: an analysis that fails is an outcome, so one bad
 * article cannot stop the others. Corpus articles are analysed on their own, without names from other
 * articles, so an article's record is the same whichever thread reads it and in whatever order; the
 * index links short names across articles afterwards.
 */
export function analyseBytes(job: IndexJob, bytes: Buffer): FileOutcome {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, reason: 'binary' };
  try {
    const record = corpusRecord(job.uri, analyze(decoded.text, { uri: job.uri, purpose: 'corpus' }));
    return decoded.notice ? { ok: true, record, notice: decoded.notice } : { ok: true, record };
  } catch (e) {
    return { ok: false, reason: 'failed', detail: String((e as Error)?.message ?? e).split('\n')[0] };
  }
}

/** Reads, decodes and analyses a file; never throws. */
export function indexFile(job: IndexJob, maxBytes: number): FileOutcome {
  const read = readJob(job, maxBytes);
  return read.ok ? analyseBytes(job, read.bytes) : read;
}

/** The buffers of a record's typed arrays, moved rather than copied to the main thread. */
export function transferables(outcome: FileOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  const r = outcome.record;
  return [r.text.bytes, r.text.wide, r.entities, r.sen, r.ent, r.dat, r.fig, r.nam].map((a) => a.buffer as ArrayBuffer);
}

/** Main thread → worker: one file to index. */
export interface JobMessage {
  n: number;
  job: IndexJob;
  maxBytes: number;
}

/**
 * Worker → main thread: `ready` once the engine is loaded (with the nice value it runs at, where it
 * could lower it), then per file `done`, or `defer` for a
 * file too big for a worker's capped heap, which the main thread then reads itself.
 */
export type WorkerMessage = { type: 'ready'; nice?: number } | { type: 'done'; n: number; outcome: FileOutcome } | { type: 'defer'; n: number };

/** A worker's heap is sized for news articles; longer files (rare) are analysed on the main thread. */
export const WORKER_MAX_FILE_BYTES = 512 * 1024;

/** What a worker is started with: the port it answers on, and a counter it bumps after each answer. */
export interface WorkerSetup {
  port: MessagePort;
  /** Lets a main thread that cannot return to its event loop (the synchronous CLI) sleep until an answer arrives. */
  signal: Int32Array;
  /** Index at low OS priority (the editor's workers): the thread lowers its own nice value first. */
  background?: boolean;
}

/**
 * Answers job messages arriving on `jobs` (the worker's parentPort) on the setup's port. `handle` is
 * `indexFile` in the product; tests pass a wrapper that fails on purpose.
 */
export function serve(jobs: MessagePort, setup: WorkerSetup, handle: (job: IndexJob, maxBytes: number) => FileOutcome = indexFile): void {
  const answer = (msg: WorkerMessage, transfer: ArrayBuffer[] = []) => {
    setup.port.postMessage(msg, transfer);
    Atomics.add(setup.signal, 0, 1);
    Atomics.notify(setup.signal, 0);
  };
  jobs.on('message', (m: JobMessage) => {
    let size = 0;
    try {
      size = fs.statSync(m.job.path).size;
    } catch {
      // Unreadable: indexFile says so.
    }
    if (size > WORKER_MAX_FILE_BYTES && size <= m.maxBytes) return answer({ type: 'defer', n: m.n });
    let outcome: FileOutcome;
    try {
      outcome = handle(m.job, m.maxBytes);
    } catch (e) {
      outcome = { ok: false, reason: 'failed', detail: String((e as Error)?.message ?? e).split('\n')[0] };
    }
    // Corpus articles never repeat a paragraph; the caches that speed up editing a draft would only
    // hold garbage here, in every worker.
    clearAnalysisCaches();
    answer({ type: 'done', n: m.n, outcome }, transferables(outcome));
  });
  answer({ type: 'ready', nice: setup.background ? lowerThreadPriority() : undefined });
}
