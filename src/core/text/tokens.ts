// The tokenizer: German words, numbers, punctuation, symbols and whitespace, with opaque pieces kept whole.
import type { Span, Token, TokenKind } from '../types';

// One alternative per kind, tried in order at each position:
//  1 whitespace;
//  2 numbers: ISO dates "2025-04-28" and figures/dates/times written with inner separators
//    ("10.000", "1,5", "28.04.2025", "14.30", "14:05") are single tokens, so extractors never
//    glue digits back together; digits directly followed by letters ("1990er", "5G") fall to 3;
//  3 words that start with digits ("1990er", "3D");
//  4 abbreviations written with inner dots ("F.A.Z.", "z.B.", "U.S."), dots included;
//  5 words, with inner hyphens ("Nato-Generalsekretär", "dpa-AFX", "Covid-19"), apostrophes
//    ("geht's"), soft hyphens and gender forms ("Bürger*innen");
//  6 punctuation, runs of dots ("...") and of !/? kept together;
//  7 anything else, one code point at a time (so a surrogate pair is never split).
const WORD_TAIL = '[\\p{L}\\p{M}\\d\\u00AD]*';
const JOIN = "(?:[-\\u2011'’]|[*:_/](?=in(?:nen)?(?![\\p{L}])))";
const TOKEN = new RegExp(
  [
    '(\\s+)',
    '(\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?)?(?![\\p{L}\\d])|\\d+(?:[.,:]\\d+)*(?![\\p{L}]))',
    `(\\d+\\p{L}${WORD_TAIL}(?:${JOIN}[\\p{L}\\p{M}\\d]${WORD_TAIL})*)`,
    '(\\p{L}{1,2}\\.(?:\\p{L}{1,2}\\.)+(?:-[\\p{L}\\d]+)*)',
    `([\\p{L}\\p{M}\\u00AD]${WORD_TAIL}(?:${JOIN}[\\p{L}\\p{M}\\d]${WORD_TAIL})*)`,
    '(\\.{2,}|[!?]{2,}|[.,;:!?…‐‑‒–—―\\-"\'«»‹›‚‘’‛“”„‟()\\[\\]{}/\\\\¡¿·])',
    '([^])',
  ].join('|'),
  'gu',
);

const KINDS: TokenKind[] = ['ws', 'ws', 'number', 'word', 'word', 'word', 'punct', 'symbol'];

// The same regex anchored at one position, for whatever the fast paths below do not settle.
const TOKEN_AT = new RegExp(TOKEN.source, 'yu');

// Letters and digits a plain German word is made of, in a table: ASCII letters and digits, äöüÄÖÜß.
const PLAIN = new Uint8Array(256);
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789äöüÄÖÜß') PLAIN[ch.charCodeAt(0)] = 1;
// Characters after a plain word that the regex may still join to it (hyphens, apostrophes, gender marks).
const JOINERS = new Set([45, 39, 42, 58, 95, 47]);
// Punctuation the regex always takes one character at a time: no earlier alternative starts with it and
// it makes no run ("..." and "!?" do, so ".", "!" and "?" are not here). Quotes, brackets and dashes
// went to the regex one by one and cost a third of the tokenizer's time on news copy.
const SINGLE_PUNCT = new Set([...',;:"\'()[]{}/\\-«»‹›‚‘’‛“”„‟‐‑‒–—―¡¿·…'].map((ch) => ch.charCodeAt(0)));
// ASCII characters after a run of digits that leave the regex nothing to decide: the run is the whole
// number (not a separator followed by more digits, an ISO date's hyphen, a letter or a digit).
const NUMBER_END = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  NUMBER_END[c] = /[A-Za-z0-9.,:\-]/.test(ch) ? 0 : 1;
}

/**
 * Tokens of `s` (a whole range), offsets shifted by `start`. The common tokens — runs of ASCII
 * whitespace, plain words of ASCII and German letters, commas — are read with character tests; at
 * anything that could make the regex decide otherwise (a digit, a non-ASCII character, a possible
 * joiner or abbreviation dot after the word) the regex is asked at that position. Because TOKEN
 * matches at every position (its last alternative takes any character), this gives exactly its tokens.
 */
function pushRange(out: Token[], text: string, start: number, end: number): void {
  if (start >= end) return;
  const s = start === 0 && end === text.length ? text : text.slice(start, end);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let j = -1;
    let kind: TokenKind = 'word';
    if (c === 32 || (c >= 9 && c <= 13)) {
      j = i + 1;
      for (let d = s.charCodeAt(j); j < n && (d === 32 || (d >= 9 && d <= 13)); d = s.charCodeAt(++j));
      // A non-ASCII space (no-break, thin) may continue the run: the regex decides.
      if (j < n && s.charCodeAt(j) >= 128) j = -1;
      kind = 'ws';
    } else if (c < 256 && PLAIN[c] && (c > 57 || c < 48)) {
      j = i + 1;
      while (j < n && s.charCodeAt(j) < 256 && PLAIN[s.charCodeAt(j)]) j++;
      if (j < n) {
        const d = s.charCodeAt(j);
        // "z.B." may be an abbreviation token, "Kreml-Sprecher" one word: the regex decides.
        if (d >= 128 || JOINERS.has(d) || (d === 46 && j - i <= 2)) j = -1;
      }
    } else if (SINGLE_PUNCT.has(c)) {
      j = i + 1;
      kind = 'punct';
    } else if (c >= 48 && c <= 57) {
      j = i + 1;
      while (j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      // At the end of the range, before a space, or before a separator (".", ",", ":") not followed by a
      // digit, the digits are the whole number: "12. " is "12" and ".", as the regex has it.
      if (j < n) {
        const d = s.charCodeAt(j);
        const sep = d === 46 || d === 44 || d === 58;
        if (!(d < 128 && (NUMBER_END[d] || (sep && !(j + 1 < n && s.charCodeAt(j + 1) >= 48 && s.charCodeAt(j + 1) <= 57))))) j = -1;
      }
      kind = 'number';
    } else if ((c === 46 || c === 33 || c === 63) && i + 1 < n) {
      // A lone ".", "!" or "?" (a run of them is the regex's): the common sentence end.
      const d = s.charCodeAt(i + 1);
      if (d !== 46 && d !== 33 && d !== 63) {
        j = i + 1;
        kind = 'punct';
      }
    }
    if (j < 0) {
      TOKEN_AT.lastIndex = i;
      const m = TOKEN_AT.exec(s)!;
      let g = 1;
      while (m[g] === undefined) g++;
      j = i + m[0].length;
      out.push({ start: start + i, end: start + j, text: m[0], kind: KINDS[g] });
    } else out.push({ start: start + i, end: start + j, text: s.slice(i, j), kind });
    i = j;
  }
}

/**
 * Tokens of text[start, end). Each opaque span (inline code, URL, HTML, link destination) becomes a
 * single `symbol` token, so no word or number token ever lies inside one; the tokens cover the range
 * without gaps.
 */
export function tokenize(text: string, start: number, end: number, opaque: readonly Span[] = []): Token[] {
  const out: Token[] = [];
  let pos = start;
  for (const o of opaque) {
    if (o.end <= pos || o.start >= end) continue;
    const os = Math.max(o.start, pos);
    const oe = Math.min(o.end, end);
    pushRange(out, text, pos, os);
    out.push({ start: os, end: oe, text: text.slice(os, oe), kind: 'symbol' });
    pos = oe;
  }
  pushRange(out, text, pos, end);
  return out;
}

/** Tokens of `text` by the regex alone, without the fast paths: the reference `tokenize` must equal (tests). */
export function regexTokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: KINDS[g] });
  }
  return out;
}
