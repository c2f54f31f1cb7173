// The German noun lexicon: inflected forms to lemmas, compounds split at their head, names unknown.
import assert from 'node:assert/strict';
import { isFunctionWord, isKnownNoun, nounLemma } from '../../src/core/lexicon';

describe('Lexikon', () => {
  it('führt Plural- und Kasusformen auf den Nominativ Singular zurück', () => {
    assert.equal(nounLemma('Soldaten'), 'Soldat');
    assert.equal(nounLemma('Häusern'), 'Haus');
    assert.equal(nounLemma('Kinder'), 'Kind');
    assert.equal(nounLemma('Raketen'), 'Rakete');
  });

  it('lässt ein Lemma bei sich selbst', () => {
    assert.equal(nounLemma('Regierung'), 'Regierung');
    assert.equal(nounLemma('Verletzte'), 'Verletzte');
  });

  it('zerlegt unbekannte Komposita am bekannten Kopf', () => {
    assert.equal(nounLemma('Grenzsoldaten'), 'Grenzsoldat');
    assert.equal(nounLemma('Nato-Soldaten'), 'Nato-Soldat');
  });

  it('akzeptiert kleingeschriebene Formen', () => {
    assert.equal(nounLemma('soldaten'), 'Soldat');
  });

  it('kennt Namen nicht als Substantive', () => {
    assert.equal(isKnownNoun('Scholz'), false);
    assert.equal(nounLemma('Scholz'), undefined);
    assert.equal(nounLemma('Putin'), undefined);
    assert.equal(isKnownNoun('Regierung'), true);
  });

  it('erkennt Funktionswörter unabhängig von der Großschreibung', () => {
    assert.equal(isFunctionWord('Die'), true);
    assert.equal(isFunctionWord('Regierung'), false);
  });
});
