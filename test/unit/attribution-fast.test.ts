// The fast paths of the attribution markers give exactly what the plainer regex readings give.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gatesByPattern, gatesOf, phraseBefore, phraseBeforeByRegex } from '../../src/core/attribution/markers';
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

describe('Quellen: ein Durchlauf für alle Vorfilter', () => {
  const runs = fuzzRuns(2000);
  // Every keyword of the gates in its spellings, the keywords inside and around others ("verlautete",
  // "Vorgabe", "also", "Kontrolle"), letters and umlauts that make or break a word boundary, and spaces.
  const keyword = fc.constantFrom(
    'hervor', 'Berufung', 'laut', 'Laut', 'zufolge', 'nach ', 'Nach ', 'nach', 'Angaben', 'angaben', 'angab', 'Informationen',
    'sag', 'sagte', 'erklär', 'bericht', 'berichten', 'berichtet', 'teil', 'meld', 'bestätig', 'schri', 'schre', 'schrieb',
    'betont', 'warnt', 'verlautet', 'verlautete', 'hieß', 'heißt', 'Kreisen', 'kreisen', 'Beobachter', 'beobachter', 'soll',
    'Offenbar', 'offenbar', 'Mutmaßlich', 'angeblich', 'Angeblich', 'vermutlich', 'wohl', 'so', 'schätz', 'beziffer', 'sprach',
    'sprich', 'spricht', 'gab', 'Vorgabe', 'kündig', 'ankündigt', 'bekanntgab', 'räumt', 'rechne', 'forder', 'klagt', 'entschied',
    'Vernehmen', 'westlichen', 'inoffiziellen', 'unbestätigten', 'wie ', 'Wie ', 'wie', 'also', 'Kontrolle',
    'a', 'e', 'n', 's', 'o', 'ü', 'ß', '_', '1', ' ', ' ', '\u00A0', ',', '.', '-',
  );
  const unitText = fc.array(keyword, { maxLength: 16 }).map((a) => a.join(''));

  it('sagt für jeden Vorfilter dasselbe wie der Vorfilter allein', () => {
    fc.assert(
      fc.property(unitText, (t) => assert.equal(gatesOf(t), gatesByPattern(t), t)),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('findet ein Schlüsselwort auch in einem anderen ("verlautete" hält "laut")', () => {
    assert.equal(gatesOf('Wie verlautete, so'), gatesByPattern('Wie verlautete, so'));
    assert.notEqual(gatesOf('Vorgabe'), gatesOf('gab an'));
  });
});
