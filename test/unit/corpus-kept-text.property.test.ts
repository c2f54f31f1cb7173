// The index keeps only the stretches of a text it reads: every passage it returns reads as in the whole text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, createCorpus, deserializeCorpus, type Corpus } from '../../src/core';

const SENTENCES = [
  'Laut Seoul sind 12.000 nordkoreanische Soldaten in Kursk.',
  'Die Lage blieb unübersichtlich.',
  'Am 4. November 2024 reiste Kim Jong Un nach Moskau.',
  '„Wir warten ab“, sagte ein Sprecher – mehr nicht.',
  'Nach Angaben des NIS kamen bis zu 3.000 Helfer 🙂 dazu.',
  'Viele fragten sich warum.',
  'Wladimir Putin schwieg am Dienstag.',
  '- 500 Tonnen Weizen',
];

const article = fc
  .tuple(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\n\n', '  \n'))
  .map(([s, sep]) => `---\ndatum: 2024-11-21\n---\n${s.join(sep)}\n`);

/** The snippet rule of the index, on the whole text: the sentence around a span, or 80 characters either side. */
function expectedSnippet(text: string, sentences: { start: number; end: number }[], start: number, end: number): string {
  const s = [...sentences].reverse().find((x) => x.start <= start);
  const [sStart, sEnd] = s && end <= s.end ? [s.start, s.end] : [Math.max(0, start - 80), Math.min(text.length, end + 80)];
  let from = sStart;
  let to = sEnd;
  if (to - from > 200) {
    from = Math.max(from, start - 90);
    to = Math.min(to, Math.max(end + 90, from + 200));
  }
  let out = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (from > sStart) out = '… ' + out;
  if (to < sEnd) out = out + ' …';
  return out;
}

describe('corpus index: kept stretches of its texts', () => {
  it('returns every passage, figure wording and source as the whole text reads, also after a binary round trip', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => {
        const corpus = createCorpus(texts.map((text, i) => ({ uri: `${i}.md`, text })));
        const restored = deserializeCorpus(Buffer.concat([...corpus.serializeBinary()]));
        texts.forEach((text, i) => {
          const a = analyze(text, { uri: `${i}.md` });
          const check = (c: Corpus) => {
            for (const f of a.figures) {
              if (f.vague || !f.key) continue;
              for (const r of c.figureRefs(f.key).filter((r) => r.uri === `${i}.md`)) {
                assert.equal(r.text, text.slice(r.start, r.end));
                assert.equal(r.snippet, expectedSnippet(text, a.doc.sentences, r.start, r.end));
              }
              const mine = c.figureRefs(f.key).find((r) => r.uri === `${i}.md` && r.start === f.start);
              const src = f.source?.kind === 'source' ? f.source : null;
              assert.equal(mine?.source, src ? text.slice(src.start, src.end) : null);
            }
            for (const e of a.entities) {
              for (const r of c.entityRefs(e.id).filter((r) => r.uri === `${i}.md`)) assert.equal(r.snippet, expectedSnippet(text, a.doc.sentences, r.start, r.end));
            }
          };
          check(corpus);
          check(restored);
        });
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
