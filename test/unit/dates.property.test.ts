// Properties of date extraction on hostile German-ish text: values are real calendar dates, intervals run forwards.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { prepare } from '../../src/core/text';
import { extractDates } from '../../src/core/dates';
import { isValidDay } from '../../src/core/dates/calendar';
import { formatArb, fuzzRuns, fuzzSeed, hostileText } from '../fixtures/hostile/arbitraries';

/** Problems with one ISO value: a part that is no calendar date, or an interval whose end precedes its start. */
function valueProblems(value: string): string[] {
  const out: string[] = [];
  const parts = value.split('/');
  for (const p of parts) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(p);
    if (!m) out.push(`${p} is not ISO`);
    else if (m[2] && (+m[2] < 1 || +m[2] > 12)) out.push(`${p}: no such month`);
    else if (m[3] && !isValidDay(+m[1], +m[2], +m[3])) out.push(`${p}: no such day`);
    else if (m[4] && (+m[4] > 24 || +m[5] > 59)) out.push(`${p}: no such time`);
  }
  if (parts.length === 2 && parts[0].length === parts[1].length && parts[0] > parts[1]) out.push(`${value}: runs backwards`);
  return out;
}

describe('Daten: Eigenschaften', () => {
  const runs = fuzzRuns(300);
  it('liefert nur echte Kalenderdaten und vorwärts laufende Intervalle', function () {
    // Long fuzz runs (FAKTENLAGE_FUZZ_RUNS) take their time; the default run stays within the suite's limit.
    this.timeout(Math.max(20000, runs * 40));
    fc.assert(
      fc.property(hostileText, formatArb, (text, format) => {
        const problems = extractDates(prepare(text, format)).flatMap((d) => (d.value ? valueProblems(d.value) : []));
        assert.deepEqual(problems, []);
      }),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('erkennt ungültige Werte (die Prüfung selbst kann scheitern)', () => {
    assert.deepEqual(valueProblems('2023-02-29'), ['2023-02-29: no such day']);
    assert.deepEqual(valueProblems('2024-06-23/2024-06-21'), ['2024-06-23/2024-06-21: runs backwards']);
  });
});
