// The binary cache layout of the corpus index: a small JSON header, then the postings' and texts' raw bytes.

/*
 * Layout (all offsets from the start of the corpus bytes, which must start 8-byte aligned in their buffer):
 *    0  8 bytes  magic "FKCORPUS"
 *    8  u32      format version (CORPUS_FORMAT_VERSION)
 *   12  u32      header length H in bytes (UTF-8 JSON)
 *   16  u32      FNV-1a hash of the header bytes
 *   20  u32      0 (reserved)
 *   24  H bytes  header JSON: { keys, entities, articles: [uri, date, title, outlet][], f64, i32, u8 }
 *       spaces up to the next multiple of 8
 *       f64 × 8  every article's figure postings, article after article
 *       i32 × 4  9 numbers per article (lengths of text bytes, wide, sen, ent, dat, fig, nam, keep; the text's
 *                full length), then every article's wide, sen, ent, dat, nam, keep (see ./text)
 *       u8       every article's text bytes
 *       zeros up to the next multiple of 4
 *       u32      FNV-1a hash of the bytes from the f64 section to here (the body)
 * Numbers are in the machine's byte order (little-endian on every platform Node runs editors on); the
 * typed arrays are views into the file's bytes, so loading copies nothing and parses no numbers.
 */

export const MAGIC = 'FKCORPUS';
export const PREFIX_BYTES = 24;
/** Numbers per article in the length table. */
export const LENS = 9;

export interface BinaryHeader {
  keys: string[];
  entities: [string, string, string][];
  articles: [string, string | null, string | null, string | null][];
  /** Element counts of the three sections. */
  f64: number;
  i32: number;
  u8: number;
}

/** FNV-1a over bytes, continued from `h` so a hash can run over pieces written one after another. */
export function fnv1a(bytes: Uint8Array, h = 0x811c9dc5): number {
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}

export const pad = (n: number, to: number): number => (to - (n % to)) % to;

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function fromUtf8(b: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(b);
}

export const asBytes = (a: Int32Array | Float64Array | Uint8Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The prefix and header bytes, padded so the f64 section starts 8-byte aligned. */
export function headerBytes(version: number, header: BinaryHeader): Uint8Array {
  const json = utf8(JSON.stringify(header));
  const total = PREFIX_BYTES + json.length;
  const out = new Uint8Array(total + pad(total, 8)).fill(0x20);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, version, true);
  view.setUint32(12, json.length, true);
  view.setUint32(16, fnv1a(json), true);
  view.setUint32(20, 0, true);
  out.set(json, PREFIX_BYTES);
  return out;
}

/** True when the bytes start like a binary corpus (and so are not a JSON serialisation). */
export function isBinaryCorpus(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC.length) return false;
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}

/**
 * Checks the prefix, header hash, section sizes and body hash; returns the header and where each
 * section starts, or throws a sentence saying what is wrong (the caller rebuilds and logs it).
 */
export function readLayout(
  bytes: Uint8Array,
  version: number,
): { header: BinaryHeader; f64At: number; i32At: number; u8At: number } {
  if (!isBinaryCorpus(bytes)) throw new Error('corpus cache is not a binary corpus index');
  if (bytes.length < PREFIX_BYTES) throw new Error('corpus cache is truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const v = view.getUint32(8, true);
  if (v !== version) throw new Error(`corpus cache has another format version (${v}, expected ${version})`);
  const h = view.getUint32(12, true);
  if (PREFIX_BYTES + h > bytes.length) throw new Error('corpus cache is truncated');
  const json = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + h);
  if (fnv1a(json) !== view.getUint32(16, true)) throw new Error('corpus cache is damaged (header checksum)');
  let header: BinaryHeader;
  try {
    header = JSON.parse(fromUtf8(json)) as BinaryHeader;
  } catch {
    throw new Error('corpus cache is damaged (header)');
  }
  const counts = [header?.f64, header?.i32, header?.u8];
  if (
    !Array.isArray(header.keys) ||
    !Array.isArray(header.entities) ||
    !Array.isArray(header.articles) ||
    !counts.every((n) => Number.isSafeInteger(n) && n >= 0)
  ) {
    throw new Error('corpus cache is damaged (header)');
  }
  const f64At = PREFIX_BYTES + h + pad(PREFIX_BYTES + h, 8);
  const i32At = f64At + header.f64 * 8;
  const u8At = i32At + header.i32 * 4;
  const end = u8At + header.u8;
  const expected = end + pad(end, 4) + 4;
  if (bytes.length < expected) throw new Error('corpus cache is truncated');
  if (bytes.length > expected) throw new Error('corpus cache is damaged (trailing bytes)');
  if (fnv1a(bytes.subarray(f64At, expected - 4)) !== view.getUint32(expected - 4, true)) {
    throw new Error('corpus cache is damaged (body checksum)');
  }
  return { header, f64At, i32At, u8At };
}
