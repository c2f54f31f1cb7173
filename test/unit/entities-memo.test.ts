// The tagger's per-sentence memo: an unchanged sentence is answered from memory, an edited one tagged anew.
import assert from 'node:assert/strict';
import { recognise } from '../../src/core/entities';

const words = (s: string) => s.split(' ');

describe('Entitäten: Satzgedächtnis', () => {
  it('beantwortet einen unveränderten Satz aus dem Gedächtnis', () => {
    const first = recognise(words('Oberbürgermeisterin Katrin Albrecht eröffnete die Schule in Passau .'));
    const again = recognise(words('Oberbürgermeisterin Katrin Albrecht eröffnete die Schule in Passau .'));
    assert.equal(again, first);
  });

  it('taggt einen geänderten Satz neu', () => {
    const before = recognise(words('Oberbürgermeisterin Katrin Albrecht eröffnete die Schule .'));
    const after = recognise(words('Oberbürgermeisterin Katrin Albrecht eröffnete die Schule in Passau .'));
    assert.deepEqual(before, [{ from: 1, to: 3, type: 'PER' }]);
    assert.deepEqual(after, [
      { from: 1, to: 3, type: 'PER' },
      { from: 7, to: 8, type: 'LOC' },
    ]);
  });
});
