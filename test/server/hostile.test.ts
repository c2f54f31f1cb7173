// The language server under hostile input: huge, odd and deeply nested drafts, hostile corpus articles in hover cards, and pathological glob settings; it answers afterwards every time.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { compilePatterns } from '../../src/server/patterns';
import { ARTICLE, SENTENCE } from '../fixtures/hostile/inputs';
import { TestClient } from './lsp-client';

/** Hang guard for a single step: generous, a broken server fails here instead of hanging the run. */
const STEP_MS = 120_000;

const MB = 1024 * 1024;

/** Fails with `what` when `p` takes longer than `ms`. */
function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, guard]).finally(() => clearTimeout(timer));
}

/** Stops the server; kills it when it does not answer `shutdown` (a server stuck in a loop would not). */
async function stopOrKill(client: TestClient | undefined): Promise<void> {
  if (!client) return;
  const child = (client as unknown as { child: ChildProcess }).child;
  try {
    await within(client.stop(), 10_000, 'shutdown');
  } catch {
    child.kill('SIGKILL');
  }
}

/** The server is alive: it answers a hover request (any answer, null included). */
async function answers(client: TestClient, uri: string): Promise<void> {
  await within(
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }),
    30_000,
    'hover after a hostile draft',
  );
}

/** LSP ranges as compact strings, so copies with other line ends compare equal. */
const ranges = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code}`).sort();

function figureLines(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 10) lines.push(`Es kamen ${Array.from({ length: 10 }, (_, j) => `${i + j + 1} Soldaten`).join(', ')}.`);
  return '---\ndatum: 2024-11-23\n---\n' + lines.join('\n') + '\n';
}

describe('Sprachserver mit feindlichen Entwürfen', function () {
  this.timeout(STEP_MS + 30_000);
  let dir: string;
  let client: TestClient;

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-hostile-server-'));
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, 'archiv'), { recursive: true });
    writeFileSync(path.join(ws, 'archiv', 'front.md'), '---\ndatum: 2024-11-20\n---\nLaut Südkorea sind 10.000 Soldaten in Kursk.\n');
    // Corpus files the loader must survive: UTF-16, Latin-1, NUL bytes.
    writeFileSync(path.join(ws, 'archiv', 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    writeFileSync(path.join(ws, 'archiv', 'latin1.md'), Buffer.from('Stra\xdfe: 3.000 M\xe4nner.\n', 'latin1'));
    writeFileSync(path.join(ws, 'archiv', 'binaer.md'), Buffer.from([0x50, 0x4b, 0, 0, 9]));
    client = await TestClient.start({ workspace: ws, storagePath: path.join(dir, 'storage'), settings: { maxFileSizeKb: 2048 } });
    await within(client.indexed(), STEP_MS, 'indexing');
  });

  after(async function () {
    await stopOrKill(client);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a draft, waits for its diagnostics, checks the server still answers, closes it again. */
  async function openAndWait(name: string, text: string): Promise<Diagnostic[]> {
    const uri = client.open(path.join(dir, 'ws', name), text);
    try {
      const ds = await within(
        client.diagnostics.next((p) => p.uri === uri, `diagnostics for ${name}`, STEP_MS, true).then((p) => p.diagnostics),
        STEP_MS,
        `diagnostics for ${name}`,
      );
      await answers(client, uri);
      return ds;
    } finally {
      void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  }

  it('der Korpus-Lader überlebt UTF-16, Latin-1 und NUL-Bytes: jede Datei ist indiziert oder im Ausgabekanal genannt', async () => {
    const status = await client.status.next((s) => !s.indexing, 'status', 5000, true);
    assert.equal(status.articles + status.skipped, 4, JSON.stringify(status));
    const named = (f: string) => client.logs.seen.some((l) => l.includes(`archiv/${f}`));
    assert.equal([...['utf16.md', 'latin1.md', 'binaer.md']].filter(named).length, status.skipped, client.logs.seen.join('\n'));
  });

  it('eine leere Datei: keine Diagnosen, Server antwortet', async () => {
    assert.deepEqual(await openAndWait('leer.md', ''), []);
  });

  it('CRLF und nur CR ergeben dieselben Bereiche wie LF', async () => {
    const lf = ranges(await openAndWait('lf.md', ARTICLE));
    for (const planted of ['5:3-5:11 weekday-mismatch', '6:44-6:52 vague-source', '8:0-8:17 vague-source']) assert.ok(lf.includes(planted), lf.join('\n'));
    assert.deepEqual(ranges(await openAndWait('crlf.md', ARTICLE.replace(/\n/g, '\r\n'))), lf);
    assert.deepEqual(ranges(await openAndWait('cr.md', ARTICLE.replace(/\n/g, '\r'))), lf);
  });

  it('NUL, Steuerzeichen und einzelne Surrogate im Text: Diagnosen, Server antwortet', async () => {
    const text = ARTICLE.replace('Inzwischen', 'Inz\u0000wi\uD800schen\u001b[31m') + '\uDFFF\u0007 Es kamen 7 Soldaten.\n';
    const ds = await openAndWait('seltsam.md', text);
    assert.ok(ds.some((d) => d.code === 'weekday-mismatch'));
  });

  /** The notice after the first 1,000 findings names how many there are in all. */
  const totalInNotice = (ds: Diagnostic[]): number => {
    assert.equal(ds.length, 1001, 'capped at 1,000 findings and a notice');
    const notice = ds[1000];
    assert.equal(notice.code, undefined, 'the notice is no finding');
    const m = /ersten 1\.000 von ([\d.]+) Befunden/.exec(notice.message);
    assert.ok(m, notice.message);
    // The notice stands where the first finding left out is, after the last one shown.
    assert.ok(notice.range.start.line > ds[999].range.start.line || notice.range.start.character >= ds[999].range.start.character);
    return Number(m[1].replace(/\./g, ''));
  };

  it('1 MB in einer Zeile: fertig geprüft, jede Zahl darin gezählt, Server antwortet', async () => {
    // Without the source, every sentence's figure is unsourced: proof the whole line was analysed.
    const sentence = SENTENCE.replace('Laut Polizei wurden', 'Es wurden');
    const count = Math.floor(MB / sentence.length);
    const ds = await openAndWait('zeile.md', sentence.repeat(count));
    assert.equal(totalInNotice(ds), count);
  });

  it('100.000 Zahlen: die ersten 1.000 Befunde und ein Hinweis auf alle; der Bericht nennt jede Zahl', async () => {
    const uri = client.open(path.join(dir, 'ws', 'zahlen.md'), figureLines(100_000));
    try {
      const ds = await within(client.diagnosticsFor(uri, () => true, true), STEP_MS, 'diagnostics for zahlen.md');
      const report = await within(
        client.request<string>('workspace/executeCommand', { command: 'faktenlage.server.report', arguments: [uri] }),
        STEP_MS,
        'the report',
      );
      const lines = report.split('\n').filter(Boolean);
      assert.equal(lines.filter((l) => l.includes('unsourced-figure')).length, 100_000);
      // Every figure is also contradicted by the corpus's soldiers: the notice counts both kinds.
      assert.equal(totalInNotice(ds), lines.length);
      assert.ok(lines.length > 100_000);
      await answers(client, uri);
    } finally {
      void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  it('10.000 Ebenen `>` und Liste: fertig geprüft, die Zahl darin gefunden', async () => {
    for (const [name, text] of [
      ['zitate.md', '> '.repeat(10_000) + 'Es kamen 3.000 Fahrräder.\n'],
      ['liste.md', '- '.repeat(10_000) + 'Es kamen 3.000 Fahrräder.\n'],
    ]) {
      const ds = await openAndWait(name, text);
      assert.deepEqual(ds.map((d) => d.code), ['unsourced-figure'], name);
    }
  });

  it('50 MB: übersprungen mit Hinweis im Ausgabekanal, Server antwortet', async () => {
    const big = ('---\ndatum: 2024-11-23\n---\n' + SENTENCE.repeat(Math.ceil((50 * MB) / SENTENCE.length))).slice(0, 50 * MB);
    const ds = await openAndWait('gross.md', big);
    assert.deepEqual(ds, []);
    await within(client.logs.next((l) => l.includes('über 2048 KB') && l.includes('gross.md'), 'size notice', 10_000, true), 15_000, 'size notice');
  });
});

/** Every Markdown link target in a hover: only our own commands with JSON arguments may appear. */
function assertSafeHover(md: string): void {
  for (const m of md.matchAll(/\]\(([^)]*)\)/g)) {
    const target = m[1];
    assert.match(target, /^command:faktenlage\.[A-Za-z.]+\?[^\s()]*$/, `foreign link target ${target}`);
    assert.doesNotThrow(() => JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1))), `arguments of ${target} are JSON`);
  }
  assert.doesNotMatch(md, /command:(?!faktenlage\.)/, 'an unescaped command: link outside our own');
  assert.doesNotMatch(md, /<[a-z!/]/i, 'raw HTML');
  assert.doesNotMatch(md, /https?:\/\//, 'an autolink');
  assert.doesNotMatch(md, /!\[/, 'an image');
}

describe('Sprachserver: Hover-Karten maskieren feindliche Korpustexte', function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient;
  let draftUri: string;
  const DRAFT = '---\ndatum: 2024-11-04\n---\n\nNordkorea hat 15.000 Soldaten nach Russland verlegt.\n';

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-hostile-hover-'));
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(ws, 'archiv'), { recursive: true });
    writeFileSync(
      path.join(ws, 'archiv', 'boese.md'),
      [
        '---',
        'datum: 2024-11-02',
        'quelle: "[Hier klicken](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)"',
        'titel: "<img src=x onerror=alert(1)>"',
        '---',
        '',
        'Nach Angaben [des Dienstes](command:workbench.action.quit) kämpfen 12.000 nordkoreanische Soldaten <img src=x onerror=alert(1)> in Russland.',
        'In Russland sind **12.000** nordkoreanische Soldaten <script>alert(1)</script> ![bild](https://evil.example/x.png) <https://evil.example> command:workbench.action.quit.',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(ws, 'archiv', 'link.md'), '---\ndatum: 2024-11-03\nquelle: "x](command:workbench.action.quit) [y"\n---\n\nLaut <a href="command:workbench.action.quit">Moskau</a> sind 11.000 nordkoreanische Soldaten in Russland.\n');
    client = await TestClient.start({ workspace: ws, storagePath: path.join(dir, 'storage') });
    await within(client.indexed(), 30_000, 'indexing');
    draftUri = client.open(path.join(ws, 'entwurf.md'), DRAFT);
    await client.diagnosticsFor(draftUri, () => true, true);
  });

  after(async function () {
    await stopOrKill(client);
    rmSync(dir, { recursive: true, force: true });
  });

  async function hoverOn(needle: string): Promise<string> {
    const lines = DRAFT.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: { line, character: lines[line].indexOf(needle) + 1 },
    });
    assert.ok(hover, `a hover on ${needle}`);
    return (hover.contents as { value: string }).value;
  }

  it('die Zahlen-Karte zeigt die feindlichen Quellen, aber nur maskiert', async () => {
    const md = await hoverOn('15.000');
    // The hostile outlet and title must be in the card (escaped), or this test would prove nothing.
    assert.match(md, /Hier klicken|onerror/);
    assertSafeHover(md);
  });

  it('die Orts-Karte zeigt die feindlichen Sätze, aber nur maskiert', async () => {
    const md = await hoverOn('Russland');
    assert.match(md, /onerror/);
    assertSafeHover(md);
  });
});

describe('Glob-Einstellungen werden geprüft', function () {
  this.timeout(60_000);

  /** `{a0,{a1,{…}}}` nested `n` deep. */
  const nested = (n: number) => {
    let s = 'z';
    for (let i = 0; i < n; i++) s = `{a${i},${s}}`;
    return s;
  };

  it('1.000fach verschachtelte Klammern werden abgelehnt', () => {
    const c = compilePatterns(['/ws'], [nested(1000) + '/*.md'], [], true);
    assert.deepEqual(c.roots, []);
    assert.equal(c.problems.length, 1);
  });

  it('ein 100-kB-Muster wird abgelehnt, auch wenn es nur aus Ordnern besteht', () => {
    const c = compilePatterns(['/ws'], ['archiv/'.repeat(14_000) + '*.md'], [], true);
    assert.deepEqual(c.problems.map((p) => p.reason), ['too-long']);
    assert.deepEqual(c.roots, []);
  });

  it('ein 100-kB-Ausschlussmuster wird abgelehnt', () => {
    const c = compilePatterns(['/ws'], ['**/*.md'], ['x'.repeat(100_000)], true);
    assert.deepEqual(c.problems.map((p) => p.reason), ['too-long']);
  });

  it('ein kurzes Muster mit katastrophalem Backtracking (`?*` ×14) wird abgelehnt', () => {
    // picomatch turns it into a regex that needs ~50 s to reject one 30-letter file name.
    const c = compilePatterns(['/ws'], ['?*'.repeat(14) + 'b.md'], [], true);
    assert.equal(c.problems.length, 1, 'not rejected');
  });

  it('mit einem solchen Muster indiziert der Server trotzdem und antwortet', async function () {
    this.timeout(90_000);
    const dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-hostile-glob-'));
    const ws = path.join(dir, 'ws');
    mkdirSync(ws, { recursive: true });
    for (let i = 0; i < 5; i++) writeFileSync(path.join(ws, `${'a'.repeat(30)}${i}.md`), 'Laut Polizei kamen 3.000 Menschen.\n');
    let client: TestClient | undefined;
    try {
      client = await TestClient.start({
        workspace: ws,
        storagePath: path.join(dir, 'storage'),
        settings: { corpus: { include: ['?*'.repeat(14) + 'b.md', nested(1000), 'archiv/'.repeat(14_000) + '*.md'] } },
      });
      await within(client.indexed(), 30_000, 'indexing with pathological globs');
      const uri = client.open(path.join(ws, 'entwurf.md'), ARTICLE);
      await within(client.diagnosticsFor(uri, () => true, true), 30_000, 'diagnostics');
      await answers(client, uri);
    } finally {
      await stopOrKill(client);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
