// German word knowledge for the engine: noun forms → lemma, known common nouns, and function words.
import { NOUNS, PARADIGMS } from './data/nouns';

export { FUNCTION_WORDS, isFunctionWord } from './common';

/*
 * The forms are not stored as strings. A form is a lemma with a rule applied (cut `cut` characters, add
 * `add`), so an entry is two numbers: the lemma's number and the rule's (SELF for the lemma itself).
 * An open-addressing hash table over typed arrays finds the entry of a word, comparing the word with
 * the form the entry spells without building it. Built once per thread, it holds ~270,000 forms in
 * ~5 MB; the Map of form strings it replaces held ~17 MB of heap in every index worker.
 */

/** The rule number of an entry that is the lemma itself. */
const SELF = 0xffff;

interface Table {
  /** Every lemma, one after another; lemma k is lemmas.slice(start[k], start[k + 1]). */
  lemmas: string;
  start: Int32Array;
  /** Rules by number. */
  cut: Uint8Array;
  add: string[];
  /** Open-addressing slots: entry lemma + 1 (0 = empty slot) and rule number. */
  slotLemma: Int32Array;
  slotRule: Uint16Array;
  mask: number;
  /** The longest form: a longer word is not looked up at all (a 1 MB token must not be hashed once per split point). */
  maxLength: number;
}

let table: Table | undefined;

/** FNV-1a over UTF-16 code units; the same function hashes a form while it is built and a word looked up. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Decodes the front-coded lexicon once, on first use, so loading the module stays cheap. */
function build(): Table {
  if (table) return table;
  const ruleNo = new Map<string, number>();
  const cut: number[] = [];
  const add: string[] = [];
  const paradigms = PARADIGMS.split(';').map((p) =>
    p
      ? p.split(',').map((r) => {
          let n = ruleNo.get(r);
          if (n === undefined) {
            let i = 0;
            while (i < r.length && r.charCodeAt(i) >= 48 && r.charCodeAt(i) <= 57) i++;
            n = cut.length;
            cut.push(Number(r.slice(0, i)));
            add.push(r.slice(i));
            ruleNo.set(r, n);
          }
          return n;
        })
      : [],
  );
  const lines = NOUNS.split('\n');
  const parts: string[] = [];
  const start = new Int32Array(lines.length + 1);
  const paradigmOf = new Uint16Array(lines.length);
  let prev = '';
  let at = 0;
  let forms = lines.length;
  lines.forEach((line, k) => {
    const shared = parseInt(line[0], 36);
    let end = line.length;
    while (end > 1 && line.charCodeAt(end - 1) >= 48 && line.charCodeAt(end - 1) <= 57) end--;
    prev = prev.slice(0, shared) + line.slice(1, end);
    parts.push(prev);
    start[k] = at;
    at += prev.length;
    paradigmOf[k] = end < line.length ? Number(line.slice(end)) : 0;
    forms += paradigms[paradigmOf[k]].length;
  });
  start[lines.length] = at;
  const lemmas = parts.join('');
  let size = 1;
  while (size < forms * 1.6) size <<= 1;
  const t: Table = {
    lemmas,
    start,
    cut: Uint8Array.from(cut),
    add,
    slotLemma: new Int32Array(size),
    slotRule: new Uint16Array(size),
    mask: size - 1,
    maxLength: 0,
  };
  // Lemmas first, so a form that is also a lemma ("Verletzte") maps to itself.
  for (let k = 0; k < lines.length; k++) {
    let h = FNV_OFFSET;
    for (let i = start[k]; i < start[k + 1]; i++) h = Math.imul(h ^ lemmas.charCodeAt(i), FNV_PRIME);
    insert(t, h, k, SELF);
  }
  // Then the forms: the first lemma wins a form shared by several, as the Map did.
  for (let k = 0; k < lines.length; k++) {
    for (const r of paradigms[paradigmOf[k]]) {
      const keep = start[k + 1] - start[k] - t.cut[r];
      let h = FNV_OFFSET;
      for (let i = 0; i < keep; i++) h = Math.imul(h ^ lemmas.charCodeAt(start[k] + i), FNV_PRIME);
      const a = add[r];
      for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), FNV_PRIME);
      insert(t, h, k, r);
    }
  }
  table = t;
  return t;
}

/** The length of the form an entry spells. */
function formLength(t: Table, lemma: number, rule: number): number {
  const n = t.start[lemma + 1] - t.start[lemma];
  return rule === SELF ? n : n - t.cut[rule] + t.add[rule].length;
}

/** Code unit `i` of the form an entry spells. */
function formChar(t: Table, lemma: number, rule: number, i: number): number {
  if (rule === SELF) return t.lemmas.charCodeAt(t.start[lemma] + i);
  const keep = t.start[lemma + 1] - t.start[lemma] - t.cut[rule];
  return i < keep ? t.lemmas.charCodeAt(t.start[lemma] + i) : t.add[rule].charCodeAt(i - keep);
}

/** Whether the entry spells the same form as entry (lemma, rule) does. */
function sameForm(t: Table, slot: number, lemma: number, rule: number): boolean {
  const l = t.slotLemma[slot] - 1;
  const r = t.slotRule[slot];
  const n = formLength(t, lemma, rule);
  if (formLength(t, l, r) !== n) return false;
  for (let i = 0; i < n; i++) if (formChar(t, l, r, i) !== formChar(t, lemma, rule, i)) return false;
  return true;
}

function insert(t: Table, hash: number, lemma: number, rule: number): void {
  t.maxLength = Math.max(t.maxLength, formLength(t, lemma, rule));
  for (let s = hash & t.mask; ; s = (s + 1) & t.mask) {
    if (t.slotLemma[s] === 0) {
      t.slotLemma[s] = lemma + 1;
      t.slotRule[s] = rule;
      return;
    }
    if (sameForm(t, s, lemma, rule)) return;
  }
}

/**
 * The slot of a word, or -1: the word is `w` from `from` on, its first code unit replaced by `first`
 * (a capitalised head of a compound is looked up without building the capitalised string).
 */
function find(w: string, from = 0, first = w.charCodeAt(from)): number {
  const t = table ?? build();
  const n = w.length - from;
  if (n <= 0 || n > t.maxLength) return -1;
  let h = Math.imul(FNV_OFFSET ^ first, FNV_PRIME);
  for (let i = from + 1; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  for (let s = h & t.mask; ; s = (s + 1) & t.mask) {
    const l1 = t.slotLemma[s];
    if (l1 === 0) return -1;
    const l = l1 - 1;
    const r = t.slotRule[s];
    if (formLength(t, l, r) !== n || formChar(t, l, r, 0) !== first) continue;
    let i = 1;
    while (i < n && formChar(t, l, r, i) === w.charCodeAt(from + i)) i++;
    if (i === n) return s;
  }
}

function lemmaAt(slot: number): string {
  const t = table!;
  const l = t.slotLemma[slot] - 1;
  return t.lemmas.slice(t.start[l], t.start[l + 1]);
}

/** The upper-case code unit of a word's first character, or -1 when it is not one code unit ("ß" → "SS"). */
function upperFirst(w: string, at: number): number {
  const c = w.charCodeAt(at);
  if (c >= 97 && c <= 122) return c - 32;
  if (c < 128) return c;
  const u = w.charAt(at).toUpperCase();
  return u.length === 1 ? u.charCodeAt(0) : -1;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A word's slot, or its capitalised form's ("soldaten" → "Soldaten"), or -1. */
function findCapitalised(w: string, from: number): number {
  const up = upperFirst(w, from);
  if (up >= 0) return find(w, from, up);
  const s = capitalise(w.slice(from));
  return find(s);
}

/** Shortest head and modifier a compound may be split into ("Grenz|soldaten"); shorter ones split names ("Sc|holz"). */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/**
 * The nominative singular of a German noun form ("Soldaten" → "Soldat", "Häusern" → "Haus"), or undefined.
 * Compounds missing from the lexicon are split at their longest known head: "Grenzsoldaten" → "Grenzsoldat",
 * "Nato-Soldaten" → "Nato-Soldat".
 */
export function nounLemma(form: string): string | undefined {
  if (!form) return undefined;
  let direct = find(form);
  let w = form;
  if (direct < 0) {
    w = capitalise(form);
    direct = find(w);
  }
  if (direct >= 0) return lemmaAt(direct);
  // Heads longer than any form are not tried: they cannot be found, and a long token would make this quadratic.
  for (let i = Math.max(MIN_MODIFIER, w.length - (table?.maxLength ?? 0)); i <= w.length - MIN_HEAD; i++) {
    const hyphen = w.charCodeAt(i - 1) === 45; /* - */
    const slot = hyphen ? find(w, i) : findCapitalised(w, i);
    if (slot >= 0) {
      const lemma = lemmaAt(slot);
      return w.slice(0, i) + (hyphen ? lemma : lemma.toLowerCase());
    }
  }
  return undefined;
}

/** True when the word is an inflected form of a known common noun (not compound-split: names stay unknown). */
export function isKnownNoun(form: string): boolean {
  return find(form) >= 0;
}

/** True when the word is a known noun lemma in the nominative singular. */
export function isNounLemma(form: string): boolean {
  const s = find(form);
  return s >= 0 && table!.slotRule[s] === SELF;
}
