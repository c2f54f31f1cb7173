// Check `weekday-mismatch`: a weekday next to a date that falls on another day ("Mittwoch, 11. Januar 2024").
import type { CheckDefinition } from './types';
import { formatDate, isoWeekday, quote, weekdayName } from './format';

export const weekdayMismatch: CheckDefinition = {
  code: 'weekday-mismatch',
  defaultSeverity: 'warning',
  description: {
    de: 'Ein Wochentag steht neben einem Datum, das auf einen anderen Tag fällt.',
    en: 'A weekday stands next to a date that falls on another day.',
  },
  run(analysis, ctx) {
    const out = [];
    for (const d of analysis.dates) {
      if (d.weekday === undefined || !d.value || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
      const actual = isoWeekday(d.value.slice(0, 10));
      if (actual === undefined || actual === d.weekday) continue;
      const span = d.weekdaySpan ?? d;
      const day = formatDate(d.value.slice(0, 10), ctx.locale);
      out.push({
        code: 'weekday-mismatch' as const,
        start: span.start,
        end: span.end,
        message:
          ctx.locale === 'de'
            ? `${quote(weekdayName(d.weekday, 'de'), 'de')} passt nicht: Der ${day} ist ein ${weekdayName(actual, 'de')}.`
            : `${quote(weekdayName(d.weekday, 'en'), 'en')} does not match: ${day} is a ${weekdayName(actual, 'en')}.`,
        related: [],
      });
    }
    return out;
  },
};
