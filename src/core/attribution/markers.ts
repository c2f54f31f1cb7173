// Source markers, vague sources and hearsay in German news sentences, found by a few compiled patterns.
import type { Attribution, Doc, Entity, Span } from '../types';
import { sentenceUnits, type Unit } from './units';

/*
 * Recognised markers (kind 'source', `who` = the source phrase):
 *   laut X · nach Angaben des/der/von X · nach X-Angaben · nach ukrainischen Angaben · nach eigenen Angaben
 *   (who = the sentence's subject) · nach Informationen des X · nach X-Informationen · X zufolge ·
 *   wie X berichtet/mitteilte/sagte… · sagte X / berichtet X / teilte X … mit / so X (inverted) ·
 *   X sagte / X berichtet(e) / X teilte mit (subject first; pronouns count, with no `who`).
 * Vague sources (kind 'vague'): Berichten / Medienberichten / Presseberichten / Gerüchten / Experten /
 *   Beobachtern zufolge · nach (unbestätigten) Medienberichten · hieß es · heißt es · wie es hieß ·
 *   aus informierten Kreisen · aus …kreisen (Sicherheits-, Regierungs-, Militärkreisen) · wie verlautete ·
 *   Beobachter gehen davon aus. A "zufolge" whose phrase is only such a generic noun is vague too.
 * Hearsay (kind 'hearsay', never a source): reportative "soll/sollen … haben/sein/werden", offenbar,
 *   mutmaßlich, angeblich, vermutlich, wohl.
 */

const DET = String.raw`(?:[Dd]em|[Dd]er|[Dd]es|[Dd]en|[Dd]ie|[Dd]as|[Ee]inem|[Ee]iner|[Ee]ines|[Ee]in|[Ee]ine|[Ss]einem|[Ss]einer|[Ii]hrem|[Ii]hrer)`;
const ADJ = String.raw`\p{Ll}[\p{L}-]*(?:e|en|er|es|em)`;
// A name-like word, or a title in quotes ("„Bild“-Zeitung", "„Washington Post“").
const CAPW = String.raw`(?:\p{Lu}(?:[\p{L}\p{M}\d'’&-]|\.(?=\p{Lu}))*(?:(?<=\p{Lu})\.)?|„[^“”„\n]{1,40}[“”](?:-\p{L}+)?)`;
const NAME = String.raw`${CAPW}(?:\s+${CAPW}){0,3}`;
const GEN = String.raw`(?:\s+(?:des|der|von|vom)\s+(?:${DET}\s+)?(?:${ADJ}\s+){0,2}${NAME})?`;
const SRC = String.raw`(?:${DET}\s+)?(?:${ADJ}\s+){0,2}${NAME}${GEN}`;
const SRC_NODET = String.raw`(?:${ADJ}\s+){0,2}${NAME}${GEN}`;

const REPORT =
  'berichtet|berichtete|berichten|berichteten|mitteilte|mitteilten|mitteilt|meldete|meldet|melden|meldeten|' +
  'erklärte|erklärt|erklärten|sagte|sagt|sagten|bestätigte|bestätigt|bestätigten|schreibt|schrieb|schreiben|' +
  'verlautete|angab|angaben|betonte|warnte|ankündigte|bekanntgab|mitgeteilt hat|berichtet hat';
/** REPORT and the verbs that name who gives a figure; only the subject-first pattern needs them. */
const REPORT_ALL =
  REPORT +
  '|' +
  // Verbs that name who gives the figure ("Das Pentagon schätzt die Zahl auf …", "Verdi fordert acht Prozent").
  'schätzt|schätzte|schätzen|schätzten|beziffert|bezifferte|beziffern|bezifferten|spricht|sprach|sprachen|' +
  'gab|gaben|kündigte|kündigten|kündigt|räumte|räumten|räumt|rechnet|rechnete|rechnen|fordert|forderte|' +
  'fordern|forderten|klagt|klagte|entschied';
const INVERTED =
  'sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|berichtete|berichteten|berichtet|meldete|meldet|' +
  'teilte|teilten|teilt|schrieb|schreibt|bestätigte|bestätigt|warnte|schätzt|schätzte|beziffert|bezifferte|' +
  'kündigte|kündigten|gab|gaben|räumte|klagt|klagte|entschied|forderte|fordert|so';

/** Cheap gate: a unit without any of these cannot hold a marker. */
const HINT =
  /hervor|Berufung|[Ll]aut|zufolge|[Nn]ach |[Aa]ngaben|[Ii]nformationen|sag|erklär|bericht|teil|meld|bestätig|schr[ie]|betont|warnt|verlautet|hieß|heißt|[Kk]reisen|[Bb]eobachter|soll|[Oo]ffenbar|[Mm]utmaßlich|[Aa]ngeblich|[Vv]ermutlich|wohl|\bso\b/;
/** The verbs added for who-gives-the-figure; a unit with one of them passes the first gate too. */
const HINT2 = /schätz|beziffer|spr[ia]ch|\bgab|kündig|räumt|rechne|forder|klagt|entschied|Vernehmen/;

/** Per-pattern gates, so a unit only pays for the patterns whose keyword it contains. */
const VAGUE_HINT = /zufolge|hieß|heißt|[Kk]reisen|[Bb]eobachter|berichten|verlautete|Vernehmen|westlichen|inoffiziellen|unbestätigten/;
const VERB_HINT = /sag|erklär|bericht|teil|meld|bestätig|schr[ie]|betont|warnt|verlautet|angab|ankündigt|bekanntgab|\bso\b|schätz|beziffer|sprach|spricht|\bgab|kündig|räumt|rechne|forder|klagt|entschied/;
/** HEARSAY_ADV cannot match without one of these words. */
const HEARSAY_HINT = /[Oo]ffenbar|[Mm]utmaßlich|[Aa]ngeblich|[Vv]ermutlich|wohl/;

/** Bits of `gatesOf`: which gate patterns a unit contains a match of. */
const G_ANY = 1;
const G_VAGUE = 2;
const G_NACH = 4;
const G_WIE = 8;
const G_VERB = 16;
const G_HEARSAY = 32;
const GATES: [number, RegExp][] = [
  [G_ANY, HINT],
  [G_ANY, HINT2],
  [G_VAGUE, VAGUE_HINT],
  [G_NACH, /[Nn]ach /],
  [G_WIE, /[Ww]ie /],
  [G_VERB, VERB_HINT],
  [G_HEARSAY, HEARSAY_HINT],
];

/**
 * Every alternative of every gate in one pattern, longest first. Alternatives that match at the same place
 * match a text and a prefix of it, so the longest one is reported there, and the gates tested on its text
 * see the shorter one too.
 */
const TRIGGER = new RegExp(
  [...new Set(GATES.flatMap(([, re]) => re.source.split('|')))]
    .sort((a, b) => literalLength(b) - literalLength(a))
    .join('|'),
  'g',
);

/** Characters an alternative of a gate matches: `\b` none, a class `[..]` one. */
function literalLength(alternative: string): number {
  return alternative.replace(/\\b/g, '').replace(/\[[^\]]*\]/g, '.').length;
}

/** Gate bits per matched trigger text; the texts are the alternatives' spellings, a few hundred at most. */
const TRIGGER_BITS = new Map<string, number>();

/**
 * The gates whose pattern matches somewhere in `t`, as testing each on `t` would tell, from one scan: each
 * place where a trigger starts is visited (the scan goes on one character after it, so a trigger inside
 * another is seen too), and the text found there is tested against the gates once per spelling. A gate's
 * `\b` holds at the edges of that text exactly where it holds in `t`: only "so" and "gab" carry one there,
 * and they are found only by their own alternatives, which test the same boundary in `t`.
 */
export function gatesOf(t: string): number {
  let bits = 0;
  TRIGGER.lastIndex = 0;
  for (let m; (m = TRIGGER.exec(t)); TRIGGER.lastIndex = m.index + 1) {
    let b = TRIGGER_BITS.get(m[0]);
    if (b === undefined) {
      b = 0;
      for (const [bit, re] of GATES) if (re.test(m[0])) b |= bit;
      TRIGGER_BITS.set(m[0], b);
    }
    bits |= b;
  }
  return bits;
}

/** The gates tested one by one, the plain reading of `gatesOf`; kept for the property test. */
export function gatesByPattern(t: string): number {
  let bits = 0;
  for (const [bit, re] of GATES) if (re.test(t)) bits |= bit;
  return bits;
}

const LAUT = new RegExp(String.raw`\b[Ll]aut\s+(${SRC})`, 'gu');
const NACH_ANGABEN = new RegExp(
  String.raw`\b[Nn]ach\s+(?:(?:einer|einem|der|den|dem)\s+)?(?:(?:neuen|neuesten|offiziellen|ersten|jüngsten|bisherigen|vorläufigen|aktuellen|übereinstimmenden|repräsentativen)\s+)*(?:Angaben|Informationen|Erkenntnissen|Schätzungen|Schätzung|Einschätzung|Zahlen|Daten|Berichten|Darstellung|Ansicht|Auffassung|Umfrage|Studie|Erhebung|Analyse|Auswertung|Berechnungen|Prognose|Zählung)\s+(?:(?:des|der|von|vom|aus)\s+)?(${SRC_NODET})`,
  'gu',
);
/** Fallback for phrases the strict pattern cannot parse ("des von der Hamas kontrollierten Ministeriums"). */
const NACH_ANGABEN_LOOSE = new RegExp(
  String.raw`\b[Nn]ach\s+(?:\p{Ll}+\s+)?(?:Angaben|Informationen|Erkenntnissen|Berichten)\s+(?:des|der|von|vom)\s+((?:[\p{L}-]+\s+){0,4}\p{Lu}[\p{L}\p{M}-]*)`,
  'gu',
);
const NACH_X_ANGABEN = new RegExp(String.raw`\b[Nn]ach\s+(\p{Lu}[\p{L}-]*?)-?(?:[Aa]ngaben|[Ii]nformationen|[Ss]chätzungen)\b`, 'gu');
const NACH_ADJ_ANGABEN = new RegExp(
  String.raw`\b[Nn]ach\s+(\p{Ll}+(?:ischen|schen)|offiziellen|amtlichen|behördlichen|polizeilichen|staatlichen)\s+(?:Angaben|Informationen|Schätzungen|Zahlen)\b`,
  'gu',
);
const NACH_EIGENEN = /\b[Nn]ach\s+eigenen\s+(?:Angaben|Informationen|Schätzungen)\b/gu;
const ZUFOLGE = /\bzufolge\b/gu;
const HERVOR = new RegExp(String.raw`\b(?:(?:geht|gehen|ging|gingen)\s+(?:\p{Ll}+\s+){0,2}aus\s+(${SRC})\s+hervor|[Aa]us\s+(${SRC})\s+(?:geht|ging)\s+hervor)`, 'gu');
const BERUFUNG = new RegExp(String.raw`\b[Uu]nter\s+Berufung\s+auf\s+(${SRC})`, 'gu');
const WIE = new RegExp(String.raw`\b[Ww]ie\s+(${SRC}|es)\s+(?:[\p{L}\d.]+\s+){0,4}?(?:${REPORT}|hieß|heißt)(?![\p{L}])`, 'gu');
const VERB_FIRST = new RegExp(String.raw`\b(${INVERTED})\s+(${SRC}|er|sie)(?=[\s,.;:!?“”"»«]|$)`, 'gu');
const INVERTED_END = /^\s*(?:[.,;:!?“”"»«)–—]|$|(?:am|im|vom|von|über|davon|darüber|dass|gegenüber|in|auf|bei|unter|nach|vor|zufolge|dem|der|den|dazu|dann|zuletzt|bereits|außerdem|zudem|ebenfalls|auch|weiter)\b)/;
/**
 * Verbs that are a source marker only with their particle or preposition in the clause: "teilte … mit",
 * "kündigte … an", "gab … an/bekannt", "räumte … ein" (a separable particle ends the clause, so "Es gab an der
 * Grenze Tote" is no source), "spricht von", "schätzt/beziffert … auf", "rechnet mit". Death tolls are no
 * demand: "Das Erdbeben forderte neun Todesopfer" names no source.
 */
const PARTICLES: [RegExp, RegExp][] = [
  [/^teil/, /\bmit\b/],
  [/^kündig/, /\ban\s*(?:[,.;:!?“"”»]|$)/],
  [/^gab/, /\b(?:an|bekannt)\s*(?:[,.;:!?“"”»]|$)/],
  [/^räumt/, /\bein\s*(?:[,.;:!?“"”»]|$)/],
  [/^(?:spr[ia]ch|sprech)/, /^\s*\S*\s*(?:\S+\s+){0,3}?von\b/],
  [/^(?:schätz|beziffer)/, /\bauf\b/],
  [/^rechne/, /\bmit\b/],
  [/^forder/, /^(?![^,;.]*\b(?:Tote|Todesopfer|Opfer|Menschenleben|Leben|Verletzte)\b)/],
];

/** False when the verb needs a particle or preposition the rest of its clause lacks. */
function particleOk(verb: string, rest: string): boolean {
  for (const [v, p] of PARTICLES) if (v.test(verb)) return p.test(rest);
  return true;
}

const SUBJECT_VERB = new RegExp(String.raw`\b(?:${REPORT_ALL}|teilte|teilten|teilt)\b`, 'gu');

const VAGUE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:(?:[Uu]nbestätigten|[Üü]bereinstimmenden|[Ee]rsten|[Jj]üngsten)\s+)?(?:[Mm]edien|[Pp]resse|[Zz]eitungs)?[Bb]erichten\s+zufolge`,
    String.raw`\b(?:[Gg]erüchten|[Ee]xperten|[Bb]eobachtern|[Ii]nsidern|[Kk]reisen)\s+zufolge`,
    String.raw`\b[Nn]ach\s+(?:unbestätigten\s+)?(?:[Mm]edien|[Pp]resse)berichten`,
    String.raw`\b(?:[Ww]ie\s+es\s+(?:hieß|heißt)|hieß\s+es|heißt\s+es|[Ww]ie\s+verlautete)(?![\p{L}])`,
    String.raw`\b[Aa]us\s+(?:gut\s+)?(?:informierten\s+)?\p{L}*[Kk]reisen(?:\s+(?:des|der)\s+${NAME})?`,
    String.raw`\b[Bb]eobachter\s+gehen\s+davon\s+aus`,
    // Estimates of no one in particular: "nach westlichen Schätzungen", "dem Vernehmen nach".
    String.raw`\b[Nn]ach\s+(?:westlichen|inoffiziellen|unbestätigten)\s+(?:Angaben|Schätzungen|Informationen)`,
    String.raw`\b[Dd]em\s+Vernehmen\s+nach\b`,
  ].join('|'),
  'gu',
);

/** Nouns that name no one in particular: a "zufolge" or "laut" with only these is vague. */
const GENERIC_SOURCE = /^(?:(?:den|dem|der)\s+)?(?:\p{Ll}+\s+)*(?:(?:Medien|Presse|Zeitungs)berichte[n]?|Berichten|Berichte|Bericht|Experten|Beobachtern|Beobachter|Kreisen|Quellen|Insidern|Schätzungen|Gerüchten|Angaben|Informationen|Diplomaten)$/u;

const HEARSAY_ADV = /\b(?:[Oo]ffenbar|[Mm]utmaßlich(?:e[nmrs]?)?|[Aa]ngeblich(?:e[nmrs]?)?|[Vv]ermutlich|wohl)\b/gu;
/** Reportative "sollen": the modal with a perfect or passive infinitive later in the same clause. */
const SOLL = /\b(?:[Ss]oll|[Ss]ollen)\b(?=(?:[^,;.!?]|\.(?=\d))*?\b(?:haben|sein|werden)\b)/gu;

/** Capitalised words that open a sentence without naming anyone. */
const NOT_A_SOURCE = new Set(
  (
    'Am Im Vom Zum Zur Beim Nach Laut Dann Danach Auch Zudem Außerdem Heute Gestern Morgen Es Doch Aber Und ' +
    'Wie Wo Was Wer So Bereits Schon Jetzt Nun Damals Inzwischen Zuvor Später Dies Diese Dieser Dieses ' +
    'Bei In An Auf Aus Mit Für Seit Über Unter Vor Zwischen Trotz Wegen Während Von Durch Gegen Ohne Um Bis Ab Montag Dienstag Mittwoch ' +
    'Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli August September Oktober ' +
    'November Dezember Das Der Die Den Dem Des Ein Eine Einer Ich Wir Ihr Man Hier Dort Da Als Wenn Weil ' +
    'Dass Ob Obwohl Insgesamt Allerdings Jedoch Deshalb Daher Trotzdem Dabei Dazu Zuletzt Zunächst Erst Noch ' +
    // Fronted objects of "schätzt … auf", "beziffert … auf": "Die Kosten schätzt die Verwaltung auf …".
    'Kosten Schaden Sachschaden Schäden Zahl Summe Höhe Preis Preise Lage'
  ).split(' '),
);

interface Found {
  a: Attribution;
  /** Lower wins when two markers overlap: vague phrases before the source patterns that contain them. */
  rank: number;
}

function firstWord(phrase: string): string {
  const m = /^[\p{L}\p{M}\d.'’&-]+/u.exec(phrase);
  return m ? m[0] : '';
}

/** A source phrase is acceptable when, after its article, it starts with a name-like word. */
function namesSomeone(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  let i = 0;
  while (i < words.length && /^\p{Ll}/u.test(words[i])) i++;
  if (/^(?:Dem|Der|Des|Den|Die|Das|Einem|Einer|Eines|Ein|Eine|Seinem|Seiner|Ihrem|Ihrer)$/.test(words[0] ?? '')) i = 1;
  while (i < words.length && /^\p{Ll}/u.test(words[i])) i++;
  const w = words[i];
  return !!w && /^[\p{Lu}„]/u.test(w) && !NOT_A_SOURCE.has(w);
}

/** Trims a trailing sentence dot from a phrase unless the last word is an abbreviation ("F.A.Z."). */
function trimPhrase(phrase: string): string {
  if (phrase.endsWith('.') && !/(?:^|\s|\.)\p{Lu}\.$/u.test(phrase)) return phrase.slice(0, -1);
  return phrase;
}

/** Walks back from `end` over a source phrase ("Dem südkoreanischen Geheimdienst", "Angaben der Polizei"). */
export function phraseBefore(text: string, from: number, end: number): { start: number; phrase: string } | undefined {
  // Seven words fit in well under 160 characters; looking further only costs time on hostile text.
  from = Math.max(from, end - 160);
  let start = end;
  let taken = 0;
  // The words are read from the end, one at a time, and only as far as the phrase goes: most phrases stop
  // after a word or two, so reading every word of the 160 characters first was wasted.
  for (let w = wordBefore(text, from, end); w && taken < 7; w = wordBefore(text, from, w.start)) {
    if (!/^\s*$/.test(text.slice(w.end, start))) break;
    const raw = text.slice(w.start, w.end);
    const word = raw.endsWith('.') ? raw.slice(0, -1) : raw;
    if (!phraseWord(text, from, w, word, taken)) break;
    start = w.start;
    taken++;
  }
  return trimmedPhrase(text, start, end);
}

/** Whether `word` (the word `w` without a final dot) continues a phrase read backwards, `taken` words long so far. */
function phraseWord(text: string, from: number, w: Span, word: string, taken: number): boolean {
  if (taken > 0 && /^(?:in|aus|im)$/.test(word)) {
    // "Das Ministerium in Gaza": a place attached by "in"/"aus" belongs to the phrase when a noun precedes it.
    const p = wordBefore(text, from, w.start);
    const prev = p ? text.slice(p.start, p.end) : '';
    if (p && /^\p{Lu}/u.test(prev) && !NOT_A_SOURCE.has(prev)) return true;
  }
  return (
    (/^\p{Lu}/u.test(word) && !NOT_A_SOURCE.has(word)) ||
    /^(?:dem|der|des|den|die|das|einem|einer|eines|ein|eine|von|vom|Dem|Der|Des|Den|Die|Das|Einem|Einer|Eines|Ein|Eine)$/.test(word) ||
    (/^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u.test(word) && !/^(?:haben|werden|wurden|sollen|seien|waren|einen|dem|den)$/.test(word))
  );
}

/** The phrase text.slice(start, end), trimmed, without leading "von"/"vom"/"des"/"der"; undefined when it names no one. */
function trimmedPhrase(text: string, start: number, end: number): { start: number; phrase: string } | undefined {
  // Drop leading words that cannot open a phrase ("von", stray adjectives are fine: "unbestätigten Berichten").
  const raw = text.slice(start, end);
  let phrase = raw.trim();
  start += raw.length - raw.trimStart().length;
  // The cut is the matched word and all whitespace after it (a tab or NBSP too), so the loop always advances.
  for (let m; (m = /^(?:von|vom|des|der)\s+/.exec(phrase)); ) {
    start += m[0].length;
    phrase = phrase.slice(m[0].length);
  }
  if (!phrase || !/\p{Lu}/u.test(phrase)) return undefined;
  return { start, phrase };
}

/** A character of a phrase word: a letter, a mark, an ASCII digit, or one of . ' ’ & - (one code point). */
const WORD_CHAR = /^[\p{L}\p{M}\d.'’&-]$/u;

/**
 * Length of the word character that ends at `pos` (2 for a letter outside the BMP), or 0. A surrogate pair
 * counts only when both halves lie at or after `from`, as a regex over text.slice(from) would read it.
 */
function wordCharBefore(text: string, from: number, pos: number): number {
  const c = text.charCodeAt(pos - 1);
  if (c < 128) {
    // ASCII: letters, digits and . ' & -
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45 ? 1 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff && pos - 2 >= from) {
    const h = text.charCodeAt(pos - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD_CHAR.test(text.slice(pos - 2, pos)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[pos - 1]) ? 1 : 0;
}

/**
 * The last word (a maximal run of word characters) that ends at or before `pos` and starts at or after
 * `from`, cut at `from`; the words of text.slice(from, pos) read from the end.
 */
function wordBefore(text: string, from: number, pos: number): Span | undefined {
  let end = pos;
  while (end > from && wordCharBefore(text, from, end) === 0) end--;
  if (end <= from) return undefined;
  let start = end;
  for (let n; start > from && (n = wordCharBefore(text, from, start)) > 0; ) start -= n;
  return { start, end };
}

/** The plain reading of `phraseBefore`: every word of the look-back by a regex, then walked from the end. Kept for the property test. */
export function phraseBeforeByRegex(text: string, from: number, end: number): { start: number; phrase: string } | undefined {
  // Seven words fit in well under 160 characters; looking further only costs time on hostile text.
  from = Math.max(from, end - 160);
  const before = text.slice(from, end);
  const words = [...before.matchAll(/[\p{L}\p{M}\d.'’&-]+/gu)];
  let k = words.length;
  let start = end;
  let taken = 0;
  while (k > 0 && taken < 7) {
    const w = words[k - 1];
    const gap = before.slice(w.index! + w[0].length, start - from);
    if (!/^\s*$/.test(gap)) break;
    const word = w[0].replace(/\.$/, '');
    // "Das Ministerium in Gaza": a place attached by "in"/"aus" belongs to the phrase when a noun precedes it.
    const attached =
      taken > 0 && /^(?:in|aus|im)$/.test(word) && k >= 2 && /^\p{Lu}/u.test(words[k - 2][0]) && !NOT_A_SOURCE.has(words[k - 2][0]);
    const ok =
      attached ||
      (/^\p{Lu}/u.test(word) && !NOT_A_SOURCE.has(word)) ||
      /^(?:dem|der|des|den|die|das|einem|einer|eines|ein|eine|von|vom|Dem|Der|Des|Den|Die|Das|Einem|Einer|Eines|Ein|Eine)$/.test(word) ||
      (/^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u.test(word) && !/^(?:haben|werden|wurden|sollen|seien|waren|einen|dem|den)$/.test(word));
    if (!ok) break;
    start = from + w.index!;
    k--;
    taken++;
  }
  return trimmedPhrase(text, start, end);
}

function push(out: Found[], text: string, start: number, end: number, kind: Attribution['kind'], rank: number, who?: string): void {
  const a: Attribution = { start, end, text: text.slice(start, end), kind };
  if (who) a.who = who;
  out.push({ a, rank });
}

/** The subject at the start of a unit, for "nach eigenen Angaben": an entity if one is there, else a name phrase. */
function subjectOf(unit: Unit, entities: Entity[], before: number, after: number): string | undefined {
  const m = SUBJECT_AT_START.exec(unit.text);
  if (m && namesSomeone(m[0]) && unit.start + m[0].length <= before) return trimPhrase(m[0]);
  const e = entities.find((x) => x.start >= unit.start && x.end <= before);
  if (e) return e.text;
  // "Nach eigenen Angaben verkaufte der Hersteller …": the subject follows the fronted verb.
  const v = SUBJECT_AFTER_VERB.exec(unit.text.slice(after - unit.start));
  if (v && namesSomeone(v[1])) return trimPhrase(v[1]);
  return undefined;
}

const SUBJECT_AT_START = new RegExp(String.raw`^(?:${DET}\s+)?(?:${ADJ}\s+){0,2}${NAME}`, 'u');
const SUBJECT_AFTER_VERB = new RegExp(String.raw`^\s+\p{Ll}+\s+(${DET}\s+(?:${ADJ}\s+){0,2}${NAME})`, 'u');

function scanUnit(doc: Doc, unit: Unit, gates: number, entities: Entity[], out: Found[]): void {
  const t = unit.text;
  const base = unit.start;
  const text = doc.text;
  let m: RegExpExecArray | null;

  if (gates & G_VAGUE) for (VAGUE.lastIndex = 0; (m = VAGUE.exec(t)); ) push(out, text, base + m.index, base + m.index + m[0].length, 'vague', 0);

  if (t.includes('aut ')) for (LAUT.lastIndex = 0; (m = LAUT.exec(t)); ) {
    const phrase = trimPhrase(m[1]);
    if (!namesSomeone(phrase)) continue;
    const end = base + m.index + m[0].length - (m[1].length - phrase.length);
    const kind = GENERIC_SOURCE.test(phrase) ? 'vague' : 'source';
    push(out, text, base + m.index, end, kind, 1, kind === 'source' ? phrase : undefined);
  }
  const nach = (gates & G_NACH) !== 0;
  if (nach) for (NACH_ANGABEN.lastIndex = 0; (m = NACH_ANGABEN.exec(t)); ) {
    const phrase = trimPhrase(m[1]);
    const end = base + m.index + m[0].length - (m[1].length - phrase.length);
    const vague = /[Kk]reisen$/.test(phrase) || !namesSomeone(phrase) || GENERIC_SOURCE.test(phrase);
    push(out, text, base + m.index, end, vague ? 'vague' : 'source', 1, vague ? undefined : phrase);
  }
  if (nach) for (NACH_ANGABEN_LOOSE.lastIndex = 0; (m = NACH_ANGABEN_LOOSE.exec(t)); ) {
    if (/[Kk]reisen$/.test(m[1])) continue;
    push(out, text, base + m.index, base + m.index + m[0].length, 'source', 1.5, m[1]);
  }
  if (nach) for (NACH_X_ANGABEN.lastIndex = 0; (m = NACH_X_ANGABEN.exec(t)); ) {
    if (/^(?:Medien|Presse)$/.test(m[1])) continue;
    push(out, text, base + m.index, base + m.index + m[0].length, 'source', 1, m[1].replace(/-$/, ''));
  }
  if (nach) for (NACH_ADJ_ANGABEN.lastIndex = 0; (m = NACH_ADJ_ANGABEN.exec(t)); ) {
    push(out, text, base + m.index, base + m.index + m[0].length, 'source', 1, m[1]);
  }
  if (nach) for (NACH_EIGENEN.lastIndex = 0; (m = NACH_EIGENEN.exec(t)); ) {
    push(out, text, base + m.index, base + m.index + m[0].length, 'source', 1, subjectOf(unit, entities, base + m.index, base + m.index + m[0].length));
  }
  if (t.includes('hervor')) for (HERVOR.lastIndex = 0; (m = HERVOR.exec(t)); ) {
    const phrase = trimPhrase(m[1] ?? m[2]);
    if (!namesSomeone(phrase)) continue;
    push(out, text, base + m.index, base + m.index + m[0].length, GENERIC_SOURCE.test(phrase) ? 'vague' : 'source', 1, phrase);
  }
  if (t.includes('Berufung')) for (BERUFUNG.lastIndex = 0; (m = BERUFUNG.exec(t)); ) {
    const phrase = trimPhrase(m[1]);
    const vague = /[Kk]reise$/.test(phrase) || GENERIC_SOURCE.test(phrase);
    if (!vague && !namesSomeone(phrase)) continue;
    const end = base + m.index + m[0].length - (m[1].length - phrase.length);
    push(out, text, base + m.index, end, vague ? 'vague' : 'source', 1, vague ? undefined : phrase);
  }
  if (t.includes('zufolge')) for (ZUFOLGE.lastIndex = 0; (m = ZUFOLGE.exec(t)); ) {
    const p = phraseBefore(text, base, base + m.index);
    if (!p) continue;
    const phrase = trimPhrase(p.phrase);
    const vague = GENERIC_SOURCE.test(phrase);
    push(out, text, p.start, base + m.index + m[0].length, vague ? 'vague' : 'source', 1, vague ? undefined : phrase);
  }
  if (gates & G_WIE) for (WIE.lastIndex = 0; (m = WIE.exec(t)); ) {
    if (m[1] === 'es') continue;
    const phrase = trimPhrase(m[1]);
    if (!namesSomeone(phrase)) continue;
    push(out, text, base + m.index, base + m.index + m[0].length, 'source', 1, phrase);
  }
  const inverted: number[] = [];
  const verbs = (gates & G_VERB) !== 0;
  if (verbs) for (VERB_FIRST.lastIndex = 0; (m = VERB_FIRST.exec(t)); ) {
    const verb = m[1];
    const phrase = trimPhrase(m[2]);
    const pronoun = phrase === 'er' || phrase === 'sie';
    if (!pronoun && !namesSomeone(phrase)) continue;
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 300);
    // "teilte X mit" needs its particle; "sagte … ab/zu" is a different verb (absagen, zusagen).
    if (!particleOk(verb, rest)) continue;
    if (/^sagt/.test(verb) && /\b(?:ab|zu)\s*[.!?]*$/.test(rest)) continue;
    // "so" is a source marker only after a comma or quote: "…, so Müller".
    if (verb === 'so' && (pronoun || !/(?:^|[,–—]\s*|[“"”]\s*,?\s*)$/.test(t.slice(Math.max(0, m.index - 6), m.index)))) continue;
    if (verb === 'so' && !/^(?:dem|der|des|den|die|das)$/i.test(firstWord(phrase)) && !/^\p{Lu}/u.test(phrase)) continue;
    // The phrase after an inverted verb is its subject only if the clause ends there or goes on with an
    // adverbial ("sagte Müller am Montag"); "bestätigte die Entsendung jedoch nicht" has an object instead.
    // With a name right before the verb ("Ein Sprecher sagte der Agentur AFP"), that name is the subject.
    if (verb !== 'so') {
      const p = phraseBefore(text, base, base + m.index);
      if (p && namesSomeone(p.phrase) && /(?:^|[,;:„"“]\s*)$/.test(text.slice(Math.max(base, p.start - 4), p.start))) continue;
    }
    if (verb !== 'so' && !PARTICLES.some(([v]) => v.test(verb)) && !INVERTED_END.test(t.slice(m.index + m[0].length - (m[2].length - phrase.length)))) continue;
    const end = base + m.index + m[0].length - (m[2].length - phrase.length);
    push(out, text, base + m.index, end, 'source', 2, pronoun ? undefined : phrase);
    inverted.push(base + m.index);
  }
  if (verbs) for (SUBJECT_VERB.lastIndex = 0; (m = SUBJECT_VERB.exec(t)); ) {
    const at = base + m.index;
    if (inverted.includes(at)) continue;
    const rest = t.slice(m.index + m[0].length, m.index + 300);
    if (!particleOk(m[0], rest)) continue;
    if (/^sagt/.test(m[0]) && /\b(?:ab|zu)\s*[.!?]*$/.test(rest)) continue;
    // The subject stands right before the verb, at the start of the unit or of a clause.
    const headFrom = Math.max(0, m.index - 12);
    const head = (headFrom > 0 ? ' ' : '') + t.slice(headFrom, m.index);
    const pron = /(?:^|[,;:„"“]\s*|\bund\s+)(Er|er|Sie|sie)\s+$/.exec(head);
    if (pron) {
      push(out, text, at - (head.length - pron.index - pron[0].lastIndexOf(pron[1])), at + m[0].length, 'source', 3);
      continue;
    }
    const p = phraseBefore(text, base, at);
    if (!p) continue;
    const lead = text.slice(Math.max(base, p.start - 8), p.start);
    if (p.start !== base && !/(?:[,;:„"“]\s*|\b(?:und|dass)\s+)\s*$/.test(lead)) continue;
    const phrase = trimPhrase(p.phrase);
    if (!namesSomeone(phrase)) continue;
    push(out, text, p.start, at + m[0].length, 'source', 3, phrase);
  }
  if (t.includes('oll')) for (SOLL.lastIndex = 0; (m = SOLL.exec(t)); ) push(out, text, base + m.index, base + m.index + m[0].length, 'hearsay', 4);
  if (gates & G_HEARSAY) for (HEARSAY_ADV.lastIndex = 0; (m = HEARSAY_ADV.exec(t)); ) push(out, text, base + m.index, base + m.index + m[0].length, 'hearsay', 4);
}

/**
 * Source markers, vague sources and hearsay of the doc, in text order. With `only`, just the units it marks
 * (by index) are read: the corpus index reads those that can source a keyed figure (`sourceUnits`).
 */
export function extractAttributions(doc: Doc, entities: Entity[], only?: readonly boolean[]): Attribution[] {
  const out: Attribution[] = [];
  const units = sentenceUnits(doc);
  for (let i = 0; i < units.length; i++) {
    if (only && !only[i]) continue;
    const unit = units[i];
    const gates = gatesOf(unit.text);
    if (!(gates & G_ANY)) continue;
    const found: Found[] = [];
    scanUnit(doc, unit, gates, entities, found);
    // Overlaps (only ever within a unit) keep the better-ranked marker, then the longer one.
    found.sort((x, y) => x.rank - y.rank || y.a.end - y.a.start - (x.a.end - x.a.start) || x.a.start - y.a.start);
    const kept: Attribution[] = [];
    for (const { a } of found) if (!kept.some((k) => k.start < a.end && a.start < k.end)) kept.push(a);
    kept.sort((x, y) => x.start - y.start);
    for (const a of kept) out.push(a);
  }
  return out;
}
