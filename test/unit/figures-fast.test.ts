// The fast paths of the figure reader give exactly what the slower, plainer code gives.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { round12 } from '../../src/core/figures';
import { fuzzRuns, fuzzSeed } from '../fixtures/hostile/arbitraries';

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
});
