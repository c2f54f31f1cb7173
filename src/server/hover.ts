// Hover cards for entities, figures, dates and claims, built from the draft's analysis and the corpus.
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Analysis, Corpus, DateMention, Entity, Figure, Locale, Ref } from '../core';
import { Command } from '../shared/commands';
import { commandLink, escapeMarkdown } from './markdown';
import { messages, type Messages } from './messages';
import { entityId, type HouseEntity } from './workspace-file';
import { overlaps } from '../core/checks/conflicting-figure';
import { isoWeekday } from '../core/checks/format';

const TOP_SNIPPETS = 3;
const MAX_FIGURES = 10;
const MAX_DATES = 5;
/** Passages read for an entity card: enough for three different articles in all but pathological corpora. */
const ENTITY_PASSAGES = 60;
/** Passages read for a date card. */
const DATE_PASSAGES = 60;

export interface HoverContext {
  uri: string;
  analysis: Analysis;
  corpus: Corpus;
  locale: Locale;
  houseEntities: HouseEntity[];
  /** While the corpus is being indexed, counts may still grow; the card says so. */
  indexing?: boolean;
}

const within = (offset: number) => (s: { start: number; end: number }) => s.start <= offset && offset <= s.end;
const smallest = <T extends { start: number; end: number }>(xs: T[], offset: number): T | undefined =>
  xs.filter(within(offset)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];

/** Markdown for what is under `offset`, the most specific mark first; null when nothing is. */
export function hoverAt(ctx: HoverContext, offset: number): { markdown: string; span: { start: number; end: number } } | null {
  const a = ctx.analysis;
  const m = messages(ctx.locale);
  const note = ctx.indexing ? `\n\n_${m.hover.stillIndexing}_` : '';
  const figure = smallest(a.figures, offset);
  if (figure) return { markdown: figureCard(ctx, m, figure) + note, span: figure };
  const date = smallest(a.dates, offset);
  if (date) return { markdown: dateCard(ctx, m, date) + note, span: date };
  const entity = smallest(a.entities, offset);
  if (entity) return { markdown: entityCard(ctx, m, entity) + note, span: entity };
  const claim = smallest(a.claims, offset);
  if (claim) {
    const status = claim.source ? (claim.vague ? m.hover.claimVague : escapeMarkdown(claim.source.text)) : m.hover.claimNoSource;
    const label = claim.source && !claim.vague ? `${m.hover.source}: ${status}` : status;
    return { markdown: `**${m.hover.claim}** · ${label}`, span: claim };
  }
  return null;
}

/** Where a passage comes from: outlet, else title, else the file name. */
function origin(r: { uri: string; outlet: string | null; title: string | null }): string {
  return r.outlet ?? r.title ?? path.basename(URI.parse(r.uri).path);
}

function passageLine(r: Ref, text: string, m: Messages): string {
  const open = commandLink(origin(r), Command.OpenPassage, { uri: r.uri, start: r.start, end: r.end });
  return `- ${escapeMarkdown(r.date ?? m.hover.undated)} · ${open}: ${text}`;
}

function typeLabel(type: Entity['type'], m: Messages): string {
  return type === 'PER' ? m.hover.person : type === 'LOC' ? m.hover.place : m.hover.organisation;
}

function entityCard(ctx: HoverContext, m: Messages, e: Entity): string {
  const opts = { excludeUri: ctx.uri };
  const house = ctx.houseEntities.find((h) => entityId(h.type, h.name) === e.id);
  // One- and two-letter forms ("Un" from "Kim Jong Un") are artefacts of surname linking, not spellings an editor uses.
  const aliases = [...new Set([...ctx.corpus.aliases(e.id), ...(house?.aliases ?? [])])].filter(
    (x) => x !== e.name && x.length > 2,
  );
  const count = ctx.corpus.entityArticleCount(e.id, opts);
  // The latest passages are enough for three snippets from different articles; the count comes separately.
  const refs = ctx.corpus.entityRefs(e.id, { ...opts, limit: ENTITY_PASSAGES });
  const lines = [`**${escapeMarkdown(e.name)}** · ${typeLabel(e.type, m)}${house ? ` · ${m.hover.houseList}` : ''}`, ''];
  if (aliases.length) lines.push(`${m.hover.aliases}: ${aliases.map(escapeMarkdown).join(', ')}`, '');
  lines.push(m.hover.articles(count), '');
  // One snippet per article: three passages from the same article tell less than three articles.
  const perArticle = new Map<string, Ref>();
  for (const r of refs) if (!perArticle.has(r.uri)) perArticle.set(r.uri, r);
  const top = [...perArticle.values()].sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '')).slice(0, TOP_SNIPPETS);
  for (const r of top) lines.push(passageLine(r, escapeMarkdown(r.snippet), m));
  if (refs.length) {
    lines.push('', commandLink(m.hover.showAll, Command.ShowReferences, { kind: 'entity', key: e.id, label: e.name }));
  }
  return lines.join('\n');
}

/** Two figures of the same quantity disagree when the intervals their wording allows do not overlap (the check's rule). */
export function disagrees(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return !overlaps(a, b);
}

function figureCard(ctx: HoverContext, m: Messages, f: Figure): string {
  const source = f.source && f.source.kind === 'source' ? `${m.hover.source}: ${escapeMarkdown(f.source.text)}` : m.hover.noSource;
  const lines = [`**${escapeMarkdown(f.text)}** · ${source}`, ''];
  if (f.vague) return lines.join('\n');
  // Disagreeing values first (they are why the editor hovers), then the latest others; both bounded.
  const opts = { excludeUri: ctx.uri, limit: MAX_FIGURES };
  const bad = ctx.corpus.disagreeing(f.key, f, opts);
  const recent = ctx.corpus.figureRefs(f.key, opts);
  const seen = new Set(bad.refs.map((r) => `${r.uri}#${r.start}`));
  const refs = [...bad.refs, ...recent.filter((r) => !seen.has(`${r.uri}#${r.start}`))];
  if (!refs.length) {
    lines.push(m.hover.noneElsewhere);
    return lines.join('\n');
  }
  lines.push(`${m.hover.figureElsewhere}:`, '');
  // Disagreeing figures first: they are why the editor hovers.
  const sorted = refs
    .map((r) => ({ r, bad: disagrees(f, r) }))
    .sort((x, y) => Number(y.bad) - Number(x.bad) || (y.r.date ?? '').localeCompare(x.r.date ?? ''));
  for (const { r, bad } of sorted.slice(0, MAX_FIGURES)) {
    const value = `**${escapeMarkdown(r.text)}**${bad ? ` ⚠ ${m.hover.disagrees}` : ''}`;
    const src = r.source ? escapeMarkdown(r.source) : m.hover.noSource;
    lines.push(passageLine(r, `${value} (${src})`, m));
  }
  const total = ctx.corpus.figureCount(f.key, { excludeUri: ctx.uri });
  if (total > MAX_FIGURES) lines.push(m.hover.more(total - MAX_FIGURES));
  lines.push('', commandLink(m.hover.showAll, Command.ShowReferences, { kind: 'figure', key: f.key, label: f.text }));
  return lines.join('\n');
}

/** The weekday (1 = Monday) of an ISO calendar date, or null for months, years and intervals. */
export function weekdayOf(iso: string): number | null {
  return /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(iso) ? (isoWeekday(iso) ?? null) : null;
}

function formatDate(iso: string, m: Messages): string {
  const wd = weekdayOf(iso);
  return wd ? `${m.weekdays[wd - 1]}, ${iso}` : iso;
}

function dateCard(ctx: HoverContext, m: Messages, d: DateMention): string {
  if (!d.value) return `**${escapeMarkdown(d.text)}** · ${m.hover.vagueDate}`;
  const note = d.relative ? ` (${m.hover.relative})` : '';
  const lines = [`**${m.hover.date}:** ${escapeMarkdown(formatDate(d.value, m))}${note}`, ''];
  const refs = ctx.corpus.dateRefs(d.value, { excludeUri: ctx.uri, limit: DATE_PASSAGES });
  const perArticle = new Map<string, Ref>();
  for (const r of refs) if (!perArticle.has(r.uri)) perArticle.set(r.uri, r);
  if (perArticle.size) {
    lines.push(`${m.hover.dateElsewhere}:`, '');
    for (const r of [...perArticle.values()].slice(0, MAX_DATES)) lines.push(passageLine(r, escapeMarkdown(r.snippet), m));
    if (perArticle.size > MAX_DATES) lines.push(m.hover.more(perArticle.size - MAX_DATES));
  }
  return lines.join('\n');
}
