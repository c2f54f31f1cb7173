// Sentence units for attribution: the doc's sentences, re-joined where a split cut a number or an abbreviation.
import type { Doc, Span } from '../types';

export interface Unit extends Span {
  paragraph: number;
  text: string;
}

/** A sentence that ends like this did not really end: "ca.", "F.", "Nr." ("10." is judged by what follows). */
const FALSE_END =
  /(?:^|[\s(„"])(?:\p{Lu}|ca|Mio|Mrd|Nr|Dr|Prof|bzw|vgl|St|Abs|Art|Tsd|Bio|mind|inkl|ggf|evtl|usw|Jh|Str|Hr|Fr|z\.\s?B|u\.\s?a|etc)\.$/u;

/** Units per doc: attributions and claims both need them, and a doc is never changed after preparation. */
const CACHE = new WeakMap<Doc, Unit[]>();

/**
 * The units claims and attributions are judged on. A sentence is joined to the one before when that one
 * ended at a false stop or inside a number ("10." + "000"), or when it begins in lower case, which a real
 * sentence never does; with a segmenter that already gets this right the units are simply its sentences.
 */
export function sentenceUnits(doc: Doc): Unit[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const out: Unit[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph) {
      const first = doc.text.charAt(s.start);
      // A digit opens a real sentence ("40 Menschen …") unless the last one ended inside a number ("10.").
      const splitNumber = /\d$/u.test(first) && /\d[.,]$/.test(prev.text);
      if (FALSE_END.test(prev.text) || /\p{Ll}/u.test(first) || splitNumber) {
        prev.end = s.end;
        // Only the ending matters for the next join; the full text is cut once at the end.
        prev.text = doc.text.slice(Math.max(prev.start, s.end - 12), s.end);
        continue;
      }
    }
    out.push({ start: s.start, end: s.end, paragraph: s.paragraph, text: doc.text.slice(s.start, s.end) });
  }
  for (const u of out) u.text = doc.text.slice(u.start, u.end);
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
