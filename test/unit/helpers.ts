// Small helpers shared by the unit tests: analyse a German snippet with an article date.
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core';

/** Analyses `body` as a Markdown article dated `date` (front matter added here). */
export function article(body: string, date = '2024-11-23', extra = ''): Analysis {
  return analyze(`---\ndatum: ${date}\n${extra}---\n${body}`, { format: 'markdown' });
}

/** The text of each span, for readable assertions. */
export function texts(a: Analysis, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => a.doc.text.slice(s.start, s.end));
}
