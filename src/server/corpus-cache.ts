// The on-disk cache of the corpus index: binary, versioned, written atomically, keyed by each file's mtime and size.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CORPUS_FORMAT_VERSION, deserializeCorpus, type Corpus } from '../core';

/** Bump when this file's own shape changes; the core's format version is checked separately. */
export const CACHE_VERSION = 3;
export const CACHE_FILE = 'corpus-index.bin';
/** Where versions up to 2 kept the cache, as one JSON text: removed once the binary cache is written. */
export const OLD_CACHE_FILE = 'corpus-index.json';
const MAGIC = 'FKTCACHE';
const PREFIX_BYTES = 24;

declare const __FAKTENLAGE_ENGINE__: string | undefined;
/**
 * The engine that built a cache, fingerprinted by the bundler from `src/core`: after an update that
 * changes how figures are keyed or names are tagged, the old index is rebuilt rather than reused.
 * Run from source (tests under tsx) there is no bundle and so no fingerprint.
 */
export const ENGINE_ID = typeof __FAKTENLAGE_ENGINE__ === 'string' ? __FAKTENLAGE_ENGINE__ : 'source';
const WRITE_CHUNK = 1 << 20;

export interface FileStamp {
  mtimeMs: number;
  size: number;
}

export interface CacheContent {
  corpus: Corpus & { addAnalysis?: unknown };
  /** uri → the stamp the file had when it was indexed. */
  stamps: Map<string, FileStamp>;
}

/** The JSON header of the cache file; the corpus's own binary form follows it (see src/core/corpus/binary.ts). */
export interface CacheHeader {
  format: 'faktenlage-cache';
  version: number;
  coreVersion: number;
  /** The engine fingerprint (`ENGINE_ID`) of the build that wrote the cache. */
  engine: string;
  /** The configuration the index was built with: a change of patterns invalidates it. */
  configKey: string;
  stamps: [string, FileStamp][];
}

/*
 * File layout: "FKTCACHE", u32 CACHE_VERSION, u32 header length H, u32 FNV-1a of the header, u32 0,
 * H bytes of header JSON, spaces up to a multiple of 8, then the corpus bytes (8-byte aligned, so
 * the core views its arrays in place).
 */

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 16777619);
  return h >>> 0;
}

/** Splits a cache file into its checked header and the corpus bytes, or throws a sentence saying what is wrong. */
export function readCacheFile(bytes: Uint8Array): { header: CacheHeader; corpus: Uint8Array } {
  if (bytes.length < PREFIX_BYTES || Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).toString('latin1') !== MAGIC) {
    throw new Error(bytes.length < PREFIX_BYTES ? 'the file is truncated' : 'the file is not a Faktenlage index cache');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== CACHE_VERSION) throw new Error(`it has cache format ${version}, this version reads ${CACHE_VERSION}`);
  const h = view.getUint32(12, true);
  if (PREFIX_BYTES + h > bytes.length) throw new Error('the file is truncated');
  const json = bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + h);
  if (fnv1a(json) !== view.getUint32(16, true)) throw new Error('its header is damaged (checksum)');
  const header = JSON.parse(Buffer.from(json.buffer, json.byteOffset, json.length).toString('utf8')) as CacheHeader;
  const at = PREFIX_BYTES + h + ((8 - ((PREFIX_BYTES + h) % 8)) % 8);
  return { header, corpus: bytes.subarray(at) };
}

/**
 * Loads the cache; any problem (missing, truncated, corrupt, another version or configuration) gives
 * null and so a rebuild. `problem` hears why a cache that exists was not used (a line for the log).
 */
export async function loadCache(dir: string, configKey: string, problem: (reason: string) => void = () => undefined): Promise<CacheContent | null> {
  let bytes: Buffer;
  try {
    // One read into one buffer; the corpus's arrays are views into it (no giant string, no parsed numbers).
    bytes = await fs.readFile(path.join(dir, CACHE_FILE));
  } catch {
    const old = await fs.stat(path.join(dir, OLD_CACHE_FILE)).catch(() => null);
    if (old) problem('the index cache has an older format (JSON); rebuilding the index');
    return null;
  }
  try {
    const { header, corpus } = readCacheFile(bytes);
    if (header?.format !== 'faktenlage-cache' || header.version !== CACHE_VERSION || !Array.isArray(header.stamps)) {
      throw new Error('its header is damaged');
    }
    if (header.coreVersion !== CORPUS_FORMAT_VERSION) throw new Error(`it holds index format ${header.coreVersion}, this version reads ${CORPUS_FORMAT_VERSION}`);
    if (header.engine !== ENGINE_ID) throw new Error('another version of the engine wrote it');
    if (header.configKey !== configKey) throw new Error('the corpus settings changed');
    return { corpus: deserializeCorpus(corpus), stamps: new Map(header.stamps) };
  } catch (e) {
    problem(`the index cache was not used (${String((e as Error)?.message ?? e)}); rebuilding the index`);
    return null;
  }
}

/** The bytes of a cache file before its corpus: prefix, header JSON and padding. */
export function cacheHeaderBytes(header: CacheHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const total = PREFIX_BYTES + json.length;
  const out = Buffer.alloc(total + ((8 - (total % 8)) % 8), 0x20);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(CACHE_VERSION, 8);
  out.writeUInt32LE(json.length, 12);
  out.writeUInt32LE(fnv1a(json), 16);
  out.writeUInt32LE(0, 20);
  json.copy(out, PREFIX_BYTES);
  return out;
}

/**
 * Writes the cache to a temporary file and renames it over the old one, so a crash or a second
 * window writing at the same time never leaves a half-written cache behind.
 */
export async function saveCache(dir: string, configKey: string, content: CacheContent): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const header = cacheHeaderBytes({
    format: 'faktenlage-cache',
    version: CACHE_VERSION,
    coreVersion: CORPUS_FORMAT_VERSION,
    engine: ENGINE_ID,
    configKey,
    stamps: [...content.stamps],
  });
  // Taken now, before the first write lets other work run: later changes wait for the next save.
  const pieces = content.corpus.serializeBinary();
  const target = path.join(dir, CACHE_FILE);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  let file: fs.FileHandle | undefined;
  try {
    file = await fs.open(tmp, 'w');
    // The pieces are views of the index's arrays, many of them small: they are gathered a megabyte at a time.
    const staging = Buffer.allocUnsafe(WRITE_CHUNK);
    let used = 0;
    const flush = async () => {
      if (used) await file!.write(staging, 0, used);
      used = 0;
    };
    const all = function* () {
      yield header;
      yield* pieces;
    };
    for (const piece of all()) {
      if (used + piece.length > WRITE_CHUNK) await flush();
      if (piece.length > WRITE_CHUNK) await file.write(piece);
      else {
        staging.set(piece, used);
        used += piece.length;
      }
    }
    await flush();
    await file.close();
    file = undefined;
    await fs.rename(tmp, target);
    await fs.rm(path.join(dir, OLD_CACHE_FILE), { force: true });
  } catch (e) {
    await file?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
