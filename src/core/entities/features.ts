// Features of a token for the entity tagger: shape, affixes, neighbours, lexicon and gazetteer hits, hashed to ints.
import { isFunctionWord, isKnownNoun, nounLemma } from '../lexicon';
import { gazetteer } from './gazetteer';
import { KNOWN_ORGS } from './names';
import { ACRONYMS, ORG_CUES, ORG_ENDINGS, ORG_HEADS, ORGS, ROLE_ENDINGS, ROLE_WORDS } from './lists';

/** FNV-1a over a template name and a value: features are ints, so no strings are built per token at run time. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Signed 32-bit, so the numbers stay small integers and Map lookups stay on the fast path.
  return h | 0;
}

/** Combines two hashes into the hash of their conjunction. */
function mix(a: number, b: number, salt: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ salt;
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Word shape with runs collapsed: "Scholz" → "Xx", "GDL-Chef" → "X-Xx", "F.A.Z." → "X.X.X.", "12.000" → "d.d". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (c !== last || (c !== 'x' && c !== 'd' && c !== 'X')) out += c;
    last = c;
  }
  return out;
}

const SINGLE_ORGS = new Set(ORGS.filter((o) => !o.includes(' ')));

/** A stem that survives German inflection of names: "Vereinigten" and "Vereinigte" → "vereinigt". */
function stem(w: string): string {
  const l = w.toLowerCase();
  return l.length > 4 ? l.replace(/(?:en|er|es|em|e|s|n)$/, '') : l;
}

let multiIndex: Map<string, { parts: string[]; type: string }[]> | undefined;

/** Multi-word places and organisations by the stem of their first word. */
function multiNames(): Map<string, { parts: string[]; type: string }[]> {
  if (multiIndex) return multiIndex;
  const index = new Map<string, { parts: string[]; type: string }[]>();
  const add = (name: string, type: string) => {
    const parts = name.split(' ').map(stem);
    if (parts.length < 2) return;
    const list = index.get(parts[0]);
    if (list) list.push({ parts, type });
    else index.set(parts[0], [{ parts, type }]);
  };
  const g = gazetteer();
  for (const list of g.multi.values()) for (const p of list) add(p.join(' '), 'LOC');
  for (const o of ORGS) add(o, 'ORG');
  for (const o of KNOWN_ORGS) add(o, 'ORG');
  // GeoNames places of several words ("Neustadt an der Weinstraße", "Bad Füssing") mark boundaries as features only.
  for (const p of g.geo) if (p.includes(' ')) add(p, 'LOC');
  for (const a of Object.values(ACRONYMS)) add(a.name, a.type);
  return (multiIndex = index);
}

/** Stems by word, bounded like the other per-word caches: the same capitalised words recur in every article. */
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50000;

function stemOf(w: string): string {
  let s = stemCache.get(w);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(w, (s = stem(w)));
  }
  return s;
}

/** The listed names a capitalised word may start, or null, by word (bounded like the stems): one lookup per word. */
const startCache = new Map<string, { parts: string[]; type: string }[] | null>();

function namesStartingWith(w: string): { parts: string[]; type: string }[] | null {
  let c = startCache.get(w);
  if (c === undefined) {
    if (startCache.size >= STEM_CACHE_MAX) startCache.clear();
    startCache.set(w, (c = multiNames().get(stemOf(w)) ?? null));
  }
  return c;
}

/** `c !== c.toLowerCase()` for the first character, without a string for ASCII (digits and punctuation have no case). */
function capitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** Tag names as literals: a string built per token would be hashed anew where it is looked up. */
const B_TAG: Record<string, string> = { LOC: 'B-LOC', ORG: 'B-ORG', PER: 'B-PER' };
const I_TAG: Record<string, string> = { LOC: 'I-LOC', ORG: 'I-ORG', PER: 'I-PER' };

const NO_TAGS: (string | undefined)[] = Object.freeze([]) as unknown as (string | undefined)[];

/** Per token, "B-LOC" / "I-ORG" … where a listed multi-word name (in any inflection) covers it. */
export function multiwordTags(words: readonly string[]): (string | undefined)[] {
  // Most sentences name no listed multi-word name: they share one empty answer, which reads as undefined everywhere.
  let out: (string | undefined)[] = NO_TAGS;
  for (let i = 0; i < words.length; i++) {
    if (!capitalised(words[i])) continue;
    // A first word such as "Bad" or "Deutsche" has hundreds of candidate names: its neighbours' stems come from the cache.
    const cands = namesStartingWith(words[i]);
    if (!cands) continue;
    for (const { parts, type } of cands) {
      if (i + parts.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < parts.length && ok; k++) ok = stemOf(words[i + k]) === parts[k];
      if (!ok) continue;
      if (out === NO_TAGS) out = new Array(words.length);
      out[i] = B_TAG[type] ?? 'B-' + type;
      for (let k = 1; k < parts.length; k++) out[i + k] = I_TAG[type] ?? 'I-' + type;
      i += parts.length - 1;
      break;
    }
  }
  return out;
}

/** Hashes of the multi-word features, precomputed so the fast scorer needs no string work. */
export const MW_HASH: Record<string, number> = {};
for (const t of ['B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER']) MW_HASH[t] = hash('mw=' + t);
const ADJ = /isch(?:e[nrsm]?)?$/;
/** Common endings of German surnames ("Hartmann", "Kowalski", "Goldstein"). */
const SURNAME_END = /(?:mann|ner|ski|ska|owski|ewski|berg|stein|feld|hoff|bauer|meier|maier|mayer|müller|schmidt|ke|ow|ic|vic|witz|ová|escu|ides|oulos|ez|son|sen|ing|ling)$/;
/** Common endings of German place names ("Tübingen", "Mühlhausen", "Wolfsburg", "Görlitz"). */
const PLACE_END = /(?:ingen|hausen|dorf|heim|stadt|burg|au|ow|itz|rode|hagen|bach|brück|furt|leben|stedt|walde|ried|kirchen|hofen|weiler)$/;
/** Forms organisations take: letters with digits ("E3", "1.FC"), an ampersand, a legal-form ending. */
const ORG_FORM = /^(?:\p{Lu}+\d+\p{Lu}*|.*&.*|.+(?:AG|SE|GmbH|KG|AB|Inc|Ltd))$/u;
const QUOTES = /^[„“”"‚‘’'«»]$/;

function isUpperInitial(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** "Berlin-Mitte", "Baden-Baden": a place before the hyphen and a name after it. */
function dashPlace(w: string): boolean {
  const dash = w.indexOf('-');
  if (dash <= 0) return false;
  const g = gazetteer();
  const first = w.slice(0, dash);
  const rest = w.slice(dash + 1);
  return (g.places.has(first) || g.countries.has(first)) && isUpperInitial(rest) && !isKnownNoun(rest);
}

/** Binary properties of a word, independent of its position. */
export function flagsOf(w: string): string[] {
  const out: string[] = [];
  const lower = w.toLowerCase();
  const g = gazetteer();
  const cap = isUpperInitial(w);
  if (cap) out.push('CAP');
  else if (/^\p{Ll}/u.test(w)) out.push('LOW');
  if (/\d/.test(w)) out.push('DIG');
  if (w.length > 1 && /^[A-ZÄÖÜ]+$/.test(w)) out.push('ALLCAPS');
  if (isFunctionWord(w)) out.push('FN');
  if (cap) {
    if (isKnownNoun(w)) out.push('NOUN');
    else if (nounLemma(w)) out.push('NOUNCOMP');
    else if (!isFunctionWord(w)) out.push('UNKCAP');
  }
  if (g.first.has(w)) out.push('FIRST');
  if (g.last.has(w)) out.push('LAST');
  if (g.countries.has(w)) out.push('COUNTRY');
  if (g.places.has(w)) out.push('PLACE');
  const known = cap && isKnownNoun(w);
  if (g.geo.has(w)) out.push(known ? 'GEONOUN' : 'GEO');
  if (g.orgs.has(w)) out.push(known ? 'KORGNOUN' : 'KORG');
  if (g.people.has(w)) out.push(known ? 'KPERNOUN' : 'KPER');
  if (w.length > 3 && w.endsWith('s')) {
    const base = w.slice(0, -1);
    if (g.countries.has(base) || g.places.has(base)) out.push('PLACE_GEN');
    if (g.last.has(base) || g.first.has(base)) out.push('NAME_GEN');
    if (g.geo.has(base)) out.push('GEO_GEN');
    if (g.people.has(base)) out.push('KPER_GEN');
    if (g.orgs.has(base)) out.push('KORG_GEN');
  }
  const region = /^(?:Nord|Süd|Ost|West|Zentral|Mittel|Inner|Nordost|Nordwest|Südost|Südwest)(\p{Lu}?\p{Ll}.*)$/u.exec(w);
  if (region) {
    const rest = region[1].charAt(0).toUpperCase() + region[1].slice(1);
    const base = rest.endsWith('s') ? rest.slice(0, -1) : rest;
    if (g.countries.has(rest) || g.places.has(rest) || g.countries.has(base) || g.places.has(base)) out.push('REGION');
  }
  if (dashPlace(w)) out.push('DASHPLACE');
  if (ORG_HEADS.has(w)) out.push('ORGHEAD');
  if (SINGLE_ORGS.has(w)) out.push('ORGNAME');
  if (ACRONYMS[w.toUpperCase()] && (w.length > 2 || w === w.toUpperCase())) out.push('ACR');
  if (cap) for (const e of ORG_ENDINGS) if (lower.length > e.length + 2 && lower.endsWith(e)) out.push('ORGEND');
  if (ORG_CUES.has(w) || (cap && /(?:konzerns?|hersteller|betreiber|unternehmens?|vereins?|gesellschaft)$/.test(lower) && lower.length > 10)) out.push('ORGCUE');
  if (ROLE_WORDS.has(w)) out.push('ROLE');
  else if (cap) for (const e of ROLE_ENDINGS) if (lower.endsWith(e) && lower.length > e.length) out.push('ROLEEND');
  if (ADJ.test(lower)) out.push('ADJ');
  const dash = w.lastIndexOf('-');
  if (dash > 0 && dash < w.length - 1) {
    out.push('HYPH');
    const head = w.slice(dash + 1);
    if (isUpperInitial(head) && isKnownNoun(head)) out.push('HYPHNOUN');
    if (!isUpperInitial(head)) out.push('HYPHLOW');
  }
  if (dash === w.length - 1 && w.length > 1) out.push('TRUNC');
  // Endings that unknown names share: they carry to surnames, places and companies the lists do not know.
  if (cap && !known && w.length > 4) {
    if (SURNAME_END.test(lower)) out.push('SURNAME_END');
    if (PLACE_END.test(lower)) out.push('PLACE_END');
    // "Berliner", "Hamburgern": an adjective or resident formed from a known place.
    const er = /^(.+?)(?:er|ern|ers)$/.exec(w);
    if (er && (g.places.has(er[1]) || g.geo.has(er[1]) || g.places.has(er[1] + 'e') || g.geo.has(er[1] + 'en'))) out.push('PLACE_ER');
  }
  if (ORG_FORM.test(w)) out.push('ORGFORM');
  if (cap && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !w.includes('-')) out.push('CAMEL');
  return out;
}

/** Normalised lower-case form: quotes and dashes unified so typographic and ASCII text look alike. */
function normLower(w: string): string {
  if (QUOTES.test(w)) return '"';
  if (w === '–' || w === '—') return '-';
  return w.toLowerCase();
}

/**
 * A coarse class of the word, a stand-in for the word clusters a large corpus would give: unknown capitalised
 * word, known noun, noun compound, function word, other lower-case word, acronym, number, punctuation. Conjoined
 * with the neighbouring words it generalises "sagte <unknown name>" and "in <unknown name>" beyond the words seen.
 */
function wordClass(w: string, flags: readonly string[]): string {
  if (flags.includes('DIG')) return 'D';
  if (flags.includes('ALLCAPS')) return 'A';
  if (flags.includes('FN')) return 'F';
  if (flags.includes('UNKCAP')) return flags.includes('HYPH') ? 'UH' : 'U';
  if (flags.includes('NOUN')) return 'N';
  if (flags.includes('NOUNCOMP')) return 'C';
  if (flags.includes('LOW')) return 'L';
  return /^\p{P}$/u.test(w) ? 'P' : 'O';
}

export interface WordFeatures {
  /** Features of the word at the current position. */
  self: number[];
  /** Features it contributes as a neighbour, per offset −2, −1, +1, +2. */
  ctx: number[][];
  lowerHash: number;
  shapeHash: number;
  clsHash: number;
}

const OFFSETS = ['-2', '-1', '+1', '+2'];
const cache = new Map<string, WordFeatures>();
/** Bounded so a long editing session cannot grow it without limit. */
const CACHE_MAX = 50000;

export function wordFeatures(w: string): WordFeatures {
  const hit = cache.get(w);
  if (hit) return hit;
  const lower = normLower(w);
  const shape = shapeOf(w);
  const flags = flagsOf(w);
  const self: number[] = [hash('w=' + lower), hash('sh=' + shape), hash('len=' + Math.min(w.length, 12))];
  for (let k = 1; k <= 5 && k <= lower.length; k++) {
    self.push(hash(`p${k}=` + lower.slice(0, k)));
    self.push(hash(`s${k}=` + lower.slice(-k)));
  }
  if (lower.length >= 6) self.push(hash('s6=' + lower.slice(-6)));
  // Shape with a length bucket: a short all-caps word is an acronym, a long one a shouted word.
  self.push(hash('shl=' + shape + (w.length <= 3 ? 's' : w.length <= 7 ? 'm' : 'l')));
  for (const f of flags) self.push(hash('f=' + f));
  const ctx = OFFSETS.map((o, i) => {
    const near = i === 1 || i === 2;
    const list = [hash(`w${o}=` + lower), hash(`sh${o}=` + shape)];
    if (near) {
      list.push(hash(`s3${o}=` + lower.slice(-3)));
      for (const f of flags) list.push(hash(`f${o}=` + f));
    }
    return list;
  });
  const wf = { self, ctx, lowerHash: hash('w=' + lower), shapeHash: hash('sh=' + shape), clsHash: hash('c=' + wordClass(w, flags)) };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(w, wf);
  return wf;
}

export const BOS = [hash('w-2=<s>'), hash('w-1=<s>')];
export const EOS = [hash('w+1=</s>'), hash('w+2=</s>')];
export const BIAS = hash('bias');
export const INIT = hash('init');
/** Salts of the conjunction features, shared with the fast scorer in tagger.ts. */
export const MIX = { initShape: 1, prevWord: 2, prevShape: 3, nextWord: 4, around: 5, initCls: 6, prevCls: 7, nextCls: 8, clsPair: 9 } as const;
export { mix };

/** The feature hashes of every token of a sentence (words and punctuation, no whitespace). */
export function sentenceFeatures(words: readonly string[]): number[][] {
  const wf = words.map(wordFeatures);
  const mw = multiwordTags(words);
  const out: number[][] = [];
  for (let i = 0; i < words.length; i++) {
    const f = [BIAS, ...wf[i].self];
    const m = mw[i];
    if (m) f.push(MW_HASH[m]);
    if (i === 0) f.push(INIT, mix(INIT, wf[i].shapeHash, MIX.initShape), mix(INIT, wf[i].clsHash, MIX.initCls));
    if (i >= 2) f.push(...wf[i - 2].ctx[0]);
    else if (i === 1) f.push(BOS[0]);
    else f.push(BOS[0], BOS[1]);
    if (i >= 1) {
      f.push(...wf[i - 1].ctx[1]);
      f.push(mix(wf[i - 1].lowerHash, wf[i].lowerHash, MIX.prevWord), mix(wf[i - 1].lowerHash, wf[i].shapeHash, MIX.prevShape));
      f.push(mix(wf[i - 1].lowerHash, wf[i].clsHash, MIX.prevCls), mix(wf[i - 1].clsHash, wf[i].clsHash, MIX.clsPair));
    }
    if (i + 1 < words.length) {
      f.push(...wf[i + 1].ctx[2]);
      f.push(mix(wf[i].shapeHash, wf[i + 1].lowerHash, MIX.nextWord), mix(wf[i].clsHash, wf[i + 1].lowerHash, MIX.nextCls));
      if (i >= 1) f.push(mix(wf[i - 1].lowerHash, wf[i + 1].lowerHash, MIX.around));
    } else f.push(EOS[0]);
    if (i + 2 < words.length) f.push(...wf[i + 2].ctx[3]);
    else f.push(EOS[1]);
    out.push(f);
  }
  return out;
}
