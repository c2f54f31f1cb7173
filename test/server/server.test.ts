// The language server driven over stdio with real LSP messages, on a small German corpus written here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, Range, TextEdit } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { TestClient } from './lsp-client';
import { CACHE_FILE, readCacheFile } from '../../src/server/corpus-cache';

// The corpus names whose soldiers they are, as the draft does: troops are compared per acting country.
const FRONT_LINE = 'Nach Angaben des Geheimdienstes kämpfen 12.000 nordkoreanische Soldaten in Russland. Kim Jong Un äußerte sich nicht.';
const FRONT = `---\ndatum: 2024-11-02\nquelle: Testblatt\ntitel: Truppen an der Front\n---\n\n${FRONT_LINE}\n`;
const SUMMIT = '---\ndatum: 2024-11-03\nquelle: Abendpost\n---\n\nKim Jong Un empfing eine Delegation in Pjöngjang.\n';
const DRAFT =
  '---\ndatum: 2024-11-04\n---\n\nNordkorea hat 15.000 Soldaten nach Russland verlegt.\n\nBerichten zufolge ist Kim Jong Un zufrieden.\n';

/** The LSP position of the n-th occurrence of `needle` (single-line texts in these fixtures). */
function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `"${needle}" is in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function rangeOf(text: string, needle: string): Range {
  return { start: positionOf(text, needle), end: positionOf(text, needle, needle.length) };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) =>
    text.split('\n').slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

describe('Sprachserver über LSP', function () {
  let dir: string;
  let workspace: string;
  let storage: string;
  let client: TestClient;
  let draftUri: string;
  let draftDiagnostics: Diagnostic[];

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-server-'));
    workspace = path.join(dir, 'ws');
    storage = path.join(dir, 'storage');
    mkdirSync(path.join(workspace, 'archiv'), { recursive: true });
    mkdirSync(path.join(workspace, 'node_modules', 'paket'), { recursive: true });
    writeFileSync(path.join(workspace, 'archiv', 'front.md'), FRONT);
    writeFileSync(path.join(workspace, 'archiv', 'gipfel.md'), SUMMIT);
    // Files the corpus must survive: bytes that are no text, one over the size limit, one in an excluded folder.
    writeFileSync(path.join(workspace, 'archiv', 'bild.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    writeFileSync(path.join(workspace, 'archiv', 'riesig.txt'), 'Laut Polizei kamen 3.000 Menschen. '.repeat(300));
    writeFileSync(path.join(workspace, 'node_modules', 'paket', 'readme.md'), 'Laut Autor hat das Paket 50.000 Nutzer.\n');
    client = await TestClient.start({ workspace, storagePath: storage, settings: { maxFileSizeKb: 4 } });
    await client.indexed();
    draftUri = client.open(path.join(workspace, 'entwurf.md'), DRAFT);
    draftDiagnostics = await client.diagnosticsFor(draftUri, (d) => d.length > 0);
  });

  after(async function () {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('meldet den Fortschritt der Indizierung mit Beginn und Ende', function () {
    assert.equal(client.progressCreated.length >= 1, true);
    const kinds = client.progress.seen.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('indiziert nur lesbare Artikel und meldet übersprungene Dateien', async function () {
    const status = await client.status.next((s) => !s.indexing && s.articles > 0, 'status', 5000, true);
    assert.deepEqual({ articles: status.articles, skipped: status.skipped }, { articles: 2, skipped: 2 });
    assert.ok(client.logs.seen.some((l) => l.includes('keine UTF-8-Textdatei') && l.includes('archiv/bild.md')));
    assert.ok(client.logs.seen.some((l) => l.includes('größer als 4 KB') && l.includes('archiv/riesig.txt')));
  });

  it('veröffentlicht Befunde mit Code, Quelle, Bereich und Link zur Doku', function () {
    assert.deepEqual(codes(draftDiagnostics), ['conflicting-figure', 'unsourced-figure', 'vague-source']);
    const unsourced = draftDiagnostics.find((d) => d.code === 'unsourced-figure')!;
    assert.deepEqual(unsourced.range, rangeOf(DRAFT, '15.000'));
    assert.equal(unsourced.source, 'Faktenlage');
    assert.equal(unsourced.codeDescription?.href, 'https://github.com/faktenlage/faktenlage#unsourced-figure');
    assert.deepEqual(draftDiagnostics.find((d) => d.code === 'vague-source')!.range, rangeOf(DRAFT, 'Berichten zufolge'));
  });

  it('verweist beim Widerspruch auf die Stelle im Korpus-Artikel', function () {
    const conflict = draftDiagnostics.find((d) => d.code === 'conflicting-figure')!;
    const related = conflict.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0].location.uri, URI.file(path.join(workspace, 'archiv', 'front.md')).toString());
    assert.deepEqual(related[0].location.range, rangeOf(FRONT, '12.000'));
  });

  it('zeigt beim Überfahren einer Person Typ, Artikelzahl und Links zu den Stellen', async function () {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: positionOf(DRAFT, 'Kim Jong Un', 2),
    });
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /\*\*Kim Jong Un\*\* · Person/);
    assert.match(md, /2 Artikel im Korpus/);
    assert.match(md, /\(command:faktenlage\.openPassage\?/);
    assert.match(md, /\(command:faktenlage\.showReferences\?/);
    assert.deepEqual(hover.range, rangeOf(DRAFT, 'Kim Jong Un'));
  });

  it('zeigt beim Überfahren einer Zahl die widersprechende Angabe im Korpus', async function () {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: draftUri },
      position: positionOf(DRAFT, '15.000', 1),
    });
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /ohne Quelle/);
    assert.match(md, /\*\*12\\\.000\*\* ⚠ widerspricht/);
    assert.match(md, /Nach Angaben des Geheimdienstes/);
  });

  it('bietet für eine Zahl ohne Quelle einen Platzhalter vor der Zahl und am Satzende an', async function () {
    const unsourced = draftDiagnostics.find((d) => d.code === 'unsourced-figure')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: unsourced.range,
      context: { diagnostics: [unsourced] },
    });
    const snippets = actions.filter((a) => a.command?.command === 'faktenlage.insertSnippet').map((a) => a.command!.arguments![0]);
    assert.deepEqual(snippets, [
      { uri: draftUri, ...positionOf(DRAFT, '15.000'), snippet: 'laut ${1:[Quelle]} ' },
      { uri: draftUri, ...positionOf(DRAFT, 'verlegt.', 'verlegt'.length), snippet: ', so ${1:[Quelle]}' },
    ]);
  });

  it('setzt „hier ignorieren“ als Kommentar vor den Absatz', async function () {
    const vague = draftDiagnostics.find((d) => d.code === 'vague-source')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: vague.range,
      context: { diagnostics: [vague] },
    });
    const here = actions.find((a) => a.title.includes('Absatz'))!;
    const after = applyEdits(DRAFT, here.edit!.changes![draftUri]);
    assert.ok(after.includes('verlegt.\n\n<!-- faktenlage-ignore vague-source -->\nBerichten zufolge'));
  });

  it('trägt „in dieser Datei ignorieren“ in den Front Matter ein', async function () {
    const vague = draftDiagnostics.find((d) => d.code === 'vague-source')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: vague.range,
      context: { diagnostics: [vague] },
    });
    const file = actions.find((a) => a.title.includes('Datei'))!;
    const after = applyEdits(DRAFT, file.edit!.changes![draftUri]);
    assert.ok(after.startsWith('---\ndatum: 2024-11-04\nfaktenlage-ignore: [vague-source]\n---\n'));
  });

  it('öffnet beim Widerspruch die widersprechende Stelle', async function () {
    const conflict = draftDiagnostics.find((d) => d.code === 'conflicting-figure')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: conflict.range,
      context: { diagnostics: [conflict] },
    });
    const open = actions.filter((a) => a.command?.command === 'faktenlage.openPassage');
    const start = FRONT.indexOf('12.000');
    assert.deepEqual(open.map((a) => a.command!.arguments![0]), [
      { uri: URI.file(path.join(workspace, 'archiv', 'front.md')).toString(), start, end: start + '12.000'.length },
    ]);
  });

  it('schlägt vor, eine Person in die Hausliste aufzunehmen, ohne die Datei selbst zu schreiben', async function () {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: rangeOf(DRAFT, 'Kim'),
      context: { diagnostics: [] },
    });
    const add = actions.find((a) => a.title.includes('Hausliste'))!;
    const yamlUri = URI.file(path.join(workspace, '.faktenlage.yaml')).toString();
    assert.deepEqual(add.edit!.documentChanges![0], { kind: 'create', uri: yamlUri, options: { ignoreIfExists: true } });
    const edit = add.edit!.documentChanges![1] as { edits: TextEdit[] };
    assert.equal(applyEdits('', edit.edits), 'entities:\n  - name: Kim Jong Un\n    type: PER\n');
    assert.equal(readdirSync(workspace).includes('.faktenlage.yaml'), false);
  });

  it('liefert Hervorhebungen je Art', async function () {
    const result = await client.request<{ version: number; ranges: Record<string, Range[]> }>('faktenlage/decorations', {
      textDocument: { uri: draftUri },
    });
    assert.equal(result.version, 1);
    assert.deepEqual(result.ranges.person, [rangeOf(DRAFT, 'Kim Jong Un')]);
    assert.deepEqual(result.ranges.figure, [rangeOf(DRAFT, '15.000')]);
  });

  it('schreibt den Bericht im Format datei:zeile:spalte schwere code meldung', async function () {
    const report = await client.request<string>('workspace/executeCommand', {
      command: 'faktenlage.server.report',
      arguments: [draftUri],
    });
    const lines = report.split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^entwurf\.md:5:15 warning conflicting-figure „15\.000“/);
    assert.match(lines[1], /^entwurf\.md:5:15 warning unsourced-figure /);
    assert.match(lines[2], /^entwurf\.md:7:1 information vague-source /);
  });

  it('zeigt Fundstellen für die Zahl unter dem Cursor', async function () {
    const result = await client.request<{ label: string; items: { uri: string; value: string; disagrees: boolean }[] }>(
      'faktenlage/references',
      { textDocument: { uri: draftUri }, position: positionOf(DRAFT, '15.000', 2) },
    );
    assert.equal(result.label, '15.000');
    assert.deepEqual(
      result.items.map((i) => ({ file: path.basename(URI.parse(i.uri).fsPath), value: i.value, disagrees: i.disagrees })),
      [{ file: 'front.md', value: '12.000', disagrees: true }],
    );
  });

  it('prüft nach einer Änderung im Entwurf erneut', async function () {
    const fixed = DRAFT.replace('Berichten zufolge', 'Laut Regierungssprecher');
    client.change(draftUri, fixed);
    const ds = await client.diagnosticsFor(draftUri, (d) => !d.some((x) => x.code === 'vague-source'));
    assert.deepEqual(codes(ds), ['conflicting-figure', 'unsourced-figure']);
  });

  it('antwortet auf einen riesigen Entwurf ohne Befunde und ohne abzustürzen', async function () {
    const uri = client.open(path.join(workspace, 'riesig.md'), 'Nordkorea hat 15.000 Soldaten verlegt. '.repeat(200));
    assert.deepEqual(await client.diagnosticsFor(uri), []);
    assert.ok(client.logs.seen.some((l) => l.includes('über 4 KB') && l.includes('riesig.md')));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 15 } });
    assert.equal(hover, null);
  });

  it('antwortet auf einen Entwurf mit Binärzeichen ohne abzustürzen', async function () {
    const uri = client.open(path.join(workspace, 'kaputt.txt'), '\u0000\u0001\uFFFD 12.000 \u0000', 'plaintext');
    assert.ok(Array.isArray(await client.diagnosticsFor(uri)));
  });

  it('legt den Index-Cache ab, ohne Temporärdateien zu hinterlassen', function () {
    const files = readdirSync(storage);
    assert.deepEqual(files, [CACHE_FILE]);
    const cache = readCacheFile(readFileSync(path.join(storage, CACHE_FILE))).header;
    assert.equal(cache.format, 'faktenlage-cache');
    assert.equal(cache.stamps.length, 4);
  });

  it('zeigt beim Überfahren eines Datums den Wert mit deutschem Wochentag', async function () {
    const text = '---\ndatum: 2024-11-06\n---\n\nDie Delegation kam am 4. November 2024 in Pjöngjang an.\n';
    const uri = client.open(path.join(workspace, 'termin.md'), text);
    await client.diagnosticsFor(uri);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'November') });
    assert.match((hover.contents as { value: string }).value, /Montag, 2024\\-11\\-04/);
  });

  it('prüft auf Befehl alle Artikel des Arbeitsbereichs und meldet ihre Befunde', async function () {
    const summit = URI.file(path.join(workspace, 'archiv', 'gipfel.md')).toString();
    const published = client.diagnosticsFor(summit);
    const count = await client.request<number>('workspace/executeCommand', { command: 'faktenlage.server.checkAllDrafts', arguments: [] });
    assert.equal(count, 2);
    assert.ok(Array.isArray(await published));
  });

  it('baut den Index auf Befehl neu auf und meldet dabei Fortschritt', async function () {
    const seen = client.progress.seen.length;
    const size = await client.request<number>('workspace/executeCommand', { command: 'faktenlage.server.rebuildIndex', arguments: [] });
    assert.equal(size, 2);
    assert.deepEqual(
      client.progress.seen.slice(seen).filter((p) => p.value.kind !== 'report').map((p) => p.value.kind),
      ['begin', 'end'],
    );
  });

  it('aktualisiert die Befunde des Entwurfs, wenn sich ein Korpus-Artikel ändert', async function () {
    const front = path.join(workspace, 'archiv', 'front.md');
    writeFileSync(front, FRONT.replace('12.000', '15.000'));
    const next = client.diagnosticsFor(draftUri, (d) => !d.some((x) => x.code === 'conflicting-figure'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: URI.file(front).toString(), type: 2 }],
    });
    assert.deepEqual(codes(await next), ['unsourced-figure']);
  });

  it('überspringt eine gemeldete FIFO im Korpus, ohne auf sie zu warten, und sagt es im Ausgabekanal', async function () {
    const fifo = path.join(workspace, 'archiv', 'rohr.md');
    execFileSync('mkfifo', [fifo]);
    try {
      const told = client.logs.next((l) => l.includes('rohr.md'), 'a log line about the FIFO', 10000);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(fifo).toString(), type: 1 }] });
      assert.match(await told, /not a regular file/);
      const size = await client.request<number>('workspace/executeCommand', { command: 'faktenlage.server.rebuildIndex', arguments: [] });
      assert.equal(size, 2);
    } finally {
      rmSync(fifo, { force: true });
    }
  });
});
