// The corpus analysis (purpose 'corpus'): the same index record as a full analysis, for less work.
// The identity script compares the records over the benchmark corpus too (scripts/analyze-identity.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, clearAnalysisCaches } from '../../src/core/analyze';
import { corpusRecord } from '../../src/core/corpus';
import type { Figure } from '../../src/core/types';
import { generateCorpus } from '../../bench/generate';
import { articleText, fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

const DEMO = join(__dirname, '../../demo');

function records(uri: string, text: string) {
  clearAnalysisCaches();
  const full = analyze(text, { uri });
  const lean = analyze(text, { uri, purpose: 'corpus' });
  return { full, lean, fullRecord: corpusRecord(uri, full), leanRecord: corpusRecord(uri, lean) };
}

// Hostile or unusual input: front matter the flat reader leaves to yaml, BOM, CRLF, Markdown, quotes and
// reported speech that carry sources, a heading figure sourced from the body, dates needing context.
const SNIPPETS: [string, string][] = [
  ['a.md', '\uFEFF---\r\ndatum: 2024-11-23\r\ntitel: "Lage: angespannt"\r\n---\r\n# 12.000 Soldaten in Kursk\r\n\r\nNach Angaben des NIS sind bis zu 12.000 Soldaten in Kursk.\r\n'],
  ['b.md', '---\ndatum: 3.1\nort:\n  stadt: Kiel\n---\nAm Vortag kamen 300 Menschen. „Es waren 400“, sagte Jana Roth. Demnach waren es 500.\n'],
  ['c.md', '---\nfaktenlage-ignore: [vague-source]\n---\n* **Mittwoch, 11. Januar 2024:** 40 Züge fielen aus, `code 12` [Link](http://e.de/3).\n\n> Berichten zufolge 7 Tote.\n\n```\n99 Luftballons\n```\n'],
  ['d.txt', 'Stand: 23.11.2024, 14:05 Uhr\nDie Polizei nahm am Dienstag 40 Personen fest, teilte ein Sprecher mit. Sie hätten 3 Kilo Drogen gehabt.\nUm 10 Uhr begann es.'],
  ['e.md', 'Kein Datum. Gestern wurden 1,5 Millionen Euro gezahlt, laut dem Ministerium. Putin sagte, Putins Truppen seien 10.000 Mann stark.'],
  ['f.md', ''],
  ['g.md', '---\n---\n' + 'Zahl 5. '.repeat(500)],
];

describe('analyze: Korpus-Analyse', () => {
  it('gibt für jeden Artikel des Demo-Korpus denselben Indexeintrag wie die volle Analyse', () => {
    const dir = join(DEMO, 'corpus');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 5);
    for (const f of [...files.map((f) => join(dir, f)), ...readdirSync(join(DEMO, 'drafts')).map((f) => join(DEMO, 'drafts', f))]) {
      const { fullRecord, leanRecord } = records('file://' + f, readFileSync(f, 'utf8'));
      assert.deepEqual(leanRecord, fullRecord, f);
    }
  });

  it('gibt auch für ungewöhnliche Eingaben denselben Indexeintrag', () => {
    for (const [name, text] of SNIPPETS) {
      const { fullRecord, leanRecord } = records('file:///x/' + name, text);
      assert.deepEqual(leanRecord, fullRecord, name);
    }
  });

  it('liest jeden Satz, aus dem eine Quelle zu einer verglichenen Zahl getragen wird', () => {
    // One case per way `carried` reaches a figure from another sentence; the lead paragraph keeps the
    // sentence out of the first unit. Each figure's source lies only in the other sentence.
    const cases: [string, string][] = [
      ['Zitat, danach der Sprecher', '„Wir haben 10.000 Soldaten verlegt. Sie stehen bereit“, sagte General Klaus Weber.'],
      ['Sprecher mit Doppelpunkt, danach das Zitat', 'General Klaus Weber sagte: „Die Lage ist ernst. Wir haben 10.000 Soldaten verlegt.“'],
      ['indirekte Rede im Konjunktiv', 'Nach Angaben der Polizei war die Lage ruhig. Es seien 300 Soldaten im Einsatz gewesen.'],
      ['„Demnach“', 'Die Polizei veröffentlichte am Abend neue Zahlen, teilte ein Sprecher mit. Demnach sind 300 Soldaten im Einsatz.'],
    ];
    for (const [name, paragraph] of cases) {
      const { full, lean, fullRecord, leanRecord } = records('file:///x/a.md', `Die Lage bleibt unklar.\n\n${paragraph}\n`);
      assert.equal(full.figures[0].source?.kind, 'source', name);
      assert.deepEqual(lean.figures[0].source, full.figures[0].source, name);
      assert.deepEqual(leanRecord, fullRecord, name);
    }
  });

  it('gibt für erzeugte Artikel (anderer Seed als der Benchmark) denselben Indexeintrag', () => {
    for (const a of generateCorpus(7, 300)) {
      const { fullRecord, leanRecord } = records('file:///gen/' + a.name, a.text);
      assert.deepEqual(leanRecord, fullRecord, a.name);
    }
  });

  it('gibt für feindliche Artikel denselben Indexeintrag', () => {
    const runs = fuzzRuns(300);
    fc.assert(
      fc.property(articleText, fc.constantFrom('a.md', 'a.txt'), (text, name) => {
        const { fullRecord, leanRecord } = records('file:///x/' + name, text);
        assert.deepEqual(leanRecord, fullRecord);
      }),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('findet dieselben Entitäten, Daten und Zahlen, die Quellen der verglichenen Zahlen, nur ohne Claims', () => {
    // Attributions are read only in the sentences that can source a keyed figure, so the sources of vague or
    // unkeyed figures and the other attributions may be missing; the ones found are the full analysis's.
    const keyed = (f: Figure) => !f.vague && !!f.key;
    const withoutSource = (fs: Figure[]) => fs.map((f) => ({ ...f, source: keyed(f) ? f.source : null }));
    for (const [name, text] of SNIPPETS) {
      const { full, lean } = records('file:///x/' + name, text);
      assert.deepEqual(lean.doc, full.doc, name);
      assert.deepEqual([lean.entities, lean.dates], [full.entities, full.dates], name);
      assert.deepEqual(withoutSource(lean.figures), withoutSource(full.figures), name);
      for (const a of lean.attributions) assert.ok(full.attributions.some((b) => JSON.stringify(a) === JSON.stringify(b)), name);
      assert.deepEqual(lean.claims, []);
    }
  });

  it('liest und füllt keinen Cache: danach analysiert ein Entwurf wie vorher', () => {
    const text = SNIPPETS[1][1];
    clearAnalysisCaches();
    const lean = analyze(text, { uri: 'file:///x/b.md', purpose: 'corpus' });
    // Tokens of a corpus analysis belong to it alone (not frozen), those of a draft are shared with the cache.
    assert.equal(Object.isFrozen(lean.doc.sentences[0].tokens[0]), false);
    const full = analyze(text, { uri: 'file:///x/b.md' });
    assert.equal(Object.isFrozen(full.doc.sentences[0].tokens[0]), true);
  });
});
