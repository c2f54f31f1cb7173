// Tests of the cache-defeating draft variants, outside npm test: npx mocha --no-config --node-option import=tsx bench/variant.test.ts
import assert from 'node:assert/strict';
import { analyze } from '../src/core';
import { generateDraft } from './generate';
import { variant } from './variant';

const draft = generateDraft(42, 1000);
const paragraphs = (text: string): string[] => text.split('\n---\n')[1].split('\n\n').filter((p) => p.trim() && !p.startsWith('#'));

describe('Entwurfsvarianten', () => {
  it('ändern jeden Absatz gegenüber dem Entwurf', () => {
    const original = new Set(paragraphs(draft));
    for (const p of paragraphs(variant(draft, 3)).slice(0, -1)) assert.ok(!original.has(p), p);
  });

  it('wiederholen keinen Absatz ab zehn Wörtern in den ersten 1.000 Varianten', () => {
    const seen = new Set<string>(paragraphs(draft));
    const long = (p: string): boolean => p.split(/\s+/).length >= 11;
    for (let i = 0; i < 1000; i++) {
      for (const p of paragraphs(variant(draft, i)).slice(0, -1).filter(long)) {
        assert.ok(!seen.has(p), `Variante ${i}: ${p}`);
        seen.add(p);
      }
    }
  });

  it('lassen die gefundenen Zahlen bis auf Leerraum unverändert', () => {
    const figures = (text: string): string[] => analyze(text, { uri: 'file:///e.md' }).figures.map((f) => f.text.replace(/\s+/g, ' '));
    assert.deepEqual(figures(variant(draft, 7)), figures(draft));
  });
});
