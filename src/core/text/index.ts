// Turns raw file text into a Doc: front matter, prose ranges and German sentences with tokens.
import type { Doc } from '../types';

export type Format = 'markdown' | 'text';

/** Prepares a file's text for analysis. Positions in the result are offsets into `text` itself. */
export function prepare(text: string, format: Format): Doc {
  void format;
  return { text, meta: { date: null }, prose: [{ start: 0, end: text.length }], sentences: [] };
}
