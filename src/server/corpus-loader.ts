// Finds corpus files on disk and reads them safely: no symlink loops, no huge, binary or non-UTF-8 files.
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { CompiledPatterns } from './patterns';
import { decodeText } from '../core/text/decode';

/** A hard stop so a mis-set pattern on a huge drive cannot keep the server busy for hours. */
export const MAX_FILES = 50_000;

export interface FoundFile {
  path: string;
  mtimeMs: number;
  size: number;
}

/**
 * Walks every scan root and yields the files the patterns select. Directories are identified by
 * their real path, so a symlink pointing back up the tree is visited once and never loops; in an
 * untrusted workspace symlinks leading outside the workspace are not followed at all.
 */
export async function* findCorpusFiles(
  compiled: CompiledPatterns,
  opts: { workspaceRoots: string[]; trusted: boolean },
): AsyncGenerator<FoundFile> {
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const realRoots = await Promise.all(opts.workspaceRoots.map((r) => fs.realpath(r).catch(() => r)));
  let count = 0;
  for (const { root, include } of compiled.roots) {
    const stack = [root];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = await fs.realpath(dir);
      } catch {
        continue;
      }
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      if (!opts.trusted && !realRoots.some((w) => real === w || real.startsWith(w + path.sep))) continue;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        const rel = path.relative(root, full).split(path.sep).join('/');
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        let stat: Stats | undefined;
        if (e.isSymbolicLink()) {
          try {
            stat = await fs.stat(full);
          } catch {
            continue; // A dangling link.
          }
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        }
        if (isDir) {
          if (!compiled.exclude(rel + '/') && !compiled.exclude(rel)) stack.push(full);
          continue;
        }
        if (!isFile || !include(rel) || compiled.exclude(rel)) continue;
        try {
          stat ??= await fs.stat(full);
          const realFile = await fs.realpath(full);
          if (seenFiles.has(realFile)) continue;
          seenFiles.add(realFile);
          if (!opts.trusted && !realRoots.some((w) => realFile.startsWith(w + path.sep))) continue;
        } catch {
          continue;
        }
        yield { path: full, mtimeMs: stat.mtimeMs, size: stat.size };
        if (++count >= MAX_FILES) return;
      }
    }
  }
}

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'binary' | 'unreadable'; detail?: string };

/** Decodes bytes as article text as the CLI does (UTF-8, UTF-16 with BOM, Windows-1252), or refuses binary ones. */
export function decodeArticle(bytes: Uint8Array): ReadResult {
  const d = decodeText(bytes);
  return d.ok ? { ok: true, text: d.text } : { ok: false, reason: 'binary' };
}

/** Reads one article, refusing files above the size limit before reading them. */
export async function readArticle(file: string, maxBytes: number): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large' };
    return decodeArticle(await fs.readFile(file));
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}
