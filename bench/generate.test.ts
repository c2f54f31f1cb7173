// Tests of the synthetic corpus generator, outside npm test: npx mocha --no-config --node-option import=tsx bench/generate.test.ts
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildWorld, datePhrase, generateArticle, generateCorpus, generateDraft, rngFor } from './generate';

const body = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const words = (text: string): number => body(text).split(/\s+/).filter(Boolean).length;

describe('Korpusgenerator', () => {
  it('erzeugt für denselben Seed denselben Text', () => {
    const a = [...generateCorpus(7, 5)].map((x) => x.text);
    const b = [...generateCorpus(7, 5)].map((x) => x.text);
    assert.deepEqual(a, b);
  });

  it('erzeugt für einen anderen Seed andere Artikel', () => {
    assert.notEqual([...generateCorpus(7, 1)][0].text, [...generateCorpus(8, 1)][0].text);
  });

  it('macht das kleine Korpus zum Anfang des großen', () => {
    const world = buildWorld('42');
    assert.equal(generateArticle(world, 3).text, [...generateCorpus(42, 10)][3].text);
  });

  it('schreibt Markdown-Artikel mit datum, titel, quelle und autor im Vorspann', () => {
    const md = [...generateCorpus(42, 30)].filter((a) => a.name.endsWith('.md'));
    assert.ok(md.length > 0);
    for (const a of md) assert.match(a.text, /^---\ndatum: \d{4}-\d{2}-\d{2}\ntitel: ".+"\nquelle: .+\nautor: .+\n---\n/);
  });

  it('hält jeden Artikel zwischen 300 und etwa 600 Wörtern', () => {
    for (const a of generateCorpus(42, 50)) {
      assert.ok(a.words >= 300 && a.words <= 680, `${a.name}: ${a.words} Wörter`);
    }
  });

  it('lässt Zahlen zur selben Größe zwischen Artikeln auseinandergehen', () => {
    const values = new Set<string>();
    for (const a of generateCorpus(42, 300)) {
      for (const m of a.text.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+) (?:nordkoreanische )?Soldaten/g)) values.add(m[1].replace(/\./g, ''));
    }
    assert.ok(values.size >= 3, `nur ${[...values].join(', ')}`);
  });

  it('mischt benannte, vage und fehlende Quellen', () => {
    const text = [...generateCorpus(42, 100)].map((a) => a.text).join('\n');
    for (const marker of ['Laut ', 'Nach Angaben ', ' zufolge ', ', sagte ', 'Berichten zufolge', 'Offenbar ']) {
      assert.ok(text.includes(marker), marker);
    }
  });

  it('nennt „gestern“ nur für den Vortag', () => {
    const article = new Date('2024-06-05T00:00:00Z');
    const rng = rngFor('t');
    for (let i = 0; i < 500; i++) {
      const offset = -Math.floor(rng() * 10);
      if (datePhrase(rng, article, offset) === 'gestern') assert.equal(offset, -1);
    }
  });

  it('schreibt einen Entwurf mit rund 1.000 Wörtern', () => {
    const n = words(generateDraft(42, 1000));
    assert.ok(n >= 1000 && n < 1100, `${n} Wörter`);
  });

  it('übernimmt keine 60 Zeichen am Stück aus den Beispieltexten', function () {
    const seeds = '/work/shared/seeds';
    if (!existsSync(seeds)) this.skip();
    const norm = (s: string): string => s.replace(/\s+/g, ' ');
    const seedText = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => norm(readFileSync(`${seeds}/${f}`, 'utf8')))
      .join('\n');
    const chunks = new Set<string>();
    for (let i = 0; i + 60 <= seedText.length; i++) chunks.add(seedText.slice(i, i + 60));
    const sample = norm([...generateCorpus(42, 200)].map((a) => a.text).join('\n') + generateDraft(42));
    for (let i = 0; i + 60 <= sample.length; i++) assert.ok(!chunks.has(sample.slice(i, i + 60)), sample.slice(i, i + 60));
  });
});
