// Inline ignore markers: `<!-- faktenlage-ignore CODE[, CODE] -->` silences findings in one paragraph.
import type { Code, Finding, Span } from './types';

const MARKER = /<!--\s*faktenlage-ignore\b([^>]*?)-->/g;

interface IgnoreRange extends Span {
  /** Codes silenced in the range; empty means every code. */
  codes: Set<string>;
}

/** Blocks of consecutive non-blank lines: what a reader sees as a paragraph. */
function blockAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0) {
    const prevNl = text.lastIndexOf('\n', start - 1);
    const lineStart = prevNl + 1;
    if (prevNl < 0) {
      start = 0;
      break;
    }
    const prevLineStart = text.lastIndexOf('\n', prevNl - 1) + 1;
    if (text.slice(prevLineStart, prevNl).trim() === '') {
      start = lineStart;
      break;
    }
    start = prevLineStart;
  }
  const blank = /\n[ \t\r]*(\n|$)/g;
  blank.lastIndex = offset;
  const m = blank.exec(text);
  return { start, end: m ? m.index : text.length };
}

/** The next block after `offset` (skipping blank lines), or null at the end of the text. */
function nextBlock(text: string, offset: number): Span | null {
  const re = /\S/g;
  re.lastIndex = offset;
  const m = re.exec(text);
  return m ? blockAround(text, m.index) : null;
}

/**
 * Ranges silenced by markers. A marker applies to the paragraph it stands in; a marker that is a
 * paragraph of its own (on its own line, blank lines around it) applies to the next paragraph.
 */
export function ignoreRanges(text: string): IgnoreRange[] {
  if (!text.includes('faktenlage-ignore')) return [];
  const out: IgnoreRange[] = [];
  // A fresh regex per call: the replace() below would otherwise reset a shared lastIndex and loop.
  const markers = new RegExp(MARKER.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = markers.exec(text))) {
    const codes = new Set(m[1].split(/[\s,]+/).filter(Boolean));
    const block = blockAround(text, m.index);
    out.push({ ...block, codes });
    const rest = text.slice(block.start, block.end).replace(MARKER, '').trim();
    if (rest === '') {
      const next = nextBlock(text, block.end);
      if (next) out.push({ ...next, codes });
    }
  }
  return out;
}

/** Drops findings silenced by an inline marker. */
export function applyIgnoreMarkers(text: string, findings: Finding[]): Finding[] {
  const ranges = ignoreRanges(text);
  if (ranges.length === 0) return findings;
  return findings.filter(
    (f) => !ranges.some((r) => r.start <= f.start && f.end <= r.end && (r.codes.size === 0 || r.codes.has(f.code as Code))),
  );
}
