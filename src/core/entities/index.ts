// Finds persons, places and organisations and links each mention to a canonical id.
import type { Doc, Entity, Token } from '../types';
import { MODEL } from './model/weights';
import { tagSpans, unpackModel, type Model } from './tagger';
import { cleanSpans, combine, ruleSpans, type SpanT } from './rules';
import { cachedNameKey, linkMentions, type Mention } from './link';
import { isFunctionWord, isKnownNoun } from '../lexicon';

export { canonicalize, entityId, nameKey, slug } from './link';

/** Names known from elsewhere (earlier articles of the corpus), so "Putin" links to "Wladimir Putin". */
export interface NameRegistry {
  /** Canonical entity for a surface form (an inflected or short mention), if one is known. */
  lookup(surface: string): { id: string; name: string; type: Entity['type'] } | undefined;
}

let model: Model | undefined;

/** The shipped model, unpacked on first use. */
function shippedModel(): Model {
  return (model ??= unpackModel(MODEL));
}

/** `/^\p{Lu}$/u` for one character, with the regular expression left for characters beyond ASCII (punctuation is mostly ASCII). */
function isUpperLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}$/u.test(c);
}

/**
 * Joins "F . A . Z ." style pieces into one word: a segmenter that splits at every full stop would
 * otherwise hide newsroom abbreviations from the tagger.
 */
function mergeAbbreviations(tokens: Token[]): Token[] {
  // Most sentences hold no such abbreviation: the copy is made at the first one, else the tokens are returned as they are.
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j].text.length === 1 && isUpperLetter(tokens[j].text) && tokens[j + 1].text === '.' && tokens[j + 1].start === tokens[j].end) j += 2;
    if (j - i >= 4) {
      out ??= tokens.slice(0, i);
      const end = tokens[j - 1].end;
      out.push({ start: tokens[i].start, end, text: tokens.slice(i, j).map((t) => t.text).join(''), kind: 'word' });
      i = j - 1;
    } else if (out) out.push(tokens[i]);
  }
  return out ?? tokens;
}

/** A sentence remembered within one corpus file: its words, to check a hit, and its spans. */
export interface LocalEntry {
  words: readonly string[];
  spans: readonly SpanT[];
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sentences remembered per model; enough for a long draft and the sentences around an edit. */
const MEMO_MAX = 4096;
let memos = new WeakMap<Model, Map<string, readonly SpanT[]>>();

/** Forgets every remembered sentence (benchmarks measure tagging text the tagger has never seen). */
export function clearEntitiesCache(): void {
  memos = new WeakMap();
}

/**
 * Entity spans over a sentence's words: the model's tags, cleaned, with rule spans filling gaps.
 * The result depends on the words alone (no feature looks beyond the sentence), so it is memoised by them in a
 * bounded LRU: after a keystroke only the edited sentence is tagged again.
 */
export function recognise(
  words: readonly string[],
  m: Model = shippedModel(),
  local?: Map<string, LocalEntry>,
  text?: string,
): readonly SpanT[] {
  if (local) {
    // A corpus file: its sentences are new to the shared memo, which would only fill with them, but a
    // document may repeat a line (a headline as teaser, a recurring credit), which this one remembers.
    // The caller's text of the words, when given, is the key: a slice costs less than joining the words,
    // and a hit is still checked word by word, so a key can never answer for other words.
    const key = text ?? words.join('\u0000');
    const hit = local.get(key);
    if (hit && sameWords(hit.words, words)) return hit.spans;
    const spans = combine(cleanSpans(words, tagSpans(m, words)), ruleSpans(words), words);
    if (!hit) local.set(key, { words, spans });
    return spans;
  }
  let memo = memos.get(m);
  if (!memo) memos.set(m, (memo = new Map()));
  const key = words.join('\u0000');
  const hit = memo.get(key);
  if (hit) {
    // Re-inserting moves the entry to the end of the Map's order, which makes the first entry the least recently used.
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const spans = Object.freeze(combine(cleanSpans(words, tagSpans(m, words)), ruleSpans(words), words));
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value as string);
  memo.set(key, spans);
  return spans;
}

type Found = { start: number; end: number; type: Entity['type']; mention: Mention };

/** Endings of a genitive or elided name: "Putins", "Klaus'", "Klaus’". */
const GENITIVE_ENDS = ['s', "'", '’'];
const SPACE = /\s/;

/** The words of a mention as `split(/\s+/)` gives them; most mentions are one word and need no split. */
function wordsOf(text: string): string[] {
  return SPACE.test(text) ? text.split(/\s+/) : [text];
}

/**
 * Document-level consistency: a word the tagger marked once ("Putin" as the last word of "Wladimir Putin")
 * is marked wherever else it appears in the document, also with a genitive -s; a person the corpus knows
 * is marked by name alone. The model sees one sentence at a time and would miss these.
 */
function propagate(doc: Doc, found: Found[], covered: Set<number>, names?: NameRegistry): void {
  const known = new Map<string, Entity['type']>();
  for (const f of found) {
    const words = wordsOf(f.mention.text);
    if (words.length === 1) known.set(words[0], f.type);
    else if (f.type === 'PER') known.set(words[words.length - 1], 'PER');
  }
  // Without a registry only known names and their genitive or elided forms can be marked: those forms are
  // listed once, so the words of the document are looked up without slicing each one that ends in -s.
  const genitive = names ? undefined : new Map<string, Entity['type']>();
  if (genitive) for (const [k, type] of known) if (k.length >= 2) for (const end of GENITIVE_ENDS) genitive.set(k + end, type);
  const typeOf = (w: string): Entity['type'] | undefined => {
    if (w.length < 2) return undefined;
    const direct = known.get(w);
    // A genitive or elided form: "Putins", "Klaus'" (the base keeps at least two characters).
    let base: string | undefined;
    let fromBase: Entity['type'] | undefined;
    if (genitive) fromBase = genitive.get(w);
    else {
      const last = w[w.length - 1];
      base = w.length >= 3 && (last === 's' || last === "'" || last === '’') ? w.slice(0, -1) : undefined;
      fromBase = base ? known.get(base) : undefined;
    }
    // The other tests are made only for words that could be marked: most words of a text are neither
    // marked elsewhere nor in the registry.
    if (!direct && !fromBase && !names) return undefined;
    if (w === w.toLowerCase() || isKnownNoun(w) || isFunctionWord(w)) return undefined;
    if (direct) return direct;
    if (fromBase) return fromBase;
    const reg = names?.lookup(w) ?? (base ? names?.lookup(base) : undefined);
    return reg?.type === 'PER' && /^\p{Lu}\p{Ll}/u.test(w) ? 'PER' : undefined;
  };
  if (!known.size && !names) return;
  for (const sentence of doc.sentences) {
    for (const t of sentence.tokens) {
      if (t.kind !== 'word') continue;
      const type = typeOf(t.text);
      if (type && !covered.has(t.start)) found.push({ start: t.start, end: t.end, type, mention: { text: t.text, type } });
    }
  }
}

/**
 * One name, one type per document: single-word mentions take the type most mentions of that name have
 * ("Putins Aggression" does not make Putin an organisation when "Wladimir Putin" is a person).
 */
function harmoniseTypes(found: Found[]): void {
  const votes = new Map<string, Record<string, number>>();
  // The same few names recur throughout a document and the corpus: each key is computed once.
  const nameKey = cachedNameKey;
  const vote = (key: string, type: string, weight: number) => {
    const v = votes.get(key) ?? {};
    v[type] = (v[type] ?? 0) + weight;
    votes.set(key, v);
  };
  for (const f of found) {
    const words = wordsOf(f.mention.text);
    // Full names count double: "Wladimir Putin" is better evidence than a lone "Putins".
    vote(nameKey(f.mention.text), f.type, 1);
    if (words.length > 1 && f.type === 'PER') vote(nameKey(words[words.length - 1]), 'PER', 2);
  }
  for (const f of found) {
    const v = votes.get(nameKey(f.mention.text));
    if (!v) continue;
    let best = f.type as string;
    for (const [t, n] of Object.entries(v)) if (n > (v[best] ?? 0)) best = t;
    if (best !== f.type) {
      f.type = best as Entity['type'];
      f.mention.type = f.type;
    }
  }
}

export interface EntitiesOptions {
  /** False: the tagger's shared sentence memo is neither read nor filled (corpus files); same result. */
  memo?: boolean;
}

export function extractEntities(doc: Doc, names?: NameRegistry, opts: EntitiesOptions = {}): Entity[] {
  // Without the shared memo, sentences repeated within this document are still tagged once.
  const local = opts.memo === false ? new Map<string, LocalEntry>() : undefined;
  const found: Found[] = [];
  const covered = new Set<number>();
  for (const sentence of doc.sentences) {
    const tokens = mergeAbbreviations(sentence.tokens.filter((t) => t.kind !== 'ws'));
    if (!tokens.length) continue;
    const words = tokens.map((t) => t.text);
    const text = local ? doc.text.slice(tokens[0].start, tokens[tokens.length - 1].end) : undefined;
    for (const s of recognise(words, undefined, local, text)) {
      const start = tokens[s.from].start;
      const end = tokens[s.to - 1].end;
      const mention: Mention = { text: doc.text.slice(start, end), type: s.type };
      // "Technisches Hilfswerk (THW)": the acronym in parentheses is defined by the name before it.
      if (words[s.to] === '(' && words[s.to + 2] === ')' && /^[\p{Lu}][\p{Lu}\p{Ll}]*$/u.test(words[s.to + 1] ?? '') && s.to - s.from > 0) {
        mention.defines = words[s.to + 1];
      }
      found.push({ start, end, type: s.type, mention });
      for (let k = s.from; k < s.to; k++) covered.add(tokens[k].start);
    }
  }
  propagate(doc, found, covered, names);
  harmoniseTypes(found);
  found.sort((a, b) => a.start - b.start);
  const canon = linkMentions(found.map((f) => f.mention), names);
  return found.map((f, i) => ({
    start: f.start,
    end: f.end,
    text: f.mention.text,
    type: canon[i].type,
    id: canon[i].id,
    name: canon[i].name,
  }));
}
