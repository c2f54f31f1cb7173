// The on-disk cache of the corpus index: versioned, written atomically, keyed by each file's mtime and size.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CORPUS_FORMAT_VERSION, deserializeCorpus, type Corpus } from '../core';

/** Bump when this file's own shape changes; the core's format version is checked separately. */
export const CACHE_VERSION = 2;
export const CACHE_FILE = 'corpus-index.json';

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

interface CacheFile {
  format: 'faktenlage-cache';
  version: number;
  coreVersion: number;
  /** The engine fingerprint (`ENGINE_ID`) of the build that wrote the cache. */
  engine: string;
  /** The configuration the index was built with: a change of patterns invalidates it. */
  configKey: string;
  stamps: [string, FileStamp][];
  /** The corpus's serialisation, inline (not a string inside the string, which doubled the escaping). */
  corpus: object;
}

/** Loads the cache; any problem (missing, corrupt, another version or configuration) gives null and a rebuild. */
export async function loadCache(dir: string, configKey: string): Promise<CacheContent | null> {
  try {
    const raw = await fs.readFile(path.join(dir, CACHE_FILE), 'utf8');
    const data = JSON.parse(raw) as CacheFile;
    if (
      data?.format !== 'faktenlage-cache' ||
      data.version !== CACHE_VERSION ||
      data.coreVersion !== CORPUS_FORMAT_VERSION ||
      data.engine !== ENGINE_ID ||
      data.configKey !== configKey ||
      !Array.isArray(data.stamps) ||
      typeof data.corpus !== 'object' ||
      data.corpus === null
    ) {
      return null;
    }
    return { corpus: deserializeCorpus(data.corpus), stamps: new Map(data.stamps) };
  } catch {
    return null;
  }
}

/**
 * Writes the cache to a temporary file and renames it over the old one, so a crash or a second
 * window writing at the same time never leaves a half-written cache behind.
 */
export async function saveCache(dir: string, configKey: string, content: CacheContent): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  const header: Omit<CacheFile, 'corpus'> = {
    format: 'faktenlage-cache',
    version: CACHE_VERSION,
    coreVersion: CORPUS_FORMAT_VERSION,
    engine: ENGINE_ID,
    configKey,
    stamps: [...content.stamps],
  };
  // Taken now, before the first write lets other work run: later changes wait for the next save.
  const chunks = content.corpus.serializeChunks();
  const target = path.join(dir, CACHE_FILE);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  let file: fs.FileHandle | undefined;
  try {
    file = await fs.open(tmp, 'w');
    // Written a megabyte at a time: one string of the whole index would cost as much memory as the index.
    let buffered = JSON.stringify(header).slice(0, -1) + ',"corpus":';
    for (const chunk of chunks) {
      buffered += chunk;
      if (buffered.length >= WRITE_CHUNK) {
        await file.write(buffered);
        buffered = '';
      }
    }
    await file.write(buffered + '}');
    await file.close();
    file = undefined;
    await fs.rename(tmp, target);
  } catch (e) {
    await file?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
