// The draft's facts at a glance for the `faktenlage/overview` request: figures, dates, entities, sources and claims beside the corpus.
import type { Analysis, Corpus, Figure, FigureRef, Finding, Ref } from '../core';
import { disagreeing } from '../core/checks/conflicting-figure';
import { daysBetween } from '../core/checks/format';
import { MAX_DIAGNOSTICS } from './diagnostics';
import type {
  OverviewClaim,
  OverviewDate,
  OverviewEntity,
  OverviewFigure,
  OverviewPassage,
  OverviewResult,
  OverviewSource,
  OverviewValue,
} from '../shared/protocol';

export interface OverviewInput {
  uri: string;
  version: number | null;
  /** Null when the draft is over the size limit and was not analysed. */
  analysis: Analysis | null;
  findings: Finding[];
  corpus: Corpus;
  windowDays: number;
  indexing: boolean;
}

/** Corpus values per quantity are capped: a chart with hundreds of rows tells no more than one with thirty. */
const MAX_CORPUS_VALUES = 30;
const MAX_DATE_ARTICLES = 12;
const MAX_CLAIM_CHARS = 160;
/**
 * Rows per list. A draft with more figures, dates or claims than this is pasted data, not prose: the
 * panel could not show it usefully, and building it cost seconds and a hundred megabytes of JSON for
 * 100,000 figures. Findings are capped like the diagnostics; the report lists them all.
 */
export const MAX_ROWS = 500;

const passage = (uri: string, s: { start: number; end: number }): OverviewPassage => ({ uri, start: s.start, end: s.end });

/** JSON has no Infinity: an open upper end ("mehr als 10.000") travels as null. */
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

const collapse = (text: string, max: number): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

function corpusValue(r: FigureRef, conflict: boolean): OverviewValue {
  return {
    ...passage(r.uri, r),
    text: r.text,
    low: r.low,
    high: finite(r.high),
    source: r.source,
    date: r.date,
    outlet: r.outlet,
    title: r.title,
    snippet: r.snippet,
    conflict,
  };
}

/** Days from the draft's date, for choosing the nearest corpus values; undated ones count as near. */
const distance = (draftDate: string | null, date: string | null): number => (draftDate && date ? daysBetween(draftDate, date) : 0);

/** The sentence holding a span, by binary search over the sorted sentences (a linear scan per figure is quadratic). */
function sentenceAround(sentences: readonly { start: number; end: number }[], span: { start: number; end: number }) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= span.start) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= span.start && span.end <= s.end ? s : undefined;
}

function figureOf(input: OverviewInput, analysis: Analysis, f: Figure, refsOf: (key: string) => FigureRef[]): OverviewFigure {
  const meta = analysis.doc.meta;
  // Only values the check compares (dated within the window, or undated): older reports are no contradiction.
  const refs = refsOf(f.key).filter((r) => distance(meta.date, r.date) <= input.windowDays);
  // The same rule as the conflicting-figure check, so the chart and the squiggle never disagree.
  const bad = new Set(disagreeing(f, refs, meta.date, input.windowDays));
  // Conflicts first when capping, then the nearest in time, so the values that matter are never the ones cut.
  const chosen = refs
    .map((r) => ({ r, conflict: bad.has(r), d: distance(meta.date, r.date) }))
    .sort((a, b) => Number(b.conflict) - Number(a.conflict) || a.d - b.d)
    .slice(0, MAX_CORPUS_VALUES);
  const corpus = chosen
    .map(({ r, conflict }) => corpusValue(r, conflict))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.uri.localeCompare(b.uri) || a.start - b.start);
  const sentence = sentenceAround(analysis.doc.sentences, f);
  return {
    key: f.key,
    unit: f.unit,
    thing: f.thing,
    draft: {
      ...passage(input.uri, f),
      text: f.text,
      low: f.low,
      high: finite(f.high),
      source: f.source && f.source.kind === 'source' ? f.source.text : null,
      date: meta.date,
      outlet: meta.source ?? null,
      title: meta.title ?? null,
      snippet: sentence ? collapse(analysis.doc.text.slice(sentence.start, sentence.end), 200) : f.text,
      conflict: bad.size > 0,
    },
    corpus,
    more: refs.length - corpus.length,
  };
}

/** The first calendar day an ISO value names (`2024-11-20/2024-11-22` → `2024-11-20`), or null. */
export function firstDay(value: string | null): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : null;
}

function dateOf(input: OverviewInput, d: Analysis['dates'][number]): OverviewDate {
  const perArticle = new Map<string, Ref>();
  if (d.value) for (const r of input.corpus.dateRefs(d.value, { excludeUri: input.uri })) if (!perArticle.has(r.uri)) perArticle.set(r.uri, r);
  const corpus = [...perArticle.values()]
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.uri.localeCompare(b.uri))
    .slice(0, MAX_DATE_ARTICLES)
    .map((r) => ({ ...passage(r.uri, r), date: r.date, outlet: r.outlet, title: r.title, snippet: r.snippet }));
  return { ...passage(input.uri, d), text: d.text, value: d.value, day: firstDay(d.value), relative: d.relative, corpus };
}

function entitiesOf(input: OverviewInput, analysis: Analysis): OverviewEntity[] {
  const byId = new Map<string, OverviewEntity>();
  for (const e of analysis.entities) {
    let entry = byId.get(e.id);
    if (!entry) {
      entry = { id: e.id, name: e.name, type: e.type, mentions: [], corpusArticles: input.corpus.entityArticleCount(e.id, { excludeUri: input.uri }) };
      byId.set(e.id, entry);
    }
    entry.mentions.push(passage(input.uri, e));
  }
  // The most-mentioned first: that is who the draft is about.
  return [...byId.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
}

function sourcesOf(input: OverviewInput, analysis: Analysis): OverviewSource[] {
  const byLabel = new Map<string, OverviewSource>();
  for (const a of analysis.attributions) {
    const label = collapse(a.who ?? a.text, 80);
    const key = `${a.kind}\u0000${label.toLowerCase()}`;
    let entry = byLabel.get(key);
    if (!entry) {
      entry = { label, kind: a.kind, mentions: [] };
      byLabel.set(key, entry);
    }
    entry.mentions.push(passage(input.uri, a));
  }
  const rank = { source: 0, vague: 1, hearsay: 2 } as const;
  return [...byLabel.values()].sort((a, b) => rank[a.kind] - rank[b.kind] || a.mentions[0].start - b.mentions[0].start);
}

function claimsOf(input: OverviewInput, analysis: Analysis): OverviewClaim[] {
  return firstOf(analysis.claims, (c) => !c.source || c.vague, MAX_ROWS).map((c) => ({ ...passage(input.uri, c), text: collapse(analysis.doc.text.slice(c.start, c.end), MAX_CLAIM_CHARS), vague: !!c.source }));
}

/** Results per draft state: the panel and the tree ask for the same version, and a state never changes once made. */
const cache = new WeakMap<object, OverviewResult>();

/**
 * Everything the overview panel and tree show for one draft, computed from its analysis and the corpus.
 * With `cacheKey` (the server's draft state, replaced on every edit and corpus change) a repeated request is free.
 */
export function overview(input: OverviewInput, cacheKey?: object): OverviewResult {
  const cached = cacheKey && cache.get(cacheKey);
  if (cached && cached.indexing === input.indexing) return cached;
  const result = compute(input);
  if (cacheKey) cache.set(cacheKey, result);
  return result;
}

/** The first `max` items passing `test`, without scanning the rest. */
function firstOf<T>(items: readonly T[], test: (x: T) => boolean, max: number): T[] {
  const out: T[] = [];
  for (const x of items) {
    if (out.length >= max) break;
    if (test(x)) out.push(x);
  }
  return out;
}

function compute(input: OverviewInput): OverviewResult {
  const a = input.analysis;
  const base = { uri: input.uri, version: input.version, indexing: input.indexing };
  if (!a) {
    return { ...base, analysed: false, title: null, date: null, figures: [], dates: [], entities: [], sources: [], claims: [], findings: [] };
  }
  // A draft often repeats a quantity ("15.000 Soldaten … die Soldaten …"): its corpus values are looked up once.
  const refCache = new Map<string, FigureRef[]>();
  const refsOf = (key: string): FigureRef[] => {
    let refs = refCache.get(key);
    if (!refs) refCache.set(key, (refs = input.corpus.figureRefs(key, { excludeUri: input.uri })));
    return refs;
  };
  return {
    ...base,
    analysed: true,
    title: a.doc.meta.title ?? null,
    date: a.doc.meta.date,
    // Vague amounts ("Tausende") have no value to draw.
    figures: firstOf(a.figures, (f) => !f.vague && !!f.key, MAX_ROWS).map((f) => figureOf(input, a, f, refsOf)),
    dates: a.dates.slice(0, MAX_ROWS).map((d) => dateOf(input, d)),
    entities: entitiesOf(input, a),
    sources: sourcesOf(input, a),
    claims: claimsOf(input, a),
    findings: input.findings.slice(0, MAX_DIAGNOSTICS).map((f) => ({ ...passage(input.uri, f), code: f.code, severity: f.severity, message: f.message })),
  };
}
