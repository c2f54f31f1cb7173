// An index over article records answering which articles mention an entity, a quantity or a date, and where.
import type { Analysis, ArticleRecord, Entity, Figure } from '../types';
import type { NameRegistry } from '../entities';
import type { PackedText } from './text';

/** A passage of a corpus article. */
export interface Ref {
  uri: string;
  start: number;
  end: number;
  /** The sentence around the passage, whitespace collapsed, at most ~200 characters (cut when first read). */
  readonly snippet: string;
  /** The article's date (ISO) or null. */
  date: string | null;
  /** The article's outlet/source from its metadata, or null. */
  outlet: string | null;
  title: string | null;
}

export interface FigureRef extends Ref {
  text: string;
  value: number;
  low: number;
  high: number;
  unit: string | null;
  /** The attribution of the figure in that article ("laut Südkorea"), or null. */
  source: string | null;
}

export interface ArticleSummary {
  uri: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
}

export interface QueryOptions {
  /** Leave this article out (the draft itself, when it is part of the corpus). */
  excludeUri?: string;
  /** Only articles dated within `days` of `date`; undated articles (or an undated `date`) always match. */
  near?: { date: string | null; days: number };
  /** At most this many passages, from the most recent articles first (undated ones last). */
  limit?: number;
}

/**
 * What the index keeps of one analysed article (see `corpusRecord()` for the layout): strings are
 * numbered per record and postings are typed arrays, so it is cheap to send between threads.
 */
export interface CorpusRecord {
  uri: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
  /** The article's text, one byte a character (`unpackText()` gives the string back). */
  text: PackedText;
  strings: string[];
  entities: Int32Array;
  sen: Int32Array;
  ent: Int32Array;
  dat: Int32Array;
  fig: Float64Array;
  nam: Int32Array;
}

/** The corpus index. Built from records; the core never reads files. */
export interface Corpus {
  readonly size: number;
  /** Analyses and indexes a record, replacing an earlier version with the same uri. */
  add(record: ArticleRecord): void;
  /** Indexes what `corpusRecord()` extracted (in a worker thread, say), replacing an earlier version. */
  addRecord(record: CorpusRecord): void;
  remove(uri: string): void;
  has(uri: string): boolean;
  uris(): string[];
  article(uri: string): ArticleSummary | undefined;
  entityRefs(id: string, opts?: QueryOptions): Ref[];
  figureRefs(key: string, opts?: QueryOptions): FigureRef[];
  dateRefs(value: string, opts?: QueryOptions): Ref[];
  /**
   * Figures of a quantity whose interval does not overlap `interval`: how many there are, and the
   * first `limit` of them, closest in time to `opts.near.date` first.
   */
  disagreeing(
    key: string,
    interval: { low: number; high: number },
    opts?: QueryOptions & { limit?: number },
  ): { total: number; refs: FigureRef[] };
  /** Names seen in the corpus, so a short mention in a draft links to the full name. */
  readonly names: NameRegistry;
  /** Number of passages giving a value for a quantity (what a figure card counts without reading them all). */
  figureCount(key: string, opts?: QueryOptions): number;
  /** Number of distinct articles mentioning an entity. */
  entityArticleCount(id: string, opts?: QueryOptions): number;
  /** Known aliases (surface forms) of an entity. */
  aliases(id: string): string[];
  /** A versioned, self-contained serialisation for the on-disk cache. */
  serialize(): string;
  /** The same serialisation in pieces, of the index as it is now, for writing a cache without one giant string. */
  serializeChunks(): Iterable<string>;
  /**
   * The binary cache form, in pieces (views of the index's own arrays, which never change once indexed):
   * `deserializeCorpus(bytes)` restores it without parsing numbers. Write the pieces one after another.
   */
  serializeBinary(): Iterable<Uint8Array>;
}

export { createCorpus, deserializeCorpus, corpusRecord, CORPUS_FORMAT_VERSION } from './memory';
export { packText, unpackText, type PackedText } from './text';
export type { Entity, Figure, Analysis };
