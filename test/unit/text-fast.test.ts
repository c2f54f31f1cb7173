// The fast paths of the text layer give exactly what the slower reference gives: tokens, and parse-latin's nodes.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { regexTokens, tokenize } from '../../src/core/text/tokens';
// @ts-expect-error TS1479: an ES module imported from CommonJS.
import { ParseLatin } from 'parse-latin';
import { latinTokens, latinTokensGlued, originalLatinTokens, parsedSentenceEnds, plainSentenceEnds } from '../../src/core/text/sentences';
import { fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

// Characters and pieces where the fast paths hand over to the regex: joiners, abbreviation dots, digits,
// non-ASCII letters and spaces, combining marks, soft hyphens, surrogates (paired and lone).
const tricky = fc.constantFrom(
  ...'aZäÖß19 \t\n\r.,-\'’*:_/\u00A0\u2009\u2011\u00AD\u0301é!?…„“;()[]»«–—"\\'.split(''),
  'in', 'innen', 'z.', 'B.', '10.000', '2024-01-02', '12', '1,5', '3.', '2025', '-01', '14:05', '😀', '\uD800', 'Kreml', 'Bürger',
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

describe('Text: zusammengefasste Wörter für parse-latin', () => {
  const runs = fuzzRuns(2000);
  interface LatinNode {
    type: string;
    children?: LatinNode[];
    position?: { end: { offset?: number } };
  }
  interface Parser {
    tokenizeParagraphPlugins: unknown[];
    tokenize: (value: string) => unknown[];
    parse(value: string): LatinNode;
  }
  // Two parsers configured like the one in sentences.ts, differing only in their tokenizer.
  const parserWith = (tokenize: (value: string) => unknown[]): Parser => {
    const p = new ParseLatin() as unknown as Parser;
    p.tokenizeParagraphPlugins.splice(3, 2);
    p.tokenize = tokenize;
    return p;
  };
  const reference = parserWith(latinTokens);
  const glued = parserWith(latinTokensGlued);
  const ends = (p: Parser, s: string): number[] =>
    (p.parse(s).children ?? [])
      .filter((n) => n.type === 'ParagraphNode')
      .flatMap((para) => (para.children ?? []).filter((n) => n.type === 'SentenceNode').map((n) => n.position?.end.offset ?? -1));
  const pieces = fc.constantFrom(
    ...'aZä 1.,!?…;:-/&\'"“”„»«()[]_*@=·’'.split(''),
    'z.', 'B.', 'U.S', 'Dr.', 'ca.', 'etc.', 'u.a.', 'km/h', '3.', '12', ' ', '  ', ', ', ': ', '; ', 'der', 'Die', '😀', '\u00AD', '\u00A0', '\t',
  );

  it('findet mit zusammengefassten Wörtern dieselben Satzenden', () => {
    fc.assert(
      fc.property(fc.string({ unit: pieces, maxLength: 50 }), (s) => assert.deepEqual(ends(glued, s), ends(reference, s))),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('fasst eine Wortfolge zwischen Leerzeichen zu einem Knoten zusammen, Wörter an Satzzeichen nicht', () => {
    const s = 'Die Lage bleibt ruhig. Dr. Roth kam.';
    const words = (latinTokensGlued(s) as { type: string; children?: { value: string }[] }[])
      .filter((n) => n.type === 'WordNode')
      .map((n) => n.children![0].value);
    assert.deepEqual(words, ['Die Lage bleibt', 'ruhig', 'Dr', 'Roth', 'kam']);
    assert.deepEqual(ends(glued, s), ends(reference, s));
  });

  it('nimmt Komma, Doppelpunkt oder Semikolon mit Leerzeichen in die Wortfolge, endet aber nie an einem Wort, das ein Satzzeichen berührt', () => {
    const s = 'Roth, der Minister, sagte: es sei ruhig; alle. Roth, kam, a,b.';
    const words = (latinTokensGlued(s) as { type: string; children?: { value: string }[] }[])
      .filter((n) => n.type === 'WordNode')
      .map((n) => n.children![0].value);
    assert.deepEqual(words, ['Roth, der Minister, sagte: es sei', 'ruhig', 'alle', 'Roth', 'kam', 'a', 'b']);
    assert.deepEqual(ends(glued, s), ends(reference, s));
  });
});

describe('Text: Satzenden einfacher Prosa ohne parse-latin', () => {
  const runs = fuzzRuns(4000);
  // Pieces around every condition the scanner checks: marks alone and in runs, inner dots, one-letter
  // words before a dot, quotes and brackets after a mark, lower and upper case, digits, other spaces.
  const pieces = fc.constantFrom(
    ...'aZäÖß1 .!?…‽,;:-/&\'"“”„»«()[]_@=·’'.split(''),
    '. ', '. Die', '. der', '! Er', '? 3', '. „', '. , ', '. ; ', ';;', ',,', '. (', '. & ', '. É', '. é', '%.', ' . ', '.“ ', '.“', '.«', '.” ', '.) ', '...', '?!', 'z.B.', 'z. B.', '10.000', 'Dr.', 'a?b',
    'km/h.', 'Kreml-Sprecher', 'U.S.', ' ', '  ', '\u00A0', '\t', '😀', '\u00AD', 'X',
  );

  it('liest einfache Prosa wie parse-latin oder überlässt sie ihm', () => {
    fc.assert(
      fc.property(fc.string({ unit: pieces, maxLength: 40 }), (s) => {
        const plain = plainSentenceEnds(s);
        if (plain) assert.deepEqual(plain, parsedSentenceEnds(s));
      }),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('liest gewöhnliche Absätze selbst und überlässt Zweifelsfälle parse-latin', () => {
    for (const s of [
      'Die Lage bleibt ernst. Der Minister, sagte Roth, kam am 3. Oktober. 2024 stieg der Wert auf 10.000 Euro.',
      '„Wir kommen.“ Das sagte Dr. Roth am Montag! Ist das so? Ja. ',
      'Er sagte: „Es reicht.“ sagte sie',
      'Vom 3. bis 6. Juni stieg er um 6%. „Wir kommen“, sagte sie. , und so weiter',
    ]) {
      assert.deepEqual(plainSentenceEnds(s), parsedSentenceEnds(s), s);
    }
    for (const s of ['Er kam z.B. gestern.', 'Er kam. Élise kam.', 'Er kam.” Dann', 'Warten ... Nein.', 'Er kam?! Ja.', 'Nur „Zitat.“', 'a. ;;a', 'a. ,,a']) {
      assert.equal(plainSentenceEnds(s), undefined, s);
    }
  });
});
