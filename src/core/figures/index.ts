// Finds figures (counts, amounts, percentages) with their interval, unit, counted thing and quantity key.
import type { DateMention, Doc, Figure } from '../types';

/** Figures of the doc; spans already taken by dates are not figures. `source` is filled in later. */
export function extractFigures(doc: Doc, dates: DateMention[]): Figure[] {
  void doc;
  void dates;
  return [];
}
