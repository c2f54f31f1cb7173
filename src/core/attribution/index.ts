// Finds source markers ("laut", "zufolge", "sagte"), vague sources and hearsay, and builds claims.
import type { Attribution, Claim, DateMention, Doc, Entity, Figure } from '../types';

export function extractAttributions(doc: Doc, entities: Entity[]): Attribution[] {
  void doc;
  void entities;
  return [];
}

/**
 * The claims of the doc (sentences asserting a checkable fact), each with the attribution that covers it.
 * Also sets `source` on each figure (hearsay never counts as a source).
 */
export function buildClaims(
  doc: Doc,
  attributions: Attribution[],
  figures: Figure[],
  dates: DateMention[],
  entities: Entity[],
): Claim[] {
  void doc;
  void attributions;
  void figures;
  void dates;
  void entities;
  return [];
}
