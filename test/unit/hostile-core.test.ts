// Minimal cases the fuzzer found or aims at, pinned so they stay fixed: extreme article dates, endless numbers, surrogates around marks.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, check, createCorpus, deserializeCorpus } from '../../src/core';
import { article, texts } from './helpers';
import { analysisProblems } from '../fixtures/hostile/invariants';
import { cliProcess } from '../fixtures/hostile/run-cli';

const ISO = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?(\/\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?)?$/;

describe('Kern: Grenzfälle aus dem Fuzzing', () => {
  it('relative Daten vor dem Jahr 0000 ergeben kein kaputtes ISO-Datum („00-1-11-23“)', () => {
    const a = article('Am 23.11. kamen sie. Gestern kamen sie. Anfang Dezember kamen sie.', '0000-01-01');
    for (const d of a.dates) assert.ok(d.value === null || ISO.test(d.value), `${d.text} → ${d.value}`);
  });

  it('relative Daten nach dem Jahr 9999 ergeben kein fünfstelliges Jahr („10000-01-01“)', () => {
    const a = article('Am 1. Januar kamen sie. Morgen kommen sie. Im Januar kommen sie.', '9999-12-31');
    for (const d of a.dates) assert.ok(d.value === null || ISO.test(d.value), `${d.text} → ${d.value}`);
  });

  it('eine Zahl mit 400 Ziffern ist keine unendliche Zahl', () => {
    const a = analyze(`Es kamen ${'9'.repeat(400)} Soldaten.`);
    for (const f of a.figures) assert.ok(Number.isFinite(f.value) && Number.isFinite(f.low), `${f.text.slice(0, 20)}… → ${f.value} [${f.low}, ${f.high}]`);
  });

  it('ein Korpus mit offenem Intervall („mehr als 10.000“) übersteht serialize/deserialize', () => {
    const corpus = createCorpus([{ uri: 'file:///k/a.md', text: '---\ndatum: 2024-11-22\n---\nLaut Austin sind mehr als 10.000 Soldaten dort.\n' }]);
    const key = analyze('Laut Austin sind mehr als 10.000 Soldaten dort.').figures[0].key;
    const refs = corpus.figureRefs(key);
    assert.equal(refs.length, 1);
    assert.deepEqual(deserializeCorpus(corpus.serialize()).figureRefs(key), refs);
    assert.equal(refs[0].high, Infinity);
  });

  it('Emoji und einzelne Surrogate vor einer Zahl: Offsets in UTF-16, die Zahl wird exakt getroffen', () => {
    const a = article('👨‍👩‍👧 \uD800 Es kamen 3.000 Soldaten \uDFFF🇩🇪.');
    assert.deepEqual(texts(a, a.figures), ['3.000']);
    assert.deepEqual(analysisProblems(a.doc.text, a), []);
  });

  it('NUL und Steuerzeichen mitten im Satz stören weder Analyse noch Prüfung', () => {
    const text = '---\ndatum: 2024-11-23\n---\nEs\u0000 kamen\u001b[31m 3.000\u0007 Soldaten am Dienstag, 20. November 2024.\n';
    const a = analyze(text, { format: 'markdown' });
    assert.deepEqual(analysisProblems(text, a), []);
    assert.deepEqual(check(a, { uri: 'file:///e.md' }).map((f) => f.code).sort(), ['unsourced-figure', 'weekday-mismatch']);
  });
});

describe('Kern: vom Fuzzing gefundene Hänger', function () {
  this.timeout(60_000);

  it('analyze kehrt bei test/fixtures/hostile/found/analyze-hang-1.json zurück', async () => {
    // Run as a child process with a deadline: a synchronous hang would otherwise stop the whole run.
    const { text } = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/hostile/found/analyze-hang-1.json'), 'utf8')) as { text: string };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faktenlage-hang-'));
    try {
      const file = path.join(dir, 'entwurf.md');
      fs.writeFileSync(file, text);
      // Analysing 4 KB takes well under a second; thirty means it is stuck.
      const r = await cliProcess(['analyze', '--json', file], 30_000);
      assert.equal(r.timedOut, false, 'analyze did not return within 30 s');
      assert.equal(r.code, 0, r.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('analyze kehrt zurück, wenn nach „der“ vor einer Quelle ein Tabulator statt eines Leerzeichens steht', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'faktenlage-hang-'));
    try {
      const file = path.join(dir, 'entwurf.txt');
      fs.writeFileSync(file, 'Es kamen 3.000 Soldaten, der\tRegierung zufolge.\n');
      const r = await cliProcess(['analyze', '--json', file], 30_000);
      assert.equal(r.timedOut, false, 'analyze did not return within 30 s');
      assert.equal(r.code, 0, r.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
