// Article texts as the index keeps them: one byte per UTF-16 code unit, the few wider characters listed apart, and only the stretches the index reads.

/**
 * A text in half the memory of a JavaScript string. German news is Latin-1 except for a few
 * typographic quotes and dashes per article („ “ – …), but one of them makes V8 store the whole
 * string with two bytes per character. Here every code unit keeps its offset (so UTF-16 positions
 * need no mapping): units up to 0xFF are one byte in `bytes`, the others are listed in `wide` as
 * [offset, code unit]* pairs. Both are typed arrays, so a worker thread can hand them over without a copy.
 *
 * An index keeps only the stretches it reads (see `keepOnly`): then `keep` lists them as
 * [start, end, byte index]* (sorted, disjoint), `bytes` holds their code units one after another,
 * and `length` is the whole text's length. Offsets stay those of the whole text; what lies between
 * the stretches reads as spaces.
 */
export interface PackedText {
  bytes: Uint8Array;
  wide: Int32Array;
  keep?: Int32Array;
  length?: number;
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

/**
 * The text with only the stretches in `ranges` ([start, end]* pairs, in any order, overlapping or
 * not) kept: a corpus index reads the sentences around its postings and nothing else, about two
 * thirds of a news article.
 */
export function keepOnly(t: PackedText, ranges: ArrayLike<number>): PackedText {
  const length = textLength(t);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < ranges.length; i += 2) {
    const s = Math.max(0, Math.min(length, ranges[i]));
    const e = Math.max(s, Math.min(length, ranges[i + 1]));
    if (e > s) pairs.push([s, e]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [s, e] of pairs) {
    const last = merged.length - 2;
    if (last >= 0 && s <= merged[last + 1]) merged[last + 1] = Math.max(merged[last + 1], e);
    else merged.push(s, e);
  }
  let total = 0;
  for (let i = 0; i < merged.length; i += 2) total += merged[i + 1] - merged[i];
  if (!t.keep && total === length) return t;
  const bytes = new Uint8Array(total);
  const keep = new Int32Array((merged.length / 2) * 3);
  const wide: number[] = [];
  let at = 0;
  let w = 0;
  for (let i = 0; i < merged.length; i += 2) {
    const s = merged[i];
    const e = merged[i + 1];
    keep.set([s, e, at], (i / 2) * 3);
    if (!t.keep) {
      // The common case, a whole text: its bytes are copied as they are, its wide characters picked in order.
      bytes.set(t.bytes.subarray(s, e), at);
      at += e - s;
      while (w < t.wide.length && t.wide[w] < s) w += 2;
      for (; w < t.wide.length && t.wide[w] < e; w += 2) wide.push(t.wide[w], t.wide[w + 1]);
      continue;
    }
    for (let p = s; p < e; p++) {
      const c = unitAt(t, p);
      if (c > 0xff) {
        wide.push(p, c);
        bytes[at++] = 0x3f;
      } else bytes[at++] = c;
    }
  }
  return { bytes, wide: Int32Array.from(wide), keep, length };
}

/** The first (offset, code unit) pair of `wide` at or after offset `p`: the pairs are sorted by offset. */
function firstWideFrom(wide: Int32Array, p: number): number {
  let lo = 0;
  let hi = wide.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wide[mid * 2] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One code unit, by its offset in the whole text (a space between kept stretches). */
function unitAt(t: PackedText, p: number): number {
  const w = t.wide;
  const lo = firstWideFrom(w, p);
  if (lo < w.length / 2 && w[lo * 2] === p) return w[lo * 2 + 1];
  if (!t.keep) return t.bytes[p];
  const r = stretchAt(t.keep, p);
  return r >= 0 && p < t.keep[r * 3 + 1] ? t.bytes[t.keep[r * 3 + 2] + p - t.keep[r * 3]] : 0x20;
}

/**
 * Binary search over records of `stride` numbers sorted by their first: the last record whose first number is
 * at or before `p`, or -1. Kept stretches (stride 3) and sentence spans (stride 2) are both looked up this way.
 */
export function lastAtOrBefore(values: ArrayLike<number>, stride: number, p: number): number {
  let lo = 0;
  let hi = values.length / stride - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid * stride] <= p) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last kept stretch starting at or before `p`, or -1. */
function stretchAt(keep: Int32Array, p: number): number {
  return lastAtOrBefore(keep, 3, p);
}

/** Chunked, since String.fromCharCode takes its code units as arguments. */
const CHUNK = 8192;

/** The text between two UTF-16 offsets, as a string. */
export function sliceText(t: PackedText, from: number, to: number): string {
  const length = textLength(t);
  from = Math.max(0, Math.min(from, length));
  to = Math.max(from, Math.min(to, length));
  if (!t.keep) return piece(t, from, to, from);
  const k = t.keep;
  let out = '';
  let p = from;
  for (let r = Math.max(0, stretchAt(k, from)); p < to; r++) {
    const s = r < k.length / 3 ? k[r * 3] : length;
    const e = r < k.length / 3 ? k[r * 3 + 1] : length;
    if (p < s) {
      const q = Math.min(s, to);
      out += ' '.repeat(q - p);
      p = q;
    }
    if (p >= to) break;
    if (p < e) {
      const q = Math.min(e, to);
      out += piece(t, p, q, k[r * 3 + 2] + p - s);
      p = q;
    }
  }
  return out;
}

/** The code units from `from` to `to` (offsets in the whole text), whose bytes start at `at`. */
function piece(t: PackedText, from: number, to: number, at: number): string {
  let out = '';
  const w = t.wide;
  const lo = firstWideFrom(w, from);
  let p = from;
  for (let k = lo; k < w.length / 2 && w[k * 2] < to; k++) {
    out += latin(t.bytes, at + (p - from), at + (w[k * 2] - from)) + String.fromCharCode(w[k * 2 + 1]);
    p = w[k * 2] + 1;
  }
  return out + latin(t.bytes, at + (p - from), at + (to - from));
}

function latin(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += CHUNK) out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]);
  return out;
}

export function textLength(t: PackedText): number {
  return t.keep ? (t.length ?? 0) : t.bytes.length;
}

export function unpackText(t: PackedText): string {
  return sliceText(t, 0, textLength(t));
}
