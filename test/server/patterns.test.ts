// Corpus globs: scan roots, excludes, and the limits on what a pattern may be.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { compilePatterns, isCorpusFile } from '../../src/server/patterns';

const ws = path.resolve('/ws');

describe('Korpus-Muster', function () {
  it('wählt Artikel nach Muster und lässt Ausschlüsse weg', function () {
    const c = compilePatterns([ws], ['**/*.md'], ['**/node_modules/**'], true);
    assert.equal(isCorpusFile(c, path.join(ws, 'archiv', 'a.md')), true);
    assert.equal(isCorpusFile(c, path.join(ws, 'node_modules', 'x', 'a.md')), false);
    assert.equal(isCorpusFile(c, path.join(ws, 'archiv', 'a.pdf')), false);
  });

  it('liest einen Ordnernamen ohne Glob als alle Artikel darin', function () {
    const c = compilePatterns([ws], ['archiv'], [], true);
    assert.deepEqual(c.roots.map((r) => r.root), [path.join(ws, 'archiv')]);
    assert.equal(isCorpusFile(c, path.join(ws, 'archiv', '2024', 'a.txt')), true);
    assert.equal(isCorpusFile(c, path.join(ws, 'anderes', 'a.md')), false);
  });

  it('beginnt die Suche im Ordner, den das Muster nennt', function () {
    const c = compilePatterns([ws], ['../agentur/**/*.md'], [], true);
    assert.deepEqual(c.roots.map((r) => r.root), [path.resolve('/agentur')]);
  });

  it('ignoriert Pfade außerhalb eines nicht vertrauenswürdigen Arbeitsbereichs', function () {
    const c = compilePatterns([ws], ['../agentur/**/*.md', '**/*.md'], [], false);
    assert.deepEqual(c.roots.map((r) => r.root), [ws]);
    assert.deepEqual(c.problems, [{ pattern: '../agentur/**/*.md', reason: 'outside-workspace' }]);
  });

  it('weist zu lange und zu verschachtelte Muster zurück', function () {
    const long = 'a/'.repeat(200) + '*.md';
    const nested = '{a,{b,{c,{d,{e,{f,{g}}}}}}}/{h,{i,{j,{k,{l,{m}}}}}}/*.md';
    const c = compilePatterns([ws], ['**/*.md'], [long, nested], true);
    assert.deepEqual(
      c.problems.map((p) => p.reason),
      ['too-long', 'too-complex'],
    );
  });
});
