// The shape every check shares: a function from an analysis (and the corpus) to findings.
import type { Analysis, Code, Finding, Locale, Severity } from '../types';
import type { Corpus } from '../corpus';

export interface CheckContext {
  /** The uri of the draft being checked (used to leave it out of its own corpus references). */
  uri: string;
  locale: Locale;
  /** The indexed corpus; checks that need it return nothing without one. */
  corpus?: Corpus;
  /** Corpus articles within this many days of the draft's date are comparable (undated ones always are). */
  windowDays: number;
}

export interface CheckDefinition {
  code: Code;
  defaultSeverity: Severity;
  /** One line describing the check, per locale (README table, settings descriptions). */
  description: Record<Locale, string>;
  run(analysis: Analysis, ctx: CheckContext): Omit<Finding, 'severity'>[];
}
