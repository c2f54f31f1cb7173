// German sentence splitting of one prose block: parse-latin boundaries, corrected by German rules.
// parse-latin is ESM-only; tsx, esbuild and Node ≥ 20.19 load it from this CommonJS build, tsc objects.
// @ts-expect-error TS1479: an ES module imported from CommonJS.
import { ParseLatin } from 'parse-latin';
import type { Span, Token } from '../types';
import type { Block } from './blocks';
import { parseDateLine } from './dateparse';
import { tokenize } from './tokens';

/** A sentence with offsets relative to the chunk it was computed in. */
export interface RawSentence extends Span {
  tokens: Token[];
  /** Paragraph within the block: lines that stand alone (titles, one-line paragraphs) count as paragraphs. */
  sub: number;
}

const parser = new ParseLatin();
// parse-latin's English habits would hide German boundaries: it glues every sentence that starts with
// a digit to the one before ("… stieg auf 112. 2024 war …") and treats any 1–3 digit number before a
// full stop as an ordinal. Both decisions are taken below with German context instead.
// The two sit at indexes 3 and 4 of parse-latin 7's twelve paragraph plugins; the length check keeps a
// different version from losing the wrong ones (the tests on "112. 2024" and "am 23. November" notice).
// breakImplicitSentences (index 9) only splits at whitespace holding two line breaks; latinInput() turns
// every line break into a space, so on this parser's input it never fires, and its pass is saved.
const germanPlugins = parser.tokenizeParagraphPlugins.length === 12;
if (germanPlugins) {
  parser.tokenizeParagraphPlugins.splice(9, 1);
  parser.tokenizeParagraphPlugins.splice(3, 2);
}

// parse-latin's own tokenizer tests up to three Unicode regexes per character and was half of its cost.
// This one is the same loop (same nodes, values, shared position objects) with each character's class
// looked up in a table filled on first sight by asking the original tokenizer about that one character,
// so the classes cannot drift from parse-latin's.
const NODE_TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
const WS = 1;
const PUNCT = 2;
const WORD = 3;
const classes = new Uint8Array(65536);
const latinTokenize = parser.tokenize as (value: string) => { type: string }[];

function classOf(code: number): number {
  let k = classes[code];
  if (k === 0) {
    k = NODE_TYPES.indexOf(latinTokenize.call(parser, String.fromCharCode(code))[0].type);
    classes[code] = k;
  }
  return k;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** parse-latin's token nodes of `value`, as its own tokenizer makes them (exported for the test that says so). */
export function latinTokens(value: string): unknown[] {
  const children: unknown[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  let start: Point = { line, column, offset };
  let previousType = 0;
  let previous = -1;
  const node = (type: number, text: string): unknown => {
    const name = NODE_TYPES[type];
    return name === 'WordNode'
      ? {
          type: name,
          children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset } } }],
          position: { start, end: { line, column, offset } },
        }
      : { type: name, value: text, position: { start, end: { line, column, offset } } };
  };
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const type = classOf(code);
    if (
      from < index &&
      previousType &&
      !(previousType === type && (type === WORD || type === WS || code === previous || (code >= 0xd800 && code <= 0xdfff)))
    ) {
      children.push(node(previousType, value.slice(from, index)));
      from = index;
      start = { line, column, offset };
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (code !== 10) column++;
    offset++;
    previousType = type;
    previous = code;
  }
  if (previousType && from < value.length) children.push(node(previousType, value.slice(from)));
  return children;
}

/**
 * The nodes parse-latin needs to find the same sentence ends, fewer of them: on a line without line
 * breaks, a run of words separated by spaces or by a comma, semicolon or colon and a space ("Roth, der"), standing between
 * spaces (or the ends), is one WordNode spanning the run. No plugin can tell the difference: the ones
 * that join symbols to words only look at "&", "-", "/", "." and inner word symbols (":" only with a word
 * right after it), never a comma, and a run's outer words touch no symbol; a comma or semicolon matters
 * only as the first mark of a sentence
 * (mergeAffixExceptions), and a run starts with a word; the sentence plugins ask whether a sentence
 * has a word (it does), what the first word starts with (the run's first letter) and which word stands
 * before a final full stop (never one in a run). Commas halve the nodes of a German sentence. Offsets stay those of the text. The test
 * "findet mit zusammengefassten Wörtern dieselben Satzenden" holds this against parse-latin's own nodes.
 */
export function latinTokensGlued(value: string): unknown[] {
  if (!value || value.includes('\n') || value.includes('\r')) return latinTokens(value);
  // Token boundaries first (the same rule as latinTokens), nodes only for what survives the gluing.
  const types: number[] = [];
  const starts: number[] = [];
  let previousType = 0;
  let previous = -1;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const type = classOf(code);
    if (!(index > 0 && previousType === type && (type === WORD || type === WS || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
      types.push(type);
      starts.push(index);
    }
    previousType = type;
    previous = code;
  }
  const n = types.length;
  starts.push(value.length);
  // Without line breaks a point is its offset: line 1, column offset + 1.
  const point = (offset: number): Point => ({ line: 1, column: offset + 1, offset });
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    let j = i;
    if (types[i] === WORD && (i === 0 || types[i - 1] === WS)) {
      // The run must end before a space or the end, so its last word touches no symbol: `good` is the
      // last word where it may end.
      let good = i;
      for (;;) {
        if (j + 2 < n && types[j + 1] === WS && types[j + 2] === WORD) j += 2;
        else if (j + 3 < n && types[j + 1] === PUNCT && starts[j + 2] - starts[j + 1] === 1 && RUN_MARKS.has(value.charCodeAt(starts[j + 1])) && types[j + 2] === WS && types[j + 3] === WORD) j += 3;
        else break;
        if (j + 1 >= n || types[j + 1] === WS) good = j;
      }
      j = good;
    }
    const from = starts[i];
    const to = starts[j + 1];
    const start = point(from);
    const text = value.slice(from, to);
    const name = NODE_TYPES[types[i]];
    out.push(
      name === 'WordNode'
        ? { type: name, children: [{ type: 'TextNode', value: text, position: { start, end: point(to) } }], position: { start, end: point(to) } }
        : { type: name, value: text, position: { start, end: point(to) } },
    );
    i = j;
  }
  return out;
}

// Marks that may stand inside a run before a space: ",", ";" (parse-latin only looks at them as a sentence's
// first mark) and ":" (an inner word symbol only when a word follows it directly).
const RUN_MARKS = new Set([44, 58, 59]);

parser.tokenize = latinTokensGlued as typeof parser.tokenize;

/** The tokenizer parse-latin ships, for comparison. */
export const originalLatinTokens = (value: string): unknown[] => latinTokenize.call(parser, value);

// Abbreviations that never end a sentence in news copy (case matters: "Fr." Frau, not "fr.").
const ABBR = new Set(
  (
    'Dr Prof Nr Nrn St Hr Fr Frl Hrsg Mio Mrd Tsd Bd Abs Art Kap Ziff Bsp Str Tel Abt Anm Dipl Ing Gen Adm Lt Hptm Maj ' +
    'Oberstlt Kpt Sgt Abg Präs Vors Dir Univ Inst Pfr Mr Mrs Ms Co Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez ' +
    'Mo Di Mi Do Sa So ca bzw vgl sog ggf evtl inkl exkl zzgl bspw bzgl geb gest ehem dt engl franz ital russ ' +
    'lat griech max min mind rd resp urspr verh Ca Bzw Vgl Sog Ggf Evtl Inkl Ehem'
  ).split(' '),
);

const MONTHS = new Set(
  'Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez'.split(
    ' ',
  ),
);

// Nouns that follow an ordinal ("zum 1. Mal", "im 20. Jahrhundert").
const ORDINAL_NOUNS = new Set(
  (
    'Mal Jahrhundert Jh Jahrtausend Platz Rang Stock Stockwerk Etage Klasse Liga Runde Spieltag Lebensjahr Geburtstag ' +
    'Jahrestag Todestag Amtszeit Sitzung Legislaturperiode Bundesliga Armee Division Brigade Kompanie Bataillon Regiment ' +
    'Korps Flotte Sinfonie Symphonie Auflage Ausgabe Kapitel Absatz Artikel Woche Monat Quartal Halbjahr Etappe Minute ' +
    'Versuch Anlauf Wahlgang Stelle Bezirk Parteitag Gipfel Jahrgang Grad Kongress Sanktionspaket Paket Tag'
  ).split(' '),
);

// Words before a number that make it an ordinal ("am 23.", "der 3.", "zum 1.").
const ORDINAL_CONTEXT = new Set(
  (
    'am im vom zum beim bis ab seit zur vor nach zwischen und oder bzw der die das den dem des ein eine einer eines ' +
    'einem einen sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres jeder jede jedes jeden jedem ' +
    'unser unsere dieser diese dieses diesen diesem kommenden vergangenen letzten montag dienstag mittwoch donnerstag ' +
    'freitag samstag sonnabend sonntag'
  ).split(' '),
);

// Pieces of page furniture that are never part of a sentence.
const FURNITURE = new Set(
  [
    'more stories', 'see more', 'read more', 'show more', 'advertisement', 'related', 'share', 'top stories',
    'anzeige', 'werbung', 'mehr zum thema', 'mehr dazu', 'mehr lesen', 'weiterlesen', 'lesen sie auch',
    'lesen sie mehr', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel', 'zum artikel',
    'artikel teilen', 'teilen', 'drucken', 'kommentare', 'newsletter', 'empfehlungen', 'zur startseite',
    'startseite', 'bildergalerie', 'fotostrecke', 'zum thema', 'mehr aus dem ressort', 'nach oben', 'schließen',
    'artikel anhören', 'merken', 'jetzt abonnieren', 'abonnieren', 'video', 'audio', 'live',
  ],
);

const CLOSERS = /^[“”"'’»«)\]*_]+$/u;
const OPENERS = /^[„“"'‚‘»«(\[*_>]+$/u;
const TERMINAL_END = /[.!?]["“”'’»«)\]*_]*$/u;
const ELLIPSIS_END = /(?:\.\.\.|…)["“”'’»«)\]*_]*$/u;

function isLowerStart(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpperStart(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isFurniture(line: string): boolean {
  const l = line
    .trim()
    .replace(/^[#>*_\s]+|[\s:»›>…*_]+$/gu, '')
    .toLowerCase();
  return l.length > 0 && l.length <= 40 && FURNITURE.has(l);
}

// The string parse-latin reads: same length as the block, opaque pieces turned into a neutral
// capitalised word, emphasis marks into spaces, line breaks into spaces (line breaks are judged
// separately, by the line rules below).
function latinInput(chunk: string, b: Block, markdown: boolean): string {
  let s = chunk.slice(b.start, b.end);
  if (b.opaque.length) {
    let out = '';
    let pos = b.start;
    for (const o of b.opaque) {
      out += chunk.slice(pos, o.start) + 'X'.repeat(o.end - o.start);
      pos = o.end;
    }
    s = out + chunk.slice(pos, b.end);
  }
  s = s.replace(/[\r\n]/g, ' ');
  if (markdown) s = s.replace(/[*_~]/g, ' ');
  return s;
}

// parse-latin slows down more than linearly on very long blocks (its plugins splice arrays), so long
// input is fed in windows of a few thousand characters, cut after sentence punctuation where possible.
const WINDOW = 4000;

function latinEnds(input: string): number[] {
  // Without a terminal mark parse-latin finds no boundary: headings, list items, titles skip it.
  if (!/[.!?…‽]/.test(input)) return [input.length];
  const ends: number[] = [];
  let from = 0;
  while (from < input.length) {
    let to = input.length;
    if (to - from > WINDOW * 1.5) {
      // Searched in a bounded slice, so a text without any sentence punctuation stays linear.
      const part = input.slice(from + WINDOW, from + WINDOW * 2);
      const m = /[.!?…]["“”'’»«)\]]*\s+/.exec(part);
      if (m) to = from + WINDOW + m.index + m[0].length;
      else {
        const ws = part.indexOf(' ');
        to = ws >= 0 ? from + WINDOW + ws + 1 : from + WINDOW;
        const c = input.charCodeAt(to - 1);
        if (c >= 0xd800 && c <= 0xdbff) to++;
      }
    }
    const part = input.slice(from, to);
    const plain = plainSentenceEnds(part);
    if (plain) for (const e of plain) ends.push(from + e);
    else for (const e of parsedSentenceEnds(part)) ends.push(from + e);
    from = to;
  }
  return ends;
}

/** The end offsets of the sentences parse-latin finds in `value` (one line: no line breaks). */
export function parsedSentenceEnds(value: string): number[] {
  const ends: number[] = [];
  const root = parser.parse(value);
  for (const para of root.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of para.children) {
      if (s.type === 'SentenceNode' && s.position?.end.offset != null) ends.push(s.position.end.offset);
    }
  }
  return ends;
}

// The characters parse-latin counts as terminal marks: "!", ".", "?", "…", "‽". "." and "?" are also inner
// word symbols ("10.000", "a?b" stay one word).
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203d;
}

// The same marks for the scan to jump to: the regex engine's search took half the time of a loop that
// tested every character in JavaScript (profile over 6 × 2,000 preparations: 207 → 98 ms).
const MARK_SEARCH = /[.!?\u2026\u203d]/g;

function hasWord(value: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (classOf(value.charCodeAt(k)) === WORD) return true;
  return false;
}
// How parse-latin treats the sentence that starts after a mark and its whitespace, by its first character:
// a capital letter or digit (no lower-case initial) or any mark other than "," and ";" keeps it a sentence
// of its own (NEW); a lower-case letter makes mergeInitialLowerCaseLetterSentences, a "," or ";"
// mergeAffixExceptions fold it into the sentence before (JOINED). Lower case is only known here for
// a–z, ä, ö, ü and ß; any other letter is left to parse-latin.
const NEW = 1;
const JOINED = 2;
const START_AFTER_SPACE = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789') START_AFTER_SPACE[ch.charCodeAt(0)] = NEW;
for (const ch of 'abcdefghijklmnopqrstuvwxyzäöüß,;') START_AFTER_SPACE[ch.charCodeAt(0)] = JOINED;
// Closing quotes that may follow a mark directly ("…“ sagte"): neither is one of parse-latin's affix
// symbols, so the next sentence keeps it and starts with punctuation, which none of the merging plugins
// looks past.
const QUOTE_AFTER_MARK = new Set([0x201c, 0xab]);

/**
 * parse-latin's sentence ends of a line, read directly where the line is plain prose, or `undefined`
 * where the scanner is not sure and parse-latin has to run. parse-latin cost 600 ms of the 1,550 ms the
 * preparation took over 3 × 2,000 articles (its tokenizer, plugins and tree edits for every block with two
 * sentences), although in ordinary prose it only splits after each mark. The library stays the reference:
 * the property test "liest einfache Prosa wie parse-latin" compares the two over fuzzed lines, and every
 * line the scanner declines goes to parse-latin.
 *
 * parse-latin splits after every terminal mark that is not an inner word symbol (a "." or "?" between
 * two word characters: "10.000"), then its paragraph plugins merge. A line is plain when every such
 * mark stands alone (no run such as "?!" or "..."), closes a piece of text that holds a word, and is
 * followed by the end, by whitespace (up to the end, or before a character `START_AFTER_SPACE` knows),
 * or by a closing “ or «. Then:
 * - every piece holds a word (the last one is checked too), so mergeNonWordSentences only folds
 *   trailing whitespace into the last sentence;
 * - the next piece starts with whitespace or with “/«, so mergeAffixSymbol leaves it alone, and the
 *   first character after the whitespace decides mergeInitialLowerCaseLetterSentences and
 *   mergeAffixExceptions as `START_AFTER_SPACE` says (after “/« neither looks further);
 * - mergeRemainingFullStops only moves a "." inside a sentence into a word, never changes where one ends;
 * - the word before a "." is a single token, or its last token has two characters or more, so
 *   mergeInitialisms cannot take the "." into it ("z.B." goes to parse-latin).
 * A sentence then ends right after the mark that closes it, the last one at its last non-whitespace
 * character.
 */
export function plainSentenceEnds(value: string): number[] | undefined {
  // The reasoning above holds for the plugin list configured at the top of this file.
  if (!germanPlugins) return undefined;
  const ends: number[] = [];
  const n = value.length;
  // Where the piece since the last split begins; whether it holds a word is asked only at its mark, and
  // the answer is almost always its first character, so the text between marks is hardly read at all.
  let piece = 0;
  MARK_SEARCH.lastIndex = 0;
  for (let found = MARK_SEARCH.exec(value); found; found = MARK_SEARCH.exec(value)) {
    const i = found.index;
    const code = value.charCodeAt(i);
    const before = i > 0 ? classOf(value.charCodeAt(i - 1)) : 0;
    const after = i + 1 < n ? value.charCodeAt(i + 1) : -1;
    if ((code === 46 || code === 63) && before === WORD && after >= 0 && classOf(after) === WORD) continue;
    if (!hasWord(value, piece, i)) return undefined;
    piece = i + 1;
    if (before === WORD && code === 46) {
      // The word's last token: a single character joined to something before it could be an initialism.
      let run = i - 1;
      while (run > 0 && classOf(value.charCodeAt(run - 1)) === WORD) run--;
      if (i - run < 2 && run > 0 && classOf(value.charCodeAt(run - 1)) !== WS) return undefined;
    }
    if (after < 0) {
      ends.push(i + 1);
      return ends;
    }
    if (QUOTE_AFTER_MARK.has(after)) {
      ends.push(i + 1);
      continue;
    }
    if (classOf(after) !== WS) return undefined;
    let j = i + 2;
    while (j < n && classOf(value.charCodeAt(j)) === WS) j++;
    if (j === n) {
      ends.push(i + 1);
      return ends;
    }
    const next = value.charCodeAt(j);
    const start = next < 256 ? START_AFTER_SPACE[next] : 0;
    if (start === NEW || (start === 0 && classOf(next) !== WORD && !isTerminal(next))) ends.push(i + 1);
    // A run such as ";;" is one node that is neither "," nor ";" to mergeAffixExceptions: left to parse-latin.
    else if (start !== JOINED || ((next === 44 || next === 59) && value.charCodeAt(j + 1) === next)) return undefined;
    MARK_SEARCH.lastIndex = j;
  }
  // The text after the last mark is a sentence of its own if it holds a word, ending at its last
  // non-whitespace character; without a word parse-latin would fold it into the sentence before.
  if (!hasWord(value, piece, n)) return undefined;
  let last = n;
  while (last > 0 && classOf(value.charCodeAt(last - 1)) === WS) last--;
  ends.push(last);
  return ends;
}

/**
 * Whether parse-latin's boundaries could mark anything in the block. parse-latin only splits after a
 * terminal mark (".", "!", "?", "…", "‽"; its plugins then merge sentences, never split them), so every
 * sentence end it reports lies after the block's first terminal mark; a boundary only counts at a
 * whitespace token at or after that end. A block whose whitespace all comes before its first terminal
 * mark — a one-sentence paragraph such as "Die Lage bleibt ernst." — gets no mark from it, and the
 * parse (a third of the preparation's cost) is saved. `latinInput` keeps every character where it is and
 * only turns characters into spaces or "X", never a terminal mark into another character, so the first
 * terminal mark of the block's text is the first one parse-latin sees.
 */
function latinCanMark(T: Token[], b: Block): boolean {
  let last = T.length - 1;
  while (last >= 0 && T[last].kind !== 'ws') last--;
  if (last < 0) return false;
  for (let k = 0; k < last; k++) {
    if (T[k].kind !== 'ws' && TERMINAL_MARK.test(T[k].text)) return true;
  }
  return false;
}

const TERMINAL_MARK = /[.!?…‽]/;

type Decision = 'force' | 'join' | 'auto';

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(chunk: string, b: Block): Line[] {
  const lines: Line[] = [];
  let pos = b.start;
  while (pos <= b.end) {
    let nl = chunk.indexOf('\n', pos);
    if (nl < 0 || nl > b.end) nl = b.end;
    const text = chunk.slice(pos, nl).trim();
    lines.push({ start: pos, end: nl, text });
    pos = nl + 1;
  }
  return lines;
}

/**
 * Whether a single line break ends a sentence. A line ending in sentence punctuation is left to the
 * ordinary rules; teaser lines ("…"), page furniture, table rows and bullets always stand alone; a
 * line with no final punctuation ends a sentence unless the text looks hard-wrapped there (the next
 * line continues in lower case, or this line is as long as the block's wrap width).
 */
function decideLine(l: Line, n: Line, width: number, count: number): Decision {
  const L = l.text;
  const N = n.text;
  if (!L || !N) return 'force';
  if (isFurniture(L) || isFurniture(N)) return 'force';
  // Rules and separators ("---", "* * *") are lines of their own.
  if (!/[\p{L}\d]/u.test(L) || !/[\p{L}\d]/u.test(N)) return 'force';
  if (ELLIPSIS_END.test(L)) return 'force';
  if (L[0] === '|' || N[0] === '|') return 'force';
  if (parseDateLine(L) || parseDateLine(N)) return 'force';
  if (/^(?:[-*•▪►]|\d{1,2}\))\s/u.test(N)) return 'force';
  if (TERMINAL_END.test(L)) return 'auto';
  if (isLowerStart(N) || /^[\d,;:)–—-]/u.test(N)) return 'join';
  if (/[,;(–—\-/]$/u.test(L)) return 'join';
  if (L.endsWith(':') && /^[„"»«“]/u.test(N)) return 'join';
  const firstWord = /^\S+/.exec(N)?.[0].length ?? 0;
  if (count >= 2 && width <= 120 && L.length + 1 + firstWord > 0.85 * width) return 'join';
  return 'force';
}

function shouldMerge(T: Token[], b: number): boolean {
  let p = b - 1;
  if (p < 0) return true;
  if (/^[,;:–—-]$/u.test(T[p].text)) return true;
  while (p >= 0 && T[p].kind !== 'word' && CLOSERS.test(T[p].text)) p--;
  const term = T[p];
  let q = b + 1;
  while (q < T.length && (T[q].kind === 'ws' || OPENERS.test(T[q].text))) q++;
  const nx = T[q];
  if (!nx) return false;
  if (nx.kind === 'word' && isLowerStart(nx.text)) return true;
  if (!term) return true;
  if (term.kind !== 'punct') return false;
  if (term.text === '…' || term.text === '...') {
    // An omission mark standing alone ("die … Soldaten") is not the end of a teaser.
    return p > 0 && T[p - 1].kind === 'ws';
  }
  if (term.text !== '.') return false;
  const w = T[p - 1];
  if (!w || w.end !== term.start) return false;
  if (w.kind === 'word') {
    if (ABBR.has(w.text)) return true;
    // Single letters are initials or parts of "z. B.", "u. a.", "George W. Bush".
    return [...w.text].length === 1;
  }
  if (w.kind === 'number') {
    if (!/^\d{1,3}$/.test(w.text)) return false;
    if (nx.kind === 'word' && (MONTHS.has(nx.text) || ORDINAL_NOUNS.has(nx.text))) return true;
    let k = p - 2;
    while (k >= 0 && T[k].kind === 'ws') k--;
    const before = T[k];
    // An enumeration ("1. Die Regierung …") starts its sentence with the number.
    if (!before || /^[.!?…:]$/.test(before.text)) return nx.kind === 'word';
    return before.kind === 'word' && ORDINAL_CONTEXT.has(before.text.toLowerCase());
  }
  return false;
}

// Words before token k back to the previous sentence punctuation (at most 3 are counted): "Der F.A.Z.
// Podcast" is not a sentence "Der F.A.Z.", while "… berichtet die F.A.Z. Die Regierung" ends one.
function wordsBefore(T: Token[], k: number): number {
  let count = 0;
  for (let j = k - 1; j >= 0 && count < 3; j--) {
    if (/^[.!?…]+$/.test(T[j].text)) break;
    if (T[j].kind === 'word' || T[j].kind === 'number') count++;
  }
  return count;
}

// Initialisms with dots inside a word token ("F.A.Z.") can end a sentence; parse-latin never splits
// after them. These few are prefixes of names and never do.
const INITIALISM_PREFIX = new Set(['U.S.', 'U.K.', 'U.N.', 'U.S.A.']);

/** Splits one block into sentences; offsets are relative to `chunk`. */
export function segmentBlock(chunk: string, b: Block, markdown: boolean): RawSentence[] {
  const T = tokenize(chunk, b.start, b.end, b.opaque);
  const n = T.length;
  if (!n) return [];
  // Per ws-token index: 1 = candidate boundary from parse-latin, 2 = forced boundary, 3 = joined line.
  const mark = new Uint8Array(n);
  // Lines are paragraphs of their own when the block is not hard-wrapped (one line per paragraph, as in
  // exported articles): then a sentence ending at a line break also ends a paragraph.
  let width = 0;
  let ends: number[] = [];
  try {
    if (latinCanMark(T, b)) ends = latinEnds(latinInput(chunk, b, markdown));
  } catch {
    // parse-latin has never been seen to throw; if it does, the line rules below still apply.
  }
  let i = 0;
  for (const e of ends) {
    const pe = b.start + e;
    if (pe >= b.end) break;
    while (i < n && T[i].start < pe) i++;
    while (i < n && T[i].kind !== 'ws') i++;
    if (i < n) mark[i] = 1;
  }
  for (let k = 1; k + 1 < n; k++) {
    const t = T[k];
    if (t.kind === 'word' && t.text.length > 3 && t.text.endsWith('.') && /^\p{Lu}\./u.test(t.text)) {
      const nx = T[k + 1].kind === 'ws' ? T[k + 2] : undefined;
      if (nx && nx.kind === 'word' && isUpperStart(nx.text) && !INITIALISM_PREFIX.has(t.text) && wordsBefore(T, k) >= 2) {
        mark[k + 1] = mark[k + 1] || 1;
      }
    }
  }
  if (chunk.slice(b.start, b.end).includes('\n')) {
    const lines = linesOf(chunk, b);
    for (const l of lines) width = Math.max(width, l.text.length);
    let li = 0;
    for (let k = 0; k < n; k++) {
      const t = T[k];
      if (t.kind !== 'ws' || !t.text.includes('\n')) continue;
      while (li + 1 < lines.length && lines[li].end < t.start) li++;
      // The ws token holds exactly one line break inside a block (blank lines end blocks).
      const nlPos = chunk.indexOf('\n', t.start);
      while (li + 1 < lines.length && lines[li].end < nlPos) li++;
      if (li + 1 >= lines.length) continue;
      const d = decideLine(lines[li], lines[li + 1], width, lines.length);
      if (d === 'force') mark[k] = 2;
      else if (d === 'join') mark[k] = 3;
    }
  }
  const out: RawSentence[] = [];
  let from = 0;
  let sub = 0;
  const flush = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && (T[s].kind === 'ws' || (markdown && T[s].text === '>'))) s++;
    while (e > s && T[e - 1].kind === 'ws') e--;
    let content = false;
    for (let k = s; k < e && !content; k++) content = T[k].kind === 'word' || T[k].kind === 'number';
    if (content) out.push({ start: T[s].start, end: T[e - 1].end, tokens: T.slice(s, e), sub });
  };
  for (let k = 0; k < n; k++) {
    const m = mark[k];
    if (m === 0 || m === 3) continue;
    if (m === 1 && shouldMerge(T, k)) continue;
    flush(k);
    from = k + 1;
    if ((m === 2 || width > 120) && T[k].text.includes('\n') && out.length && out[out.length - 1].sub === sub) sub++;
  }
  flush(n);
  return out;
}
