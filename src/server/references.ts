// Corpus passages for the references view: for the mark under the cursor, or for an entity/figure/date key.
import type { Analysis, Corpus, FigureRef, Ref } from '../core';
import type { ReferenceItem, ReferencesResult } from '../shared/protocol';
import type { TextSource } from './text-source';
import { disagrees } from './hover';

export type Lookup =
  | { kind: 'entity'; key: string; label: string }
  | { kind: 'figure'; key: string; label: string; interval?: { low: number; high: number } }
  | { kind: 'date'; key: string; label: string };

/** What the references view should show for an offset of a draft: the most specific mark there. */
export function lookupAt(analysis: Analysis, offset: number): Lookup | null {
  const at = (s: { start: number; end: number }) => s.start <= offset && offset <= s.end;
  const f = analysis.figures.find(at);
  if (f && !f.vague) return { kind: 'figure', key: f.key, label: f.text, interval: { low: f.low, high: f.high } };
  const d = analysis.dates.find(at);
  if (d?.value) return { kind: 'date', key: d.value, label: d.text };
  const e = analysis.entities.find(at);
  if (e) return { kind: 'entity', key: e.id, label: e.name };
  return null;
}

/** The corpus passages for a lookup, newest first; null when `cancelled()` turned true on the way. */
export async function references(
  corpus: Corpus,
  lookup: Lookup | null,
  texts: TextSource,
  excludeUri?: string,
  /** Asked before each file is read: a popular name can have passages in thousands of articles. */
  cancelled: () => boolean = () => false,
): Promise<ReferencesResult | null> {
  if (!lookup) return { label: null, items: [] };
  const opts = { excludeUri };
  const refs: Ref[] =
    lookup.kind === 'entity'
      ? corpus.entityRefs(lookup.key, opts)
      : lookup.kind === 'figure'
        ? corpus.figureRefs(lookup.key, opts)
        : corpus.dateRefs(lookup.key, opts);
  const items: ReferenceItem[] = [];
  for (const r of refs) {
    if (cancelled()) return null;
    const lines = await texts.lines(r.uri);
    if (!lines) continue;
    const item: ReferenceItem = {
      uri: r.uri,
      range: lines.range(r),
      start: r.start,
      end: r.end,
      snippet: r.snippet,
      date: r.date,
      outlet: r.outlet,
      title: r.title,
    };
    if (lookup.kind === 'figure') {
      const fr = r as FigureRef;
      item.value = fr.text;
      if (lookup.interval) item.disagrees = disagrees(lookup.interval, fr);
    }
    items.push(item);
  }
  items.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.uri.localeCompare(b.uri) || a.start - b.start);
  return { label: lookup.label, items };
}
