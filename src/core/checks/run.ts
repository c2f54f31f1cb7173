// Runs the checks in steps a caller can pause between or stop: a huge draft need not block its host for the whole check.
import type { Analysis, Code, Finding, Locale, Severity, Span } from '../types';
import type { Corpus } from '../corpus';
import { applyIgnoreMarkers } from '../ignore';
import { CHECKS } from './index';

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

/** Items (figures, attributions, dates) per step: a few milliseconds of work, even with corpus queries. */
export const STEP_ITEMS = 250;

export interface CheckRun {
  /** Advances the check by one step; yields after each step, ends when every item is checked. */
  steps: Generator<void, void, void>;
  /** Whether every step ran. */
  readonly complete: boolean;
  /** The findings of the steps run so far: sorted by position, ignore markers honoured (as `check()`). */
  findings(): Finding[];
}

const byStart = <T extends Span>(items: readonly T[]): T[] => [...items].sort((a, b) => a.start - b.start);

/** Index of the first item starting at or after `offset` (items sorted by start). */
function firstFrom(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The findings of every check, computed in steps (`check()` runs them all in one). Every check judges one item at a time (a figure,
 * an attribution, a date), so each step runs all checks on a view of the analysis holding only the
 * items of one stretch of text; the stretches cover the text once, so no finding is lost or doubled.
 * Pure: the caller decides when to continue (between steps it may answer other requests) or to stop.
 */
export function checkRun(analysis: Analysis, opts: CheckOptions, stepItems = STEP_ITEMS): CheckRun {
  const ctx = {
    uri: opts.uri,
    locale: opts.locale ?? 'de',
    corpus: opts.corpus,
    windowDays: opts.windowDays ?? DEFAULT_WINDOW_DAYS,
  };
  const ignoredEverywhere = new Set(analysis.doc.meta.ignore ?? []);
  const active: { def: (typeof CHECKS)[number]; severity: Severity }[] = [];
  for (const def of CHECKS) {
    const severity = opts.severities?.[def.code] ?? def.defaultSeverity;
    if (severity !== 'off' && !ignoredEverywhere.has(def.code)) active.push({ def, severity });
  }
  const figures = byStart(analysis.figures);
  const attributions = byStart(analysis.attributions);
  const dates = byStart(analysis.dates);
  // Stretch boundaries: every `stepItems`-th start offset among all items, so a step holds about that many.
  const starts = [...figures, ...attributions, ...dates].map((s) => s.start).sort((a, b) => a - b);
  const bounds: number[] = [];
  for (let i = stepItems; i < starts.length; i += stepItems) if (starts[i] !== bounds[bounds.length - 1]) bounds.push(starts[i]);
  const out: Finding[] = [];
  let complete = false;

  function* steps(): Generator<void, void, void> {
    let lo = -Infinity;
    for (let b = 0; b <= bounds.length; b++) {
      const hi = b < bounds.length ? bounds[b] : Infinity;
      const cut = <T extends Span>(items: T[]) => items.slice(lo === -Infinity ? 0 : firstFrom(items, lo), hi === Infinity ? items.length : firstFrom(items, hi));
      const view: Analysis = { ...analysis, figures: cut(figures), attributions: cut(attributions), dates: cut(dates) };
      for (const { def, severity } of active) for (const f of def.run(view, ctx)) out.push({ ...f, severity });
      lo = hi;
      if (hi !== Infinity) yield;
    }
    complete = true;
  }

  return {
    steps: steps(),
    get complete() {
      return complete;
    },
    findings: () =>
      applyIgnoreMarkers(analysis.doc.text, out).sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code)),
  };
}

/**
 * Runs the checks until done or until `shouldStop()` (asked between steps) says to stop; then the
 * findings so far are returned with `complete: false`, so a caller can show what it has.
 */
export function checkUntil(analysis: Analysis, opts: CheckOptions, shouldStop: () => boolean): { findings: Finding[]; complete: boolean } {
  const run = checkRun(analysis, opts);
  for (const _ of run.steps) if (shouldStop()) break;
  return { findings: run.findings(), complete: run.complete };
}
