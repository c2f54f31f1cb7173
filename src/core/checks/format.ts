// Small formatting helpers for check messages: numbers and dates the way German and English readers expect.
import type { Locale } from '../types';
import { isoWeekday as weekdayOf, parseIsoDay, periodStartDay } from '../dates/calendar';

const WEEKDAYS: Record<Locale, string[]> = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Weekday name for 1 = Monday … 7 = Sunday. */
export function weekdayName(day: number, locale: Locale): string {
  return WEEKDAYS[locale][(day - 1 + 7) % 7];
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an ISO day `YYYY-MM-DD`, or undefined. */
export function isoWeekday(isoDay: string): number | undefined {
  const day = parseIsoDay(isoDay.slice(0, 10));
  return day ? weekdayOf(day) : undefined;
}

/** "23.11.2024" in German, "2024-11-23" in English; other granularities as they are. */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return locale === 'de' ? 'ohne Datum' : 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m && locale === 'de') return `${+m[3]}.${+m[2]}.${m[1]}`;
  return iso;
}

/** Quotes a piece of text with the locale's quotation marks. */
export function quote(text: string, locale: Locale): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return locale === 'de' ? `„${t}“` : `"${t}"`;
}

/** Days between two ISO dates (day granularity or coarser: the first day of the period is used). */
export function daysBetween(a: string, b: string): number {
  return Math.abs(periodStartDay(a) - periodStartDay(b));
}
