// The analysis pipeline: text → doc → entities, dates, figures, attributions and claims.
import type { Analysis } from './types';
import { clearPrepareCache, prepare, type Format } from './text';
import { clearEntitiesCache, extractEntities, type NameRegistry } from './entities';
import { clearDatesCache, extractDates } from './dates';
import { extractFigures } from './figures';
import { attachSources, buildClaims, extractAttributions, sourceUnits } from './attribution';

export interface AnalyzeOptions {
  /** Markdown or plain text; derived from `uri` when absent (`.md`/`.markdown` are Markdown). */
  format?: Format;
  uri?: string;
  /** Names known from the corpus, so short mentions link to full names. */
  names?: NameRegistry;
  /**
   * 'corpus': for an article that goes into the index, analysed once. No content cache is read or
   * filled (its paragraphs are never seen again), no claims are built (`claims` is empty), and only the
   * sentences that can source a keyed figure are read for attributions (`sourceUnits`), so other
   * attributions, and the sources of vague or unkeyed figures, may be missing: the index record
   * (`corpusRecord`) is the same as after an 'edit' analysis, at a lower cost.
   * 'edit' (default): a draft, re-analysed after every keystroke, which the caches make cheap.
   */
  purpose?: 'edit' | 'corpus';
}

export function formatOf(uri: string | undefined): Format {
  return uri && /\.(md|markdown|mdx)$/i.test(uri) ? 'markdown' : 'text';
}

/** Analyses one article or draft. Pure: the same text and options always give the same result. */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const memo = opts.purpose !== 'corpus';
  const doc = prepare(text, opts.format ?? formatOf(opts.uri), { memo });
  const entities = extractEntities(doc, opts.names, { memo });
  const dates = extractDates(doc, { memo });
  const figures = extractFigures(doc, dates);
  if (!memo) {
    const attributions = extractAttributions(doc, entities, sourceUnits(doc, figures));
    attachSources(doc, attributions, figures);
    return { doc, entities, dates, figures, attributions, claims: [] };
  }
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
