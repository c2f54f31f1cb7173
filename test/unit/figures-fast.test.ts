// The fast paths of the figure reader give exactly what the slower, plainer code gives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFigures, round12 } from '../../src/core/figures';
import { extractDates } from '../../src/core/dates';
import { prepare } from '../../src/core/text';
import { articleText, formatArb, fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

describe('Zahlen: schnelle Wege', () => {
  const runs = fuzzRuns(2000);

  it('rundet auf zwölf Stellen wie Number(x.toPrecision(12))', () => {
    // Whole numbers around the twelve-digit edge, amounts times the rounding factors, and any double.
    const whole = fc.oneof(fc.integer(), fc.integer({ min: 999_999_990_000, max: 1_000_000_010_000 }).map((n) => (n % 2 ? -n : n)));
    const scaled = fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(0.9, 1.1, 1e3, 1e6, 1e9, 1e12, 100 / 3)).map(([v, f]) => v * f);
    const any = fc.oneof(whole, scaled, fc.double(), fc.constantFrom(-0, 0, Infinity, -Infinity, NaN, 2 ** 53, 1e12, -1e12));
    fc.assert(
      fc.property(any, (x) => assert.ok(Object.is(round12(x), Number(x.toPrecision(12))), String(x))),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('findet dieselben Zahlen, ob die Suche über Absätze weiterläuft oder in jedem neu beginnt', () => {
    // One prose range at a time can carry no search over; joined they must give the figures of the whole doc.
    const whole = fc.array(articleText, { minLength: 2, maxLength: 4 }).map((a) => a.join('\n\n```\n1 2 3\n```\n\n'));
    fc.assert(
      fc.property(whole, formatArb, (text, format) => {
        const doc = prepare(text, format, { memo: false });
        const dates = extractDates(doc, { memo: false });
        const one = doc.prose.flatMap((range) => extractFigures({ ...doc, prose: [range] }, dates));
        assert.deepEqual(extractFigures(doc, dates), one);
      }),
      { numRuns: runs / 10, seed: fuzzSeed(runs) },
    );
    const doc = prepare('Es kamen 300 Soldaten.\n\n```\n10 20\n```\n\nDann 400 Soldaten.', 'markdown', { memo: false });
    assert.deepEqual(extractFigures(doc, []).map((f) => f.text), ['300', '400']);
  });
});
