// The public API of the engine: analyze(), createCorpus(), check(). Pure: no I/O, no editor types.
import type { Analysis, Code, Finding, Locale, Severity } from './types';
import type { Corpus } from './corpus';
import { CHECKS } from './checks';
import { applyIgnoreMarkers } from './ignore';

export * from './types';
export { analyze, formatOf, type AnalyzeOptions } from './analyze';
export { createCorpus, deserializeCorpus, CORPUS_FORMAT_VERSION } from './corpus';
export type { Corpus, Ref, FigureRef, ArticleSummary, QueryOptions } from './corpus';
export { CHECKS } from './checks';
export { ignoreRanges } from './ignore';

export interface CheckOptions {
  /** The draft's uri (its own corpus entry, if any, is left out of comparisons). */
  uri: string;
  locale?: Locale;
  corpus?: Corpus;
  /** Days either side of the draft's date within which corpus figures are compared (default 30). */
  windowDays?: number;
  /** Per-code severity; 'off' disables a check. */
  severities?: Partial<Record<Code, Severity | 'off'>>;
}

export const DEFAULT_WINDOW_DAYS = 30;

/**
 * Runs every check on an analysis. Findings are sorted by position; codes listed in the front matter's
 * `faktenlage-ignore` and inline `<!-- faktenlage-ignore CODE -->` markers are honoured.
 */
export function check(analysis: Analysis, opts: CheckOptions): Finding[] {
  const ctx = {
    uri: opts.uri,
    locale: opts.locale ?? 'de',
    corpus: opts.corpus,
    windowDays: opts.windowDays ?? DEFAULT_WINDOW_DAYS,
  };
  const ignoredEverywhere = new Set(analysis.doc.meta.ignore ?? []);
  const out: Finding[] = [];
  for (const def of CHECKS) {
    const severity = opts.severities?.[def.code] ?? def.defaultSeverity;
    if (severity === 'off' || ignoredEverywhere.has(def.code)) continue;
    for (const f of def.run(analysis, ctx)) out.push({ ...f, severity });
  }
  return applyIgnoreMarkers(analysis.doc.text, out).sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}
