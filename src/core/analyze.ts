// The analysis pipeline: text → doc → entities, dates, figures, attributions and claims.
import type { Analysis } from './types';
import { clearPrepareCache, prepare, type Format } from './text';
import { clearEntitiesCache, extractEntities, type NameRegistry } from './entities';
import { clearDatesCache, extractDates } from './dates';
import { extractFigures } from './figures';
import { buildClaims, extractAttributions } from './attribution';

export interface AnalyzeOptions {
  /** Markdown or plain text; derived from `uri` when absent (`.md`/`.markdown` are Markdown). */
  format?: Format;
  uri?: string;
  /** Names known from the corpus, so short mentions link to full names. */
  names?: NameRegistry;
}

export function formatOf(uri: string | undefined): Format {
  return uri && /\.(md|markdown|mdx)$/i.test(uri) ? 'markdown' : 'text';
}

/** Analyses one article or draft. Pure: the same text and options always give the same result. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const doc = prepare(text, opts.format ?? formatOf(opts.uri));
  const entities = extractEntities(doc, opts.names);
  const dates = extractDates(doc);
  const figures = extractFigures(doc, dates);
  const attributions = extractAttributions(doc, entities);
  const claims = buildClaims(doc, attributions, figures, dates, entities);
  return { doc, entities, dates, figures, attributions, claims };
}

/**
 * Empties every content cache of the pipeline (prepared chunks, per-sentence date scans, tagged sentences). Results never
 * depend on it; benchmarks call it so that a measured analysis cannot be answered from memory.
 */
export function clearAnalysisCaches(): void {
  clearPrepareCache();
  clearDatesCache();
  clearEntitiesCache();
}
