// The entity tagger's training helpers: mention replacement and the CRF learner behind the shipped weights.
import assert from 'node:assert/strict';
import { augment, parseBracketed, trainModel } from '../../scripts/ner-data';
import { bioSpans, tagWords } from '../../src/core/entities/tagger';

const spans = (s: { words: string[]; gold: { from: number; to: number; type: string }[] }) =>
  s.gold.map((g) => `${g.type} ${s.words.slice(g.from, g.to).join(' ')}`);

describe('Training: Namen austauschen', () => {
  const sentences = [
    parseBracketed('Gestern sagte [PER Anna Berghoff] in [LOC Kassel], sie trete an.'),
    parseBracketed('[ORG Siemens] baut ein Werk in [LOC Görlitz].'),
  ];

  it('ersetzt jeden Namen durch einen Namen gleichen Typs und verschiebt die Spannen mit', () => {
    const copies = augment(sentences, 1, 1, 3);
    assert.ok(copies.length > 0);
    for (const c of copies) {
      for (const g of c.gold) {
        const text = c.words.slice(g.from, g.to).join(' ');
        const ofType = sentences.flatMap(spans).filter((s) => s.startsWith(g.type + ' '));
        assert.ok(ofType.includes(`${g.type} ${text}`), `${g.type} ${text}`);
      }
    }
  });

  it('lässt den Kontext außerhalb der Namen unverändert', () => {
    const [copy] = augment([sentences[0]], 1, 1, 3);
    assert.equal(copy.words[0], 'Gestern');
    assert.deepEqual(copy.words.slice(-4), ['sie', 'trete', 'an', '.']);
  });

  it('gibt bei Wahrscheinlichkeit 0 keine Kopien aus', () => {
    assert.deepEqual(augment(sentences, 2, 0, 3), []);
  });
});

describe('Training: CRF', () => {
  it('lernt aus wenigen Sätzen, einen Namen hinter „sagte“ zu markieren', () => {
    const train = [
      parseBracketed('Das sagte [PER Kowalski] am Montag.'),
      parseBracketed('Das sagte [PER Hinrichs] am Dienstag.'),
      parseBracketed('Das sagte [PER Brückner] am Mittwoch.'),
      parseBracketed('Das Wetter war am Montag gut.'),
    ];
    const { model } = trainModel(train, { epochs: 30, seed: 1, learner: 'crf', c2: 0.1 }, 0);
    const words = ['Das', 'sagte', 'Kowalski', 'am', 'Montag', '.'];
    assert.deepEqual(bioSpans(tagWords(model, words)), [{ from: 2, to: 3, type: 'PER' }]);
  });
});
