// Offsets ↔ LSP positions: the one conversion the server does.
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/server/conversions';

describe('LineIndex', function () {
  it('rechnet Offsets in Zeile und Zeichen um', function () {
    const lines = new LineIndex('Erste Zeile\nZweite Zeile');
    assert.deepEqual(lines.position(12), { line: 1, character: 0 });
    assert.deepEqual(lines.position(18), { line: 1, character: 6 });
  });

  it('zählt UTF-16-Einheiten wie LSP, auch bei Zeichen außerhalb der BMP', function () {
    const lines = new LineIndex('Ein 🙂 und 5.000 Soldaten');
    assert.deepEqual(lines.position('Ein 🙂 und '.length), { line: 0, character: 11 });
  });

  it('behandelt \\r\\n als einen Zeilenumbruch', function () {
    const lines = new LineIndex('a\r\nb');
    assert.deepEqual(lines.position(3), { line: 1, character: 0 });
    assert.equal(lines.offset({ line: 1, character: 0 }), 3);
  });

  it('begrenzt Positionen hinter dem Zeilenende auf das Zeilenende', function () {
    const lines = new LineIndex('kurz\nlänger');
    assert.equal(lines.offset({ line: 0, character: 99 }), 5);
    assert.equal(lines.offset({ line: 9, character: 0 }), 11);
  });
});
