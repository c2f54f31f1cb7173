// Variants of a draft that differ in every paragraph, so no content cache can answer a measured analysis.

/**
 * A draft that no cache can have seen, not even one keyed by paragraph or sentence: every paragraph
 * gets wider spaces at three word boundaries chosen by `i`, and a last line carries a letter code
 * unique to `i`. The analysis does the same work as for the draft itself (one short line more),
 * but a content cache keyed by text cannot turn a measured call into a lookup.
 */
export function variant(text: string, i: number): string {
  let code = '';
  let n = i + 1;
  while (n > 0) {
    code = String.fromCharCode(97 + (n % 26)) + code;
    n = Math.floor(n / 26);
  }
  const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const body = text
    .slice(bodyStart)
    .split('\n\n')
    .map((para) => {
      if (para.startsWith('#') || !para.trim()) return para;
      const gaps: number[] = [];
      for (let k = para.indexOf(' '); k >= 0; k = para.indexOf(' ', k + 1)) gaps.push(k);
      if (gaps.length === 0) return para;
      // Three word gaps chosen by the digits of i in base gaps.length widen by 1, 2 and 4 spaces:
      // the widths decode back to the digits, so distinct i give distinct paragraphs (up to gaps³).
      const extra = new Map<number, number>();
      for (let k = 0, div = 1; k < 3; k++, div *= gaps.length) {
        const at = gaps[Math.floor(i / div) % gaps.length];
        extra.set(at, (extra.get(at) ?? 0) + (1 << k));
      }
      let out = '';
      let last = 0;
      for (const at of [...extra.keys()].sort((x, y) => x - y)) {
        out += para.slice(last, at) + ' '.repeat(extra.get(at)!);
        last = at;
      }
      return out + para.slice(last);
    })
    .join('\n\n');
  return `${text.slice(0, bodyStart)}${body}\nKürzel der Redaktion: ${code}\n`;
}
