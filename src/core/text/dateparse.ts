// German (and ISO) date parsing for front matter values and for the date line at the top of an article.

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jaenner: 1, jan: 1, january: 1,
  februar: 2, feber: 2, feb: 2, february: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3, march: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12, december: 12, dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Words that introduce a date line in exported articles ("Stand:", "Veröffentlicht am").
const PREFIX =
  '(?:(?:zuletzt\\s+)?(?:stand|aktualisiert|veröffentlicht|erschienen|erstellt|datum|date|update|updated|published|publiziert|geändert)(?:\\s+am)?\\s*:?\\s*)?';
const WEEKDAY =
  '(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so)\\.?,?\\s+)?';
const DATE =
  '(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})' +
  '|(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?!\\d)' +
  `|(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\.?\\s+(\\d{4})` +
  `|(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))`;
const TIME =
  '(?:(?:\\s*,|\\s+um|\\s*[-–—|·•/]|T|\\s)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?\\s*(?:uhr|h)?\\s*(?:\\(?(?:mez|mesz|cet|cest|utc|gmt)\\)?)?)?';

const FULL = new RegExp(`^${PREFIX}${WEEKDAY}${DATE}${TIME}\\s*$`, 'iu');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12) || !(y >= 1800 && y <= 2200) || !(d >= 1 && d <= daysIn(y, m))) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a whole string as one date (with optional "Stand:", weekday and time around it) and returns
 * its ISO day, or null when the string is anything more than a date.
 */
export function parseDateLine(input: string): string | null {
  // Markdown emphasis or heading marks around a date line do not change it.
  const s = input.replace(/[*_]+/g, '').replace(/^[\s#>]+|\s+$/g, '');
  if (s.length < 6 || s.length > 120) return null;
  const m = FULL.exec(s);
  if (!m) return null;
  if (m[1]) return iso(+m[1], +m[2], +m[3]);
  if (m[4]) {
    const y = m[6].length === 2 ? 2000 + +m[6] : +m[6];
    return iso(y, +m[5], +m[4]);
  }
  if (m[7]) return iso(+m[9], MONTHS[m[8].toLowerCase()], +m[7]);
  if (m[10]) return iso(+m[12], MONTHS[m[10].toLowerCase()], +m[11]);
  return null;
}

/** A front matter date value (string, YAML date or number) as an ISO day, or null. */
export function dateFromValue(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') return parseDateLine(value);
  return null;
}

/** Looks at the first three non-empty lines of `text` from `from` on for a line that is only a date. */
export function dateFromTopLines(text: string, from: number): string | null {
  let seen = 0;
  let pos = from;
  // Bounded: only a few short lines are ever inspected, however long the text is.
  while (seen < 3 && pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 200));
    pos = nl + 1;
    if (!line.trim()) continue;
    seen++;
    const d = parseDateLine(line);
    if (d) return d;
  }
  return null;
}
