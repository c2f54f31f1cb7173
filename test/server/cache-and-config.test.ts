// The server across restarts (index cache) and under workspace configuration, trust and an English editor.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { TestClient } from './lsp-client';
import { CACHE_FILE, cacheHeaderBytes, readCacheFile } from '../../src/server/corpus-cache';

const ARTICLE = '---\ndatum: 2024-11-02\n---\n\nNach Angaben des Geheimdienstes kämpfen 12.000 Soldaten in Russland. Kim Jong Un schwieg.\n';
const OTHER = '---\ndatum: 2024-11-03\n---\n\nKim Jong Un reiste nach Wladiwostok.\n';
const DRAFT = '---\ndatum: 2024-11-04\n---\n\nBerichten zufolge war Kim Jong Un in Moskau.\n';

describe('Sprachserver: Cache, Arbeitsbereichsdatei, Vertrauen, Sprache', function () {
  let dir: string;
  let workspace: string;
  let storage: string;
  let client: TestClient | undefined;

  beforeEach(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-cache-'));
    workspace = path.join(dir, 'ws');
    storage = path.join(dir, 'storage');
    mkdirSync(path.join(workspace, 'archiv'), { recursive: true });
    writeFileSync(path.join(workspace, 'archiv', 'a.md'), ARTICLE);
    writeFileSync(path.join(workspace, 'archiv', 'b.md'), OTHER);
  });

  afterEach(async function () {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('lädt beim nächsten Start den gespeicherten Index, bevor er neu prüft', async function () {
    const first = await TestClient.start({ workspace, storagePath: storage });
    await first.indexed();
    await first.stop();
    client = await TestClient.start({ workspace, storagePath: storage });
    const status = await client.status.next(() => true, 'the first status', 10000, true);
    assert.equal(status.articles, 2);
  });

  it('verwirft einen Cache, den eine andere Engine-Version geschrieben hat', async function () {
    const first = await TestClient.start({ workspace, storagePath: storage });
    await first.indexed();
    await first.stop();
    const file = path.join(storage, CACHE_FILE);
    const saved = readCacheFile(readFileSync(file));
    assert.match(saved.header.engine, /^[0-9a-f]{12}$/);
    writeFileSync(file, Buffer.concat([cacheHeaderBytes({ ...saved.header, engine: '000000000000' }), saved.corpus]));
    client = await TestClient.start({ workspace, storagePath: storage });
    const firstStatus = await client.status.next(() => true, 'the first status', 10000, true);
    assert.equal(firstStatus.articles, 0);
    await client.status.next((s) => !s.indexing && s.articles === 2, 'the rebuilt corpus', 10000, true);
  });

  it('baut einen beschädigten Cache neu auf', async function () {
    mkdirSync(storage, { recursive: true });
    writeFileSync(path.join(storage, CACHE_FILE), 'FKTCACHE kaputt');
    client = await TestClient.start({ workspace, storagePath: storage });
    const firstStatus = await client.status.next(() => true, 'the first status', 10000, true);
    assert.equal(firstStatus.articles, 0);
    await client.indexed();
    await client.status.next((s) => !s.indexing && s.articles === 2, 'the indexed corpus', 10000, true);
    await waitForFile(path.join(storage, CACHE_FILE), (t) => !t.includes('kaputt'));
    assert.equal(readCacheFile(readFileSync(path.join(storage, CACHE_FILE))).header.stamps.length, 2);
  });

  it('folgt den Schweregraden aus .faktenlage.yaml, sobald die Datei sich ändert', async function () {
    client = await TestClient.start({ workspace, storagePath: storage });
    await client.indexed();
    const uri = client.open(path.join(workspace, 'entwurf.md'), DRAFT);
    const before = await client.diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(before.map((d) => d.code), ['vague-source']);
    const yaml = path.join(workspace, '.faktenlage.yaml');
    writeFileSync(yaml, 'severity:\n  vague-source: off\n');
    const after = client.diagnosticsFor(uri, (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(yaml).toString(), type: 1 }] });
    assert.deepEqual(await after, []);
  });

  it('indiziert in einem nicht vertrauenswürdigen Arbeitsbereich nichts außerhalb und sagt es', async function () {
    mkdirSync(path.join(dir, 'aussen'));
    writeFileSync(path.join(dir, 'aussen', 'c.md'), OTHER);
    client = await TestClient.start({
      workspace,
      storagePath: storage,
      trusted: false,
      settings: { corpus: { include: ['archiv/**/*.md', '../aussen/**/*.md'] } },
    });
    await client.indexed();
    const status = await client.status.next((s) => !s.indexing, 'the indexed corpus', 10000, true);
    assert.equal(status.articles, 2);
    const warning = await client.messages.next((m) => m.includes('../aussen/**/*.md'), 'a warning', 5000, true);
    assert.match(warning, /Nicht vertrauenswürdiger Arbeitsbereich/);
  });

  it('nimmt die Artikel eines hinzugefügten Arbeitsbereichsordners ins Korpus auf', async function () {
    const second = path.join(dir, 'agentur');
    mkdirSync(second);
    writeFileSync(path.join(second, 'c.md'), OTHER);
    client = await TestClient.start({ workspace, storagePath: storage });
    await client.indexed();
    await client.status.next((s) => !s.indexing && s.articles === 2, 'the first corpus', 10000, true);
    const grown = client.status.next((s) => !s.indexing && s.articles === 3, 'the grown corpus');
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: URI.file(second).toString(), name: 'agentur' }], removed: [] },
    });
    assert.equal((await grown).articles, 3);
  });

  it('spricht Englisch mit einem englischen Editor', async function () {
    client = await TestClient.start({ workspace, storagePath: storage, locale: 'en-US' });
    await client.indexed();
    const uri = client.open(path.join(workspace, 'entwurf.md'), DRAFT);
    await client.diagnosticsFor(uri, (d) => d.length > 0);
    const offset = DRAFT.indexOf('Kim Jong Un') + 1;
    const line = DRAFT.slice(0, offset).split('\n').length - 1;
    const character = offset - DRAFT.lastIndexOf('\n', offset - 1) - 1;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    assert.match((hover.contents as { value: string }).value, /2 articles in the corpus/);
  });
});

/** Polls a file written in the background until `ready` accepts it (the cache is saved after the index pass). */
async function waitForFile(file: string, ready: (text: string) => boolean): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      const text = readFileSync(file, 'utf8');
      if (ready(text)) return text;
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${file} was not written`);
}
