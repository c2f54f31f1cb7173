// Turns raw file text into a Doc: front matter, prose ranges and German sentences with tokens.
import type { ArticleMeta, Doc, Sentence, Span, Token } from '../types';
import { markdownBlocks, splitChunks, textBlocks } from './blocks';
import { dateFromTopLines } from './dateparse';
import { readFrontMatter } from './frontmatter';
import { TextMemo } from './memo';
import { segmentBlock } from './sentences';

export type Format = 'markdown' | 'text';
export { parseDateLine } from './dateparse';
export { tokenize } from './tokens';

/** What one chunk yields; spans relative to the chunk's start, tokens placed at `base`. Cached by chunk text. */
interface ChunkResult {
  /** Paragraphs in the chunk (blocks, and stand-alone lines within them). */
  blocks: number;
  prose: Span[];
  sentences: { start: number; end: number; block: number }[];
  /**
   * Each sentence's tokens at offsets into a text where the chunk starts at `base`, where it was first
   * seen. Frozen, so every Doc that finds the chunk at the same place can share them without a caller
   * being able to change what the next Doc gets.
   */
  tokens: readonly Token[][];
  base: number;
}

// A bounded LRU of chunk results keyed by format and chunk text: pure memoisation, so re-preparing a
// document after a one-character edit only re-parses and re-segments the chunk that changed.
// Tokens cost about 20–40 bytes per character of text, so the budget is kept to tens of megabytes;
// a chunk too big to be worth it (a 1 MB line) is not cached at all.
const cache = new TextMemo<ChunkResult>(2048, 1_000_000, 100_000);

/** Empties the chunk cache (for benchmarks that want to measure a cold start). */
export function clearPrepareCache(): void {
  cache.clear();
}

function computeChunk(chunk: string, markdown: boolean, base: number, freeze: boolean): ChunkResult {
  const blocks = markdown ? markdownBlocks(chunk) : textBlocks(chunk);
  const prose: Span[] = [];
  const sentences: ChunkResult['sentences'] = [];
  const tokens: Token[][] = [];
  let paragraphs = 0;
  blocks.forEach((b) => {
    // Prose is the block minus its opaque pieces; a lone "." left between a URL and the line end is not.
    let pos = b.start;
    for (const o of b.opaque) {
      if (o.start > pos && HAS_CONTENT.test(chunk.slice(pos, o.start))) prose.push(trimSpan(chunk, pos, o.start));
      pos = Math.max(pos, o.end);
    }
    if (b.end > pos && HAS_CONTENT.test(chunk.slice(pos, b.end))) prose.push(trimSpan(chunk, pos, b.end));
    let subs = 0;
    for (const s of segmentBlock(chunk, b, markdown)) {
      sentences.push({ start: s.start, end: s.end, block: paragraphs + s.sub });
      // The tokens are new here and seen by no one yet: placed at `base` in place, then frozen when the
      // cache will share them.
      for (const t of s.tokens) {
        t.start += base;
        t.end += base;
        if (freeze) Object.freeze(t);
      }
      tokens.push(freeze ? (Object.freeze(s.tokens) as Token[]) : s.tokens);
      subs = Math.max(subs, s.sub + 1);
    }
    paragraphs += Math.max(1, subs);
  });
  return { blocks: paragraphs, prose, sentences, tokens, base };
}

const HAS_CONTENT = /[\p{L}\p{N}]/u;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function chunkResult(text: string, c: Span, format: Format, memo: boolean): ChunkResult {
  const chunk = text.slice(c.start, c.end);
  if (!memo) return computeChunk(chunk, format === 'markdown', c.start, false);
  const key = format[0] + chunk;
  let r = cache.get(key);
  if (!r) {
    r = computeChunk(chunk, format === 'markdown', c.start, true);
    cache.set(key, r);
  }
  return r;
}

/**
 * The chunk's tokens where it stands now: the cached, frozen ones when it has not moved; else copies
 * moved to `offset`. The copies are not kept: while someone types above the chunk it moves with every
 * keystroke, so kept copies would never be asked for again, and freezing them would only cost time.
 */
function tokensAt(r: ChunkResult, offset: number): readonly Token[][] {
  if (r.base === offset) return r.tokens;
  const d = offset - r.base;
  return r.tokens.map((ts) => ts.map((t) => ({ start: t.start + d, end: t.end + d, text: t.text, kind: t.kind })));
}

export interface PrepareOptions {
  /**
   * False: the chunk cache is neither read nor filled, and tokens are not frozen. For corpus files, whose
   * paragraphs are never seen twice; the Doc is the same either way.
   */
  memo?: boolean;
}

/**
 * Prepares a file's text for analysis. Positions in the result are offsets into `text` itself.
 * Never throws: any input gives a Doc (possibly with no sentences).
 *
 * - `meta` comes from YAML front matter (Markdown), else from a date line among the first three
 *   non-empty lines ("Stand: 23.11.2024, 14:05 Uhr").
 * - `prose` lists, in order, the prose pieces: paragraph, heading and list item text without inline
 *   code, HTML, link destinations, bare URLs and e-mail addresses.
 * - `sentences[i].paragraph` counts paragraphs from 0: prose blocks (paragraphs, headings, list
 *   items), and inside a block each line that stands alone (a title line; every line of a text that
 *   puts one paragraph per line). It is not an index into `prose`, which splits around inline code.
 * - Numbers with inner separators are one `number` token: "10.000", "1,5", "28.04.2025", "14.30",
 *   "14:05", "2025-04-28"; digits glued to letters ("1990er", "5G") are a `word`. Hyphenated
 *   compounds ("Kreml-Sprecher", "dpa-AFX", "Covid-19") and dotted abbreviations ("F.A.Z.", "z.B.")
 *   are one `word`; "z. B." with a space is "z", ".", "B", ".".
 * - Inside a sentence, each opaque piece (inline code, URL, …) is one `symbol` token; Markdown marks
 *   (`**`, `_`, `[`) are `symbol`/`punct` tokens. Tokens must not be mutated: those shared with the
 *   chunk cache and with other Docs of the same text (and their arrays) are frozen (not with `memo: false`).
 */
export function prepare(text: string, format: Format, opts: PrepareOptions = {}): Doc {
  const memo = opts.memo !== false;
  const meta: ArticleMeta = { date: null };
  const prose: Span[] = [];
  const sentences: Sentence[] = [];
  const doc: Doc = { text, meta, prose, sentences };
  try {
    const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let bodyStart = from;
    const markdown = format === 'markdown';
    if (markdown) {
      const fm = readFrontMatter(text, from);
      if (fm) {
        Object.assign(meta, fm.meta);
        bodyStart = fm.end;
      }
    }
    if (!meta.date) meta.date = dateFromTopLines(text, bodyStart);
    let blockBase = 0;
    for (const c of splitChunks(text, bodyStart, text.length, markdown)) {
      const r = chunkResult(text, c, format, memo);
      for (const p of r.prose) prose.push({ start: p.start + c.start, end: p.end + c.start });
      const tokens = tokensAt(r, c.start);
      r.sentences.forEach((s, i) => {
        sentences.push({ start: s.start + c.start, end: s.end + c.start, tokens: tokens[i] as Token[], paragraph: blockBase + s.block });
      });
      blockBase += r.blocks;
    }
  } catch {
    // A bug here must not take the editor down: the text is then simply not analysed.
    return { text, meta: { date: meta.date ?? null }, prose: [], sentences: [] };
  }
  return doc;
}
