// The text of any article the server must point into: the open document if there is one, else the file on disk.
import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import { LineIndex } from './conversions';

const MAX_CACHED = 256;

export class TextSource {
  private readonly cache = new Map<string, LineIndex>();

  constructor(
    private readonly openText: (uri: string) => string | undefined,
    private readonly maxBytes: () => number,
  ) {}

  /** Line index of a file; null when it cannot be read (deleted since indexing, too large). */
  async lines(uri: string): Promise<LineIndex | null> {
    const open = this.openText(uri);
    if (open !== undefined) return new LineIndex(open);
    const hit = this.cache.get(uri);
    if (hit) return hit;
    try {
      const parsed = URI.parse(uri);
      if (parsed.scheme !== 'file') return null;
      const stat = await fs.stat(parsed.fsPath);
      if (stat.size > this.maxBytes()) return null;
      const text = (await fs.readFile(parsed.fsPath, 'utf8')).replace(/^\uFEFF/, '');
      const index = new LineIndex(text);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(uri, index);
      return index;
    } catch {
      return null;
    }
  }

  /** Forgets a file's text after it changed on disk. */
  invalidate(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }
}
