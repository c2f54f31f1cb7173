// Decoding file bytes the same way in the CLI and the server.
import assert from 'node:assert/strict';
import { decodeText } from '../../src/core/text/decode';

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    assert.deepEqual(decodeText(Buffer.from('\uFEFFKöln', 'utf8')), { ok: true, text: 'Köln' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Köln', 'utf16le')]);
    const be = Buffer.from(Buffer.from('Köln', 'utf16le').map((_, i, b) => b[i ^ 1]));
    assert.deepEqual(decodeText(le), { ok: true, text: 'Köln' });
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { ok: true, text: 'Köln' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a notice', () => {
    assert.deepEqual(decodeText(Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0x20, 0x80])), { ok: true, text: 'Köln €', notice: 'not UTF-8, read as Windows-1252' });
  });

  it('refuses binary files (a NUL byte)', () => {
    assert.deepEqual(decodeText(Buffer.from([0x50, 0x4b, 0x00, 0x01])), { ok: false, reason: 'binary' });
  });
});
