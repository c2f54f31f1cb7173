// Attribution and claims: source markers, vague sources, hearsay, and which source covers which sentence.
import assert from 'node:assert/strict';
import { article } from './helpers';
import type { Analysis, Attribution } from '../../src/core';
import { buildClaims, extractAttributions } from '../../src/core/attribution';
import type { Entity } from '../../src/core';

function marks(body: string): Pick<Attribution, 'text' | 'kind' | 'who'>[] {
  return article(body).attributions.map((a) => (a.who === undefined ? { text: a.text, kind: a.kind } : { text: a.text, kind: a.kind, who: a.who }));
}

/** The attribution text covering each figure of the snippet, in order (null when unsourced). */
function figureSources(a: Analysis): (string | null)[] {
  return a.figures.map((f) => f.source?.text ?? null);
}

describe('Quellen: Marker', () => {
  const cases: [string, string, string, string][] = [
    ['laut X', 'Laut Südkorea sind 500 Soldaten im Einsatz.', 'Laut Südkorea', 'Südkorea'],
    ['nach Angaben der X', 'Nach Angaben der Polizei starben 30 Menschen.', 'Nach Angaben der Polizei', 'Polizei'],
    ['nach X-Angaben', 'Nach Polizeiangaben wurden 30 Menschen verletzt.', 'Nach Polizeiangaben', 'Polizei'],
    ['X zufolge', 'Dem Geheimdienst zufolge kamen 500 Soldaten.', 'Dem Geheimdienst zufolge', 'Dem Geheimdienst'],
    ['wie X mitteilte', 'Wie die Feuerwehr mitteilte, brannten 30 Häuser.', 'Wie die Feuerwehr mitteilte', 'die Feuerwehr'],
    ['teilte X mit', 'Am Abend teilte die Armee mit, es gebe 30 Tote.', 'teilte die Armee', 'die Armee'],
    ['X teilte mit', 'Die Armee teilte mit, es gebe 30 Tote.', 'Die Armee teilte', 'Die Armee'],
    ['sagte X', 'Es gibt 30 Tote, sagte Müller.', 'sagte Müller', 'Müller'],
    ['X sagte', 'Müller sagte, es gebe 30 Tote.', 'Müller sagte', 'Müller'],
    ['so X', 'Es gibt 30 Tote, so Müller.', 'so Müller', 'Müller'],
    ['nach Informationen des X', 'Nach Informationen des Rundfunks kamen 500 Soldaten.', 'Nach Informationen des Rundfunks', 'Rundfunks'],
    ['berichtet X', 'Am Morgen berichtet die Zeitung von 30 Toten.', 'berichtet die Zeitung', 'die Zeitung'],
    ['X berichtet, dass', 'Die Zeitung berichtet, dass 30 Menschen starben.', 'Die Zeitung berichtet', 'Die Zeitung'],
  ];
  for (const [name, body, text, who] of cases) {
    it(`erkennt „${name}“`, () => assert.deepEqual(marks(body), [{ text, kind: 'source', who }]));
  }

  it('erkennt „nach Angaben des …“ auch mit eingeschobener Partizipialgruppe', () => {
    assert.deepEqual(marks('Nach Angaben des von der Armee eingesetzten Gouverneurs starben 30 Menschen.'), [
      {
        text: 'Nach Angaben des von der Armee eingesetzten Gouverneurs',
        kind: 'source',
        who: 'von der Armee eingesetzten Gouverneurs',
      },
    ]);
  });

  it('erkennt „geht aus X hervor“', () => {
    assert.deepEqual(marks('Das geht aus einem Papier der Regierung hervor.'), [
      { text: 'geht aus einem Papier der Regierung hervor', kind: 'source', who: 'einem Papier der Regierung' },
    ]);
  });

  it('erkennt „unter Berufung auf X“ und hält Kreise dabei für vage', () => {
    assert.deepEqual(marks('Unter Berufung auf das Militär kamen 500 Soldaten.'), [
      { text: 'Unter Berufung auf das Militär', kind: 'source', who: 'das Militär' },
    ]);
    assert.deepEqual(marks('Unter Berufung auf Regierungskreise kamen 500 Soldaten.'), [
      { text: 'Unter Berufung auf Regierungskreise', kind: 'vague' },
    ]);
  });

  it('erkennt Titel in Anführungszeichen als Quelle', () => {
    assert.deepEqual(marks('Es kamen 500 Soldaten, schreibt die „Morgenpost“.'), [
      { text: 'schreibt die „Morgenpost“', kind: 'source', who: 'die „Morgenpost“' },
    ]);
  });

  it('nimmt das Subjekt vor dem Verb, nicht das Dativobjekt danach', () => {
    assert.deepEqual(marks('Ein Sprecher der Armee sagte der Agentur AFP, es gebe 30 Tote.'), [
      { text: 'Ein Sprecher der Armee sagte', kind: 'source', who: 'Ein Sprecher der Armee' },
    ]);
  });

  it('hängt einen Ort mit „in“ an die Quelle an', () => {
    assert.equal(marks('Das Ministerium in Kiew meldete 30 Tote.')[0].who, 'Das Ministerium in Kiew');
  });

  it('nimmt bei „nach eigenen Angaben“ das Subjekt des Satzes als Quelle', () => {
    assert.deepEqual(marks('Die Armee hat nach eigenen Angaben 300 Drohnen abgeschossen.'), [
      { text: 'nach eigenen Angaben', kind: 'source', who: 'Die Armee' },
    ]);
  });

  it('erkennt ein Pronomen als Quelle ohne Namen', () => {
    assert.deepEqual(marks('Er sagte, es gebe 30 Tote.'), [{ text: 'Er sagte', kind: 'source' }]);
  });

  it('erkennt einen Genitiv ohne Artikel: „nach Informationen südkoreanischer Behörden“', () => {
    assert.deepEqual(marks('Nach Informationen südkoreanischer Behörden kamen 500 Soldaten.'), [
      { text: 'Nach Informationen südkoreanischer Behörden', kind: 'source', who: 'südkoreanischer Behörden' },
    ]);
  });

  it('hält das Objekt eines vorangestellten Verbs nicht für eine Quelle', () => {
    assert.deepEqual(marks('Das Land schwieg und bestätigte die Entsendung der Truppen jedoch nicht.'), []);
  });

  it('hält „sagte … ab“ nicht für eine Quelle', () => {
    assert.deepEqual(marks('Die Regierung sagte das Treffen ab.'), []);
  });
});

describe('Quellen: vage', () => {
  for (const [body, text] of [
    ['Berichten zufolge kamen 500 Soldaten.', 'Berichten zufolge'],
    ['Medienberichten zufolge kamen 500 Soldaten.', 'Medienberichten zufolge'],
    ['Es kamen 500 Soldaten, hieß es.', 'hieß es'],
    ['Wie es hieß, kamen 500 Soldaten.', 'Wie es hieß'],
    ['Das erfuhr die Zeitung aus informierten Kreisen.', 'aus informierten Kreisen'],
    ['Aus Sicherheitskreisen kam die Warnung.', 'Aus Sicherheitskreisen'],
    ['Beobachter gehen davon aus, dass es mehr werden.', 'Beobachter gehen davon aus'],
  ]) {
    it(`erkennt „${text}“ als vage`, () => assert.deepEqual(marks(body), [{ text, kind: 'vague' }]));
  }

  it('hält „laut Medienberichten“ und „Experten zufolge“ für vage', () => {
    assert.deepEqual(marks('Laut Medienberichten kamen 500 Soldaten.'), [{ text: 'Laut Medienberichten', kind: 'vague' }]);
    assert.deepEqual(marks('Experten zufolge kamen 500 Soldaten.'), [{ text: 'Experten zufolge', kind: 'vague' }]);
  });

  it('hält „Berichten der X zufolge“ für eine benannte Quelle', () => {
    assert.equal(marks('Berichten der Zeitung zufolge kamen 500 Soldaten.')[0].kind, 'source');
  });
});

describe('Quellen: Hörensagen', () => {
  it('erkennt reportatives „soll … haben“', () => {
    assert.deepEqual(marks('Das Land soll 500 Soldaten geschickt haben.'), [{ text: 'soll', kind: 'hearsay' }]);
  });

  it('erkennt „sollen … werden“', () => {
    assert.deepEqual(marks('Die Soldaten sollen an der Front eingesetzt werden.'), [{ text: 'sollen', kind: 'hearsay' }]);
  });

  it('erkennt Adverbien des Hörensagens', () => {
    for (const w of ['offenbar', 'mutmaßlich', 'angeblich', 'vermutlich', 'wohl']) {
      assert.deepEqual(marks(`Die Soldaten sind ${w} eingetroffen.`), [{ text: w, kind: 'hearsay' }], w);
    }
  });

  it('hält „sollen“ ohne Infinitiv-Hilfsverb nicht für Hörensagen', () => {
    assert.deepEqual(marks('Die Kinder sollen nach Hause.'), []);
  });
});

describe('Aussagen', () => {
  it('macht einen Satz mit Zahl zur Aussage und deckt ihn mit seiner Quelle', () => {
    const a = article('Laut Polizei starben 30 Menschen.');
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].source?.text, 'Laut Polizei');
    assert.equal(a.claims[0].vague, false);
  });

  it('macht Fragen nicht zu Aussagen', () => {
    assert.deepEqual(article('Sind es wirklich 500 Soldaten?').claims, []);
  });

  it('macht Überschriften nicht zu Aussagen', () => {
    assert.deepEqual(article('# 500 Soldaten an der Front\n\nDer Text folgt.').claims, []);
  });

  it('lässt Sätze ohne prüfbare Tatsache aus', () => {
    assert.deepEqual(article('Die Lage bleibt unübersichtlich.').claims, []);
  });

  it('eine Aussage mit nur Hörensagen ist vage und ohne Quelle', () => {
    const [c] = article('Das Land soll 500 Soldaten geschickt haben.').claims;
    assert.equal(c.source, null);
    assert.equal(c.vague, true);
  });

  it('eine Aussage mit vager Quelle trägt diese und ist vage', () => {
    const [c] = article('Berichten zufolge kamen 500 Soldaten.').claims;
    assert.equal(c.source?.kind, 'vague');
    assert.equal(c.vague, true);
  });

  it('zählt Entität mit Ereignisverb als Aussage', () => {
    const body = 'Der Minister unterzeichnete den Vertrag.';
    const a = article(body);
    const start = a.doc.text.indexOf('Minister');
    const entities: Entity[] = [{ start, end: start + 8, text: 'Minister', type: 'PER', id: 'per:minister', name: 'Minister' }];
    assert.equal(buildClaims(a.doc, [], [], [], entities).length, 1);
    assert.equal(buildClaims(a.doc, [], [], [], []).length, 0);
  });
});

describe('Quellen von Zahlen', () => {
  it('gibt jeder Zahl die Quelle ihres Satzes', () => {
    const a = article('Laut Polizei starben 30 Menschen. Später kamen 40 Helfer.');
    assert.deepEqual(figureSources(a), ['Laut Polizei', null]);
  });

  it('gibt einer Zahl in der Überschrift die Quelle derselben Zahl im Text', () => {
    const a = article('# 500 Soldaten an der Grenze\n\nLaut Polizei sind 500 Soldaten an der Grenze.');
    assert.deepEqual(figureSources(a), ['Laut Polizei', 'Laut Polizei']);
  });

  it('lässt eine Überschriftszahl ohne passende Zahl im Text unbelegt', () => {
    const a = article('# 900 Soldaten an der Grenze\n\nLaut Polizei sind 500 Soldaten an der Grenze.');
    assert.deepEqual(figureSources(a), [null, 'Laut Polizei']);
  });

  it('zählt Hörensagen nicht als Quelle einer Zahl', () => {
    assert.deepEqual(figureSources(article('Offenbar starben 30 Menschen.')), [null]);
  });

  it('zählt eine vage Quelle als Quelle einer Zahl', () => {
    assert.deepEqual(figureSources(article('Berichten zufolge starben 30 Menschen.')), ['Berichten zufolge']);
  });

  it('trägt die Quelle in folgende Sätze im Konjunktiv I', () => {
    const a = article(
      'Die Armee teilte mit, es gebe 30 Tote. Zudem seien 40 Menschen verletzt. Am Abend kamen 50 Helfer.',
    );
    assert.deepEqual(figureSources(a), ['Die Armee teilte', 'Die Armee teilte', null]);
  });

  it('gibt einem Satz mit „Demnach“ die Quelle des Satzes davor', () => {
    const a = article('Die Zeitung berichtet über den Angriff. Demnach starben 30 Menschen. Später kamen 40 Helfer.');
    assert.deepEqual(figureSources(a), ['Die Zeitung berichtet', null]);
  });

  it('gibt mit „Das sagte X.“ dem Satz davor die Quelle', () => {
    const a = article('Es gibt 30 Tote. Das sagte der Bürgermeister. Später kamen 40 Helfer.');
    assert.deepEqual(figureSources(a), ['sagte der Bürgermeister', null]);
  });

  it('deckt alle Sätze eines Zitats, dessen Sprecher danach steht', () => {
    const a = article('„Wir haben 300 Drohnen abgeschossen. Es waren 20 Raketen“, sagte der Sprecher.');
    assert.deepEqual(figureSources(a), ['sagte der Sprecher', 'sagte der Sprecher']);
  });

  it('deckt ein Zitat nach Doppelpunkt', () => {
    const a = article('Der Sprecher sagte: „Wir haben 300 Drohnen abgeschossen. Es waren 20 Raketen.“ Dann ging er.');
    assert.deepEqual(figureSources(a), ['Der Sprecher sagte', 'Der Sprecher sagte']);
  });

  it('nimmt bei zwei Quellen im Satz die nächstgelegene', () => {
    const a = article('Laut Kiew sind es 500 Soldaten, laut Moskau sind es 300 Soldaten.');
    assert.deepEqual(figureSources(a), ['Laut Kiew', 'laut Moskau']);
  });

  it('ist unabhängig vom Aufruf über analyze() nutzbar', () => {
    const a = article('Laut Polizei starben 30 Menschen.');
    assert.equal(extractAttributions(a.doc, []).length, 1);
  });
});

describe('Quellen: Verben, die den Urheber einer Zahl nennen', () => {
  it('erkennt „X schätzt … auf“ und „beziffert X auf“', () => {
    assert.deepEqual(figureSources(article('Das Pentagon schätzt die Zahl der Soldaten auf 11.000.')), ['Das Pentagon schätzt']);
    assert.deepEqual(figureSources(article('Den Sachschaden beziffert die Feuerwehr auf 80.000 Euro.')), ['beziffert die Feuerwehr']);
  });

  it('erkennt „X spricht von“ und „X gab an“', () => {
    assert.deepEqual(figureSources(article('Der Geheimdienst spricht von 11.000 Soldaten.')), ['Der Geheimdienst spricht']);
    assert.deepEqual(figureSources(article('Die Armee gab an, 300 Kämpfer getötet zu haben.')), ['Die Armee gab']);
  });

  it('verlangt die Partikel am Satzende: „Es gab an der Grenze 300 Tote“ nennt keine Quelle', () => {
    assert.deepEqual(marks('Es gab an der Grenze 300 Tote.'), []);
    assert.deepEqual(marks('Die Regierung gab 300 Millionen Euro aus.'), []);
  });

  it('macht eine Forderung zur Quelle ihrer Zahl, eine Opferzahl nicht', () => {
    assert.deepEqual(figureSources(article('Die Gewerkschaft Verdi fordert acht Prozent mehr Lohn.')), ['Die Gewerkschaft Verdi fordert']);
    assert.deepEqual(figureSources(article('Das Erdbeben forderte neun Todesopfer.')), [null]);
  });

  it('erkennt „so das Gericht“ mit kleingeschriebenem Artikel', () => {
    assert.deepEqual(figureSources(article('Der Mann habe 230 Senioren betrogen, so das Gericht.')), ['so das Gericht']);
  });

  it('erkennt „nach einer Umfrage des …“, „nach Daten des …“ und „nach offiziellen Angaben“', () => {
    assert.equal(marks('Nach einer Umfrage des Instituts Forsa sind 31 Prozent dagegen.')[0]?.who, 'Instituts Forsa');
    assert.equal(marks('Die Exporte sanken nach Daten des Statistischen Bundesamts um 4 Prozent.')[0]?.who, 'Statistischen Bundesamts');
    assert.deepEqual(marks('Die Zahl der Toten stieg nach offiziellen Angaben auf 217.'), [
      { text: 'nach offiziellen Angaben', kind: 'source', who: 'offiziellen' },
    ]);
  });

  it('hält „nach westlichen Schätzungen“ und „dem Vernehmen nach“ für vage', () => {
    assert.equal(marks('Russland verliert nach westlichen Schätzungen täglich 1.000 Soldaten.')[0]?.kind, 'vague');
    assert.equal(marks('Dem Vernehmen nach wurden 300 Wohnungen genehmigt.')[0]?.kind, 'vague');
  });

  it('nimmt bei „Nach eigenen Angaben verkaufte der Hersteller …“ das Subjekt nach dem Verb', () => {
    assert.equal(marks('Nach eigenen Angaben verkaufte der Hersteller 1,2 Millionen Fahrzeuge.')[0]?.who, 'der Hersteller');
  });
});

describe('Quellen über Satzgrenzen', () => {
  it('gibt einem Satz mit „demnach“ mitten im Satz die Quelle davor', () => {
    const a = article('Laut Politbarometer kommt die Union auf 32 Prozent. Die SPD erreicht demnach 16 Prozent.');
    assert.deepEqual(figureSources(a), ['Laut Politbarometer', 'Laut Politbarometer']);
  });

  it('gibt einem Satz mit „nach diesen Angaben“ die Quelle davor', () => {
    const a = article('Laut Umweltbundesamt sorgen sich 75 Prozent. Im Jahr 2020 waren es nach diesen Angaben 80 Prozent.');
    assert.deepEqual(figureSources(a), ['Laut Umweltbundesamt', 'Laut Umweltbundesamt']);
  });

  it('gibt mit „Das kündigte X an.“ und „Das geht aus X hervor.“ dem Satz davor die Quelle', () => {
    const a = article('Die Ukraine erhält drei weitere Systeme. Das kündigte Minister Pistorius in Kiew an.');
    assert.deepEqual(figureSources(a), ['kündigte Minister Pistorius']);
    const b = article('In Leipzig gab es 1.243 Einbrüche. Das geht aus der Kriminalstatistik hervor.');
    assert.deepEqual(figureSources(b), ['geht aus der Kriminalstatistik hervor']);
  });

  it('trägt die Quelle weiter über Konjunktiv-Formen wie „koste“ und „belaufe“, bis ein Indikativ kommt', () => {
    const a = article(
      'Nach Angaben von Verivox ist Gas billiger geworden. Eine Kilowattstunde koste 9,8 Cent. Die Hilfe belaufe sich auf 28 Milliarden Euro. Der Preis lag 2022 bei 20 Cent.',
    );
    assert.deepEqual(figureSources(a), ['Nach Angaben von Verivox', 'Nach Angaben von Verivox', null]);
  });
});
