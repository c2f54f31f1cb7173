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

// YAML 1.2 core-schema plain scalars that are not strings: the flat reader leaves those to the yaml library.
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// A plain scalar the flat reader takes as a string: no indicator first, no comment, no ": " inside.
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#]|:(?! |$)|(?<! )#)*$/;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?:[ ]+(.*))?$/;
const ITEM_LINE = /^([ ]*)- (.*)$/;
const FLOW_LIST = /^\[([A-Za-z0-9_ ,-]*)\]$/;
// Anything a flat reader cannot judge goes to the yaml library: control characters, tabs, a BOM.
const ODD_CHARS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)/;

/** A flat scalar's value as the yaml library's core schema gives it, or undefined when unsure. */
function flatScalar(raw: string): string | undefined {
  const v = raw.replace(/ +$/, '');
  if (v.length >= 2 && v[0] === '"') return v.endsWith('"') && !/["\\]/.test(v.slice(1, -1)) ? v.slice(1, -1) : undefined;
  if (v.length >= 2 && v[0] === "'") return v.endsWith("'") && !v.slice(1, -1).includes("'") ? v.slice(1, -1) : undefined;
  return PLAIN.test(v) && !NOT_A_STRING.test(v) ? v : undefined;
}

/**
 * The common front matter — `key: value` lines with plain or simply quoted strings and lists of plain
 * words — read without the yaml library, which costs more than the rest of preparing a short article.
 * Returns undefined for anything else (numbers, comments, nesting, escapes…), which the library then
 * reads; what this returns equals the library's `toJS()` for the same text (a test holds them together).
 */
export function flatYaml(yaml: string): Record<string, unknown> | undefined {
  if (ODD_CHARS.test(yaml)) return undefined;
  const lines = yaml.split(/\r?\n|\r/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const data: Record<string, unknown> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const m = KEY_LINE.exec(line);
    if (!m || m[1] === '__proto__') return undefined;
    const raw = m[2] === undefined ? '' : m[2].replace(/ +$/, '');
    if (raw === '') {
      // "key:" alone: a block list of plain words below it, or null.
      const items: string[] = [];
      let indent = -1;
      while (i + 1 < lines.length) {
        const item = ITEM_LINE.exec(lines[i + 1]);
        if (!item) break;
        if (indent < 0) indent = item[1].length;
        else if (item[1].length !== indent) return undefined;
        const v = flatScalar(item[2]);
        if (v === undefined || v.includes(': ') || v.startsWith('- ')) return undefined;
        items.push(v);
        i++;
      }
      data[m[1]] = items.length ? items : null;
      continue;
    }
    const flow = FLOW_LIST.exec(raw);
    if (flow) {
      const items = flow[1].split(',').map((x) => x.trim());
      if (items.length === 1 && items[0] === '') {
        data[m[1]] = [];
        continue;
      }
      if (items.some((x) => x === '' || !/^[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)*$/.test(x) || NOT_A_STRING.test(x))) return undefined;
      data[m[1]] = items;
      continue;
    }
    const v = flatScalar(raw);
    if (v === undefined) return undefined;
    data[m[1]] = v;
  }
  // Empty front matter is null to the library, not {}: it reads that rare case itself.
  return Object.keys(data).length ? data : undefined;
}

/** The front matter as the yaml library reads it; undefined when it is malformed. */
export function libraryYaml(yaml: string): unknown {
  try {
    // Warnings (a list used as a key, say) would go to the process's stderr for every odd corpus file: errors suffice.
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
    if (doc.errors.length) return undefined;
    return doc.toJS({ maxAliasCount: 50 });
  } catch {
    return undefined;
  }
}

function readMeta(yaml: string): ArticleMeta {
  const meta: ArticleMeta = { date: null };
  const data: unknown = flatYaml(yaml) ?? libraryYaml(yaml);
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
