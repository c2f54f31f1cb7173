// The lexicon's packed hash table gives, for every word of the lexicon, the answers of a plain Map of all forms.
import assert from 'node:assert/strict';
import { NOUNS, PARADIGMS } from '../../src/core/lexicon/data/nouns';
import { isKnownNoun, isNounLemma, nounLemma } from '../../src/core/lexicon';

/** The reference: every form as a string key of a Map, decoded the straightforward way. */
function reference(): { forms: Map<string, string>; lemmas: Set<string> } {
  const paradigms = PARADIGMS.split(';').map((p) =>
    p ? p.split(',').map((r) => ({ cut: Number(/^\d+/.exec(r)![0]), add: r.replace(/^\d+/, '') })) : [],
  );
  const decoded: [string, number][] = [];
  let prev = '';
  for (const line of NOUNS.split('\n')) {
    const m = /^(.)(\D*)(\d*)$/su.exec(line)!;
    prev = prev.slice(0, parseInt(m[1], 36)) + m[2];
    decoded.push([prev, m[3] ? Number(m[3]) : 0]);
  }
  const forms = new Map<string, string>();
  const lemmas = new Set<string>();
  for (const [lemma] of decoded) {
    forms.set(lemma, lemma);
    lemmas.add(lemma);
  }
  for (const [lemma, p] of decoded) {
    for (const { cut, add } of paradigms[p]) {
      const form = lemma.slice(0, lemma.length - cut) + add;
      if (!forms.has(form)) forms.set(form, lemma);
    }
  }
  return { forms, lemmas };
}

/** nounLemma as it was over the Map, compound splitting included. */
function referenceLemma(forms: Map<string, string>, form: string): string | undefined {
  if (!form) return undefined;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const w = forms.has(form) ? form : cap(form);
  const direct = forms.get(w);
  if (direct) return direct;
  for (let i = 3; i <= w.length - 4; i++) {
    const rest = w.slice(i);
    const hyphen = w.charCodeAt(i - 1) === 45;
    const lemma = forms.get(hyphen ? rest : cap(rest));
    if (lemma) return w.slice(0, i) + (hyphen ? lemma : lemma.toLowerCase());
  }
  return undefined;
}

describe('Lexikon: gepackte Tabelle', () => {
  const { forms, lemmas } = reference();

  it('kennt jede Form der Wortliste mit demselben Lemma wie die Map', () => {
    assert.ok(forms.size > 100_000, `${forms.size} forms`);
    for (const [form, lemma] of forms) {
      if (!isKnownNoun(form) || nounLemma(form) !== lemma || isNounLemma(form) !== lemmas.has(form)) {
        assert.fail(`${form}: ${isKnownNoun(form)} ${nounLemma(form)} ${isNounLemma(form)}, expected ${lemma} ${lemmas.has(form)}`);
      }
    }
  });

  it('antwortet auf klein geschriebene, zusammengesetzte und unbekannte Wörter wie die Map', () => {
    let n = 0;
    const words: string[] = ['', 'ß', 'ßoldaten', 'Straße', 'straßen', 'x', 'Sc-holz', 'Nato-Soldaten', 'Grenz-', '\ud800abc'];
    for (const form of forms.keys()) {
      // Every 7th form, so the test stays quick: lower case, a compound, a hyphenated compound, a name-like miss.
      if (n++ % 7) continue;
      words.push(form.toLowerCase(), 'Grenz' + form.toLowerCase(), 'Nato-' + form, form + 'xq', form.slice(1));
    }
    for (const w of words) {
      const known = forms.has(w);
      if (isKnownNoun(w) !== known || nounLemma(w) !== referenceLemma(forms, w) || isNounLemma(w) !== lemmas.has(w)) {
        assert.fail(`${JSON.stringify(w)}: ${isKnownNoun(w)} ${nounLemma(w)} ${isNounLemma(w)}, expected ${known} ${referenceLemma(forms, w)} ${lemmas.has(w)}`);
      }
    }
  });

  it('sucht in einem sehr langen Wort nur Köpfe, die so lang sein können wie eine Form', () => {
    const word = 'Grenz' + 'x'.repeat(200_000) + 'soldaten';
    assert.equal(nounLemma(word), referenceLemma(forms, word));
    assert.equal(isKnownNoun('S' + 'x'.repeat(1 << 20)), false);
  });
});
