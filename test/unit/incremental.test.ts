// Incremental analysis: after any edit the memoised pipeline gives exactly a fresh analysis, and callers cannot corrupt its caches.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { clearAnalysisCaches } from '../../src/core/analyze';
import { TextMemo } from '../../src/core/text/memo';
import type { Analysis } from '../../src/core/types';
import { fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

const DRAFT = `---
datum: 2024-11-21
titel: Grenzregion meldet neue Verlegungen
---

# Verlegungen an der Grenze

Am Dienstag trafen nach Angaben des Generalstabs 2.500 Soldaten in Kursk ein. Am Vortag hatte die Regierung in Kiew gewarnt.

Berichten zufolge sollen bis zu 12.000 weitere folgen. Die Lage am 19.11.2024 gegen 14 Uhr war unübersichtlich.

- Am Montag, 18. November 2024, begann die Verlegung.
- Bundeskanzler Olaf Scholz sprach von einer „Eskalation“.

Seit Wochen berichten Beobachter von Kolonnen. Im vergangenen Sommer waren es laut Nato rund 3.000 Fahrzeuge.
`;

const opts = { uri: 'file:///entwurf.md' };

/** The analysis of `text` from empty caches: what every memoised analysis must equal. */
function fresh(text: string): Analysis {
  clearAnalysisCaches();
  return analyze(text, opts);
}

/** The analysis of `after` by an editor that has just analysed `before`, so caches answer what did not change. */
function edited(before: string, after: string): Analysis {
  clearAnalysisCaches();
  analyze(before, opts);
  return analyze(after, opts);
}

function insert(text: string, at: string, what: string): string {
  const i = text.indexOf(at);
  assert.ok(i >= 0, `"${at}" not in the draft`);
  return text.slice(0, i) + what + text.slice(i);
}

describe('Inkrementelle Analyse', () => {
  afterEach(() => clearAnalysisCaches());

  it('ergibt nach einem getippten Zeichen mitten im Satz dasselbe wie eine frische Analyse', () => {
    const after = insert(DRAFT, 'Soldaten in Kursk', 'x');
    assert.deepEqual(edited(DRAFT, after), fresh(after));
  });

  it('verschiebt alle Positionen hinter einem neuen Absatz am Anfang', () => {
    const after = insert(DRAFT, 'Am Dienstag', 'Neuer Vorspann mit 40 Festnahmen am Montag.\n\n');
    const a = edited(DRAFT, after);
    assert.deepEqual(a, fresh(after));
    assert.ok(a.dates.some((d) => d.text === 'Vortag'));
  });

  it('löst „am Vortag“ neu auf, wenn sich der Tag davor im selben Absatz ändert', () => {
    const after = DRAFT.replace('Am Dienstag trafen', 'Am Mittwoch trafen');
    const a = edited(DRAFT, after);
    assert.deepEqual(a, fresh(after));
    const vortag = a.dates.find((d) => d.text === 'Vortag');
    assert.equal(vortag?.value, '2024-11-19');
  });

  it('löst relative Daten neu auf, wenn sich das Artikeldatum ändert', () => {
    const after = DRAFT.replace('datum: 2024-11-21', 'datum: 2024-11-28');
    const a = edited(DRAFT, after);
    assert.deepEqual(a, fresh(after));
    assert.equal(a.dates.find((d) => d.text === 'Dienstag')?.value, '2024-11-26');
  });

  it('gibt nach einer Folge zufälliger Bearbeitungen immer das Ergebnis der frischen Analyse', function () {
    const runs = fuzzRuns(40);
    this.timeout(Math.max(20000, runs * 200));
    const typed = fc.constantFrom(...'aäß 1.,:-\n„“'.split(''), ' am Vortag', ' 12.000 Soldaten', '\n\n', ' gestern um 10 Uhr', '**');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), what: typed });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        clearAnalysisCaches();
        let text = DRAFT;
        analyze(text, opts);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.what + text.slice(at + e.remove);
          const incremental = analyze(text, opts);
          const cold = JSON.stringify(fresh(text));
          assert.equal(JSON.stringify(incremental), cold);
          // The fresh run emptied the caches; bring them back to the editor's state before the next edit.
          analyze(text, opts);
        }
      }),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('lässt sich von einem Aufrufer, der das Ergebnis verändert, nicht beirren', () => {
    const first = analyze(DRAFT, opts);
    const expected = JSON.parse(JSON.stringify(first));
    // A careless caller scribbles over everything it was given.
    const scribble = (o: Record<string, unknown>) => {
      try {
        for (const k of Object.keys(o)) if (typeof o[k] === 'number') o[k] = -1;
        if (typeof o.text === 'string') o.text = 'X';
      } catch {
        // Frozen objects refuse: that is what protects the cache.
      }
    };
    for (const s of first.doc.sentences) {
      for (const t of s.tokens) scribble(t as unknown as Record<string, unknown>);
      try {
        s.tokens.push({ start: 0, end: 0, text: 'X', kind: 'word' });
      } catch {
        // A frozen token array refuses too.
      }
    }
    for (const d of first.dates) {
      scribble(d as unknown as Record<string, unknown>);
      d.value = 'X';
      if (d.weekdaySpan) scribble(d.weekdaySpan as unknown as Record<string, unknown>);
    }
    first.doc.prose.length = 0;
    assert.deepEqual(JSON.parse(JSON.stringify(analyze(DRAFT, opts))), expected);
  });

  it('lässt sich auch nach einer Einfügung darüber (verschobene Absätze) nicht beirren', () => {
    analyze(DRAFT, opts);
    const after = insert(DRAFT, '# Verlegungen', 'Neu: ');
    const moved = analyze(after, opts);
    const expected = JSON.stringify(fresh(after));
    analyze(DRAFT, opts);
    for (const s of moved.doc.sentences) {
      for (const t of s.tokens) {
        try {
          t.start = -1;
          t.text = 'X';
        } catch {
          // Frozen: shared with the cache.
        }
      }
    }
    assert.equal(JSON.stringify(analyze(after, opts)), expected);
  });

  it('teilt Datumsangaben nicht zwischen zwei Analysen desselben Textes', () => {
    const a = analyze(DRAFT, opts);
    const b = analyze(DRAFT, opts);
    assert.ok(a.dates.length > 0);
    a.dates.forEach((d, i) => assert.notEqual(d, b.dates[i]));
  });
});

describe('TextMemo', () => {
  it('vergisst den am längsten nicht benutzten Eintrag, wenn zu viele Einträge da sind', () => {
    const m = new TextMemo<number>(2, 1000);
    m.set('eins', 1);
    m.set('zwei', 2);
    m.get('eins');
    m.set('drei', 3);
    assert.deepEqual([m.get('eins'), m.get('zwei'), m.get('drei')], [1, undefined, 3]);
  });

  it('hält die Summe der Schlüssellängen unter ihrer Grenze', () => {
    const m = new TextMemo<number>(100, 10);
    m.set('abcd', 1);
    m.set('efgh', 2);
    m.set('ijkl', 3);
    assert.equal(m.size, 2);
    assert.equal(m.keyChars, 8);
    assert.equal(m.get('abcd'), undefined);
  });

  it('speichert einen zu langen Schlüssel gar nicht', () => {
    const m = new TextMemo<number>(100, 1000, 5);
    m.set('sechs!', 6);
    assert.equal(m.get('sechs!'), undefined);
    assert.equal(m.size, 0);
  });
});
