// Shared helpers for NER training and evaluation: data readers, tokenizer, perceptron trainer, packing, scoring.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIAS, sentenceFeatures } from '../src/core/entities/features';
import { allowed, T, TAGS, unpackModel, viterbi, type Model, type PackedModel } from '../src/core/entities/tagger';

export const ROOT = join(__dirname, '..');
export const GERMEVAL = join(ROOT, '..', 'shared', 'data', 'germeval2014', 'NER-de-dev.tsv');
export const OWN_DATA = join(ROOT, 'data', 'ner');

export type Type = 'PER' | 'LOC' | 'ORG';
/** A gold span over tokens [from, to); IGN marks OTH and -deriv/-part spans, which are not scored. */
export interface GoldSpan {
  from: number;
  to: number;
  type: Type | 'IGN';
}
export interface Sentence {
  words: string[];
  gold: GoldSpan[];
  /** True for news sentences (GermEval: URL not on wikipedia.org; own data: always). */
  news: boolean;
  source: 'germeval' | 'own';
}

/** Reads GermEval 2014 TSV: outer column only; OTH, -deriv and -part become ignored spans. */
export function readGermEval(path = GERMEVAL): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence | null = null;
  let open: GoldSpan | null = null;
  const close = () => {
    if (open && cur) cur.gold.push(open);
    open = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#\t')) {
      close();
      cur = { words: [], gold: [], news: !/wikipedia\.org/.test(line.split('\t')[1] ?? ''), source: 'germeval' };
      out.push(cur);
      continue;
    }
    if (!line.trim() || !cur) {
      close();
      continue;
    }
    const [, token, outer] = line.split('\t');
    const i = cur.words.length;
    cur.words.push(token);
    if (outer === 'O') {
      close();
      continue;
    }
    const bio = outer.slice(0, 1);
    const label = outer.slice(2);
    const type: GoldSpan['type'] = label === 'PER' || label === 'LOC' || label === 'ORG' ? label : 'IGN';
    if (bio === 'B' || !open || (open as GoldSpan).type !== type) {
      close();
      open = { from: i, to: i + 1, type };
    } else (open as GoldSpan).to = i + 1;
  }
  close();
  return out;
}

/** Tokens as the project's segmenter produces them: hyphen compounds and "F.A.Z." stay whole. */
const TOKEN = /(?:\p{Lu}\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\d'’]*(?:-[\p{L}\p{M}\d]+)*-?|\S/gu;

export function tokenize(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Parses one line with inline annotations: "Laut [PER Olaf Scholz] reist er nach [LOC Kiew]." */
export function parseBracketed(line: string): Sentence {
  let plain = '';
  const marks: { start: number; end: number; type: Type }[] = [];
  const re = /\[(PER|LOC|ORG) ([^\]]+)\]/g;
  let last = 0;
  for (const m of line.matchAll(re)) {
    plain += line.slice(last, m.index);
    const start = plain.length;
    plain += m[2];
    marks.push({ start, end: plain.length, type: m[1] as Type });
    last = m.index! + m[0].length;
  }
  plain += line.slice(last);
  const toks = tokenize(plain);
  const gold: GoldSpan[] = [];
  for (const mk of marks) {
    const from = toks.findIndex((t) => t.start >= mk.start);
    let to = from;
    while (to < toks.length && toks[to].end <= mk.end) to++;
    if (from >= 0 && to > from) gold.push({ from, to, type: mk.type });
  }
  return { words: toks.map((t) => t.text), gold, news: true, source: 'own' };
}

/** A small deterministic PRNG (mulberry32), so training and template filling repeat exactly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ber', 'gen', 'mann', 'ko', 'wal', 'ski', 'tsch', 'uk', 'rin', 'hof', 'stein', 'lo', 'ma',
  'rek', 'dor', 'ler', 'ow', 'ew', 'na', 'schen', 'bach', 'ri', 'tz', 'ka', 'mer', 'wit', 'sch', 'enko', 'ov', 'el'];

/** An invented surname, so the model learns names from context rather than from lists. */
function inventName(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Reads the hand-annotated sentences and expands the templates (slots filled deterministically). */
export function readOwnData(dir = OWN_DATA, opts: { templates?: boolean } = {}): Sentence[] {
  if (!existsSync(dir)) return [];
  const out: Sentence[] = [];
  const lines = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  // Experiments: NER_SKIP="a.txt,b.txt" leaves those files out.
  const skip = new Set((process.env.NER_SKIP ?? '').split(',').filter(Boolean));
  const files = readdirSync(dir).filter((f) => !skip.has(f)).sort();
  for (const f of files) if (f.endsWith('.txt') && !f.startsWith('templates') && !f.startsWith('fill-')) {
    for (const l of lines(f)) out.push(parseBracketed(l));
  }
  if (files.includes('templates.txt') && opts.templates !== false) {
    const fill: Record<string, string[]> = {};
    for (const f of files) if (f.startsWith('fill-')) fill[f.slice(5, -4).toUpperCase()] = lines(f);
    const r = rng(20241123);
    const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
    const slot = (name: string): string => {
      if (name === 'LAST') return r() < 0.5 ? inventName(r) : pick(fill.LAST);
      if (name === 'FIRST') return pick(fill.FIRST);
      if (name === 'PER') return `${slot('FIRST')} ${slot('LAST')}`;
      return pick(fill[name]);
    };
    for (const t of lines('templates.txt')) {
      for (let k = 0; k < 3; k++) {
        const line = t.replace(/\{(PER|LAST|FIRST|CITY|COUNTRY|ORG|ROLE)\}/g, (_, s: string) => {
          const v = slot(s);
          const type = s === 'CITY' || s === 'COUNTRY' ? 'LOC' : s === 'ORG' ? 'ORG' : s === 'ROLE' ? '' : 'PER';
          return type ? `[${type} ${v}]` : v;
        });
        out.push(parseBracketed(line));
      }
    }
  }
  return out;
}

/** BIO tag indexes for a sentence's gold spans (ignored spans are O). */
export function goldTags(s: Sentence): number[] {
  const tags = new Array<number>(s.words.length).fill(0);
  for (const g of s.gold) {
    if (g.type === 'IGN') continue;
    const b = TAGS.indexOf(`B-${g.type}` as (typeof TAGS)[number]);
    tags[g.from] = b;
    for (let i = g.from + 1; i < g.to; i++) tags[i] = b + 1;
  }
  return tags;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
}

/** Structured averaged perceptron with Viterbi decoding; returns averaged weights. */
export function train(sentences: Sentence[], opts: TrainOptions): { weights: Map<number, Float64Array>; trans: Float64Array } {
  const data = sentences.map((s) => ({ feats: sentenceFeatures(s.words), gold: goldTags(s) }));
  const w = new Map<number, Float64Array>();
  const u = new Map<number, Float64Array>();
  const trans = new Float64Array((T + 1) * T);
  const transU = new Float64Array((T + 1) * T);
  let c = 1;
  const order = data.map((_, i) => i);
  const r = rng(opts.seed);
  const row = (m: Map<number, Float64Array>, f: number) => {
    let x = m.get(f);
    if (!x) m.set(f, (x = new Float64Array(T)));
    return x;
  };
  const em = (feats: number[][]) => {
    const out = new Float32Array(feats.length * T);
    feats.forEach((fs, i) => {
      for (const f of fs) {
        const x = w.get(f);
        if (x) for (let t = 0; t < T; t++) out[i * T + t] += x[t];
      }
    });
    return out;
  };
  const trans32 = new Float32Array(trans.length);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { feats, gold } = data[k];
      if (!feats.length) continue;
      for (let i = 0; i < trans.length; i++) trans32[i] = trans[i];
      const pred = viterbi(em(feats), feats.length, trans32);
      for (let i = 0; i < gold.length; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (const f of feats[i]) {
            row(w, f)[g] += 1;
            row(u, f)[g] += c;
            row(w, f)[p] -= 1;
            row(u, f)[p] -= c;
          }
        }
        const gp = i ? gold[i - 1] : T;
        const pp = i ? pred[i - 1] : T;
        if (gp !== pp || g !== p) {
          trans[gp * T + g] += 1;
          transU[gp * T + g] += c;
          trans[pp * T + p] -= 1;
          transU[pp * T + p] -= c;
        }
      }
      c++;
    }
  }
  // Averaging: avg = w − u / c.
  for (const [f, x] of w) {
    const y = u.get(f)!;
    for (let t = 0; t < T; t++) x[t] -= y[t] / c;
  }
  for (let i = 0; i < trans.length; i++) trans[i] -= transU[i] / c;
  for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) if (!allowed(p, t)) trans[p * T + t] = 0;
  return { weights: w, trans };
}

/** Packs weights: rows whose largest weight is below `prune` of the maximum are dropped, the rest quantised to int8. */
export function pack(m: { weights: Map<number, Float64Array>; trans: Float64Array }, prune = 0.01): PackedModel {
  let max = 0;
  for (const x of m.weights.values()) for (const v of x) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const rows: [number, Int8Array][] = [];
  for (const [f, x] of m.weights) {
    let big = 0;
    for (const v of x) big = Math.max(big, Math.abs(v));
    if (big < prune * max) continue;
    const q = Int8Array.from(x, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))));
    // Keys are stored unsigned so the delta coding stays non-negative.
    if (q.some((v) => v !== 0)) rows.push([f >>> 0, q]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  const keys: number[] = [];
  let prev = 0;
  for (const [f] of rows) {
    let d = f - prev;
    prev = f;
    while (d >= 128) {
      keys.push((d % 128) | 128);
      d = Math.floor(d / 128);
    }
    keys.push(d);
  }
  const weights = new Uint8Array(rows.length * T);
  rows.forEach(([, q], i) => weights.set(new Uint8Array(q.buffer, q.byteOffset, T), i * T));
  return {
    scale,
    trans: Array.from(m.trans, (v) => Math.round(v * 1000) / 1000),
    keys: Buffer.from(Uint8Array.from(keys)).toString('base64'),
    weights: Buffer.from(weights).toString('base64'),
  };
}

/**
 * Trains `runs` perceptrons on different sentence orders (seeds seed, seed+1, …) and averages their weights:
 * one perceptron's result swings by about a point of F1 with the order it saw, the average much less.
 */
export function trainAveraged(sentences: Sentence[], opts: TrainOptions, runs: number): ReturnType<typeof train> {
  const models = Array.from({ length: runs }, (_, r) => train(sentences, { ...opts, seed: opts.seed + r }));
  if (runs === 1) return models[0];
  const weights = new Map<number, Float64Array>();
  const trans = new Float64Array(models[0].trans.length);
  for (const m of models) {
    for (const [f, x] of m.weights) {
      let y = weights.get(f);
      if (!y) weights.set(f, (y = new Float64Array(T)));
      for (let t = 0; t < T; t++) y[t] += x[t] / runs;
    }
    for (let i = 0; i < trans.length; i++) trans[i] += m.trans[i] / runs;
  }
  return { weights, trans };
}

/**
 * Trains and packs a model. `oBias` is taken off the O score of every token (through the bias feature, which fires
 * everywhere): the perceptron ends up cautious, precision well above recall, and a small shift trades some of
 * that precision for recall.
 */
export function trainModel(
  sentences: Sentence[],
  opts: TrainOptions & { runs?: number; oBias?: number },
  prune?: number,
): { packed: PackedModel; model: Model } {
  const trained = trainAveraged(sentences, opts, opts.runs ?? 1);
  if (opts.oBias) {
    let row = trained.weights.get(BIAS);
    if (!row) trained.weights.set(BIAS, (row = new Float64Array(T)));
    row[0] -= opts.oBias;
  }
  const packed = pack(trained, prune);
  return { packed, model: unpackModel(packed) };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<Type | 'ALL', Counts>;

export function emptyScores(): Scores {
  return { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, ALL: { tp: 0, fp: 0, fn: 0 } };
}

/** Strict span scoring: exact boundaries and type; predictions overlapping an ignored gold span do not count. */
export function score(into: Scores, gold: GoldSpan[], pred: { from: number; to: number; type: Type }[]): void {
  const ign = gold.filter((g) => g.type === 'IGN');
  const real = gold.filter((g) => g.type !== 'IGN') as { from: number; to: number; type: Type }[];
  for (const p of pred) {
    if (ign.some((g) => p.from < g.to && g.from < p.to)) continue;
    const hit = real.some((g) => g.from === p.from && g.to === p.to && g.type === p.type);
    const k = hit ? 'tp' : 'fp';
    into[p.type][k]++;
    into.ALL[k]++;
  }
  for (const g of real) {
    if (!pred.some((p) => g.from === p.from && g.to === p.to && g.type === p.type)) {
      into[g.type].fn++;
      into.ALL.fn++;
    }
  }
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
