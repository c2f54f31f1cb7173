// The public API of the engine: analyze(), createCorpus(), check(). Pure: no I/O, no editor types.
import type { Analysis, Finding } from './types';
import { checkRun, type CheckOptions } from './checks/run';

export * from './types';
export { analyze, formatOf, type AnalyzeOptions } from './analyze';
export { createCorpus, deserializeCorpus, CORPUS_FORMAT_VERSION } from './corpus';
export type { Corpus, Ref, FigureRef, ArticleSummary, QueryOptions } from './corpus';
export { CHECKS } from './checks';
export { ignoreRanges } from './ignore';

export { DEFAULT_WINDOW_DAYS, type CheckOptions } from './checks/run';

/**
 * Runs every check on an analysis. Findings are sorted by position; codes listed in the front matter's
 * `faktenlage-ignore` and inline `<!-- faktenlage-ignore CODE -->` markers are honoured.
 */
export function check(analysis: Analysis, opts: CheckOptions): Finding[] {
  // One step holding every item: the stepped run is the only implementation of the checks' loop.
  const run = checkRun(analysis, opts, Infinity);
  while (!run.steps.next().done);
  return run.findings();
}
