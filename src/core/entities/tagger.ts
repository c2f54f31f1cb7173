// The averaged-perceptron sequence tagger at run time: packed weights, emission scores, Viterbi and greedy decoding.
import { sentenceFeatures } from './features';

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

/** A model ready for scoring: feature hash → row offset into `w` (T weights per feature). */
export interface Model {
  index: Map<number, number>;
  w: Float32Array;
  trans: Float32Array;
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
  const index = new Map<number, number>();
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
    index.set(key, row);
    row += T;
  }
  return { index, w, trans: Float32Array.from(p.trans) };
}

/** Emission scores, n × T, for a sentence's feature lists. */
export function emissions(model: Model, feats: number[][]): Float32Array {
  const out = new Float32Array(feats.length * T);
  const { index, w } = model;
  for (let i = 0; i < feats.length; i++) {
    const base = i * T;
    for (const f of feats[i]) {
      const r = index.get(f);
      if (r === undefined) continue;
      for (let t = 0; t < T; t++) out[base + t] += w[r + t];
    }
  }
  return out;
}

/** I-X may only follow B-X or I-X: BIO consistency is enforced, not learnt. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev !== T && (prev === cur || prev === cur - 1);
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
        if (!allowed(p, t)) continue;
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
  const em = emissions(model, sentenceFeatures(words));
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
