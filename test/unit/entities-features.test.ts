// Word-level flags of the entity tagger that carry to names the lists do not know.
import assert from 'node:assert/strict';
import { flagsOf } from '../../src/core/entities/features';

describe('Entitäten: Wortmerkmale für unbekannte Namen', () => {
  it('markiert eine typische Nachnamensendung', () => {
    assert.ok(flagsOf('Quarkowski').includes('SURNAME_END'));
  });

  it('markiert eine typische Ortsnamensendung', () => {
    assert.ok(flagsOf('Kleinbrummingen').includes('PLACE_END'));
  });

  it('gibt bekannten Substantiven keine Namensendung', () => {
    assert.ok(!flagsOf('Regierung').includes('PLACE_END'));
    assert.ok(!flagsOf('Mannschaft').includes('SURNAME_END'));
  });

  it('erkennt eine Ableitung von einem bekannten Ort auf -er', () => {
    assert.ok(flagsOf('Görlitzer').includes('PLACE_ER'));
  });

  it('markiert Firmenformen mit Rechtsform, Ziffern oder Und-Zeichen', () => {
    assert.ok(flagsOf('Brummtech-AG').includes('ORGFORM'));
    assert.ok(flagsOf('H&M').includes('ORGFORM'));
    assert.ok(flagsOf('E3').includes('ORGFORM'));
    assert.ok(!flagsOf('Woche').includes('ORGFORM'));
  });

  it('markiert Binnenmajuskeln', () => {
    assert.ok(flagsOf('PayFlux').includes('CAMEL'));
    assert.ok(!flagsOf('Paybox').includes('CAMEL'));
  });
});
