// Entity recognition and linking on short German news snippets written for these tests.
import assert from 'node:assert/strict';
import { canonicalize, extractEntities, type NameRegistry } from '../../src/core/entities';
import { prepare } from '../../src/core/text';
import { MODEL } from '../../src/core/entities/model/weights';
import { emissions, fastEmissions, unpackModel } from '../../src/core/entities/tagger';
import { sentenceFeatures } from '../../src/core/entities/features';

/** "text|TYPE" for every entity, in order. */
function found(body: string, names?: NameRegistry): string[] {
  const doc = prepare(body, 'text');
  return extractEntities(doc, names).map((e) => `${e.text}|${e.type}`);
}

function ids(body: string, names?: NameRegistry): string[] {
  return extractEntities(prepare(body, 'text'), names).map((e) => `${e.text}→${e.id}`);
}

describe('Entitäten: Erkennung', () => {
  it('findet unbekannte Namen hinter einer Amtsbezeichnung', () => {
    assert.deepEqual(found('Oberbürgermeisterin Katrin Albrecht eröffnete am Montag die neue Schule.'), ['Katrin Albrecht|PER']);
  });

  it('lässt den Titel in Bindestrich-Komposita außerhalb des Namens', () => {
    assert.deepEqual(found('GDL-Chef Reinhard Vogt kündigte einen neuen Streik an.'), ['Reinhard Vogt|PER']);
  });

  it('erkennt einen Nachnamen allein hinter einer Rolle', () => {
    assert.deepEqual(found('Kreml-Sprecher Peskow wies die Berichte zurück.'), ['Peskow|PER']);
  });

  it('erkennt Orte nach „in“ und „nach“', () => {
    assert.deepEqual(found('Die Delegation reiste von Pjöngjang nach Kursk.'), ['Pjöngjang|LOC', 'Kursk|LOC']);
  });

  it('erkennt Organisationen und Redaktionen', () => {
    assert.deepEqual(found('Die Bundeswehr und das THW halfen, berichtet der Tagesspiegel.'), [
      'Bundeswehr|ORG',
      'THW|ORG',
      'Tagesspiegel|ORG',
    ]);
  });

  it('nimmt den Ort in den Namen einer Behörde', () => {
    assert.deepEqual(found('Ein Sprecher des Polizeipräsidiums Niederbayern bestätigte den Einsatz.'), [
      'Polizeipräsidiums Niederbayern|ORG',
    ]);
  });

  it('markiert Adjektive nicht als Orte', () => {
    assert.deepEqual(found('Die griechischen und russischen Behörden schwiegen.'), []);
  });

  it('markiert Komposita mit Bindestrich nicht', () => {
    assert.deepEqual(found('Der Nato-Generalsekretär sprach von einer Russland-Reise.'), []);
  });

  it('markiert gewöhnliche Substantive am Satzanfang nicht', () => {
    assert.deepEqual(found('Regierung und Opposition stritten über Soldaten.'), []);
  });

  it('erkennt bekannte Nachnamen auch am Satzanfang', () => {
    assert.deepEqual(found('Selenskyj bat erneut um Hilfe.'), ['Selenskyj|PER']);
  });

  it('hält Krankheits- und Politikwörter nicht für Namen', () => {
    assert.deepEqual(found('Corona hat die Wirtschaft geschwächt.'), []);
  });

  it('nimmt kein nachfolgendes Verb in den Namen', () => {
    assert.deepEqual(found('Laut Statistischem Bundesamt lag die Teuerung bei 2,4 Prozent.'), ['Statistischem Bundesamt|ORG']);
  });

  it('liefert Offsets in den Originaltext', () => {
    // Front matter in front of the body, so offsets are not sentence- or body-relative by accident.
    const doc = prepare('---\ndatum: 2024-11-23\n---\nGestern war Olaf Scholz in Kiew.', 'markdown');
    const entities = extractEntities(doc);
    assert.deepEqual(
      entities.map((e) => doc.text.slice(e.start, e.end)),
      ['Olaf Scholz', 'Kiew'],
    );
    assert.deepEqual(entities.map((e) => e.text), ['Olaf Scholz', 'Kiew']);
  });

  it('liefert bei gleichem Text dasselbe Ergebnis', () => {
    const text = 'Kreml-Sprecher Peskow sagte in Moskau, die Deutsche Bahn sei nicht betroffen.';
    assert.deepEqual(extractEntities(prepare(text, 'text')), extractEntities(prepare(text, 'text')));
  });
});

describe('Entitäten: Verknüpfung', () => {
  it('verknüpft Vollname, Nachname und Genitiv', () => {
    assert.deepEqual(ids('Wladimir Putin reiste nach Minsk. Dort sprach Putin lange. Putins Sprecher schwieg.'), [
      'Wladimir Putin→per:wladimir-putin',
      'Minsk→loc:minsk',
      'Putin→per:wladimir-putin',
      'Putins→per:wladimir-putin',
    ]);
  });

  it('nimmt die Amtsbezeichnung nicht in den Namen', () => {
    const e = extractEntities(prepare('Wladimir Putin sprach. Kremlchef Putin drohte.', 'text'));
    assert.deepEqual(e.map((x) => [x.text, x.name]), [
      ['Wladimir Putin', 'Wladimir Putin'],
      ['Putin', 'Wladimir Putin'],
    ]);
  });

  it('verknüpft flektierte Formen und das Kürzel der Deutschen Bahn', () => {
    assert.deepEqual(ids('Die Deutsche Bahn streicht Züge. Ein Sprecher der Deutschen Bahn sagte, die DB bedaure das.'), [
      'Deutsche Bahn→org:deutsche-bahn',
      'Deutschen Bahn→org:deutsche-bahn',
      'DB→org:deutsche-bahn',
    ]);
  });

  it('führt den Genitiv mehrteiliger Namen auf den Nominativ zurück', () => {
    assert.equal(canonicalize('Roten Kreuzes', 'ORG').id, 'org:rotes-kreuz');
    assert.equal(canonicalize('Statistischem Bundesamt', 'ORG').name, 'Statistisches Bundesamt');
  });

  it('behandelt Schreibweisen eines Akronyms gleich', () => {
    assert.equal(canonicalize('NATO', 'ORG').id, canonicalize('Nato', 'ORG').id);
  });

  it('lernt ein Kürzel aus der Klammer', () => {
    const e = extractEntities(prepare('Das Bundesamt für Katastrophenhilfe (BAKH) warnte. Laut BAKH steigt das Wasser.', 'text'));
    const bakh = e.filter((x) => x.text === 'BAKH');
    assert.ok(bakh.length >= 1);
    for (const x of bakh) assert.equal(x.name, e[0].name);
  });

  it('verknüpft „Technisches Hilfswerk (THW)“ mit THW', () => {
    const e = extractEntities(prepare('Das Technische Hilfswerk (THW) rückte aus. Das THW baute Dämme.', 'text'));
    assert.deepEqual(new Set(e.map((x) => x.id)), new Set(['org:technisches-hilfswerk']));
  });

  it('streicht das Genitiv-s nur, wenn die Grundform bekannt ist', () => {
    assert.equal(canonicalize('Deutschlands', 'LOC').name, 'Deutschland');
    assert.equal(canonicalize('Paris', 'LOC').name, 'Paris');
    assert.equal(canonicalize('Kowalskis', 'PER').name, 'Kowalski');
    assert.equal(canonicalize('Quaxlingers', 'PER').name, 'Quaxlingers');
  });

  it('nutzt das Namensregister des Korpus für einen Nachnamen allein', () => {
    const registry: NameRegistry = {
      lookup: (s) => (s === 'Selenskyj' ? { id: 'per:wolodymyr-selenskyj', name: 'Wolodymyr Selenskyj', type: 'PER' } : undefined),
    };
    const e = extractEntities(prepare('Präsident Selenskyj bat um Hilfe.', 'text'), registry);
    assert.deepEqual(e.map((x) => x.id), ['per:wolodymyr-selenskyj']);
  });

  it('bevorzugt den Vollnamen im Dokument vor dem Register', () => {
    const registry: NameRegistry = {
      lookup: (s) => (s === 'Vogt' ? { id: 'per:anna-vogt', name: 'Anna Vogt', type: 'PER' } : undefined),
    };
    const e = extractEntities(prepare('GDL-Chef Reinhard Vogt drohte. Vogt sagte, man sei bereit.', 'text'), registry);
    assert.deepEqual(e.map((x) => x.id), ['per:reinhard-vogt', 'per:reinhard-vogt']);
  });
});

describe('Entitäten: Tagger', () => {
  it('berechnet mit dem schnellen Weg dieselben Werte wie über die Merkmalslisten', () => {
    const model = unpackModel(MODEL);
    const words = ['Laut', 'GDL-Chef', 'Reinhard', 'Vogt', 'streikt', 'die', 'Bahn', '.'];
    const slow = emissions(model, sentenceFeatures(words));
    const fast = fastEmissions(model, words);
    assert.equal(fast.length, slow.length);
    for (let i = 0; i < slow.length; i++) assert.ok(Math.abs(fast[i] - slow[i]) < 1e-3, `score ${i}`);
  });
});
