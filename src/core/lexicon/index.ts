// German word knowledge for the engine: noun forms → lemma, known common nouns, and function words.
import { NOUNS, PARADIGMS } from './data/nouns';
import { FUNCTION_WORDS } from './common';

export { FUNCTION_WORDS, isFunctionWord } from './common';

let formToLemma: Map<string, string> | undefined;
let lemmaSet: Set<string> | undefined;

/** Decodes the front-coded lexicon once, on first use, so loading the module stays cheap. */
function table(): Map<string, string> {
  if (formToLemma) return formToLemma;
  const paradigms = PARADIGMS.split(';').map((p) =>
    p
      ? p.split(',').map((r) => {
          let i = 0;
          while (i < r.length && r.charCodeAt(i) >= 48 && r.charCodeAt(i) <= 57) i++;
          return { cut: Number(r.slice(0, i)), add: r.slice(i) };
        })
      : [],
  );
  const map = new Map<string, string>();
  const lemmas = new Set<string>();
  let prev = '';
  const lines = NOUNS.split('\n');
  // Lemmas first, so a form that is also a lemma ("Verletzte") maps to itself.
  for (const line of lines) {
    const shared = parseInt(line[0], 36);
    let end = line.length;
    while (end > 1 && line.charCodeAt(end - 1) >= 48 && line.charCodeAt(end - 1) <= 57) end--;
    prev = prev.slice(0, shared) + line.slice(1, end);
    lemmas.add(prev);
    map.set(prev, prev);
  }
  prev = '';
  for (const line of lines) {
    const shared = parseInt(line[0], 36);
    let end = line.length;
    while (end > 1 && line.charCodeAt(end - 1) >= 48 && line.charCodeAt(end - 1) <= 57) end--;
    const lemma = prev.slice(0, shared) + line.slice(1, end);
    const p = end < line.length ? Number(line.slice(end)) : 0;
    prev = lemma;
    for (const { cut, add } of paradigms[p]) {
      const form = lemma.slice(0, lemma.length - cut) + add;
      // First lemma wins for shared forms, and a form that is a lemma itself keeps pointing at itself.
      if (!map.has(form)) map.set(form, lemma);
    }
  }
  lemmaSet = lemmas;
  formToLemma = map;
  return map;
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
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
  const map = table();
  const w = map.has(form) ? form : capitalise(form);
  const direct = map.get(w);
  if (direct) return direct;
  for (let i = MIN_MODIFIER; i <= w.length - MIN_HEAD; i++) {
    const rest = w.slice(i);
    const head = w.charCodeAt(i - 1) === 45 /* - */ ? rest : capitalise(rest);
    const lemma = map.get(head);
    if (lemma) return w.slice(0, i) + (w.charCodeAt(i - 1) === 45 ? lemma : lemma.toLowerCase());
  }
  return undefined;
}

/** True when the word is an inflected form of a known common noun (not compound-split: names stay unknown). */
export function isKnownNoun(form: string): boolean {
  return table().has(form);
}

/** True when the word is a known noun lemma in the nominative singular. */
export function isNounLemma(form: string): boolean {
  table();
  return lemmaSet!.has(form);
}
