// The fast paths of the text layer give exactly what the slower reference gives: tokens, and parse-latin's nodes.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { regexTokens, tokenize } from '../../src/core/text/tokens';
import { latinTokens, originalLatinTokens } from '../../src/core/text/sentences';
import { fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

// Characters and pieces where the fast paths hand over to the regex: joiners, abbreviation dots, digits,
// non-ASCII letters and spaces, combining marks, soft hyphens, surrogates (paired and lone).
const tricky = fc.constantFrom(
  ...'aZäÖß19 \t\n\r.,-\'’*:_/\u00A0\u2009\u2011\u00AD\u0301é!?…„“'.split(''),
  'in', 'innen', 'z.', 'B.', '10.000', '2024-01-02', '😀', '\uD800', 'Kreml', 'Bürger',
);
const trickyText = fc.string({ unit: tricky, maxLength: 40 });

describe('Text: schnelle Wege', () => {
  const runs = fuzzRuns(2000);

  it('zerlegt in genau die Tokens des regulären Ausdrucks', () => {
    fc.assert(
      fc.property(trickyText, (s) => assert.deepEqual(tokenize(s, 0, s.length), regexTokens(s))),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('liest „Kreml-Sprecher“, „z.B.“ und „Bürger*innen“ als ein Wort, wie der Ausdruck', () => {
    for (const s of ['Der Kreml-Sprecher sagte, z.B. am Montag', 'Bürger*innen, 10.000 Euro', 'U.S. Army']) {
      assert.deepEqual(tokenize(s, 0, s.length), regexTokens(s));
    }
    assert.deepEqual(
      tokenize('Kreml-Sprecher, z.B. ', 0, 21).map((t) => t.text),
      ['Kreml-Sprecher', ',', ' ', 'z.B.', ' '],
    );
  });

  it('gibt parse-latin dieselben Knoten wie dessen eigener Tokenizer', () => {
    fc.assert(
      fc.property(trickyText, (s) => assert.deepEqual(latinTokens(s), originalLatinTokens(s))),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('zählt Zeilen bei CRLF, CR und LF wie parse-latin', () => {
    const s = 'Erste Zeile.\r\nZweite\rDritte\n\nVierte 😀!!';
    assert.deepEqual(latinTokens(s), originalLatinTokens(s));
  });
});
