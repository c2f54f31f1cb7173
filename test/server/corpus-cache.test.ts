// The index cache file on disk: a round trip, and the stale, truncated or damaged files that are rebuilt with a log line.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createCorpus } from '../../src/core';
import { CACHE_FILE, CACHE_VERSION, OLD_CACHE_FILE, loadCache, readCacheFile, saveCache } from '../../src/server/corpus-cache';

const ARTICLE = '---\ndatum: 2024-11-02\n---\n\nNach Angaben des Geheimdienstes kämpfen 12.000 nordkoreanische Soldaten in Russland.\n';

describe('Index-Cache auf der Platte', function () {
  let dir: string;
  let logged: string[];
  const load = (key = 'k') => loadCache(dir, key, (reason) => logged.push(reason));
  /** Changes the saved cache file's bytes in place, as a disk fault or an older release would. */
  const alterCache = (change: (bytes: Buffer) => void): void => {
    const file = path.join(dir, CACHE_FILE);
    const bytes = readFileSync(file);
    change(bytes);
    writeFileSync(file, bytes);
  };

  beforeEach(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-cachefile-'));
    logged = [];
    const corpus = createCorpus([{ uri: 'file:///a.md', text: ARTICLE }]);
    await saveCache(dir, 'k', { corpus, stamps: new Map([['file:///a.md', { mtimeMs: 1, size: ARTICLE.length }]]) });
  });

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('liest den gespeicherten Index mit denselben Antworten und Stempeln zurück', async function () {
    const cached = await load();
    assert.ok(cached);
    assert.deepEqual([...cached.stamps], [['file:///a.md', { mtimeMs: 1, size: ARTICLE.length }]]);
    assert.deepEqual(
      cached.corpus.figureRefs('soldat@nordkorea').map((r) => [r.uri, r.text, r.snippet]),
      [['file:///a.md', '12.000', 'Nach Angaben des Geheimdienstes kämpfen 12.000 nordkoreanische Soldaten in Russland.']],
    );
    assert.deepEqual(logged, []);
    assert.deepEqual(readdirSync(dir), [CACHE_FILE]);
  });

  it('baut neu auf, ohne zu klagen, wenn es noch keinen Cache gibt', async function () {
    rmSync(path.join(dir, CACHE_FILE));
    assert.equal(await load(), null);
    assert.deepEqual(logged, []);
  });

  it('verwirft einen abgeschnittenen Cache mit einer Logzeile', async function () {
    const file = path.join(dir, CACHE_FILE);
    const bytes = readFileSync(file);
    for (const n of [10, 40, bytes.length - 7]) {
      writeFileSync(file, bytes.subarray(0, n));
      logged = [];
      assert.equal(await load(), null);
      assert.match(logged.join('\n'), /truncated.*rebuilding/);
    }
  });

  it('verwirft einen Cache mit einem gekippten Byte im Kopf', async function () {
    alterCache((bytes) => {
      bytes[30] ^= 0x01;
    });
    assert.equal(await load(), null);
    assert.match(logged.join('\n'), /damaged.*rebuilding/);
  });

  it('verwirft einen Cache mit einem gekippten Byte im Index', async function () {
    alterCache((bytes) => {
      bytes[bytes.length - 20] ^= 0x01;
    });
    assert.equal(await load(), null);
    assert.match(logged.join('\n'), /damaged.*rebuilding/);
  });

  it('verwirft einen Cache einer älteren Version mit einer Logzeile', async function () {
    alterCache((bytes) => bytes.writeUInt32LE(CACHE_VERSION - 1, 8));
    assert.equal(await load(), null);
    assert.match(logged.join('\n'), new RegExp(`cache format ${CACHE_VERSION - 1}.*rebuilding`));
  });

  it('verwirft einen Cache anderer Einstellungen', async function () {
    assert.equal(await load('andere'), null);
    assert.match(logged.join('\n'), /settings changed/);
  });

  it('meldet den JSON-Cache früherer Versionen und räumt ihn beim nächsten Speichern weg', async function () {
    rmSync(path.join(dir, CACHE_FILE));
    writeFileSync(path.join(dir, OLD_CACHE_FILE), '{"format":"faktenlage-cache","version":2}');
    assert.equal(await load(), null);
    assert.match(logged.join('\n'), /older format/);
    await saveCache(dir, 'k', { corpus: createCorpus(), stamps: new Map() });
    assert.deepEqual(readdirSync(dir), [CACHE_FILE]);
    assert.equal(readCacheFile(readFileSync(path.join(dir, CACHE_FILE))).header.stamps.length, 0);
  });
});
