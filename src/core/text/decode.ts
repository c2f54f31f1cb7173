// Bytes → article text, the same way for the CLI and the language server: UTF-8, UTF-16 with BOM, old 8-bit exports.

export type Decoded = { ok: true; text: string; notice?: string } | { ok: false; reason: 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, „, “, –, …); Node's decoder may lack it, so the
// block is mapped here. Undefined positions keep their Latin-1 control character.
const CP1252 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j];
      chars[j] = b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

/**
 * Decodes a file's bytes: UTF-8 (a BOM removed), UTF-16 LE/BE with a BOM; bytes that are not UTF-8 are
 * read as Windows-1252, the usual encoding of old newsroom exports, with a notice. A NUL byte in the
 * first 8 KB (how git and grep tell binary files) refuses the file.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: true, text: windows1252(bytes), notice: 'not UTF-8, read as Windows-1252' };
  }
}
