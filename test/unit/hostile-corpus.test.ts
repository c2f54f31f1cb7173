// Corpus faults: unreadable files, symlink loops, dangling links, FIFOs, non-UTF-8 and binary files, 10,000 files; the rest is indexed, the skipped ones named, nothing loops.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compilePatterns } from '../../src/server/patterns';
import { findCorpusFiles, readArticle } from '../../src/server/corpus-loader';
import { hostileDir } from '../fixtures/hostile/inputs';
import { cliInProcess, cliProcess } from '../fixtures/hostile/run-cli';

const ARTICLE = '---\ndatum: 2024-11-20\n---\nLaut Südkorea sind 10.000 Soldaten in Kursk.\n';
const DRAFT = '---\ndatum: 2024-11-21\n---\nInzwischen sind 15.000 Soldaten in Kursk, sagte ein Sprecher des Ministeriums.\n';
/** Hang guard for anything that might block on a FIFO or loop: generous, not a timing assertion. */
const DEADLINE_MS = 60_000;

/** Root can read a chmod-000 file, so that case only means something for other users. */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function faultyCorpus(): string {
  const dir = hostileDir();
  const k = (p: string) => path.join(dir, p);
  fs.writeFileSync(k('gut.md'), ARTICLE);
  fs.writeFileSync(k('gesperrt.md'), ARTICLE);
  fs.chmodSync(k('gesperrt.md'), 0o000);
  fs.mkdirSync(k('unter'));
  fs.writeFileSync(k('unter/auch-gut.txt'), ARTICLE.replace('10.000', '11.000'));
  fs.symlinkSync('..', k('unter/schleife'));
  fs.symlinkSync('selbst.md', k('selbst.md'));
  fs.symlinkSync('fehlt.md', k('tot.md'));
  fs.writeFileSync(k('latin1.md'), Buffer.from('Stra\xdfe: 3.000 M\xe4nner.\n', 'latin1'));
  fs.writeFileSync(k('binaer.md'), Buffer.from([0x50, 0x4b, 0, 0, 7, 0]));
  fs.mkdirSync(k('ordner.md'));
  return dir;
}

function makeFifo(file: string): boolean {
  try {
    execFileSync('mkfifo', [file]);
    return true;
  } catch {
    return false;
  }
}

describe('Korpus mit Fehlern (CLI)', function () {
  this.timeout(DEADLINE_MS + 30_000);
  let dir: string;
  before(() => {
    dir = faultyCorpus();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('index zählt die lesbaren Artikel und nennt jeden übersprungenen mit Grund', () => {
    const r = cliInProcess('index', '--json', dir);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    // gut.md, unter/auch-gut.txt and latin1.md (read as Windows-1252); gesperrt.md too when running as root.
    assert.equal(s.indexed, isRoot ? 4 : 3);
    assert.match(r.stderr, /selbst\.md: skipped: ELOOP/);
    assert.match(r.stderr, /tot\.md: skipped: no such file/);
    assert.match(r.stderr, /binaer\.md: skipped: binary file/);
    if (!isRoot) assert.match(r.stderr, /gesperrt\.md: skipped/);
    assert.equal(s.skipped, r.stderr.trim().split('\n').filter((l) => / skipped: /.test(l)).length);
  });

  it('eine nicht lesbare Datei (chmod 000) wird übersprungen, sofern nicht als root', function () {
    // As root chmod does not stop reads: nothing to test then, and the run says so.
    if (isRoot) this.skip();
    const r = cliInProcess('index', '--json', dir);
    assert.match(r.stderr, /gesperrt\.md: skipped: EACCES/);
  });

  it('check --corpus vergleicht trotz der Fehler mit den lesbaren Artikeln', () => {
    const draft = path.join(hostileDir(), 'entwurf.md');
    fs.writeFileSync(draft, DRAFT);
    const r = cliInProcess('check', '--json', '--fail-on', 'none', '--corpus', dir, draft);
    assert.equal(r.code, 0, r.stderr);
    const conflict = (JSON.parse(r.stdout) as { code: string; related: { file: string }[] }[]).find((f) => f.code === 'conflicting-figure');
    assert.ok(conflict, r.stdout);
    assert.ok(conflict.related.some((x) => x.file.endsWith('gut.md')));
    fs.rmSync(path.dirname(draft), { recursive: true });
  });

  it('ein Symlink auf eine FIFO im Korpus blockiert index nicht', async function () {
    const fifoDir = hostileDir();
    try {
      fs.writeFileSync(path.join(fifoDir, 'gut.md'), ARTICLE);
      if (!makeFifo(path.join(fifoDir, 'rohr.md'))) this.skip();
      fs.symlinkSync('rohr.md', path.join(fifoDir, 'rohr-link.md'));
      // Indexing one article takes a second or two; twenty means it is stuck.
      const r = await cliProcess(['index', '--json', fifoDir], 20_000);
      assert.equal(r.timedOut, false, `index blocked reading the FIFO behind rohr-link.md (killed after 20 s); stderr: ${r.stderr}`);
      assert.equal(JSON.parse(r.stdout).indexed, 1);
    } finally {
      fs.rmSync(fifoDir, { recursive: true, force: true });
    }
  });

  it('10.000 kleine Dateien werden alle indexiert', async () => {
    const many = hostileDir();
    try {
      for (let i = 0; i < 100; i++) {
        const sub = path.join(many, `ordner-${i}`);
        fs.mkdirSync(sub);
        for (let j = 0; j < 100; j++) {
          fs.writeFileSync(path.join(sub, `a-${j}.md`), `---\ndatum: 2024-11-${String(1 + (j % 28)).padStart(2, '0')}\n---\nLaut Polizei kamen ${i * 100 + j + 1} Menschen nach Passau.\n`);
        }
      }
      const r = await cliProcess(['index', '--json', many], 240_000);
      assert.equal(r.timedOut, false);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual({ ...JSON.parse(r.stdout), ms: 0 }, { indexed: 10_000, skipped: 0, ms: 0 });
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
    }
  }).timeout(300_000);
});

describe('Korpus mit Fehlern (Korpus-Lader des Servers)', function () {
  this.timeout(DEADLINE_MS + 10_000);
  let dir: string;
  before(() => {
    dir = faultyCorpus();
    fs.writeFileSync(path.join(dir, 'gut-kopie.md'), ARTICLE);
    if (makeFifo(path.join(dir, 'rohr.md'))) fs.symlinkSync('rohr.md', path.join(dir, 'rohr-link.md'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function found(): Promise<string[]> {
    const compiled = compilePatterns([dir], ['**/*.md', '**/*.txt'], [], true);
    const out: string[] = [];
    const walk = (async () => {
      for await (const f of findCorpusFiles(compiled, { workspaceRoots: [dir], trusted: true })) out.push(path.relative(dir, f.path));
    })();
    let timer: NodeJS.Timeout | undefined;
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('corpus walk did not finish')), DEADLINE_MS);
    });
    try {
      await Promise.race([walk, guard]);
    } finally {
      clearTimeout(timer);
    }
    return out.sort();
  }

  it('findet jede Datei genau einmal, trotz Symlink-Schleife, toten Links und FIFO', async () => {
    assert.deepEqual(await found(), ['binaer.md', 'gesperrt.md', 'gut-kopie.md', 'gut.md', 'latin1.md', 'unter/auch-gut.txt']);
  });

  it('liest gute Artikel und sagt bei den anderen, warum nicht', async () => {
    const reasons: Record<string, string> = {};
    for (const f of await found()) {
      const r = await readArticle(path.join(dir, f), 1024 * 1024);
      reasons[f] = r.ok ? 'ok' : r.reason;
    }
    assert.deepEqual(reasons, {
      'binaer.md': 'binary',
      'gesperrt.md': isRoot ? 'ok' : 'unreadable',
      'gut-kopie.md': 'ok',
      'gut.md': 'ok',
      // The server refuses what the CLI reads as Windows-1252: see the report.
      'latin1.md': 'ok',
      'unter/auch-gut.txt': 'ok',
    });
  });

  it('eine während des Ladens gelöschte Datei wird als nicht lesbar gemeldet, nicht geworfen', async () => {
    const file = path.join(dir, 'gleich-weg.md');
    fs.writeFileSync(file, ARTICLE);
    fs.rmSync(file);
    assert.deepEqual(await readArticle(file, 1024 * 1024), { ok: false, reason: 'unreadable', detail: 'ENOENT' });
  });
});
