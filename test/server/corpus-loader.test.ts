// Finding and reading corpus files: symlink loops, excluded folders, binary and non-UTF-8 bytes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { decodeArticle, findCorpusFiles, readArticle } from '../../src/server/corpus-loader';
import { compilePatterns } from '../../src/server/patterns';

async function list(root: string, trusted = true): Promise<string[]> {
  const compiled = compilePatterns([root], ['**/*.md'], ['**/node_modules/**'], trusted);
  const out: string[] = [];
  for await (const f of findCorpusFiles(compiled, { workspaceRoots: [root], trusted })) out.push(path.relative(root, f.path));
  return out.sort();
}

describe('Korpus-Dateien', function () {
  let dir: string;

  beforeEach(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'faktenlage-loader-'));
  });

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it('folgt einer Verknüpfung im Kreis nur einmal', async function () {
    mkdirSync(path.join(dir, 'archiv'));
    writeFileSync(path.join(dir, 'archiv', 'a.md'), 'Text');
    symlinkSync(dir, path.join(dir, 'archiv', 'zurueck'), 'dir');
    assert.deepEqual(await list(dir), [path.join('archiv', 'a.md')]);
  });

  it('steigt nicht in ausgeschlossene Ordner ab', async function () {
    mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules', 'x', 'readme.md'), 'Text');
    writeFileSync(path.join(dir, 'b.md'), 'Text');
    assert.deepEqual(await list(dir), ['b.md']);
  });

  it('folgt in nicht vertrauenswürdigen Arbeitsbereichen keiner Verknüpfung nach draußen', async function () {
    const ws = path.join(dir, 'ws');
    mkdirSync(path.join(dir, 'aussen'));
    mkdirSync(ws);
    writeFileSync(path.join(dir, 'aussen', 'c.md'), 'Text');
    symlinkSync(path.join(dir, 'aussen'), path.join(ws, 'link'), 'dir');
    assert.deepEqual(await list(ws, false), []);
    assert.deepEqual(await list(ws, true), [path.join('link', 'c.md')]);
  });

  it('erkennt Binärdateien an Nullbytes und liest altes 8-Bit-Latin wie die CLI als Windows-1252', function () {
    assert.deepEqual(decodeArticle(Buffer.from([0x41, 0x00, 0x42])), { ok: false, reason: 'binary' });
    assert.deepEqual(decodeArticle(Buffer.from([0x4b, 0xf6, 0x6c, 0x6e])), { ok: true, text: 'Köln' });
  });

  it('liest UTF-8 und entfernt ein BOM, wie der Editor', function () {
    assert.deepEqual(decodeArticle(Buffer.from('\uFEFFKöln', 'utf8')), { ok: true, text: 'Köln' });
  });

  it('liest Dateien über der Grenze gar nicht erst', async function () {
    const file = path.join(dir, 'gross.md');
    writeFileSync(file, 'x'.repeat(2048));
    assert.deepEqual(await readArticle(file, 1024), { ok: false, reason: 'too-large' });
  });
});
