// Calendar arithmetic on plain year/month/day triples, and ISO formatting of values at their granularity.

/** A calendar day; months and days count from 1. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month. Every date the scanner finds is checked with this, so it is arithmetic rather than a
 * Date object; it agrees with Date.UTC, which normalises day 0 of the next month to the last day of this
 * one, also in reading the years 0–99 as 1900–1999. Months outside 1–12 are left to Date.UTC.
 */
export function daysInMonth(y: number, m: number): number {
  if (!(m >= 1 && m <= 12 && Number.isInteger(m) && Number.isInteger(y))) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1];
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Reads `2024-11-23`; anything else (including null) gives null. */
export function parseIsoDay(iso: string | null | undefined): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const r = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(r.y, r.m, r.d) ? r : null;
}

/** Days since 1970-01-01, so that day differences are plain subtraction. */
export function dayNumber(a: Ymd): number {
  return Math.round(Date.UTC(a.y, a.m - 1, a.d) / 86400000);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(a) + n);
}

/** The month `n` months after (y, m), as [year, month]. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(a: Ymd): number {
  const wd = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** The Monday of the ISO week containing `a`. */
export function mondayOf(a: Ymd): Ymd {
  return addDays(a, 1 - isoWeekday(a));
}

export function isoDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function isoYear(y: number): string {
  return pad(y, 4);
}

export function isoTime(h: number, min: number): string {
  return `T${pad(h)}:${pad(min)}`;
}

/**
 * The year for a day or month written without one. News mostly looks back, so the article's own year
 * holds unless that puts the date more than six months after the article (then the year before: a
 * January article's "am 28. Dezember" is last December) or more than nine months before it (then the
 * year after: a December article's "am 10. Januar" is next January).
 */
export function nearestYear(ref: Ymd, m: number, d: number | undefined): number {
  const day = d ?? 15;
  const diff = dayNumber({ y: ref.y, m, d: Math.min(day, daysInMonth(ref.y, m)) }) - dayNumber(ref);
  if (diff > 183) return ref.y - 1;
  if (diff < -274) return ref.y + 1;
  return ref.y;
}

/**
 * The day number of an ISO date at any granularity, a month or year counting from its first day
 * (`2024-11` → 1 November 2024); NaN when there is no date. Date windows compare articles with it.
 */
export function periodStartDay(iso: string | null | undefined): number {
  const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
  if (!m) return NaN;
  return dayNumber({ y: +m[1], m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 });
}
