// Entity recognition helped by the long name lists (GeoNames places, well-known organisations and people).
import assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/entities';
import { gazetteer } from '../../src/core/entities/gazetteer';
import { prepare } from '../../src/core/text';

function found(body: string): string[] {
  return extractEntities(prepare(body, 'text')).map((e) => `${e.text}|${e.type}`);
}

describe('Entitäten: Namenslisten', () => {
  it('kennt kleine deutsche Orte aus GeoNames', () => {
    assert.ok(gazetteer().geo.has('Hutthurm'));
  });

  it('erkennt ein bekanntes Unternehmen ohne Stichwort am Satzanfang', () => {
    assert.deepEqual(found('Boeing meldete am Mittwoch neue Probleme mit einem Modell.'), ['Boeing|ORG']);
  });

  it('erkennt einen Verein, der nach seiner Stadt heißt, als Organisation', () => {
    assert.deepEqual(found('Für Schalke war es die dritte Niederlage in Folge.'), ['Schalke|ORG']);
  });

  it('erkennt einen kleinen Ort ohne Präposition davor', () => {
    assert.deepEqual(found('Die Delegation besuchte anschließend Wunsiedel.'), ['Wunsiedel|LOC']);
  });

  it('erkennt einen bekannten Nachnamen allein am Satzanfang', () => {
    assert.deepEqual(found('Beckenbauer hatte das Turnier einst nach Deutschland geholt.'), ['Beckenbauer|PER', 'Deutschland|LOC']);
  });
});
