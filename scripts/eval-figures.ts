// Scores figures, quantity keys, attribution and claims on the annotated German set in data/eval/figures/.
//
// The set and its annotation format are described in data/eval/README.md. Each item becomes a Markdown
// article (front matter with its date, the sentences joined into one paragraph) and goes through analyze().
// Measures:
//   - figure detection: precision/recall/F1 of spans, exact boundaries and (lenient) any overlap;
//   - value: the interval [low, high] (or "vague") of every overlapping pair, and the unit;
//   - keys (on figures that are not vague, the only ones `conflicting-figure` compares): "keyed" = the
//     engine gives a key exactly when the annotation names a quantity; pairs =
//     every two figures of different items of the same story: the same annotated quantity should get the
//     same non-empty key, different quantities must not (a false merge is a false conflict in the making);
//   - attribution, on the figures `unsourced-figure` judges (not vague, not a duration): sourced vs
//     unsourced accuracy, precision/recall of "unsourced", and whether the named source is the right one;
//   - claims: each annotated sentence is a claim or not; detection P/R and sourcing (source/vague/none).
// `--errors` lists every miss after the table; `--json` prints the numbers as one JSON object instead.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core';
import type { Analysis, Figure } from '../src/core';

/** The development set (used to find and fix errors) and the held-out set (written after the fixes). */
const DIR = path.resolve(__dirname, '../data/eval/figures');
const HELDOUT = path.resolve(__dirname, '../data/eval/heldout');
const DURATION = /^(?:Sekunden|Minuten|Stunden|Tage|Wochen|Monate|Jahre)$/;

interface GoldFigure {
  item: string;
  story: string;
  start: number;
  end: number;
  text: string;
  vague: boolean;
  low: number;
  high: number;
  unit: string;
  key: string;
  /** '-' unsourced, '~' vague source, else a word the source phrase must contain. */
  source: string;
}

interface GoldLine {
  start: number;
  end: number;
  /** S sourced claim, V vague claim (vague source or hearsay only), U unsourced claim, - no claim. */
  claim: 'S' | 'V' | 'U' | '-';
  text: string;
}

interface Item {
  id: string;
  file: string;
  story: string;
  text: string;
  figures: GoldFigure[];
  lines: GoldLine[];
}

const MARK = /\[\[([^|\]]*)\|([^|\]]*)\|([^|\]]*)\|([^|\]]*)\|([^\]]*)\]\]/g;

function parseInterval(s: string, where: string): { vague: boolean; low: number; high: number } {
  const t = s.trim();
  if (t === 'vague') return { vague: true, low: 0, high: 0 };
  if (t.startsWith('~')) {
    const v = Number(t.slice(1));
    return { vague: false, low: 0.9 * v, high: 1.1 * v };
  }
  const range = /^([\d.]+)\.\.([\d.]*)$/.exec(t);
  if (range) return { vague: false, low: Number(range[1]), high: range[2] ? Number(range[2]) : Infinity };
  const v = Number(t);
  if (!Number.isFinite(v)) throw new Error(`${where}: bad interval "${s}"`);
  return { vague: false, low: v, high: v };
}

/** Reads every item of every file; offsets are into the article text analyze() receives. */
export function readSet(dir = DIR): Item[] {
  const items: Item[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const blocks = fs.readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/);
    for (const block of blocks) {
      const rows = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
      if (!rows.length) continue;
      const head = /^@\s+(\S+)\s+(\d{4}-\d{2}-\d{2})\s+(\S+)\s+(\S+)\s*$/.exec(rows[0]);
      if (!head) throw new Error(`${file}: item must start with "@ id date style story": ${rows[0]}`);
      const [, id, date, , story] = head;
      let text = `---\ndatum: ${date}\n---\n`;
      const figures: GoldFigure[] = [];
      const lines: GoldLine[] = [];
      rows.slice(1).forEach((row, n) => {
        const m = /^([SVU-])\s(.*)$/.exec(row);
        if (!m) throw new Error(`${file} ${id}: sentence lines start with S, V, U or -: ${row}`);
        if (n > 0) text += ' ';
        const lineStart = text.length;
        let last = 0;
        for (const f of m[2].matchAll(MARK)) {
          text += m[2].slice(last, f.index);
          const start = text.length;
          text += f[1];
          const iv = parseInterval(f[2], `${file} ${id}`);
          figures.push({
            item: id,
            story,
            start,
            end: text.length,
            text: f[1],
            ...iv,
            unit: f[3].trim(),
            key: f[4].trim(),
            source: f[5].trim(),
          });
          last = f.index! + f[0].length;
        }
        text += m[2].slice(last);
        if (text.slice(lineStart).includes('[[')) throw new Error(`${file} ${id}: unparsed markup in ${row}`);
        lines.push({ start: lineStart, end: text.length, claim: m[1] as GoldLine['claim'], text: text.slice(lineStart) });
      });
      text += '\n';
      items.push({ id, file, story, text, figures, lines });
    }
  }
  return items;
}

function near(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a), Math.abs(b));
}

function ratio(x: number, d: number): number {
  return d ? x / d : NaN;
}

function prf(tp: number, fp: number, fn: number) {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

interface Matched {
  gold: GoldFigure;
  got: Figure | undefined;
  exact: boolean;
}

function sourceText(f: Figure): string {
  return `${f.source?.who ?? ''} ${f.source?.text ?? ''}`.toLowerCase();
}

function fmtInterval(low: number, high: number): string {
  const n = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : '∞');
  return low === high ? n(low) : `[${n(low)}, ${n(high)}]`;
}

export interface FigureEval {
  items: number;
  goldFigures: number;
  spanExact: { p: number; r: number; f: number };
  spanOverlap: { p: number; r: number; f: number };
  valueAccuracy: number;
  unitAccuracy: number;
  keyedAccuracy: number;
  keyPairs: { p: number; r: number; f: number; goldPairs: number; falseMerges: number };
  sourcedAccuracy: number;
  unsourced: { p: number; r: number; f: number };
  sourceIdentity: number;
  attributionN: number;
  claims: { p: number; r: number; f: number };
  claimSourcing: number;
  errors: string[];
}

export function evaluate(items: Item[]): FigureEval {
  const errors: string[] = [];
  const all: Matched[] = [];
  let tpExact = 0;
  let fpExact = 0;
  let tpOverlap = 0;
  let fpOverlap = 0;
  let claimTp = 0;
  let claimFp = 0;
  let claimFn = 0;
  let claimSrcOk = 0;
  let claimSrcN = 0;
  const analyses = new Map<string, Analysis>();
  for (const it of items) {
    const a = analyze(it.text, { format: 'markdown', uri: `eval/${it.id}.md` });
    analyses.set(it.id, a);
    const used = new Set<Figure>();
    for (const g of it.figures) {
      const exact = a.figures.find((f) => f.start === g.start && f.end === g.end);
      const over = exact ?? a.figures.find((f) => f.start < g.end && g.start < f.end && !used.has(f));
      if (over) used.add(over);
      all.push({ gold: g, got: over, exact: !!exact });
      if (!over) errors.push(`MISS      ${it.id} „${g.text}“`);
      else if (!exact) errors.push(`SPAN      ${it.id} „${over.text}“ (annotated „${g.text}“)`);
    }
    for (const f of a.figures) {
      const exact = it.figures.some((g) => g.start === f.start && g.end === f.end);
      const over = it.figures.some((g) => f.start < g.end && g.start < f.end);
      if (exact) tpExact++;
      else fpExact++;
      if (over) tpOverlap++;
      else {
        fpOverlap++;
        errors.push(`EXTRA     ${it.id} „${f.text}“`);
      }
    }
    // Claims: an annotated sentence counts as found when an engine claim overlaps it.
    for (const line of it.lines) {
      const claims = a.claims.filter((c) => c.start < line.end && line.start < c.end);
      const isClaim = line.claim !== '-';
      if (isClaim && claims.length) claimTp++;
      else if (isClaim) {
        claimFn++;
        errors.push(`CLAIM-    ${it.id} ${JSON.stringify(line.text)}`);
      } else if (claims.length) {
        claimFp++;
        errors.push(`CLAIM+    ${it.id} ${JSON.stringify(line.text)}`);
      }
      if (isClaim && claims.length) {
        const c = claims[0];
        const got = c.source?.kind === 'source' ? 'S' : c.vague ? 'V' : 'U';
        claimSrcN++;
        if (got === line.claim) claimSrcOk++;
        else errors.push(`CLAIM-SRC ${it.id} ${line.claim}→${got} ${JSON.stringify(line.text)}`);
      }
    }
  }
  tpExact = all.filter((m) => m.exact).length;
  const goldN = all.length;
  const matched = all.filter((m) => m.got);
  tpOverlap = matched.length;

  let valueOk = 0;
  let unitOk = 0;
  let keyedOk = 0;
  let keyedN = 0;
  for (const { gold: g, got: f } of matched) {
    const okValue = g.vague ? f!.vague : !f!.vague && near(f!.low, g.low) && near(f!.high, g.high);
    if (okValue) valueOk++;
    else errors.push(`VALUE     ${g.item} „${g.text}“ ${fmtInterval(f!.low, f!.high)}${f!.vague ? ' (vage)' : ''} ≠ ${g.vague ? 'vage' : fmtInterval(g.low, g.high)}`);
    if ((f!.unit ?? '') === g.unit) unitOk++;
    else errors.push(`UNIT      ${g.item} „${g.text}“ ${f!.unit ?? '–'} ≠ ${g.unit || '–'}`);
    if (g.vague) continue;
    keyedN++;
    const keyed = g.key !== '-';
    if (keyed === !!f!.key) keyedOk++;
    else errors.push(`KEYED     ${g.item} „${g.text}“ key ${JSON.stringify(f!.key)}, annotated ${g.key}`);
  }

  // Pairs across articles of one story: a missed figure has no key.
  let pairTp = 0;
  let pairFp = 0;
  let pairFn = 0;
  let goldPairs = 0;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (a.gold.story === '-' || a.gold.story !== b.gold.story || a.gold.item === b.gold.item) continue;
      // Vague amounts are never compared, so their keys do not matter.
      if (a.gold.vague || b.gold.vague) continue;
      const same = a.gold.key !== '-' && a.gold.key === b.gold.key;
      const ka = a.got?.key ?? '';
      const kb = b.got?.key ?? '';
      const merged = !!ka && ka === kb;
      if (same) goldPairs++;
      if (same && merged) pairTp++;
      else if (same) {
        pairFn++;
        errors.push(`SPLIT     „${a.gold.text}“ (${a.gold.item}, ${ka || '–'}) ≠ „${b.gold.text}“ (${b.gold.item}, ${kb || '–'}) [${a.gold.key}]`);
      } else if (merged) {
        pairFp++;
        errors.push(`MERGE     „${a.gold.text}“ (${a.gold.item}, ${a.gold.key}) = „${b.gold.text}“ (${b.gold.item}, ${b.gold.key}) [${ka}]`);
      }
    }
  }

  // Attribution on the figures the unsourced-figure check judges.
  const judged = matched.filter(({ gold: g }) => !g.vague && !DURATION.test(g.unit));
  let srcOk = 0;
  let unTp = 0;
  let unFp = 0;
  let unFn = 0;
  let idOk = 0;
  let idN = 0;
  for (const { gold: g, got: f } of judged) {
    const goldUn = g.source === '-';
    const gotUn = f!.source === null;
    if (goldUn === gotUn) srcOk++;
    if (goldUn && gotUn) unTp++;
    else if (gotUn) {
      unFp++;
      errors.push(`UNSOURCED ${g.item} „${g.text}“ has no source; annotated ${g.source}`);
    } else if (goldUn) {
      unFn++;
      errors.push(`SOURCED   ${g.item} „${g.text}“ got „${f!.source!.text}“; annotated unsourced`);
    }
    if (!goldUn && g.source !== '~' && !gotUn) {
      idN++;
      if (sourceText(f!).includes(g.source.toLowerCase())) idOk++;
      else errors.push(`WHO       ${g.item} „${g.text}“ got „${f!.source!.text}“ (${f!.source!.who ?? '–'}); annotated ${g.source}`);
    }
  }
  const unsourced = prf(unTp, unFp, unFn);
  const pairs = prf(pairTp, pairFp, pairFn);
  return {
    items: items.length,
    goldFigures: goldN,
    spanExact: prf(tpExact, fpExact, goldN - tpExact),
    spanOverlap: prf(tpOverlap, fpOverlap, goldN - tpOverlap),
    valueAccuracy: ratio(valueOk, matched.length),
    unitAccuracy: ratio(unitOk, matched.length),
    keyedAccuracy: ratio(keyedOk, keyedN),
    keyPairs: { ...pairs, goldPairs, falseMerges: pairFp },
    sourcedAccuracy: ratio(srcOk, judged.length),
    unsourced,
    sourceIdentity: ratio(idOk, idN),
    attributionN: judged.length,
    claims: prf(claimTp, claimFp, claimFn),
    claimSourcing: ratio(claimSrcOk, claimSrcN),
    errors,
  };
}

/** The table rows (area, measure, one value per evaluation), also used by scripts/eval.ts. */
export function rows(...evals: FigureEval[]): string[][] {
  const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
  const t = (s: { p: number; r: number; f: number }) => `${f(s.f)} (P ${f(s.p)}, R ${f(s.r)})`;
  const each = (g: (e: FigureEval) => string) => evals.map(g);
  return [
    ['Figures', 'annotated figures (items)', ...each((e) => `${e.goldFigures} (${e.items})`)],
    ['Figures', 'span F1, exact boundaries', ...each((e) => t(e.spanExact))],
    ['Figures', 'span F1, overlapping', ...each((e) => t(e.spanOverlap))],
    ['Figures', 'value accuracy (interval; vague = vague)', ...each((e) => f(e.valueAccuracy))],
    ['Figures', 'unit accuracy', ...each((e) => f(e.unitAccuracy))],
    ['Figures', 'keyed when a quantity is named (and only then)', ...each((e) => f(e.keyedAccuracy))],
    ['Figures', 'key pairs F1 (same-quantity pairs across articles)', ...each((e) => `${t(e.keyPairs)}, n=${e.keyPairs.goldPairs}`)],
    ['Figures', 'false merges (pairs of different quantities, one key)', ...each((e) => String(e.keyPairs.falseMerges))],
    ['Attribution', 'sourced/unsourced accuracy', ...each((e) => `${f(e.sourcedAccuracy)} (n=${e.attributionN})`)],
    ['Attribution', '"unsourced" (what unsourced-figure reports)', ...each((e) => t(e.unsourced))],
    ['Attribution', 'named source is the annotated one', ...each((e) => f(e.sourceIdentity))],
    ['Attribution', 'claim sentences F1', ...each((e) => t(e.claims))],
    ['Attribution', 'claim sourcing (source / vague / none)', ...each((e) => f(e.claimSourcing))],
  ];
}

/** Both sets, scored: development first, then held-out. */
export function evaluateAll(): { dev: FigureEval; heldout: FigureEval } {
  return { dev: evaluate(readSet(DIR)), heldout: evaluate(readSet(HELDOUT)) };
}

function main(): void {
  const { dev, heldout } = evaluateAll();
  if (process.argv.includes('--json')) {
    const strip = ({ errors, ...rest }: FigureEval) => (void errors, rest);
    console.log(JSON.stringify({ dev: strip(dev), heldout: strip(heldout) }));
    return;
  }
  console.log('| area | measure | development set (data/eval/figures) | held-out set (data/eval/heldout) |');
  console.log('|---|---|---|---|');
  for (const row of rows(dev, heldout)) console.log(`| ${row.join(' | ')} |`);
  if (process.argv.includes('--errors')) {
    console.log('\nDevelopment set:');
    for (const err of dev.errors.sort()) console.log(err);
    console.log('\nHeld-out set:');
    for (const err of heldout.errors.sort()) console.log(err);
  }
}

if (require.main === module) main();
