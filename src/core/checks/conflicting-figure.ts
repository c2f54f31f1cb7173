// Check `conflicting-figure`: the same quantity has a non-overlapping value in a comparable corpus article.
import type { Figure, Locale } from '../types';
import type { FigureRef } from '../corpus';
import type { CheckDefinition } from './types';
import { daysBetween, formatDate, quote } from './format';

/** Two closed intervals overlap: "bis zu 12.000" [0, 12000] and "10.000" [10000, 10000] agree. */
export function overlaps(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Where and by whom a corpus figure was given, for messages: "laut Südkorea, Tagesspiegel, 23.11.2024". */
export function describeRef(ref: FigureRef, locale: Locale): string {
  // A source marker opening its sentence ("Laut Deutscher Bahn") reads mid-message in lower case.
  const source = ref.source?.replace(/^(Laut|Nach|Wie|So)\b/, (w) => w.toLowerCase());
  const parts = [source ?? (locale === 'de' ? 'ohne Quelle' : 'no source')];
  parts.push(ref.outlet ?? ref.uri.split(/[\\/]/).pop() ?? ref.uri);
  if (ref.date) parts.push(formatDate(ref.date, locale));
  return parts.join(', ');
}

function comparable(draftDate: string | null, refDate: string | null, windowDays: number): boolean {
  if (!draftDate || !refDate) return true;
  return daysBetween(draftDate, refDate) <= windowDays;
}

/** Of refs already at hand (the overview's), those comparable in date whose interval does not overlap the figure's. */
export function disagreeing(
  figure: Pick<Figure, 'low' | 'high'>,
  refs: FigureRef[],
  draftDate: string | null,
  windowDays: number,
): FigureRef[] {
  return refs.filter((r) => comparable(draftDate, r.date, windowDays) && !overlaps(figure, r));
}

/** At most this many disagreeing passages are listed as related information (the message gives the total). */
export const MAX_RELATED = 20;

const MAX_IN_MESSAGE = 3;

export const conflictingFigure: CheckDefinition = {
  code: 'conflicting-figure',
  defaultSeverity: 'warning',
  description: {
    de: 'Ein Korpusartikel aus einem vergleichbaren Zeitraum nennt für dieselbe Größe einen unvereinbaren Wert.',
    en: 'A corpus article from a comparable period gives an incompatible value for the same quantity.',
  },
  run(analysis, ctx) {
    const corpus = ctx.corpus;
    if (!corpus) return [];
    const out = [];
    const date = analysis.doc.meta.date;
    for (const f of analysis.figures) {
      if (f.vague || !f.key) continue;
      const { total, refs } = corpus.disagreeing(f.key, f, {
        excludeUri: ctx.uri,
        near: { date, days: ctx.windowDays },
        limit: MAX_RELATED,
      });
      if (total === 0) continue;
      refs.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.uri.localeCompare(b.uri) || a.start - b.start);
      const listed = refs
        .slice(0, MAX_IN_MESSAGE)
        .map((r) => `${quote(r.text, ctx.locale)} (${describeRef(r, ctx.locale)})`)
        .join('; ');
      const more = total > MAX_IN_MESSAGE ? (ctx.locale === 'de' ? ` und ${total - MAX_IN_MESSAGE} weitere` : ` and ${total - MAX_IN_MESSAGE} more`) : '';
      out.push({
        code: 'conflicting-figure' as const,
        start: f.start,
        end: f.end,
        message:
          ctx.locale === 'de'
            ? `${quote(f.text, 'de')} widerspricht dem Korpus: ${listed}${more}. Prüfen Sie die Zahl und nennen Sie die Quelle.`
            : `${quote(f.text, 'en')} contradicts the corpus: ${listed}${more}. Check the figure and name its source.`,
        related: refs.map((r) => ({
          uri: r.uri,
          start: r.start,
          end: r.end,
          message:
            ctx.locale === 'de'
              ? `${quote(r.text, 'de')} – ${describeRef(r, 'de')}`
              : `${quote(r.text, 'en')} – ${describeRef(r, 'en')}`,
        })),
      });
    }
    return out;
  },
};
