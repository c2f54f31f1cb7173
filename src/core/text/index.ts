// Turns raw file text into a Doc: front matter, prose ranges and German sentences with tokens.
// INTERIM: a naive regex implementation so other parts can be built; to be replaced by unified + retext-latin.
import type { Doc, Sentence, Token, TokenKind } from '../types';

export type Format = 'markdown' | 'text';

const TOKEN = /(\s+)|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\d'’-]*)|([.,;:!?…„“”"'‚‘()\[\]–—-])|(\S)/gu;

function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) && m.index < end) {
    const kind: TokenKind = m[1] ? 'ws' : m[2] ? 'number' : m[3] ? 'word' : m[4] ? 'punct' : 'symbol';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
  }
  return out;
}

/** Prepares a file's text for analysis. Positions in the result are offsets into `text` itself. */
export function prepare(text: string, format: Format): Doc {
  let bodyStart = 0;
  let date: string | null = null;
  if (format === 'markdown' && text.startsWith('---')) {
    const close = text.indexOf('\n---', 3);
    if (close > 0) {
      const fm = text.slice(3, close);
      const d = /^(?:datum|date):\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(fm);
      if (d) date = d[1];
      bodyStart = text.indexOf('\n', close + 4) + 1 || text.length;
    }
  }
  const sentences: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  paraRe.lastIndex = bodyStart;
  let p: RegExpExecArray | null;
  let paragraph = 0;
  const prose = [];
  while ((p = paraRe.exec(text))) {
    const pStart = p.index;
    const pEnd = p.index + p[0].length;
    prose.push({ start: pStart, end: pEnd });
    const sentRe = /[^.!?]+(?:[.!?]+|$)/g;
    let s: RegExpExecArray | null;
    const para = p[0];
    while ((s = sentRe.exec(para))) {
      if (!s[0].trim()) {
        if (s[0].length === 0) sentRe.lastIndex++;
        continue;
      }
      const lead = s[0].length - s[0].trimStart().length;
      const start = pStart + s.index + lead;
      const end = pStart + s.index + s[0].trimEnd().length;
      sentences.push({ start, end, tokens: tokenize(text, start, end), paragraph });
    }
    paragraph++;
  }
  return { text, meta: { date }, prose, sentences };
}
