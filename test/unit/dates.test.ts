// Date extraction on short German snippets, resolved against Saturday 2024-11-23 unless a test says otherwise.
import assert from 'node:assert/strict';
import { article } from './helpers';
import type { DateMention } from '../../src/core';

/** The single date mention of `body`, failing when there is not exactly one. */
function one(body: string, date?: string): DateMention {
  const ds = article(body, date).dates;
  assert.equal(ds.length, 1, `expected one date in ${JSON.stringify(body)}, got ${JSON.stringify(ds.map((d) => d.text))}`);
  return ds[0];
}

/** text → value for every mention of `body`. */
function values(body: string, date?: string): [string, string | null][] {
  return article(body, date).dates.map((d) => [d.text, d.value]);
}

describe('Daten: absolute Angaben', () => {
  it('liest "23. November 2024" als Tag', () => {
    const d = one('Die Delegation reiste am 23. November 2024 ab.');
    assert.equal(d.text, '23. November 2024');
    assert.equal(d.value, '2024-11-23');
    assert.equal(d.relative, false);
  });

  it('liest "28.04.2025" als Tag', () => {
    assert.equal(one('Die Frist endet am 28.04.2025 um Mitternacht.').value, '2025-04-28');
  });

  it('liest ISO-Schreibweise "2025-04-28"', () => {
    assert.equal(one('Stand: 2025-04-28').value, '2025-04-28');
  });

  it('liest "im Juni 2024" als Monat', () => {
    const d = one('Im Juni 2024 begann die Verlegung.');
    assert.deepEqual([d.text, d.value], ['Juni 2024', '2024-06']);
  });

  it('liest "seit 1953" als Jahr', () => {
    assert.equal(one('Der Waffenstillstand gilt seit 1953 ohne Friedensvertrag.').value, '1953');
  });

  it('liest Abkürzungen und "Jänner"', () => {
    assert.deepEqual(values('Jan. 2020, Sept. 2021 und Jänner 2022.'), [
      ['Jan. 2020', '2020-01'],
      ['Sept. 2021', '2021-09'],
      ['Jänner 2022', '2022-01'],
    ]);
  });

  it('liest "im Herbst 2023" als meteorologische Jahreszeit', () => {
    assert.equal(one('Im Herbst 2023 trafen die ersten Lieferungen ein.').value, '2023-09/2023-11');
  });

  it('liest "Anfang 2024" als Jahr', () => {
    assert.equal(one('Anfang 2024 wurde das Abkommen geschlossen.').value, '2024');
  });
});

describe('Daten: relative Angaben', () => {
  const cases: [string, string, string][] = [
    ['Gestern meldete das Ministerium neue Zahlen.', 'Gestern', '2024-11-22'],
    ['Heute tagt der Rat.', 'Heute', '2024-11-23'],
    ['Der Rat tagt morgen erneut.', 'morgen', '2024-11-24'],
    ['Vorgestern begann der Angriff.', 'Vorgestern', '2024-11-21'],
    ['Am Sonntagabend fielen Schüsse.', 'Sonntagabend', '2024-11-17'],
    ['Mittwochmittag landete die Maschine.', 'Mittwochmittag', '2024-11-20'],
    ['Ende Oktober zogen die Truppen ab.', 'Ende Oktober', '2024-10'],
    ['Mitte März kamen die ersten Soldaten an.', 'Mitte März', '2024-03'],
    ['Am 3. Oktober wurde gefeiert.', '3. Oktober', '2024-10-03'],
  ];
  for (const [body, text, value] of cases) {
    it(`löst "${text}" auf`, () => {
      const d = one(body);
      assert.deepEqual([d.text, d.value, d.relative], [text, value, true]);
    });
  }

  it('versteht "vergangene Woche" als Montag bis Sonntag der Vorwoche', () => {
    assert.equal(one('Vergangene Woche wurde verhandelt.').value, '2024-11-11/2024-11-17');
  });

  it('versteht "im vergangenen Jahr", "vergangenes Jahr" und "letztes Jahr" als Vorjahr', () => {
    assert.deepEqual(
      values('Im vergangenen Jahr und vergangenes Jahr, auch letztes Jahr.').map((v) => v[1]),
      ['2023', '2023', '2023'],
    );
  });

  it('löst "am Vortag" gegen den zuletzt genannten Tag auf', () => {
    assert.deepEqual(values('Am 20. November traf er ein. Am Vortag war er in Kiew.'), [
      ['20. November', '2024-11-20'],
      ['Vortag', '2024-11-19'],
    ]);
  });

  it('löst "am Vortag" ohne genannten Tag gegen das Artikeldatum auf', () => {
    assert.equal(one('Am Vortag war er in Kiew.').value, '2024-11-22');
  });

  it('liest "vom 21. auf den 22. Juni" (Nacht) als Intervall', () => {
    assert.equal(one('In der Nacht vom 21. auf den 22. Juni fielen Raketen.').value, '2024-06-21/2024-06-22');
  });

  it('liest "vor drei Tagen" als Tag', () => {
    assert.equal(one('Vor drei Tagen begann die Räumung.').value, '2024-11-20');
  });

  it('liest "KW 12/2024" als ISO-Woche', () => {
    assert.equal(one('Die Lieferung kommt in KW 12/2024.').value, '2024-03-18/2024-03-24');
  });

  it('liest "Anfang der Woche" als laufende Woche', () => {
    assert.equal(one('Anfang der Woche kam die Zusage.').value, '2024-11-18/2024-11-24');
  });

  it('liest "Heute Morgen" als heute und einen Satzanfang "Morgen" als morgen', () => {
    assert.deepEqual(values('Heute Morgen kam er. Morgen reist er weiter.'), [
      ['Heute Morgen', '2024-11-23'],
      ['Morgen', '2024-11-24'],
    ]);
  });

  it('setzt "zum Jahreswechsel" auf den nächsten Jahreswechsel', () => {
    assert.equal(one('Zum Jahreswechsel soll die Brücke fertig sein.').value, '2024-12-31/2025-01-01');
  });

  it('liest "vom 21. bis 23. Juni" als Intervall', () => {
    const d = one('Der Gipfel tagt vom 21. bis 23. Juni in Berlin.');
    assert.deepEqual([d.text, d.value], ['21. bis 23. Juni', '2024-06-21/2024-06-23']);
  });

  it('legt ein jahresloses Datum mehr als sechs Monate in der Zukunft ins Vorjahr', () => {
    assert.equal(one('Am 28. Dezember begann die Offensive.', '2025-01-05').value, '2024-12-28');
  });

  it('gibt "29. Februar" ohne Jahr in einem Nicht-Schaltjahr keinen Wert', () => {
    assert.equal(one('Am 29. Februar fiel Schnee.', '2023-05-01').value, null);
  });

  it('nimmt von einer rückwärts geschriebenen Spanne nur den Anfang', () => {
    assert.equal(one('Die Messe lief vom 15.05.2017 bis 19.05.2015.').value, '2017-05-15');
  });

  it('gibt relativen Angaben ohne Artikeldatum keinen Wert', () => {
    const a = article('Gestern und am 23. November 2024.', '');
    assert.deepEqual(
      a.dates.map((d) => [d.text, d.value]),
      [
        ['Gestern', null],
        ['23. November 2024', '2024-11-23'],
      ],
    );
  });
});

describe('Daten: Feiertage und Jahreswechsel', () => {
  it('liest "an Weihnachten" als 24. bis 26. Dezember', () => {
    assert.equal(one('An Weihnachten ruhten die Waffen.').value, '2024-12-24/2024-12-26');
  });

  it('berechnet Ostern für ein genanntes Jahr', () => {
    assert.equal(one('Zu Ostern 2025 kamen Pilger.').value, '2025-04-20');
  });

  it('liest "Jahreswechsel 2023/24" als 31.12.2023 bis 1.1.2024', () => {
    const d = one('Zum Jahreswechsel 2023/24 änderte sich das.');
    assert.deepEqual([d.value, d.relative], ['2023-12-31/2024-01-01', false]);
  });
});

describe('Daten: Wochentage allein', () => {
  it('nimmt "am heutigen Montag" als Artikeldatum', () => {
    assert.equal(one('Am heutigen Montag tagt der Rat.', '2024-11-25').value, '2024-11-25');
  });

  it('nimmt "ab Montag" als nächsten Montag', () => {
    assert.equal(one('Ab Montag gilt die neue Regel.').value, '2024-11-25');
  });

  it('nimmt "Montag vergangener Woche" aus der Vorwoche', () => {
    assert.equal(one('Montag vergangener Woche begann der Streik.').value, '2024-11-11');
  });

  it('liest "am Wochenende" als Samstag und Sonntag', () => {
    assert.equal(one('Am Wochenende blieb es ruhig.', '2024-11-25').value, '2024-11-23/2024-11-24');
  });

  it('nimmt "am Montag" als letzten Montag vor dem Artikeldatum', () => {
    const d = one('Am Montag sagte der Minister, die Lage sei ernst.');
    assert.equal(d.value, '2024-11-18');
    assert.equal(d.weekday, undefined);
  });

  it('nimmt den Wochentag des Artikels als Artikeldatum selbst', () => {
    assert.equal(one('Am Samstag sagte der Minister, die Lage sei ernst.').value, '2024-11-23');
  });

  it('nimmt "kommenden Freitag" als nächsten Freitag', () => {
    assert.equal(one('Die Entscheidung fällt kommenden Freitag.').value, '2024-11-29');
  });

  it('nimmt einen Wochentag im Futur als nächsten solchen Tag', () => {
    assert.equal(one('Am Dienstag wird das Parlament abstimmen.').value, '2024-11-26');
  });
});

describe('Daten: Uhrzeiten', () => {
  it('hängt "14.30 Uhr" an den Tag daneben', () => {
    const d = one('Am Montag um 14.30 Uhr begann die Sitzung.');
    assert.deepEqual([d.text, d.value], ['Montag um 14.30 Uhr', '2024-11-18T14:30']);
  });

  it('gibt "um 10 Uhr" den einzigen Tag des Satzes', () => {
    assert.deepEqual(values('Die Sitzung am 3. Oktober 2024 war öffentlich, sie begann um 10 Uhr.'), [
      ['3. Oktober 2024', '2024-10-03'],
      ['10 Uhr', '2024-10-03T10:00'],
    ]);
  });

  it('lässt eine Uhrzeit ohne Tag ohne Wert', () => {
    assert.deepEqual(values('Die Sitzung begann um 10 Uhr.'), [['10 Uhr', null]]);
  });
});

describe('Daten: Wochentag neben dem Datum', () => {
  const cases: [string, string, string][] = [
    ['Am Mittwoch, 11. Januar 2024, kam es zum Treffen.', 'Mittwoch, 11. Januar 2024', '2024-01-11'],
    ['Am Mittwoch, dem 11. Januar 2023, kam es zum Treffen.', 'Mittwoch, dem 11. Januar 2023', '2023-01-11'],
    ['Das Treffen am Mittwoch (11.1.2023) verlief ruhig.', 'Mittwoch (11.1.2023)', '2023-01-11'],
  ];
  for (const [body, text, value] of cases) {
    it(`setzt weekday und weekdaySpan bei "${text}"`, () => {
      const a = article(body);
      assert.equal(a.dates.length, 1);
      const d = a.dates[0];
      assert.deepEqual([d.text, d.value, d.weekday], [text, value, 3]);
      assert.equal(a.doc.text.slice(d.weekdaySpan!.start, d.weekdaySpan!.end), 'Mittwoch');
    });
  }

  it('wählt bei Datum ohne Jahr das Jahr, zu dem der Wochentag passt, wenn beide in Frage kommen', () => {
    assert.equal(one('Am Mittwoch, dem 11. Januar, tagte der Rat.', '2022-09-01').value, '2023-01-11');
  });

  it('liest die Kurzform "Mo., 3.7.2023"', () => {
    const d = one('Termin: Mo., 3.7.2023 im Rathaus.');
    assert.deepEqual([d.value, d.weekday], ['2023-07-03', 1]);
  });

  it('setzt weekday bei "am gestrigen Montag", damit die Prüfung greifen kann', () => {
    const d = one('Am gestrigen Montag tagte der Rat.');
    assert.deepEqual([d.text, d.value, d.weekday], ['gestrigen Montag', '2024-11-22', 1]);
  });

  it('setzt weekday bei "gestern, Freitag,"', () => {
    const d = one('Gestern, Freitag, tagte der Rat.');
    assert.deepEqual([d.text, d.value, d.weekday], ['Gestern, Freitag', '2024-11-22', 5]);
  });

  it('hält zwei Tage mit je eigenem Wochentag getrennt', () => {
    const a = article('Von Montag, 6.11.2023, bis Mittwoch, 8.11.2023 tagte der Rat.');
    assert.deepEqual(
      a.dates.map((d) => [d.value, d.weekday]),
      [
        ['2023-11-06', 1],
        ['2023-11-08', 3],
      ],
    );
  });
});

describe('Daten: vage Angaben', () => {
  for (const phrase of ['in den letzten Stunden', 'in den vergangenen Tagen', 'demnächst', 'bald']) {
    it(`markiert "${phrase}" als vage ohne Wert`, () => {
      const d = one(`Die Lage hat sich ${phrase} verschärft.`);
      assert.deepEqual([d.text, d.value, d.vague], [phrase, null, true]);
    });
  }
});

describe('Daten: keine Daten', () => {
  const cases = [
    'Russland hat 10.000 Soldaten verlegt.',
    'Das Dokument Nr. 5 liegt vor.',
    'Das Spiel endete 3:1.',
    'Die Inflation lag bei 1,5 Prozent.',
    'Mehr dazu in Kapitel 3.',
    'Erreichbar unter 030 1234567.',
    'Es kamen 1953 Menschen.',
    'Bis 2000 Soldaten sollen beteiligt sein.',
    'Er sprach mit August Diehl.',
    'Am Morgen war es ruhig.',
    'Das heute-journal berichtete ausführlich.',
    'Die Zahl stieg von 1990 auf 2500.',
    'Das Wasser stieg bis 1.5 Meter.',
    'Freitags tagt der Ausschuss.',
    'Die Region ist seit 2000 Jahren besiedelt.',
  ];
  for (const body of cases) {
    it(`findet nichts in "${body}"`, () => {
      assert.deepEqual(values(body), []);
    });
  }
});

describe('Daten: Spannen', () => {
  it('legt alle Spannen in Prosa und auf Token-Grenzen', () => {
    const a = article('Am Mittwoch, 11. Januar 2024, und gestern gegen 14 Uhr sowie vom 21. bis 23. Juni.');
    for (const d of a.dates) {
      assert.equal(a.doc.text.slice(d.start, d.end), d.text);
      assert.ok(a.doc.prose.some((p) => p.start <= d.start && d.end <= p.end));
      assert.doesNotMatch(a.doc.text.slice(d.start - 1, d.start), /[\p{L}\d]/u);
      assert.doesNotMatch(a.doc.text.slice(d.end, d.end + 1), /[\p{L}\d]/u);
    }
    assert.equal(a.dates.length, 3);
  });
});
