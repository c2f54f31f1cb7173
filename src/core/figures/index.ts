// Finds figures (counts, amounts, percentages) with their interval, unit, counted thing and quantity key.
import type { DateMention, Doc, Figure, Span } from '../types';
import { SCALES, numberWordValue, parseDigits } from './numbers';
import { lemmaOf } from './lemma';
import {
  UNITS,
  buildKey,
  conceptOf,
  countryGroup,
  nationalityOf,
  eventOf,
  eventOfAdjective,
  groupOfAdjective,
  groupOfPlace,
  groupOfPrefix,
} from './keys';

export { lemmaOf } from './lemma';
export { buildKey, fold } from './keys';
import { fold } from './keys';

/*
 * One scan per prose range with a single compiled regex finds candidate numbers; everything else is
 * decided by short anchored looks at the text around the candidate, so the cost grows with the number
 * of figures, not of words. Prose ranges rather than sentences are scanned so that a segmenter which
 * splits "10.000" at its dot cannot cut a figure in two.
 */
const CANDIDATE = new RegExp(
  [
    // Vague amounts: "Tausende", "Dutzenden", "zahlreiche", "mehrere tausend", "Millionen" alone.
    String.raw`(?<vague>\b(?:(?:[Mm]ehrere|[Ee]inige|[Ee]tliche|[Vv]iele)n? (?:[Hh]undert|[Tt]ausend|[Zz]ehntausend|Dutzend)|(?:[Aa]ber|[Zz]ehn|[Hh]undert)?[Tt]ausende|[Hh]underte|[Dd]utzende|[Mm]illionen|[Mm]illiarden|[Zz]ahlreiche)n?\b)`,
    // Shares that open with no number word: "jeder Dritte", "jede fünfte", "(die) Hälfte"; the
    // ones that do ("zwei Drittel", "neun von zehn") are read on from a number word (FRACTION_AFTER).
    String.raw`(?<share>\b(?:[Jj]ede[rs]?\s+(?:[Zz]weite|[Dd]ritte|[Vv]ierte|[Ff]ünfte|[Ss]echste|[Ss]iebte|[Aa]chte|[Nn]eunte|[Zz]ehnte|[Zz]wanzigste|[Hh]undertste)[nrs]?)|Hälfte)`,
    // "ein Dutzend", "eine Million": the article counts only before a scale word.
    String.raw`(?<one>\b[Ee]ine?[rmns]? (?=(?:Dutzend|Million|Milliarde|Billion)\b))`,
    // Digits with German grouping: "10.000", "10 000", "1,5"; also times, dates, scores (rejected later).
    String.raw`(?<digits>\b(?:\d{1,3}(?:[ \u00A0\u202F]\d{3}(?!\d))+(?![.,]\d)|\d+(?:[.,:/]\d+)*))`,
    // Number words: "zwölf", "fünfundzwanzig", "dreitausend", "Hundert".
    String.raw`(?<word>\b(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs?|[Ss]ieb(?:en)?|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Zz]wanzig|[Dd]reißig|[Hh]undert|[Tt]ausend|[Aa]nderthalb)(?:zehn|zig|ßig|und|ein|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|zwei|drei|vier|fünf|sechs|sieben|acht|neun|elf|zwölf|hundert|tausend|einhalb)*)`,
  ].join('|'),
  // No 'u' flag and ASCII \b: much faster to scan; letters with umlauts at the edges are checked in code.
  'g',
);

/** Qualifier right before the number (and an optional currency sign), case-insensitive. */
const QUALIFIER =
  /(?:[\s(„"‚*_]((?:nicht mehr als|nicht weniger als|bis zu|mehr als|weniger als|mindestens|mind\.|höchstens|maximal|über|unter|rund|etwa|ca\.|circa|zirka|ungefähr|gut|fast|knapp|annähernd|nahezu|beinahe|an die|zwischen|von|minus)\s+))?((?:€|\$|EUR|USD|US-\$)\s?)?$/i;

/** After a number word: the rest of a share ("zwei Drittel", "neun von zehn"); FRACTION_START is a cheap first look. */
const FRACTION_START = /^[DVFSAZv]$/;
const FRACTION_AFTER = /\s+(?:Drittel|Viertel|Fünftel|Sechstel|Achtel|Zehntel|von\s+(?:zehn|fünf|vier|drei|hundert))(?![\p{L}\p{N}])/uy;
const SCALE_AFTER =
  /\s+(Millionen|Million|Mio\.|Milliarden|Milliarde|Mrd\.|Billionen|Billion|Bio\.|Tsd\.|[Tt]ausend|[Hh]undert|Dutzend)(?![\p{L}])/uy;
const RANGE_AFTER = /\s*(?:–|—|-|bis|und)\s*/y;
const RANGE_NUMBER = /(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d.:/]\d)|(\p{Ll}+)/uy;
const UNIT_AFTER = /\s*([%‰€$]|°C?|[\p{L}²-]+\.?)/uy;
// Markdown emphasis around a number ("**10.000** Soldaten") does not separate it from its noun.
const WORD_AFTER = /[*_]*\s+[*_]*([\p{L}][\p{L}\p{M}²'’-]*)/uy;
const FROM_TO = /\s+(?:auf|bis auf)\s+(?=\d|\p{Ll})/uy;
/** Verbs of change before "um": "stieg um", "sank um", "erhöhte sich um". */
const CHANGE = /\b(?:stieg|stiegen|sank|sanken|fiel|fielen|wuchs|wuchsen|erhöhte|erhöhten|verringerte|verringerten|gestiegen|gesunken|gefallen|gewachsen|zugenommen|abgenommen|zurückgegangen|ging|gingen|legte|legten|verlor|verloren|steigt|sinkt|fällt|wächst)\b/;
const TIME_UNITS = new Set(['Stunden', 'Minuten', 'Sekunden', 'Tage', 'Wochen', 'Monate', 'Jahre']);
const CURRENCIES = new Set(['Euro', 'Dollar', 'Pfund', 'Franken', 'Rubel', 'Yen', 'Yuan', 'Won', 'Hrywnja']);
const LEVEL_VERB =
  /\b(?:lag|liegt|lagen|liegen|stieg|steigt|stiegen|steigen|sank|sinkt|sanken|sinken|fiel|fällt|fielen|betrug|beträgt|betrugen|betragen|erreichte|erreicht|kletterte|klettert|belief|beläuft)\b/;
/** A noun phrase with a definite article; group 1 is the word before it (a preposition disqualifies it). */
const ARTICLE_NP = /(?:^|\s)(\p{L}+\s+)?(?:Die|Der|Das|die|der|das)\s+(?:\p{Ll}+(?:e|en)\s+)?(\p{Lu}[\p{L}-]+)/gu;
const PREPOSITIONS = new Set(
  'in an auf aus bei mit nach von zu vor über unter für gegen ohne um durch seit während wegen zwischen hinter neben laut trotz dank'.split(' '),
);
/** What an amount of money is for, when no noun names it: first match wins. */
const MONEY_CONCEPTS: [RegExp, string][] = [
  [/\b(?:[Ss]chaden|[Ss]chäden|beschädigt)\b/, 'schaden'],
  [/\b(?:kostet|kostete|kosteten|kosten|Kosten)\b/, 'kosten'],
  [/\b(?:investiert|investieren|investierte|Investition|Investitionen)\b/, 'investition'],
  [/\b(?:Hilfe|Hilfen|Hilfspaket|Unterstützung|unterstützt)\b/, 'hilfe'],
  [/\b(?:Umsatz|umgesetzt)\b/, 'umsatz'],
  [/\b(?:Gewinn|verdiente|verdient)\b/, 'gewinn'],
  [/\b(?:Verlust|Defizit)\b/, 'verlust'],
  [/\b(?:Strafe|Bußgeld|Geldstrafe)\b/, 'strafe'],
];
const ADDED = /^(?:weitere|weiteren|weiterer|zusätzliche|zusätzlichen|neue|neuen|neuer)$/;
const ADDED_BEFORE = /\b(?:weitere|weiteren|zusätzliche|zusätzlichen|zusätzlich|nochmals|erneut)\s+(?:\S+\s+){0,2}$/;
const AGE_AFTER = /^\s+(?:alt|alte|alten|alter|altes|altem)\b/;
const CONJUNCT = /\s+(?:und|oder|bzw\.)\s+(\p{Lu}[\p{L}\p{M}-]*)/uy;
const AUS_AFTER = /\s+aus\s+(?:der\s+|dem\s+)?(\p{Lu}[\p{L}-]+)/uy;

/** Words before a number that make it a label, not an amount ("Nr. 5", "§ 3", "Artikel 5"). */
const LABEL_BEFORE =
  /(?:\b(?:Nr|Nummer|Art|Artikel|Abs|Absatz|Seite|S|Kapitel|Paragraf|Paragraph|Version|Tel|Telefon|Fax|Linie|Gleis|Zimmer|Raum|Heft|Band|Folge|Staffel|Teil|Resolution|Platz|Klasse|Stufe|Level|Runde|Kanal|Flug|Route|Bundesstraße|Autobahn|Tor|Anlage|Ziffer|Punkt|Lesezeit:?|Bild|Foto|Top|ICE|IC|EC|RE|RB|S|U|A|B|L|K|Bus|Tram|Flug|LH|\p{L}*[Nn]ummer)\.?|§+|#|(?:Seite|Teil|Folge|Bild|Foto)\s+\d+\s+(?:von|aus|\/))\s*$/u;

/** Words before a bare four-digit number that make it a year ("seit 1953", "im Jahr 2023"). */
const YEAR_BEFORE =
  /\b(?:im|seit|bis|von|vom|ab|um|vor|nach|zwischen|und|Jahr|Jahre|Jahres|Anfang|Ende|Mitte|Frühjahr|Sommer|Herbst|Winter|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|bereits|schon|erst|noch)\s*$/i;

const YEAR_PAIR = /^(?:1[89]|20)\d\d\s*(?:–|—|-|bis|und)\s*(?:(?:1[89]|20)\d\d|\d\d)$/;

const MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhunderts?|Jahrhundert)$/;

/** Words before an "N." that make it an ordinal ("der 3. Platz", "zum 2. Mal"). */
const ORDINAL_BEFORE = /\b(?:der|die|das|dem|den|des|am|zum|zur|vom|im|beim|ab|bis|seit|zu|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen|jeder|jede|jedes|jeden|jedem|dieser|diese|dieses|diesem|diesen)\s*$/i;

/** Lower-case words that end like adjectives but stop the walk to the counted noun. */
const NOT_ADJECTIVE = new Set(
  (
    'wurden werden waren worden haben hatten hätten sollen sollten können konnten könnten müssen mussten ' +
    'wollen wollten dürfen seien wären würden kamen starben gaben oder aber sondern denn wenn dann den dem ' +
    'der des einen einem einer eines diese dieser diesen jeder jeden allen aller seinen seiner seinem ihren ' +
    'ihrer ihrem unseren unter hinter über wieder immer außer bereits gegen nahe sowie ohne eben etwa ' +
    'gestern morgen heute insgesamt bisher allein alleine pro je'
  ).split(' '),
);
const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u;
const NOUN = /^\p{Lu}/u;

/** Counted nouns that are not things: weekdays, months and pronoun-like words after a number. */
const NOT_THING = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Uhr)$/;

type Qualifier = (v: number) => [number, number];

const ROUGH: Qualifier = (v) => [0.9 * v, 1.1 * v];
const QUALIFIERS: Record<string, Qualifier> = {
  'bis zu': (v) => [0, v],
  'höchstens': (v) => [0, v],
  'maximal': (v) => [0, v],
  'weniger als': (v) => [0, v],
  'unter': (v) => [0, v],
  'nicht mehr als': (v) => [0, v],
  'mehr als': (v) => [v, Infinity],
  'über': (v) => [v, Infinity],
  'mindestens': (v) => [v, Infinity],
  'mind.': (v) => [v, Infinity],
  'nicht weniger als': (v) => [v, Infinity],
  'rund': ROUGH,
  'etwa': ROUGH,
  'ca.': ROUGH,
  'circa': ROUGH,
  'zirka': ROUGH,
  'ungefähr': ROUGH,
  'an die': ROUGH,
  'knapp': (v) => [0.9 * v, v],
  'fast': (v) => [0.9 * v, v],
  'nahezu': (v) => [0.9 * v, v],
  'beinahe': (v) => [0.9 * v, v],
  'annähernd': (v) => [0.9 * v, v],
  'gut': (v) => [v, 1.1 * v],
};

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  // ASCII first: most neighbours of a candidate are spaces, punctuation or plain letters.
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

/** True when `pos` starts a sentence: nothing but opening punctuation since the last sentence end. */
function atSentenceStart(text: string, pos: number, rangeStart: number): boolean {
  for (let i = pos - 1; i >= rangeStart; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '„' || c === '"' || c === '(' || c === '»' || c === '‚') continue;
    return c === '.' || c === '!' || c === '?' || c === ':' || c === '\n' || c === '#' || c === '-' || c === '*';
  }
  return true;
}

/** Where the clause around a figure ends: the next comma, semicolon or sentence end. */
/** How far the looks around a figure reach: a clause is rarely longer, and hostile text stays linear. */
const REACH = 200;

function clauseEnd(text: string, from: number, limit: number): number {
  limit = Math.min(limit, from + REACH);
  const m = /[,;:!?\n]|\.(?!\d)/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

function clauseStart(text: string, to: number, limit: number): number {
  limit = Math.max(limit, to - REACH);
  for (let i = to - 1; i >= limit; i--) {
    const c = text[i];
    if (c === ',' || c === ';' || c === ':' || c === '!' || c === '?' || c === '\n') return i + 1;
    if (c === '.' && !/\d/.test(text[i - 1] ?? '')) return i + 1;
  }
  return limit;
}

interface Core {
  start: number;
  end: number;
  value: number;
  /** True for number words, which need a counted noun or a unit to be a figure. */
  word: boolean;
}

/** Reads a number (digits or a number word) at `pos`, for the second half of a range. */
function numberAt(text: string, pos: number): Core | undefined {
  RANGE_NUMBER.lastIndex = pos;
  const m = RANGE_NUMBER.exec(text);
  if (!m) return undefined;
  const value = m[1] ? parseDigits(m[1]) : numberWordValue(m[2]);
  if (value === undefined || (m[2] && /^(?:ein|eine|eins)$/.test(m[2]))) return undefined;
  return { start: pos, end: pos + m[0].length, value, word: !m[1] };
}

function scaleAt(text: string, pos: number): { factor: number; end: number } | undefined {
  SCALE_AFTER.lastIndex = pos;
  const m = SCALE_AFTER.exec(text);
  if (!m) return undefined;
  return { factor: SCALES[m[1].toLowerCase().replace('.', '')], end: pos + m[0].length };
}

function unitAt(text: string, pos: number): { unit: string; end: number } | undefined {
  UNIT_AFTER.lastIndex = pos;
  const m = UNIT_AFTER.exec(text);
  if (!m) return undefined;
  let tok = m[1];
  let unit = UNITS[tok.toLowerCase()];
  if (!unit && tok.endsWith('.')) {
    tok = tok.slice(0, -1);
    unit = UNITS[tok.toLowerCase()];
  }
  if (!unit) return undefined;
  // A capital single letter ("M", "T") is an initial, not a unit.
  if (/^[A-Z]$/.test(tok)) return undefined;
  return { unit, end: pos + m[0].length - (m[1].length - tok.length) };
}

/** The counted noun after `pos`, skipping up to three adjectives; adjectives may name a group or event. */
function thingAfter(
  text: string,
  pos: number,
  limit: number,
  skipArticle: boolean,
): { lemma: string; form: string; end: number; group: string | null; event: string | null; added: boolean } | undefined {
  let group: string | null = null;
  let event: string | null = null;
  let added = false;
  let at = pos;
  for (let i = 0; i < 5; i++) {
    WORD_AFTER.lastIndex = at;
    const m = WORD_AFTER.exec(text);
    if (!m || at + m[0].length > limit) return undefined;
    const w = m[1];
    at += m[0].length;
    if (NOUN.test(w)) {
      if (NOT_THING.test(w)) return undefined;
      let form = w;
      // "20 Staats- und Regierungschefs": the truncated first part shares the last conjunct's head.
      if (w.endsWith('-')) {
        CONJUNCT.lastIndex = at;
        const c = CONJUNCT.exec(text);
        if (!c || at + c[0].length > limit) return undefined;
        at += c[0].length;
        form = c[1];
      }
      const dash = w.lastIndexOf('-');
      if (dash > 0 && dash < w.length - 1) {
        group = groupOfPrefix(w.slice(0, dash)) ?? group;
        if (groupOfPrefix(w.slice(0, dash))) form = w.slice(dash + 1);
      }
      return { lemma: lemmaOf(form), form, end: at, group, event, added };
    }
    if (skipArticle && i === 0 && /^(?:der|des|die|aller|dieser|ihrer|seiner|unserer)$/.test(w)) continue;
    if (!ADJECTIVE.test(w) || NOT_ADJECTIVE.has(w)) return undefined;
    group = groupOfAdjective(w) ?? group;
    event = eventOfAdjective(w) ?? event;
    if (ADDED.test(w)) added = true;
  }
  return undefined;
}

/** "Die Zahl der Toten stieg auf 300": the counted noun named before the number in the same sentence. */
const ZAHL_DER = /\bZahl der ((?:\p{Ll}+ ){0,2})(\p{Lu}[\p{L}-]*)(?:[^.;!?]|\.(?=\d))*$/u;
/** "Die Polizei nahm 14 Menschen fest": the separable verb around the figure. */
const NAHM_FEST = /\bnahm(?:en)?\b(?:[^.;!?]|\.(?=\d))*\bfest\b/;
/** "zwei Goldmedaillen mehr als in Tokio", "17.000 weniger als im Vormonat": a difference, not a level. */
const DIFFERENCE_AFTER =
  /^\s+(?:mehr|weniger)\s+als\b(?!\s*(?:\d|ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|hundert|tausend|die Hälfte|jede)\b)/;
/** Finite verbs after which a country is the subject: "Nach Angaben des NIS hat Nordkorea 10.000 Soldaten …". */
const ACTOR_AFTER = /^(?:hat|haben|hatte|hatten|schickt|schickte|schickten|entsandte|entsendet|stationiert|stationierte|verlegt|verlegte|zog|zieht|setzt|setzte|soll|sollen|will|wird|habe)$/;
/** Words that carry no topic at the end of a clause ("seien pünktlich gewesen" → "pünktlich"). */
const NO_TOPIC = new Set(
  (
    'sind ist war waren sei seien wäre wären hat haben hatte hatten habe hätten wird werden wurde wurden worden ' +
    'gewesen sein nicht nur noch auch schon bereits sehr mehr weniger als wie es sich ihr ihre ihren ihrem ' +
    'sein seine seinen seinem der die das den dem des ein eine einen einem einer und oder aber dass derzeit ' +
    'damit dabei dazu demnach zufolge laut insgesamt rund etwa knapp fast gut'
  ).split(' '),
);
/** "ein Schaden von 5 Millionen Euro": the noun an amount is attached to. */
const NOUN_VON = /(\p{Lu}[\p{L}-]*) (?:in Höhe von|im Wert von|im Umfang von|von|über) (?:\S+ )?$/u;

/** True when the span overlaps a date; `dates` is sorted by start, so a binary search finds the candidates. */
function dateOverlaps(dates: DateMention[], span: Span): boolean {
  let lo = 0;
  let hi = dates.length;
  // First date that starts at or after span.end cannot overlap; check the ones just before it.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < span.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (dates[i].end > span.start) return true;
  return false;
}

function proseRanges(doc: Doc): Span[] {
  if (doc.prose.length) return doc.prose;
  return doc.sentences.map((s) => ({ start: s.start, end: s.end }));
}

/** Figures of the doc; spans already taken by dates are not figures. `source` is filled in later. */
export function extractFigures(doc: Doc, dates: DateMention[]): Figure[] {
  const text = doc.text;
  const out: Figure[] = [];
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  // The search that ends a range has already read on to the first candidate after it. `next` is that
  // candidate (null: none) and `from` where its search began: when `from` is at or before the next range's
  // start and the candidate at or after it, a search from that start would find the same one (a match at
  // a place does not depend on where the search began), so the text between two candidates is read once.
  let next: RegExpExecArray | null = null;
  let from = -1;
  for (const range of proseRanges(doc)) {
    let m: RegExpExecArray | null = next;
    if (from < 0 || from > range.start || (next && next.index < range.start)) {
      CANDIDATE.lastIndex = from = range.start;
      m = CANDIDATE.exec(text);
    }
    for (; m && m.index < range.end; from = CANDIDATE.lastIndex, m = CANDIDATE.exec(text)) {
      const g = m.groups!;
      // ASCII \b does not see umlauts as letters: "für3", "Größe" + "elf" must not count.
      if (isLetter(text[m.index - 1]) || (!g.one && isLetter(text[m.index + m[0].length]))) continue;
      const fig = g.vague
        ? vagueFigure(text, m.index, m.index + m[0].length, range)
        : figureAt(text, m, range, sortedDates);
      if (!fig || fig.end > range.end) continue;
      if (dateOverlaps(sortedDates, fig)) continue;
      out.push(fig);
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, fig.end);
    }
    next = m;
  }
  return out;
}

function vagueFigure(text: string, start: number, end: number, range: Span): Figure | undefined {
  const unit = unitAt(text, end);
  const after = unit ? unit.end : end;
  const thing = thingAfter(text, after, range.end, !!unit);
  // "zahlreiche" alone is an ordinary adjective; it is an amount only in front of a noun.
  if (!thing && !unit && /^[Zz]ahlreich/.test(text.slice(start, end))) return undefined;
  return {
    start,
    end: after,
    text: text.slice(start, after),
    value: 0,
    low: 0,
    high: 0,
    unit: unit ? unit.unit : null,
    thing: thing ? thing.lemma : null,
    key: '',
    vague: true,
    source: null,
  };
}

/**
 * `x` rounded to twelve significant digits, as `Number(x.toPrecision(12))` gives it. Most bounds are whole
 * numbers of at most twelve digits, which that round trip returns unchanged (only -0 becomes 0); they skip
 * the string conversion, the costliest step of reading a figure.
 */
export function round12(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}

/*
 * Shares in words are figures in per cent, so that "jeder Dritte", "ein Drittel" and "33 Prozent" of the same
 * thing share a key and compare: value 33.33…, unit "Prozent", and the interval of a rounded figure (±10 %)
 * unless a qualifier says otherwise ("knapp die Hälfte" [45, 50], "mehr als jeder Dritte" [33.3, ∞)).
 */
const DENOMINATORS: Record<string, number> = {
  zweite: 2, dritte: 3, vierte: 4, fünfte: 5, sechste: 6, siebte: 7, achte: 8, neunte: 9, zehnte: 10,
  zwanzigste: 20, hundertste: 100, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, achtel: 8, zehntel: 10,
  zehn: 10, fünf: 5, vier: 4, drei: 3, hundert: 100,
};
const NUMERATORS: Record<string, number> = {
  ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
};

/** The per-cent value of a share as matched by the candidate pattern, or undefined. */
function shareValue(raw: string): number | undefined {
  const words = raw.toLowerCase().split(/\s+/);
  let num: number | undefined;
  let den: number | undefined;
  if (words[0] === 'die') return 50;
  if (words[0] === 'dreiviertel') return 75;
  if (/^jede[rs]?$/.test(words[0])) {
    num = 1;
    den = DENOMINATORS[words[1]] ?? DENOMINATORS[words[1].slice(0, -1)];
  } else {
    num = NUMERATORS[words[0]];
    den = DENOMINATORS[words[words.length - 1]];
  }
  if (num === undefined || den === undefined || num >= den) return undefined;
  return round12((100 * num) / den);
}

function figureAt(text: string, m: RegExpExecArray, range: Span, dates: DateMention[]): Figure | undefined {
  const g = m.groups!;
  let core: Core;
  const start0 = m.index;
  let end0 = m.index + m[0].length;
  // A share: "jeder Dritte", "die Hälfte" from the pattern, "zwei Drittel", "neun von zehn" read on from a number word.
  let shareText: string | undefined;
  let shareStart = start0;
  if (g.share === 'Hälfte') {
    const the = /[Dd]ie\s+$/.exec(text.slice(Math.max(range.start, start0 - 5), start0));
    if (!the) return undefined;
    shareStart = start0 - the[0].length;
    shareText = 'die Hälfte';
  } else if (g.share) shareText = g.share;
  else if (g.word && FRACTION_START.test(text[end0 + 1] ?? '')) {
    FRACTION_AFTER.lastIndex = end0;
    const f = FRACTION_AFTER.exec(text);
    if (f) {
      end0 += f[0].length;
      shareText = text.slice(start0, end0);
    }
  }
  const share = shareText === undefined ? undefined : shareValue(shareText);
  if (shareText !== undefined) {
    if (share === undefined) return undefined;
    core = { start: shareStart, end: end0, value: share, word: true };
  } else if (g.one) {
    core = { start: start0, end: start0 + m[0].trimEnd().length, value: 1, word: true };
    end0 = core.end;
  } else if (g.digits) {
    const raw = g.digits;
    const value = parseDigits(raw);
    if (value === undefined) return undefined;
    core = { start: start0, end: end0, value, word: false };
    // Digits inside a date are the most common rejects; the date lookup is far cheaper than the label looks.
    if (dateOverlaps(dates, core) || !plausibleDigits(text, core, raw, range)) return undefined;
  } else {
    const w = g.word;
    const value = numberWordValue(w);
    if (value === undefined) return undefined;
    // A capitalised number word mid-sentence is a noun ("außer Acht", "die Elf"), except Hundert/Tausend.
    if (/^\p{Lu}/u.test(w) && !/^(?:Hundert|Tausend)/.test(w) && !atSentenceStart(text, start0, range.start)) {
      return undefined;
    }
    core = { start: start0, end: end0, value, word: true };
  }
  if (dateOverlaps(dates, core)) return undefined;

  // Qualifier and currency sign before the number.
  // A leading space stands in for the range start, so a qualifier opening the paragraph is seen.
  const from = Math.max(range.start, core.start - 30);
  const before = (from === range.start ? ' ' : '') + text.slice(from, core.start);
  const q = QUALIFIER.exec(before);
  let qualifier = q && q[1] ? q[1].trim().toLowerCase() : null;
  let unit: string | null = q && q[2] ? UNITS[q[2].trim().toLowerCase()] ?? null : null;
  let start = core.start - (q ? (q[1]?.length ?? 0) + (q[2]?.length ?? 0) : 0);

  let value = core.value;
  let end = core.end;
  let scaled = false;
  if (share !== undefined) unit = 'Prozent';
  const scale = share === undefined ? scaleAt(text, end) : undefined;
  if (scale) {
    value *= scale.factor;
    end = scale.end;
    scaled = true;
  }
  if (g.one && !scaled) return undefined;

  // Ranges: "10.000 bis 12.000", "10.000–12.000", "zwischen 10.000 und 12.000".
  let high: number | null = null;
  RANGE_AFTER.lastIndex = end;
  const r = share === undefined ? RANGE_AFTER.exec(text) : null;
  if (r && (r[0].trim() !== 'und' || qualifier === 'zwischen') && !(qualifier === 'von' && r[0].trim() !== 'bis')) {
    const second = numberAt(text, end + r[0].length);
    if (second && (!second.word || /bis|und/.test(r[0]))) {
      let v2 = second.value;
      let e2 = second.end;
      const s2 = scaleAt(text, e2);
      if (s2) {
        v2 *= s2.factor;
        e2 = s2.end;
        if (!scaled && core.value < 1000) value *= s2.factor;
      }
      if (v2 >= value && !dateOverlaps(dates, { start: second.start, end: e2 })) {
        high = v2;
        end = e2;
      }
    }
  }
  if ((qualifier === 'zwischen' || qualifier === 'von') && high === null) {
    // "zwischen" or "von" without a second number is a preposition, not part of the figure.
    start = core.start - (q?.[2]?.length ?? 0);
    qualifier = null;
  }

  const u = share === undefined ? unitAt(text, end) : undefined;
  // "von 2,5 auf 3,1 Prozent": the first number is a level before the change and shares the second's unit.
  let earlier = false;
  if (!u && !unit && high === null) {
    FROM_TO.lastIndex = end;
    const ft = FROM_TO.exec(text);
    if (ft && /\bvon\s*$/.test(text.slice(Math.max(range.start, start - 5), start))) {
      earlier = true;
      const second = numberAt(text, end + ft[0].length);
      if (second) {
        const s2 = scaleAt(text, second.end);
        if (s2 && !scaled && core.value < 1000) value *= s2.factor;
        const u2 = unitAt(text, s2 ? s2.end : second.end);
        if (u2) unit = u2.unit;
      }
    }
  }
  if (u) {
    unit = u.unit;
    end = u.end;
  } else if (!unit) {
    // A bare year, a time or a clock reading is not an amount.
    if (/^\s*Uhr\b/.test(text.slice(end, end + 6))) return undefined;
    if (!g.word && !g.one && high === null && !scaled && isYear(text, core, range)) return undefined;
    // "2020 bis 2024" is a span of years unless a counted noun follows.
    if (high !== null && YEAR_PAIR.test(text.slice(core.start, end)) && !thingAfter(text, end, range.end, false)) {
      return undefined;
    }
  }

  // An age ("40 Jahre alt", "der 40 Jahre alte Offizier") describes a person; it is not a reported amount.
  if (unit === 'Jahre' && AGE_AFTER.test(text.slice(end, end + 12))) return undefined;
  const thing = thingAfter(text, end, range.end, unit === 'Prozent' || unit === 'Prozentpunkte');
  if (core.word && !thing && !unit && !scaled) return undefined;

  let lemma = thing ? thing.lemma : null;
  let group = thing ? thing.group : null;
  let event = thing ? thing.event : null;
  let thingEnd = thing ? thing.end : end;
  // Units measure something else than a counted noun right after them ("100 Euro Strafe" is rare; usually
  // "ein Schaden von 100 Euro"), so measures prefer a noun before when none follows.
  const head = text.slice(clauseStart(text, start, range.start), start);
  if (!lemma || (unit && lemma && UNITS[lemma.toLowerCase()])) {
    const zd = ZAHL_DER.exec(head);
    // NOUN_VON ends in "von " or "über " and is tried at every start of `head`: look for those first.
    const nv = unit && (head.includes('von ') || head.includes('über ')) ? NOUN_VON.exec(head) : null;
    const found = zd ? zd[2] : nv ? nv[1] : null;
    if (found) {
      lemma = lemmaOf(found);
      thingEnd = end;
      // "Die Zahl der nordkoreanischen Kämpfer": the adjective still says whose.
      if (zd) for (const adj of zd[1].split(' ')) group = (adj && groupOfAdjective(adj)) || group;
    }
  }
  if (lemma && UNITS[lemma.toLowerCase()] && !unit) {
    unit = UNITS[lemma.toLowerCase()];
    lemma = null;
  }
  // "Die Inflation lag bei 2,4 Prozent": a level verb names the measured thing as the clause's subject, and
  // "in den USA" or "die deutsche" after or before it says whose.
  if (!lemma && !(unit && TIME_UNITS.has(unit)) && LEVEL_VERB.test(head)) {
    const subj = subjectOf(head);
    if (subj && subj.noun !== 'Zahl') {
      lemma = lemmaOf(subj.noun);
      group = subj.group ?? group;
    }
  }
  // Money with no counted thing is keyed by what the clause says it is for ("kostet", "Schaden", "Hilfe")
  // and by the clause's subject, so two different projects' costs are never one quantity.
  let keyConcept: string | null = null;
  if (unit && CURRENCIES.has(unit) && !lemma) {
    const clause = head + text.slice(end, clauseEnd(text, end, range.end));
    const subj = subjectOf(head);
    for (const [re, concept] of MONEY_CONCEPTS) if (subj && re.test(clause)) {
      keyConcept = subj.noun;
      group = subj.group ?? group;
      event = concept;
      break;
    }
  }
  if (thing && lemma) {
    AUS_AFTER.lastIndex = thingEnd;
    const aus = AUS_AFTER.exec(text);
    if (aus && aus.index + aus[0].length <= range.end) group = groupOfPlace(aus[1]);
  }
  if (lemma && !group) group = nationalityOf(lemma);
  // "Nordkorea hat 10.000 Soldaten geschickt": troops without an adjective belong to the country acting.
  if (lemma && !group && conceptOf(lemma) === 'soldat') group = actingCountry(head);
  const rest = text.slice(thingEnd, clauseEnd(text, thingEnd, range.end));
  // A bare number right after a noun measures that noun ("der Stärke 6,2"); the clause's event is not its key.
  const measured = !thing && !unit && /\S\s+\p{Lu}[\p{L}-]*\s+$/u.test(head);
  if (!event && !measured) {
    event = eventOf(rest) ?? eventOf(head) ?? (head.includes('nahm') && NAHM_FEST.test(head + rest) ? 'festgenommen' : null);
  }
  // "sank um 20.000" is a change and "von 2,5 auf …" an earlier level: neither is the current amount.
  if (/\bum\s*$/.test(head.slice(-4)) && CHANGE.test(head)) event = 'veraenderung';
  else if (earlier) event = 'vorher';
  // "weitere 1.000 Soldaten", "500 neue Fälle" are additions, not the total.
  else if ((thing && thing.added) || ADDED_BEFORE.test(head.slice(-24))) event = 'zusatz';
  else if (/^\s+(?:mehr|weniger)\b/.test(rest) && DIFFERENCE_AFTER.test(rest)) event = 'veraenderung';
  // "38 Prozent der Befragten sind für ein Tempolimit": a share of a population is only the same quantity when
  // it is a share for the same thing, so the clause's topic joins the key; without a topic it is not compared.
  let topic: string | null = null;
  let compared = true;
  if (unit === 'Prozent' && thing && lemma === thing.lemma && event !== 'veraenderung') {
    topic = topicOf(rest);
    compared = topic !== null;
  }

  const negative = qualifier === 'minus';
  if (negative) value = -value;
  let low = value;
  let hi = high ?? value;
  if (high === null && qualifier && QUALIFIERS[qualifier]) [low, hi] = QUALIFIERS[qualifier](value);
  // A share in words is a rounded percentage: "jeder Dritte" agrees with 30 and with 36 per cent.
  else if (share !== undefined) [low, hi] = ROUGH(value);
  if (low > hi) [low, hi] = [hi, low];
  // 1.1 × 7e6 is 7700000.000000001 in floating point; twelve significant digits are more than any text has.
  low = round12(low);
  if (Number.isFinite(hi)) hi = round12(hi);
  // "10.000 Mann" is the military way of counting soldiers.
  const keyThing = thing && thing.form === 'Mann' && value > 1 ? 'Soldat' : lemma ?? keyConcept;
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    low,
    high: hi,
    unit,
    thing: lemma,
    key: compared ? withTopic(buildKey({ unit, thing: keyThing, group, event }), topic) : '',
    vague: false,
    source: null,
  };
}

/**
 * The country acting in a clause head: its first word ("Russland hat in Kursk …") or the word after its finite
 * verb ("Nach Angaben des NIS hat Nordkorea …"); never a country after "laut" or "in", which names a source or
 * a place.
 */
function actingCountry(head: string): string | null {
  const words = head.trim().split(/[\s„“"()]+/);
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && !ACTOR_AFTER.test(words[i - 1])) continue;
    const g = /^\p{Lu}/u.test(words[i]) ? countryGroup(words[i]) : null;
    if (g && words[i + 1] !== 'zufolge') return g;
  }
  return null;
}

function withTopic(key: string, topic: string | null): string {
  return key && topic ? `${key}~${topic}` : key;
}

/** The topic of the rest of a clause: its last noun, else its last content word; null when there is none. */
function topicOf(rest: string): string | null {
  const words = rest.split(/[^\p{L}\p{M}-]+/u).filter((w) => w && !NO_TOPIC.has(w.toLowerCase()));
  const nouns = words.filter((w) => /^\p{Lu}/u.test(w) && !NOT_THING.test(w) && !MONTH.test(w));
  const last = nouns.length ? lemmaOf(nouns[nouns.length - 1]) : words.length ? words[words.length - 1] : null;
  return last ? fold(last) : null;
}

/** The subject of a clause: its first noun with a definite article that no preposition governs. */
function subjectOf(head: string): { noun: string; group: string | null } | undefined {
  // An exec loop, not matchAll, which clones the pattern on every call; a failed exec leaves lastIndex at 0.
  ARTICLE_NP.lastIndex = 0;
  for (let np; (np = ARTICLE_NP.exec(head)); ) {
    if (np[1] && PREPOSITIONS.has(np[1].trim().toLowerCase())) continue;
    const adj = np[0].trim().split(/\s+/).slice(-2, -1)[0];
    let group = adj ? groupOfAdjective(adj) : null;
    const rest = head.slice((np.index ?? 0) + np[0].length);
    const place = /^\s+(?:in|aus)\s+(?:den\s+|der\s+|dem\s+)?(\p{Lu}[\p{L}-]+)/u.exec(rest);
    if (place) group = groupOfPlace(place[1]);
    return { noun: np[2], group };
  }
  return undefined;
}

/** Rejects digit groups that are labels, parts of words, list numbers, ordinals or phone numbers. */
function plausibleDigits(text: string, core: Core, raw: string, range: Span): boolean {
  const prev = text[core.start - 1];
  const next = text[core.end];
  // "F-16", "COVID-19", "+49 30 …".
  if ((prev === '-' || prev === '‑') && isLetter(text[core.start - 2])) return false;
  if (prev === '+' || prev === '/') return false;
  // "5G", "80er", "3D"; "10-jährige" and "3-Zimmer-Wohnung" are compounds, not amounts.
  if (isLetter(next)) return false;
  if ((next === '-' || next === '‑') && isLetter(text[core.end + 1])) return false;
  // Phone and file numbers start with a zero: "030 1234", "007".
  if (raw.length > 1 && raw[0] === '0' && raw[1] !== ',') return false;
  const before = text.slice(Math.max(range.start, core.start - 16), core.start);
  if (LABEL_BEFORE.test(before)) return false;
  // The second group of a phone number: "030 1234567", "+49 30 1234".
  if (/(?:^|\s)(?:\+|0)[\d ]*[\s/-]$/.test(before)) return false;
  // List numbering "1. " or "2) " at the start of a line.
  const onlySpaceBefore = lineOpensWith(text, core.start, range.start);
  if (onlySpaceBefore && (next === '.' || next === ')') && /^\s/.test(text[core.end + 1] ?? ' ')) return false;
  if (next === '.') {
    // "der 3. Platz", "am 3. November", "3. Mal" are ordinals; "stieg auf 3." ends a sentence.
    const after = /^\.\s*([\p{L}\p{N}]+)?/u.exec(text.slice(core.end, core.end + 30));
    const w = after?.[1];
    if (w && (/^[\p{Ll}\p{N}]/u.test(w) || MONTH.test(w))) return false;
    if (w && ORDINAL_BEFORE.test(before)) return false;
  }
  // Scores written out: "3 zu 1".
  if (/^\s+zu\s+\d/.test(text.slice(core.end, core.end + 8)) || /\d\s+zu\s+$/.test(before)) return false;
  // "3:1", "24/7" never reach here (parseDigits rejects them); "Seite 3 von 5" does via LABEL_BEFORE.
  return true;
}

/** True when only list or quote markers stand between the line start (or range start) and `pos`. */
export function lineOpensWith(text: string, pos: number, rangeStart: number): boolean {
  for (let i = pos - 1; i >= rangeStart && i >= pos - 8; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (!/[\s>*#-]/.test(c)) return false;
  }
  return pos - rangeStart <= 8;
}

/** A bare four-digit number between 1800 and 2100 is a year unless a counted noun follows it. */
function isYear(text: string, core: Core, range: Span): boolean {
  const raw = text.slice(core.start, core.end);
  if (!/^\d{4}$/.test(raw) || core.value < 1800 || core.value > 2100) return false;
  const before = text.slice(Math.max(range.start, core.start - 16), core.start);
  if (YEAR_BEFORE.test(before)) return true;
  WORD_AFTER.lastIndex = core.end;
  const m = WORD_AFTER.exec(text);
  return !(m && m.index === core.end && NOUN.test(m[1]) && !NOT_THING.test(m[1]) && !MONTH.test(m[1]));
}
