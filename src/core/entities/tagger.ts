// The averaged-perceptron sequence tagger at run time: packed weights, emission scores, Viterbi and greedy decoding.
import { BIAS, BOS, EOS, INIT, MIX, MW_HASH, mix, multiwordTags, wordFeatures } from './features';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Tag = (typeof TAGS)[number];
export const T = TAGS.length;

/** The weights as shipped: feature hashes delta-varint coded and int8 weights, both base64. */
export interface PackedModel {
  /** Multiply an int8 weight by this to get the trained value. */
  scale: number;
  /** (T + 1) × T transition weights; row T is the sentence start. */
  trans: number[];
  keys: string;
  weights: string;
}

/**
 * A model ready for scoring. Feature hashes map to row offsets into `w` (T weights per feature) through an
 * open-addressing table of typed arrays: with 60,000 features a JavaScript Map's lookups were the tagger's hot spot.
 */
export interface Model {
  /** Feature hashes by slot; a slot is free when its `rows` entry is 0. */
  keys: Int32Array;
  /** Row offset + 1 by slot. */
  rows: Int32Array;
  /** Slots − 1 (the table size is a power of two). */
  mask: number;
  w: Float32Array;
  trans: Float32Array;
}

/** Slot to start probing at: the hash is already well mixed, a multiply spreads its low bits anyway. */
function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0 & mask;
}

/** The row offset of a feature, or −1 when the model has no weights for it. */
export function rowOf(model: Model, key: number): number {
  const { keys, rows, mask } = model;
  for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
    const r = rows[i];
    if (r === 0) return -1;
    if (keys[i] === key) return r - 1;
  }
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function unpackModel(p: PackedModel): Model {
  const keyBytes = fromBase64(p.keys);
  const raw = fromBase64(p.weights);
  const w = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) w[i] = ((raw[i] << 24) >> 24) * p.scale;
  const n = raw.length / T;
  let size = 1;
  while (size < n * 2) size <<= 1;
  const model: Model = { keys: new Int32Array(size), rows: new Int32Array(size), mask: size - 1, w, trans: Float32Array.from(p.trans) };
  let key = 0;
  let row = 0;
  for (let i = 0; i < keyBytes.length; ) {
    let delta = 0;
    let mul = 1;
    for (;;) {
      const b = keyBytes[i++];
      delta += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    key += delta;
    let slot = slotOf(key | 0, model.mask);
    while (model.rows[slot] !== 0) slot = (slot + 1) & model.mask;
    model.keys[slot] = key | 0;
    model.rows[slot] = row + 1;
    row += T;
  }
  return model;
}

/** Emission scores, n × T, for a sentence's feature lists. */
export function emissions(model: Model, feats: number[][]): Float32Array {
  const out = new Float32Array(feats.length * T);
  const { w } = model;
  for (let i = 0; i < feats.length; i++) {
    const base = i * T;
    for (const f of feats[i]) {
      const r = rowOf(model, f);
      if (r < 0) continue;
      for (let t = 0; t < T; t++) out[base + t] += w[r + t];
    }
  }
  return out;
}

/** A word's summed weights: as itself, and as a neighbour at −2, −1, +1, +2. */
interface WordScores {
  self: Float32Array;
  ctx: Float32Array[];
  lowerHash: number;
  shapeHash: number;
  clsHash: number;
}

const scoreCaches = new WeakMap<Model, Map<string, WordScores>>();
const CACHE_MAX = 50000;

function addRow(model: Model, out: Float32Array, f: number, at = 0): void {
  const r = rowOf(model, f);
  if (r < 0) return;
  for (let t = 0; t < T; t++) out[at + t] += model.w[r + t];
}

function sumRows(model: Model, feats: number[]): Float32Array {
  const out = new Float32Array(T);
  for (const f of feats) addRow(model, out, f);
  return out;
}

function wordScores(model: Model, w: string): WordScores {
  let cache = scoreCaches.get(model);
  if (!cache) scoreCaches.set(model, (cache = new Map()));
  const hit = cache.get(w);
  if (hit) return hit;
  const wf = wordFeatures(w);
  const ws = {
    self: sumRows(model, wf.self),
    ctx: wf.ctx.map((c) => sumRows(model, c)),
    lowerHash: wf.lowerHash,
    shapeHash: wf.shapeHash,
    clsHash: wf.clsHash,
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(w, ws);
  return ws;
}

function add(out: Float32Array, at: number, v: Float32Array): void {
  for (let t = 0; t < T; t++) out[at + t] += v[t];
}

const constantCache = new WeakMap<Model, Record<'bias' | 'bos0' | 'bos1' | 'eos0' | 'eos1', Float32Array>>();

/** Scores of the position-only features (bias, sentence start and end), once per model. */
function constants(model: Model) {
  let c = constantCache.get(model);
  if (!c) {
    c = {
      bias: sumRows(model, [BIAS]),
      bos0: sumRows(model, [BOS[0]]),
      bos1: sumRows(model, [BOS[1]]),
      eos0: sumRows(model, [EOS[0]]),
      eos1: sumRows(model, [EOS[1]]),
    };
    constantCache.set(model, c);
  }
  return c;
}

/**
 * The same scores as `emissions(model, sentenceFeatures(words))`, from per-word sums cached per model:
 * a few vector additions per token instead of ~45 feature lookups, which keeps a 1,000-word draft
 * within a millisecond or two.
 */
export function fastEmissions(model: Model, words: readonly string[]): Float32Array {
  const n = words.length;
  const out = new Float32Array(n * T);
  const ws = words.map((w) => wordScores(model, w));
  const mw = multiwordTags(words);
  const { bias, bos0, bos1, eos0, eos1 } = constants(model);
  for (let i = 0; i < n; i++) {
    const at = i * T;
    add(out, at, bias);
    add(out, at, ws[i].self);
    const m = mw[i];
    if (m) addRow(model, out, MW_HASH[m], at);
    if (i === 0) {
      addRow(model, out, INIT, at);
      addRow(model, out, mix(INIT, ws[i].shapeHash, MIX.initShape), at);
      addRow(model, out, mix(INIT, ws[i].clsHash, MIX.initCls), at);
    }
    if (i >= 2) add(out, at, ws[i - 2].ctx[0]);
    else if (i === 1) add(out, at, bos0);
    else {
      add(out, at, bos0);
      add(out, at, bos1);
    }
    if (i >= 1) {
      add(out, at, ws[i - 1].ctx[1]);
      addRow(model, out, mix(ws[i - 1].lowerHash, ws[i].lowerHash, MIX.prevWord), at);
      addRow(model, out, mix(ws[i - 1].lowerHash, ws[i].shapeHash, MIX.prevShape), at);
      addRow(model, out, mix(ws[i - 1].lowerHash, ws[i].clsHash, MIX.prevCls), at);
      addRow(model, out, mix(ws[i - 1].clsHash, ws[i].clsHash, MIX.clsPair), at);
    }
    if (i + 1 < n) {
      add(out, at, ws[i + 1].ctx[2]);
      addRow(model, out, mix(ws[i].shapeHash, ws[i + 1].lowerHash, MIX.nextWord), at);
      addRow(model, out, mix(ws[i].clsHash, ws[i + 1].lowerHash, MIX.nextCls), at);
      if (i >= 1) addRow(model, out, mix(ws[i - 1].lowerHash, ws[i + 1].lowerHash, MIX.around), at);
    } else add(out, at, eos0);
    if (i + 2 < n) add(out, at, ws[i + 2].ctx[3]);
    else add(out, at, eos1);
  }
  return out;
}

/** I-X may only follow B-X or I-X: BIO consistency is enforced, not learnt. */
export function allowed(prev: number, cur: number): boolean {
  return ALLOWED[prev * T + cur] === 1;
}

const ALLOWED = new Uint8Array((T + 1) * T);
for (let p = 0; p <= T; p++) {
  for (let c = 0; c < T; c++) ALLOWED[p * T + c] = c === 0 || c % 2 === 1 || (p !== T && (p === c || p === c - 1)) ? 1 : 0;
}

/** Best tag sequence under emission + transition scores. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(T, t) ? em[t] + trans[T * T + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (ALLOWED[p * T + t] === 0) continue;
        const s = score[(i - 1) * T + p] + trans[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + best]) best = t;
  const path = new Array<number>(n);
  path[n - 1] = best;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** Left-to-right decoding: each tag chosen given the previous one only. */
export function greedy(em: Float32Array, n: number, trans: Float32Array): number[] {
  const path: number[] = [];
  let prev: number = T;
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestScore = -Infinity;
    for (let t = 0; t < T; t++) {
      if (!allowed(prev, t)) continue;
      const s = em[i * T + t] + trans[prev * T + t];
      if (s > bestScore) {
        bestScore = s;
        best = t;
      }
    }
    path.push(best);
    prev = best;
  }
  return path;
}

export type Decoder = 'viterbi' | 'greedy';

/** Tags the tokens of one sentence. */
export function tagWords(model: Model, words: readonly string[], decoder: Decoder = 'viterbi'): Tag[] {
  const em = fastEmissions(model, words);
  const path = (decoder === 'viterbi' ? viterbi : greedy)(em, words.length, model.trans);
  return path.map((t) => TAGS[t]);
}

/** Token spans [from, to) with their type, from a BIO sequence (a stray I- opens a span). */
export function bioSpans(tags: readonly string[]): { from: number; to: number; type: 'PER' | 'LOC' | 'ORG' }[] {
  const out: { from: number; to: number; type: 'PER' | 'LOC' | 'ORG' }[] = [];
  let cur: { from: number; to: number; type: 'PER' | 'LOC' | 'ORG' } | null = null;
  tags.forEach((tag, i) => {
    const type = tag.slice(2) as 'PER' | 'LOC' | 'ORG';
    if (tag === 'O' || tag.startsWith('B-') || (cur && cur.type !== type)) {
      if (cur) out.push(cur);
      cur = null;
    }
    if (tag !== 'O') {
      if (!cur) cur = { from: i, to: i + 1, type };
      else cur.to = i + 1;
    }
  });
  if (cur) out.push(cur);
  return out;
}
