// The index pool: worker threads build the same index as the in-thread path, report failing files, stop when cancelled and let the process exit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createCorpus } from '../../src/core/corpus';
import { WORKER_MAX_FILE_BYTES } from '../../src/node/index-file';
import { BACKGROUND_NICE, canLowerThreadPriority } from '../../src/node/priority';
import { MAX_THREADS, MIN_FILES_FOR_WORKERS, defaultThreads, indexFiles, indexFilesSync, type FileOutcome, type IndexJob, type PoolOptions } from '../../src/node/index-pool';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE_WORKER = path.join(__dirname, 'fixtures', 'pool-worker.ts');

const STAEDTE = ['Kiel', 'Bremen', 'Dresden', 'Leipzig', 'Mainz', 'Erfurt'];

/** A short dated article; every third names a person by full name, the others by surname. */
function artikel(i: number): string {
  const tag = String((i % 28) + 1).padStart(2, '0');
  const person = i % 3 === 0 ? 'Innenministerin Nancy Faeser' : 'Faeser';
  return (
    `---\ndatum: 2024-11-${tag}\nquelle: Testblatt ${i % 4}\n---\n` +
    `Laut Polizei demonstrierten am Samstag ${1000 + i * 10} Menschen in ${STAEDTE[i % STAEDTE.length]}. ` +
    `${person} sprach von einem friedlichen Tag. Berichten zufolge kamen ${i + 2} Busse aus dem Umland.\n`
  );
}

function corpusDir(n: number, extra: Record<string, string | Buffer> = {}): { dir: string; jobs: IndexJob[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-pool-'));
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `artikel-${String(i).padStart(3, '0')}.md`;
    writeFileSync(path.join(dir, name), artikel(i));
    names.push(name);
  }
  for (const [name, content] of Object.entries(extra)) {
    writeFileSync(path.join(dir, name), content);
    names.push(name);
  }
  names.sort();
  return { dir, jobs: names.map((name) => ({ path: path.join(dir, name), uri: `file://${path.join(dir, name)}` })) };
}

/** Runs the pool into a fresh corpus and records every outcome. */
async function build(jobs: IndexJob[], opts: Partial<PoolOptions> = {}) {
  const corpus = createCorpus();
  const outcomes: { uri: string; outcome: FileOutcome; index: number }[] = [];
  const run = await indexFiles(jobs, {
    maxBytes: 1 << 20,
    ...opts,
    onResult(job, outcome, index) {
      outcomes.push({ uri: job.uri, outcome, index });
      if (outcome.ok) corpus.addRecord(outcome.record);
    },
  });
  return { corpus, outcomes, run };
}

describe('Index-Pool', function () {
  this.timeout(120_000);
  const dirs: string[] = [];
  const make = (n: number, extra?: Record<string, string | Buffer>) => {
    const c = corpusDir(n, extra);
    dirs.push(c.dir);
    return c;
  };
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('nimmt im Editor alle Kerne, wenn die Worker mit niedriger Priorität laufen, sonst lässt er einen frei', () => {
    assert.equal(defaultThreads({ cores: 2, background: true }), 2);
    assert.equal(defaultThreads({ cores: 2, background: false }), 1);
    assert.equal(defaultThreads({ cores: 2, editor: false, background: false }), 2, 'the command line takes every core');
    assert.equal(defaultThreads({ cores: 1, background: false }), 1, 'at least one worker, even on one core');
    assert.equal(defaultThreads({ cores: 16 }), MAX_THREADS);
  });

  it('senkt im Hintergrund die Priorität der Worker-Threads, nicht die des Haupt-Threads', async function () {
    if (!canLowerThreadPriority()) this.skip();
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6);
    const main = os.getPriority();
    const background = await build(jobs, { threads: 2, background: true });
    assert.equal(background.run.nice, Math.max(main, BACKGROUND_NICE));
    assert.equal(os.getPriority(), main, 'the main thread keeps its priority');
    const foreground = await build(jobs, { threads: 2 });
    assert.equal(foreground.run.nice, undefined);
    assert.equal(background.corpus.serialize(), foreground.corpus.serialize());
  });

  it('baut mit Worker-Threads denselben Index wie im Haupt-Thread', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6);
    const pooled = await build(jobs, { threads: 2 });
    const inThread = await build(jobs, { threads: 0 });
    assert.equal(pooled.run.threads, 2);
    assert.equal(inThread.run.threads, 0);
    assert.equal(pooled.corpus.size, jobs.length);
    assert.equal(pooled.corpus.serialize(), inThread.corpus.serialize());
  });

  it('liefert die Ergebnisse in der Reihenfolge der Dateien', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6);
    const { outcomes } = await build(jobs, { threads: 2 });
    assert.deepEqual(
      outcomes.map((o) => o.index),
      jobs.map((_, i) => i),
    );
  });

  it('synchron (für die Kommandozeile) entsteht derselbe Index', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6);
    const corpus = createCorpus();
    const run = indexFilesSync(jobs, { maxBytes: 1 << 20, threads: 2, onResult: (_j, o) => o.ok && corpus.addRecord(o.record) });
    assert.equal(run.threads, 2);
    assert.equal(corpus.serialize(), (await build(jobs, { threads: 0 })).corpus.serialize());
  });

  it('meldet eine Datei, an der die Analyse scheitert, als übersprungen und indexiert den Rest', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6, { 'wirft.md': artikel(99) });
    const { corpus, outcomes } = await build(jobs, { threads: 2, workerScript: FIXTURE_WORKER });
    const failed = outcomes.filter((o) => !o.outcome.ok);
    assert.deepEqual(
      failed.map((o) => [path.basename(o.uri), o.outcome.ok ? '' : o.outcome.reason, o.outcome.ok ? '' : o.outcome.detail]),
      [['wirft.md', 'failed', 'Testfehler beim Analysieren']],
    );
    assert.equal(corpus.size, jobs.length - 1);
  });

  it('ersetzt einen Worker, der an einer Datei stirbt, und indexiert den Rest', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6, { 'stirbt.md': artikel(98) });
    const { corpus, outcomes, run } = await build(jobs, { threads: 2, workerScript: FIXTURE_WORKER });
    const failed = outcomes.filter((o) => !o.outcome.ok).map((o) => path.basename(o.uri));
    assert.deepEqual(failed, ['stirbt.md']);
    assert.equal(corpus.size, jobs.length - 1);
    assert.equal(run.completed, true);
  });

  it('liest im Haupt-Thread, wenn kein Worker starten kann', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6);
    const { corpus, run } = await build(jobs, { threads: 2, workerScript: path.join(ROOT, 'gibt-es-nicht.js') });
    assert.equal(run.threads, 0);
    assert.equal(corpus.size, jobs.length);
  });

  it('hört auf, sobald ein neuerer Lauf beginnt, und liefert danach nichts mehr', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS * 2);
    let generation = 1;
    const seen: number[] = [];
    const older = indexFiles(jobs, {
      maxBytes: 1 << 20,
      threads: 2,
      isCancelled: () => generation !== 1,
      onResult: (_job, _outcome, i) => {
        seen.push(i);
        // The newer run starts after the fifth file of the older one.
        if (i === 4) generation = 2;
      },
    });
    const newer = build(jobs, { threads: 2 });
    const [o, n] = await Promise.all([older, newer]);
    assert.equal(o.completed, false);
    assert.deepEqual(seen, [0, 1, 2, 3, 4]);
    assert.equal(n.run.completed, true);
    assert.equal(n.corpus.size, jobs.length);
  });

  it('lehnt den Lauf ab, wenn das Zusammenführen scheitert, statt den Fehler zu verlieren', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS + 6);
    await assert.rejects(
      indexFiles(jobs, {
        maxBytes: 1 << 20,
        threads: 2,
        onResult: (_job, _outcome, i) => {
          if (i === 3) throw new Error('Index voll');
        },
      }),
      /Index voll/,
    );
  });

  it('nennt zu große und binäre Dateien mit Grund', async () => {
    const { jobs } = make(MIN_FILES_FOR_WORKERS, { 'binaer.md': Buffer.from([0x41, 0x00, 0x42]), 'riesig.md': 'x'.repeat(5000) });
    const { outcomes } = await build(jobs, { threads: 2, maxBytes: 4096 });
    const skipped = outcomes.filter((o) => !o.outcome.ok).map((o) => [path.basename(o.uri), o.outcome.ok ? '' : o.outcome.reason]);
    assert.deepEqual(skipped, [
      ['binaer.md', 'binary'],
      ['riesig.md', 'too-large'],
    ]);
  });

  it('liest eine Datei, die für den Speicher eines Workers zu lang ist, im Haupt-Thread', async () => {
    const lang = artikel(7) + 'Laut Polizei blieb es in der Innenstadt ruhig. '.repeat(Math.ceil((WORKER_MAX_FILE_BYTES + 1024) / 47));
    const { jobs } = make(MIN_FILES_FOR_WORKERS, { 'lang.md': lang });
    const { corpus, outcomes } = await build(jobs, { threads: 2, maxBytes: 4 << 20 });
    assert.deepEqual(outcomes.filter((o) => !o.outcome.ok), []);
    assert.equal(corpus.size, jobs.length);
    assert.ok(corpus.has(jobs.find((j) => j.path.endsWith('lang.md'))!.uri));
  });

  it('faktenlage index beendet sich nach dem Indexieren (kein Thread hält den Prozess)', () => {
    const { dir } = make(MIN_FILES_FOR_WORKERS + 6);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'index', '--json', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    assert.equal(r.signal, null, 'the process ended by itself');
    assert.equal(r.status, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.equal(summary.indexed, MIN_FILES_FOR_WORKERS + 6);
    assert.equal(summary.skipped, 0);
  });
});
