// Article texts as the index keeps them: one byte per UTF-16 code unit, with the few wider characters listed apart.

/**
 * A text in half the memory of a JavaScript string. German news is Latin-1 except for a few
 * typographic quotes and dashes per article („ “ – …), but one of them makes V8 store the whole
 * string with two bytes per character. Here every code unit keeps its offset (so UTF-16 positions
 * need no mapping): units up to 0xFF are one byte in `bytes`, the others are listed in `wide` as
 * [offset, code unit]* pairs. Both are typed arrays, so a worker thread can hand them over without a copy.
 */
export interface PackedText {
  bytes: Uint8Array;
  wide: Int32Array;
}

export function packText(text: string): PackedText {
  const bytes = new Uint8Array(text.length);
  const wide: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) {
      wide.push(i, c);
      bytes[i] = 0x3f;
    } else bytes[i] = c;
  }
  return { bytes, wide: Int32Array.from(wide) };
}

/** Chunked, since String.fromCharCode takes its code units as arguments. */
const CHUNK = 8192;

/** The text between two UTF-16 offsets, as a string. */
export function sliceText(t: PackedText, from: number, to: number): string {
  from = Math.max(0, Math.min(from, t.bytes.length));
  to = Math.max(from, Math.min(to, t.bytes.length));
  let out = '';
  const w = t.wide;
  // The first wide character at or after `from` (pairs are sorted by offset).
  let lo = 0;
  let hi = w.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w[mid * 2] < from) lo = mid + 1;
    else hi = mid;
  }
  let at = from;
  for (let k = lo; k < w.length / 2 && w[k * 2] < to; k++) {
    out += latin(t.bytes, at, w[k * 2]) + String.fromCharCode(w[k * 2 + 1]);
    at = w[k * 2] + 1;
  }
  return out + latin(t.bytes, at, to);
}

function latin(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += CHUNK) out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  return out;
}

export function textLength(t: PackedText): number {
  return t.bytes.length;
}

export function unpackText(t: PackedText): string {
  return sliceText(t, 0, t.bytes.length);
}
