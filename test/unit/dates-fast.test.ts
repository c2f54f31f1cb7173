// The date scanner's shortcuts: skipping rules a sentence cannot match never changes what it finds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { daysInMonth } from '../../src/core/dates/calendar';
import { scanPieces } from '../../src/core/dates/scan';
import { fuzzRuns, fuzzSeed, sentence } from '../fixtures/hostile/arbitraries';

const words = fc.constantFrom(
  'am', 'Am', 'Montag', 'mittwochs', 'Sonnabend', 'Wochenende', 'vergangenen', 'kommende', 'Woche', 'diese', '23.', '3.',
  'November', 'Nov.', 'MÄRZ', 'Jänner', '2024', '24', '1990er', 'Jahren', 'Uhr', '14:30', '9.38h', '18h45', 'gestern',
  'Morgen', 'heute', 'Abend', 'Vortag', 'tags', 'darauf', 'KW', 'Kalenderwoche', '12', 'Jahreswechsel', 'Weihnachten',
  'Ostern', 'Tag der Deutschen Einheit', 'im', 'Sommer', 'Herbst', 'Ende', 'des', 'Jahres', 'Monatsende', 'seit', 'Wochen',
  'vor', 'drei', 'Tagen', 'in', 'Kürze', 'bald', 'Vorjahr', 'bis', 'zum', 'auf', '-', '–', '/', '.', ',', ' ', '  ',
  'ſeit', 'Mo.', '2025-04-28', '28.04.2025', '19.7', '16/06', 'Soldaten', 'Prozent', '(', ')',
  // Words the rules' shape gates turn on: short weekdays, counted spans, ranges, years after a preposition.
  'Fr', 'Di.', 'Tag', 'Tage', 'Folgetag', 'Vorabend', 'nächsten', 'zwei', 'einem', 'Jahr', 'ab', 'von', 'zwischen',
  'BIS', 'Auf', '2030', '3.7.', '1.000', '7', 'h', '9', ':', '30', 'h45',
);
const dateish = fc.array(words, { maxLength: 14 }).map((ws) => ws.join(' '));
const ref = fc.option(fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }));

describe('Daten: Abkürzungen des Scanners', () => {
  const runs = fuzzRuns(1500);

  it('findet mit übersprungenen Regeln dieselben Stücke wie mit allen Regeln', () => {
    fc.assert(
      fc.property(fc.oneof(dateish, sentence), ref, (text, r) => assert.deepEqual(scanPieces(text, r), scanPieces(text, r, true))),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
  });

  it('prüft Regeln ohne Groß- und Kleinschreibung auch bei „ſ“ (Unicode faltet es zu „s“)', () => {
    const text = 'ſeit Wochen';
    assert.deepEqual(scanPieces(text, null), scanPieces(text, null, true));
    assert.equal(scanPieces(text, null).length, 1);
  });

  it('zählt die Tage eines Monats wie Date.UTC, auch für die Jahre 0 bis 99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -2, max: 15 }), (y, m) =>
        assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate()),
      ),
      { numRuns: runs, seed: fuzzSeed(runs) },
    );
    for (const y of [0, 4, 96, 100, 1900, 2000, 2024, 2100]) assert.equal(daysInMonth(y, 2), new Date(Date.UTC(y, 2, 0)).getUTCDate());
  });
});
