// The in-memory corpus index: per-article postings for entities, figure quantities and dates.
import type { Analysis, ArticleRecord, Entity, Span } from '../types';
import type { NameRegistry } from '../entities';
import type { ArticleSummary, Corpus, FigureRef, QueryOptions, Ref } from './index';
import { analyze } from '../analyze';

/** Bump when the serialised shape or the analysis changes, so stale caches are rebuilt. */
export const CORPUS_FORMAT_VERSION = 1;

interface Posting {
  uri: string;
  start: number;
  end: number;
  snippet: string;
}

interface FigurePosting extends Posting {
  text: string;
  value: number;
  low: number;
  high: number;
  unit: string | null;
  source: string | null;
}

interface NameEntry {
  id: string;
  name: string;
  type: Entity['type'];
}

interface ArticleEntry {
  summary: ArticleSummary;
  entities: Map<string, Posting[]>;
  figures: Map<string, FigurePosting[]>;
  dates: Map<string, Posting[]>;
  names: Map<string, NameEntry>;
}

const SNIPPET_MAX = 200;

/** The sentence around a span, whitespace collapsed and cut to about 200 characters around the span. */
export function snippetFor(analysis: Analysis, span: Span): string {
  const s = analysis.doc.sentences.find((x) => x.start <= span.start && span.end <= x.end);
  const text = analysis.doc.text;
  let from = s ? s.start : Math.max(0, span.start - 80);
  let to = s ? s.end : Math.min(text.length, span.end + 80);
  if (to - from > SNIPPET_MAX) {
    from = Math.max(from, span.start - 90);
    to = Math.min(to, Math.max(span.end + 90, from + SNIPPET_MAX));
  }
  let out = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (s && from > s.start) out = '… ' + out;
  if (s && to < s.end) out = out + ' …';
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class MemoryCorpus implements Corpus {
  private readonly articles = new Map<string, ArticleEntry>();
  /** Surface form → canonical entity, over all articles (first seen wins, deterministic by insertion). */
  private readonly nameIndex = new Map<string, NameEntry>();

  readonly names: NameRegistry = {
    lookup: (surface: string) => this.nameIndex.get(surface),
  };

  get size(): number {
    return this.articles.size;
  }

  add(record: ArticleRecord): void {
    const analysis = analyze(record.text, {
      uri: record.uri,
      format: record.format,
      names: this.names,
    });
    this.addAnalysis(record.uri, analysis);
  }

  /** Indexes an analysis made elsewhere (the server analyses open drafts itself). */
  addAnalysis(uri: string, analysis: Analysis): void {
    this.articles.delete(uri);
    const meta = analysis.doc.meta;
    const entry: ArticleEntry = {
      summary: { uri, date: meta.date, title: meta.title ?? null, outlet: meta.source ?? null },
      entities: new Map(),
      figures: new Map(),
      dates: new Map(),
      names: new Map(),
    };
    for (const e of analysis.entities) {
      push(entry.entities, e.id, { uri, start: e.start, end: e.end, snippet: snippetFor(analysis, e) });
      const n = { id: e.id, name: e.name, type: e.type };
      entry.names.set(e.text, n);
      entry.names.set(e.name, n);
      if (e.type === 'PER') {
        const last = e.name.split(' ').pop();
        if (last && last !== e.name) entry.names.set(last, n);
      }
    }
    for (const f of analysis.figures) {
      if (f.vague) continue;
      push(entry.figures, f.key, {
        uri,
        start: f.start,
        end: f.end,
        snippet: snippetFor(analysis, f),
        text: f.text,
        value: f.value,
        low: f.low,
        high: f.high,
        unit: f.unit,
        source: f.source && f.source.kind === 'source' ? f.source.text : null,
      });
    }
    for (const d of analysis.dates) {
      if (!d.value) continue;
      push(entry.dates, d.value, { uri, start: d.start, end: d.end, snippet: snippetFor(analysis, d) });
    }
    this.articles.set(uri, entry);
    for (const [surface, n] of entry.names) if (!this.nameIndex.has(surface)) this.nameIndex.set(surface, n);
  }

  remove(uri: string): void {
    const entry = this.articles.get(uri);
    if (!entry) return;
    this.articles.delete(uri);
    // Names are rebuilt so a removed article's spellings do not linger.
    this.nameIndex.clear();
    for (const a of this.articles.values()) {
      for (const [surface, n] of a.names) if (!this.nameIndex.has(surface)) this.nameIndex.set(surface, n);
    }
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  uris(): string[] {
    return [...this.articles.keys()];
  }

  article(uri: string): ArticleSummary | undefined {
    return this.articles.get(uri)?.summary;
  }

  private collect<P extends Posting>(
    pick: (a: ArticleEntry) => Map<string, P[]>,
    key: string,
    opts: QueryOptions | undefined,
  ): (P & Ref)[] {
    const out: (P & Ref)[] = [];
    for (const a of this.articles.values()) {
      if (a.summary.uri === opts?.excludeUri) continue;
      const list = pick(a).get(key);
      if (!list) continue;
      for (const p of list) out.push({ ...p, date: a.summary.date, outlet: a.summary.outlet, title: a.summary.title });
    }
    return out;
  }

  entityRefs(id: string, opts?: QueryOptions): Ref[] {
    return this.collect((a) => a.entities, id, opts);
  }

  figureRefs(key: string, opts?: QueryOptions): FigureRef[] {
    return this.collect((a) => a.figures, key, opts);
  }

  dateRefs(value: string, opts?: QueryOptions): Ref[] {
    return this.collect((a) => a.dates, value, opts);
  }

  entityArticleCount(id: string, opts?: QueryOptions): number {
    let n = 0;
    for (const a of this.articles.values()) if (a.summary.uri !== opts?.excludeUri && a.entities.has(id)) n++;
    return n;
  }

  aliases(id: string): string[] {
    const out = new Set<string>();
    for (const a of this.articles.values()) for (const [surface, n] of a.names) if (n.id === id) out.add(surface);
    return [...out].sort();
  }

  serialize(): string {
    const articles = [...this.articles.values()].map((a) => ({
      summary: a.summary,
      entities: [...a.entities],
      figures: [...a.figures].map(([k, v]) => [k, v.map((f) => ({ ...f, high: Number.isFinite(f.high) ? f.high : null }))]),
      dates: [...a.dates],
      names: [...a.names],
    }));
    return JSON.stringify({ format: 'faktenlage-corpus', version: CORPUS_FORMAT_VERSION, articles });
  }

  /** Restores from `serialize()` output; throws on a foreign or stale format so the caller rebuilds. */
  static from(serialized: string): MemoryCorpus {
    const data = JSON.parse(serialized);
    if (!data || data.format !== 'faktenlage-corpus' || data.version !== CORPUS_FORMAT_VERSION) {
      throw new Error('corpus cache has another format or version');
    }
    const c = new MemoryCorpus();
    for (const a of data.articles) {
      const entry: ArticleEntry = {
        summary: a.summary,
        entities: new Map(a.entities),
        figures: new Map(
          a.figures.map(([k, v]: [string, FigurePosting[]]) => [k, v.map((f) => ({ ...f, high: f.high ?? Infinity }))]),
        ),
        dates: new Map(a.dates),
        names: new Map(a.names),
      };
      c.articles.set(entry.summary.uri, entry);
      for (const [surface, n] of entry.names) if (!c.nameIndex.has(surface)) c.nameIndex.set(surface, n);
    }
    return c;
  }
}

export function createCorpus(records: Iterable<ArticleRecord> = []): Corpus & { addAnalysis(uri: string, a: Analysis): void } {
  const c = new MemoryCorpus();
  for (const r of records) c.add(r);
  return c;
}

export function deserializeCorpus(serialized: string): Corpus & { addAnalysis(uri: string, a: Analysis): void } {
  return MemoryCorpus.from(serialized);
}
