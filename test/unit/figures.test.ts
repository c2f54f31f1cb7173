// Figures: German numbers, qualifiers, ranges, units, counted nouns and quantity keys on short snippets.
import assert from 'node:assert/strict';
import { article } from './helpers';
import type { Figure } from '../../src/core';

function figures(body: string): Figure[] {
  return article(body).figures;
}

/** The only figure of the snippet (fails when there is none or more than one). */
function only(body: string): Figure {
  const all = figures(body);
  assert.equal(all.length, 1, `expected one figure, got ${JSON.stringify(all.map((f) => f.text))}`);
  return all[0];
}

function interval(f: Figure): [number, number] {
  return [f.low, f.high];
}

describe('Zahlen: Schreibweisen', () => {
  it('liest Tausenderpunkte: "10.000"', () => {
    const f = only('Das Heer zählt 10.000 Soldaten.');
    assert.equal(f.value, 10000);
    assert.deepEqual(interval(f), [10000, 10000]);
  });

  it('liest Tausender mit Leerzeichen: "10 000"', () => {
    assert.equal(only('Das Heer zählt 10 000 Soldaten.').value, 10000);
  });

  it('liest Dezimalkomma mit Skalenwort: "1,5 Millionen"', () => {
    const f = only('Die Stadt hat 1,5 Millionen Einwohner.');
    assert.equal(f.value, 1.5e6);
    assert.equal(f.text, '1,5 Millionen');
  });

  it('liest Abkürzungen "Mio." und "Mrd."', () => {
    assert.equal(only('Es kamen 1,5 Mio. Besucher.').value, 1.5e6);
    assert.equal(only('Geplant sind 2 Mrd. Dollar Hilfe.').value, 2e9);
  });

  it('liest Zahlwörter vor einem Nomen', () => {
    const cases: [string, number][] = [
      ['Es kamen vier Soldaten.', 4],
      ['Sie sahen zehn Häuser.', 10],
      ['Es gab zwölf Verletzte.', 12],
      ['Man fand zwanzig Tote.', 20],
      ['Es fehlten hundert Stimmen.', 100],
      ['Das Dorf hat tausend Einwohner.', 1000],
      ['Es flohen zwei Millionen Menschen.', 2e6],
      ['Er kaufte ein Dutzend Panzer.', 12],
      ['Es wurden fünfundzwanzig Häuser zerstört.', 25],
    ];
    for (const [body, value] of cases) assert.equal(only(body).value, value, body);
  });

  it('zählt "ein"/"eine" allein nicht als Zahl', () => {
    assert.deepEqual(figures('Ein Soldat und eine Soldatin sprachen mit einem Reporter.'), []);
  });

  it('zählt ein Zahlwort ohne Nomen nicht ("die drei")', () => {
    assert.deepEqual(figures('Die drei kamen zu spät.'), []);
  });

  it('liest negative Temperaturen mit "minus"', () => {
    const f = only('In der Nacht waren es minus 12 Grad.');
    assert.equal(f.value, -12);
    assert.equal(f.unit, 'Grad');
  });
});

describe('Zahlen: Einheiten', () => {
  it('erkennt Meter', () => {
    const f = only('Die Mauer ist 9,60 Meter hoch.');
    assert.equal(f.unit, 'Meter');
    assert.equal(f.value, 9.6);
  });

  it('erkennt "Prozent" und "%" als dieselbe Einheit', () => {
    assert.equal(only('Es stimmten 38 Prozent zu.').unit, 'Prozent');
    assert.equal(only('Es stimmten 38 % zu.').unit, 'Prozent');
  });

  it('erkennt Prozentpunkte als eigene Einheit', () => {
    assert.equal(only('Die Partei verlor 3 Prozentpunkte.').unit, 'Prozentpunkte');
  });

  it('erkennt Währungen mit Skalenwort', () => {
    const eur = only('Der Fonds umfasst 100 Millionen Euro.');
    assert.equal(eur.unit, 'Euro');
    assert.equal(eur.value, 1e8);
    assert.equal(eur.text, '100 Millionen Euro');
    const usd = only('Die Hilfe beträgt 3,5 Milliarden Dollar.');
    assert.equal(usd.unit, 'Dollar');
    assert.equal(usd.value, 3.5e9);
  });

  it('erkennt das Eurozeichen vor und nach der Zahl', () => {
    assert.equal(only('Der Eintritt kostet € 20.').unit, 'Euro');
    assert.equal(only('Der Eintritt kostet € 20.').text, '€ 20');
    assert.equal(only('Der Eintritt kostet 20 Euro.').unit, 'Euro');
  });

  it('erkennt Cent und Promille', () => {
    assert.equal(only('Der Fahrschein kostet 20 Cent mehr.').unit, 'Cent');
    assert.equal(only('Der Fahrer hatte 1,8 Promille.').text, '1,8 Promille');
    assert.equal(only('Er hatte 0,5 ‰ im Blut.').unit, 'Promille');
  });

  it('erkennt Kilometer als "km"', () => {
    assert.equal(only('Die Front ist 300 km lang.').unit, 'Kilometer');
  });

  it('erkennt Dauern als Zahl mit Einheit', () => {
    assert.equal(only('Die Verhandlung dauerte sechs Stunden.').unit, 'Stunden');
  });

  it('lässt die Einheit einer bloßen Anzahl leer', () => {
    assert.equal(only('Es kamen 300 Soldaten.').unit, null);
  });
});

describe('Zahlen: Qualifizierer und Spannen', () => {
  it('"bis zu 12.000" ist [0, 12000] und die Spanne umfasst den Qualifizierer, nicht das Nomen', () => {
    const f = only('Es sind bis zu 12.000 Soldaten.');
    assert.deepEqual(interval(f), [0, 12000]);
    assert.equal(f.text, 'bis zu 12.000');
  });

  it('"mehr als", "über", "mindestens" sind nach oben offen', () => {
    for (const q of ['mehr als', 'über', 'mindestens']) {
      assert.deepEqual(interval(only(`Es sind ${q} 10.000 Soldaten.`)), [10000, Infinity], q);
    }
  });

  it('"mehr als 10.000" schließt 10.000 ein (geschlossenes Intervall)', () => {
    const f = only('Es sind mehr als 10.000 Soldaten.');
    assert.ok(f.low <= 10000 && 10000 <= f.high);
  });

  it('"weniger als", "unter", "höchstens" sind [0, X]', () => {
    for (const q of ['weniger als', 'unter', 'höchstens']) {
      assert.deepEqual(interval(only(`Es sind ${q} 500 Soldaten.`)), [0, 500], q);
    }
  });

  it('"rund", "etwa", "ca.", "circa", "ungefähr" geben ±10 %', () => {
    for (const q of ['rund', 'etwa', 'ca.', 'circa', 'ungefähr']) {
      const f = only(`Es sind ${q} 1.000 Soldaten.`);
      assert.deepEqual(interval(f), [900, 1100], q);
      assert.ok(f.text.startsWith(q), q);
    }
  });

  it('rundet Toleranzen ohne Gleitkommareste', () => {
    assert.deepEqual(interval(only('Es starben rund 7 Millionen Menschen.')), [6.3e6, 7.7e6]);
  });

  it('"knapp" und "fast" liegen knapp darunter, "gut" knapp darüber', () => {
    assert.deepEqual(interval(only('Es sind knapp 1.000 Soldaten.')), [900, 1000]);
    assert.deepEqual(interval(only('Es sind fast 1.000 Soldaten.')), [900, 1000]);
    assert.deepEqual(interval(only('Es sind gut 1.000 Soldaten.')), [1000, 1100]);
  });

  it('liest Spannen in drei Schreibweisen, Wert ist die Untergrenze', () => {
    for (const body of [
      'Es sind zwischen 10.000 und 12.000 Soldaten.',
      'Es sind 10.000 bis 12.000 Soldaten.',
      'Es sind 10.000–12.000 Soldaten.',
    ]) {
      const f = only(body);
      assert.deepEqual(interval(f), [10000, 12000], body);
      assert.equal(f.value, 10000, body);
    }
  });

  it('überträgt das Skalenwort der Obergrenze auf die Untergrenze: "1 bis 2 Millionen"', () => {
    assert.deepEqual(interval(only('Es flohen 1 bis 2 Millionen Menschen.')), [1e6, 2e6]);
  });
});

describe('Zahlen: gezähltes Nomen', () => {
  it('lemmatisiert das Nomen nach der Zahl und überspringt Adjektive', () => {
    assert.equal(only('Es kamen 10.000 nordkoreanische Soldaten.').thing, 'Soldat');
  });

  it('bildet Nominativ Singular', () => {
    const cases: [string, string][] = [
      ['Es kamen 300 Menschen.', 'Mensch'],
      ['Es kamen 300 Kämpfer.', 'Kämpfer'],
      ['Der Ort hat 300 Einwohner.', 'Einwohner'],
      ['Man zählte 30 Toten.', 'Tote'],
      ['Es gab 30 Verletzte.', 'Verletzte'],
      ['Es brannten 30 Häuser.', 'Haus'],
      ['Er erhielt 300 Stimmen.', 'Stimme'],
    ];
    for (const [body, thing] of cases) assert.equal(only(body).thing, thing, body);
  });

  it('nimmt bei verkürzter Koordination das letzte Glied: "20 Staats- und Regierungschefs"', () => {
    assert.equal(only('Es kamen 20 Staats- und Regierungschefs.').thing, 'Regierungschef');
  });

  it('nimmt bei "Prozent der …" das Nomen nach dem Artikel', () => {
    assert.equal(only('Das sagten 38 Prozent der Befragten.').thing, 'Befragte');
  });

  it('nimmt bei "Die Zahl der Toten stieg auf 300" das Nomen davor', () => {
    const f = only('Die Zahl der Toten stieg auf 300.');
    assert.equal(f.thing, 'Tote');
    assert.equal(f.key, 'tote');
  });
});

describe('Zahlen: Schlüssel', () => {
  it('fasst Soldaten, Kämpfer, Truppen und Soldatinnen zu "soldat" zusammen', () => {
    for (const noun of ['Soldaten', 'Kämpfer', 'Truppen', 'Soldatinnen']) {
      assert.equal(only(`Es kamen 500 ${noun}.`).key, 'soldat', noun);
    }
  });

  it('fasst Tote, Todesopfer und Getötete zu "tote" zusammen', () => {
    for (const noun of ['Tote', 'Todesopfer', 'Getötete']) {
      assert.equal(only(`Es gab 50 ${noun}.`).key, 'tote', noun);
    }
  });

  it('schlüsselt Menschen über das Ereignis: "300 Menschen wurden evakuiert"', () => {
    assert.equal(only('Gestern wurden 300 Menschen evakuiert.').key, 'evakuiert');
    assert.equal(only('Es wurden 300 Menschen in Sicherheit gebracht.').key, 'evakuiert');
  });

  it('gibt allgemeinen Nomen ohne Ereignis keinen Schlüssel', () => {
    assert.equal(only('Auf dem Platz standen 300 Menschen.').key, '');
  });

  it('trennt Verluste von Truppenstärke: "300 Soldaten wurden getötet"', () => {
    assert.equal(only('Dabei wurden 300 Soldaten getötet.').key, 'soldat/tote');
  });

  it('verfeinert den Schlüssel um die Herkunft, per Adjektiv oder "aus"', () => {
    const adj = only('Es kamen 500 nordkoreanische Soldaten.').key;
    const aus = only('Es kamen 500 Soldaten aus Nordkorea.').key;
    assert.equal(adj, 'soldat@nordkorea');
    assert.equal(aus, adj);
    assert.notEqual(only('Es kamen 500 ukrainische Soldaten.').key, adj);
  });

  it('trennt eine Veränderung vom Stand: "sank um 20.000 auf 2,8 Millionen"', () => {
    const [change, level] = figures('Die Zahl der Arbeitslosen sank um 20.000 auf 2,8 Millionen.');
    assert.equal(change.key, 'arbeitslose/veraenderung');
    assert.equal(level.key, 'arbeitslose');
  });

  it('trennt Zuwächse von der Gesamtzahl: "weitere 1.000 Soldaten", "500 neue Fälle"', () => {
    assert.equal(only('Das Land schickt weitere 1.000 Soldaten.').key, 'soldat/zusatz');
    assert.equal(only('Es gab 500 neue Fälle von Cholera.').key, '');
    assert.equal(only('Es kamen 500 weitere Soldaten.').key, 'soldat/zusatz');
  });

  it('trennt einen früheren Stand vom neuen: "von 30 auf 45"', () => {
    const [was, now] = figures('Die Zahl der Toten stieg von 30 auf 45.');
    assert.equal(was.key, 'tote/vorher');
    assert.equal(now.key, 'tote');
  });

  it('gibt "von 2,5 auf 3,1 Prozent" beiden Zahlen die Einheit', () => {
    assert.deepEqual(figures('Die Preise stiegen von 2,5 auf 3,1 Prozent.').map((f) => f.unit), ['Prozent', 'Prozent']);
  });

  it('nimmt bei Verben des Stands das Subjekt als Bezug, mit Ort', () => {
    assert.equal(only('Die Inflation in Polen lag bei 4,6 Prozent.').key, 'prozent:inflation@polen');
    assert.equal(only('Die polnische Inflation lag bei 4,6 Prozent.').key, 'prozent:inflation@polen');
  });

  it('schlüsselt Geld nach Zweck nur mit Subjekt: "Der Neubau kostet …"', () => {
    assert.equal(only('Der Neubau kostet 300 Millionen Euro.').key, 'eur:neubau/kosten');
    assert.equal(only('Es kostet 300 Millionen Euro.').key, '');
  });

  it('stellt Geldbeträgen die Währung voran', () => {
    assert.equal(only('Es entstand ein Schaden von 100 Millionen Euro.').key, 'eur:schaden');
  });

  it('braucht bei Prozent ein Bezugsnomen', () => {
    assert.equal(only('38 Prozent der Befragten sind für ein Tempolimit.').key, 'prozent:befragte~tempolimit');
    assert.equal(only('Die Quote stieg auf 38 Prozent.').key, '');
  });

  it('setzt die Quelle noch nicht (das macht buildClaims)', () => {
    assert.equal(only('Es kamen 500 Soldaten.').source, null);
  });
});

describe('Zahlen: vage Mengen', () => {
  it('markiert "Tausende", "Hunderte", "Dutzende", "zahlreiche", "mehrere tausend" als vage', () => {
    for (const body of [
      'Es flohen Tausende Menschen.',
      'Es kamen Hunderte Soldaten.',
      'Es gab Dutzende Tote.',
      'Es brannten zahlreiche Häuser.',
      'Es kamen mehrere tausend Soldaten.',
      'Es starben mehrere Dutzend Soldaten.',
    ]) {
      const f = only(body);
      assert.equal(f.vague, true, body);
      assert.deepEqual([f.value, f.low, f.high, f.key], [0, 0, 0, ''], body);
    }
  });

  it('lässt "zahlreiche" ohne Nomen aus', () => {
    assert.deepEqual(figures('Die Gründe sind zahlreiche.'), []);
  });
});

describe('Zahlen: keine Zahlen', () => {
  const none: [string, string][] = [
    ['Uhrzeit mit Punkt', 'Das Treffen begann um 14.30 Uhr.'],
    ['Uhrzeit ganzzahlig', 'Das Treffen begann um 10 Uhr.'],
    ['Jahr nach "im Jahr"', 'Das geschah im Jahr 2023.'],
    ['Jahr nach "seit"', 'Der Konflikt ruht seit 1953.'],
    ['Jahr am Satzanfang', '2024 hat sich viel verändert.'],
    ['Datum', 'Der Vertrag gilt seit dem 23.11.2024.'],
    ['Ordinalzahl mit Artikel', 'Er belegte den 3. Platz.'],
    ['Ordinalzahl "zum 2. Mal"', 'Sie kam zum 2. Mal.'],
    ['Nummer', 'Er wohnt in Haus Nr. 5.'],
    ['Paragraf', 'Das regelt § 3 des Gesetzes.'],
    ['Spielstand', 'Das Spiel endete 3:1.'],
    ['Spielstand in Worten', 'Die Elf gewann mit 3 zu 1.'],
    ['Rückennummer', 'Er trug die Rückennummer 10.'],
    ['Zugnummer', 'Der ICE 1234 fiel aus.'],
    ['Telefonnummer', 'Rufen Sie 030 1234567 an.'],
    ['Lebensalter', 'Der 40 Jahre alte Offizier ist 52 Jahre alt.'],
    ['Versionsnummer', 'Die App erschien als Version 2.1.3.'],
    ['Zahl im Wort', 'Die G7 und die F-16 und COVID-19 und der A380 waren Thema.'],
  ];
  for (const [name, body] of none) {
    it(`nicht: ${name}`, () => assert.deepEqual(figures(body).map((f) => f.text), []));
  }

  it('nicht: Listennummern am Zeilenanfang', () => {
    assert.deepEqual(figures('1. Erster Punkt\n2) Zweiter Punkt').map((f) => f.text), []);
  });

  it('nicht: Seitenzählung "Seite 2 von 5"', () => {
    assert.deepEqual(figures('Seite 2 von 5').map((f) => f.text), []);
  });

  it('liest durch Markdown-Hervorhebung hindurch', () => {
    const f = only('Es kamen **rund 10.000** Soldaten.');
    assert.equal(f.text, 'rund 10.000');
    assert.equal(f.thing, 'Soldat');
  });

  it('eine Zahl am Satzende ist keine Ordinalzahl', () => {
    assert.equal(only('Die Zahl der Toten stieg auf 30. Danach wurde es ruhig.').value, 30);
  });
});

describe('Zahlen: Anteile in Worten', () => {
  it('liest "zwei Drittel der Befragten" als Prozent mit dem Schlüssel der Befragten', () => {
    const f = only('Zwei Drittel der Befragten sind für ein Tempolimit.');
    assert.equal(f.text, 'Zwei Drittel');
    assert.equal(f.unit, 'Prozent');
    assert.equal(Math.round(f.value * 100) / 100, 66.67);
    assert.equal(f.key, only('Laut Forsa sind 64 Prozent der Befragten für ein Tempolimit.').key);
  });

  it('gibt einem Anteil in Worten die Toleranz einer gerundeten Zahl: "jeder Dritte" passt zu 31 Prozent', () => {
    const f = only('Laut Forsa ist jeder Dritte dagegen.');
    assert.equal(f.text, 'jeder Dritte');
    assert.ok(f.low <= 31 && 31 <= f.high && f.high < 37, `${f.low}–${f.high}`);
  });

  it('liest "jede fünfte", "die Hälfte", "ein Viertel", "drei Viertel" und "neun von zehn"', () => {
    const cases: [string, string, number][] = [
      ['Jede fünfte Befragte stimmte zu.', 'Jede fünfte', 20],
      ['Die Hälfte der Mieter zahlt zu viel.', 'Die Hälfte', 50],
      ['Ein Viertel aller Fehltage geht auf Rückenleiden zurück.', 'Ein Viertel', 25],
      ['Drei Viertel der Deutschen sorgen sich um das Klima.', 'Drei Viertel', 75],
      ['Neun von zehn Bewohnern verloren ihr Haus.', 'Neun von zehn', 90],
    ];
    for (const [body, text, value] of cases) {
      const f = only(body);
      assert.deepEqual([f.text, f.value, f.unit], [text, value, 'Prozent'], body);
    }
  });

  it('wendet Qualifizierer auf den Anteil an: "knapp die Hälfte", "mehr als jeder dritte"', () => {
    assert.deepEqual(interval(only('Knapp die Hälfte der Mieter zahlt zu viel.')), [45, 50]);
    const f = only('Mehr als jeder dritte Fernzug war verspätet.');
    assert.equal(f.text, 'Mehr als jeder dritte');
    assert.equal(f.high, Infinity);
  });

  it('liest Zeitabschnitte und Zusammensetzungen nicht als Anteil', () => {
    assert.deepEqual(figures('In der zweiten Hälfte fiel kein Tor.'), []);
    assert.deepEqual(figures('Er wartete eine Dreiviertelstunde auf den Bus.'), []);
    assert.deepEqual(figures('Die Koalition hat keine Zwei-Drittel-Mehrheit.'), []);
  });

  it('liest "anderthalb" als 1,5', () => {
    assert.equal(only('Die Sitzung dauerte anderthalb Stunden.').value, 1.5);
  });
});

describe('Zahlen: Schlüssel über Formulierungen hinweg', () => {
  const key = (body: string) => only(body).key;

  it('fasst "evakuiert", "in Sicherheit gebracht" und "mussten ihre Häuser verlassen" zusammen', () => {
    const k = key('Die Feuerwehr evakuierte 47 Menschen.');
    assert.equal(k, 'evakuiert');
    assert.equal(key('Es wurden 47 Bewohner in Sicherheit gebracht.'), k);
    assert.equal(key('Es mussten 47 Bewohner ihre Wohnungen verlassen.'), k);
  });

  it('fasst "ums Leben gekommen", "Todesopfer", "getötet" und "Menschenleben" zusammen', () => {
    const k = key('Es sind 13 Menschen ums Leben gekommen.');
    for (const body of ['Man zählte 13 Todesopfer.', 'Es wurden 13 Menschen getötet.', 'Der Angriff forderte 13 Menschenleben.']) {
      assert.equal(key(body), k, body);
    }
  });

  it('hält Verletzte und Tote auseinander, auch bei Menschen mit Rolle', () => {
    assert.notEqual(key('Es wurden drei Fahrgäste verletzt.'), key('Es wurden drei Fahrgäste getötet.'));
    assert.equal(key('Es wurden drei Fahrgäste verletzt.'), key('Es gab drei Verletzte.'));
  });

  it('zählt Festnahmen auch mit trennbarem Verb: "nahm 14 Menschen fest"', () => {
    assert.equal(key('Die Polizei nahm 14 Menschen fest.'), key('Es wurden 14 Verdächtige festgenommen.'));
  });

  it('gibt Truppen das handelnde Land, nicht die Quelle und nicht das Ziel', () => {
    assert.equal(key('Nach Angaben des NIS hat Nordkorea rund 10.000 Soldaten nach Russland geschickt.'), 'soldat@nordkorea');
    assert.equal(key('Russland hat in Kursk 50.000 Soldaten zusammengezogen.'), 'soldat@russland');
    assert.equal(key('Laut Südkorea sind 10.000 Soldaten in Kursk.'), 'soldat');
  });

  it('behält die Herkunft bei "Die Zahl der nordkoreanischen Kämpfer … auf"', () => {
    assert.equal(key('Das Pentagon schätzt die Zahl der nordkoreanischen Kämpfer auf 11.000.'), 'soldat@nordkorea');
  });

  it('gibt Nationalitäten mit Ereignis die Gruppe: "200 Nordkoreaner getötet"', () => {
    assert.equal(key('Es wurden 200 Nordkoreaner getötet.'), 'tote@nordkorea');
  });

  it('fasst weibliche und männliche Formen und Stellen/Arbeitsplätze zusammen', () => {
    assert.equal(key('Es starteten 45.000 Läuferinnen.'), key('Es starteten 45.000 Läufer.'));
    assert.equal(key('Siemens streicht 6.000 Stellen.'), key('Bei Siemens fallen 6.000 Arbeitsplätze weg.'));
  });

  it('trennt einen Unterschied vom Stand: "zwei Goldmedaillen mehr als in Tokio"', () => {
    assert.notEqual(key('Das Team holte zwei Goldmedaillen mehr als in Tokio.'), key('Das Team holte zwölf Goldmedaillen.'));
  });

  it('gibt einer Zahl nach einem Nomen nicht das Ereignis des Satzes: "der Stärke 6,2"', () => {
    const a = article('Bei einem Erdbeben der Stärke 6,2 wurden neun Menschen getötet.').figures;
    assert.deepEqual(a.map((f) => f.key), ['', 'tote']);
  });

  it('trennt Anteile derselben Gruppe nach dem Thema des Satzes', () => {
    const dafuer = key('Zwei Drittel der Befragten sind für ein Tempolimit.');
    assert.equal(dafuer, key('Laut Forsa sind 64 Prozent der Befragten für ein Tempolimit.'));
    assert.notEqual(dafuer, key('Die Hälfte der Befragten hält die Klimapolitik für unzureichend.'));
    assert.equal(key('Das sagten 38 Prozent der Befragten.'), '');
  });

  it('nimmt eine Verbpartikel am Satzende als Thema: "fielen 50 Prozent der Fernzüge aus"', () => {
    assert.equal(key('Laut Bahn fielen 50 Prozent der Fernzüge aus.'), key('Nach Angaben der DB fielen am Donnerstag rund 80 Prozent der Fernzüge aus.'));
  });
});
