// Prose blocks of a file: chunks at blank lines, Markdown parsed per chunk (mdast), opaque inline pieces marked.
// mdast-util-from-markdown is ESM-only; tsx, esbuild and Node ≥ 20.19 load it from this CommonJS build.
// @ts-expect-error TS1479: an ES module imported from CommonJS.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Span } from '../types';

export type BlockKind = 'paragraph' | 'heading';

/** A prose block (paragraph, heading, list item's paragraph) with offsets relative to its chunk. */
export interface Block extends Span {
  kind: BlockKind;
  /** Pieces inside the block that are not prose (inline code, HTML, URLs, link destinations), sorted. */
  opaque: Span[];
}

/**
 * Splits `text[from, to)` into chunks that can be parsed on their own: at blank lines (never inside a
 * fenced code block or a multi-line HTML block) and, in Markdown, before top-level headings and bullet
 * items. A chunk whose first line is indented continues the previous one (list continuation, indented
 * code). Parsing chunk by chunk is what makes re-preparing after an edit cheap, and it bounds the
 * work micromark does on any one piece.
 */
export function splitChunks(text: string, from: number, to: number, markdown: boolean): Span[] {
  const chunks: Span[] = [];
  let chunkStart = -1;
  let lastContentEnd = -1;
  let fence: { ch: string; len: number } | null = null;
  let htmlEnd: string | null = null;
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl >= to) nl = to;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = text.slice(pos, lineEnd);
    const next = nl + 1;
    if (markdown && fence) {
      const c = stripContainers(line);
      if (c.startsWith(fence.ch.repeat(fence.len)) && /^(`+|~+)[ \t]*$/.test(c)) fence = null;
      lastContentEnd = lineEnd;
      pos = next;
      continue;
    }
    if (markdown && htmlEnd) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = null;
      lastContentEnd = lineEnd;
      pos = next;
      continue;
    }
    if (/^[ \t]*$/.test(line)) {
      if (chunkStart >= 0) {
        chunks.push({ start: chunkStart, end: lastContentEnd });
        chunkStart = -1;
      }
      pos = next;
      continue;
    }
    const indented = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9;
    if (chunkStart < 0) {
      if (indented && chunks.length && markdown) {
        // An indented line after a blank line belongs to what came before it.
        chunkStart = chunks.pop()!.start;
      } else {
        chunkStart = pos;
      }
    } else if (markdown && pos > chunkStart && /^(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]+\S)/.test(line)) {
      // Headings and bullet items at column 0 always start a new block, so they can be chunks.
      chunks.push({ start: chunkStart, end: lastContentEnd });
      chunkStart = pos;
    }
    if (markdown) {
      const c = stripContainers(line);
      const f = /^(`{3,}|~{3,})/.exec(c);
      if (f && !(f[1][0] === '`' && c.slice(f[1].length).includes('`'))) {
        fence = { ch: f[1][0], len: f[1].length };
      } else if (c.startsWith('<')) {
        htmlEnd = htmlBlockEnd(c);
      }
    }
    lastContentEnd = lineEnd;
    pos = next;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, end: lastContentEnd });
  return chunks;
}

// Container prefixes (block quote marks, list markers) in front of a line's content.
function stripContainers(line: string): string {
  return line.replace(/^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/, '');
}

// The end marker of an HTML block that may run across blank lines, when it is not closed on its line.
function htmlBlockEnd(c: string): string | null {
  const lower = c.toLowerCase();
  const kinds: [RegExp, string][] = [
    [/^<!--/, '-->'],
    [/^<(script|pre|style|textarea)(?=[\s>]|$)/, ''],
    [/^<\?/, '?>'],
    [/^<!\[cdata\[/, ']]>'],
    [/^<![a-z]/, '>'],
  ];
  for (const [re, end] of kinds) {
    const m = re.exec(lower);
    if (!m) continue;
    const close = end || `</${m[1]}>`;
    return lower.includes(close, m[0].length) ? null : close;
  }
  return null;
}

// Each pattern starts with a literal, so the engine can skip ahead instead of trying every position.
const URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”„«»]+/giu;
const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/giu;
const MAIL_LOCAL = /[\p{L}\d._%+-]/u;
const MAIL_DOMAIN = /^[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63})+/u;

/**
 * Adds bare URLs, e-mail addresses and (in Markdown) character references inside [start, end) of
 * `text` to `opaque`; the result is sorted and merged.
 */
export function markUrls(text: string, start: number, end: number, opaque: Span[], entities: boolean): Span[] {
  const slice = text.slice(start, end);
  const found: Span[] = [];
  const scan = (re: RegExp, trim: boolean) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const s = trim ? m[0].replace(/[.,;:!?)\]'’]+$/, '') : m[0];
      if (s) found.push({ start: start + m.index, end: start + m.index + s.length });
    }
  };
  if (slice.includes('://') || /www\./i.test(slice)) scan(URL, true);
  if (entities && slice.includes('&')) scan(ENTITY, false);
  for (let at = slice.indexOf('@'); at > 0; at = slice.indexOf('@', at + 1)) {
    // The local part is read backwards from the "@" (at most 64 characters), the domain forwards.
    let s = at;
    while (s > 0 && at - s < 64 && MAIL_LOCAL.test(slice[s - 1])) s--;
    const d = MAIL_DOMAIN.exec(slice.slice(at + 1, at + 256));
    if (s < at && d) found.push({ start: start + s, end: start + at + 1 + d[0].replace(/\.+$/, '').length });
  }
  if (!found.length) return opaque;
  return mergeSpans([...opaque, ...found]);
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

// Characters that can make a chunk anything but one plain paragraph.
const SPECIAL = /[`*_[\]<>\\&]|(?:^|\n)[ \t]*(?:[-+*=#~]|\d{1,9}[.)])|^[ \t]/;
// Inputs on which micromark is known to take quadratic or worse time: long runs of container or
// emphasis marks, deep indentation. Such chunks are read as plain text instead.
const PATHOLOGICAL = /(?:[>*_[\]~`+-][ \t]?){32,}|(?:^|\n)[ \t]{40,}\S/;
const MAX_MARKDOWN_CHUNK = 100_000;

/** The prose blocks of one chunk of plain text: the chunk itself, trimmed. */
export function textBlocks(chunk: string): Block[] {
  const start = chunk.length - chunk.trimStart().length;
  const end = chunk.trimEnd().length;
  if (end <= start) return [];
  return [{ start, end, kind: 'paragraph', opaque: markUrls(chunk, start, end, [], false) }];
}

/** The prose blocks of one chunk of Markdown: paragraphs and headings, anywhere in lists and quotes. */
export function markdownBlocks(chunk: string): Block[] {
  // micromark drops a byte order mark at the start of its input, which would shift every offset of the
  // chunk by one (and could end a span inside a surrogate pair): the rest is parsed and shifted back.
  if (chunk.charCodeAt(0) === 0xfeff) {
    const shift = (s: Span): Span => ({ start: s.start + 1, end: s.end + 1 });
    return markdownBlocks(chunk.slice(1)).map((b) => ({ ...b, ...shift(b), opaque: b.opaque.map(shift) }));
  }
  // Most news paragraphs hold no Markdown syntax at all: they are one paragraph, no parse needed.
  if (!SPECIAL.test(chunk)) return textBlocks(chunk);
  const simple = simpleLine(chunk);
  if (simple) return simple;
  // A chunk with only inline syntax (bold, links, code spans) is one paragraph too; its opaque pieces
  // are found by a small scanner, which is several times cheaper than a micromark run per paragraph.
  if (chunk.length > MAX_MARKDOWN_CHUNK || PATHOLOGICAL.test(chunk)) return textBlocks(chunk);
  if (!BLOCK_SYNTAX.test(chunk)) return inlineParagraph(chunk);
  let tree;
  try {
    tree = fromMarkdown(chunk);
  } catch {
    return textBlocks(chunk);
  }
  return blocksOfTree(chunk, tree).map((b) => withDateMarker(chunk, b));
}

const MONTH_AFTER = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b/u;
const DAY_MARKER = /(?:^|\n)[ \t]*(\d{1,2})\.[ \t]+$/;

/**
 * "12. Oktober 2024: …" at the start of a line is an ordered list item to CommonMark, but a German
 * writer means a date: the marker is given back to the prose so the date is read whole.
 */
function withDateMarker(chunk: string, b: Block): Block {
  if (!MONTH_AFTER.test(chunk.slice(b.start, b.start + 9))) return b;
  const m = DAY_MARKER.exec(chunk.slice(Math.max(0, b.start - 16), b.start));
  if (!m || +m[1] < 1 || +m[1] > 31) return b;
  return { ...b, start: b.start - m[0].length + m[0].indexOf(m[1]) };
}

// Line starts that can make a chunk anything but one paragraph: list items, thematic breaks, setext
// underlines, headings, quotes, fences, HTML blocks, definitions, indented code.
const BLOCK_SYNTAX =
  /(?:^|\n)[ \t]*(?:[-+*](?:[ \t]|$)|(?:[-*_][ \t]*){3,}(?:\r?\n|$)|[=#>~`<]|\d{1,9}[.)](?:[ \t]|\r?$|$)|\[[^\]\n]*\]:)|(?:^|\n)-+[ \t]*(?:\r?\n|$)|^[ \t]/;

const INLINE_HTML = new RegExp(
  [
    '<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*>', // autolink
    '<[^\\s<>@]+@[^\\s<>]+>', // e-mail autolink
    '<[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][\\w.:-]*(?:\\s*=\\s*(?:[^\\s"\'=<>`]+|\'[^\']*\'|"[^"]*"))?)*\\s*\\/?>', // open tag
    '<\\/[A-Za-z][A-Za-z0-9-]*\\s*>', // closing tag
    '<!--[\\s\\S]*?-->',
    '<\\?[\\s\\S]*?\\?>',
    '<![A-Za-z][^>]*>',
    '<!\\[CDATA\\[[\\s\\S]*?\\]\\]>',
  ].join('|'),
  'y',
);

// The end (exclusive) of a link destination and title starting at "(" at `open`, or -1.
function linkTail(chunk: string, open: number): number {
  const m = /\([ \t]*(?:\r?\n[ \t]*)?(?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)(?:[ \t]*(?:\r?\n[ \t]*)?[ \t](?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*(?:\r?\n[ \t]*)?\)/y;
  m.lastIndex = open;
  const r = m.exec(chunk);
  return r ? open + r[0].length : -1;
}

/** One paragraph with inline Markdown only: opaque code spans, inline HTML, autolinks, link destinations. */
function inlineParagraph(chunk: string): Block[] {
  const start = chunk.length - chunk.trimStart().length;
  const end = chunk.trimEnd().length;
  if (end <= start) return [];
  const opaque: Span[] = [];
  const brackets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = chunk[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      let n = 1;
      while (chunk[i + n] === '`') n++;
      // A code span closes at the next run of exactly as many backticks; without one the run is text.
      let j = i + n;
      let close = -1;
      while ((j = chunk.indexOf('`', j)) >= 0 && j < end) {
        let k = 1;
        while (chunk[j + k] === '`') k++;
        if (k === n) {
          close = j + k;
          break;
        }
        j += k;
      }
      if (close > 0) {
        opaque.push({ start: i, end: close });
        i = close - 1;
      } else i += n - 1;
      continue;
    }
    if (c === '<') {
      INLINE_HTML.lastIndex = i;
      const m = INLINE_HTML.exec(chunk);
      if (m && i + m[0].length <= end) {
        opaque.push({ start: i, end: i + m[0].length });
        i += m[0].length - 1;
      }
      continue;
    }
    if (c === '[') brackets.push(i);
    else if (c === ']' && brackets.length) {
      const open = brackets.pop()!;
      const tail = chunk[i + 1] === '(' ? linkTail(chunk, i + 1) : -1;
      if (tail > 0 && tail <= end) {
        // An image is opaque as a whole (as in the mdast path); a link only from its destination on.
        const image = open > start && chunk[open - 1] === '!' && chunk[open - 2] !== '\\';
        opaque.push({ start: image ? open - 1 : i + 1, end: tail });
        i = tail - 1;
        // Links do not nest: once one is complete, no bracket before it can open another.
        if (!image) brackets.length = 0;
      }
    }
  }
  return [{ start, end, kind: 'paragraph', opaque: markUrls(chunk, start, end, opaque, true) }];
}

// One-line headings and bullet items with plain content, the common non-paragraph chunks.
function simpleLine(chunk: string): Block[] | null {
  if (chunk.includes('\n') || chunk.includes('\r')) return null;
  const m = /^(#{1,6}[ \t]+|[-+*][ \t]+)/.exec(chunk);
  if (!m) return null;
  let content = chunk.slice(m[0].length);
  const heading = m[0][0] === '#';
  if (heading) content = content.replace(/[ \t]+#+[ \t]*$|[ \t]+$/, '');
  if (!content || SPECIAL.test(content)) return null;
  const start = m[0].length;
  const end = start + content.trimEnd().length;
  return [{ start, end, kind: heading ? 'heading' : 'paragraph', opaque: markUrls(chunk, start, end, [], false) }];
}

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function off(n: MdNode, which: 'start' | 'end'): number {
  return n.position?.[which].offset ?? -1;
}

// Block-level nodes whose content is never prose.
const SKIP_BLOCK = new Set(['code', 'html', 'yaml', 'toml', 'definition', 'thematicBreak', 'math']);
// Inline nodes kept whole as opaque pieces.
const OPAQUE_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'inlineMath']);

export function blocksOfTree(chunk: string, root: MdNode): Block[] {
  const out: Block[] = [];
  // An explicit stack: container nesting can be deep and must not exhaust the call stack.
  const stack: MdNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (SKIP_BLOCK.has(node.type)) continue;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const b = inlineBlock(chunk, node);
      if (b) out.push(b);
      continue;
    }
    const kids = node.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

function inlineBlock(chunk: string, node: MdNode): Block | null {
  const kids = node.children ?? [];
  if (!kids.length) return null;
  const start = off(kids[0], 'start');
  const end = off(kids[kids.length - 1], 'end');
  if (start < 0 || end <= start) return null;
  const opaque: Span[] = [];
  const stack: MdNode[] = [...kids];
  while (stack.length) {
    const n = stack.pop()!;
    const s = off(n, 'start');
    const e = off(n, 'end');
    if (OPAQUE_INLINE.has(n.type)) {
      if (s >= 0 && e > s) opaque.push({ start: s, end: e });
      continue;
    }
    if (n.type === 'link' || n.type === 'linkReference') {
      if (chunk[s] === '<') {
        // An autolink: the whole <…> is a URL.
        opaque.push({ start: s, end: e });
        continue;
      }
      const ch = n.children ?? [];
      // The destination (or reference label) after the link text is not prose; the "]" stays punctuation.
      const tail = ch.length ? off(ch[ch.length - 1], 'end') : s + 1;
      const close = chunk.indexOf(']', tail);
      if (close >= 0 && close + 1 < e) opaque.push({ start: close + 1, end: e });
      for (const c of ch) stack.push(c);
      continue;
    }
    if (n.children) for (const c of n.children) stack.push(c);
  }
  return {
    start,
    end,
    kind: node.type === 'heading' ? 'heading' : 'paragraph',
    opaque: markUrls(chunk, start, end, opaque.length ? mergeSpans(opaque) : opaque, true),
  };
}
