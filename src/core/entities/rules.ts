// Rule-based entity spans (gazetteers, acronyms, role words), clean-up of the model's spans, and their combination.
import { isFunctionWord, isKnownNoun } from '../lexicon';
import { gazetteer, isPlaceWord } from './gazetteer';
import { ACRONYMS, NOT_NAMES, ORG_ENDINGS, ORG_HEADS, ORGS, ROLE_ENDINGS, ROLE_WORDS } from './lists';

export type SpanT = { from: number; to: number; type: 'PER' | 'LOC' | 'ORG' };

const MULTI_ORGS = new Map<string, string[][]>();
for (const o of ORGS) {
  const parts = o.split(' ');
  if (parts.length > 1) MULTI_ORGS.set(parts[0], [...(MULTI_ORGS.get(parts[0]) ?? []), parts]);
}
const SINGLE_ORGS = new Set(ORGS.filter((o) => !o.includes(' ')));
/** Lower-case words that occur inside organisation and place names ("Bundesamt für Migration", "Frankfurt am Main"). */
const INNER_WORDS = new Set(['für', 'und', 'am', 'an', 'im', 'in', 'auf', 'ob', 'vor', 'des', 'dem', 'of', 'the', 'for', 'and', 'e.V.', '&']);
/** Particles inside personal names ("Ursula von der Leyen", "Kim Jong Un" needs none). */
const NAME_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'zu', 'al', 'bin', 'el', 'le', 'la']);

function cap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** Per-word answers, memoised: the rules ask the same questions about the same words on every keystroke. */
const memo = new Map<string, number>();
const NAME_LIKE = 1;
const ROLE = 2;
const PLACE = 4;
const CAP = 8;
const FIRST = 16;
const SINGLE_ORG = 32;
const ACRONYM = 64;
const FUNCTION = 128;
const LEGAL_FORM = 256;
const ORG_HEAD = 512;
/** The first word of a listed multi-word place or organisation: most capitalised words are none. */
const MULTI_START = 1024;

function props(w: string): number {
  let p = memo.get(w);
  if (p !== undefined) return p;
  p = 0;
  if (cap(w) && w.length > 1 && !isKnownNoun(w) && !isFunctionWord(w) && !/\d/.test(w) && !/^[A-ZÄÖÜ]+$/.test(w)) p |= NAME_LIKE;
  if (roleWord(w)) p |= ROLE;
  if (isPlaceWord(w)) p |= PLACE;
  const known = isKnownNoun(w);
  if (cap(w)) p |= CAP;
  if (gazetteer().first.has(w) && !known) p |= FIRST;
  if (SINGLE_ORGS.has(w) && !known) p |= SINGLE_ORG;
  if (ACRONYMS[w.toUpperCase()] && (w === w.toUpperCase() || w.length > 2) && !known) p |= ACRONYM;
  if (isFunctionWord(w)) p |= FUNCTION;
  if (/^(GmbH|AG|KG|SE|Inc\.?|Ltd\.?)$/.test(w)) p |= LEGAL_FORM;
  if (ORG_HEADS.has(w)) p |= ORG_HEAD;
  if (gazetteer().multi.has(w) || MULTI_ORGS.has(w)) p |= MULTI_START;
  if (memo.size > 50000) memo.clear();
  memo.set(w, p);
  return p;
}

/** A capitalised word that is no known noun or function word: likely part of a name. */
function nameLike(w: string): boolean {
  return (props(w) & NAME_LIKE) !== 0;
}

export function isRoleWord(w: string): boolean {
  return (props(w) & ROLE) !== 0;
}

function placeWord(w: string): boolean {
  return (props(w) & PLACE) !== 0;
}

function roleWord(w: string): boolean {
  if (ROLE_WORDS.has(w)) return true;
  if (!cap(w)) return false;
  const lower = w.toLowerCase();
  return ROLE_ENDINGS.some((e) => lower.endsWith(e) && (lower.length === e.length || lower.length > e.length + 2));
}

function matchesAt(words: readonly string[], i: number, parts: string[]): boolean {
  if (i + parts.length > words.length) return false;
  for (let k = 0; k < parts.length; k++) if (words[i + k] !== parts[k]) return false;
  return true;
}

/** Spans found by lists and patterns alone: the baseline, and a safety net for what the model misses. */
export function ruleSpans(words: readonly string[]): SpanT[] {
  const out: SpanT[] = [];
  const g = gazetteer();
  const pr = words.map(props);
  const hasLegalForm = pr.some((p) => p & LEGAL_FORM);
  for (let i = 0; i < words.length; ) {
    const w = words[i];
    const p = pr[i];
    if (!(p & CAP) && !(p & ACRONYM)) {
      i++;
      continue;
    }
    // Multi-word places and organisations ("Vereinigte Staaten", "Deutsche Bahn").
    if (p & MULTI_START) {
      const multiPlace = g.multi.get(w)?.find((m) => matchesAt(words, i, m));
      if (multiPlace) {
        out.push({ from: i, to: i + multiPlace.length, type: 'LOC' });
        i += multiPlace.length;
        continue;
      }
      const multiOrg = MULTI_ORGS.get(w)?.find((m) => matchesAt(words, i, m));
      if (multiOrg) {
        out.push({ from: i, to: i + multiOrg.length, type: 'ORG' });
        i += multiOrg.length;
        continue;
      }
    }
    const next = i + 1 < words.length ? pr[i + 1] : 0;
    // A role word, then one to three name words: "Oberbürgermeisterin Katrin Albrecht", "Kreml-Sprecher Peskow".
    if (p & ROLE && next & NAME_LIKE && !(next & PLACE)) {
      let j = i + 1;
      while (j < words.length && j - i <= 3 && (pr[j] & NAME_LIKE || (NAME_PARTICLES.has(words[j]) && j + 1 < words.length && pr[j + 1] & NAME_LIKE))) j++;
      out.push({ from: i + 1, to: j, type: 'PER' });
      i = j;
      continue;
    }
    // A known first name followed by a name word: "Katrin Albrecht".
    if (p & FIRST && next & NAME_LIKE && !(next & PLACE)) {
      let j = i + 2;
      while (j < words.length && j - i < 4 && pr[j] & NAME_LIKE && !(pr[j] & PLACE)) j++;
      out.push({ from: i, to: j, type: 'PER' });
      i = j;
      continue;
    }
    // Company names ending in a legal form: "Müller Logistik GmbH".
    if (hasLegalForm && !(p & FUNCTION)) {
      let j = i;
      while (j < words.length && j - i < 4 && pr[j] & CAP && !(pr[j] & ORG_HEAD)) j++;
      if (j > i && j < words.length && pr[j] & LEGAL_FORM) {
        out.push({ from: i, to: j + 1, type: 'ORG' });
        i = j + 1;
        continue;
      }
    }
    if (p & PLACE && p & CAP) out.push({ from: i, to: i + 1, type: ACRONYMS[w]?.type === 'ORG' ? 'ORG' : 'LOC' });
    else if (p & SINGLE_ORG) out.push({ from: i, to: i + 1, type: 'ORG' });
    else if (p & ACRONYM) out.push({ from: i, to: i + 1, type: ACRONYMS[w.toUpperCase()].type });
    i++;
  }
  return out;
}

/** Hyphen compounds whose head is a common noun are descriptions, not names: "Nato-Generalsekretär", "Russland-Reise". */
function isDescriptiveCompound(w: string): boolean {
  const dash = w.lastIndexOf('-');
  if (dash <= 0 || dash === w.length - 1) return false;
  const head = w.slice(dash + 1);
  if (!cap(head) || !isKnownNoun(head)) return false;
  const lower = head.toLowerCase();
  return !ORG_HEADS.has(head) && !ORG_ENDINGS.some((e) => lower.endsWith(e));
}

/** Cleans the model's spans: role words trimmed from persons, lower-case starts and descriptive compounds dropped. */
export function cleanSpans(words: readonly string[], spans: SpanT[]): SpanT[] {
  const out: SpanT[] = [];
  for (const s of spans) {
    let { from } = s;
    if (s.type === 'PER') while (from < s.to - 1 && isRoleWord(words[from])) from++;
    const first = words[from];
    if (s.to - from === 1 && (isDescriptiveCompound(first) || NOT_NAMES.has(first))) continue;
    // A dateline in capitals ("BRÜSSEL") is a place, whatever the model made of it.
    if (s.to - from === 1 && first.length > 2 && first === first.toUpperCase() && !ACRONYMS[first]) {
      const title = first.charAt(0) + first.slice(1).toLowerCase();
      if (isPlaceWord(title)) {
        out.push({ from, to: s.to, type: 'LOC' });
        continue;
      }
    }
    // Two places side by side ("Moskau Pjöngjang") are two mentions, not one name.
    if (s.type === 'LOC' && s.to - from > 1) {
      let all = true;
      for (let k = from; k < s.to && all; k++) all = isPlaceWord(words[k]) && !gazetteer().multi.has(words[k]);
      if (all) {
        for (let k = from; k < s.to; k++) out.push({ from: k, to: k + 1, type: 'LOC' });
        continue;
      }
    }
    // Names may hold lower-case particles and adjectives ("von der Leyen", "Bundesverband deutscher Banken"),
    // but do not end in one ("Bundesamt lag"), and a function word that is no particle ends them ("Bundestag sagte").
    let to = s.to;
    while (to > from + 1 && /^\p{Ll}/u.test(words[to - 1]) && !ACRONYMS[words[to - 1].toUpperCase()]) to--;
    let start = from;
    for (let k = from; k <= to; k++) {
      const w = k < to ? words[k] : '';
      const breaks = k === to || (isFunctionWord(w) && !cap(w) && !NAME_PARTICLES.has(w) && !INNER_WORDS.has(w));
      if (!breaks) continue;
      if (k > start) out.push({ from: start, to: k, type: s.type });
      start = k + 1;
    }
  }
  return out;
}

/** Institutions named after their place: "Landgericht Hamburg", "Polizeipräsidium Niederbayern", "Universität Jena". */
const INSTITUTION = /^\p{Lu}\p{Ll}*(?:gericht|anwaltschaft|präsidium|amt|universität|hochschule|stadtwerke|klinikum|sparkasse|volksbank|direktion|inspektion)(?:e?s)?$|^(?:Universität|Stadtwerke|Sparkasse|Klinikum|Polizei)$/u;

/** The model's spans, plus rule spans where the model found nothing overlapping; a place after an institution word joins it. */
export function combine(model: SpanT[], rules: SpanT[], words?: readonly string[]): SpanT[] {
  const out = [...model];
  for (const r of rules) if (!model.some((m) => r.from < m.to && m.from < r.to)) out.push(r);
  out.sort((a, b) => a.from - b.from);
  if (!words) return out;
  return out.map((s) => {
    if (s.type !== 'LOC' || s.from === 0 || !INSTITUTION.test(words[s.from - 1])) return s;
    if (out.some((o) => o !== s && o.to > s.from - 1 && o.from <= s.from - 1)) return s;
    return { from: s.from - 1, to: s.to, type: 'ORG' as const };
  });
}
