// Finds the date pieces of one German sentence (dates, weekdays, times, relative and vague phrases).
import { addDays, addMonths, isoDay, isoMonth, isoYear, isValidDay, mondayOf, nearestYear, type Ymd } from './calendar';
import { countOf, DAYPART, MONTH_ABBR, MONTH_FULL, monthOf, NUMBER_WORD, WEEKDAY, weekdayOf, YEAR } from './lexicon';

/** Calendar fields as written; a missing year is filled from the article date later. */
export interface Cal {
  y?: number;
  m?: number;
  d?: number;
  h?: number;
  min?: number;
}

export type WeekdayMode = 'past' | 'next' | 'this' | 'prevWeek' | 'nextWeek' | 'today' | 'yesterday' | 'tomorrow' | null;

/**
 * One matched stretch of a sentence, offsets relative to the sentence:
 * `cal` a (possibly year-less) calendar date, `part` a bare day that only counts as the start of a range,
 * `time` a clock time, `wd` a weekday on its own, `fixed` a value already final (relative phrases, vague ones).
 */
export interface Piece {
  start: number;
  end: number;
  kind: 'cal' | 'part' | 'time' | 'wd' | 'fixed';
  cal?: Cal;
  /** End of an interval (a date range, a time range). */
  endCal?: Cal;
  relative: boolean;
  value?: string | null;
  vague?: boolean;
  /** Bare weekday: its number and how the wording places it. */
  wd?: number;
  wdMode?: WeekdayMode;
  weekend?: boolean;
  /** A two-letter weekday ("Mo.") only counts in front of a date. */
  short?: boolean;
  /** A weekday written next to a date. */
  weekday?: number;
  weekdayStart?: number;
  weekdayEnd?: number;
  /** A time or short date that is only a date when something next to it says so. */
  needsContext?: boolean;
  /** "am Vortag": days from the day last mentioned in the paragraph (else the article date). */
  anchorDays?: number;
  /** "heute", "gestern", "morgen": a day a weekday next to it can be checked against ("gestern, Montag,"). */
  deictic?: boolean;
}

type Maker = (m: RegExpExecArray, ref: Ymd | null, text: string) => Piece | null;

interface Rule {
  re: RegExp;
  make: Maker;
  /**
   * What a sentence must contain for the rule to have any chance, tested before the regex runs: an ASCII
   * digit, or one of some words (`lower` against the lower-cased sentence for case-insensitive rules,
   * `exact` against the sentence itself). Most rules start with a look-behind, which keeps the regex
   * engine from skipping ahead to a literal, so a sentence without the words is rejected far cheaper here.
   */
  needs: Needs;
}

/** Conditions a sentence must meet for a rule to run, all of them; within a word list any one word. */
interface Needs {
  /** An ASCII digit. */
  digit?: true;
  /** Four digits in a row (a year). */
  year?: true;
  /** One of these in the lower-cased sentence (for case-insensitive rules). */
  lower?: string[];
  /** One of these in the sentence as written. */
  exact?: string[];
  /**
   * A pattern every match of the rule contains, tested last. It is the rule's core without its
   * look-behind, so the regex engine can skip through the sentence to its first characters; it sharpens
   * gates that almost every sentence passes ("." and a digit, an "h" and a digit).
   */
  shape?: RegExp;
}

const MONTH_PREFIXES = ['jan', 'jän', 'feb', 'mär', 'mrz', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'];

const L = '\\p{L}';
const MONTH_WORD = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.)`;
const MONTH_AFTER_DAY = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
/** Not inside a longer number; a slash only after a dot ("26./27.09."), never after a digit ("0171/…"). */
const NO_DIGIT_BEFORE = '(?<![\\d.,:]|\\d/)';
/** A unit of time after a number makes it a duration: "seit 2000 Jahren" is not the year 2000. */
const NOT_DURATION = '(?!\\s+(?:Jahren?|Jahrzehnten?|Tagen?|Wochen|Monaten?|Stunden|Minuten)(?![\\p{L}]))';
/** After a year: no further digits, and no clock range like "1845-1955" that merely looks like one. */
const NO_NUMBER_AFTER = '(?![\\d]|[.,:]\\d|\\s*[-–]\\s*\\d{3,4}(?![.\\d]))';

/** Where a group of a match lies (needs the `d` flag on the rule's regex). */
function at(m: RegExpExecArray, g: number): [number, number] {
  const ix = (m as RegExpExecArray & { indices: [number, number][] }).indices[g];
  return ix ? [ix[0], ix[1]] : [m.index, m.index + m[0].length];
}

function span(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}

/** "17" is 2017, "98" is 1998: two-digit years above 50 are taken as last century's. */
function twoDigitYear(s: string): number {
  const n = +s;
  return s.length === 4 ? n : n > 50 ? 1900 + n : 2000 + n;
}

/** A value that needs the article date: null (but still marked relative) when the article has none. */
function fixed(start: number, end: number, value: string | null, vague = false, relative = true): Piece {
  return { start, end, kind: 'fixed', value, vague, relative };
}

function dayPiece(start: number, end: number, day: Ymd): Piece {
  return { start, end, kind: 'cal', cal: { y: day.y, m: day.m, d: day.d }, relative: true };
}

function calPiece(start: number, end: number, cal: Cal, relative = cal.y === undefined): Piece | null {
  if (cal.m !== undefined && (cal.m < 1 || cal.m > 12)) return null;
  if (cal.d !== undefined && !isValidDay(cal.y ?? 2024, cal.m ?? 1, cal.d)) return null;
  return { start, end, kind: 'cal', cal, relative };
}

const PAST_MOD = /^(?:vergangen|letzt|vorig|vorvergangen)/i;
const NEXT_MOD = /^(?:kommend|nächst)/i;

/** Shift of a relative modifier: -1 vergangen/letzt/vorig, +1 kommend/nächst, 0 dies; -2 vorvergangen. */
function shiftOf(mod: string): number {
  if (/^vorvergangen/i.test(mod)) return -2;
  if (PAST_MOD.test(mod)) return -1;
  if (NEXT_MOD.test(mod)) return 1;
  return 0;
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** A holiday's value in year `y`; "Weihnachten" is the three days 24–26 December. */
function holiday(name: string, y: number): string {
  switch (name) {
    case 'heiligabend':
      return isoDay({ y, m: 12, d: 24 });
    case 'weihnachten':
      return `${isoDay({ y, m: 12, d: 24 })}/${isoDay({ y, m: 12, d: 26 })}`;
    case 'silvester':
      return isoDay({ y, m: 12, d: 31 });
    case 'neujahr':
      return isoDay({ y, m: 1, d: 1 });
    case 'tag der deutschen einheit':
      return isoDay({ y, m: 10, d: 3 });
    case 'karfreitag':
      return isoDay(addDays(easter(y), -2));
    case 'ostermontag':
      return isoDay(addDays(easter(y), 1));
    case 'pfingsten':
      return isoDay(addDays(easter(y), 49));
    case 'pfingstmontag':
      return isoDay(addDays(easter(y), 50));
    default:
      return isoDay(easter(y));
  }
}

/** Meteorological seasons as month intervals: Frühjahr March–May, Sommer June–August, … */
function seasonValue(word: string, y: number): string {
  const w = word.toLowerCase();
  if (w.startsWith('früh')) return `${isoMonth(y, 3)}/${isoMonth(y, 5)}`;
  if (w === 'sommer') return `${isoMonth(y, 6)}/${isoMonth(y, 8)}`;
  if (w === 'herbst') return `${isoMonth(y, 9)}/${isoMonth(y, 11)}`;
  return `${isoMonth(y, 12)}/${isoMonth(y + 1, 2)}`;
}

function seasonStart(word: string): number {
  const w = word.toLowerCase();
  return w.startsWith('früh') ? 3 : w === 'sommer' ? 6 : w === 'herbst' ? 9 : 12;
}

const RULES: Rule[] = [
  // 2025-04-28
  {
    needs: { year: true, exact: ['-'] },
    re: /(?<![\d.\-/])(\d{4})-(\d{2})-(\d{2})(?![\d\-])/g,
    make: (m) => calPiece(m.index, m.index + m[0].length, { y: +m[1], m: +m[2], d: +m[3] }, false),
  },
  // 28.04.2025, 25.07., 06.07.17, 24.07. 2017 — the trailing dot or year makes it a date, not a decimal.
  {
    needs: { digit: true, shape: /\d\.\s?\d{1,2}\./ },
    re: new RegExp(
      `${NO_DIGIT_BEFORE}(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(${YEAR})|(\\d{2}))?(?![\\d]|[.,:]\\d|\\s*Uhr|\\s*[-–]\\s*\\d{3,4}(?![.\\d]))`,
      'gd',
    ),
    make: (m) => {
      const y = m[3] ? +m[3] : m[4] ? twoDigitYear(m[4]) : undefined;
      return calPiece(m.index, m.index + m[0].length, { y, m: +m[2], d: +m[1] }, y === undefined);
    },
  },
  // 21/07/17, 14-12-2017: other separators, with a year.
  {
    needs: { digit: true, shape: /\d[/-]\d/ },
    re: new RegExp(`${NO_DIGIT_BEFORE}(\\d{1,2})([/-])(\\d{1,2})\\2(${YEAR}|\\d{2})(?![\\d]|[.,:/-]\\d)`, 'g'),
    make: (m) => calPiece(m.index, m.index + m[0].length, { y: twoDigitYear(m[4]), m: +m[3], d: +m[1] }, false),
  },
  // 19.7, 11.06, 16/06: without the trailing dot only a date when the context says so.
  {
    needs: { digit: true, shape: /\d[./]\d/ },
    re: new RegExp(`${NO_DIGIT_BEFORE}(\\d{1,2})[./](\\d{1,2})(?![\\d${L}]|[.,:/]\\d|\\s*(?:%|Prozent|Uhr|Mio|Mrd|Million|Milliard|Euro|Dollar|Punkte|km|kg))`, 'gdu'),
    make: (m) => {
      const p = calPiece(m.index, m.index + m[0].length, { m: +m[2], d: +m[1] }, true);
      if (p) p.needsContext = true;
      return p;
    },
  },
  // 23. November 2024, 11.Dezember, 02 AUG, 3. Okt.
  {
    needs: { digit: true, lower: MONTH_PREFIXES },
    re: new RegExp(
      `${NO_DIGIT_BEFORE}(\\d{1,2})(?:\\.\\s*|te[nr]?\\s+|\\s*)(${MONTH_AFTER_DAY})(?![${L}])(?:\\s*,?\\s*(${YEAR})${NO_NUMBER_AFTER})?`,
      'giu',
    ),
    make: (m) => calPiece(m.index, m.index + m[0].length, { y: m[3] ? +m[3] : undefined, m: monthOf(m[2]), d: +m[1] }),
  },
  // (Anfang|Mitte|Ende) Juni 2024, Jan. 2020 — a qualifier keeps the month's granularity.
  {
    needs: { year: true, lower: MONTH_PREFIXES },
    re: new RegExp(`(?<![${L}])(?:(?:anfang|mitte|ende)\\s+)?(${MONTH_WORD})(?![${L}])\\s*(${YEAR})${NO_NUMBER_AFTER}`, 'giu'),
    make: (m) => calPiece(m.index, m.index + m[0].length, { y: +m[2], m: monthOf(m[1]) }),
  },
  // A month on its own needs a word that makes it a time: "im Juni", "Ende Oktober", "im vergangenen März".
  {
    needs: { lower: ['januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] },
    re: new RegExp(
      `(?<![${L}])(?:(anfang|mitte|ende)\\s+|(?:im|in|seit|ab|bis|vom|zum|des|diesen|dieses|diesem|bis\\s+(?:anfang|mitte|ende))\\s+|(?:im\\s+)?(vergangenen|letzten|vorigen|kommenden|nächsten)\\s+)(${MONTH_FULL})s?(?![${L}])(?!\\s*\\d)`,
      'giud',
    ),
    make: (m, ref) => {
      const month = monthOf(m[3]);
      const start = m[1] ? at(m, 1)[0] : m[2] ? at(m, 2)[0] : at(m, 3)[0];
      if (m[2] && ref) {
        // "im vergangenen März": the last March before the article's month; "kommenden": the next one.
        const past = PAST_MOD.test(m[2]);
        const y = past ? (month < ref.m ? ref.y : ref.y - 1) : month > ref.m ? ref.y : ref.y + 1;
        return calPiece(start, m.index + m[0].length, { y, m: month }, true);
      }
      return calPiece(start, m.index + m[0].length, { m: month });
    },
  },
  // "im Jahr 2024", "seit 1953", "Anfang 2024", "im Herbst 2023": a year needs such a word in front.
  {
    needs: { year: true, lower: ['anfang', 'mitte', 'ende', 'frühjahr', 'frühling', 'sommer', 'herbst', 'winter', 'jahr', 'seit'] },
    re: new RegExp(
      `(?<![${L}])(?:(?:(anfang|mitte|ende)|(frühjahr|frühling|sommer|herbst|winter)|(?:jahre?s?)|(?:seit|seit\\s+dem\\s+jahr))\\s+)(${YEAR})(?:/(\\d{2}|${YEAR}))?${NO_NUMBER_AFTER}${NOT_DURATION}`,
      'giud',
    ),
    make: (m) => {
      const y = +m[3];
      const whole = span(m);
      const start = m[1] || m[2] ? m.index : at(m, 3)[0];
      if (m[2]) return fixed(start, whole.end, seasonValue(m[2], y), false, false);
      if (m[4]) {
        const y2 = m[4].length === 2 ? Math.floor(y / 100) * 100 + +m[4] : +m[4];
        return fixed(start, whole.end, `${isoYear(y)}/${isoYear(y2)}`, false, false);
      }
      return calPiece(start, whole.end, { y }, false);
    },
  },
  // "bis 2030", "ab 2025", "von 2010 bis 2020": only when no noun follows ("bis 2000 Soldaten" is a figure).
  {
    needs: { year: true, shape: new RegExp(`(?:bis|ab|von|nach|vor|in|zwischen|und|–|-)\\s+${YEAR}`, 'i') },
    re: new RegExp(
      `(?<![${L}])(?:[Bb]is|[Aa]b|[Vv]on|[Nn]ach|[Vv]or|[Ii]n|[Zz]wischen|und|–|-)\\s+(${YEAR})(?![\\d]|[.,:]\\d|\\s+(?:[A-ZÄÖÜ][${L}]+|km|m|kg|t|%|€|\\$))`,
      'gud',
    ),
    make: (m) => {
      const [s, e] = at(m, 1);
      const p = calPiece(s, e, { y: +m[1] }, false);
      // After "von", "zwischen", "und" a year only counts as one end of a range ("von 1990 auf 2500" is a figure).
      if (p && /^(?:und|–|-|zwischen|von)$/i.test(m[0].split(/\s+/)[0])) p.needsContext = true;
      return p;
    },
  },
  // "in den 1990er Jahren"
  {
    needs: { exact: ['0er'] },
    re: /(?<![\p{L}\d])((?:1[0-9]|20)\d0)er(?:\s*-?\s*Jahren?)?(?![\p{L}])/gu,
    make: (m) => fixed(m.index, m.index + m[0].length, `${m[1]}/${+m[1] + 9}`, false, false),
  },
  // "zum Jahreswechsel", "Jahreswechsel 2023/24": the turn of the year nearest the article, or the one named.
  {
    needs: { exact: ['Jahreswechsel'] },
    re: new RegExp(`(?<![${L}])Jahreswechsel(?:\\s+(${YEAR})(?:/(\\d{2}|${YEAR}))?${NO_NUMBER_AFTER})?`, 'gu'),
    make: (m, ref) => {
      const { start, end } = span(m);
      let y: number;
      // "Jahreswechsel 2023/24" starts in 2023; "Jahreswechsel 2024" alone is the change into 2024.
      if (m[1]) y = m[2] ? +m[1] : +m[1] - 1;
      else if (ref) y = ref.m >= 7 ? ref.y : ref.y - 1;
      else return fixed(start, end, null);
      return fixed(start, end, `${isoDay({ y, m: 12, d: 31 })}/${isoDay({ y: y + 1, m: 1, d: 1 })}`, false, !m[1]);
    },
  },
  // Holidays: "an Weihnachten", "zu Ostern", "Silvester 2023"; the year as for a day without one.
  {
    needs: { exact: ['Heiligabend', 'Weihnachten', 'Silvester', 'Neujahr', 'Karfreitag', 'Oster', 'Pfingst', 'Einheit'] },
    re: new RegExp(
      `(?<![${L}])(Heiligabend|Weihnachten|Silvester|Neujahr|Karfreitag|Ostersonntag|Ostern|Ostermontag|Pfingsten|Pfingstmontag|Tag\\s+der\\s+Deutschen\\s+Einheit)(?![${L}-])(?:\\s+(${YEAR})${NO_NUMBER_AFTER})?`,
      'gu',
    ),
    make: (m, ref) => {
      const { start, end } = span(m);
      const name = m[1].toLowerCase().replace(/\s+/g, ' ');
      const explicit = m[2] ? +m[2] : undefined;
      const on = (y: number): string => holiday(name, y);
      if (explicit) return fixed(start, end, on(explicit), false, false);
      if (!ref) return fixed(start, end, null);
      const first = on(ref.y).slice(0, 10).split('-').map(Number);
      return fixed(start, end, on(nearestYear(ref, first[1], first[2])));
    },
  },
  // Seasons without a year: "im Herbst", "im vergangenen Sommer".
  {
    needs: { exact: ['Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter'] },
    re: /(?<![\p{L}])(?:im|diesen|diesem)\s+(?:(vergangenen|letzten|vorigen|kommenden|nächsten)\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter)(?![\p{L}])(?!\s*\d)/gdu,
    make: (m, ref) => {
      const start = m[1] ? at(m, 1)[0] : at(m, 2)[0];
      const end = m.index + m[0].length;
      if (!ref) return fixed(start, end, null);
      const s = seasonStart(m[2]);
      // Without a modifier the season of the article's year; winter in January/February is the one under way.
      let y = s === 12 && ref.m <= 2 ? ref.y - 1 : ref.y;
      const now = ref.y * 12 + ref.m - 1;
      const first = (yy: number) => yy * 12 + s - 1;
      if (m[1] && shiftOf(m[1]) < 0) {
        // "im vergangenen Sommer": the last one already over.
        y = ref.y;
        while (first(y) + 2 >= now) y--;
      } else if (m[1]) {
        // "im kommenden Winter": the next one not yet begun.
        y = ref.y - 1;
        while (first(y) <= now) y++;
      }
      return fixed(start, end, seasonValue(m[2], y));
    },
  },
  // "Ende des Jahres", "Jahresende", "Mitte des Monats": the qualifier keeps the year's or month's granularity.
  {
    needs: { lower: ['jahres', 'monats'] },
    re: /(?<![\p{L}])(?:(?:Anfang|Mitte|Ende)\s+(?:des|diese[sn])\s+(Jahres|Monats)|(Jahres|Monats)(?:ende|anfang|beginn|mitte))(?![\p{L}])(?!\s*\d)/giu,
    make: (m, ref) => {
      const unit = (m[1] ?? m[2]).toLowerCase();
      const { start, end } = span(m);
      if (!ref) return fixed(start, end, null);
      return fixed(start, end, unit === 'jahres' ? isoYear(ref.y) : isoMonth(ref.y, ref.m));
    },
  },
  // vorgestern, gestern, heute, morgen, übermorgen, with "Abend", "früh" …; "Morgen" capitalised is a time of day.
  {
    needs: { lower: ['gestern', 'heute', 'morgen'] },
    re: new RegExp(`(?<![${L}])(vorgestern|gestern|heute|übermorgen|morgen)(?:\\s+(${DAYPART}))?(?![${L}-])`, 'giu'),
    make: (m, ref, text) => {
      const word = m[1];
      // Capitalised "Morgen" is the time of day ("am Morgen") except at the start of a sentence.
      if (word === 'Morgen' && m.index !== text.search(/\S/)) return null;
      const shift = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[word.toLowerCase()] ?? 0;
      const { start, end } = span(m);
      return ref ? { ...dayPiece(start, end, addDays(ref, shift)), deictic: !m[2] } : fixed(start, end, null);
    },
  },
  // "am Vortag", "am Folgetag", "tags darauf": relative to the day last named in the paragraph.
  {
    needs: { lower: ['tag', 'vorabend'], shape: /vortag|vorabend|folgetag|(?:^|\P{L})tag/iu },
    re: /(?<![\p{L}])(Vortag(?:es|s)?|Vorabend|Folgetag|(?:nächsten|darauffolgenden|folgenden)\s+Tag|Tag\s+(?:darauf|danach|zuvor)|tags\s+(?:darauf|zuvor))(?![\p{L}])/giu,
    make: (m) => {
      const w = m[1].toLowerCase();
      const back = w.startsWith('vor') || w.endsWith('zuvor');
      const p: Piece = { start: m.index, end: m.index + m[0].length, kind: 'fixed', relative: true, value: null };
      p.anchorDays = back ? -1 : 1;
      return p;
    },
  },
  // "vergangene Woche", "im vergangenen Jahr", "nächsten Monat", "Ende der vergangenen Woche".
  {
    needs: { lower: ['woche', 'monat', 'jahr'] },
    re: /(?<![\p{L}])(?:(?:Anfang|Mitte|Ende)\s+(?:der|des)\s+)?(vorvergangenen|vergangenen|vergangene[sr]?|letzten|letzte[sr]?|vorigen|vorige[sr]?|kommenden|kommende[sr]?|nächsten|nächste[sr]?|diese[rsnm]?)\s+(Woche|Monats?|Jahr(?:es)?)(?![\p{L}])(?!\s*\d)/giu,
    make: (m, ref) => {
      const { start, end } = span(m);
      if (!ref) return fixed(start, end, null);
      const shift = shiftOf(m[1]);
      const unit = m[2].toLowerCase();
      if (unit === 'woche') {
        const mon = addDays(mondayOf(ref), 7 * shift);
        return fixed(start, end, `${isoDay(mon)}/${isoDay(addDays(mon, 6))}`);
      }
      if (unit.startsWith('monat')) {
        const [y, mo] = addMonths(ref.y, ref.m, shift);
        return fixed(start, end, isoMonth(y, mo));
      }
      return fixed(start, end, isoYear(ref.y + shift));
    },
  },
  // "Anfang der Woche": the article's week, like "diese Woche".
  {
    needs: { exact: ['Woche'], shape: /(?:Anfang|Mitte|Ende)\s+der\s+Woche/ },
    re: /(?<![\p{L}])(?:Anfang|Mitte|Ende)\s+der\s+Woche(?![\p{L}])/gu,
    make: (m, ref) => {
      const { start, end } = span(m);
      if (!ref) return fixed(start, end, null);
      const mon = mondayOf(ref);
      return fixed(start, end, `${isoDay(mon)}/${isoDay(addDays(mon, 6))}`);
    },
  },
  // "Kalenderwoche 32", "KW 12/2024": the ISO week as its Monday–Sunday interval, in the article's year by default.
  {
    needs: { digit: true, exact: ['Kalenderwoche', 'KW'] },
    re: new RegExp(`(?<![${L}])(?:Kalenderwoche|KW)\\s*(\\d{1,2})(?:\\s*[/,]?\\s*(${YEAR}))?(?![\\d.,])`, 'gu'),
    make: (m, ref) => {
      const { start, end } = span(m);
      const week = +m[1];
      const y = m[2] ? +m[2] : ref?.y;
      if (week < 1 || week > 53) return null;
      if (y === undefined) return fixed(start, end, null);
      // ISO week 1 is the week containing 4 January.
      const mon = addDays(mondayOf({ y, m: 1, d: 4 }), 7 * (week - 1));
      return fixed(start, end, `${isoDay(mon)}/${isoDay(addDays(mon, 6))}`, false, !m[2]);
    },
  },
  // "im Vorjahr", "in der Vorwoche", "im Vormonat".
  {
    needs: { lower: ['vorjahr', 'vorwoche', 'vormonat'] },
    re: /(?<![\p{L}])(Vorjahr|Vorwoche|Vormonat)(?:e?s)?(?![\p{L}])/giu,
    make: (m, ref) => {
      const { start, end } = span(m);
      if (!ref) return fixed(start, end, null);
      const u = m[1].toLowerCase();
      if (u === 'vorjahr') return fixed(start, end, isoYear(ref.y - 1));
      if (u === 'vormonat') {
        const [y, mo] = addMonths(ref.y, ref.m, -1);
        return fixed(start, end, isoMonth(y, mo));
      }
      const mon = addDays(mondayOf(ref), -7);
      return fixed(start, end, `${isoDay(mon)}/${isoDay(addDays(mon, 6))}`);
    },
  },
  // Vague: "in den letzten Stunden", "seit Wochen", "demnächst", "bald", "vor Kurzem".
  {
    needs: { lower: ['stunden', 'tagen', 'wochen', 'monaten', 'jahren', 'jahrzehnten', 'zeit', 'demnächst', 'bald', 'kürze', 'kürzlich', 'kurzem', 'jüngst', 'unlängst', 'neulich'] },
    re: /(?<![\p{L}])(?:in\s+den\s+(?:letzten|vergangenen|kommenden|nächsten|zurückliegenden)\s+(?:(?:paar|beiden|wenigen)\s+)?(?:Stunden|Tagen|Wochen|Monaten|Jahren|Jahrzehnten)|seit\s+(?:(?:einigen|mehreren|vielen|wenigen)\s+)?(?:Stunden|Tagen|Wochen|Monaten|Jahren|Jahrzehnten)|vor\s+(?:einigen|wenigen|mehreren|vielen)\s+(?:Stunden|Tagen|Wochen|Monaten|Jahren)|(?:seit|vor)\s+einiger\s+Zeit|demnächst|bald|in\s+Kürze|kürzlich|vor\s+kurzem|jüngst|unlängst|neulich)(?![\p{L}])/giu,
    make: (m) => fixed(m.index, m.index + m[0].length, null, true, false),
  },
  // "vor drei Tagen", "in zwei Wochen", "vor einem Jahr": counted back or forth from the article date.
  {
    needs: { lower: ['tag', 'woche', 'monat', 'jahr'], shape: /(?:vor|in)\s+\S+\s+(?:tag|woche|monat|jahr)/iu },
    re: new RegExp(
      `(?<![${L}])(vor|in)\\s+(\\d{1,3}|${NUMBER_WORD})\\s+(Tag(?:en)?|Woche(?:n)?|Monat(?:en)?|Jahr(?:en)?)(?![${L}])`,
      'giu',
    ),
    make: (m, ref) => {
      const { start, end } = span(m);
      const n = countOf(m[2]) * (m[1].toLowerCase() === 'vor' ? -1 : 1);
      if (n === 0) return null;
      if (!ref) return fixed(start, end, null);
      const u = m[3].toLowerCase();
      if (u.startsWith('tag')) return dayPiece(start, end, addDays(ref, n));
      if (u.startsWith('woche')) return dayPiece(start, end, addDays(ref, 7 * n));
      if (u.startsWith('monat')) {
        const [y, mo] = addMonths(ref.y, ref.m, n);
        return fixed(start, end, isoMonth(y, mo));
      }
      return fixed(start, end, isoYear(ref.y + n));
    },
  },
  // Weekdays: "am Montag", "Sonntagabend", "Montag früh", "kommenden Freitag", "Freitag nächste Woche",
  // "diese Woche Sonntag", "am Wochenende".
  {
    needs: { lower: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'wochenende'] },
    re: new RegExp(
      `(?<![${L}])(?:(vergangenen|letzten|vorigen|kommenden|nächsten|diesen|vergangenes|letztes|kommendes|nächstes|dieses|heutigen|gestrigen|morgigen)\\s+|(vergangene|letzte|vorige|kommende|nächste|diese)\\s+Woche\\s+)?(${WEEKDAY}|wochenende)(?:${DAYPART})?(?![${L}])(?:\\s+(?:${DAYPART}|morgens|vormittags|mittags|nachmittags|abends|nachts)(?![${L}]))?(?:\\s+(vergangene[rn]?|letzte[rn]?|vorige[rn]?|kommende[rn]?|nächste[rn]?|diese[rn]?)\\s+Woche(?![${L}]))?`,
      'giud',
    ),
    make: (m) => {
      let mode: WeekdayMode = null;
      if (m[1]) mode = PAST_MOD.test(m[1]) ? 'past' : NEXT_MOD.test(m[1]) ? 'next' : 'this';
      // "am heutigen Montag" is the article date; "gestrigen", "morgigen" the days either side.
      if (m[1] && /^(?:heutig|gestrig|morgig)/i.test(m[1])) mode = /^h/i.test(m[1]) ? 'today' : /^g/i.test(m[1]) ? 'yesterday' : 'tomorrow';
      const week = m[2] ?? m[4];
      if (week) mode = PAST_MOD.test(week) ? 'prevWeek' : NEXT_MOD.test(week) ? 'nextWeek' : 'this';
      const weekend = m[3].toLowerCase() === 'wochenende';
      const [ws, we] = at(m, 3);
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: 'wd',
        wd: weekend ? 6 : weekdayOf(m[3]),
        wdMode: mode,
        weekend,
        relative: true,
        weekdayStart: ws,
        weekdayEnd: we,
      };
    },
  },
  // "Mo., 3.7.", "Fr 18.8.": a short weekday only in front of a date.
  {
    needs: { digit: true, shape: /(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*\d{1,2}\./ },
    re: /(?<![\p{L}])(Mo|Di|Mi|Do|Fr|Sa|So)\.?(?=,?\s*\d{1,2}\.)/gu,
    make: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'wd',
      wd: weekdayOf(m[1]),
      wdMode: null,
      relative: true,
      short: true,
      weekdayStart: m.index,
      weekdayEnd: m.index + m[1].length,
    }),
  },
  // "16-17 Uhr", "07:00 - 07:45 Uhr": a time range.
  {
    needs: { digit: true, exact: ['Uhr'], shape: /\d\s*(?:Uhr\s*)?(?:-|–|bis)\s*\d/ },
    re: /(?<![\d.,:])([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(?:Uhr\s*)?(?:-|–|bis)\s*([01]?\d|2[0-4])(?:[:.]([0-5]\d))?\s*Uhr(?![\p{L}])/gu,
    make: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'time',
      cal: { h: +m[1], min: m[2] ? +m[2] : 0 },
      endCal: { h: +m[3], min: m[4] ? +m[4] : 0 },
      relative: false,
    }),
  },
  // "14.30 Uhr", "10 Uhr", "19:55 Uhr".
  {
    needs: { digit: true, exact: ['Uhr'] },
    re: /(?<![\d.,:])([01]?\d|2[0-4])(?:[:.]([0-5]\d))?\s*Uhr(?![\p{L}])/gu,
    make: (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'time', cal: { h: +m[1], min: m[2] ? +m[2] : 0 }, relative: false }),
  },
  // "9.38h", "18h45": the short written form.
  {
    needs: { digit: true, shape: /\d\s*h/ },
    re: /(?<![\d.,:])([01]?\d|2[0-3])(?:[:.]([0-5]\d)\s*h|h([0-5]\d))(?![\p{L}\d])/gu,
    make: (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'time', cal: { h: +m[1], min: +(m[2] ?? m[3]) }, relative: false }),
  },
  // "19:55" without "Uhr": a time only next to a date or after "um", "gegen", "ab" (else it may be a score).
  {
    needs: { digit: true, exact: [':'] },
    re: /(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g,
    make: (m, _ref, text) => {
      const p: Piece = { start: m.index, end: m.index + m[0].length, kind: 'time', cal: { h: +m[1], min: +m[2] }, relative: false };
      if (!/(?:um|gegen|ab|bis|ca\.?|circa|etwa)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) p.needsContext = true;
      return p;
    },
  },
  // The first day of a range: "21." in "21. bis 23. Juni", "16.-17.05.2017", "vom 21 auf 22 November".
  {
    needs: { digit: true, shape: /\d\.?\s*(?:[-–/]|bis|zum|auf)/iu },
    re: new RegExp(
      `${NO_DIGIT_BEFORE}(\\d{1,2})\\.?(?=\\s*(?:-|–|/|bis(?:\\s+zum)?|zum|auf(?:\\s+den)?)\\s*\\d{1,2}(?:\\.|\\s+${MONTH_AFTER_DAY}))`,
      'giu',
    ),
    make: (m) => (+m[1] >= 1 && +m[1] <= 31 ? { start: m.index, end: m.index + m[0].length, kind: 'part', cal: { d: +m[1] }, relative: false } : null),
  },
];

// Every word a case-insensitive rule may need, found in one pass over the lower-cased sentence: the
// search reports the longest such word starting at a position, and with it every shorter word that is
// its prefix ("jahreswechsel" also means "jahres" and "jahr"), then resumes one character further on,
// so words inside or overlapping a found one are found too. Two words starting at the same place where
// neither is a prefix of the other cannot both be there, so none is missed. (Testing each rule's words
// with includes() cost as much as the regexes it saved.) The same pass looks for the long s "ſ", which
// turns the word gates off (see scanPieces).
//
// A rule's `exact` words are looked for in the same pass, lower-cased, when all of them are at least
// three characters long (shorter ones would slow the search more than they save): a word in the text is
// in its lower-cased form too, so where none of them is found, the rule's includes() can be skipped.
const exactGate = (r: Rule): string[] =>
  r.needs.exact?.every((w) => w.length >= 3) ? r.needs.exact.map((w) => w.toLowerCase()) : [];
const GATE_WORDS = [...new Set(RULES.flatMap((r) => [...(r.needs.lower ?? []), ...exactGate(r)]))].sort((a, b) => b.length - a.length);
const GATE_INDEX = new Map(GATE_WORDS.map((w, i) => [w, i]));
const GATE_PREFIXES = new Map(GATE_WORDS.map((w) => [w, GATE_WORDS.flatMap((v, i) => (w.startsWith(v) ? [i] : []))]));
const GATE = new RegExp(`(${[...GATE_WORDS, 'ſ'].map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|')})`, 'g');
// Per rule (same order as RULES), the indexes of its gate words.
const RULE_GATES = RULES.map((r) => (r.needs.lower ?? []).map((w) => GATE_INDEX.get(w)!));
// Per rule, the indexes of its lower-cased exact words; empty when the rule has none or a short one.
const RULE_EXACT_GATES = RULES.map((r) => exactGate(r).map((w) => GATE_INDEX.get(w)!));

// The gate words of the sentence being scanned: word i is present when seenAt[i] === stamp. A new stamp
// per sentence empties the set without clearing it (a typed array per sentence was a fifth of the scan).
const seenAt = new Uint32Array(GATE_WORDS.length);
let stamp = 0;

function includesAny(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.includes(words[k])) return true;
  return false;
}

/** Whether one of the gate words `gates` was marked with `stamp`. */
function anySeen(gates: readonly number[], stamp: number): boolean {
  for (let k = 0; k < gates.length; k++) if (seenAt[gates[k]] === stamp) return true;
  return false;
}

/**
 * Marks the gate words that occur in `lower` (sets their seenAt to a new stamp, which it returns), or
 * returns 0 when the text holds a long s "ſ".
 */
function gateWords(lower: string): number {
  if (++stamp === 0xffffffff) (seenAt.fill(0), (stamp = 1));
  GATE.lastIndex = 0;
  for (let m = GATE.exec(lower); m; m = GATE.exec(lower)) {
    const prefixes = GATE_PREFIXES.get(m[1]);
    if (!prefixes) return 0;
    for (let k = 0; k < prefixes.length; k++) seenAt[prefixes[k]] = stamp;
    GATE.lastIndex = m.index + 1;
  }
  return stamp;
}

/**
 * All pieces of a sentence, the longest winning where two overlap. `everyRule` runs each rule even where
 * its `needs` say it cannot match: the reference the tests hold the gated scan against.
 */
export function scanPieces(text: string, ref: Ymd | null, everyRule = false): Piece[] {
  const found: { p: Piece; rule: number }[] = [];
  const digit = /\d/.test(text);
  let year: boolean | undefined;
  // The stamp of this sentence's gate words, found on first need; 0 when the text holds a long s "ſ",
  // which Unicode case folding reads as "s" where toLowerCase() keeps it: such a text skips no
  // case-insensitive rule.
  let present: number | undefined;
  // A plain loop with the gates inline: this runs for every rule of every sentence with a date cue.
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i];
    if (!everyRule) {
      const needs = rule.needs;
      if (needs.digit && !digit) continue;
      if (needs.year && !(digit && (year ??= /\d{4}/.test(text)))) continue;
      if (needs.exact) {
        const gates = RULE_EXACT_GATES[i];
        if (gates.length && (present ??= gateWords(text.toLowerCase())) !== 0 && !anySeen(gates, present)) continue;
        if (!includesAny(text, needs.exact)) continue;
      }
      if (needs.lower && (present ??= gateWords(text.toLowerCase())) !== 0 && !anySeen(RULE_GATES[i], present)) continue;
      if (needs.shape && !needs.shape.test(text)) continue;
    }
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const p = rule.make(m, ref, text);
      if (p && p.end > p.start) found.push({ p, rule: i });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  found.sort((a, b) => a.p.start - b.p.start || b.p.end - b.p.start - (a.p.end - a.p.start) || a.rule - b.rule);
  const out: Piece[] = [];
  let last = -1;
  for (const { p } of found) {
    if (p.start < last) continue;
    out.push(p);
    last = p.end;
  }
  return out;
}
