// A bounded least-recently-used memo keyed by text, for the pipeline's per-chunk and per-sentence caches.

/**
 * Pure memoisation needs a bound: an editor session types thousands of distinct sentences. Entries are
 * evicted oldest-first once either the entry count or the total key length (a proxy for the memory the
 * values hold, which grows with the text they describe) exceeds its budget. Keys longer than
 * `maxKeyChars` are never stored: a 1 MB line is not worth keeping.
 */
export class TextMemo<V> {
  private readonly map = new Map<string, V>();
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
    private readonly maxKeyChars = maxChars,
  ) {}

  /** The value for `key`, marked as the most recently used; undefined when absent. */
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (key.length > this.maxKeyChars) return;
    const had = this.map.has(key);
    if (had) this.map.delete(key);
    else this.chars += key.length;
    this.map.set(key, value);
    while (this.map.size > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** Total length of the keys held, the budget `maxChars` bounds. */
  get keyChars(): number {
    return this.chars;
  }
}
