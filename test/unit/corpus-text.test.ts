// Packed article texts: one byte a character, wider characters listed apart, slices by UTF-16 offsets as on a string.
import assert from 'node:assert/strict';
import { packText, unpackText } from '../../src/core/corpus';
import { sliceText } from '../../src/core/corpus/text';

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
});
