// Sentence units for attribution: the doc's sentences with their text, found by position.
import type { Doc, Span } from '../types';

export interface Unit extends Span {
  paragraph: number;
  text: string;
}

/** Units per doc: attributions and claims both need them, and a doc is never changed after preparation. */
const CACHE = new WeakMap<Doc, Unit[]>();

/**
 * One unit per sentence of the doc. The segmenter keeps German ordinals, abbreviations and numbers
 * like "10.000" inside their sentence, so no second round of repairs is made here.
 */
export function sentenceUnits(doc: Doc): Unit[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const out = doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph, text: doc.text.slice(s.start, s.end) }));
  CACHE.set(doc, out);
  return out;
}

/** Index of the unit containing `pos` (binary search), or -1. */
export function unitAt(units: Unit[], pos: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (pos < u.start) hi = mid - 1;
    else if (pos >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
