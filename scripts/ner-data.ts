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

/** Fisher–Yates in place: both learners visit the sentences in a fresh order each epoch, drawn from the seeded `r`. */
function shuffle<T>(order: T[], r: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
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
    shuffle(order, r);
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

type Linear = { weights: Map<number, Float64Array>; trans: Float64Array };

/** Mean absolute value of a model's non-zero emission weights: the unit its scores are in. */
function unit(m: Linear): number {
  let sum = 0;
  let n = 0;
  for (const x of m.weights.values()) for (const v of x) if (v) {
      sum += Math.abs(v);
      n++;
    }
  return sum / (n || 1);
}

/**
 * A weighted sum of two linear models, each first brought to the same unit: the sum of two linear scorers is one
 * linear scorer, so an ensemble of a perceptron and a CRF costs nothing at run time.
 */
export function blend(a: Linear, b: Linear, share: number): Linear {
  const ua = unit(a);
  const ub = unit(b);
  const weights = new Map<number, Float64Array>();
  const put = (m: Linear, k: number) => {
    for (const [f, x] of m.weights) {
      let y = weights.get(f);
      if (!y) weights.set(f, (y = new Float64Array(T)));
      for (let t = 0; t < T; t++) y[t] += x[t] * k;
    }
  };
  put(a, (1 - share) / ua);
  put(b, share / ub);
  const trans = new Float64Array(a.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = (a.trans[i] * (1 - share)) / ua + (b.trans[i] * share) / ub;
  return { weights, trans };
}

/**
 * Trains and packs a model. `oBias` is taken off the O score of every token (through the bias feature, which fires
 * everywhere): the perceptron ends up cautious, precision well above recall, and a small shift trades some of
 * that precision for recall.
 */
export function trainModel(
  sentences: Sentence[],
  opts: TrainOptions & { runs?: number; oBias?: number; learner?: 'perceptron' | 'crf' | 'both'; c2?: number; eta?: number; crfEpochs?: number; mix?: number },
  prune?: number,
): { packed: PackedModel; model: Model } {
  const trained =
    opts.learner === 'crf'
      ? trainCrf(sentences, opts)
      : opts.learner === 'both'
        ? blend(trainAveraged(sentences, opts, opts.runs ?? 1), trainCrf(sentences, { ...opts, epochs: opts.crfEpochs ?? 15 }), opts.mix ?? 0.5)
        : trainAveraged(sentences, opts, opts.runs ?? 1);
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

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** L2 strength per sentence (CRFsuite's c2 over the number of sentences). */
  c2?: number;
  /** Initial learning rate. */
  eta?: number;
}

/**
 * Linear-chain CRF trained by stochastic gradient descent with L2 (lazily applied through a global scale, as in
 * CRFsuite's l2sgd), over the same features and BIO constraints as the perceptron. Unlike the perceptron it moves
 * every feature of every token towards its expected count, not only on mistakes, so rare features that co-occur
 * with names get graded weights instead of all-or-nothing ones.
 */
export function trainCrf(sentences: Sentence[], opts: CrfOptions): { weights: Map<number, Float64Array>; trans: Float64Array } {
  // Dense feature ids, so the inner loops index a typed array instead of a Map.
  const ids = new Map<number, number>();
  const data = sentences
    .map((s) => {
      const feats = sentenceFeatures(s.words).map((fs) => {
        const out = new Int32Array(fs.length);
        fs.forEach((f, k) => {
          let id = ids.get(f);
          if (id === undefined) ids.set(f, (id = ids.size));
          out[k] = id;
        });
        return out;
      });
      return { feats, gold: goldTags(s) };
    })
    .filter((d) => d.feats.length > 0);
  const N = data.length;
  const c2 = opts.c2 ?? 1;
  const lambda = (2 * c2) / N;
  const v = new Float64Array(ids.size * T);
  const trans = new Float64Array((T + 1) * T);
  let scale = 1;
  const eta0 = opts.eta ?? 0.1;
  const order = data.map((_, i) => i);
  const r = rng(opts.seed);
  const maxN = Math.max(...data.map((d) => d.feats.length));
  const E = new Float64Array(maxN * T);
  const alpha = new Float64Array(maxN * T);
  const beta = new Float64Array(maxN * T);
  const cn = new Float64Array(maxN);
  const M = new Float64Array((T + 1) * T);
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, r);
    for (const k of order) {
      const { feats, gold } = data[k];
      const n = feats.length;
      const eta = eta0 / (1 + lambda * eta0 * t);
      t++;
      // Emission potentials, each position shifted by its maximum so exp() cannot overflow.
      for (let i = 0; i < n; i++) {
        const base = i * T;
        for (let y = 0; y < T; y++) E[base + y] = 0;
        for (const f of feats[i]) {
          const o = f * T;
          for (let y = 0; y < T; y++) E[base + y] += v[o + y];
        }
        let mx = -Infinity;
        for (let y = 0; y < T; y++) mx = Math.max(mx, (E[base + y] *= scale));
        for (let y = 0; y < T; y++) E[base + y] = Math.exp(E[base + y] - mx);
      }
      for (let p = 0; p <= T; p++) for (let y = 0; y < T; y++) M[p * T + y] = allowed(p, y) ? Math.exp(trans[p * T + y]) : 0;
      // Scaled forward and backward passes.
      for (let i = 0; i < n; i++) {
        let z = 0;
        for (let y = 0; y < T; y++) {
          let s = 0;
          if (i === 0) s = M[T * T + y];
          else for (let p = 0; p < T; p++) s += alpha[(i - 1) * T + p] * M[p * T + y];
          alpha[i * T + y] = s * E[i * T + y];
          z += alpha[i * T + y];
        }
        cn[i] = z;
        for (let y = 0; y < T; y++) alpha[i * T + y] /= z;
      }
      for (let y = 0; y < T; y++) beta[(n - 1) * T + y] = 1;
      for (let i = n - 2; i >= 0; i--) {
        for (let p = 0; p < T; p++) {
          let s = 0;
          for (let y = 0; y < T; y++) s += M[p * T + y] * E[(i + 1) * T + y] * beta[(i + 1) * T + y];
          beta[i * T + p] = s / cn[i + 1];
        }
      }
      // L2 shrinks every weight: applied to the scale, not to each weight.
      scale *= 1 - eta * lambda;
      if (scale < 1e-20) {
        for (let i = 0; i < v.length; i++) v[i] *= scale;
        scale = 1;
      }
      const step = eta / scale;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        for (const f of feats[i]) {
          const o = f * T;
          for (let y = 0; y < T; y++) {
            const marg = alpha[i * T + y] * beta[i * T + y];
            v[o + y] += step * ((y === g ? 1 : 0) - marg);
          }
        }
        // Transition gradient: observed minus expected pair counts.
        const gp = i ? gold[i - 1] : T;
        trans[gp * T + g] += eta;
        if (i === 0) {
          for (let y = 0; y < T; y++) trans[T * T + y] -= eta * alpha[y] * beta[y];
        } else {
          for (let p = 0; p < T; p++) {
            const ap = alpha[(i - 1) * T + p];
            if (!ap) continue;
            for (let y = 0; y < T; y++) {
              const m = M[p * T + y];
              if (!m) continue;
              trans[p * T + y] -= (eta * ap * m * E[i * T + y] * beta[i * T + y]) / cn[i];
            }
          }
        }
      }
    }
  }
  const weights = new Map<number, Float64Array>();
  for (const [f, id] of ids) {
    const row = new Float64Array(T);
    let any = false;
    for (let y = 0; y < T; y++) if ((row[y] = v[id * T + y] * scale)) any = true;
    if (any) weights.set(f, row);
  }
  for (let p = 0; p <= T; p++) for (let y = 0; y < T; y++) if (!allowed(p, y)) trans[p * T + y] = 0;
  return { weights, trans };
}

/**
 * Mention replacement (Dai & Adel, COLING 2020): copies of the training sentences in which each PER/LOC/ORG span is,
 * with probability `prob`, swapped for another mention of the same type from the same training sentences. The
 * copies keep every context but pair it with other names, so the tagger leans on the context ("sagte …",
 * "in …", "… teilte mit") more and on having seen the very word less: what an unknown name needs.
 */
export function augment(sentences: Sentence[], copies: number, prob: number, seed: number): Sentence[] {
  const pool: Record<Type, string[][]> = { PER: [], LOC: [], ORG: [] };
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const g of s.gold) {
      if (g.type === 'IGN') continue;
      const words = s.words.slice(g.from, g.to);
      const key = g.type + ' ' + words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      pool[g.type].push(words);
    }
  }
  const r = rng(seed);
  const out: Sentence[] = [];
  for (let c = 0; c < copies; c++) {
    for (const s of sentences) {
      if (!s.gold.some((g) => g.type !== 'IGN')) continue;
      const gold = [...s.gold].sort((a, b) => a.from - b.from);
      const words: string[] = [];
      const newGold: GoldSpan[] = [];
      let at = 0;
      let changed = false;
      for (const g of gold) {
        if (g.from < at) continue;
        words.push(...s.words.slice(at, g.from));
        let span = s.words.slice(g.from, g.to);
        if (g.type !== 'IGN' && r() < prob) {
          const list = pool[g.type];
          span = list[Math.floor(r() * list.length)];
          changed = true;
        }
        newGold.push({ from: words.length, to: words.length + span.length, type: g.type });
        words.push(...span);
        at = g.to;
      }
      words.push(...s.words.slice(at));
      if (changed) out.push({ words, gold: newGold, news: s.news, source: s.source });
    }
  }
  return out;
}

/** The shipped learner: the perceptron and the CRF blended (CV 0.807 → 0.811 without augmentation, within noise alone, +0.005 with it). */
export const LEARNER_DEFAULT = 'both' as const;
/** The CRF's settings: weaker L2 (c2 = 0.1) beat CRFsuite's default of 1 by 0.012 F1 in CV. */
export const CRF = { c2: 0.1, eta: 0.1, epochs: 15, share: 0.5 };
/** One replaced copy of every sentence with a name, each name swapped with probability 0.8 (CV +0.003 alone). */
export const AUGMENT = { copies: 1, prob: 0.8, seed: 7 };
