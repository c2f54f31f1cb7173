// The in-memory corpus index: interned keys, flat numeric postings per article, global posting lists per key.
import type { Analysis, ArticleRecord, Entity, Span } from '../types';
import type { NameRegistry } from '../entities';
import type { ArticleSummary, Corpus, CorpusRecord, FigureRef, QueryOptions, Ref } from './index';
import { analyze } from '../analyze';
import { periodStartDay } from '../dates/calendar';
import { keepOnly, lastAtOrBefore, packText, sliceText, textLength, unpackText, type PackedText } from './text';
import { asBytes, fnv1a, headerBytes, LENS, pad, readLayout, type BinaryHeader } from './binary';

/** Bump when the serialised shape or the analysis changes, so stale caches are rebuilt. */
export const CORPUS_FORMAT_VERSION = 4;

const SNIPPET_MAX = 200;

/** Strings stored once and referred to by number (keys, units, names, outlets). */
class Interner {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The id of a known string, without adding unknown ones (queries must not grow the table). */
  get(s: string): number | undefined {
    return this.ids.get(s);
  }

  static from(strings: string[]): Interner {
    const i = new Interner();
    for (const s of strings) i.id(s);
    return i;
  }
}

/**
 * Typed arrays cut from large shared blocks: ten thousand articles with eight small arrays each would
 * otherwise be eighty thousand buffers, each with its own allocation and bookkeeping. A removed
 * article's piece stays unused until its block is dropped; removals are rare (edits, deletions).
 */
class Slabs {
  private i32 = new Int32Array(0);
  private i32At = 0;
  private f64 = new Float64Array(0);
  private f64At = 0;
  private u8 = new Uint8Array(0);
  private u8At = 0;

  int(src: ArrayLike<number>): Int32Array {
    const n = src.length;
    if (n > SLAB / 8) return Int32Array.from(src);
    if (this.i32At + n > this.i32.length) [this.i32, this.i32At] = [new Int32Array(SLAB), 0];
    const v = this.i32.subarray(this.i32At, (this.i32At += n));
    v.set(src);
    return v;
  }

  float(src: ArrayLike<number>): Float64Array {
    const n = src.length;
    if (n > SLAB / 16) return Float64Array.from(src);
    if (this.f64At + n > this.f64.length) [this.f64, this.f64At] = [new Float64Array(SLAB / 2), 0];
    const v = this.f64.subarray(this.f64At, (this.f64At += n));
    v.set(src);
    return v;
  }

  bytes(src: Uint8Array): Uint8Array {
    const n = src.length;
    if (n > SLAB / 2) return src.slice();
    if (this.u8At + n > this.u8.length) [this.u8, this.u8At] = [new Uint8Array(SLAB * 4), 0];
    const v = this.u8.subarray(this.u8At, (this.u8At += n));
    v.set(src);
    return v;
  }

  text(t: PackedText): PackedText {
    const copy: PackedText = { bytes: this.bytes(t.bytes), wide: this.int(t.wide) };
    if (t.keep) [copy.keep, copy.length] = [this.int(t.keep), t.length];
    return copy;
  }
}

/** Elements of an Int32 block (4 MB); Float64 blocks hold half as many, byte blocks four times as many. */
const SLAB = 1 << 20;

/** Entities are stored once: canonical id, display name and type. */
interface EntityInfo {
  id: string;
  name: string;
  type: Entity['type'];
}

/*
 * Per article, postings are flat number arrays (no object per mention):
 *   ent: [keyId, start, end]*            keyId = interned entity id
 *   dat: [keyId, start, end]*            keyId = interned ISO value
 *   fig: [keyId, start, end, value, low, high, unitId, srcStart, srcEnd]*   high = -1 for ∞, unitId/src = -1 for none
 *   sen: [start, end]*                   sentence bounds, for snippets computed on demand
 *   nam: [surfaceId, entityIndex]*       surface forms seen in the article
 */
const ENT = 3;
const FIG = 9;
const EMPTY = new Int32Array(0);

interface Article {
  uri: string;
  date: string | null;
  /** The date as a day number (first day of a month or year), for date-window filters; NaN when undated. */
  day: number;
  title: string | null;
  outlet: string | null;
  /** Kept for snippets and figure wording, one byte a character (see ./text). */
  text: PackedText;
  sen: Postings;
  ent: Postings;
  dat: Postings;
  fig: Postings;
  nam: Postings;
}

/** Typed arrays once built (4 or 8 bytes a number, no boxing); plain arrays only while a cache is restored. */
type Postings = Int32Array | Float64Array | number[];

/** The stretch a snippet of a span is cut from: its sentence, or 80 characters either side when it lies in none. */
function around(sen: Postings, length: number, start: number, end: number): [number, number] {
  const found = lastAtOrBefore(sen, 2, start);
  if (found >= 0 && end <= sen[found * 2 + 1]) return [sen[found * 2], sen[found * 2 + 1]];
  return [Math.max(0, start - 80), Math.min(length, end + 80)];
}

/**
 * The stretches of an article's text the index ever reads, as [start, end]* pairs: the stretch around
 * every posting (snippets, figure wording) and every figure's source. The rest of the text (about a
 * third of a news article: sentences naming no one, no date, no figure) is not kept.
 */
function readRanges(length: number, sen: Postings, ent: Postings, dat: Postings, fig: Postings): number[] {
  const out: number[] = [];
  for (const flat of [ent, dat]) for (let i = 0; i < flat.length; i += ENT) out.push(...around(sen, length, flat[i + 1], flat[i + 2]));
  for (let i = 0; i < fig.length; i += FIG) {
    out.push(...around(sen, length, fig[i + 1], fig[i + 2]));
    if (fig[i + 7] !== -1) out.push(fig[i + 7], fig[i + 8]);
  }
  return out;
}

/** The sentence around a span, whitespace collapsed and cut to about 200 characters around the span. */
function snippet(a: Article, span: Span): string {
  const [sStart, sEnd] = around(a.sen, textLength(a.text), span.start, span.end);
  let from = sStart;
  let to = sEnd;
  if (to - from > SNIPPET_MAX) {
    from = Math.max(from, span.start - 90);
    to = Math.min(to, Math.max(span.end + 90, from + SNIPPET_MAX));
  }
  let out = sliceText(a.text, from, to).replace(/\s+/g, ' ').trim();
  if (from > sStart) out = '… ' + out;
  if (to < sEnd) out = out + ' …';
  return out;
}

class MemoryCorpus implements Corpus {
  private readonly keys: Interner;
  private readonly entities: EntityInfo[];
  private readonly entityIndex = new Map<string, number>();
  /** Article slots; a removed article leaves null until the next compaction. */
  private articles: (Article | null)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** keyId → article slots holding postings for it (a slot may repeat; queries de-duplicate). */
  private entPost = new Map<number, number[]>();
  private datPost = new Map<number, number[]>();
  private figPost = new Map<number, number[]>();
  /** Surface form → entity index; first article wins, rebuilt when an article goes. */
  private nameIndex = new Map<string, number>();
  private aliasIndex = new Map<number, Set<string>>();
  private removed = 0;
  private readonly slabs = new Slabs();

  readonly names: NameRegistry = {
    lookup: (surface: string) => {
      const e = this.nameIndex.get(surface);
      return e === undefined ? undefined : this.entities[e];
    },
  };

  constructor(keys = new Interner(), entities: EntityInfo[] = []) {
    this.keys = keys;
    this.entities = entities;
    entities.forEach((e, i) => this.entityIndex.set(e.id, i));
  }

  get size(): number {
    return this.slotOf.size;
  }

  add(record: ArticleRecord): void {
    this.addAnalysis(record.uri, analyze(record.text, { uri: record.uri, format: record.format, names: this.names }));
  }

  /** Indexes an analysis made elsewhere (the server analyses open drafts itself). */
  addAnalysis(uri: string, analysis: Analysis): void {
    this.addRecord(corpusRecord(uri, analysis));
  }

  private entityOf(id: string, name: string, type: Entity['type']): number {
    let i = this.entityIndex.get(id);
    if (i === undefined) {
      i = this.entities.length;
      this.entities.push({ id, name, type });
      this.entityIndex.set(id, i);
    }
    return i;
  }

  /**
   * Merges a record extracted elsewhere (a worker thread): its local string numbers become this
   * index's interned ones, so only numbers are copied and no analysis is kept.
   */
  addRecord(r: CorpusRecord): void {
    if (this.slotOf.has(r.uri)) this.remove(r.uri);
    const k = this.keys;
    const sid = r.strings.map((s) => k.id(s));
    const eid: number[] = [];
    for (let i = 0; i < r.entities.length; i += 3) {
      eid.push(this.entityOf(r.strings[r.entities[i]], r.strings[r.entities[i + 1]], r.strings[r.entities[i + 2]] as Entity['type']));
    }
    // Articles are analysed on their own (in any thread, in any order), so a bare surname there is
    // linked here: "Austin" joins "Lloyd Austin" when an article merged earlier named him in full,
    // as analysing with the corpus's names did when articles were read one after another.
    const relinked = new Map<number, number>();
    for (let i = 0; i < r.nam.length; i += 2) {
      const no = r.nam[i + 1];
      const e = this.entities[eid[no]];
      const surface = r.strings[r.nam[i]];
      if (e.type !== 'PER' || surface !== e.name || e.name.includes(' ')) continue;
      const known = this.nameIndex.get(surface);
      if (known !== undefined && known !== eid[no] && this.fuller(known, eid[no], surface)) {
        relinked.set(sid[r.entities[no * 3]], k.id(this.entities[known].id));
        eid[no] = known;
      }
    }
    const ent = Int32Array.from(r.ent);
    for (let i = 0; i < ent.length; i += ENT) {
      const key = sid[ent[i]];
      ent[i] = relinked.get(key) ?? key;
    }
    const dat = Int32Array.from(r.dat);
    for (let i = 0; i < dat.length; i += ENT) dat[i] = sid[dat[i]];
    const fig = Float64Array.from(r.fig);
    for (let i = 0; i < fig.length; i += FIG) {
      fig[i] = sid[fig[i]];
      if (fig[i + 6] !== -1) fig[i + 6] = sid[fig[i + 6]];
    }
    const nam = new Int32Array(r.nam.length);
    for (let i = 0; i < nam.length; i += 2) {
      nam[i] = sid[r.nam[i]];
      nam[i + 1] = eid[r.nam[i + 1]];
    }
    const m = this.slabs;
    this.insert({
      uri: r.uri,
      date: r.date,
      day: periodStartDay(r.date),
      title: r.title,
      outlet: r.outlet,
      text: m.text(keepOnly(r.text, readRanges(textLength(r.text), r.sen, r.ent, r.dat, r.fig))),
      sen: m.int(r.sen),
      ent: m.int(ent),
      dat: m.int(dat),
      fig: m.float(fig),
      nam: m.int(nam),
    });
  }

  /** Puts an article into a new slot and its postings into the global lists. */
  private insert(a: Article): void {
    const slot = this.articles.length;
    this.articles.push(a);
    this.slotOf.set(a.uri, slot);
    const post = (map: Map<number, number[]>, flat: Postings, stride: number) => {
      let last = -1;
      for (let i = 0; i < flat.length; i += stride) {
        const key = flat[i];
        if (key === last) continue;
        last = key;
        const list = map.get(key);
        if (list === undefined) map.set(key, [slot]);
        else if (list[list.length - 1] !== slot) list.push(slot);
      }
    };
    post(this.entPost, a.ent, ENT);
    post(this.datPost, a.dat, ENT);
    post(this.figPost, a.fig, FIG);
    this.addNames(a);
  }

  private addNames(a: Article): void {
    for (let i = 0; i < a.nam.length; i += 2) {
      const surface = this.keys.strings[a.nam[i]];
      const ei = a.nam[i + 1];
      const known = this.nameIndex.get(surface);
      if (known === undefined || this.fuller(ei, known, surface)) this.nameIndex.set(surface, ei);
      let aliases = this.aliasIndex.get(ei);
      if (!aliases) this.aliasIndex.set(ei, (aliases = new Set()));
      aliases.add(surface);
    }
  }

  /**
   * A full name wins a surface over a bare one: once "Lloyd Austin" is seen, "Austin" means him, even
   * if an article read earlier (files are not read in date order) named only "Austin".
   */
  private fuller(candidate: number, known: number, surface: string): boolean {
    const k = this.entities[known];
    const c = this.entities[candidate];
    return k.name === surface && c.type === k.type && c.name !== surface && c.name.endsWith(' ' + surface);
  }

  remove(uri: string): void {
    const slot = this.slotOf.get(uri);
    if (slot === undefined) return;
    this.slotOf.delete(uri);
    this.articles[slot] = null;
    this.removed++;
    // Postings of a removed slot are skipped by queries; compaction drops them once they pile up.
    if (this.removed > 64 && this.removed * 4 > this.articles.length) this.compact();
    else this.rebuildNames();
  }

  private rebuildNames(): void {
    this.nameIndex = new Map();
    this.aliasIndex = new Map();
    for (const a of this.articles) if (a) this.addNames(a);
  }

  private compact(): void {
    const live = this.articles.filter((a): a is Article => a !== null);
    this.articles = [];
    this.slotOf.clear();
    this.entPost = new Map();
    this.datPost = new Map();
    this.figPost = new Map();
    this.nameIndex = new Map();
    this.aliasIndex = new Map();
    this.removed = 0;
    for (const a of live) this.insert(a);
  }

  has(uri: string): boolean {
    return this.slotOf.has(uri);
  }

  uris(): string[] {
    return [...this.slotOf.keys()];
  }

  article(uri: string): ArticleSummary | undefined {
    const slot = this.slotOf.get(uri);
    const a = slot === undefined ? null : this.articles[slot];
    return a ? { uri: a.uri, date: a.date, title: a.title, outlet: a.outlet } : undefined;
  }

  /** Live articles with postings for a key, each once, in insertion order, filtered by the options. */
  private *holders(map: Map<number, number[]>, key: string, opts?: QueryOptions): Generator<Article> {
    const keyId = this.keyId(key);
    if (keyId === undefined) return;
    const slots = map.get(keyId);
    if (!slots) return;
    const day = opts?.near ? periodStartDay(opts.near.date) : NaN;
    const days = opts?.near?.days ?? Infinity;
    for (const slot of slots) {
      const a = this.articles[slot];
      if (!a || a.uri === opts?.excludeUri) continue;
      // NaN on either side compares false, so undated articles and undated drafts always match.
      if (Math.abs(a.day - day) > days) continue;
      yield a;
    }
  }

  private keyId(key: string): number | undefined {
    return this.keys.get(key);
  }

  /** A passage; its snippet is cut when first read, since a hover shows three of hundreds. */
  private ref(a: Article, start: number, end: number): Ref {
    let cut: string | undefined;
    return {
      uri: a.uri,
      start,
      end,
      get snippet() {
        return (cut ??= snippet(a, { start, end }));
      },
      date: a.date,
      outlet: a.outlet,
      title: a.title,
    };
  }

  /**
   * The articles holding a key, in insertion order; with a limit, the most recent first, since a hover
   * shows the latest few passages of what may be thousands.
   */
  private ordered(map: Map<number, number[]>, key: string, opts?: QueryOptions): Iterable<Article> {
    if (opts?.limit === undefined) return this.holders(map, key, opts);
    const list = [...this.holders(map, key, opts)];
    const day = (a: Article) => (Number.isNaN(a.day) ? -Infinity : a.day);
    return list.sort((x, y) => day(y) - day(x));
  }

  private spans(map: Map<number, number[]>, pick: (a: Article) => Postings, key: string, opts?: QueryOptions): Ref[] {
    const keyId = this.keyId(key);
    const limit = opts?.limit ?? Infinity;
    const out: Ref[] = [];
    for (const a of this.ordered(map, key, opts)) {
      const flat = pick(a);
      for (let i = 0; i < flat.length && out.length < limit; i += ENT) {
        if (flat[i] === keyId) out.push(this.ref(a, flat[i + 1], flat[i + 2]));
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  entityRefs(id: string, opts?: QueryOptions): Ref[] {
    return this.spans(this.entPost, (a) => a.ent, id, opts);
  }

  dateRefs(value: string, opts?: QueryOptions): Ref[] {
    return this.spans(this.datPost, (a) => a.dat, value, opts);
  }

  figureRefs(key: string, opts?: QueryOptions): FigureRef[] {
    const keyId = this.keyId(key);
    const limit = opts?.limit ?? Infinity;
    const out: FigureRef[] = [];
    for (const a of this.ordered(this.figPost, key, opts)) {
      const f = a.fig;
      for (let i = 0; i < f.length && out.length < limit; i += FIG) if (f[i] === keyId) out.push(this.figureRef(a, i));
      if (out.length >= limit) break;
    }
    return out;
  }

  disagreeing(key: string, interval: { low: number; high: number }, opts?: QueryOptions & { limit?: number }) {
    const keyId = this.keyId(key);
    // Only numbers are compared while scanning; refs are built for the few that are shown.
    const hits: { a: Article; i: number }[] = [];
    for (const a of this.holders(this.figPost, key, opts)) {
      const f = a.fig;
      for (let i = 0; i < f.length; i += FIG) {
        if (f[i] !== keyId) continue;
        const high = f[i + 5] === -1 ? Infinity : f[i + 5];
        if (f[i + 4] <= interval.high && interval.low <= high) continue;
        hits.push({ a, i });
      }
    }
    const limit = opts?.limit ?? Infinity;
    if (hits.length > limit) {
      // Closest in time first: the articles an editor compares a draft with are the recent ones.
      const day = periodStartDay(opts?.near?.date ?? null);
      const distance = (a: Article) => (Number.isNaN(a.day) || Number.isNaN(day) ? Infinity : Math.abs(a.day - day));
      hits.sort((x, y) => distance(x.a) - distance(y.a) || (x.a.uri < y.a.uri ? -1 : x.a.uri > y.a.uri ? 1 : 0) || x.i - y.i);
    }
    return { total: hits.length, refs: hits.slice(0, limit).map((h) => this.figureRef(h.a, h.i)) };
  }

  /** The figure posting at offset `i` of an article, as a ref (built field by field: a spread would cut the lazy snippet). */
  private figureRef(a: Article, i: number): FigureRef {
    const f = a.fig;
    const start = f[i + 1];
    const end = f[i + 2];
    return Object.assign(this.ref(a, start, end), {
      text: sliceText(a.text, start, end),
      value: f[i + 3],
      low: f[i + 4],
      high: f[i + 5] === -1 ? Infinity : f[i + 5],
      unit: f[i + 6] === -1 ? null : this.keys.strings[f[i + 6]],
      source: f[i + 7] === -1 ? null : sliceText(a.text, f[i + 7], f[i + 8]),
    }) as FigureRef;
  }

  figureCount(key: string, opts?: QueryOptions): number {
    const keyId = this.keyId(key);
    let n = 0;
    for (const a of this.holders(this.figPost, key, opts)) for (let i = 0; i < a.fig.length; i += FIG) if (a.fig[i] === keyId) n++;
    return n;
  }

  entityArticleCount(id: string, opts?: QueryOptions): number {
    let n = 0;
    for (const _ of this.holders(this.entPost, id, opts)) n++;
    return n;
  }

  aliases(id: string): string[] {
    const ei = this.entityIndex.get(id);
    return ei === undefined ? [] : [...(this.aliasIndex.get(ei) ?? [])].sort();
  }

  serialize(): string {
    return [...this.serializeChunks()].join('');
  }

  /**
   * `serialize()` in pieces (one per article), so a cache can be written without one giant string.
   * The keys, entities and articles are taken now: keys and entities only grow and an article's
   * record never changes, so changes made while the pieces are written cannot mix into them.
   */
  serializeChunks(): Iterable<string> {
    const keys = this.keys.strings.slice();
    const entities = this.entities.map((e) => [e.id, e.name, e.type]);
    const articles = this.articles.filter((a): a is Article => a !== null);
    return (function* () {
      yield `{"format":"faktenlage-corpus","version":${CORPUS_FORMAT_VERSION},"keys":${JSON.stringify(keys)},"entities":${JSON.stringify(entities)},"articles":[`;
      let sep = '';
      for (const a of articles) {
        yield sep + JSON.stringify([a.uri, a.date, a.title, a.outlet, unpackText(a.text), ...[a.sen, a.ent, a.dat, a.fig, a.nam].map((p) => Array.from(p))]);
        sep = ',';
      }
      yield ']}';
    })();
  }

  /**
   * The binary cache form (see ./binary), in pieces: the header, then views of the index's own typed
   * arrays, so writing a cache copies nothing in memory. Like `serializeChunks()`, it is the index as it
   * is now: an article's arrays never change once indexed, and later articles are not in the header.
   */
  serializeBinary(): Iterable<Uint8Array> {
    const articles = this.articles.filter((a): a is Article => a !== null);
    const header: BinaryHeader = {
      keys: this.keys.strings.slice(),
      entities: this.entities.map((e) => [e.id, e.name, e.type]),
      articles: articles.map((a) => [a.uri, a.date, a.title, a.outlet]),
      f64: 0,
      i32: articles.length * LENS,
      u8: 0,
    };
    const lens = new Int32Array(articles.length * LENS);
    articles.forEach((a, i) => {
      const keep = a.text.keep?.length ?? 0;
      const l = [a.text.bytes.length, a.text.wide.length, a.sen.length, a.ent.length, a.dat.length, a.fig.length, a.nam.length, keep, textLength(a.text)];
      lens.set(l, i * LENS);
      header.f64 += a.fig.length;
      header.i32 += l[1] + l[2] + l[3] + l[4] + l[6] + l[7];
      header.u8 += l[0];
    });
    const head = headerBytes(CORPUS_FORMAT_VERSION, header);
    return (function* () {
      yield head;
      let h: number | undefined;
      const body = (b: Uint8Array): Uint8Array => ((h = fnv1a(b, h)), b);
      for (const a of articles) yield body(asBytes(a.fig instanceof Float64Array ? a.fig : Float64Array.from(a.fig)));
      yield body(asBytes(lens));
      for (const a of articles) {
        for (const p of [a.text.wide, a.sen, a.ent, a.dat, a.nam, a.text.keep ?? EMPTY]) yield body(asBytes(p instanceof Int32Array ? p : Int32Array.from(p)));
      }
      for (const a of articles) yield body(a.text.bytes);
      const end = header.u8;
      const tail = new Uint8Array(pad(end, 4) + 4);
      body(tail.subarray(0, tail.length - 4));
      new DataView(tail.buffer).setUint32(tail.length - 4, h ?? fnv1a(new Uint8Array(0)), true);
      yield tail;
    })();
  }

  /**
   * Restores from `serializeBinary()` bytes. The postings and texts stay views into those bytes (copied
   * once if they are not 8-byte aligned), so a loaded index holds the file once and nothing beside it.
   */
  static fromBinary(input: Uint8Array): MemoryCorpus {
    const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
    const { header, f64At, i32At, u8At } = readLayout(bytes, CORPUS_FORMAT_VERSION);
    const buf = bytes.buffer;
    const base = bytes.byteOffset;
    const f64 = new Float64Array(buf, base + f64At, header.f64);
    const i32 = new Int32Array(buf, base + i32At, header.i32);
    const u8 = new Uint8Array(buf, base + u8At, header.u8);
    const n = header.articles.length;
    if (n * LENS > i32.length) throw new Error('corpus cache is damaged (lengths)');
    const entities: EntityInfo[] = header.entities.map(([id, name, type]) => ({ id, name, type: type as Entity['type'] }));
    const c = new MemoryCorpus(Interner.from(header.keys), entities);
    let f = 0;
    let i = n * LENS;
    let u = 0;
    const take32 = (len: number): Int32Array => {
      if (len < 0 || i + len > i32.length) throw new Error('corpus cache is damaged (lengths)');
      return i32.subarray(i, (i += len));
    };
    for (let k = 0; k < n; k++) {
      const [uri, date, title, outlet] = header.articles[k];
      const l = i32.subarray(k * LENS, k * LENS + LENS);
      if (typeof uri !== 'string' || l[0] < 0 || u + l[0] > u8.length || l[5] < 0 || f + l[5] > f64.length || l[7] % 3 !== 0 || l[8] < l[0]) {
        throw new Error('corpus cache is damaged (lengths)');
      }
      const text: PackedText = { bytes: u8.subarray(u, (u += l[0])), wide: take32(l[1]) };
      const sen = take32(l[2]);
      const ent = take32(l[3]);
      const dat = take32(l[4]);
      const nam = take32(l[6]);
      // A text kept whole has no stretches and its full length; one with no posting at all keeps no stretch.
      if (l[7] > 0 || l[8] !== l[0]) [text.keep, text.length] = [take32(l[7]), l[8]];
      c.insert({ uri, date, day: periodStartDay(date), title, outlet, text, sen, ent, dat, fig: f64.subarray(f, (f += l[5])), nam });
    }
    if (f !== f64.length || i !== i32.length || u !== u8.length) throw new Error('corpus cache is damaged (lengths)');
    c.checkReferences();
    return c;
  }

  /**
   * Key and entity numbers a query or name lookup follows must exist: a damaged file that passed the
   * checksums (or a hand-made one) then fails here, at load, instead of in a hover.
   */
  private checkReferences(): void {
    const keys = this.keys.strings.length;
    const entities = this.entities.length;
    const bad = (msg: string) => new Error(`corpus cache is damaged (${msg})`);
    for (const a of this.articles) {
      if (!a) continue;
      for (const flat of [a.ent, a.dat]) for (let i = 0; i < flat.length; i += ENT) if (!(flat[i] >= 0 && flat[i] < keys)) throw bad('key');
      for (let i = 0; i < a.fig.length; i += FIG) {
        if (!(a.fig[i] >= 0 && a.fig[i] < keys) || !(a.fig[i + 6] >= -1 && a.fig[i + 6] < keys)) throw bad('key');
      }
      for (let i = 0; i < a.nam.length; i += 2) {
        if (!(a.nam[i] >= 0 && a.nam[i] < keys) || !(a.nam[i + 1] >= 0 && a.nam[i + 1] < entities)) throw bad('name');
      }
    }
  }

  /** Restores from `serialize()` output; throws on a foreign, stale or damaged cache so the caller rebuilds. */
  static from(serialized: string | object): MemoryCorpus {
    const data = typeof serialized === 'string' ? JSON.parse(serialized) : serialized;
    if (!data || data.format !== 'faktenlage-corpus' || data.version !== CORPUS_FORMAT_VERSION) {
      throw new Error('corpus cache has another format or version');
    }
    if (!Array.isArray(data.keys) || !Array.isArray(data.entities) || !Array.isArray(data.articles)) {
      throw new Error('corpus cache is damaged');
    }
    const entities: EntityInfo[] = data.entities.map(([id, name, type]: [string, string, Entity['type']]) => ({ id, name, type }));
    const c = new MemoryCorpus(Interner.from(data.keys), entities);
    for (const row of data.articles) {
      const [uri, date, title, outlet, text, sen, ent, dat, fig, nam] = row;
      if (typeof uri !== 'string' || typeof text !== 'string' || ![sen, ent, dat, fig, nam].every(Array.isArray)) {
        throw new Error('corpus cache is damaged');
      }
      const m = c.slabs;
      c.insert({
        uri,
        date,
        day: periodStartDay(date),
        title,
        outlet,
        text: m.text(keepOnly(packText(text), readRanges(text.length, sen, ent, dat, fig))),
        sen: m.int(sen),
        ent: m.int(ent),
        dat: m.int(dat),
        fig: m.float(fig),
        nam: m.int(nam),
      });
    }
    return c;
  }
}

/**
 * What the index keeps of one analysed article, as plain numbers and strings that cross a thread
 * boundary cheaply: strings are numbered locally (`strings`), postings refer to those numbers.
 *   entities: [idStr, nameStr, typeStr]*   the article's distinct entities
 *   ent/dat: [keyStr, start, end]*          fig: [keyStr, start, end, value, low, high (-1 = ∞), unitStr (-1), srcStart, srcEnd]*
 *   sen: [start, end]*                      nam: [surfaceStr, entity number in `entities`]*
 */
export function corpusRecord(uri: string, analysis: Analysis): CorpusRecord {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let n = ids.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      ids.set(s, n);
    }
    return n;
  };
  const meta = analysis.doc.meta;
  const sen = new Int32Array(analysis.doc.sentences.length * 2);
  analysis.doc.sentences.forEach((s, i) => {
    sen[i * 2] = s.start;
    sen[i * 2 + 1] = s.end;
  });
  const entities: number[] = [];
  const entityNo = new Map<string, number>();
  const ent = new Int32Array(analysis.entities.length * ENT);
  const surfaces = new Map<string, number>();
  analysis.entities.forEach((e, i) => {
    ent[i * ENT] = id(e.id);
    ent[i * ENT + 1] = e.start;
    ent[i * ENT + 2] = e.end;
    let no = entityNo.get(e.id);
    if (no === undefined) {
      no = entities.length / 3;
      entityNo.set(e.id, no);
      entities.push(id(e.id), id(e.name), id(e.type));
    }
    surfaces.set(e.text, no);
    surfaces.set(e.name, no);
    if (e.type === 'PER') {
      const last = e.name.split(' ').pop();
      if (last && last !== e.name) surfaces.set(last, no);
    }
  });
  const nam = new Int32Array(surfaces.size * 2);
  let n = 0;
  for (const [surface, no] of surfaces) {
    nam[n++] = id(surface);
    nam[n++] = no;
  }
  const dat: number[] = [];
  for (const d of analysis.dates) if (d.value) dat.push(id(d.value), d.start, d.end);
  const fig: number[] = [];
  for (const f of analysis.figures) {
    if (f.vague || !f.key) continue;
    const src = f.source && f.source.kind === 'source' ? f.source : null;
    fig.push(
      id(f.key),
      f.start,
      f.end,
      f.value,
      f.low,
      Number.isFinite(f.high) ? f.high : -1,
      f.unit === null ? -1 : id(f.unit),
      src ? src.start : -1,
      src ? src.end : -1,
    );
  }
  return {
    uri,
    date: meta.date,
    title: meta.title ?? null,
    outlet: meta.source ?? null,
    text: packText(analysis.doc.text),
    strings,
    entities: Int32Array.from(entities),
    sen,
    ent,
    dat: Int32Array.from(dat),
    fig: Float64Array.from(fig),
    nam,
  };
}

export function createCorpus(records: Iterable<ArticleRecord> = []): Corpus & { addAnalysis(uri: string, a: Analysis): void } {
  const c = new MemoryCorpus();
  for (const r of records) c.add(r);
  return c;
}

/** Restores a corpus from `serialize()` output, or from that output already parsed (inside a larger JSON document). */
export function deserializeCorpus(serialized: string | object | Uint8Array): Corpus & { addAnalysis(uri: string, a: Analysis): void } {
  return serialized instanceof Uint8Array ? MemoryCorpus.fromBinary(serialized) : MemoryCorpus.from(serialized);
}
