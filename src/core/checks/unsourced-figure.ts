// Check `unsourced-figure`: a figure in a sentence that names no source (hearsay does not count).
import type { CheckDefinition } from './types';
import { quote } from './format';

/**
 * Durations ("drei Wochen", "nach 90 Minuten") tell when or how long, not how many: they are rarely
 * what a source is needed for, and flagging them would bury the figures that matter.
 */
const DURATION = /^(?:Sekunden?|Minuten?|Stunden?|Tagen?|Tage|Tag|Wochen?|Monate?n?|Jahren?|Jahre|Jahr|Jahrzehnten?|Jahrhunderten?)$/;

export const unsourcedFigure: CheckDefinition = {
  code: 'unsourced-figure',
  defaultSeverity: 'warning',
  description: {
    de: 'Eine Zahl steht in einem Satz ohne Quellenangabe („laut …“, „nach Angaben …“, „… zufolge“, „sagte …“).',
    en: 'A figure stands in a sentence that names no source ("laut …", "nach Angaben …", "… zufolge", "sagte …").',
  },
  run(analysis, ctx) {
    return analysis.figures
      .filter((f) => !f.vague && f.source === null && !(f.unit && DURATION.test(f.unit)))
      .map((f) => ({
        code: 'unsourced-figure' as const,
        start: f.start,
        end: f.end,
        message:
          ctx.locale === 'de'
            ? `Zahl ohne Quelle: ${quote(f.text, 'de')}. Nennen Sie, wer sie angibt (z. B. „laut …“).`
            : `Figure without a source: ${quote(f.text, 'en')}. Say who gives it (e.g. "laut …").`,
        related: [],
      }));
  },
};
