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
 * Most conjunction features of a sentence (word pairs) are not in the model, so a bit filter small enough to stay
 * in the processor's cache answers those without reading the table.
 */
export interface Model {
  /** Two ints per slot, the feature hash and then its row offset + 1, so one probe reads one cache line; 0: a free slot. */
  slots: Int32Array;
  /** Slots − 1 (the table size is a power of two). */
  mask: number;
  /** One bit per filter position (see `filterBit`): a clear bit proves the model has no weights for the feature. */
  filter: Int32Array;
  /** 32 − log2 of the filter's bit count. */
  filterShift: number;
  w: Float32Array;
  trans: Float32Array;
}

/** Slot to start probing at: the hash is already well mixed, a multiply spreads its low bits anyway. */
function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0 & mask;
}

/** The filter position of a feature: the high bits of another multiply, so it is independent of the slot. */
function filterBit(key: number, shift: number): number {
  return Math.imul(key, 0x85ebca6b) >>> shift;
}

/** The row offset of a feature, or −1 when the model has no weights for it. */
export function rowOf(model: Model, key: number): number {
  const b = filterBit(key, model.filterShift);
  if ((model.filter[b >>> 5] & (1 << (b & 31))) === 0) return -1;
  const { slots, mask } = model;
  for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
    const r = slots[2 * i + 1];
    if (r === 0) return -1;
    if (slots[2 * i] === key) return r - 1;
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
  // About 16 filter bits per feature: one false positive in ~16 misses, and 128 KB for the shipped model.
  let bits = 1 << 10;
  let shift = 22;
  while (bits < n * 16) {
    bits <<= 1;
    shift--;
  }
  const model: Model = { slots: new Int32Array(size * 2), mask: size - 1, filter: new Int32Array(bits >>> 5), filterShift: shift, w, trans: Float32Array.from(p.trans) };
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
    while (model.slots[2 * slot + 1] !== 0) slot = (slot + 1) & model.mask;
    model.slots[2 * slot] = key | 0;
    model.slots[2 * slot + 1] = row + 1;
    const b = filterBit(key | 0, shift);
    model.filter[b >>> 5] |= 1 << (b & 31);
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

/** Floats per word in the pool: its summed weights as itself, and as a neighbour at −2, −1, +1, +2. */
const WORD = 5 * T;
const SELF = 0;
const CTX = [T, 2 * T, 3 * T, 4 * T];

/**
 * Per model, the words scored so far: an id per word, and by id its sums in one pooled array and its three hashes
 * (lower-case form, shape, class) for the conjunction features. Typed arrays instead of an object per word keep the
 * sums of neighbouring tokens close together and give the collector nothing to trace.
 */
interface WordCache {
  ids: Map<string, number>;
  sums: Float32Array;
  /** lowerHash, shapeHash, clsHash by id. */
  hashes: Int32Array;
  /** The position-only rows (bias, sentence start −2/−1, end +1/+2), T floats each. */
  consts: Float32Array;
}

const wordCaches = new WeakMap<Model, WordCache>();
/** Bounded so a long editing session cannot grow it without limit. */
const CACHE_MAX = 50000;

/** Adds a feature's weights at `at`, when the model has any. */
function addRow(model: Model, out: Float32Array, f: number, at: number): void {
  const r = rowOf(model, f);
  if (r >= 0) add(out, at, model.w, r);
}

/** T (seven) floats of `src` from `from`, added at `at`; written out, as a loop over a module constant compiles less tight. */
function add(out: Float32Array, at: number, src: Float32Array, from: number): void {
  out[at] += src[from];
  out[at + 1] += src[from + 1];
  out[at + 2] += src[from + 2];
  out[at + 3] += src[from + 3];
  out[at + 4] += src[from + 4];
  out[at + 5] += src[from + 5];
  out[at + 6] += src[from + 6];
}

function cacheOf(model: Model): WordCache {
  let c = wordCaches.get(model);
  if (!c) {
    const consts = new Float32Array(5 * T);
    [BIAS, BOS[0], BOS[1], EOS[0], EOS[1]].forEach((f, k) => addRow(model, consts, f, k * T));
    c = { ids: new Map(), sums: new Float32Array(1024 * WORD), hashes: new Int32Array(1024 * 3), consts };
    wordCaches.set(model, c);
  }
  return c;
}

/** The id of a word, its sums computed on first sight (feature by feature in list order, as `emissions` adds them). */
function wordId(model: Model, c: WordCache, w: string): number {
  let id = c.ids.get(w);
  if (id !== undefined) return id;
  id = c.ids.size;
  if ((id + 1) * WORD > c.sums.length) {
    const sums = new Float32Array(c.sums.length * 2);
    sums.set(c.sums);
    c.sums = sums;
    const hashes = new Int32Array(c.hashes.length * 2);
    hashes.set(c.hashes);
    c.hashes = hashes;
  }
  const wf = wordFeatures(w);
  const at = id * WORD;
  c.sums.fill(0, at, at + WORD);
  for (const f of wf.self) addRow(model, c.sums, f, at + SELF);
  for (let k = 0; k < 4; k++) for (const f of wf.ctx[k]) addRow(model, c.sums, f, at + CTX[k]);
  c.hashes[id * 3] = wf.lowerHash;
  c.hashes[id * 3 + 1] = wf.shapeHash;
  c.hashes[id * 3 + 2] = wf.clsHash;
  c.ids.set(w, id);
  return id;
}

/** Scratch arrays reused from sentence to sentence, grown on demand. */
let idScratch = new Int32Array(256);
let emScratch = new Float32Array(256 * T);

/** Word ids of a sentence; the cache is emptied first when the sentence might not fit, so no id changes meaning within it. */
function sentenceIds(model: Model, words: readonly string[]): { c: WordCache; ids: Int32Array } {
  const c = cacheOf(model);
  const n = words.length;
  if (c.ids.size + n > CACHE_MAX) c.ids.clear();
  if (idScratch.length < n) idScratch = new Int32Array(Math.max(n, idScratch.length * 2));
  for (let i = 0; i < n; i++) idScratch[i] = wordId(model, c, words[i]);
  return { c, ids: idScratch };
}

/**
 * Writes the same scores as `emissions(model, sentenceFeatures(words))` into `out` (zeroed), from per-word sums
 * cached per model: a few vector additions per token instead of ~45 feature lookups, which keeps a 1,000-word
 * draft within a millisecond or two. The additions keep the order the per-word objects had before the pool, so the
 * float32 sums are the same to the bit as then; they differ from `emissions`' one-feature-at-a-time sums by rounding only.
 */
function scoreInto(model: Model, words: readonly string[], out: Float32Array): void {
  const n = words.length;
  const { c, ids } = sentenceIds(model, words);
  const { sums, hashes, consts } = c;
  const mw = multiwordTags(words);
  for (let i = 0; i < n; i++) {
    const at = i * T;
    const id = ids[i];
    const lower = hashes[id * 3];
    const shape = hashes[id * 3 + 1];
    const cls = hashes[id * 3 + 2];
    add(out, at, consts, 0);
    add(out, at, sums, id * WORD + SELF);
    const m = mw[i];
    if (m) addRow(model, out, MW_HASH[m], at);
    if (i === 0) {
      addRow(model, out, INIT, at);
      addRow(model, out, mix(INIT, shape, MIX.initShape), at);
      addRow(model, out, mix(INIT, cls, MIX.initCls), at);
    }
    if (i >= 2) add(out, at, sums, ids[i - 2] * WORD + CTX[0]);
    else if (i === 1) add(out, at, consts, T);
    else {
      add(out, at, consts, T);
      add(out, at, consts, 2 * T);
    }
    if (i >= 1) {
      const prev = ids[i - 1];
      const prevLower = hashes[prev * 3];
      add(out, at, sums, prev * WORD + CTX[1]);
      addRow(model, out, mix(prevLower, lower, MIX.prevWord), at);
      addRow(model, out, mix(prevLower, shape, MIX.prevShape), at);
      addRow(model, out, mix(prevLower, cls, MIX.prevCls), at);
      addRow(model, out, mix(hashes[prev * 3 + 2], cls, MIX.clsPair), at);
    }
    if (i + 1 < n) {
      const next = ids[i + 1];
      const nextLower = hashes[next * 3];
      add(out, at, sums, next * WORD + CTX[2]);
      addRow(model, out, mix(shape, nextLower, MIX.nextWord), at);
      addRow(model, out, mix(cls, nextLower, MIX.nextCls), at);
      if (i >= 1) addRow(model, out, mix(hashes[ids[i - 1] * 3], nextLower, MIX.around), at);
    } else add(out, at, consts, 3 * T);
    if (i + 2 < n) add(out, at, sums, ids[i + 2] * WORD + CTX[3]);
    else add(out, at, consts, 4 * T);
  }
}

/** The same scores as `emissions(model, sentenceFeatures(words))`, n × T, in a new array. */
export function fastEmissions(model: Model, words: readonly string[]): Float32Array {
  const out = new Float32Array(words.length * T);
  scoreInto(model, words, out);
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

let scoreScratch = new Float64Array(256 * T);
let backScratch = new Int32Array(256 * T);
let pathScratch = new Int32Array(256);

/** Viterbi into the shared path scratch (valid until the next call); ties go to the lowest tag, as they always did. */
function decodeViterbi(em: Float32Array, n: number, trans: Float32Array): Int32Array {
  if (scoreScratch.length < n * T) {
    scoreScratch = new Float64Array(Math.max(n, scoreScratch.length / T * 2) * T);
    backScratch = new Int32Array(scoreScratch.length);
  }
  if (pathScratch.length < n) pathScratch = new Int32Array(Math.max(n, pathScratch.length * 2));
  const score = scoreScratch;
  const back = backScratch;
  const path = pathScratch;
  if (n === 0) return path;
  for (let t = 0; t < T; t++) score[t] = allowed(T, t) ? em[t] + trans[T * T + t] : -Infinity;
  // ALLOWED unrolled: O and the B- tags may follow any tag, an I- tag only its own B- or I- tag. Predecessors are
  // tried in ascending order and only a strictly better score wins, so ties go where they always went.
  for (let i = 1; i < n; i++) {
    const from = (i - 1) * T;
    const at = i * T;
    const s0 = score[from];
    const s1 = score[from + 1];
    const s2 = score[from + 2];
    const s3 = score[from + 3];
    const s4 = score[from + 4];
    const s5 = score[from + 5];
    const s6 = score[from + 6];
    for (let t = 0; t < T; t = t === 0 ? 1 : t + 2) {
      let best = -Infinity;
      let arg = 0;
      let s = s0 + trans[t];
      if (s > best) {
        best = s;
        arg = 0;
      }
      s = s1 + trans[T + t];
      if (s > best) {
        best = s;
        arg = 1;
      }
      s = s2 + trans[2 * T + t];
      if (s > best) {
        best = s;
        arg = 2;
      }
      s = s3 + trans[3 * T + t];
      if (s > best) {
        best = s;
        arg = 3;
      }
      s = s4 + trans[4 * T + t];
      if (s > best) {
        best = s;
        arg = 4;
      }
      s = s5 + trans[5 * T + t];
      if (s > best) {
        best = s;
        arg = 5;
      }
      s = s6 + trans[6 * T + t];
      if (s > best) {
        best = s;
        arg = 6;
      }
      score[at + t] = best + em[at + t];
      back[at + t] = arg;
    }
    for (let t = 2; t < T; t += 2) {
      const fromB = score[from + t - 1] + trans[(t - 1) * T + t];
      const fromI = score[from + t] + trans[t * T + t];
      let best = -Infinity;
      let arg = 0;
      if (fromB > best) {
        best = fromB;
        arg = t - 1;
      }
      if (fromI > best) {
        best = fromI;
        arg = t;
      }
      score[at + t] = best + em[at + t];
      back[at + t] = arg;
    }
  }
  let best = 0;
  const last = (n - 1) * T;
  for (let t = 1; t < T; t++) if (score[last + t] > score[last + best]) best = t;
  path[n - 1] = best;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** Best tag sequence under emission + transition scores. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): number[] {
  return Array.from(decodeViterbi(em, n, trans).subarray(0, n));
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

/** Emission scores of a sentence in the shared scratch array (valid until the next sentence). */
function scratchEmissions(model: Model, words: readonly string[]): Float32Array {
  const size = words.length * T;
  if (emScratch.length < size) emScratch = new Float32Array(Math.max(size, emScratch.length * 2));
  emScratch.fill(0, 0, size);
  scoreInto(model, words, emScratch);
  return emScratch;
}

/** Tags the tokens of one sentence. */
export function tagWords(model: Model, words: readonly string[], decoder: Decoder = 'viterbi'): Tag[] {
  const em = scratchEmissions(model, words);
  const n = words.length;
  if (decoder === 'greedy') return greedy(em, n, model.trans).map((t) => TAGS[t]);
  const path = decodeViterbi(em, n, model.trans);
  const out = new Array<Tag>(n);
  for (let i = 0; i < n; i++) out[i] = TAGS[path[i]];
  return out;
}

type Span = { from: number; to: number; type: 'PER' | 'LOC' | 'ORG' };
const SPAN_TYPES = ['PER', 'LOC', 'ORG'] as const;

/** `bioSpans(tagWords(model, words))` without the tag strings: the Viterbi path read as spans directly. */
export function tagSpans(model: Model, words: readonly string[]): Span[] {
  const n = words.length;
  const path = decodeViterbi(scratchEmissions(model, words), n, model.trans);
  const out: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < n; i++) {
    const t = path[i];
    // Odd tags open a span (B-), even ones other than O continue one of their type (I-); tag 0 is O.
    const type = SPAN_TYPES[(t - 1) >> 1];
    if (t === 0 || (t & 1) === 1 || (cur && cur.type !== type)) {
      if (cur) out.push(cur);
      cur = null;
    }
    if (t !== 0) {
      if (!cur) cur = { from: i, to: i + 1, type };
      else cur.to = i + 1;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Token spans [from, to) with their type, from a BIO sequence (a stray I- opens a span). */
export function bioSpans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
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
