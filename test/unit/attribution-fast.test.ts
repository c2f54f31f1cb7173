// The fast paths of the attribution markers give exactly what the plainer regex readings give.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { phraseBefore, phraseBeforeByRegex } from '../../src/core/attribution/markers';
import { fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

// Words a source phrase is made of and the pieces that end one: articles, adjectives, names, "in"/"aus",
// prepositions, words that never open a phrase, abbreviations, quotes, marks, non-BMP letters (𝐀, 𠀀), emoji,
// lone surrogates, combining marks, and every kind of space.
const piece = fc.constantFrom(
  'Dem', 'der', 'des', 'von', 'vom', 'südkoreanischen', 'neuen', 'Geheimdienst', 'Polizei', 'Ministerium', 'in', 'aus',
  'im', 'Gaza', 'Angaben', 'Nach', 'Laut', 'Am', 'haben', 'werden', 'F.A.Z.', 'U.S.', 'Müller', "O'Neill", 'AT&T',
  'Kreml-Sprecher', '10.000', '„Bild“', 'Étienne', 'e\u0301', '𝐀bc', 'x𠀀', '😀', '\uD835', '\uDC00', '\u0301',
  ' ', ' ', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', ',', '.', ':', ';', '„', '“', '(', ')', '’', '-', '–',
);
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('Quellen: schnelle Wege', () => {
  const runs = fuzzRuns(2000);

  it('liest die Quellphrase vor einer Stelle wie die Wortliste des regulären Ausdrucks', () => {
    const input = text.chain((t) =>
      fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })).map(([s, a, b]) => [s, Math.min(a, b), Math.max(a, b)] as const),
    );
    fc.assert(
      fc.property(input, ([s, from, end]) => assert.deepEqual(phraseBefore(s, from, end), phraseBeforeByRegex(s, from, end))),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('hört nach 160 Zeichen und nach sieben Wörtern auf, wie der Ausdruck', () => {
    const long = 'Die ' + 'sehr '.repeat(40) + 'neuen Behörden der Stadt Berlin im Land Brandenburg in Deutschland';
    for (let end = 0; end <= long.length; end++) assert.deepEqual(phraseBefore(long, 0, end), phraseBeforeByRegex(long, 0, end));
    assert.deepEqual(phraseBefore('Dem südkoreanischen Geheimdienst zufolge', 0, 33), { start: 0, phrase: 'Dem südkoreanischen Geheimdienst' });
  });
});
