// Packed article texts: one byte a character, wider characters listed apart, slices by UTF-16 offsets as on a string.
import assert from 'node:assert/strict';
import { packText, unpackText } from '../../src/core/corpus';
import { keepOnly, sliceText, textLength } from '../../src/core/corpus/text';

const TEXT = '„Wir bleiben“, sagte Müller – am Straßenrand 🙂 standen 3.000 Menschen.';

describe('gepackte Artikeltexte', () => {
  it('geben den Text unverändert zurück', () => {
    assert.equal(unpackText(packText(TEXT)), TEXT);
  });

  it('schneiden an denselben UTF-16-Positionen wie ein String, auch über Anführungszeichen und Emoji hinweg', () => {
    const packed = packText(TEXT);
    for (let from = 0; from <= TEXT.length; from += 3) {
      for (let to = from; to <= TEXT.length; to += 5) assert.equal(sliceText(packed, from, to), TEXT.slice(from, to), `${from}..${to}`);
    }
  });

  it('brauchen ein Byte je Zeichen und listen nur die breiten Zeichen einzeln', () => {
    const packed = packText(TEXT);
    assert.equal(packed.bytes.length, TEXT.length);
    // „ “ – and the two halves of the emoji.
    assert.equal(packed.wide.length / 2, 5);
  });

  it('behalten auf Wunsch nur Abschnitte, an denselben Positionen; dazwischen stehen Leerzeichen', () => {
    const kept = keepOnly(packText(TEXT), [30, 45, 0, 14, 10, 12]);
    assert.equal(textLength(kept), TEXT.length);
    assert.equal(kept.bytes.length, 14 + 15);
    assert.equal(sliceText(kept, 0, 14), TEXT.slice(0, 14));
    assert.equal(sliceText(kept, 31, 45), TEXT.slice(31, 45));
    const spaces = (n: number) => ' '.repeat(n);
    assert.equal(unpackText(kept), TEXT.slice(0, 14) + spaces(16) + TEXT.slice(30, 45) + spaces(TEXT.length - 45));
  });

  it('schneiden in behaltenen Abschnitten wie der String, über breite Zeichen und Lücken hinweg', () => {
    const ranges = [0, 3, 20, 28, 44, 50, 60, TEXT.length];
    const kept = keepOnly(packText(TEXT), ranges);
    let whole = '';
    for (let i = 0; i < TEXT.length; i++) whole += ranges.some((_, k) => k % 2 === 0 && ranges[k] <= i && i < ranges[k + 1]) ? TEXT[i] : ' ';
    for (let from = 0; from <= TEXT.length; from += 2) {
      for (let to = from; to <= TEXT.length; to += 3) assert.equal(sliceText(kept, from, to), whole.slice(from, to), `${from}..${to}`);
    }
    // Kept again (an index restored from its JSON form prunes the text it reads back): the same stretches.
    assert.deepEqual(keepOnly(packText(unpackText(kept)), ranges), kept);
  });
});
