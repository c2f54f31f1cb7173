// Reading drafts and corpus folders from disk for the CLI: decoding, size limits and safe directory walks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeText } from '../core/text/decode';

export const DEFAULT_MAX_FILE_KB = 2048;

export type ReadResult =
  | { ok: true; text: string; notice?: string }
  | { ok: false; skipped: true; reason: string }
  | { ok: false; skipped: false; reason: string };

/** Decodes file bytes as the engine does everywhere (see src/core/text/decode.ts). */
export function decode(bytes: Uint8Array): ReadResult {
  const d = decodeText(bytes);
  return d.ok ? d : { ok: false, skipped: true, reason: 'binary file (NUL bytes)' };
}

/** Reads a text file; unreadable files are errors, binary or oversized files are skipped with a reason. */
export function readText(file: string, maxKb = DEFAULT_MAX_FILE_KB): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    return { ok: false, skipped: false, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message) };
  }
  if (stat.isDirectory()) return { ok: false, skipped: false, reason: 'is a directory' };
  // A FIFO, socket or device would block or never end: only regular files are read.
  if (!stat.isFile()) return { ok: false, skipped: true, reason: 'not a regular file' };
  if (stat.size > maxKb * 1024) {
    return { ok: false, skipped: true, reason: `larger than ${maxKb} KB (${Math.round(stat.size / 1024)} KB); raise --max-size to analyse it` };
  }
  try {
    return decode(fs.readFileSync(file));
  } catch (e) {
    return { ok: false, skipped: false, reason: String((e as Error).message) };
  }
}

const ARTICLE = /\.(md|markdown|txt)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'build', '.cache', '.vscode-test']);

/** Article files under a folder (sorted), never following symlinked folders, so loops cannot occur. */
export function walkArticles(dir: string, onSkip: (file: string, reason: string) => void): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (d: string) => {
    let real: string;
    try {
      real = fs.realpathSync(d);
    } catch (e) {
      onSkip(d, String((e as Error).message));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      onSkip(d, String((e as Error).message));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) visit(p);
      } else if (e.isFile() && ARTICLE.test(e.name)) {
        out.push(p);
      } else if (e.isSymbolicLink() && ARTICLE.test(e.name)) {
        out.push(p);
      }
    }
  };
  visit(dir);
  return out;
}
