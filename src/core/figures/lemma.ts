// Lemma of a counted noun: the shared lexicon first, a few overrides, German suffix rules for unknown words.
import { nounLemma } from '../lexicon';

/**
 * Forms the lexicon resolves to a nominalised verb or a plural-only entry where a count means the plain
 * noun: "300 Stimmen" counts votes (die Stimme), not "das Stimmen".
 */
const OVERRIDES: Record<string, string> = {
  Stimmen: 'Stimme',
  Berichten: 'Bericht',
  Opfern: 'Opfer',
  Leuten: 'Leute',
  Toten: 'Tote',
  Todesopfern: 'Todesopfer',
};

/** Plural and dative endings of nouns the lexicon does not know, most specific first. */
const SUFFIX_RULES: [RegExp, string][] = [
  [/innen$/, 'in'],
  [/(ung|heit|keit|schaft|ion|tät|ist|ant|ent|at|graf|loge)en$/, '$1'],
  [/(er|el)n$/, '$1'],
  [/(ling|nis)(s?e|s?en)$/, '$1'],
];

function suffixLemma(w: string): string {
  for (const [re, rep] of SUFFIX_RULES) if (re.test(w)) return w.replace(re, rep);
  return w;
}

/** The nominative singular of a noun form, capitalised ("Soldaten" → "Soldat", "Toten" → "Tote"). */
export function lemmaOf(form: string): string {
  let lemma = MEMO.get(form);
  if (lemma === undefined) {
    lemma = computeLemma(form);
    // Counted nouns repeat across a corpus; the memo is bounded so hostile text cannot grow it without end.
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    MEMO.set(form, lemma);
  }
  return lemma;
}

const MEMO = new Map<string, string>();
const MEMO_MAX = 5000;

function computeLemma(form: string): string {
  const w = form.charAt(0).toUpperCase() + form.slice(1);
  const over = OVERRIDES[w];
  if (over) return over;
  const lemma = nounLemma(w);
  if (lemma === undefined) return suffixLemma(w);
  // The lexicon lists nominalised infinitives ("das Fragen") as lemmas; after a number the plural of the
  // shorter noun ("die Fragen" → "Frage") is what is counted.
  if (lemma === w && w.endsWith('en') && nounLemma(w.slice(0, -1)) === w.slice(0, -1)) return w.slice(0, -1);
  return lemma;
}
