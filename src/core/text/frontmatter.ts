// YAML front matter of Markdown articles: where it ends and the article metadata it holds.
import { parseDocument } from 'yaml';
import type { ArticleMeta } from '../types';
import { dateFromValue } from './dateparse';

export interface FrontMatter {
  /** Offset just after the closing fence line (where the body starts). */
  end: number;
  meta: ArticleMeta;
}

/**
 * Finds a front matter block at `from` (0, or 1 after a BOM) by the rule micromark-extension-frontmatter
 * uses: a `---` line first, closed by the next `---` line. Returns null when there is none.
 */
export function readFrontMatter(text: string, from: number): FrontMatter | null {
  const open = /---[ \t]*(\r?\n|\r)/y;
  open.lastIndex = from;
  const o = open.exec(text);
  if (!o) return null;
  const bodyStart = from + o[0].length;
  const close = /^---[ \t]*(?:\r?\n|\r|$)/gm;
  close.lastIndex = bodyStart;
  const c = close.exec(text);
  if (!c) return null;
  const yaml = text.slice(bodyStart, c.index);
  return { end: c.index + c[0].length, meta: metaFromYaml(yaml) };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const parts = v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

function ignoreList(v: unknown): string[] | undefined {
  const raw = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[\s,;]+/) : [];
  const codes = raw.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean);
  return codes.length ? codes : undefined;
}

// Front matter rarely changes while an article is edited: the last few results are remembered (pure
// memoisation, bounded), so re-preparing after a keystroke does not re-run the YAML parser.
const memo = new Map<string, ArticleMeta>();

/** Article metadata from front matter YAML; malformed YAML gives no metadata rather than an error. */
export function metaFromYaml(yaml: string): ArticleMeta {
  let meta = memo.get(yaml);
  if (!meta) {
    meta = readMeta(yaml);
    memo.set(yaml, meta);
    if (memo.size > 64) memo.delete(memo.keys().next().value as string);
  }
  // A copy with its own ignore list, so no caller can change the remembered one.
  return { ...meta, ...(meta.ignore ? { ignore: [...meta.ignore] } : {}) };
}

function readMeta(yaml: string): ArticleMeta {
  const meta: ArticleMeta = { date: null };
  let data: unknown;
  try {
    // Warnings (a list used as a key, say) would go to the process's stderr for every odd corpus file: errors suffice.
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    if (doc.errors.length) return meta;
    data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    return meta;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return meta;
  // Keys are matched case-insensitively: exported files write "Datum" as often as "datum".
  const fields = new Map<string, unknown>();
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) fields.set(k.toLowerCase(), v);
  const pick = (...keys: string[]) => {
    for (const k of keys) if (fields.has(k) && fields.get(k) != null) return fields.get(k);
    return undefined;
  };
  meta.date = dateFromValue(pick('datum', 'date'));
  const title = str(pick('titel', 'title'));
  const source = str(pick('quelle', 'source'));
  const author = str(pick('autor', 'author', 'autorin'));
  const ignore = ignoreList(pick('faktenlage-ignore'));
  if (title) meta.title = title;
  if (source) meta.source = source;
  if (author) meta.author = author;
  if (ignore) meta.ignore = ignore;
  return meta;
}
