// The entity stage's fast paths (pooled word sums, bit filter, unrolled Viterbi, memo keys) against their plain definitions.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities, recognise } from '../../src/core/entities';
import { sentenceFeatures } from '../../src/core/entities/features';
import { MODEL } from '../../src/core/entities/model/weights';
import { allowed, bioSpans, emissions, fastEmissions, T, TAGS, tagSpans, tagWords, unpackModel, viterbi } from '../../src/core/entities/tagger';
import { prepare } from '../../src/core/text';

const model = unpackModel(MODEL);

/** Viterbi as first written: every predecessor tried through `allowed`, the lowest tag winning a tie. */
function plainViterbi(em: Float32Array, n: number, trans: Float32Array): number[] {
  if (n === 0) return [];
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(T, t) ? em[t] + trans[T * T + t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, t)) continue;
        const s = score[(i - 1) * T + p] + trans[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + best]) best = t;
  const path = new Array<number>(n);
  path[n - 1] = best;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** The tags the model gives a sentence by its definition: feature lists, summed one feature at a time. */
function plainTags(words: string[]): string[] {
  return plainViterbi(emissions(model, sentenceFeatures(words)), words.length, model.trans).map((t) => TAGS[t]);
}

/** The words of every sentence of the demo corpus and drafts, as the entity stage sees them. */
function demoSentences(): string[][] {
  const out: string[][] = [];
  for (const dir of ['demo/corpus', 'demo/drafts']) {
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
      const doc = prepare(readFileSync(join(dir, f), 'utf8'), 'markdown');
      for (const s of doc.sentences) out.push(s.tokens.filter((t) => t.kind !== 'ws').map((t) => t.text));
    }
  }
  return out;
}

/** A small seeded generator, so a failing case can be found again. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('Entitäten: schneller Weg', () => {
  it('gibt jedem Satz des Demo-Korpus dieselben Tags wie die Merkmalslisten', () => {
    const sentences = demoSentences();
    assert.ok(sentences.length > 50);
    for (const words of sentences) assert.deepEqual(tagWords(model, words), plainTags(words), words.join(' '));
  });

  it('liest die Spannen direkt aus dem Pfad wie aus den Tag-Namen', () => {
    for (const words of demoSentences()) assert.deepEqual(tagSpans(model, words), bioSpans(tagWords(model, words)), words.join(' '));
  });

  it('wählt im Viterbi bei Gleichstand denselben Vorgänger wie die ungekürzte Suche', () => {
    const next = rng(7);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(next() * 12);
      // Small integers make equal sums common, so the tie rule is exercised.
      const em = Float32Array.from({ length: n * T }, () => Math.floor(next() * 4));
      const trans = Float32Array.from({ length: (T + 1) * T }, () => Math.floor(next() * 3) - 1);
      assert.deepEqual(viterbi(em, n, trans), plainViterbi(em, n, trans), `round ${round}`);
    }
    assert.deepEqual(viterbi(new Float32Array(0), 0, model.trans), []);
  });

  it('taggt einen Satz, der länger ist als die wiederverwendeten Puffer', () => {
    const words = ['In', 'Kursk', 'und'];
    for (let i = 0; i < 400; i++) words.push('Moskau', ',');
    words.push('sagte', 'Peskow', '.');
    assert.deepEqual(tagWords(model, words), plainTags(words));
    const slow = emissions(model, sentenceFeatures(words));
    const fast = fastEmissions(model, words);
    for (let i = 0; i < slow.length; i++) assert.ok(Math.abs(fast[i] - slow[i]) < 1e-3, `score ${i}`);
  });

  it('rechnet nach dem Leeren des begrenzten Wortspeichers dieselben Werte', () => {
    const words = ['Kreml-Sprecher', 'Peskow', 'nannte', 'die', 'Vereinigten', 'Staaten', 'einen', 'Gegner', '.'];
    const before = Array.from(fastEmissions(model, words));
    // More distinct words than the cache holds (50,000), so it is emptied at least once on the way.
    for (let i = 0; i < 52000; i += 40) fastEmissions(model, Array.from({ length: 40 }, (_, k) => `Wort${i + k}`));
    assert.deepEqual(Array.from(fastEmissions(model, words)), before);
  });

  it('beantwortet in einer Korpusdatei einen gleichen Schlüssel mit anderen Wörtern neu', () => {
    const local = new Map();
    const first = 'Oberbürgermeisterin Katrin Albrecht eröffnete die Schule .'.split(' ');
    const second = 'Die Delegation reiste von Pjöngjang nach Kursk .'.split(' ');
    recognise(first, undefined, local, 'gleicher Text');
    assert.deepEqual(recognise(second, undefined, local, 'gleicher Text'), recognise(second));
  });

  it('findet in ungewöhnlichen Eingaben mit und ohne Satzgedächtnis dasselbe', () => {
    const cases: [string, string[]][] = [
      ['', []],
      ['„…“ – !', []],
      ['Merkel.', ['Merkel|PER|per:merkel']],
      [
        'Die F.A.Z. berichtete, die Deutsche Bahn und die Vereinigten Staaten hätten sich geeinigt.',
        ['F.A.Z.|ORG|org:frankfurter-allgemeine-zeitung', 'Deutsche Bahn|ORG|org:deutsche-bahn', 'Vereinigten Staaten|LOC|loc:vereinigten-staaten'],
      ],
      ['Putin. Putin. Putins Sprecher schwieg.', ['Putin|PER|per:putin', 'Putin|PER|per:putin', 'Putins|PER|per:putin']],
    ];
    for (const [text, expected] of cases) {
      for (const memo of [true, false]) {
        const found = extractEntities(prepare(text, 'text', { memo }), undefined, { memo }).map((e) => `${e.text}|${e.type}|${e.id}`);
        assert.deepEqual(found, expected, `${text} (memo ${memo})`);
      }
    }
  });
});
