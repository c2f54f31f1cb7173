// Finds dates and resolves relative ones ("am Montag", "gestern") against the article date.
//
// Decisions (for users they belong in the README's section on dates):
// - A bare weekday ("am Montag") is the most recent such day on or before the article date (news report
//   the past); the article's own weekday is the article date itself. It is the next such day when a
//   modifier says so ("kommenden", "nächsten") or the sentence speaks of the future ("wird", "soll", …)
//   with no past-tense auxiliary. "Montag vergangener Woche" / "dieser Woche" pick that week's Monday.
// - "vergangene Woche" is the Monday–Sunday interval of the week before the article's week.
// - Qualifiers keep the granularity: "Ende Oktober" → `2024-10`, "Anfang 2024" → `2024`.
// - A day or month without a year takes the article's year, unless that lies more than six months after
//   the article (then the year before) or more than nine months before it (then the year after).
// - Seasons are meteorological month intervals: "im Herbst 2023" → `2023-09/2023-11`.
// - "zum Jahreswechsel" is the nearest turn of the year: `2024-12-31/2025-01-01` for a November article.
// - "am Vortag" / "am Folgetag" count from the day last named in the paragraph, else the article date.
// - A weekday is set (for the weekday-mismatch check) when it is written next to a date, or next to a
//   day the text computes itself ("gestern, Montag,", "am heutigen Dienstag"); never for "am Montag" alone.
// - A clock time joins the day written next to it; alone, it takes the sentence's only day, else its
//   value is null (it still is a mention, so figures do not read "10 Uhr" as a count).
import type { DateMention, Doc, Span } from '../types';
import {
  addDays,
  dayNumber,
  isoDay,
  isoMonth,
  isoTime,
  isoWeekday,
  isoYear,
  isValidDay,
  mondayOf,
  nearestYear,
  parseIsoDay,
  type Ymd,
} from './calendar';
import { scanPieces, type Cal, type Piece } from './scan';
import { TextMemo } from '../text/memo';

/** One fast test that lets sentences without any date word skip the parsers. */
const CUE =
  /\d|kw|jan|jän|feb|mär|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez|tag|woch|gestern|heute|morgen|monat|jahr|frühjahr|frühling|sommer|herbst|winter|stunden|bald|demnächst|kürze|kürzlich|kurzem|jüngst|unlängst|neulich|vorabend|zeit|weihnacht|heiligabend|ostern|silvester|neujahr|pfingst|einheit/i;

/** A sentence end: punctuation, space, then a capital — unless the dot ends a number or an abbreviation. */
const BOUNDARY = /[.!?…]+["“”»)]?\s+(?=["„»(]?[A-ZÄÖÜ])/g;
const ABBREV =
  /(?:^|[\s(])(?:Nr|ca|Dr|Prof|bzw|vgl|St|Str|Jan|Jän|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Mo|Di|Mi|Do|Fr|Sa|So|z\.B|u\.a|[A-ZÄÖÜ])$/;

/** Splits a prose range into sentences; dates like "23. November" are never cut. */
function sentences(text: string, range: Span): Span[] {
  const body = text.slice(range.start, range.end);
  const out: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(body))) {
    const before = body.slice(Math.max(0, m.index - 6), m.index);
    if (m[0][0] === '.' && (/\d$/.test(before) || ABBREV.test(before))) continue;
    out.push({ start: range.start + from, end: range.start + m.index + m[0].trimEnd().length });
    from = m.index + m[0].length;
  }
  if (from < body.length) out.push({ start: range.start + from, end: range.end });
  return out;
}

const DAYPART_WORD = '(?:morgens|vormittags|mittags|nachmittags|abends|nachts|früh|morgen|vormittag|mittag|nachmittag|abend|nacht)';
/** Between the two ends of a range; a part of the day may stand in between ("27.9. mittags bis 29.9."). */
const RANGE_GAP = new RegExp(
  `^\\s*,?\\s*(?:\\(?${DAYPART_WORD}\\)?\\s*,?\\s*)?(?:-|–|—|/|bis(?:\\s+(?:zum|einschließlich))?|zum|auf(?:\\s+den)?)\\s*$`,
  'i',
);
const WD_DATE_GAP = new RegExp(`^\\s*,?\\s*(?:${DAYPART_WORD}\\s*)?(?:(?:den|dem|des|am)\\s+)?\\(?\\s*$`, 'i');
const TIME_AFTER_GAP = new RegExp(
  `^\\s*,?\\s*(?:(?:um|gegen|ab|ca\\.?|circa|etwa|zwischen|von|nach|vor|bis|spätestens|frühestens|kurz|${DAYPART_WORD})\\s*)*$`,
  'i',
);
/** After a short date ("19.7"), words that make it a date. */
const DATE_FOLLOW = new RegExp(`^\\s*\\(?(?:${DAYPART_WORD}|gegen|spätestens|frühestens|ab|um)(?![\\p{L}])`, 'iu');
const TIME_BEFORE_GAP = /^\s*,?\s*(?:am|vom)?\s*$/i;
/** Words in front of a short date ("am 19.7") that make it a date and not a decimal. */
const DATE_CONTEXT = /(?:^|[^\p{L}])(?:am|vom|bis|zum|ab|seit|den|dem|bis\s+zum|zwischen)\s*$/iu;

/** A noun or unit after a short date means it counts something ("1.5 Meter", "2.5 Millionen"). */
const UNIT_AFTER = /^\s*(?:[A-ZÄÖÜ]|(?:km|m|cm|mm|kg|g|t|l|ha)(?![\p{L}])|[%€$£])/u;

const FUTURE = /(?<![\p{L}])(?:wird|werden|will|wollen|soll|sollen|plant|planen|geplant|erwartet|beginnt|startet|findet|bevorstehend|künftig|kommt|kommen)(?![\p{L}])/iu;
const PAST = /(?<![\p{L}])(?:war|waren|wurde|wurden|worden|hatte|hatten|hat|haben|gewesen|sagte|sagten|erklärte|teilte|meldete|berichtete)(?![\p{L}])/iu;

const isDay = (c: Cal | undefined) => !!c && c.d !== undefined && c.m !== undefined;

/** Merges neighbouring pieces: weekday + date, date ranges, date + time. */
function combine(pieces: Piece[], text: string): Piece[] {
  const gap = (a: Piece, b: Piece) => text.slice(a.end, b.start);
  const pass = (ps: Piece[], join: (a: Piece, b: Piece) => Piece | null): Piece[] => {
    const out: Piece[] = [];
    for (const p of ps) {
      const prev = out[out.length - 1];
      const merged = prev ? join(prev, p) : null;
      if (merged) out[out.length - 1] = merged;
      else out.push(p);
    }
    return out;
  };
  // "07:00 Uhr - 07:45 Uhr"
  let ps = pass(pieces, (a, b) =>
    a.kind === 'time' && b.kind === 'time' && !a.endCal && !b.endCal && RANGE_GAP.test(gap(a, b))
      ? { ...a, end: b.end, endCal: b.cal, needsContext: false }
      : null,
  );
  // "Mittwoch, 11. Januar 2024", "am Mittwoch, dem 11. Januar", "Mittwoch (11.1.)", "11. Januar (Mittwoch)"
  ps = pass(ps, (a, b) => {
    if (a.kind === 'wd' && !a.weekend && b.kind === 'cal' && isDay(b.cal) && WD_DATE_GAP.test(gap(a, b))) {
      const close = /^\s*\)/.exec(text.slice(b.end, b.end + 8));
      return {
        ...b,
        start: a.start,
        end: close && text.slice(a.end, b.start).includes('(') ? b.end + close[0].length : b.end,
        weekday: a.wd,
        weekdayStart: a.weekdayStart,
        weekdayEnd: a.weekdayEnd,
        needsContext: false,
      };
    }
    if (a.kind === 'cal' && isDay(a.cal) && a.weekday === undefined && b.kind === 'wd' && !b.short && !b.wdMode && !b.weekend && /^\s*\(\s*$/.test(gap(a, b))) {
      const close = /^\s*\)/.exec(text.slice(b.end, b.end + 8));
      if (!close) return null;
      return { ...a, end: b.end + close[0].length, weekday: b.wd, weekdayStart: b.weekdayStart, weekdayEnd: b.weekdayEnd };
    }
    // "gestern, Montag," and "heute (Dienstag)" name the weekday of a computed day: that can be checked.
    if (a.deictic && b.kind === 'wd' && !b.short && !b.wdMode && !b.weekend && /^\s*[,(]\s*$/.test(gap(a, b))) {
      const close = /^\s*\)/.exec(text.slice(b.end, b.end + 8));
      const end = gap(a, b).includes('(') ? (close ? b.end + close[0].length : b.end) : b.end;
      return { ...a, end, weekday: b.wd, weekdayStart: b.weekdayStart, weekdayEnd: b.weekdayEnd };
    }
    return null;
  });
  // "am 19.09. 19.00 Uhr", "gestern gegen 14 Uhr", "um 10 Uhr am Montag"
  ps = pass(ps, (a, b) => {
    const dayLike = (p: Piece) => (p.kind === 'cal' && isDay(p.cal) && p.cal!.h === undefined) || (p.kind === 'wd' && !p.weekend && !p.cal);
    const withTime = (day: Piece, t: Piece, start: number, end: number): Piece => {
      const tc = { h: t.cal!.h, min: t.cal!.min };
      if (day.kind === 'wd') return { ...day, start, end, cal: tc, endCal: t.endCal };
      const cal = { ...day.cal!, ...tc };
      const endCal = day.endCal ? day.endCal : t.endCal ? { ...day.cal!, ...t.endCal } : undefined;
      return { ...day, start, end, cal, endCal, needsContext: false };
    };
    if (dayLike(a) && b.kind === 'time' && TIME_AFTER_GAP.test(gap(a, b))) return withTime(a, b, a.start, b.end);
    if (a.kind === 'time' && dayLike(b) && TIME_BEFORE_GAP.test(gap(a, b))) return withTime(b, a, a.start, b.end);
    return null;
  });
  // "21. bis 23. Juni", "16.-17.05.2017", "15.05. bis 19.05.2017", "Juni bis August 2024", "2010 bis 2020"
  ps = pass(ps, (a, b) => {
    if (b.kind !== 'cal' || !b.cal || b.endCal || !(a.kind === 'cal' || a.kind === 'part') || !a.cal || a.endCal) return null;
    if (!RANGE_GAP.test(gap(a, b)) && !(a.needsContext && /^\s*und\s*$/i.test(gap(a, b)))) return null;
    // Two dates that each carry a weekday stay two mentions, so each weekday can be checked.
    if (a.weekday !== undefined && b.weekday !== undefined) return null;
    const ac = a.cal;
    const bc = b.cal;
    const sameGrain =
      (ac.d !== undefined) === (bc.d !== undefined) && (ac.m !== undefined) === (bc.m !== undefined);
    if (a.kind === 'part' ? bc.d === undefined : !sameGrain) return null;
    const start: Cal = { ...ac, m: ac.m ?? bc.m };
    return { ...a, kind: 'cal', cal: start, end: b.end, endCal: { ...bc }, relative: a.relative || b.relative, needsContext: false };
  });
  return ps.filter((p) => {
    if (p.kind === 'part' || p.short) return false;
    if (!p.needsContext) return true;
    // A short date stands when a preposition precedes it or it is all the line says (a dateline).
    if (p.kind === 'cal') {
      // Bounded windows keep this linear however long the sentence.
      const after = text.slice(p.end, p.end + 40);
      if (DATE_FOLLOW.test(after)) return true;
      // "bis 1.5 Meter" is a length, not the first of May.
      if (UNIT_AFTER.test(after)) return false;
      const alone = p.start === text.length - text.trimStart().length && p.end === text.trimEnd().length;
      return alone || DATE_CONTEXT.test(text.slice(Math.max(0, p.start - 30), p.start));
    }
    return false;
  });
}

function formatCal(c: Cal): string {
  if (c.d !== undefined && c.m !== undefined && c.y !== undefined) return isoDay(c as Ymd) + (c.h !== undefined ? isoTime(c.h, c.min ?? 0) : '');
  if (c.m !== undefined && c.y !== undefined) return isoMonth(c.y, c.m);
  return isoYear(c.y!);
}

/** Fills the years an interval leaves out; the end follows the start (28. Dezember bis 3. Januar). */
function resolveCal(p: Piece, ref: Ymd | null): { value: string | null; relative: boolean } {
  const a = { ...p.cal! };
  let relative = p.relative;
  if (!p.endCal) {
    if (a.y === undefined) {
      if (!ref || a.m === undefined) return { value: null, relative: true };
      a.y = p.weekday !== undefined && a.d !== undefined ? yearByWeekday(ref, a.m, a.d, p.weekday) : nearestYear(ref, a.m, a.d);
      relative = true;
    }
    // "29. Februar" in a year that has none names no day.
    if (a.d !== undefined && !isValidDay(a.y, a.m!, a.d)) return { value: null, relative };
    return { value: formatCal(a), relative };
  }
  const b: Cal = { ...p.endCal };
  if (b.d === undefined && b.m === undefined && b.h !== undefined) {
    // A clock range ending before it starts runs past midnight ("23:50 - 05:25").
    Object.assign(b, { y: a.y, m: a.m, d: a.d });
    if (a.y !== undefined && a.h !== undefined && b.h * 60 + (b.min ?? 0) < a.h * 60 + (a.min ?? 0)) Object.assign(b, addDays(b as Ymd, 1));
  }
  const key = (c: Cal) => (c.m ?? 1) * 100 + (c.d ?? 1);
  if (a.y === undefined && b.y === undefined) {
    if (!ref || a.m === undefined) return { value: null, relative: true };
    a.y = nearestYear(ref, a.m, a.d);
    b.y = key(b) < key(a) ? a.y + 1 : a.y;
    relative = true;
  } else if (a.y === undefined) {
    a.y = key(a) > key(b) ? b.y! - 1 : b.y;
  } else if (b.y === undefined) {
    b.y = key(b) < key(a) ? a.y + 1 : a.y;
  }
  if ((a.d !== undefined && !isValidDay(a.y!, a.m!, a.d)) || (b.d !== undefined && !isValidDay(b.y!, b.m!, b.d)))
    return { value: null, relative };
  // A range written backwards ("15.05.2017 bis 19.05.2015") is a typo; its start is what it surely says.
  const from = formatCal(a);
  const to = formatCal(b);
  return { value: from <= to ? `${from}/${to}` : from, relative };
}

/**
 * The year of "Mittwoch, 11. Januar": when the day and month fall twice within the window nearestYear
 * allows (nine months back to six ahead), the weekday picks the one the author meant; otherwise the
 * weekday is left for the weekday-mismatch check to judge.
 */
function yearByWeekday(ref: Ymd, m: number, d: number, weekday: number): number {
  const now = dayNumber(ref);
  for (const y of [ref.y, ref.y - 1, ref.y + 1]) {
    if (!isValidDay(y, m, d)) continue;
    const diff = dayNumber({ y, m, d }) - now;
    if (diff <= 183 && diff >= -274 && isoWeekday({ y, m, d }) === weekday) return y;
  }
  return nearestYear(ref, m, d);
}

/** The day a bare weekday stands for (see the decisions at the top). */
function resolveWeekday(p: Piece, ref: Ymd, sentence: string, future: boolean): Ymd {
  const wd = p.wd!;
  const today = isoWeekday(ref);
  const monday = mondayOf(ref);
  switch (p.wdMode) {
    case 'past':
      return addDays(ref, -((today - wd + 7) % 7 || 7));
    case 'next':
      return addDays(ref, (wd - today + 7) % 7 || 7);
    case 'this':
      return addDays(monday, wd - 1);
    case 'prevWeek':
      return addDays(monday, wd - 8);
    case 'nextWeek':
      return addDays(monday, wd + 6);
    case 'today':
      return ref;
    case 'yesterday':
      return addDays(ref, -1);
    case 'tomorrow':
      return addDays(ref, 1);
    default:
      // "ab Montag", "bis Freitag" look ahead unless the sentence is in the past tense.
      if (future || (/(?:^|\s)(?:ab|bis)\s+$/i.test(sentence.slice(Math.max(0, p.start - 6), p.start)) && !PAST.test(sentence)))
        return addDays(ref, (wd - today + 7) % 7);
      return addDays(ref, -((today - wd + 7) % 7));
  }
}

const SINGLE_DAY = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})?$/;

/** A mention as one sentence yields it, offsets relative to the sentence. */
interface SentenceMention {
  start: number;
  end: number;
  text: string;
  value: string | null;
  relative: boolean;
  vague: boolean;
  weekday?: number;
  weekdayStart?: number;
  weekdayEnd?: number;
  /** "am Vortag": days from the paragraph's last named day, so the value is only known in context. */
  anchorDays?: number;
}

/** A clock time standing alone: it takes the sentence's day when the sentence names exactly one. */
interface LoneTime {
  start: number;
  end: number;
  text: string;
  h: number;
  min: number;
  endH?: number;
  endMin?: number;
}

/** Everything one sentence yields that depends on nothing but its text and the article date. */
interface SentenceDates {
  mentions: SentenceMention[];
  times: LoneTime[];
}

const NOTHING: SentenceDates = { mentions: [], times: [] };

/**
 * The expensive, context-free part of date extraction: the rules run over one sentence and every
 * mention that needs only the article date is resolved. Kept pure so it can be memoised by sentence.
 */
function scanSentence(sentence: string, ref: Ymd | null): SentenceDates {
  const pieces = combine(scanPieces(sentence, ref), sentence);
  if (!pieces.length) return NOTHING;
  // The tense is read once per sentence, only when a bare weekday needs it.
  let future: boolean | undefined;
  const mentions: SentenceMention[] = [];
  const times: LoneTime[] = [];
  for (const p of pieces) {
    let value: string | null = null;
    let relative = p.relative;
    let weekdayOfDeixis = false;
    if (p.kind === 'time') {
      if (!p.needsContext) {
        const t: LoneTime = { start: p.start, end: p.end, text: sentence.slice(p.start, p.end), h: p.cal!.h!, min: p.cal!.min ?? 0 };
        if (p.endCal) (t.endH = p.endCal.h!), (t.endMin = p.endCal.min ?? 0);
        times.push(t);
      }
      continue;
    }
    if (p.kind === 'fixed') {
      value = p.value ?? null;
    } else if (p.kind === 'wd') {
      if (ref) {
        future ??= FUTURE.test(sentence) && !PAST.test(sentence);
        const day = resolveWeekday(p, ref, sentence, future);
        if (p.weekend) value = `${isoDay(day)}/${isoDay(addDays(day, 1))}`;
        else {
          if (p.wdMode === 'today' || p.wdMode === 'yesterday' || p.wdMode === 'tomorrow') weekdayOfDeixis = true;
          value = isoDay(day) + (p.cal?.h !== undefined ? isoTime(p.cal.h, p.cal.min ?? 0) : '');
          if (p.endCal?.h !== undefined) {
            const over = p.cal?.h !== undefined && p.endCal.h * 60 + (p.endCal.min ?? 0) < p.cal.h * 60 + (p.cal.min ?? 0);
            value += `/${isoDay(addDays(day, over ? 1 : 0))}${isoTime(p.endCal.h, p.endCal.min ?? 0)}`;
          }
        }
      }
    } else {
      ({ value, relative } = resolveCal(p, ref));
    }
    const m: SentenceMention = { start: p.start, end: p.end, text: sentence.slice(p.start, p.end), value, relative, vague: !!p.vague };
    if (p.kind === 'fixed' && p.anchorDays !== undefined) m.anchorDays = p.anchorDays;
    if (p.weekday !== undefined && p.weekdayStart !== undefined) {
      m.weekday = p.weekday;
      m.weekdayStart = p.weekdayStart;
      m.weekdayEnd = p.weekdayEnd;
    } else if (weekdayOfDeixis && p.weekdayStart !== undefined) {
      // "am gestrigen Montag" claims a weekday for a computed day, so the check may test it.
      m.weekday = p.wd;
      m.weekdayStart = p.weekdayStart;
      m.weekdayEnd = p.weekdayEnd;
    }
    mentions.push(m);
  }
  return { mentions, times };
}

// Sentence scans memoised by article date and sentence text, so that re-analysing a draft after a
// keystroke only scans the sentence that changed. Bounded like the chunk cache of `prepare`.
const scans = new TextMemo<SentenceDates>(4096, 1_000_000, 20_000);

/** Empties the memo of sentence scans (for benchmarks that measure a cold start). */
export function clearDatesCache(): void {
  scans.clear();
  paragraphs.clear();
}

function scanned(sentence: string, ref: Ymd | null, refKey: string, local: Map<string, SentenceDates> | undefined): SentenceDates {
  if (local) {
    // A corpus file: only its own repeated sentences are remembered (the article date is the same for all).
    let r = local.get(sentence);
    if (!r) local.set(sentence, (r = scanSentence(sentence, ref)));
    return r;
  }
  const key = refKey + sentence;
  let r = scans.get(key);
  if (!r) {
    r = scanSentence(sentence, ref);
    scans.set(key, r);
  }
  return r;
}

/**
 * The cheap pass that needs the paragraph's context: anchored mentions ("am Vortag") take their day
 * from the last day named before them, lone clock times the sentence's only day. Every mention is a
 * new object, shifted to `offset`, so nothing a caller holds is shared with the memo.
 */
function resolveSentence(sd: SentenceDates, offset: number, ref: Ymd | null, lastDay: Ymd | null, out: DateMention[]): Ymd | null {
  const mentions: DateMention[] = [];
  let days = 0;
  let only: DateMention | null = null;
  for (const c of sd.mentions) {
    let value = c.value;
    if (c.anchorDays !== undefined) {
      const base = lastDay ?? ref;
      value = base ? isoDay(addDays(base, c.anchorDays)) : null;
    }
    const m: DateMention = { start: offset + c.start, end: offset + c.end, text: c.text, value, relative: c.relative, vague: c.vague };
    if (c.weekday !== undefined) {
      m.weekday = c.weekday;
      m.weekdaySpan = { start: offset + c.weekdayStart!, end: offset + c.weekdayEnd! };
    }
    const day = value ? SINGLE_DAY.exec(value) : null;
    if (day) {
      lastDay = parseIsoDay(day[1]);
      days++;
      only = m;
    }
    mentions.push(m);
  }
  if (sd.times.length) {
    // A time on its own takes the sentence's day when the sentence names exactly one.
    const day = days === 1 ? SINGLE_DAY.exec(only!.value!)![1] : null;
    for (const t of sd.times) {
      let value = day ? day + isoTime(t.h, t.min) : null;
      if (value && t.endH !== undefined) value += `/${day}${isoTime(t.endH, t.endMin!)}`;
      mentions.push({ start: offset + t.start, end: offset + t.end, text: t.text, value, relative: day ? only!.relative : false, vague: false });
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  for (const m of mentions) out.push(m);
  return lastDay;
}

/** The dates of one paragraph (prose range) `body`, offsets relative to its start. */
function paragraphDates(body: string, ref: Ymd | null, refKey: string, local?: Map<string, SentenceDates>): DateMention[] {
  const out: DateMention[] = [];
  // The day last named in this paragraph, the anchor of "am Vortag".
  let lastDay: Ymd | null = null;
  for (const s of sentences(body, { start: 0, end: body.length })) {
    const sentence = body.slice(s.start, s.end);
    if (!CUE.test(sentence)) continue;
    const sd = scanned(sentence, ref, refKey, local);
    if (!sd.mentions.length && !sd.times.length) continue;
    lastDay = resolveSentence(sd, s.start, ref, lastDay, out);
  }
  return out;
}

// Paragraph results memoised too (nothing crosses a paragraph but the article date, which is in the key),
// so after a keystroke the untouched paragraphs are not even split into sentences again.
const paragraphs = new TextMemo<DateMention[]>(1024, 1_000_000, 100_000);

/** A copy of `m` moved by `d`: what a caller gets is never what the memo holds. */
function moved(m: DateMention, d: number): DateMention {
  const c: DateMention = { start: m.start + d, end: m.end + d, text: m.text, value: m.value, relative: m.relative, vague: m.vague };
  if (m.weekday !== undefined) {
    c.weekday = m.weekday;
    c.weekdaySpan = { start: m.weekdaySpan!.start + d, end: m.weekdaySpan!.end + d };
  }
  return c;
}

/** `m` itself moved by `d` (a mention no one else holds). */
function shift(m: DateMention, d: number): DateMention {
  m.start += d;
  m.end += d;
  if (m.weekdaySpan) (m.weekdaySpan.start += d), (m.weekdaySpan.end += d);
  return m;
}

export interface DatesOptions {
  /** False: the shared sentence and paragraph memos are neither read nor filled (corpus files); same result. */
  memo?: boolean;
}

export function extractDates(doc: Doc, opts: DatesOptions = {}): DateMention[] {
  const memo = opts.memo !== false;
  let local: Map<string, SentenceDates> | undefined;
  const ref = parseIsoDay(doc.meta.date);
  const refKey = (ref ? isoDay(ref) : '-') + '\n';
  const out: DateMention[] = [];
  let seen: Set<number> | null = null;
  let last = -1;
  for (const range of doc.prose) {
    const body = doc.text.slice(range.start, range.end);
    let found: DateMention[] | undefined;
    if (memo) {
      const key = refKey + body;
      found = paragraphs.get(key);
      if (!found) {
        found = paragraphDates(body, ref, refKey);
        paragraphs.set(key, found);
      }
    } else found = paragraphDates(body, ref, refKey, (local ??= new Map()));
    if (!found.length) continue;
    const from = out.length;
    // Memoised mentions are copied, so no caller shares them; fresh ones are only moved.
    if (memo) for (const m of found) out.push(moved(m, range.start));
    else for (const m of found) out.push(shift(m, range.start));
    // Prose ranges should not overlap; if a segmenter ever nests them, a date is still reported once.
    // Mentions normally arrive in increasing order, so the set is only needed once they do not.
    if (seen || out[from].start <= last) {
      seen ??= new Set(out.slice(0, from).map((m) => m.start));
      let k = from;
      for (let j = from; j < out.length; j++) if (!seen.has(out[j].start)) (seen.add(out[j].start), (out[k++] = out[j]));
      out.length = k;
    }
    if (out.length) last = out[out.length - 1].start;
  }
  return out;
}
