// Links entity mentions to canonical ids: inflection, genitive -s, acronyms, surnames, and the corpus registry.
import type { EntityType } from '../types';
import { gazetteer } from './gazetteer';
import { ACRONYMS, ORGS } from './lists';

/** `per:` / `loc:` / `org:` + a slug of the canonical name: "Wladimir Putin" → "per:wladimir-putin". */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slug(name)}`;
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A key that is equal for the inflected forms of one name: adjective endings of leading words and a final
 * genitive -s are removed ("der Deutschen Bahn" and "Deutsche Bahn" → "deutsch bahn").
 */
export function nameKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words
    .map((w, i) => {
      if (i < words.length - 1 && w.length > 3) return w.replace(/(?:en|er|es|em|e)$/, '');
      return w.length > 3 ? w.replace(/(?:'|’|s')$/, '').replace(w.length > 5 ? /e?s$/ : /s$/, '') : w;
    })
    .join(' ');
}

const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 50000;

/** `nameKey`, remembered across documents (bounded like the other per-word caches): names recur from article to article. */
export function cachedNameKey(name: string): string {
  let k = keyCache.get(name);
  if (k === undefined) {
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(name, (k = nameKey(name)));
  }
  return k;
}

const KNOWN_ORGS = new Map<string, string>();
for (const o of ORGS) KNOWN_ORGS.set(nameKey(o), o);
for (const a of Object.values(ACRONYMS)) if (a.type === 'ORG') KNOWN_ORGS.set(nameKey(a.name), a.name);

/** A known acronym in any letter case ("Nato", "NATO"), with its full name. */
export function acronym(surface: string): { name: string; type: EntityType } | undefined {
  if (surface.includes(' ')) return undefined;
  const hit = ACRONYMS[surface.toUpperCase()];
  // Mixed case only for longer acronyms: "Nato" is NATO, but "Us" is not US.
  if (!hit || (surface !== surface.toUpperCase() && surface.length < 3 && surface !== 'dpa')) return undefined;
  return hit;
}

export interface Canonical {
  id: string;
  name: string;
  type: EntityType;
}

/** Canonical forms from lists or the corpus registry, which win over spellings seen only in this document. */
const listed = new WeakSet<Canonical>();
function fromList(c: Canonical): Canonical {
  listed.add(c);
  return c;
}

export interface Registry {
  lookup(surface: string): Canonical | undefined;
}

function isKnownBase(base: string, type: EntityType, registry?: Registry): boolean {
  const g = gazetteer();
  if (registry?.lookup(base)) return true;
  if (type === 'LOC') return g.countries.has(base) || g.places.has(base);
  if (type === 'PER') return g.last.has(base) || g.first.has(base);
  return KNOWN_ORGS.has(nameKey(base));
}

/**
 * The canonical name of a surface form out of context: known acronyms expand, known organisations take their
 * listed spelling, a genitive -s is dropped when the base form is known ("Deutschlands" → "Deutschland").
 */
export function canonicalize(surface: string, type: EntityType, registry?: Registry): Canonical {
  const acr = acronym(surface);
  if (acr) return fromList({ id: entityId(acr.type, acr.name), name: acr.name, type: acr.type });
  const reg = registry?.lookup(surface);
  if (reg && reg.type === type) return fromList({ id: reg.id, name: reg.name, type: reg.type });
  if (type === 'ORG') {
    const known = KNOWN_ORGS.get(nameKey(surface));
    if (known) return fromList({ id: entityId(type, known), name: known, type });
  }
  const gen = /^(.{3,}?)(?:s|'|’|s')$/.exec(surface);
  if (gen && !surface.endsWith('ss')) {
    const base = gen[1];
    const regBase = registry?.lookup(base);
    if (regBase && regBase.type === type) return fromList({ id: regBase.id, name: regBase.name, type: regBase.type });
    if (isKnownBase(base, type, registry)) {
      const b = type === 'ORG' ? KNOWN_ORGS.get(nameKey(base)) ?? base : base;
      return fromList({ id: entityId(type, b), name: b, type });
    }
  }
  return { id: entityId(type, surface), name: surface, type };
}

export interface Mention {
  text: string;
  type: EntityType;
  /** Acronym given in parentheses right after the mention: "Technisches Hilfswerk (THW)". */
  defines?: string;
}

/** Canonical forms by "TYPE|surface", for documents linked without a registry; bounded like the other per-word caches. */
const sharedCanon = new Map<string, Canonical>();
const CANON_MAX = 50000;

/**
 * Links the mentions of one document: a surname alone joins the full name in the document, inflected and
 * genitive forms join their base form, acronyms defined in the text join the name they follow.
 */
export function linkMentions(mentions: Mention[], registry?: Registry): Canonical[] {
  // Acronyms defined in the document point at the name in front of them.
  const docAcronyms = new Map<string, Canonical>();
  const byKey = new Map<string, Canonical>();
  // Full person names by the key of their last word, the first one seen winning.
  const bySurname = new Map<string, Canonical>();
  // Without a registry a surface form's canonical form depends on the form alone, so it is remembered
  // across documents (names recur from article to article); a registry may change between calls.
  const memo = registry ? new Map<string, Canonical>() : sharedCanon;
  if (memo.size >= CANON_MAX) memo.clear();
  // A document names the same few entities again and again: each name's key is computed once.
  const keyOf = cachedNameKey;
  const first = mentions.map((m) => {
    const k = `${m.type}|${m.text}`;
    let c = memo.get(k);
    if (!c) memo.set(k, (c = canonicalize(m.text, m.type, registry)));
    return c;
  });
  mentions.forEach((m, i) => {
    const c = first[i];
    if (m.defines) docAcronyms.set(m.defines.toUpperCase(), c);
    const key = `${c.type}|${keyOf(c.name)}`;
    // Per name, a listed form wins, then the shortest spelling (the nominative: "Putin" over "Putins").
    const had = byKey.get(key);
    if (!had || (!listed.has(had) && (listed.has(c) || c.name.length < had.name.length))) byKey.set(key, c);
    if (c.type === 'PER' && c.name.includes(' ')) {
      const surname = keyOf(c.name.split(' ').pop()!);
      if (!bySurname.has(surname)) bySurname.set(surname, c);
    }
  });
  return mentions.map((m, i) => {
    const c = first[i];
    const def = docAcronyms.get(m.text.toUpperCase());
    if (def && !m.text.includes(' ')) return def;
    // Multi-word inflected forms ("Deutschen Bahn") join the first form seen with the same key.
    const same = byKey.get(`${c.type}|${keyOf(c.name)}`);
    // A surname alone joins the full name in this document before any name known from elsewhere.
    if (m.type === 'PER' && !m.text.includes(' ')) {
      const full = bySurname.get(keyOf(m.text));
      if (full) return full;
    }
    return same ?? c;
  });
}
