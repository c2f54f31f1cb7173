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

function pushRange(out: Token[], text: string, start: number, end: number): void {
  if (start >= end) return;
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let g = 1;
    while (m[g] === undefined) g++;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], kind: KINDS[g] });
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
